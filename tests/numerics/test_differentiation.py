"""numerical_diff / numerical_gradient / numerical_hessian: the book's numbers and real behaviour."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from numerics import SCHEMES, numerical_diff, numerical_gradient, numerical_hessian


def function_1(x):
    return 0.01 * x**2 + 0.1 * x


def function_2(x):
    return x[..., 0] ** 2 + x[..., 1] ** 2


def coupled(x):
    """Not separable: the seed's nditer gradient of sum(f(batch)) is wrong for it."""
    return np.sin(x[..., 0] * x[..., 1]) + x[..., 0] ** 3 * x[..., 1]


def coupled_grad(x):
    x0, x1 = x[..., 0], x[..., 1]
    return np.stack([x1 * np.cos(x0 * x1) + 3 * x0**2 * x1, x0 * np.cos(x0 * x1) + x0**3], axis=-1)


# --- the book's published numbers, to the last digit ------------------------------------------

def test_book_numerical_diff_values():
    assert numerical_diff(function_1, 5) == 0.1999999999990898
    assert numerical_diff(function_1, 10) == 0.2999999999986347


def test_book_partial_derivatives_through_slices():
    assert numerical_diff(lambda x0: x0 * x0 + 4.0**2.0, 3.0) == 6.00000000000378
    assert numerical_diff(lambda x1: 3.0**2.0 + x1 * x1, 4.0) == 7.999999999999119


@pytest.mark.parametrize(
    ("point", "expected"),
    [((3.0, 4.0), (6.0, 8.0)), ((0.0, 2.0), (0.0, 4.0)), ((3.0, 0.0), (6.0, 0.0))],
)
def test_book_gradient_values(point, expected):
    grad = numerical_gradient(function_2, np.array(point))
    # The book prints these rounded by numpy's repr; they are exact to ~1e-11.
    np.testing.assert_allclose(grad, expected, atol=1e-10)
    assert np.array_str(grad, precision=8) == np.array_str(np.array(expected, dtype=float), precision=8)


def test_gradient_at_book_point_equals_slice_derivatives_exactly():
    grad = numerical_gradient(function_2, np.array([3.0, 4.0]))
    assert grad.tolist() == [6.00000000000378, 7.999999999999119]


def test_h_1e_minus_50_gives_exactly_zero():
    # 5 + 1e-50 == 5 in float64, so the forward difference divides 0 by h.
    assert numerical_diff(function_1, 5.0, h=1e-50, scheme="forward") == 0.0
    assert numerical_diff(function_1, 5.0, h=1e-50) == 0.0
    assert numerical_diff(function_1, np.float32(5.0), h=1e-50) == 0.0


# --- schemes ---------------------------------------------------------------------------------

def test_schemes_are_what_they_say():
    x, h = 2.0, 1e-3
    f = np.exp
    assert numerical_diff(f, x, h, "forward") == (f(x + h) - f(x)) / h
    assert numerical_diff(f, x, h, "backward") == (f(x) - f(x - h)) / h
    assert numerical_diff(f, x, h, "central") == (f(x + h) - f(x - h)) / (2 * h)


def test_error_orders():
    """Forward error ~ h, central ~ h², Richardson ~ h⁴, complex-step at rounding level."""
    x, exact = 1.0, np.exp(1.0)
    err = {s: abs(numerical_diff(np.exp, x, 1e-2, s) - exact) for s in SCHEMES}
    err_small = {s: abs(numerical_diff(np.exp, x, 1e-3, s) - exact) for s in ("forward", "central")}
    assert 8 < err["forward"] / err_small["forward"] < 12  # slope 1
    assert 80 < err["central"] / err_small["central"] < 120  # slope 2
    assert err["richardson"] < 1e-9 < err["central"]
    # complex step has no cancellation: at its default tiny h it is exact to rounding
    assert err["complex"] > 1e-6
    assert abs(numerical_diff(np.exp, x, scheme="complex") - exact) < 1e-15


def test_unknown_scheme_is_refused():
    with pytest.raises(ValueError, match="scheme"):
        numerical_diff(function_1, 1.0, scheme="sideways")
    with pytest.raises(ValueError, match="scheme"):
        numerical_gradient(function_2, [1.0, 1.0], scheme="sideways")


def test_complex_step_needs_complex_capable_f():
    with pytest.raises(ValueError, match="complex"):
        numerical_gradient(lambda x: np.abs(x[..., 0]).real.astype(float), [1.0, 2.0], scheme="complex")


def test_complex_step_error_carries_a_message():
    from numerics.differentiation import ComplexStepError
    from numerics.messages import Message

    with pytest.raises(ComplexStepError) as info:
        numerical_diff(lambda t: np.abs(t).real.astype(float), 1.0, scheme="complex")
    assert isinstance(info.value.message, Message) and str(info.value) == str(info.value.message)


# --- h: None is the scheme's default, an explicit h is used as given ---------------------------

def test_default_h_per_scheme():
    from numerics.differentiation import COMPLEX_STEP_H, DEFAULT_H, default_h

    assert set(DEFAULT_H) == set(SCHEMES)
    assert default_h("central") == 1e-4 and default_h("complex") == COMPLEX_STEP_H == 1e-20
    with pytest.raises(ValueError, match="scheme"):
        default_h("sideways")


@pytest.mark.parametrize("scheme", SCHEMES)
def test_h_none_means_the_schemes_default(scheme):
    from numerics.differentiation import default_h

    x = np.random.default_rng(2).uniform(-2, 2, size=(9, 2))
    h = default_h(scheme)
    assert numerical_diff(np.sin, 0.7, scheme=scheme) == numerical_diff(np.sin, 0.7, h, scheme)
    np.testing.assert_array_equal(numerical_gradient(coupled, x, scheme=scheme), numerical_gradient(coupled, x, h, scheme))


