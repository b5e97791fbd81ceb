"""The book's ``simpleNet`` (ch. 4.4.2): one weight matrix, softmax, cross-entropy."""

from __future__ import annotations

import numpy as np

from numerics.network.activations import cross_entropy_error, softmax


class SimpleNet:
    """``predict(x) = x·W``; ``loss(x, t)`` = cross-entropy of ``softmax(x·W)`` against ``t``.

    ``W`` is copied to a float64 array (so the in-place numerical gradient can perturb it); without
    it a 2×3 matrix is drawn from N(0, 1) as the book does, from ``seed`` when given
    (``np.random.RandomState(seed)``: the same draw as the book's ``np.random.seed(seed)``).
    """

    def __init__(self, W: np.ndarray | None = None, seed: int | None = None) -> None:
        if W is None:
            W = np.random.RandomState(seed).randn(2, 3)
        W = np.array(W, dtype=np.float64)
        if W.ndim != 2:
            raise ValueError(f"W must be a matrix (inputs × classes), got shape {W.shape}")
        self.W = W

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Scores ``x·W`` for one input ``(inputs,)`` or a batch ``(..., inputs)``."""
        return np.dot(x, self.W)

    def loss(self, x: np.ndarray, t: np.ndarray) -> float:
        """Mean cross-entropy of the softmax of the scores against labels or one-hot ``t``."""
        return cross_entropy_error(softmax(self.predict(x)), t)
