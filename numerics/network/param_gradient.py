"""The gradient of a scalar function of one parameter array: the book's ``numerical_gradient(f, W)``.

Chapter 4.4.2 differentiates a network's loss with respect to a weight matrix through a closure
that ignores its argument and reads the network's own array::

    f = lambda w: net.loss(x, t)
    dW = numerical_gradient_params(f, net.W)

That only works because the array is perturbed *in place*: ``net.W[i, j] += h`` is what the closure
sees. So this function does exactly that, one element at a time, and puts every element back —
also when ``f`` raises, so an interrupted check never leaves a network with a nudged weight.

How it differs from :func:`numerics.differentiation.numerical_gradient` (the explorer's):

- that one takes a *batch of points* ``(..., d)`` and a function ``f: (..., d) → (...)`` that treats
  each point separately; it perturbs coordinate k of every point at once (2·d calls) and never
  touches its input;
- this one takes *one parameter array of any shape* and a function of the whole array returning
  one number (a loss); it perturbs one element at a time (2·W.size calls) and modifies ``W`` in
  place while it runs.

It walks every element of an array of any shape (``np.ndindex``), never only the outer dimension —
the loop readers write by hand that leaves all but the first row of ``W1``'s gradient at 0.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

#: The book's step.
DEFAULT_H = 1e-4


def numerical_gradient_params(f: Callable[[np.ndarray], float], W: np.ndarray, h: float = DEFAULT_H) -> np.ndarray:
    """Central-difference gradient of a scalar ``f`` with respect to every element of ``W``.

    ``grad[idx] = (f(W with W[idx] + h) − f(W with W[idx] − h)) / (2h)``, the book's arithmetic
    (``W[idx] = float(tmp) + h``, then ``tmp − h``, then ``tmp`` back), so the numbers match its
    ``common/gradient.py`` bit for bit. Returns an array shaped and typed like ``W``.

    ``W`` must be a writable floating-point array: it is perturbed in place so that closures
    reading it (``lambda w: net.loss(x, t)``) see the change, and every element is restored to its
    exact original value before returning or when ``f`` raises. A list or tuple is copied to
    float64 first (then ``f`` must use its argument). An integer array is refused: ``W[idx] + h``
    would be truncated back to the same integer and the gradient would silently be 0.
    """
    if not isinstance(W, np.ndarray):
        W = np.array(W, dtype=np.float64)
    elif not np.issubdtype(W.dtype, np.floating):
        raise TypeError(
            f"numerical_gradient_params perturbs W in place and needs a floating-point array, got "
            f"dtype {W.dtype} (W + h would be rounded back to an integer); pass W.astype(float)"
        )
    elif not W.flags.writeable:
        raise ValueError("numerical_gradient_params perturbs W in place; got a read-only array")
    grad = np.zeros_like(W)
    for idx in np.ndindex(W.shape):
        tmp_val = W[idx]
        try:
            W[idx] = float(tmp_val) + h
            fxh1 = f(W)
            W[idx] = tmp_val - h
            fxh2 = f(W)
        finally:
            W[idx] = tmp_val
        grad[idx] = (fxh1 - fxh2) / (2 * h)
    return grad
