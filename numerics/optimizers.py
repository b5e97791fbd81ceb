"""The update rules of chapter 6, over batches of points shaped (N, d).

The arithmetic follows the book's ``common/optimizer.py`` line for line (including its
bias-corrected step size for Adam and its Nesterov rewrite), so the book's comparison figure
comes out the same. Each optimizer keeps one row of state per point, created on the first step.
``step`` returns new positions and never modifies its arguments.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from numerics.messages import QT_TRANSLATE_NOOP, Message, MessageError, literal, message

#: Added to denominators so a zero accumulated gradient does not divide by zero (the book's 1e-7).
EPSILON = 1e-7

OUT_OF_RANGE = QT_TRANSLATE_NOOP("numerics", "{name} must be between {low:g} and {high:g}, got {value:g}")
LR_NOT_POSITIVE = QT_TRANSLATE_NOOP("numerics", "learning rate η must be a positive number, got {lr:g}")
NO_SUCH_HYPER = QT_TRANSLATE_NOOP("numerics", "{optimizer} has no hyper-parameter {name} (it takes: {known})")
NO_HYPER_AT_ALL = QT_TRANSLATE_NOOP("numerics", "{optimizer} has no hyper-parameter {name} (it takes none besides η)")
UNKNOWN_OPTIMIZER = QT_TRANSLATE_NOOP("numerics", "unknown optimizer {name}; choose one of {choices}")
DOC_MOMENTUM = QT_TRANSLATE_NOOP("numerics", "α: how much of the last step is kept")
DOC_DECAY_RATE = QT_TRANSLATE_NOOP("numerics", "ρ: how slowly old squared gradients fade")
DOC_BETA1 = QT_TRANSLATE_NOOP("numerics", "β₁: decay of the first moment (mean gradient)")
DOC_BETA2 = QT_TRANSLATE_NOOP("numerics", "β₂: decay of the second moment (mean squared gradient)")


@dataclass(frozen=True)
class HyperParameter:
    """A tunable constant of an update rule, with the range the user may choose it in."""

    default: float
    low: float
    high: float
    doc: str  # English; ``doc_message`` is the translatable one

    @property
    def doc_message(self) -> Message:
        """``doc`` in the reader's language ("α: how much of the last step is kept")."""
        return literal(self.doc)

    def check(self, name: str, value: float) -> float:
        """``value`` as a float; :class:`~numerics.messages.MessageError` (a ValueError) outside the range."""
        value = float(value)
        if not math.isfinite(value) or not self.low <= value <= self.high:
            raise MessageError(message(OUT_OF_RANGE, name=name, low=self.low, high=self.high, value=value))
        return value


class Optimizer:
    """Base class: holds the learning rate, the hyper-parameters and per-point state."""

    name: ClassVar[str] = "optimizer"
    formula: ClassVar[str] = ""
    HYPERPARAMETERS: ClassVar[dict[str, HyperParameter]] = {}

    def __init__(self, lr: float, **hyper: float) -> None:
        lr = float(lr)
        if not math.isfinite(lr) or lr <= 0:
            raise MessageError(message(LR_NOT_POSITIVE, lr=lr))
        unknown = set(hyper) - set(self.HYPERPARAMETERS)
        if unknown:
            name = sorted(unknown)[0]
            if not self.HYPERPARAMETERS:
                raise MessageError(message(NO_HYPER_AT_ALL, optimizer=self.name, name=repr(name)))
            raise MessageError(message(NO_SUCH_HYPER, optimizer=self.name, name=repr(name),
                                       known=", ".join(self.HYPERPARAMETERS)))
        self.lr = lr
        for key, spec in self.HYPERPARAMETERS.items():
            setattr(self, key, spec.check(key, hyper.get(key, spec.default)))
        self.reset()

    def reset(self) -> None:
        """Forget the accumulated state (velocity, squared gradients, moments)."""
        self._state: dict[str, np.ndarray] = {}

    def state(self) -> dict[str, np.ndarray]:
        """Copies of the per-point state arrays, for the step inspector."""
        return {key: value.copy() for key, value in self._state.items()}

    def keep(self, rows: np.ndarray) -> None:
        """Keep only the state of ``rows`` (a mask or indices): points that stopped leave the batch."""
        for key, buf in self._state.items():
            self._state[key] = buf[rows]

    def extend(self, n: int) -> None:
        """Append ``n`` rows of fresh state (new points joining a running batch)."""
        for key, buf in self._state.items():
            self._state[key] = np.concatenate([buf, np.zeros((n, *buf.shape[1:]), dtype=buf.dtype)])

    def _buffer(self, key: str, like: np.ndarray) -> np.ndarray:
        buf = self._state.get(key)
        if buf is None or buf.shape != like.shape:
            buf = self._state[key] = np.zeros_like(like, dtype=np.float64)
        return buf

    def step(self, x: np.ndarray, grad: np.ndarray) -> np.ndarray:
        raise NotImplementedError


