"""The derivative lab's model: the book's numbers, the 1e−50 trap, and |error| against h."""

from __future__ import annotations

import math

import numpy as np
import pytest

from numerics.labs import book
from numerics.labs.derivative import (
    FUNCTIONS_1D,
    H_MAX,
    H_MIN,
    derivative_readout,
    error_curves,
    function_curve,
    h_to_slider,
    slider_maximum,
    slider_to_h,
    slope_guides,
    step_vanishes,
    tangent_segment,
    vanishing_step_note,
)

F1 = FUNCTIONS_1D["function_1"]


@pytest.mark.parametrize("x", [5.0, 10.0])
def test_book_derivatives_of_function_1(x):
    r = derivative_readout(F1, x)  # the book's central difference, h = 1e-4
    assert r.value == book.DIFF_FUNCTION_1[x]
    assert r.reference == pytest.approx(book.EXACT_FUNCTION_1[x], rel=1e-15)
    assert r.reference_kind == "exact"
    assert 0 < r.abs_error < 1e-11
    assert r.rel_error == pytest.approx(r.abs_error / r.reference)


def test_h_1e_minus_50_gives_exactly_zero():
    r = derivative_readout(F1, 5.0, h=1e-50)
    assert r.value == 0.0
    assert r.step_vanished and r.error_is_exact_value
    assert r.abs_error == r.reference and r.rel_error == 1.0
    note = vanishing_step_note(5.0)
    assert "x + h == x" in note and "1e−50" in note


def test_step_vanishes_depends_on_precision():
    assert not step_vanishes(5.0, 1e-9, "float64")
    assert step_vanishes(5.0, 1e-9, "float32")
    assert step_vanishes(5.0, 1e-50, "float64")


def test_float32_is_far_less_accurate_at_the_books_step():
    r64 = derivative_readout(F1, 5.0, precision="float64")
    r32 = derivative_readout(F1, 5.0, precision="float32")
    assert r32.abs_error > 1e4 * r64.abs_error


@pytest.mark.parametrize("scheme", ["forward", "backward", "central", "richardson", "complex"])
def test_every_scheme_is_close_at_a_moderate_step(scheme):
    fn = FUNCTIONS_1D["sin"]
    r = derivative_readout(fn, 1.0, h=1e-5, scheme=scheme)
    assert r.value == pytest.approx(math.cos(1.0), abs=1e-4)


def test_bad_settings_are_refused_with_a_reason():
    with pytest.raises(ValueError, match="scheme"):
        derivative_readout(F1, 5.0, scheme="sideways")
    with pytest.raises(ValueError, match="h must be"):
        derivative_readout(F1, 5.0, h=-1.0)


def test_tangent_touches_the_curve_with_the_numerical_slope():
    r = derivative_readout(F1, 5.0)
    t, y = tangent_segment(F1, 5.0, r.value)
    assert tuple(t) == F1.domain
    slope = (y[1] - y[0]) / (t[1] - t[0])
    assert slope == pytest.approx(r.value)
    # On the line at x = 5 the tangent has the value f(5) = 0.75.
    assert y[0] + slope * (5.0 - t[0]) == pytest.approx(0.01 * 25 + 0.5)


def test_function_curve_hides_undefined_points():
    t, y = function_curve(FUNCTIONS_1D["log"], span=(-1.0, 1.0), n=5)
    assert np.isnan(y[t <= 0]).all() and np.isfinite(y[t > 0]).all()


def test_slider_covers_the_book_range_both_ways():
    assert slider_to_h(0) == pytest.approx(H_MAX)
    assert slider_to_h(slider_maximum()) == pytest.approx(H_MIN, rel=1e-9)
    for h in (1e-4, 1e-16, 3e-8):
        assert slider_to_h(h_to_slider(h)) == pytest.approx(h, rel=0.13)


def _fitted_slope(curve, lo, hi):
    keep = (curve.hs >= lo) & (curve.hs <= hi)
    return np.polyfit(np.log10(curve.hs[keep]), np.log10(curve.errors[keep]), 1)[0]