def test_the_complex_step_uses_an_explicit_h_even_the_books():
    # h = 1e-4 typed by the user is what the complex step must use: Im f(x + ih) / h with that h
    # (error ~h²·|f‴| / 6, visible), not a silently substituted 1e-20 (exact to rounding).
    x, exact = 1.0, np.cos(1.0)
    explicit = numerical_diff(np.sin, x, 1e-4, "complex")
    assert explicit == np.sin(x + 1e-4j).imag / 1e-4
    assert 1e-10 < abs(explicit - exact) < 1e-8
    assert abs(numerical_diff(np.sin, x, scheme="complex") - exact) < 1e-16
    p = np.array([[x, 0.0]])
    grad = numerical_gradient(lambda q: np.sin(q[..., 0]) + q[..., 1], p, h=1e-4, scheme="complex")
    assert grad[0, 0] == explicit


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_gradient_and_diff_share_one_arithmetic(scheme, dtype):
    """Each partial derivative is numerical_diff of the slice through the point, to the last bit."""
    pts = np.random.default_rng(3).uniform(-2, 2, size=(6, 2)).astype(dtype)
    grad = numerical_gradient(coupled, pts, 1e-3, scheme)

    def along(axis):
        def f(t):
            other = pts[:, 1 - axis].astype(t.dtype)
            return coupled(np.stack([t, other] if axis == 0 else [other, t], axis=-1))
        return numerical_diff(f, pts[:, axis], 1e-3, scheme)

    np.testing.assert_array_equal(grad[:, 0], along(0).astype(grad.dtype))
    np.testing.assert_array_equal(grad[:, 1], along(1).astype(grad.dtype))


def test_numerical_diff_broadcasts_over_h():
    hs = np.array([1e-1, 1e-2, 1e-3])
    out = numerical_diff(function_1, 5.0, h=hs)
    assert out.shape == (3,)
    assert out[1] == numerical_diff(function_1, 5.0, h=1e-2)


# --- gradient: batches, non-separable f, no mutation ------------------------------------------

@pytest.mark.parametrize("scheme", ["central", "richardson", "complex"])
def test_gradient_of_non_separable_function(scheme):
    rng = np.random.default_rng(0)
    x = rng.uniform(-2, 2, size=(50, 2))
    np.testing.assert_allclose(numerical_gradient(coupled, x, scheme=scheme), coupled_grad(x), rtol=1e-6, atol=1e-6)


@settings(max_examples=40, deadline=None)
@given(arrays(np.float64, st.sampled_from([(2,), (4, 2), (3, 5, 2), (1, 1, 1, 2)]),
              elements=st.floats(-100, 100, allow_nan=False)))
def test_gradient_shape_batch_and_no_mutation(x):
    before = x.copy()
    grad = numerical_gradient(function_2, x)
    assert grad.shape == x.shape and grad.dtype == np.float64
    np.testing.assert_array_equal(x, before)
    # batching gives the same numbers as one point at a time
    flat = x.reshape(-1, 2)
    one_by_one = np.array([numerical_gradient(function_2, p) for p in flat]).reshape(x.shape)
    np.testing.assert_array_equal(grad, one_by_one)


def test_integer_input_is_accepted():
    grad = numerical_gradient(function_2, np.array([3, 4]))
    assert grad.dtype == np.float64
    np.testing.assert_allclose(grad, [6, 8], atol=1e-9)


def test_f_is_called_2d_times_on_the_whole_batch():
    calls = []

    def f(x):
        calls.append(x.shape)
        return function_2(x)

    numerical_gradient(f, np.zeros((1000, 2)))
    assert calls == [(1000, 2)] * 4


def test_f_returning_a_view_of_its_input_is_safe():
    x = np.array([[1.0, 2.0], [3.0, 4.0]])
    np.testing.assert_allclose(numerical_gradient(lambda v: v[..., 0], x), [[1, 0], [1, 0]], atol=1e-9)


def test_float32_precision_is_kept_for_study():
    x32 = np.array([3.0, 4.0], dtype=np.float32)
    grad = numerical_gradient(function_2, x32, h=1e-4)
    assert grad.dtype == np.float32
    # rounding error in float32 is ~eps32·f/h ≈ 1e-7·25/1e-4: visible, unlike float64
    assert abs(grad[0] - 6.0) > 1e-4


def test_hessian_of_a_quadratic_and_a_saddle():
    x = np.random.default_rng(1).uniform(-3, 3, size=(7, 2))
    h = numerical_hessian(lambda p: 3 * p[..., 0] ** 2 + 2 * p[..., 0] * p[..., 1] - p[..., 1] ** 2, x)
    assert h.shape == (7, 2, 2)
    np.testing.assert_allclose(h, np.broadcast_to([[6, 2], [2, -2]], (7, 2, 2)), atol=1e-5)


def test_large_batches_are_cut_into_blocks_with_identical_results(monkeypatch):
    import numerics.differentiation as diff

    x = np.random.default_rng(5).uniform(-2, 2, size=(7, 13, 2))
    whole = numerical_gradient(coupled, x)
    calls = []

    def counting(p):
        calls.append(p.shape)
        return coupled(p)

    monkeypatch.setattr(diff, "BLOCK_POINTS", 10)
    blocked = numerical_gradient(counting, x)
    np.testing.assert_array_equal(blocked, whole)
    assert blocked.shape == x.shape
    assert len(calls) == 4 * 10 and max(c[0] for c in calls) == 10  # ceil(91 / 10) blocks × 2d calls