class SGD(Optimizer):
    name = "SGD"
    formula = "x ← x − η·∇f"

    def step(self, x, grad):
        return x - self.lr * grad


class Momentum(Optimizer):
    name = "Momentum"
    formula = "v ← α·v − η·∇f;  x ← x + v"
    HYPERPARAMETERS = {"momentum": HyperParameter(0.9, 0.0, 0.999, DOC_MOMENTUM)}

    def step(self, x, grad):
        v = self._buffer("velocity", x)
        v *= self.momentum
        v -= self.lr * grad
        return x + v


class Nesterov(Optimizer):
    name = "Nesterov"
    formula = "v ← α·v − η·∇f;  x ← x + α²·v − (1 + α)·η·∇f"
    HYPERPARAMETERS = {"momentum": HyperParameter(0.9, 0.0, 0.999, DOC_MOMENTUM)}

    def step(self, x, grad):
        v = self._buffer("velocity", x)
        v *= self.momentum
        v -= self.lr * grad
        return x + self.momentum * self.momentum * v - (1 + self.momentum) * self.lr * grad


class AdaGrad(Optimizer):
    name = "AdaGrad"
    formula = "h ← h + ∇f²;  x ← x − η·∇f / (√h + ε)"

    def step(self, x, grad):
        h = self._buffer("squares", x)
        h += grad * grad
        return x - self.lr * grad / (np.sqrt(h) + EPSILON)


class RMSProp(Optimizer):
    name = "RMSProp"
    formula = "h ← ρ·h + (1 − ρ)·∇f²;  x ← x − η·∇f / (√h + ε)"
    HYPERPARAMETERS = {"decay_rate": HyperParameter(0.99, 0.0, 0.9999, DOC_DECAY_RATE)}

    def step(self, x, grad):
        h = self._buffer("squares", x)
        h *= self.decay_rate
        h += (1 - self.decay_rate) * grad * grad
        return x - self.lr * grad / (np.sqrt(h) + EPSILON)


class Adam(Optimizer):
    name = "Adam"
    formula = "m ← m + (1 − β₁)(∇f − m);  v ← v + (1 − β₂)(∇f² − v);  x ← x − η_t·m / (√v + ε)"
    HYPERPARAMETERS = {
        "beta1": HyperParameter(0.9, 0.0, 0.9999, DOC_BETA1),
        "beta2": HyperParameter(0.999, 0.0, 0.99999, DOC_BETA2),
    }

    def step_size(self, t: int | np.ndarray) -> float | np.ndarray:
        """η_t = η·√(1 − β₂ᵗ)/(1 − β₁ᵗ): both bias corrections folded into the step, as the book does."""
        if np.ndim(t) == 0:
            t = int(t)
            return self.lr * math.sqrt(1.0 - self.beta2**t) / (1.0 - self.beta1**t)
        t = np.asarray(t, dtype=np.float64)
        return self.lr * np.sqrt(1.0 - self.beta2**t) / (1.0 - self.beta1**t)

    def state(self) -> dict[str, np.ndarray]:
        out = super().state()
        out.setdefault("iteration", np.array(0))
        return out

    def step(self, x, grad):
        m = self._buffer("first_moment", x)
        v = self._buffer("second_moment", x)
        # One iteration count per point: points that join a running batch start at t = 1.
        t = self._state.get("iteration")
        if t is None or t.shape != x.shape[:1]:
            t = self._state["iteration"] = np.zeros(x.shape[:1], dtype=np.int64)
        t += 1
        if len(t) and t[0] == t.min() == t.max():
            lr_t = self.step_size(t[0])  # the common case, in the book's scalar arithmetic
        else:
            lr_t = self.step_size(t).reshape(-1, *([1] * (x.ndim - 1)))
        m += (1 - self.beta1) * (grad - m)
        v += (1 - self.beta2) * (grad * grad - v)
        return x - lr_t * m / (np.sqrt(v) + EPSILON)


OPTIMIZERS: dict[str, type[Optimizer]] = {
    cls.name: cls for cls in (SGD, Momentum, Nesterov, AdaGrad, RMSProp, Adam)
}


def make_optimizer(name: str, lr: float, **hyper: float) -> Optimizer:
    """Build an optimizer by name; a bad name or value raises ValueError with the reason
    (a :class:`~numerics.messages.MessageError`: its ``.message`` is translatable)."""
    try:
        cls = OPTIMIZERS[name]
    except KeyError:
        raise MessageError(message(UNKNOWN_OPTIMIZER, name=repr(name), choices=", ".join(OPTIMIZERS))) from None
    return cls(lr, **hyper)
