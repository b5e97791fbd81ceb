"""Gradient descent: the book's one-shot function and the stepwise runner behind the GUI.

``iterate_descent`` walks a whole batch of starts at once and yields every step, so a worker
thread can stream a run to the window while it is being computed; ``run_descent`` collects the
same steps into arrays. Both end each start with a reason: the step limit, convergence
(|∇f| < tol), divergence (a non-finite value, or a point far outside the view box — the start
keeps its last finite point) or cancellation (a token checked before every step).
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Callable, Iterator

import numpy as np

from numerics.differentiation import SCHEMES, UNKNOWN_SCHEME, numerical_gradient
from numerics.messages import QT_TRANSLATE_NOOP, Message, MessageError, message
from numerics.optimizers import OPTIMIZERS, UNKNOWN_OPTIMIZER, make_optimizer

#: Valid ranges of the run settings: the single source of truth for every front end.
LIMITS: dict[str, tuple[float, float]] = {
    "lr": (1e-12, 1e3),
    "steps": (1, 1_000_000),
    "tol": (0.0, 1.0),
    "h": (1e-50, 1.0),
}

# The words of a run's stop reason (the runner's; what the user reads is its verdict,
# numerics.diagnosis) and of a refused DescentConfig.
RUNNING_TEXT = QT_TRANSLATE_NOOP("numerics", "running")
STEP_LIMIT_TEXT = QT_TRANSLATE_NOOP("numerics", "step limit reached")
CONVERGED_TEXT = QT_TRANSLATE_NOOP("numerics", "converged (|∇f| below tolerance)")
DIVERGED_TEXT = QT_TRANSLATE_NOOP("numerics", "diverged — try a smaller learning rate η")
CANCELLED_TEXT = QT_TRANSLATE_NOOP("numerics", "cancelled")
NAME_LR = QT_TRANSLATE_NOOP("numerics", "learning rate η")
NAME_STEPS = QT_TRANSLATE_NOOP("numerics", "step count")
NAME_TOL = QT_TRANSLATE_NOOP("numerics", "tolerance")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("numerics", "{name} must be a number, got {value}")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("numerics", "{name} must be between {low:g} and {high:g}, got {value:g}")
LR_NOT_POSITIVE = QT_TRANSLATE_NOOP("numerics", "learning rate η must be positive")
STEPS_NOT_WHOLE = QT_TRANSLATE_NOOP("numerics", "step count must be a whole number, got {value}")
BAD_ESCAPE_BOX = QT_TRANSLATE_NOOP("numerics", "escape box must be (x0_min, x0_max, x1_min, x1_max), got {box}")

#: A start diverged when it leaves its escape box grown by this factor around the box centre.
ESCAPE_FACTOR = 1000.0


def gradient_descent(f: Callable[[np.ndarray], np.ndarray], init_x, lr: float = 0.01, step_num: int = 100) -> np.ndarray:
    """The book's ``gradient_descent``: ``step_num`` steps of x ← x − lr·∇f(x), numerical ∇f.

    Unlike the book it never modifies ``init_x``; ``init_x`` may also be a batch ``(N, d)``,
    every start descending at once.
    """
    x = np.array(init_x, dtype=np.float64)
    with np.errstate(over="ignore", invalid="ignore"):
        for _ in range(step_num):
            x -= lr * numerical_gradient(f, x)
    return x


class StopReason(IntEnum):
    """Why a start stopped; RUNNING while it is still descending."""

    RUNNING = 0
    STEP_LIMIT = 1
    CONVERGED = 2
    DIVERGED = 3
    CANCELLED = 4

    def describe(self) -> str:
        """The reason in English words ("step limit reached")."""
        return _DESCRIPTIONS[self]

    def describe_message(self) -> Message:
        """The reason as a translatable Message."""
        return message(_DESCRIPTIONS[self])


_DESCRIPTIONS = {
    StopReason.RUNNING: RUNNING_TEXT,
    StopReason.STEP_LIMIT: STEP_LIMIT_TEXT,
    StopReason.CONVERGED: CONVERGED_TEXT,
    StopReason.DIVERGED: DIVERGED_TEXT,
    StopReason.CANCELLED: CANCELLED_TEXT,
}


class CancelToken:
    """Thread-safe flag a runner checks before every step."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


