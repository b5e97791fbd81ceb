"""The book's activation and loss functions (``common/functions.py``), batch-aware.

The arithmetic is the book's, operation for operation, so its printed numbers come out and a
transcription of its training loop gives the same floats. Two additions: ``sigmoid`` does not warn
when ``exp(-x)`` overflows for very negative x (the result, 0, is right), and the helpers below turn
one-hot targets into labels and back.
"""

from __future__ import annotations

import numpy as np

#: Added inside the logarithm so a predicted probability of exactly 0 gives a large loss, not inf
#: (the book's ``delta = 1e-7``).
CROSS_ENTROPY_DELTA = 1e-7


def sigmoid(x: np.ndarray) -> np.ndarray:
    """1 / (1 + e^−x), elementwise (the book's formula)."""
    with np.errstate(over="ignore"):
        return 1 / (1 + np.exp(-x))


def sigmoid_grad(x: np.ndarray) -> np.ndarray:
    """d sigmoid / dx at the pre-activation ``x``: (1 − σ(x))·σ(x)."""
    s = sigmoid(x)
    return (1.0 - s) * s


def softmax(x: np.ndarray) -> np.ndarray:
    """Softmax along the last axis, for one score vector or any batch of them.

    The row maximum is subtracted first so e^x cannot overflow (the book's trick).
    """
    x = np.asarray(x)
    x = x - np.max(x, axis=-1, keepdims=True)
    return np.exp(x) / np.sum(np.exp(x), axis=-1, keepdims=True)


def as_labels(t: np.ndarray, n_samples: int, n_classes: int) -> np.ndarray:
    """Class labels ``(n_samples,)`` from targets given as labels or as one-hot rows.

    Told apart the way the book's ``cross_entropy_error`` does, by size: a target with
    ``n_samples · n_classes`` entries is one-hot (its argmax is the label).
    """
    t = np.asarray(t)
    if n_classes > 1 and t.size == n_samples * n_classes:
        return np.argmax(t.reshape(n_samples, n_classes), axis=1)
    if t.size != n_samples:
        raise ValueError(f"targets shaped {t.shape} fit neither {n_samples} labels nor "
                         f"{n_samples}×{n_classes} one-hot rows")
    return t.reshape(n_samples).astype(np.intp, copy=False)


def one_hot(labels: np.ndarray, n_classes: int) -> np.ndarray:
    """One-hot rows ``(N, n_classes)`` of float64 for integer labels ``(N,)``."""
    labels = np.asarray(labels, dtype=np.intp).reshape(-1)
    out = np.zeros((labels.size, n_classes))
    out[np.arange(labels.size), labels] = 1.0
    return out


def cross_entropy_error(y: np.ndarray, t: np.ndarray) -> float:
    """The book's mean cross-entropy −Σ log(y[t] + 1e−7) / N.

    ``y``: predicted probabilities ``(C,)`` or ``(N, C)``. ``t``: labels ``()``/``(N,)`` or one-hot
    rows of the same size as ``y`` (told apart as the book does: by size).
    """
    y = np.asarray(y)
    t = np.asarray(t)
    if y.ndim == 1:
        t = t.reshape(1, t.size)
        y = y.reshape(1, y.size)
    if t.size == y.size:
        t = t.argmax(axis=1)
    batch_size = y.shape[0]
    return float(-np.sum(np.log(y[np.arange(batch_size), t.reshape(-1)] + CROSS_ENTROPY_DELTA)) / batch_size)
