"""Numerical differentiation: one-variable derivatives, gradients and Hessians over batches.

The book (Deep Learning from Scratch 1, ch. 4) differentiates with a central difference and
h = 1e-4. We keep its exact arithmetic — ``(f(x + h) - f(x - h)) / (2 * h)`` — so its
published numbers come out to the last digit, and add the schemes a learner compares it with.

Every function here is vectorised: ``x`` may be a single point or any batch, and ``f`` is called
a fixed number of times on the whole batch (2·d times for a central gradient), never once per point.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from numerics.messages import QT_TRANSLATE_NOOP, Message, MessageError, message
from numerics.types import ArrayFunction

SCHEMES: tuple[str, ...] = ("forward", "backward", "central", "richardson", "complex")

#: The book's step (ch. 4.1): small enough for truncation, large enough to survive rounding.
BOOK_H = 1e-4
#: The complex step's default: it has no subtractive cancellation, so h can be tiny and the result
#: exact to rounding (error ~h²·f‴, far below eps at 1e−20).
COMPLEX_STEP_H = 1e-20
#: What ``h=None`` means for each scheme. An explicit h is always used as given, by every scheme.
DEFAULT_H: Mapping[str, float] = MappingProxyType({
    "forward": BOOK_H, "backward": BOOK_H, "central": BOOK_H, "richardson": BOOK_H, "complex": COMPLEX_STEP_H,
})

UNKNOWN_SCHEME = QT_TRANSLATE_NOOP("numerics", "unknown difference scheme {name}; choose one of {choices}")
NEEDS_COMPLEX_F = QT_TRANSLATE_NOOP(
    "numerics", "complex-step differentiation needs an f that accepts complex input; choose another scheme")

#: A step: one number, or (``numerical_diff`` only) an array broadcasting against the points.
Step = float | np.ndarray


class ComplexStepError(ValueError):
    """f dropped the imaginary part the complex step relies on; ``.message`` says so."""

    def __init__(self) -> None:
        self.message = Message(NEEDS_COMPLEX_F)
        super().__init__(str(self.message))


def default_h(scheme: str) -> float:
    """The step ``h=None`` stands for with this scheme (1e−4, the book's; 1e−20 for complex step)."""
    _check_scheme(scheme)
    return DEFAULT_H[scheme]


def _check_scheme(scheme: str) -> None:
    if scheme not in SCHEMES:
        raise MessageError(message(UNKNOWN_SCHEME, name=repr(scheme), choices=", ".join(SCHEMES)))


def _working_array(x: ArrayLike, scheme: str) -> np.ndarray:
    """A float copy of ``x`` (ints become float64; float32 stays float32 so precision can be studied)."""
    arr = np.array(x, copy=True)
    if scheme == "complex":
        # float32 points take the complex step in complex64: single precision is what is studied
        # (in complex128 its error fell to 1e−16 or exactly 0 at random: a comb on a log plot)
        return arr.astype(np.complex64 if arr.dtype == np.float32 else np.complex128)
    if not np.issubdtype(arr.dtype, np.floating):
        arr = arr.astype(np.float64)
    return arr


def _step(h: Step, dtype: np.dtype) -> np.ndarray | np.floating:
    """h as added to x: rounded to x's precision, which is what makes h = 1e-50 give x + h == x."""
    return np.asarray(h, dtype=np.float64).astype(dtype) if np.ndim(h) else dtype.type(h)


def _evaluate(f: ArrayFunction, x: np.ndarray) -> np.ndarray:
    """f(x), detached from x: a function may return a view of its input, which we then overwrite."""
    out = np.asarray(f(x))
    return out.copy() if np.may_share_memory(out, x) else out


def _difference(at: Callable[[Any], np.ndarray], scheme: str, h: Step, dtype: np.dtype) -> np.ndarray:
    """The arithmetic of every scheme, written once.

    ``at(offset)`` is f with the differentiated coordinate moved by ``offset``; ``h`` is the step in
    float64 (a scalar, or an array for ``numerical_diff``) and the denominators use it as given; ``dtype`` is the real precision of the points (the perturbed points are rounded to it:
    that is where rounding error comes from). The central
    difference is the book's ``(f(x + h) - f(x - h)) / (2 * h)`` operation for operation, so its
    published numbers come out to the last digit.
    """
    if scheme == "complex":
        # The imaginary step as the points hold it (complex64 for float32), and divided by that
        # step: there is no cancellation to study here, only how precisely f itself is computed.
        step = _step(h, dtype)
        out = at(1j * step)
        if not np.iscomplexobj(out):
            raise ComplexStepError()
        with np.errstate(divide="ignore", invalid="ignore"):
            taken = np.asarray(step, dtype=np.float64)
            return np.where(taken != 0, out.imag / np.where(taken != 0, taken, 1.0), 0.0)
    step = _step(h, dtype)
    if scheme == "forward":
        return (at(step) - at(0)) / h
    if scheme == "backward":
        return (at(0) - at(-step)) / h
    central = (at(step) - at(-step)) / (2 * h)
    if scheme == "central":
        return central
    half = _step(h / 2, dtype)
    central_half = (at(half) - at(-half)) / h
    # Richardson: the O(h²) error terms of D(h) and D(h/2) cancel in (4·D(h/2) − D(h)) / 3.
    return (4 * central_half - central) / 3


def numerical_diff(f: ArrayFunction, x: ArrayLike, h: Step | None = None, scheme: str = "central") -> np.ndarray:
    """Derivative of a one-variable ``f`` at ``x`` (a number or an array of points, elementwise).

    ``h=None`` is the scheme's default (``DEFAULT_H``); an explicit ``h`` is used by every scheme,
    the complex step included. ``h`` may be an array broadcasting against ``x`` (the step sweep
    uses this). The denominator uses h in float64, the perturbed points are rounded to x's
    precision: that is where rounding error comes from, and why ``h = 1e-50`` yields exactly 0 in
    float64.
    """
    _check_scheme(scheme)
    x = _working_array(x, scheme)
    h64 = np.asarray(DEFAULT_H[scheme] if h is None else h, dtype=np.float64)
    with np.errstate(all="ignore"):
        return _difference(lambda offset: np.asarray(f(x + offset)), scheme, h64, x.real.dtype)


#: Large batches are differentiated in blocks of this many points: each block's temporaries stay
#: in the CPU cache, which makes a 1000×1000 grid about 3× faster than one giant batch.
BLOCK_POINTS = 32_768


def numerical_gradient(f: ArrayFunction, x: ArrayLike, h: float | None = None, scheme: str = "central") -> np.ndarray:
    """Gradient of ``f: (..., d) → (...)`` at ``x`` shaped ``(d,)`` or any batch ``(..., d)``.

    ``h=None`` is the scheme's default (``DEFAULT_H``); an explicit ``h`` is used as given.
    Returns a float array shaped like ``x``; ``x`` itself is never modified. Correct for every f,
    separable or not: each partial derivative perturbs one coordinate of every point at once and
    calls f on the whole batch (2·d calls for the central scheme; batches over ``BLOCK_POINTS``
    points are cut into blocks, so f must treat points independently, as the contract says).
    """
    _check_scheme(scheme)
    x_in = np.asarray(x)
    if x_in.ndim == 0:
        raise ValueError("numerical_gradient needs points shaped (..., d), got a scalar")
    # np.float64, not a Python float: numpy would round a Python float to float32 for a float32
    # batch, and the denominators are h in float64 here as in numerical_diff.
    h64 = np.float64(DEFAULT_H[scheme] if h is None else h)
    d = x_in.shape[-1]
    n_points = x_in.size // d if d else 0
    if n_points <= BLOCK_POINTS:
        return _gradient_block(f, x_in, h64, scheme)
    flat = x_in.reshape(-1, d)
    first = _gradient_block(f, flat[:BLOCK_POINTS], h64, scheme)
    out = np.empty(flat.shape, dtype=first.dtype)
    out[:BLOCK_POINTS] = first
    for i in range(BLOCK_POINTS, n_points, BLOCK_POINTS):  # a loop over cache-sized blocks
        out[i:i + BLOCK_POINTS] = _gradient_block(f, flat[i:i + BLOCK_POINTS], h64, scheme)
    return out.reshape(x_in.shape)


def _gradient_block(f: ArrayFunction, x_in: np.ndarray, h64: np.float64, scheme: str) -> np.ndarray:
    work = _working_array(x_in, scheme)
    grad = np.empty(work.shape, dtype=work.real.dtype)
    with np.errstate(all="ignore"):
        for i in range(work.shape[-1]):  # a loop over dimensions (d = 2 here), never over points
            original = work[..., i].copy()

            def at(offset: Any) -> np.ndarray:
                work[..., i] = original + offset
                return _evaluate(f, work)

            grad[..., i] = _difference(at, scheme, h64, work.real.dtype)
            work[..., i] = original
    return grad


def numerical_hessian(f: ArrayFunction, x: ArrayLike, h: float = 1e-3) -> np.ndarray:
    """Hessian of ``f: (..., d) → (...)`` at a batch of points, shaped ``(..., d, d)``.

    Second differences divide by h², so rounding error grows like eps/h²; h = 1e-3 balances it
    against truncation for the O(1)-scaled functions of the catalogue (good to ~1e-6 relative),
    plenty to read the signs of the eigenvalues.
    """
    x = _working_array(x, "central")
    d = x.shape[-1]
    hess = np.empty(x.shape + (d,), dtype=x.dtype)
    work = x.copy()
    with np.errstate(all="ignore"):
        f0 = _evaluate(f, work)
        for i in range(d):
            for j in range(i, d):
                def at(di: float, dj: float) -> np.ndarray:
                    work[...] = x
                    work[..., i] += di
                    work[..., j] += dj
                    return _evaluate(f, work)

                if i == j:
                    value = (at(h, 0) - 2 * f0 + at(-h, 0)) / (h * h)
                else:
                    value = (at(h, h) - at(h, -h) - at(-h, h) + at(-h, -h)) / (4 * h * h)
                hess[..., i, j] = value
                hess[..., j, i] = value
    return hess