@dataclass(frozen=True)
class DescentConfig:
    """Everything that decides a run, apart from the function and the starts."""

    optimizer: str = "SGD"
    lr: float = 0.1
    hyper: tuple[tuple[str, float], ...] = ()
    steps: int = 100
    tol: float = 1e-8
    h: float = 1e-4
    scheme: str = "central"
    analytic: bool = True
    escape_box: tuple[float, float, float, float] | None = None

    def validate(self) -> "DescentConfig":
        """Raise ValueError naming the first bad setting; return self so calls can chain.

        The error is a :class:`~numerics.messages.MessageError`: ``.message`` is translatable.
        """
        if self.optimizer not in OPTIMIZERS:
            raise MessageError(message(UNKNOWN_OPTIMIZER, name=repr(self.optimizer), choices=", ".join(OPTIMIZERS)))
        for name, words in (("lr", message(NAME_LR)), ("steps", message(NAME_STEPS)), ("tol", message(NAME_TOL)),
                            ("h", "h")):
            value = getattr(self, name)
            low, high = LIMITS[name]
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                raise MessageError(message(NOT_A_NUMBER, name=words, value=repr(value)))
            if not low <= value <= high:
                raise MessageError(message(OUT_OF_RANGE, name=words, low=low, high=high, value=value))
        if self.lr <= 0:
            raise MessageError(message(LR_NOT_POSITIVE))
        if int(self.steps) != self.steps:
            raise MessageError(message(STEPS_NOT_WHOLE, value=repr(self.steps)))
        if self.scheme not in SCHEMES:
            raise MessageError(message(UNKNOWN_SCHEME, name=repr(self.scheme), choices=", ".join(SCHEMES)))
        if self.escape_box is not None:
            x0a, x0b, x1a, x1b = (float(v) for v in self.escape_box)
            if not (x0a < x0b and x1a < x1b) or not all(map(math.isfinite, (x0a, x0b, x1a, x1b))):
                raise MessageError(message(BAD_ESCAPE_BOX, box=repr(self.escape_box)))
        make_optimizer(self.optimizer, self.lr, **dict(self.hyper))  # checks the hyper-parameters
        return self


@dataclass(frozen=True)
class DescentStep:
    """The state of every start after one step (step 0 = the starts). Arrays are fresh copies.

    ``moved[i]`` says whether ``x[i]`` is a new point of start i's path at this step; a start
    that diverged or was cancelled keeps its last point, with ``moved`` False.
    """

    step: int
    x: np.ndarray
    value: np.ndarray
    grad: np.ndarray
    status: np.ndarray
    moved: np.ndarray


def _gradient_function(objective, config: DescentConfig):
    numerical = not (config.analytic and objective.has_analytic_gradient)
    return lambda p: objective.gradient(p, numerical=numerical, h=config.h, scheme=config.scheme)


def _escape_test(box):
    """A test for points far outside ``box``, or None when there is no box to escape."""
    if box is None:
        return None
    lo = np.array([box[0], box[2]], dtype=np.float64)
    hi = np.array([box[1], box[3]], dtype=np.float64)
    centre, half = (lo + hi) / 2, (hi - lo) / 2 * ESCAPE_FACTOR

    def escaped(p: np.ndarray) -> np.ndarray:
        # Column by column: numpy's reductions along a length-2 axis cost more than the maths.
        out = np.abs(p[:, 0] - centre[0]) > half[0]
        out |= np.abs(p[:, 1] - centre[1]) > half[1]
        return out

    return escaped


def _finite_rows(x: np.ndarray, value: np.ndarray, grad: np.ndarray) -> np.ndarray:
    """Rows whose position, value and gradient are all finite.

    Each entry is tested on its own: a sum of finite values may overflow (1e308 + 1e308), and
    such a point has not diverged.
    """
    ok = np.isfinite(value)
    for j in range(x.shape[-1]):  # d columns (d = 2), not a loop over points
        ok &= np.isfinite(x[:, j])
        ok &= np.isfinite(grad[:, j])
    return ok


