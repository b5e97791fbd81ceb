"""The runs of the Explorer tab, on the GUI thread: start, buffer, animate, pause, cancel, clear.

Every run is computed by one job on the window's :class:`~gui.workers.compute_thread.ComputeThread`
(:func:`gui.model.descent_engine.descent_engine`), which advances all live runs that share a setting
as one batch. The controller stores what arrives (:mod:`gui.model.runs`) and reveals it on the
canvas at the speed the user chose, from one QTimer: the animation speed never slows the maths, and
pausing a run pauses what the user sees. Cancelling stops the computation *and* drops what was
computed but not yet shown, so the path ends where the user saw it end.

Per frame the work is proportional to what changed: one slice per cohort that advanced, one
``runsChanged`` signal for all of them.
"""

from __future__ import annotations

import math
import queue
import time
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Protocol

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from gui.model.descent_engine import CancelRuns, DescentBundle, StartRuns, descent_engine
from gui.model.runs import HISTORY_BUDGET_BYTES, Cohort, Run, history_bytes, reveal_target
from gui.workers.compute_thread import ComputeThread, Job
from numerics.descent import DescentConfig, StopReason

if TYPE_CHECKING:
    from numerics.functions import Objective

#: Reveal timer period (30 frames a second): smooth to the eye, and every canvas update repaints
#: its axes too, so 60 Hz would double the GUI thread's drawing for little visible gain.
FRAME_MS = 33
#: A stalled event loop (a modal dialog, a slow export) must not make the animation jump ahead.
_MAX_FRAME_GAP = 0.1
INSTANT = math.inf
ENGINE_KEY = "explorer-descent"


class PathCanvas(Protocol):
    """What the controller needs from the canvas (``FieldCanvas`` provides it)."""

    def add_cohort(self, cohort: Cohort, color: str) -> None: ...
    def grow_cohort(self, cohort: Cohort, old_n: int, new_n: int) -> None: ...
    def grow_cohorts(self, changes: list[tuple[Cohort, int, int]]) -> None: ...
    def redraw_cohort(self, cohort: Cohort) -> None: ...
    def remove_cohort(self, cohort: Cohort) -> None: ...
    def set_cohort_color(self, cohort: Cohort, color: str) -> None: ...
    def clear_paths(self) -> None: ...
    def set_highlighted(self, run_ids) -> None: ...


