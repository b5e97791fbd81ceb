"""Truncation against rounding error, measured."""

import numpy as np

from numerics.differentiation import numerical_diff
from numerics.step_sweep import DEFAULT_STEPS, step_sweep


def function_1(x):
    return 0.01 * x**2 + 0.1 * x


def test_default_steps_span_1e_minus_1_to_1e_minus_50():
    assert DEFAULT_STEPS[0] == 1e-1 and DEFAULT_STEPS[-1] == 1e-50 and len(DEFAULT_STEPS) == 50


def test_sweep_values_match_single_calls():
    sweep = step_sweep(function_1, 5.0, 0.2)
    for i in (0, 3, 49):
        assert sweep.values["central", "float64"][i] == numerical_diff(function_1, 5.0, h=DEFAULT_STEPS[i])
    assert sweep.values["central", "float64"][3] == 0.1999999999990898  # the book's h = 1e-4


def test_truncation_slopes_on_a_curved_function():
    sweep = step_sweep(np.exp, 1.0, np.exp(1.0))
    assert abs(sweep.slope("forward") - 1) < 0.1
    assert abs(sweep.slope("backward") - 1) < 0.1
    assert abs(sweep.slope("central") - 2) < 0.1
    assert sweep.slope("richardson", h_range=(1e-2, 1e-1)) > 3.5


def test_rounding_error_rises_for_small_h_and_h_1e_minus_50_gives_zero():
    sweep = step_sweep(np.exp, 1.0, np.exp(1.0))
    central = sweep.errors["central", "float64"]
    best = sweep.best_step("central")
    assert 1e-7 <= best <= 1e-4
    assert central[DEFAULT_STEPS == 1e-12][0] > 100 * central[DEFAULT_STEPS == best][0]
    for scheme in ("forward", "central", "richardson"):
        assert sweep.values[scheme, "float64"][-1] == 0.0
        assert sweep.errors[scheme, "float64"][-1] == np.exp(1.0)


def test_float32_rounds_much_earlier():
    sweep = step_sweep(np.exp, 1.0, np.exp(1.0))
    assert sweep.best_step("central", "float32") > 100 * sweep.best_step("central", "float64")
    assert sweep.errors["central", "float32"].min() > 1e3 * sweep.errors["central", "float64"].min()
