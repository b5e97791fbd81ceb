"""The book's own code, transcribed line for line: the baseline benchmarks and tests compare against.

*Deep Learning from Scratch 1*, ch. 4: ``_numerical_gradient_no_batch`` (gradient_2d.py, one point,
a Python loop over its coordinates) and ``numerical_gradient`` (common/gradient.py, any array,
perturbed in place with ``np.nditer``). Kept in one place so that every comparison measures the
same code; deliberately slow, never used by the app.
"""

import numpy as np


def numerical_gradient_no_batch(f, x):
    """gradient_2d.py's ``_numerical_gradient_no_batch``: one point, one coordinate at a time."""
    h = 1e-4
    grad = np.zeros_like(x)
    for idx in range(x.size):
        tmp_val = x[idx]
        x[idx] = float(tmp_val) + h
        fxh1 = f(x)
        x[idx] = tmp_val - h
        fxh2 = f(x)
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        x[idx] = tmp_val
    return grad


def numerical_gradient(f, x):
    """common/gradient.py's ``numerical_gradient``: every element of ``x``, perturbed in place."""
    h = 1e-4
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    while not it.finished:
        idx = it.multi_index
        tmp_val = x[idx]
        x[idx] = float(tmp_val) + h
        fxh1 = f(x)
        x[idx] = tmp_val - h
        fxh2 = f(x)
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        x[idx] = tmp_val
        it.iternext()
    return grad