class RunController(QObject):
    """Owns the runs of the Explorer tab; their maths runs on ``compute``.

    Signals:
        runsAdded(list[int]), runsChanged(list[int]) (new steps shown, paused/resumed: once per
        frame for every run that changed), runEnded(run_id, stop_reason) (a single run's end is now
        shown), runsEnded(list[int]) (every run whose end is now shown, swarms included),
        runFailed(run_id, message), runRemoved(run_id), runsCleared().
    """

    runsAdded = Signal(object)
    runsChanged = Signal(object)
    runEnded = Signal(int, int)
    runsEnded = Signal(object)
    runFailed = Signal(int, str)
    runRemoved = Signal(int)
    runsCleared = Signal()

    def __init__(self, canvas: PathCanvas, palette: tuple[str, ...], *, compute: ComputeThread | None = None,
                 speed: float = 60.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self._palette = tuple(palette)
        self._speed = float(speed)
        self._owns_compute = compute is None
        self.compute = compute if compute is not None else ComputeThread("descent", parent=self)
        self._runs: dict[int, Run] = {}
        self._cohorts: dict[int, Cohort] = {}  # by first run id, in start order
        self._next_id = 1
        self._color_counter = 0
        self._inbox: queue.SimpleQueue = queue.SimpleQueue()
        self._engine: Job | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._on_frame)
        self._last_frame = time.perf_counter()

    # -- queries -------------------------------------------------------------------------------
    @property
    def worker_thread(self):
        """The one ``QThread`` every run is computed on."""
        return self.compute.thread

    @property
    def runs(self) -> Mapping[int, Run]:
        """The runs in start order (a read-only live view; the ``Run`` objects are live too)."""
        return MappingProxyType(self._runs)

    def run(self, run_id: int) -> Run:
        return self._runs[run_id]

    def run_ids(self) -> list[int]:
        return list(self._runs)

    def cohorts(self) -> list[Cohort]:
        return list(self._cohorts.values())

    def speed(self) -> float:
        """Steps revealed per second; ``math.inf`` means every step as soon as it is computed."""
        return self._speed

    def any_live(self) -> bool:
        """Whether some run has not reached its end yet."""
        return any(not c.ended for c in self._cohorts.values())

    # -- starting and stopping -----------------------------------------------------------------
    def start_run(self, objective: "Objective", start, config: DescentConfig) -> int:
        """Start descending ``objective`` from ``start`` (x0, x1) with ``config``; returns the run id."""
        return self.start_runs(objective, np.array(start, dtype=float).reshape(1, 2), config)[0]

    def start_runs(self, objective: "Objective", starts, config: DescentConfig, *, swarm: bool | None = None) -> list[int]:
        """Start one run from each row of ``starts`` (n, 2), together (a swarm when n > 1).

        Raises ``MemoryError`` with the figure when their history could exceed the budget.
        """
        starts = np.array(starts, dtype=float).reshape(-1, 2)
        config.validate()
        need = history_bytes(len(starts), config.steps)
        if need > HISTORY_BUDGET_BYTES:
            raise MemoryError(f"{len(starts)} runs of {config.steps} steps could need {need / 2**30:.1f} GiB "
                              f"(the limit is {HISTORY_BUDGET_BYTES / 2**30:.0f} GiB): use fewer runs or steps")
        cohort = Cohort(self._next_id, objective, config, starts, self._color_counter,
                        swarm=len(starts) > 1 if swarm is None else swarm)
        self._next_id += cohort.size
        self._color_counter += 1
        color = self._color(cohort)
        self._cohorts[cohort.first_id] = cohort
        ids = cohort.ids
        for member, run_id in enumerate(ids.tolist()):
            self._runs[run_id] = Run(cohort, member, color)
        self.canvas.add_cohort(cohort, color)
        self._inbox.put(StartRuns(ids, starts.copy(), objective, config))
        self._ensure_engine()
        self.runsAdded.emit(ids.tolist())
        self._ensure_timer()
        return ids.tolist()

    def cancel(self, run_id: int) -> None:
        """Stop ``run_id``'s cohort where it is shown now; steps computed but not shown are dropped."""
        run = self._runs.get(run_id)
        if run is not None:
            self._cancel_cohort(run.cohort)

    def cancel_all(self) -> None:
        """Cancel every run that has not ended (Esc)."""
        for cohort in list(self._cohorts.values()):
            self._cancel_cohort(cohort)

    def remove(self, run_id: int) -> None:
        """Cancel ``run_id``'s cohort if live and forget it, paths included."""
        run = self._runs.get(run_id)
        if run is None:
            return
        cohort = run.cohort
        self._cancel_cohort(cohort)
        del self._cohorts[cohort.first_id]
        for rid in cohort.ids.tolist():
            self._runs.pop(rid, None)
            self.runRemoved.emit(rid)
        self.canvas.remove_cohort(cohort)

    def clear(self) -> None:
        """Cancel the live runs and remove every path ("Clear paths")."""
        # Runs are numbered from 1 again: the old engine job goes, and whatever it still computes
        # is dropped with it (a cancelled job delivers nothing more), so no stale step can land on
        # a new run with a reused number.
        old, self._engine = self._engine, None
        self._inbox = queue.SimpleQueue()
        if old is not None:
            old.cancel()
        self._runs.clear()
        self._cohorts.clear()
        self._color_counter = 0
        self._next_id = 1
        self.canvas.clear_paths()
        self.runsCleared.emit()

    def shutdown(self) -> bool:
        """Cancel everything and stop the compute thread if this controller owns it."""
        self._timer.stop()
        if self._engine is not None:
            self._engine.cancel()
        return self.compute.shutdown() if self._owns_compute else True

    # -- animation -----------------------------------------------------------------------------
    def set_speed(self, steps_per_second: float) -> None:
        """Reveal ``steps_per_second`` steps per second per run (``math.inf``: instant)."""
        if not steps_per_second > 0:
            raise ValueError("the animation speed must be positive")
        self._speed = float(steps_per_second)
        self._ensure_timer()

    def pause(self, run_id: int) -> None:
        run = self._runs.get(run_id)
        if run is not None and not run.cohort.ended and not run.cohort.paused:
            run.cohort.paused = True
            self.runsChanged.emit(run.cohort.ids.tolist())

    def resume(self, run_id: int) -> None:
        run = self._runs.get(run_id)
        if run is not None and run.cohort.paused:
            run.cohort.paused = False
            run.cohort.credit = 0.0
            if not self._timer.isActive():
                self._last_frame = time.perf_counter()
            self.runsChanged.emit(run.cohort.ids.tolist())
            self._ensure_timer()
            self._settle(run.cohort)

    def step(self, run_id: int, n: int = 1) -> None:
        """Pause ``run_id``'s cohort (if it is not) and show its next ``n`` steps, as far as computed."""
        run = self._runs.get(run_id)
        if run is None or run.cohort.ended:
            return
        cohort = run.cohort
        cohort.paused = True
        cohort.credit = 0.0
        self._reveal(cohort, min(cohort.n_shown + n, cohort.max_received))
        self.runsChanged.emit(cohort.ids.tolist())
        self._settle(cohort)

    def _each_cohort(self, action) -> None:
        for cohort in list(self._cohorts.values()):
            action(cohort.first_id)

    def pause_all(self) -> None:
        self._each_cohort(self.pause)

    def resume_all(self) -> None:
        self._each_cohort(self.resume)

    def step_all(self, n: int = 1) -> None:
        self._each_cohort(lambda first: self.step(first, n))

    def all_paused(self) -> bool:
        live = [c for c in self._cohorts.values() if not c.ended]
        return bool(live) and all(c.paused for c in live)

    def set_palette(self, palette: tuple[str, ...]) -> None:
        """Recolour every path from ``palette`` (theme change), keeping each cohort's colour slot."""
        self._palette = tuple(palette)
        for cohort in self._cohorts.values():
            color = self._color(cohort)
            for rid in cohort.ids.tolist():
                self._runs[rid].color = color
            self.canvas.set_cohort_color(cohort, color)
        if self._runs:
            self.runsChanged.emit(list(self._runs))

    def _color(self, cohort: Cohort) -> str:
        return self._palette[cohort.color_index % len(self._palette)]

    # -- the compute job -----------------------------------------------------------------------
    def _ensure_engine(self) -> None:
        if self._engine is None or not self._engine.running:
            job = self.compute.submit(descent_engine, self._inbox, key=ENGINE_KEY)
            job.yielded.connect(self._on_bundle)
            job.done.connect(lambda j=job: self._on_engine_done(j))
            job.errored.connect(self._on_engine_failed)
            self._engine = job

    def _on_engine_done(self, job: Job) -> None:
        if self._engine is not job:
            return  # replaced by clear(): its inbox went with it
        self._engine = None
        if not self._inbox.empty() and not self.compute.is_shut_down:
            self._ensure_engine()  # a run arrived while the last job was finishing

    @Slot(object)
    def _on_engine_failed(self, error) -> None:
        # The engine reports user-maths failures per run; reaching here is a bug: every live run fails.
        for cohort in list(self._cohorts.values()):
            if not cohort.ended:
                self._fail(cohort, str(error))

    @Slot(object)
    def _on_bundle(self, bundle: DescentBundle) -> None:
        touched: set[int] = set()
        if len(bundle.ids):
            for first, sel in self._by_cohort(bundle.ids):
                cohort = self._cohorts[first]
                if cohort.ended:
                    continue
                cohort.receive(bundle.ids[sel] - first, bundle.step[sel], bundle.x[sel],
                               bundle.value[sel], bundle.grad[sel])
                touched.add(first)
        if len(bundle.ended_ids):
            for first, rows in self._by_cohort(bundle.ended_ids):
                cohort = self._cohorts[first]
                if not cohort.ended:
                    cohort.mark_computed(bundle.ended_ids[rows] - first, bundle.ended_status[rows])
                    touched.add(first)
        for ids, message in bundle.failures:
            for first, _rows in self._by_cohort(ids):
                self._fail(self._cohorts[first], message)
        for first in touched:
            cohort = self._cohorts[first]
            if cohort.n_shown == 0 and cohort.max_received:
                # Show the start at once: the click must answer immediately, whatever the speed.
                self._reveal(cohort, 1)
                self.runsChanged.emit(cohort.ids.tolist())
            self._settle(cohort)
        self._ensure_timer()

    def _by_cohort(self, ids: np.ndarray):
        """Group run ids into (cohort first id, row indices into ``ids``) for the live cohorts.

        One sort and one search for all of them: cohorts hold consecutive ids, so each cohort's
        rows are one contiguous stretch of the sorted ids.
        """
        if not len(ids) or not self._cohorts:
            return
        firsts = np.fromiter(self._cohorts, dtype=np.int64, count=len(self._cohorts))
        order = np.argsort(ids, kind="stable")
        sorted_ids = ids[order]
        lo = np.searchsorted(sorted_ids, firsts, side="left")
        sizes = np.fromiter((c.size for c in self._cohorts.values()), dtype=np.int64, count=len(firsts))
        hi = np.searchsorted(sorted_ids, firsts + sizes, side="left")
        for k in np.flatnonzero(hi > lo):
            yield int(firsts[k]), order[lo[k]:hi[k]]

    # -- internals -----------------------------------------------------------------------------
    def _ensure_timer(self) -> None:
        if not self._timer.isActive() and any(c.animating and not c.paused for c in self._cohorts.values()):
            self._last_frame = time.perf_counter()
            self._timer.start()

    @Slot()
    def _on_frame(self) -> None:
        now = time.perf_counter()
        dt = min(now - self._last_frame, _MAX_FRAME_GAP)
        self._last_frame = now
        active = [c for c in self._cohorts.values() if not c.ended and not c.paused]
        changed, grown = [], []
        for cohort in active:
            if cohort.n_shown < cohort.max_received:
                target = reveal_target(cohort, self._speed, dt)
                if target > cohort.n_shown:
                    grown.append((cohort, cohort.n_shown, target))
                    cohort.n_shown = target
                    changed.append(cohort)
        if grown:
            self.canvas.grow_cohorts(grown)  # one drawing pass for the whole frame
        busy = False
        for cohort in active:
            self._settle(cohort)
            busy = busy or cohort.animating
        if changed:
            self.runsChanged.emit([rid for c in changed for rid in c.ids.tolist()])
        if not busy:
            self._timer.stop()

    def _reveal(self, cohort: Cohort, n: int) -> None:
        if n == cohort.n_shown:
            return
        old, cohort.n_shown = cohort.n_shown, n
        self.canvas.grow_cohort(cohort, old, n)

    def _settle(self, cohort: Cohort) -> None:
        members = cohort.settle()
        if len(members):
            self._announce_ends(cohort, members)

    def _announce_ends(self, cohort: Cohort, members: np.ndarray) -> None:
        ids = (members + cohort.first_id).tolist()
        if cohort.ended:
            cohort.paused = False
        self.runsChanged.emit(ids)
        self.runsEnded.emit(ids)
        if not cohort.swarm:
            for rid in ids:
                self.runEnded.emit(rid, int(self._runs[rid].stop_reason))

    def _cancel_cohort(self, cohort: Cohort) -> None:
        if cohort.ended:
            return
        self._inbox.put(CancelRuns(cohort.ids))
        old = cohort.max_received
        members = cohort.cancel()
        if old > cohort.n_shown:
            self.canvas.redraw_cohort(cohort)
        self._announce_ends(cohort, members)

    def _fail(self, cohort: Cohort, message: str) -> None:
        if cohort.ended:
            return
        cohort.error = message
        # Everything computed before the failure is worth seeing.
        self._reveal(cohort, cohort.max_received)
        ids = cohort.ids.tolist()
        self.runsChanged.emit(ids)
        for rid in ids:
            self.runFailed.emit(rid, message)