def _squared_norms(grad: np.ndarray) -> np.ndarray:
    return np.einsum("ij,ij->i", grad, grad)


def _descend(objective, starts, config: DescentConfig, cancel: CancelToken | None,
             fresh: bool = True) -> Iterator[DescentStep]:
    """The runner proper.

    With ``fresh`` every step gets new arrays (safe to hand to another thread); without it the
    working arrays are updated in place, which is what batch consumers that keep only the end
    state (basin maps) want.
    """
    config.validate()
    x = np.array(starts, dtype=np.float64)
    if x.ndim != 2:
        raise ValueError(f"starts must be shaped (N, d), got {x.shape}")
    optimizer = make_optimizer(config.optimizer, config.lr, **dict(config.hyper))
    gradient = _gradient_function(objective, config)
    escaped = _escape_test(config.escape_box)
    tol2 = config.tol * config.tol
    n = len(x)
    with np.errstate(all="ignore"):
        value = np.asarray(objective.value(x), dtype=np.float64)
        grad = np.asarray(gradient(x), dtype=np.float64)
        status = np.zeros(n, dtype=np.int8)
        ok = _finite_rows(x, value, grad)
        status[~ok] = StopReason.DIVERGED
        status[ok & (_squared_norms(grad) < tol2)] = StopReason.CONVERGED
        yield DescentStep(0, x, value, grad, status, np.isfinite(x).all(axis=1))

        for k in range(1, int(config.steps) + 1):
            alive = status == StopReason.RUNNING
            n_alive = np.count_nonzero(alive)
            if n_alive == 0:
                return
            if cancel is not None and cancel.cancelled:
                status = status.copy() if fresh else status
                status[alive] = StopReason.CANCELLED
                yield DescentStep(k, x, value, grad, status, np.zeros(n, dtype=bool))
                return
            if fresh:
                status = status.copy()
            if n_alive == n:
                p = optimizer.step(x, grad)
            else:
                # The optimizer steps the whole batch so its per-point state keeps its shape;
                # only the rows still running take the new position.
                idx = np.flatnonzero(alive)
                p = optimizer.step(x, np.where(alive[:, None], grad, 0.0))[idx]
            new_value = np.asarray(objective.value(p), dtype=np.float64)
            new_grad = np.asarray(gradient(p), dtype=np.float64)
            ok = _finite_rows(p, new_value, new_grad)
            if escaped is not None:
                ok &= ~escaped(p)
            converged = _squared_norms(new_grad) < tol2
            if n_alive == n and ok.all():
                # Common case: every start moved. The new arrays become the state as they are.
                x, value, grad = p, new_value, new_grad
                status[converged] = StopReason.CONVERGED
                moved = np.ones(n, dtype=bool)
            else:
                if n_alive == n:
                    idx = np.arange(n)
                if fresh:
                    x, value, grad = x.copy(), value.copy(), grad.copy()
                accept = idx[ok]
                x[accept] = p[ok]
                value[accept] = new_value[ok]
                grad[accept] = new_grad[ok]
                status[idx[~ok]] = StopReason.DIVERGED
                status[accept[converged[ok]]] = StopReason.CONVERGED
                moved = np.zeros(n, dtype=bool)
                moved[accept] = True
            if k == config.steps:
                status[status == StopReason.RUNNING] = StopReason.STEP_LIMIT
            yield DescentStep(k, x, value, grad, status, moved)


def iterate_descent(objective, starts, config: DescentConfig, cancel: CancelToken | None = None) -> Iterator[DescentStep]:
    """Descend from a batch of starts ``(N, d)``, yielding one ``DescentStep`` per step.

    The runner allocates new arrays every step and never touches them again, so a step may be
    handed to another thread as it is.
    """
    yield from _descend(objective, starts, config, cancel)


