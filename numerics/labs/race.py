"""Learning-rate race: one start, one optimizer, several learning rates side by side.

The default preset is the book's ch. 4.4.1 experiment (sphere from (−3, 4), 100 steps of plain
gradient descent with the central-difference gradient, η = 0.1, 10, 1e−10). The book lets the
η = 10 run go all 100 steps and prints its final point, so the preset has no escape box and no
convergence tolerance: it reproduces those final numbers instead of stopping early.

How each lane ended is its :class:`numerics.diagnosis.Diagnosis` — the verdict the whole app uses
(``minimum``, ``oscillating``, ``diverged``, ``gradient_lost``, "barely moved" …), so η = 1 on the
sphere, which flips x to −x for ever, is "oscillating" whatever the step count. The book's
η = 10 lane is "gradient lost": at |x| ≈ 1e13, x ± h == x and the numerical gradient is exactly 0.
"""

from __future__ import annotations

import math
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from numerics.descent import CancelToken, DescentConfig, StopReason
from numerics.diagnosis import Diagnosis, Verdict, diagnose_path, suggest_lr
from numerics.functions import get_objective
from numerics.labs import book
from numerics.jobs import Progress, ProgressMarks, run_to_end
from numerics.labs.lane import LanePath, iter_lane_path
from numerics.messages import QT_TRANSLATE_NOOP, Message, MessageError, message
from numerics.numbers import NumberError, format_number, parse_number
from numerics.types import Box, InspectableObjective, ObjectiveLike

LR_NOT_POSITIVE = QT_TRANSLATE_NOOP("numerics", "the learning rate η must be positive, got {lr}")
LR_NOT_FINITE = QT_TRANSLATE_NOOP("numerics", "the learning rate must be a positive finite number, got {lr}")


@dataclass(frozen=True)
class SeenThroughValues:
    """An ``ObjectiveLike`` with the parts the diagnosis's Hessians read: ``f`` is its ``value``
    and it has no analytic ``grad``, so second differences of f give its curvature. The lab
    runners need only ``ObjectiveLike``; judging how a lane ended must not ask for more."""

    objective: ObjectiveLike

    name = property(lambda self: self.objective.name)
    box = property(lambda self: self.objective.box)
    has_analytic_gradient = property(lambda self: self.objective.has_analytic_gradient)
    f = property(lambda self: self.objective.value)
    grad = None
    critical_points = ()

    def value(self, x):
        return self.objective.value(x)

    def gradient(self, x, *, numerical: bool = False, h: float | None = None, scheme: str = "central"):
        return self.objective.gradient(x, numerical=numerical, h=h, scheme=scheme)


def inspectable(objective: ObjectiveLike) -> InspectableObjective:
    """``objective`` itself when its parts can be read, else :class:`SeenThroughValues` of it."""
    return objective if isinstance(objective, InspectableObjective) else SeenThroughValues(objective)


@dataclass(frozen=True)
class RacePreset:
    """Everything a race needs apart from the learning rates' colours."""

    objective: str = "sphere"
    start: tuple[float, float] = (-3.0, 4.0)
    learning_rates: tuple[float, ...] = (0.1, 10.0, 1e-10)
    steps: int = 100
    optimizer: str = "SGD"
    hyper: tuple[tuple[str, float], ...] = ()
    # The book differentiates numerically (central, h = 1e-4); its η = 10 final point is an
    # artefact of that gradient's rounding at |x| ~ 1e13, so the analytic gradient would not match.
    analytic: bool = False
    h: float = 1e-4
    scheme: str = "central"

    def config(self, lr: float) -> DescentConfig:
        """The descent configuration of one lane: runs every step unless values stop being finite."""
        return DescentConfig(
            optimizer=self.optimizer,
            lr=float(lr),
            hyper=self.hyper,
            steps=self.steps,
            tol=0.0,
            h=self.h,
            scheme=self.scheme,
            analytic=self.analytic,
            escape_box=None,
        )


BOOK_RACE = RacePreset()


