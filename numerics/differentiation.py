"""Numerical differentiation: one-variable derivatives, gradients and Hessians over batches.

The book (Deep Learning from Scratch 1, ch. 4) differentiates with a central difference and
h = 1e-4. We keep its exact arithmetic — ``(f(x + h) - f(x - h)) / (2 * h)`` — so its
published numbers come out to the last digit, and add the schemes a learner compares it with.

Every function here is vectorised: ``x`` may be a single point or any batch, and ``f`` is called
a fixed number of times on the whole batch (2·d times for a central gradient), never once per point.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

SCHEMES: tuple[str, ...] = ("forward", "backward", "central", "richardson", "complex")

#: Step used by complex-step differentiation when the caller keeps the book's default h:
#: complex step has no subtractive cancellation, so h can be tiny and the result exact to rounding.
COMPLEX_STEP_H = 1e-20

ArrayFunction = Callable[[np.ndarray], np.ndarray]


def _check_scheme(scheme: str) -> None:
    if scheme not in SCHEMES:
        raise ValueError(f"unknown difference scheme {scheme!r}; choose one of {', '.join(SCHEMES)}")


def _working_array(x, scheme: str) -> np.ndarray:
    """A float copy of ``x`` (ints become float64; float32 stays float32 so precision can be studied)."""
    arr = np.array(x, copy=True)
    if scheme == "complex":
        return arr.astype(np.complex128)
    if not np.issubdtype(arr.dtype, np.floating):
        arr = arr.astype(np.float64)
    return arr


def _step(h, dtype) -> np.ndarray | float:
    """h as added to x: rounded to x's precision, which is what makes h = 1e-50 give x + h == x."""
    return np.asarray(h, dtype=np.float64).astype(dtype) if np.ndim(h) else dtype.type(h)


def _evaluate(f: ArrayFunction, x: np.ndarray) -> np.ndarray:
    """f(x), detached from x: a function may return a view of its input, which we then overwrite."""
    out = np.asarray(f(x))
    return out.copy() if np.may_share_memory(out, x) else out


def numerical_diff(f: ArrayFunction, x, h=1e-4, scheme: str = "central") -> np.ndarray:
    """Derivative of a one-variable ``f`` at ``x`` (a number or an array of points, elementwise).

    ``h`` may be an array broadcasting against ``x`` (the step sweep uses this). The denominator
    uses h in float64, the perturbed points are rounded to x's precision: that is where rounding
    error comes from, and why ``h = 1e-50`` yields exactly 0 in float64.
    """
    _check_scheme(scheme)
    x = _working_array(x, scheme)
    h64 = np.asarray(h, dtype=np.float64)
    if scheme == "complex":
        if np.all(h64 == 1e-4):
            h64 = np.asarray(COMPLEX_STEP_H)
        out = np.asarray(f(x + 1j * h64))
        if not np.iscomplexobj(out):
            raise ValueError("complex-step differentiation needs an f that accepts complex input")
        return out.imag / h64
    step = _step(h64, x.real.dtype)
    with np.errstate(all="ignore"):
        if scheme == "forward":
            return (f(x + step) - f(x)) / h64
        if scheme == "backward":
            return (f(x) - f(x - step)) / h64
        central = (f(x + step) - f(x - step)) / (2 * h64)
        if scheme == "central":
            return central
        half = _step(h64 / 2, x.dtype)
        central_half = (f(x + half) - f(x - half)) / h64
        # Richardson: the O(h²) error terms of D(h) and D(h/2) cancel in (4·D(h/2) − D(h)) / 3.
        return (4 * central_half - central) / 3


#: Large batches are differentiated in blocks of this many points: each block's temporaries stay
#: in the CPU cache, which makes a 1000×1000 grid about 3× faster than one giant batch.
BLOCK_POINTS = 32_768


def numerical_gradient(f: ArrayFunction, x, h=1e-4, scheme: str = "central") -> np.ndarray:
    """Gradient of ``f: (..., d) → (...)`` at ``x`` shaped ``(d,)`` or any batch ``(..., d)``.

    Returns a float array shaped like ``x``; ``x`` itself is never modified. Correct for every f,
    separable or not: each partial derivative perturbs one coordinate of every point at once and
    calls f on the whole batch (2·d calls for the central scheme; batches over ``BLOCK_POINTS``
    points are cut into blocks, so f must treat points independently, as the contract says).
    """
    _check_scheme(scheme)
    x_in = np.asarray(x)
    if x_in.ndim == 0:
        raise ValueError("numerical_gradient needs points shaped (..., d), got a scalar")
    d = x_in.shape[-1]
    n_points = x_in.size // d if d else 0
    if n_points <= BLOCK_POINTS:
        return _gradient_block(f, x_in, h, scheme)
    flat = x_in.reshape(-1, d)
    first = _gradient_block(f, flat[:BLOCK_POINTS], h, scheme)
    out = np.empty(flat.shape, dtype=first.dtype)
    out[:BLOCK_POINTS] = first
    for i in range(BLOCK_POINTS, n_points, BLOCK_POINTS):  # a loop over cache-sized blocks
        out[i:i + BLOCK_POINTS] = _gradient_block(f, flat[i:i + BLOCK_POINTS], h, scheme)
    return out.reshape(x_in.shape)


def _gradient_block(f: ArrayFunction, x_in: np.ndarray, h, scheme: str) -> np.ndarray:
    work = _working_array(x_in, scheme)
    grad = np.empty(work.shape, dtype=work.real.dtype)
    h64 = float(h)
    if scheme == "complex" and h64 == 1e-4:
        h64 = COMPLEX_STEP_H
    step = work.real.dtype.type(h64)
    half = work.real.dtype.type(h64 / 2)
    with np.errstate(all="ignore"):
        for i in range(work.shape[-1]):  # a loop over dimensions (d = 2 here), never over points
            original = work[..., i].copy()

            def at(offset) -> np.ndarray:
                work[..., i] = original + offset
                return _evaluate(f, work)

            if scheme == "complex":
                out = at(1j * h64)
                if not np.iscomplexobj(out):
                    raise ValueError("complex-step differentiation needs an f that accepts complex input")
                grad[..., i] = out.imag / h64
            elif scheme == "forward":
                grad[..., i] = (at(step) - at(0)) / h64
            elif scheme == "backward":
                grad[..., i] = (at(0) - at(-step)) / h64
            else:
                central = (at(step) - at(-step)) / (2 * h64)
                if scheme == "central":
                    grad[..., i] = central
                else:
                    central_half = (at(half) - at(-half)) / h64
                    grad[..., i] = (4 * central_half - central) / 3
            work[..., i] = original
    return grad


def numerical_hessian(f: ArrayFunction, x, h: float = 1e-3) -> np.ndarray:
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