def descend_to_end(objective, starts, config: DescentConfig, cancel: CancelToken | None = None,
                   progress: Callable[[float], None] | None = None) -> DescentStep:
    """Run a batch to the end keeping only the final state (no history, no per-step copies).

    For batch consumers such as basin maps and benchmarks. ``progress(fraction)`` is called about
    a hundred times, from this thread.
    """
    every = max(1, int(config.steps) // 100)
    last = None
    for last in _descend(objective, starts, config, cancel, fresh=False):
        if progress is not None and last.step % every == 0:
            progress(last.step / config.steps)
    if progress is not None and not (last.status == StopReason.CANCELLED).any():
        progress(1.0)
    return last


@dataclass(frozen=True)
class DescentResult:
    """Every step of a batch of runs; rows past a start's last point are NaN."""

    xs: np.ndarray  # (N, K+1, d)
    values: np.ndarray  # (N, K+1)
    grads: np.ndarray  # (N, K+1, d)
    n_points: np.ndarray  # (N,)
    stop: np.ndarray  # (N,) StopReason codes
    config: DescentConfig = field(repr=False, default=None)

    def path(self, i: int) -> np.ndarray:
        return self.xs[i, : self.n_points[i]]

    @property
    def final_x(self) -> np.ndarray:
        """The last point of every start, shaped (N, d)."""
        rows = np.arange(len(self.n_points))
        return self.xs[rows, np.maximum(self.n_points - 1, 0)]


def run_descent(objective, starts, config: DescentConfig, cancel: CancelToken | None = None) -> DescentResult:
    """Run ``iterate_descent`` to the end and collect its steps into arrays."""
    starts = np.asarray(starts, dtype=np.float64)
    n, d = starts.shape if starts.ndim == 2 else (None, None)
    if n is None:
        raise ValueError(f"starts must be shaped (N, d), got {starts.shape}")
    k = int(config.steps) + 1
    xs = np.full((n, k, d), np.nan)
    values = np.full((n, k), np.nan)
    grads = np.full((n, k, d), np.nan)
    n_points = np.zeros(n, dtype=np.int64)
    stop = np.zeros(n, dtype=np.int8)
    for rec in _descend(objective, starts, config, cancel):
        m = rec.moved
        xs[m, rec.step] = rec.x[m]
        values[m, rec.step] = rec.value[m]
        grads[m, rec.step] = rec.grad[m]
        n_points[m] += 1
        stop = rec.status
    return DescentResult(xs, values, grads, n_points, stop.copy(), config)


@dataclass(frozen=True)
class SwarmStep:
    """What one call of :class:`DescentSwarm` produced, one row per point it touched.

    ``ids`` are the caller's ids of those points, ``step`` how many steps each has taken (0 for a
    start), ``status`` their ``StopReason`` after this step (RUNNING while alive), ``moved`` whether
    ``x`` is a new point of that path (a point that diverged keeps its last finite position).
    Arrays are fresh and never modified afterwards: they may be handed to another thread.
    """

    ids: np.ndarray
    step: np.ndarray
    x: np.ndarray
    value: np.ndarray
    grad: np.ndarray
    status: np.ndarray
    moved: np.ndarray

    def __len__(self) -> int:
        return len(self.ids)


class DescentSwarm:
    """Many runs of one objective and one config, advanced together; runs may join at any time.

    The GUI keeps every live run that shares the function and the settings in one swarm, so a
    thousand clicks cost one vectorised step, not a thousand. Each point has its own step count
    and budget (``config.steps``), and leaves the swarm when it stops; its optimizer state (Adam's
    iteration count included) is its own row, so a point that joins late moves exactly as if it
    had started alone (tested against ``iterate_descent``).
    """

    def __init__(self, objective, config: DescentConfig) -> None:
        self.config = config.validate()
        self.objective = objective
        self._optimizer = make_optimizer(config.optimizer, config.lr, **dict(config.hyper))
        self._gradient = _gradient_function(objective, config)
        self._escaped = _escape_test(config.escape_box)
        self._tol2 = config.tol * config.tol
        self._ids = np.empty(0, dtype=np.int64)
        self._steps = np.empty(0, dtype=np.int64)
        self._x = np.empty((0, 2))
        self._value = np.empty(0)
        self._grad = np.empty((0, 2))

    def __len__(self) -> int:
        """How many points are still descending."""
        return len(self._ids)

    @property
    def ids(self) -> np.ndarray:
        return self._ids.copy()

    def add(self, ids, starts) -> SwarmStep:
        """Start descending from ``starts`` (M, 2) under the caller's ``ids`` (M,); returns step 0.

        A start where f or ∇f is not finite ends at once (DIVERGED), one where |∇f| < tol
        converged before moving; the others join the swarm.
        """
        ids = np.asarray(ids, dtype=np.int64).reshape(-1)
        x = np.array(starts, dtype=np.float64).reshape(-1, 2)
        if len(ids) != len(x):
            raise ValueError(f"{len(ids)} ids for {len(x)} starts")
        with np.errstate(all="ignore"):
            value = np.asarray(self.objective.value(x), dtype=np.float64).reshape(len(x))
            grad = np.asarray(self._gradient(x), dtype=np.float64).reshape(len(x), 2)
            status = np.zeros(len(x), dtype=np.int8)
            ok = _finite_rows(x, value, grad)
            status[~ok] = StopReason.DIVERGED
            status[ok & (_squared_norms(grad) < self._tol2)] = StopReason.CONVERGED
        live = status == StopReason.RUNNING
        n_new = int(np.count_nonzero(live))
        if n_new:
            self._optimizer.extend(n_new)
            self._ids = np.concatenate([self._ids, ids[live]])
            self._steps = np.concatenate([self._steps, np.zeros(n_new, dtype=np.int64)])
            self._x = np.concatenate([self._x, x[live]])
            self._value = np.concatenate([self._value, value[live]])
            self._grad = np.concatenate([self._grad, grad[live]])
        return SwarmStep(ids, np.zeros(len(x), dtype=np.int64), x, value, grad, status,
                         np.isfinite(x).all(axis=1))

    def step(self) -> SwarmStep:
        """Advance every live point by one step; the points that stop leave the swarm."""
        with np.errstate(all="ignore"):
            p = self._optimizer.step(self._x, self._grad)
            new_value = np.asarray(self.objective.value(p), dtype=np.float64).reshape(len(p))
            new_grad = np.asarray(self._gradient(p), dtype=np.float64).reshape(len(p), 2)
            ok = _finite_rows(p, new_value, new_grad)
            if self._escaped is not None:
                ok &= ~self._escaped(p)
            converged = _squared_norms(new_grad) < self._tol2
        steps = self._steps + 1
        status = np.zeros(len(p), dtype=np.int8)
        status[~ok] = StopReason.DIVERGED
        status[ok & converged] = StopReason.CONVERGED
        status[(status == StopReason.RUNNING) & (steps >= self.config.steps)] = StopReason.STEP_LIMIT
        # A point that left the finite world keeps its last finite position (as iterate_descent).
        x = np.where(ok[:, None], p, self._x)
        value = np.where(ok, new_value, self._value)
        grad = np.where(ok[:, None], new_grad, self._grad)
        out = SwarmStep(self._ids, steps, x, value, grad, status, ok)
        self._keep(status == StopReason.RUNNING, steps, x, value, grad)
        return out

    def cancel(self, ids) -> SwarmStep:
        """Stop the live points among ``ids`` where they are (CANCELLED, not moved)."""
        hit = np.isin(self._ids, np.asarray(ids, dtype=np.int64))
        out = SwarmStep(self._ids[hit], self._steps[hit], self._x[hit], self._value[hit], self._grad[hit],
                        np.full(int(hit.sum()), StopReason.CANCELLED, dtype=np.int8), np.zeros(int(hit.sum()), bool))
        if hit.any():
            self._keep(~hit, self._steps, self._x, self._value, self._grad)
        return out

    def _keep(self, rows: np.ndarray, steps, x, value, grad) -> None:
        if rows.all():
            self._steps, self._x, self._value, self._grad = steps, x, value, grad
            return
        self._optimizer.keep(rows)
        self._ids, self._steps = self._ids[rows], steps[rows]
        self._x, self._value, self._grad = x[rows], value[rows], grad[rows]
