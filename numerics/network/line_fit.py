"""Mini-batches on the canvas: fitting a line y = w·x + b, a model with exactly two parameters.

Its loss over the whole data set, L(w, b) = mean((w·xᵢ + b − yᵢ)²), is a function of the plane, so
the explorer can draw it (arrows, contours, heatmap) like any objective — with (x0, x1) = (w, b).
Mini-batch SGD then walks that plane with the gradient of a *sample* of the points: the batch size
trades the noise of the path for the cost of a step, and epochs count passes over the data.

The full-data loss and gradient come from the data's moments (mean of x, x², y, xy, y²), so
evaluating them on a 1000×1000 grid costs the same for 10 points as for 10⁶: the expansion
L = w²·⟨x²⟩ + 2wb·⟨x⟩ + b² − 2w·⟨xy⟩ − 2b·⟨y⟩ + ⟨y²⟩ is exact algebra, no Python loop over points.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

import numpy as np

from numerics.descent import CancelToken
from numerics.functions import CriticalPoint, Objective
from numerics.messages import QT_TRANSLATE_NOOP, message
from numerics.network.errors import NetworkError
from numerics.optimizers import make_optimizer

TITLE = QT_TRANSLATE_NOOP("numerics", "Line fit: mean squared error of y = w·x + b")
DESCRIPTION = QT_TRANSLATE_NOOP(
    "numerics",
    "The loss of a straight line y = w·x + b fitted to the data points, over the plane of its two "
    "parameters: x0 is the slope w, x1 the intercept b. The minimum is the least-squares line.",
)
MINIMUM_LABEL = QT_TRANSLATE_NOOP("numerics", "least-squares line")
ERR_POINTS = QT_TRANSLATE_NOOP("numerics", "A line fit needs at least 2 points with different x, got {points}.")
ERR_BATCH = QT_TRANSLATE_NOOP("numerics", "The batch size must be a whole number from 1 to {points} (the number of points), not {value}.")
ERR_STEPS = QT_TRANSLATE_NOOP("numerics", "Give a positive number of steps or of epochs, not {value}.")
ERR_OPTIMIZER = QT_TRANSLATE_NOOP("numerics", "The optimizer settings cannot be used: {reason}")
ERR_SAMPLING = QT_TRANSLATE_NOOP("numerics", "Unknown sampling “{value}”; choose “replacement” or “shuffle”.")


class LineFitError(NetworkError):
    """Settings or data that a line fit cannot use."""


@dataclass(frozen=True)
class LineData:
    """Points (x, y) around the line y = true_w·x + true_b."""

    x: np.ndarray
    y: np.ndarray
    true_w: float
    true_b: float


def make_line_data(n: int = 50, w: float = 2.0, b: float = -1.0, noise: float = 0.5,
                   x_range: tuple[float, float] = (-2.0, 2.0), seed: int = 0) -> LineData:
    """``n`` points with x uniform in ``x_range`` and y = w·x + b + N(0, noise²), from ``seed``."""
    rng = np.random.RandomState(seed)
    x = rng.uniform(x_range[0], x_range[1], size=int(n))
    y = w * x + b + noise * rng.randn(int(n))
    return LineData(x, y, float(w), float(b))


class LineFitLoss:
    """L(w, b) = mean((w·x + b − y)²) over the data, with its gradient, batched over P (..., 2).

    ``P[..., 0]`` is w and ``P[..., 1]`` is b. ``value``/``gradient`` use the whole data set;
    ``batch_gradient`` the points named by ``batch_indices``.
    """

    def __init__(self, x: np.ndarray, y: np.ndarray) -> None:
        x = np.array(x, dtype=np.float64).reshape(-1)
        y = np.array(y, dtype=np.float64).reshape(-1)
        if x.shape != y.shape or x.size < 2 or np.ptp(x) == 0:
            raise LineFitError(message(ERR_POINTS, points=int(min(x.size, y.size))))
        x.flags.writeable = False
        y.flags.writeable = False
        self.x, self.y = x, y
        self._mx, self._mxx = x.mean(), (x * x).mean()
        self._my, self._mxy, self._myy = y.mean(), (x * y).mean(), (y * y).mean()

    @classmethod
    def from_data(cls, data: LineData) -> "LineFitLoss":
        return cls(data.x, data.y)

    @property
    def size(self) -> int:
        return self.x.size

    def value(self, P: np.ndarray) -> np.ndarray:
        """L at every (w, b) of ``P (..., 2)`` → ``(...)``."""
        P = np.asarray(P, dtype=np.float64)
        w, b = P[..., 0], P[..., 1]
        return (w * w * self._mxx + 2 * w * b * self._mx + b * b
                - 2 * w * self._mxy - 2 * b * self._my + self._myy)

    def gradient(self, P: np.ndarray) -> np.ndarray:
        """∇L = (2·mean(r·x), 2·mean(r)) with r = w·x + b − y, at every point of ``P`` → ``(..., 2)``."""
        P = np.asarray(P, dtype=np.float64)
        w, b = P[..., 0], P[..., 1]
        return np.stack([2 * (w * self._mxx + b * self._mx - self._mxy),
                         2 * (w * self._mx + b - self._my)], axis=-1)

    def batch_value(self, P: np.ndarray, batch_indices: np.ndarray) -> np.ndarray:
        """The loss over the points ``batch_indices``: shape ``(B,)`` shared by all points of ``P``,
        or ``(..., B)`` — one batch per point."""
        r = self._residuals(P, batch_indices)[0]
        return np.mean(r * r, axis=-1)

    def batch_gradient(self, P: np.ndarray, batch_indices: np.ndarray) -> np.ndarray:
        """∇ of the loss over the points ``batch_indices`` (shaped as in ``batch_value``) → ``(..., 2)``."""
        r, xb = self._residuals(P, batch_indices)
        return np.stack([2 * np.mean(r * xb, axis=-1), 2 * np.mean(r, axis=-1)], axis=-1)

    def _residuals(self, P, batch_indices):
        P = np.asarray(P, dtype=np.float64)
        idx = np.asarray(batch_indices, dtype=np.intp)
        xb, yb = self.x[idx], self.y[idx]
        return P[..., 0, None] * xb + P[..., 1, None] - yb, xb

    def least_squares(self) -> tuple[float, float]:
        """The (w, b) minimising L (``np.linalg.lstsq`` on [x, 1])."""
        A = np.stack([self.x, np.ones_like(self.x)], axis=-1)
        (w, b), *_ = np.linalg.lstsq(A, self.y, rcond=None)
        return float(w), float(b)


def line_fit_objective(loss: LineFitLoss, name: str = "line_fit") -> Objective:
    """An explorer ``Objective`` for L(w, b): analytic gradient, the least-squares minimum as its
    critical point, and a square box centred on it that also shows the origin's side of the plane."""
    w, b = loss.least_squares()
    half = max(2.0, 1.5 * abs(w), 1.5 * abs(b))
    return Objective(
        name=name,
        title=str(message(TITLE)),
        formula="mean((x0*x + x1 - y)**2)   (x0 = w, x1 = b)",
        f=loss.value,
        grad=loss.gradient,
        box=(w - half, w + half, b - half, b + half),
        critical_points=(CriticalPoint((w, b), "minimum", message(MINIMUM_LABEL)),),
        log_heatmap=False,
        description=str(message(DESCRIPTION)),
    )