def is_book_race(preset: RacePreset) -> bool:
    """Whether ``preset`` is the book's experiment (ch. 4.4.1) whatever its learning rates: the
    sphere from (−3, 4), 100 SGD steps with the central-difference gradient, h = 1e−4."""
    start = tuple(float(v) for v in preset.start)
    return replace(preset, start=start, learning_rates=BOOK_RACE.learning_rates) == BOOK_RACE


def book_final_point(preset: RacePreset, lr: float) -> tuple[float, float] | None:
    """The final point the book prints for the lane of learning rate ``lr``, or None when the
    preset is not the book's experiment or the book has no lane with that rate."""
    return book.RACE_FINAL_POINTS.get(float(lr)) if is_book_race(preset) else None


@dataclass(frozen=True)
class RaceRun:
    """One lane of the race.

    ``path`` and ``values`` hold only the finite steps (a run that overflowed stops at its last finite
    point), so they can go to a plot as they are. ``diagnosis`` says how it ended.
    """

    lr: float
    path: np.ndarray  # (n, 2)
    values: np.ndarray  # (n,)
    final: np.ndarray  # (2,) last finite point
    final_value: float
    final_grad_norm: float
    stop: StopReason
    diagnosis: Diagnosis
    steps_taken: int = field(default=0)

    @property
    def verdict(self) -> Verdict:
        return self.diagnosis.verdict

    @property
    def label(self) -> Message:
        """The table's word: "minimum", "oscillating", "barely moved" …"""
        return self.diagnosis.label


def box_scale(objective: ObjectiveLike) -> float:
    """A length that says how big the objective's region is (its box's diagonal)."""
    x0_min, x0_max, x1_min, x1_max = objective.box
    return float(math.hypot(x0_max - x0_min, x1_max - x1_min))


def lane_run(objective: ObjectiveLike, lr: float, lane: LanePath, config: DescentConfig) -> RaceRun:
    """How one learning rate's lane ended (``config`` is what it ran with), keeping what can be drawn."""
    n = len(lane.xs)
    xs, values, grads = lane.xs, lane.values, lane.grads
    finite = np.isfinite(xs).all(axis=1) & np.isfinite(values)
    # A run that overflowed keeps only its finite prefix: that is what can be drawn.
    if not finite.all():
        first_bad = int(np.argmin(finite))
        xs, values, grads = xs[:first_bad], values[:first_bad], grads[:first_bad]
    final = xs[-1].copy()
    final_value = float(values[-1])
    grad_norms = np.linalg.norm(grads, axis=1)
    final_grad = float(grad_norms[-1]) if np.isfinite(grad_norms[-1]) else math.inf
    stop = StopReason.DIVERGED if len(xs) < n else lane.stop  # it overflowed after its last finite point
    diagnosis = diagnose_path(inspectable(objective), config, xs, values, grads, stop)
    return RaceRun(
        lr=float(lr),
        path=xs.copy(),
        values=values.copy(),
        final=final,
        final_value=final_value,
        final_grad_norm=final_grad,
        stop=lane.stop,
        diagnosis=diagnosis,
        steps_taken=len(xs) - 1,
    )


def iter_race(
    preset: RacePreset = BOOK_RACE,
    learning_rates: Sequence[float] | None = None,
    objective: ObjectiveLike | None = None,
    cancel: CancelToken | None = None,
) -> Generator[Progress | None, None, list[RaceRun]]:
    """The race as a job (``numerics.jobs``): every learning rate (the preset's unless given) from
    the same start with the same optimizer, lane after lane; returns the runs in that order."""
    objective = objective if objective is not None else get_objective(preset.objective)
    lrs = preset.learning_rates if learning_rates is None else tuple(learning_rates)
    for lr in lrs:
        if not (math.isfinite(lr) and lr > 0):
            raise MessageError(message(LR_NOT_FINITE, lr=repr(lr)))
    configs = [preset.config(lr).validate() for lr in lrs]  # every lane's settings before any work
    marks = ProgressMarks(len(lrs) * preset.steps)
    runs = []
    for i, (lr, config) in enumerate(zip(lrs, configs)):
        lane = yield from iter_lane_path(objective, preset.start, config, cancel,
                                         report=lambda step, done=i * preset.steps: marks.at(done + step))
        runs.append(lane_run(objective, lr, lane, config))
    return runs


