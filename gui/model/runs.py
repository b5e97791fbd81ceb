"""The Explorer's runs as data (Qt-free): what was computed, what is shown, how each ended.

Runs started together — one click, or a swarm of thousands dropped at once — form a
:class:`Cohort`: they take their steps in lockstep, so their history is one array ``(steps, n, 2)``
and revealing the next steps of all of them is one slice, whatever ``n``. A :class:`Run` is a
light view of one member, with the attributes the table, the readouts, the CSV and the session
read.

Each cohort reveals its steps at the animation speed from its own clock (``credit``), so pausing a
run pauses what the user sees while the computation runs ahead.

Once a run's end is shown, its :class:`numerics.diagnosis.Diagnosis` (what really happened, in
one verdict and one sentence) is stored in ``Cohort.diagnoses`` by ``gui.run_verdicts``; the
readouts show that, never the runner's bare stop reason.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field

import numpy as np

from numerics.descent import DescentConfig, StopReason
from numerics.diagnosis import CANCELLED, TAIL_POINTS, Diagnosis, RunTails
from numerics.messages import QT_TRANSLATE_NOOP, Message, message

#: What a run says while its end is shown but its verdict is still being worked out (a swarm's
#: verdicts are computed as a job, a few milliseconds after its end).
JUDGING = QT_TRANSLATE_NOOP("numerics", "Ended at step {steps}; working out what happened …")
FAILED = QT_TRANSLATE_NOOP("numerics", "failed: {error}")

#: Memory a cohort may ask for up front: its history is (steps + 1) × runs × 5 float64.
HISTORY_BUDGET_BYTES = 2 * 1024**3
_BYTES_PER_POINT = 5 * 8  # x (2), f (1), ∇f (2)


def history_bytes(n_runs: int, steps: int) -> int:
    """The most memory the history of ``n_runs`` runs of ``steps`` steps can take."""
    return int(n_runs) * (int(steps) + 1) * _BYTES_PER_POINT


@dataclass(eq=False)
class Cohort:
    """Runs started together with one function and one config; row k of the history is step k."""

    first_id: int
    objective: object
    config: DescentConfig
    starts: np.ndarray  # (n, 2)
    color_index: int
    swarm: bool = False
    paused: bool = False
    error: str | None = None
    n_shown: int = 0  #: points shown per member (a member shows min(n_received, n_shown))
    credit: float = 0.0
    #: A cancelled run replayed from a session: computed only to the step it was cancelled at
    #: (``config.steps``), then it ends as cancelled there; ``requested_steps`` is the step limit
    #: it was first started with (what a saved session records again).
    replay_cancelled: bool = False
    requested_steps: int | None = None
    _x: np.ndarray = field(init=False, repr=False)
    _v: np.ndarray = field(init=False, repr=False)
    _g: np.ndarray = field(init=False, repr=False)
    n_received: np.ndarray = field(init=False)  #: (n,) points computed per member
    computed_status: np.ndarray = field(init=False)  #: (n,) StopReason once computed, else RUNNING
    shown_status: np.ndarray = field(init=False)  #: (n,) StopReason once its end is shown
    #: Per member, its verdict once its end is shown and diagnosed (``gui.run_verdicts``), else None.
    diagnoses: list[Diagnosis | None] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        n = len(self.starts)
        cap = min(int(self.config.steps) + 1, 64)
        self._x = np.full((cap, n, 2), np.nan)
        self._v = np.full((cap, n), np.nan)
        self._g = np.full((cap, n, 2), np.nan)
        self.n_received = np.zeros(n, dtype=np.int64)
        self.computed_status = np.zeros(n, dtype=np.int8)
        self.shown_status = np.zeros(n, dtype=np.int8)
        self.diagnoses = [None] * n
        # Counters kept beside the arrays: the reveal timer asks every cohort these questions every
        # frame, and a numpy reduction per question per cohort would cost milliseconds with 1,000.
        self._max_received = 0
        self._computing = n
        self._ended = 0
        self._settle_at = math.inf  # the fewest points shown before some computed end becomes visible

    @property
    def size(self) -> int:
        return len(self.starts)

    @property
    def ids(self) -> np.ndarray:
        return np.arange(self.first_id, self.first_id + self.size)

    @property
    def max_received(self) -> int:
        return self._max_received

    @property
    def computing(self) -> bool:
        return self.error is None and self._computing > 0

    @property
    def ended(self) -> bool:
        """Whether the user has seen the end of every member."""
        return self.error is not None or self._ended == self.size

    @property
    def animating(self) -> bool:
        return not self.ended and (self.n_shown < self.max_received or self.computing)

    # -- history --------------------------------------------------------------------------------
    def receive(self, members: np.ndarray, steps: np.ndarray, x: np.ndarray, v: np.ndarray, g: np.ndarray) -> None:
        """Store computed points: member ``members[i]`` after ``steps[i]`` steps is ``x[i]``."""
        need = int(steps.max()) + 1
        if need > len(self._x):
            cap = max(need, min(2 * len(self._x), int(self.config.steps) + 1))
            for name in ("_x", "_v", "_g"):
                old = getattr(self, name)
                new = np.full((cap, *old.shape[1:]), np.nan)
                new[: len(old)] = old
                setattr(self, name, new)
        self._x[steps, members] = x
        self._v[steps, members] = v
        self._g[steps, members] = g
        # Per member, the highest step received (ufunc.at is ~50× slower than this sort):
        order = np.lexsort((steps, members))
        m, k = members[order], steps[order]
        last = np.flatnonzero(np.r_[m[1:] != m[:-1], True])
        self.n_received[m[last]] = np.maximum(self.n_received[m[last]], k[last] + 1)
        self._max_received = max(self._max_received, need)

    def mark_computed(self, members: np.ndarray, status: np.ndarray) -> None:
        """The computation of ``members`` ended with ``status`` (first report wins)."""
        still = self.computed_status[members] == StopReason.RUNNING
        if self.replay_cancelled:  # it was cancelled at the step its replay stops at
            status = np.full(len(members), StopReason.CANCELLED, dtype=np.int8)
        self.computed_status[members[still]] = status[still]
        self._computing -= int(np.count_nonzero(still))
        if still.any():
            self._settle_at = min(self._settle_at, int(self.n_received[members[still]].min()))

    def truncate_to_shown(self) -> None:
        """Forget what was computed beyond what is shown (a cancelled run ends where it was seen)."""
        self.n_received = np.minimum(self.n_received, self.n_shown)
        self._max_received = min(self._max_received, self.n_shown)
        self._x[self.n_shown:] = np.nan
        self._v[self.n_shown:] = np.nan
        self._g[self.n_shown:] = np.nan

    def shown_count(self, member: int) -> int:
        return int(min(self.n_received[member], self.n_shown))

    def xs(self, member: int, n: int | None = None) -> np.ndarray:
        return _read_only(self._x[: self.shown_count(member) if n is None else n, member])

    def values(self, member: int, n: int | None = None) -> np.ndarray:
        return _read_only(self._v[: self.shown_count(member) if n is None else n, member])

    def grads(self, member: int, n: int | None = None) -> np.ndarray:
        return _read_only(self._g[: self.shown_count(member) if n is None else n, member])

    def tails(self, members: np.ndarray, width: int = TAIL_POINTS) -> RunTails:
        """The shown ends of ``members`` (ended ones) as fresh arrays, for the diagnosis: one
        gather for all of them. A member cancelled before its start was shown ends at its start."""
        members = np.asarray(members, dtype=np.int64)
        count = np.minimum(self.n_received[members], self.n_shown)
        idx = count[:, None] - width + np.arange(width)[None, :]
        ok = idx >= 0
        rows = np.maximum(idx, 0)
        cols = members[:, None]
        xs = np.where(ok[..., None], self._x[rows, cols], np.nan)
        values = np.where(ok, self._v[rows, cols], np.nan)
        grads = np.where(ok[..., None], self._g[rows, cols], np.nan)
        empty = count == 0
        xs[empty, -1] = self.starts[members[empty]]
        return RunTails(self.starts[members].astype(np.float64), self._v[0, members].copy(), self._g[0, members].copy(),
                        xs, values, grads, np.maximum(count - 1, 0), self.shown_status[members].astype(np.int64))

    def block(self, first: int, last: int) -> np.ndarray:
        """Positions of every member for steps ``first … last − 1``: (last − first, n, 2), NaN gaps."""
        return self._x[first:last]

    def current_points(self) -> np.ndarray:
        """Each member's last shown point, (n, 2) (NaN for members with none)."""
        k = np.minimum(self.n_received, self.n_shown) - 1
        out = np.full((self.size, 2), np.nan)
        has = k >= 0
        out[has] = self._x[k[has], np.flatnonzero(has)]
        return out

    # -- ending -------------------------------------------------------------------------------
    def settle(self) -> np.ndarray:
        """Mark the members whose computed end is now shown; returns their indices."""
        if self.n_shown < self._settle_at or self._ended == self.size:
            return _NONE  # no computed end is visible yet, or everything is shown
        done = ((self.shown_status == StopReason.RUNNING) & (self.computed_status != StopReason.RUNNING)
                & (self.n_received <= self.n_shown))
        members = np.flatnonzero(done)
        self.shown_status[members] = self.computed_status[members]
        self._ended += len(members)
        waiting = (self.shown_status == StopReason.RUNNING) & (self.computed_status != StopReason.RUNNING)
        self._settle_at = int(self.n_received[waiting].min()) if waiting.any() else math.inf
        return members

    def cancel(self) -> np.ndarray:
        """End every member not ended yet where it is shown; returns their indices."""
        members = np.flatnonzero(self.shown_status == StopReason.RUNNING)
        self.truncate_to_shown()
        self._computing -= int(np.count_nonzero(self.computed_status[members] == StopReason.RUNNING))
        self.computed_status[members] = StopReason.CANCELLED
        self.shown_status[members] = StopReason.CANCELLED
        self._ended += len(members)
        self.paused = False
        return members