@dataclass(frozen=True)
class MiniBatchRun:
    """Mini-batch descent from a batch of starts.

    ``path (N, K+1, 2)`` (step 0 = the starts), ``loss (N, K+1)`` the full-data loss along it,
    ``epochs (K+1,)`` the passes over the data after each step (step·batch_size / n_points).
    A cancelled run holds the steps done so far.
    """

    path: np.ndarray
    loss: np.ndarray
    epochs: np.ndarray
    batch_size: int
    cancelled: bool = False


def minibatch_descent(
    loss: LineFitLoss,
    starts: np.ndarray,
    *,
    batch_size: int,
    lr: float = 0.1,
    steps: int | None = None,
    epochs: float | None = None,
    optimizer: str = "SGD",
    hyper: Mapping[str, float] | None = None,
    sampling: str = "shuffle",
    seed: int | None = 0,
    cancel: CancelToken | None = None,
) -> MiniBatchRun:
    """Mini-batch descent on L from ``starts`` ``(2,)`` or ``(N, 2)``: each step uses the gradient
    of ``batch_size`` points (batch_size = n_points: full-batch descent, no noise at all).

    ``optimizer``/``lr``/``hyper`` name one of ``numerics.optimizers`` (one instance steps every start).
    Give ``steps`` or ``epochs`` (then steps = ceil(epochs·n / batch_size)). Every start draws its
    own batches from one ``np.random.RandomState(seed)``: ``"shuffle"`` walks a fresh permutation of
    the points each epoch, ``"replacement"`` draws each batch independently (the book's way).
    """
    n = loss.size
    if isinstance(batch_size, bool) or int(batch_size) != batch_size or not 1 <= batch_size <= n:
        raise LineFitError(message(ERR_BATCH, points=n, value=batch_size))
    batch_size = int(batch_size)
    if steps is None:
        if epochs is None or not epochs > 0:
            raise LineFitError(message(ERR_STEPS, value=epochs))
        steps = int(np.ceil(epochs * n / batch_size - 1e-9))
    if isinstance(steps, bool) or int(steps) != steps or steps < 1:
        raise LineFitError(message(ERR_STEPS, value=steps))
    if sampling not in ("replacement", "shuffle"):
        raise LineFitError(message(ERR_SAMPLING, value=sampling))
    steps = int(steps)
    x = np.array(starts, dtype=np.float64)
    x = x.reshape(-1, 2)
    n_starts = len(x)
    rng = np.random.RandomState(seed)
    try:
        opt = make_optimizer(optimizer, lr, **dict(hyper or {}))
    except ValueError as exc:
        raise LineFitError(message(ERR_OPTIMIZER, reason=str(exc))) from None
    path = np.empty((n_starts, steps + 1, 2))
    path[:, 0] = x
    order = np.empty((n_starts, 0), dtype=np.intp)
    done = steps
    full = batch_size == n
    for k in range(1, steps + 1):  # a loop over steps; every start moves at once
        if cancel is not None and cancel.cancelled:
            done = k - 1
            break
        if full:
            grad = loss.gradient(x)
        else:
            if sampling == "replacement":
                batch = rng.randint(0, n, size=(n_starts, batch_size))
            else:
                while order.shape[1] < batch_size:  # top up with the next epoch's permutations
                    order = np.concatenate([order, np.argsort(rng.rand(n_starts, n), axis=1)], axis=1)
                batch, order = order[:, :batch_size], order[:, batch_size:]
            grad = loss.batch_gradient(x, batch)
        x = opt.step(x, grad)
        path[:, k] = x
    path = path[:, :done + 1]
    return MiniBatchRun(path, loss.value(path), np.arange(done + 1) * batch_size / n, batch_size,
                        cancelled=done < steps)
