"""Step inspector: one optimizer step at a time, written out with its numbers.

The model owns one point and one optimizer (with its state: velocity, accumulated squares,
moments). ``next_step`` asks the optimizer for the update and records what it used and produced;
``describe_step`` writes the update rule with those numbers substituted, so the learner can
check every digit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import ArrayLike

from numerics.diagnosis import stability_bound
from numerics.messages import QT_TRANSLATE_NOOP, Message, MessageError, literal, message
from numerics.numbers import format_number, format_point
from numerics.optimizers import EPSILON, Adam, make_optimizer
from numerics.types import Box, ObjectiveLike, Point


OVERFLOW = QT_TRANSLATE_NOOP(
    "numerics", "This step overflows: the run diverged. At {x}, where these steps started, λmax = {lam_max:.3g}, "
    "so plain gradient descent is stable there only for η < 2/λmax = {eta_max:.3g}; try a smaller η. "
    "The optimizer was reset.")
OVERFLOW_NO_BOUND = QT_TRANSLATE_NOOP(
    "numerics", "This step overflows: the run diverged; try a smaller η. The optimizer was reset.")
GRADIENT_NOT_FINITE = QT_TRANSLATE_NOOP("numerics", "∇f is not finite at {x}; pick another point")
POINT_NOT_FINITE = QT_TRANSLATE_NOOP("numerics", "the point must have finite coordinates, got {point}")
# The lines of describe_step that hold words (the others are the update rule's notation).
LINE_STEP = QT_TRANSLATE_NOOP("numerics", "step {step}:  x = {x},  f(x) = {f}")
LINE_SGD_RESULT = QT_TRANSLATE_NOOP("numerics", "      = {x_new}   (update −η·∇f = {update})")
LINE_UNKNOWN_RULE = QT_TRANSLATE_NOOP("numerics", "x_new = {x_new}   (update {update})")


class StepError(ArithmeticError):
    """The step cannot be taken; ``message`` (a Message) says why, ``str()`` in English."""

    def __init__(self, msg: Message) -> None:
        super().__init__(str(msg))
        self.message = msg


class StepOverflow(StepError):
    """A step would leave the finite numbers; ``message`` (a Message) says so, with the stability
    bound where the steps started (``numerics.diagnosis.stability_bound``; far out, where the
    overflow happens, f's curvature cannot be measured any more)."""


@dataclass(frozen=True)
class StepRecord:
    """Everything about one step: before, the gradient, the optimizer's state, after."""

    step: int  # 1 for the first step from the chosen point
    x: np.ndarray  # (2,)
    value: float
    grad: np.ndarray  # (2,)
    x_new: np.ndarray  # (2,)
    value_new: float
    state_before: dict[str, np.ndarray] = field(default_factory=dict)
    state_after: dict[str, np.ndarray] = field(default_factory=dict)

    @property
    def update(self) -> np.ndarray:
        """x_new − x: for SGD this is −η·∇f."""
        return self.x_new - self.x


class StepInspector:
    """A single point stepped by one optimizer, one step per call."""

    def __init__(self, objective: ObjectiveLike, optimizer: str = "SGD", lr: float = 0.1,
                 hyper: tuple[tuple[str, float], ...] = (), point: Point = (-3.0, 4.0),
                 numerical: bool = False, h: float | None = None, scheme: str = "central") -> None:
        self.objective = objective
        self.optimizer_name = optimizer
        self.lr = float(lr)
        self.hyper = tuple(hyper)
        self.numerical = numerical or not objective.has_analytic_gradient
        self.h = h
        self.scheme = scheme
        self._optimizer = make_optimizer(optimizer, lr, **dict(hyper))
        self.history: list[np.ndarray] = []
        self.records: list[StepRecord] = []
        self.set_point(point)

    # -- settings ---------------------------------------------------------------------------
    def set_point(self, point: Point) -> None:
        """Start again from ``point``: the optimizer forgets its state."""
        p = np.asarray(point, dtype=np.float64).reshape(2)
        if not np.isfinite(p).all():
            raise MessageError(message(POINT_NOT_FINITE, point=repr(point)))
        self._optimizer.reset()
        self.point = p
        self.history = [p.copy()]
        self.records = []

    def set_optimizer(self, optimizer: str, lr: float, hyper: tuple[tuple[str, float], ...] = ()) -> None:
        """Switch update rule or η (ValueError with the reason on a bad value); restarts at the current point."""
        self._optimizer = make_optimizer(optimizer, lr, **dict(hyper))
        self.optimizer_name, self.lr, self.hyper = optimizer, float(lr), tuple(hyper)
        self.set_point(self.point)

    @property
    def step_count(self) -> int:
        return len(self.records)

    @property
    def formula(self) -> str:
        return type(self._optimizer).formula

    @property
    def hyperparameters(self) -> dict[str, float]:
        return {name: float(getattr(self._optimizer, name)) for name in self._optimizer.HYPERPARAMETERS}

    # -- maths ------------------------------------------------------------------------------
    def gradient(self, point: np.ndarray | None = None) -> np.ndarray:
        p = self.point if point is None else np.asarray(point, dtype=np.float64)
        with np.errstate(all="ignore"):
            return self.objective.gradient(p, numerical=self.numerical, h=self.h, scheme=self.scheme)

    def preview(self) -> StepRecord:
        """The step ``next_step`` would take now, without taking it (the optimizer is copied)."""
        import copy

        saved = (self._optimizer, self.point, self.history, self.records)
        self._optimizer = copy.deepcopy(saved[0])
        self.history, self.records = list(saved[2]), list(saved[3])
        try:
            return self.next_step()
        finally:
            self._optimizer, self.point, self.history, self.records = saved

    def _overflow_message(self, x: np.ndarray):
        from numerics.labs.race import inspectable  # the inspector needs only an ObjectiveLike

        lam_max, eta_max = (float(v) for v in stability_bound(inspectable(self.objective), x))
        if math.isfinite(lam_max) and lam_max > 0:
            return message(OVERFLOW, x=vec(x, 4), lam_max=lam_max, eta_max=eta_max)
        return message(OVERFLOW_NO_BOUND)

    def next_step(self) -> StepRecord:
        """Take one step; raises :class:`StepError` (an ``ArithmeticError``; point unchanged) if it
        would leave the finite numbers."""
        x = self.point.copy()
        grad = self.gradient(x)
        if not np.isfinite(grad).all():
            raise StepError(message(GRADIENT_NOT_FINITE, x=f"({x[0]:g}, {x[1]:g})"))
        before = {k: v[0].copy() if v.ndim == 2 else v.copy() for k, v in self._optimizer.state().items()}
        with np.errstate(all="ignore"):
            x_new = self._optimizer.step(x[None, :], grad[None, :])[0]
            value = float(self.objective.value(x))
            value_new = float(self.objective.value(x_new))
        if not (np.isfinite(x_new).all() and math.isfinite(value_new)):
            # Keep the inspector usable: roll the optimizer back to where it was.
            overflow = StepOverflow(self._overflow_message(self.history[0]))
            self.set_optimizer(self.optimizer_name, self.lr, self.hyper)
            raise overflow
        after = {k: v[0].copy() if v.ndim == 2 else v.copy() for k, v in self._optimizer.state().items()}
        record = StepRecord(len(self.records) + 1, x, value, grad, x_new.copy(), value_new, before, after)
        self.records.append(record)
        self.point = x_new.copy()
        self.history.append(x_new.copy())
        return record


# -- writing a step out -----------------------------------------------------------------------

def fmt(value: float) -> str:
    """A number as the inspector writes it: six significant digits (``numerics.numbers``)."""
    return format_number(value, 6)


def vec(v: ArrayLike, digits: int = 6) -> str:
    """A 2-vector as ``(a, b)``."""
    return format_point(np.asarray(v, dtype=np.float64).reshape(2), digits)


def _state(record: StepRecord, key: str, when: str) -> np.ndarray:
    state = record.state_before if when == "before" else record.state_after
    return state.get(key, np.zeros(2))


def describe_step(record: StepRecord, optimizer: str, lr: float, hyper: dict[str, float]) -> list[str]:
    """:func:`describe_step_messages` in English."""
    return [str(line) for line in describe_step_messages(record, optimizer, lr, hyper)]


def describe_step_messages(record: StepRecord, optimizer: str, lr: float, hyper: dict[str, float]) -> list[Message]:
    """The update of ``record`` written out line by line with its numbers.

    The right-hand sides are the optimizer's own results (its new state and x_new); the middle
    terms are its inputs, so the lines read like a worked example. Lines of pure notation are
    :func:`~numerics.messages.literal` (shown as they are); lines with words are translatable.
    """
    x, g, x_new = record.x, record.grad, record.x_new
    eta = fmt(lr)
    lines: list[Message] = [
        message(LINE_STEP, step=record.step, x=vec(x), f=fmt(record.value)),
        literal(f"∇f(x) = {vec(g)}"),
    ]
    if optimizer == "SGD":
        lines.append(literal(f"x_new = x − η·∇f = {vec(x)} − {eta}·{vec(g)}"))
        lines.append(message(LINE_SGD_RESULT, x_new=vec(x_new), update=vec(record.update)))
    elif optimizer in ("Momentum", "Nesterov"):
        a = fmt(hyper["momentum"])
        v0, v1 = _state(record, "velocity", "before"), _state(record, "velocity", "after")
        lines.append(literal(f"v_new = α·v − η·∇f = {a}·{vec(v0)} − {eta}·{vec(g)} = {vec(v1)}"))
        if optimizer == "Momentum":
            lines.append(literal(f"x_new = x + v_new = {vec(x)} + {vec(v1)} = {vec(x_new)}"))
        else:
            lines.append(literal(f"x_new = x + α²·v_new − (1 + α)·η·∇f = {vec(x)} + {a}²·{vec(v1)} − (1 + {a})·{eta}·{vec(g)}"))
            lines.append(literal(f"      = {vec(x_new)}"))
    elif optimizer in ("AdaGrad", "RMSProp"):
        h0, h1 = _state(record, "squares", "before"), _state(record, "squares", "after")
        if optimizer == "AdaGrad":
            lines.append(literal(f"h_new = h + ∇f² = {vec(h0)} + {vec(g * g)} = {vec(h1)}"))
        else:
            rho = fmt(hyper["decay_rate"])
            lines.append(literal(f"h_new = ρ·h + (1 − ρ)·∇f² = {rho}·{vec(h0)} + (1 − {rho})·{vec(g * g)} = {vec(h1)}"))
        lines.append(literal(f"x_new = x − η·∇f / (√h_new + ε) = {vec(x)} − {eta}·{vec(g)} / ({vec(np.sqrt(h1))} + {fmt(EPSILON)})"))
        lines.append(literal(f"      = {vec(x_new)}"))
    elif optimizer == "Adam":
        b1, b2 = hyper["beta1"], hyper["beta2"]
        t = int(np.ravel(record.state_after.get("iteration", np.array(record.step)))[0])
        lr_t = Adam(lr, beta1=b1, beta2=b2).step_size(t)
        m0, m1 = _state(record, "first_moment", "before"), _state(record, "first_moment", "after")
        s0, s1 = _state(record, "second_moment", "before"), _state(record, "second_moment", "after")
        lines.append(literal(f"t = {t},  η_t = η·√(1 − β₂ᵗ)/(1 − β₁ᵗ) = {eta}·√(1 − {fmt(b2)}^{t})/(1 − {fmt(b1)}^{t}) = {fmt(lr_t)}"))
        lines.append(literal(f"m_new = m + (1 − β₁)(∇f − m) = {vec(m0)} + {fmt(1 - b1)}·({vec(g)} − {vec(m0)}) = {vec(m1)}"))
        lines.append(literal(f"v_new = v + (1 − β₂)(∇f² − v) = {vec(s0)} + {fmt(1 - b2)}·({vec(g * g)} − {vec(s0)}) = {vec(s1)}"))
        lines.append(literal(f"x_new = x − η_t·m_new / (√v_new + ε) = {vec(x)} − {fmt(lr_t)}·{vec(m1)} / ({vec(np.sqrt(s1))} + {fmt(EPSILON)})"))
        lines.append(literal(f"      = {vec(x_new)}"))
    else:  # an optimizer this writer does not know: still show what happened
        lines.append(message(LINE_UNKNOWN_RULE, x_new=vec(x_new), update=vec(record.update)))
    lines.append(literal(f"f(x_new) = {fmt(record.value_new)}   (Δf = {fmt(record.value_new - record.value)})"))
    return lines


def arrow_vectors(record_or_grad: StepRecord | ArrayLike, box: Box, *,
                  max_fraction: float = 0.3) -> tuple[np.ndarray, float]:
    """The ∇f arrow to draw, shortened to at most ``max_fraction`` of the box diagonal.

    Returns (vector, scale): ``scale`` < 1 says the arrow is drawn shorter than ∇f (the label
    says so); gradients are often far longer than the view.
    """
    g = np.asarray(getattr(record_or_grad, "grad", record_or_grad), dtype=np.float64).reshape(2)
    diag = math.hypot(box[1] - box[0], box[3] - box[2])
    norm = float(np.linalg.norm(g))
    if not math.isfinite(norm) or norm == 0:
        return np.zeros(2), 1.0
    limit = max_fraction * diag
    scale = min(1.0, limit / norm)
    return g * scale, scale