_NONE = np.empty(0, dtype=np.int64)


def _read_only(a: np.ndarray) -> np.ndarray:
    view = a.view()
    view.flags.writeable = False
    return view


class Run:
    """One run, as the readouts see it: a member of a :class:`Cohort`."""

    __slots__ = ("cohort", "member", "color")

    def __init__(self, cohort: Cohort, member: int, color: str) -> None:
        self.cohort = cohort
        self.member = member
        self.color = color

    run_id = property(lambda self: self.cohort.first_id + self.member)
    objective = property(lambda self: self.cohort.objective)
    config = property(lambda self: self.cohort.config)
    color_index = property(lambda self: self.cohort.color_index)
    start = property(lambda self: self.cohort.starts[self.member])
    paused = property(lambda self: self.cohort.paused and not self.ended)
    error = property(lambda self: self.cohort.error)
    n_shown = property(lambda self: self.cohort.shown_count(self.member))
    n_received = property(lambda self: int(self.cohort.n_received[self.member]))
    xs = property(lambda self: self.cohort.xs(self.member))
    values = property(lambda self: self.cohort.values(self.member))
    grads = property(lambda self: self.cohort.grads(self.member))

    @property
    def computing(self) -> bool:
        return self.cohort.error is None and self.cohort.computed_status[self.member] == StopReason.RUNNING

    @property
    def diagnosis(self) -> Diagnosis | None:
        """What really happened (verdict and sentence), once its end is shown and diagnosed."""
        return self.cohort.diagnoses[self.member]

    @property
    def settings(self) -> DescentConfig:
        """The settings the run was started with (a replayed cancelled run computes fewer steps)."""
        config = self.cohort.config
        steps = self.cohort.requested_steps
        return config if steps is None else dataclasses.replace(config, steps=steps)

    @property
    def stop_reason(self) -> StopReason | None:
        """Why the run stopped, once the user has seen it stop."""
        s = int(self.cohort.shown_status[self.member])
        return None if s == StopReason.RUNNING else StopReason(s)

    @property
    def steps_shown(self) -> int:
        """Steps taken as far as shown (the start is step 0, so points − 1)."""
        return max(self.n_shown - 1, 0)

    @property
    def ended(self) -> bool:
        return self.stop_reason is not None or self.error is not None

    @property
    def animating(self) -> bool:
        return not self.ended and (self.n_shown < self.n_received or self.computing)

    def status_message(self) -> Message | None:
        """The sentence that says how the run ended (None while it runs)."""
        if self.error is not None:
            return message(FAILED, error=self.error)
        if self.diagnosis is not None:
            return self.diagnosis.message
        if self.stop_reason == StopReason.CANCELLED:  # nothing to work out: where it was stopped
            n = self.n_shown
            x = self.xs[n - 1] if n else self.start
            f = float(self.values[n - 1]) if n else math.nan
            return message(CANCELLED, steps=self.steps_shown, x0=float(x[0]), x1=float(x[1]), f=f)
        if self.stop_reason is not None:
            return message(JUDGING, steps=self.steps_shown)
        return None

    def status_text(self) -> str:
        """The run's state in the user's words (English): its verdict's sentence once ended."""
        ended = self.status_message()
        if ended is not None:
            return str(ended)
        return "paused" if self.paused else "running"


def reveal_target(cohort: Cohort, speed: float, dt: float) -> int:
    """How many points ``cohort`` shows after ``dt`` seconds more at ``speed`` steps a second."""
    available = cohort.max_received
    if math.isinf(speed):
        return available
    cohort.credit += speed * dt
    whole = int(cohort.credit)
    cohort.credit -= whole
    return min(cohort.n_shown + whole, available)