def run_race(
    preset: RacePreset = BOOK_RACE,
    learning_rates: Sequence[float] | None = None,
    objective: ObjectiveLike | None = None,
    cancel: CancelToken | None = None,
) -> list[RaceRun]:
    """:func:`iter_race` run to its end on this thread."""
    return run_to_end(iter_race(preset, learning_rates, objective, cancel))


#: A suggestion rounded up by more than this (relative) is rounded down instead: 1/λmax from a
#: numerical Hessian is 0.4999999 on the sphere, and 0.5 is what it means.
NICE_RTOL = 1e-6


def nice_learning_rate(eta: float, digits: int = 3) -> float:
    """``eta`` to ``digits`` significant digits, never above it by more than ``NICE_RTOL`` (a
    suggested η is an upper bound of what is safe)."""
    if not (math.isfinite(eta) and eta > 0):
        return eta
    scale = 10.0 ** (math.floor(math.log10(eta)) - digits + 1)
    units = round(eta / scale)
    if units * scale > eta * (1 + NICE_RTOL):
        units -= 1
    return float(f"{units * scale:.{digits}g}")


def suggested_learning_rate(preset: RacePreset, objective: ObjectiveLike | None = None) -> float:
    """A safe η for plain gradient descent from the preset's start (``numerics.diagnosis.suggest_lr``:
    1/λmax over the part of the view below the start), as :func:`nice_learning_rate`."""
    objective = objective if objective is not None else get_objective(preset.objective)
    return nice_learning_rate(float(suggest_lr(objective, preset.start, objective.box)))


def parse_learning_rate(text: str) -> float:
    """Read a learning rate typed by the user (``0.1``, ``1e−10``, ``η = 10``).

    Raises :class:`~numerics.numbers.NumberError` (a ``ValueError`` with a ``.message``) saying what
    is wrong.
    """
    lr = parse_number(text, name="η")
    if lr <= 0:
        raise NumberError(message(LR_NOT_POSITIVE, lr=format_number(lr)), text.strip())
    return lr


def positive_for_log(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Indices and values that a log-y plot can show (finite and > 0)."""
    values = np.asarray(values, dtype=float)
    keep = np.isfinite(values) & (values > 0)
    return np.flatnonzero(keep), values[keep]


def clip_to_box(path: np.ndarray, box: Box, factor: float = 3.0) -> np.ndarray:
    """The part of a path worth drawing: its leading points inside ``box`` grown ``factor``× about
    its centre, plus the first segment that leaves it cut at the boundary.

    A diverging run's next points are 1e13 away; drawing them only makes a line to nowhere (and
    Qt's painter loses precision). The cut segment still shows which way the run left.
    """
    path = np.asarray(path, dtype=np.float64).reshape(-1, 2)
    lo = np.array([box[0], box[2]])
    hi = np.array([box[1], box[3]])
    centre, half = (lo + hi) / 2, (hi - lo) / 2 * factor
    inside = np.isfinite(path).all(axis=1) & (np.abs(path - centre) <= half).all(axis=1)
    if inside.all() or not inside[0]:
        return path.copy() if inside.all() else path[:0].copy()
    k = int(np.argmin(inside))  # first point outside
    a, b = path[k - 1], path[k]
    if not np.isfinite(b).all():
        return path[:k].copy()
    d = b - a
    # The largest t in (0, 1] that keeps a + t·d inside the grown box.
    with np.errstate(divide="ignore", invalid="ignore"):
        t_hi = np.where(d > 0, (centre + half - a) / d, np.where(d < 0, (centre - half - a) / d, np.inf))
    t = float(min(1.0, np.min(t_hi)))
    return np.vstack([path[:k], a + t * d])
