"""The complex step in float32: computed in complex64 and divided by the step actually taken, so
its |error| is float32's rounding (a band near ½·eps₃₂·|f′|), not float64's 1e−16 and exact zeros
at random (which drew a comb from 1e−16 to the plot's floor)."""
import numpy as np
import pytest

from numerics.differentiation import numerical_diff
from numerics.labs.derivative import FUNCTIONS_1D, error_curves

EPS32 = float(np.finfo(np.float32).eps)


def test_float32_complex_step_is_single_precision():
    x = np.float32(1.0)
    hs = 10.0 ** -np.arange(8, 40)
    values = numerical_diff(np.sin, np.full(hs.shape, x), h=hs, scheme="complex")
    errors = np.abs(values - np.cos(1.0))
    assert (errors < 4 * EPS32).all()  # as good as float32 allows, whatever h
    assert np.median(errors) > 1e-10  # and no better: it is float32
    assert (errors > 0).mean() > 0.9  # no random exact zeros


def test_float64_complex_step_is_unchanged():
    assert numerical_diff(np.sin, 1.0, h=1e-20, scheme="complex") == np.cos(1.0)
    assert float(numerical_diff(np.exp, 0.5, scheme="complex")) == pytest.approx(np.exp(0.5), rel=3e-16)


def test_a_step_float32_cannot_hold_gives_a_zero_derivative():
    assert numerical_diff(np.sin, np.float32(1.0), h=1e-50, scheme="complex") == 0.0  # 1e−50 is 0 in float32


def test_the_float32_error_curve_is_a_band_not_a_comb():
    curve = next(c for c in error_curves(FUNCTIONS_1D["sin"], 1.0, "float32") if c.scheme == "complex")
    # below 1.2e−38 float32's steps are subnormal, held with fewer digits: the error rises there
    small = (curve.hs < 1e-6) & (curve.hs > 1e-36)
    spread = np.log10(curve.errors[small])
    assert spread.max() - spread.min() < 3.0  # within three decades (the comb spanned eight)
    assert not curve.exact_hits[small].any()