def test_error_curves_show_truncation_orders_and_the_rounding_rise():
    curves = {c.scheme: c for c in error_curves(FUNCTIONS_1D["sin"], 1.0)}
    assert set(curves) == {"forward", "backward", "central", "richardson", "complex"}
    assert _fitted_slope(curves["forward"], 1e-4, 1e-1) == pytest.approx(1.0, abs=0.05)
    assert _fitted_slope(curves["central"], 1e-3, 1e-1) == pytest.approx(2.0, abs=0.05)
    fwd = curves["forward"]
    best = fwd.errors[np.isfinite(fwd.errors)].min()
    # Rounding: at h = 1e-13 the forward error is far above its best (near h ≈ 1e-8).
    at_small = fwd.errors[np.argmin(np.abs(np.log10(fwd.hs) + 13))]
    assert at_small > 100 * best


def test_error_curves_keep_zeros_visible_on_a_log_axis():
    for c in error_curves(FUNCTIONS_1D["sin"], 1.0):
        assert (c.errors > 0).all() and np.isfinite(c.errors).all()
        tiny = c.hs < 1e-17
        if c.scheme == "complex":
            # Complex step never forms x + h: it stays exact however small h gets.
            assert c.exact_hits[tiny].any() and not c.zero_derivative.any()
            assert np.all(c.errors[c.exact_hits] == c.floor)
        else:
            # Below half an ulp of x the derivative is exactly 0, the error is |cos 1|.
            assert c.zero_derivative[tiny].all()
            assert np.allclose(c.errors[tiny], math.cos(1.0))


def test_float32_sweep_rises_earlier():
    e64 = {c.scheme: c for c in error_curves(FUNCTIONS_1D["sin"], 1.0, "float64")}["central"]
    e32 = {c.scheme: c for c in error_curves(FUNCTIONS_1D["sin"], 1.0, "float32")}["central"]
    assert e32.hs[np.argmin(e32.errors)] > e64.hs[np.argmin(e64.errors)]


def test_slope_guides_are_labelled_and_have_their_slope():
    guides = slope_guides(error_curves(FUNCTIONS_1D["sin"], 1.0))
    assert [g.label for g in guides] == ["slope 1", "slope 2"]
    for g in guides:
        slope = np.diff(np.log10(g.errors))[0] / np.diff(np.log10(g.hs))[0]
        assert slope == pytest.approx(g.order)
    # On a quadratic the central difference is exact apart from rounding: the slope-2 guide
    # falls back to a reference line through the forward curve.
    guides = slope_guides(error_curves(F1, 5.0))
    assert [g.order for g in guides] == [1, 2]
    assert guides[0].errors[0] == guides[1].errors[0]


def test_formula_function_reproduces_the_book():
    pytest.importorskip("numerics.formula")
    from numerics.formula import FormulaError
    from numerics.labs.derivative import function_from_formula

    fn = function_from_formula("0.01*x**2 + 0.1*x", (0.0, 20.0))
    r = derivative_readout(fn, 5.0)
    assert r.value == book.DIFF_FUNCTION_1[5.0]
    assert r.reference_kind.startswith("reference")
    assert r.reference == pytest.approx(0.2, rel=1e-12)
    with pytest.raises(FormulaError):
        function_from_formula("x0 + x1")
    with pytest.raises(FormulaError):
        function_from_formula("__import__('os')")
    with pytest.raises(ValueError):
        function_from_formula("x", (1.0, 0.0))


def test_book_derivative_names_the_books_experiment_only():
    from numerics.labs.derivative import BOOK_H, book_derivative

    for x in (5.0, 10.0):
        r = derivative_readout(F1, x)
        assert book_derivative(F1, r.x, r.h, r.scheme, r.precision) == r.value == book.DIFF_FUNCTION_1[x]
    for args in [(F1, 6.0, BOOK_H, "central", "float64"), (F1, 5.0, 1e-5, "central", "float64"),
                 (F1, 5.0, BOOK_H, "forward", "float64"), (F1, 5.0, BOOK_H, "central", "float32"),
                 (FUNCTIONS_1D["sin"], 5.0, BOOK_H, "central", "float64")]:
        assert book_derivative(*args) is None
