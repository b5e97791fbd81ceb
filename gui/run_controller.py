"""The runs of the Explorer tab, on the GUI thread: start, buffer, animate, pause, cancel, clear.

The worker computes as fast as it can; the controller keeps every step it receives and reveals
them on the canvas at the speed the user chose (steps per second, or all at once), from one
QTimer. So the animation speed never slows the maths, and pausing a run pauses what the user
sees. Cancelling stops the computation *and* drops what was computed but not yet shown, so the
path ends where the user saw it end.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from gui.workers.descent_worker import DescentWorkerHost
from numerics.descent import DescentConfig, StopReason

if TYPE_CHECKING:
    from numerics.functions import Objective

#: Reveal timer period (30 frames a second): smooth to the eye, and every canvas update repaints
#: its axes too, so 60 Hz would double the GUI thread's drawing for little visible gain.
FRAME_MS = 33
#: A stalled event loop (a modal dialog, a slow export) must not make the animation jump ahead.
_MAX_FRAME_GAP = 0.1
INSTANT = math.inf


class PathCanvas(Protocol):
    """What the controller needs from the canvas (``FieldCanvas`` provides it)."""

    def add_path(self, run_id: int, color: str) -> None: ...
    def set_path(self, run_id: int, xy: np.ndarray) -> None: ...
    def remove_path(self, run_id: int) -> None: ...
    def clear_paths(self) -> None: ...
    def set_highlighted(self, run_ids) -> None: ...


class _Growing:
    """An append-only array of rows that doubles its capacity (amortised O(1) appends)."""

    def __init__(self, row_shape: tuple[int, ...]) -> None:
        self._data = np.empty((64, *row_shape))
        self.n = 0

    def extend(self, rows: np.ndarray) -> None:
        need = self.n + len(rows)
        if need > len(self._data):
            bigger = np.empty((max(need, 2 * len(self._data)), *self._data.shape[1:]))
            bigger[: self.n] = self._data[: self.n]
            self._data = bigger
        self._data[self.n:need] = rows
        self.n = need

    def truncate(self, n: int) -> None:
        self.n = min(self.n, n)

    def view(self, n: int | None = None) -> np.ndarray:
        """Read-only view of the first ``n`` rows (all when ``None``)."""
        out = self._data[: self.n if n is None else min(n, self.n)]
        out = out.view()
        out.flags.writeable = False
        return out


@dataclass(eq=False)
class Run:
    """One descent the user started, as far as it was computed and as far as it is shown.

    ``xs``/``values``/``grads`` give the steps *shown* so far (step 0 is the start); the
    ``received`` counterparts include steps computed but not yet revealed.
    """

    run_id: int
    color: str
    color_index: int
    objective: "Objective"
    config: DescentConfig
    start: np.ndarray
    paused: bool = False
    computing: bool = True
    stop_reason: StopReason | None = None  #: set once the end of the run is shown
    error: str | None = None
    n_shown: int = 0
    _credit: float = 0.0
    _computed_reason: StopReason | None = None
    _xs: _Growing = field(default_factory=lambda: _Growing((2,)))
    _values: _Growing = field(default_factory=lambda: _Growing(()))
    _grads: _Growing = field(default_factory=lambda: _Growing((2,)))

    @property
    def n_received(self) -> int:
        return self._xs.n

    @property
    def xs(self) -> np.ndarray:
        return self._xs.view(self.n_shown)

    @property
    def values(self) -> np.ndarray:
        return self._values.view(self.n_shown)

    @property
    def grads(self) -> np.ndarray:
        return self._grads.view(self.n_shown)

    @property
    def received_xs(self) -> np.ndarray:
        return self._xs.view()

    @property
    def steps_shown(self) -> int:
        """Steps taken as far as shown (the start is step 0, so points − 1)."""
        return max(self.n_shown - 1, 0)

    @property
    def ended(self) -> bool:
        """Whether the user has seen the end of the run (finished, cancelled or failed)."""
        return self.stop_reason is not None or self.error is not None

    @property
    def animating(self) -> bool:
        return not self.ended and (self.n_shown < self.n_received or self.computing)

    def status_text(self) -> str:
        """The run's state in the user's words, as the run table shows it."""
        if self.error is not None:
            return f"failed: {self.error}"
        if self.stop_reason is not None:
            return self.stop_reason.describe()
        if self.paused:
            return "paused"
        return "running"


class RunController(QObject):
    """Owns the runs of the Explorer tab and the one worker thread that computes them.

    Signals:
        runAdded(run_id), runChanged(run_id) (new steps shown, paused/resumed; at most once
        per frame per run), runEnded(run_id, stop_reason) (the end is now shown; for failed runs
        see runFailed), runFailed(run_id, message), runRemoved(run_id), runsCleared().
    """

    runAdded = Signal(int)
    runChanged = Signal(int)
    runEnded = Signal(int, int)
    runFailed = Signal(int, str)
    runRemoved = Signal(int)
    runsCleared = Signal()

    def __init__(self, canvas: PathCanvas, palette: tuple[str, ...], *,
                 speed: float = 60.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self._palette = tuple(palette)
        self._speed = float(speed)
        self._runs: dict[int, Run] = {}
        self._next_id = 1
        self._color_counter = 0
        self.host = DescentWorkerHost(self)
        self.host.stepsReady.connect(self._on_steps)
        self.host.runFinished.connect(self._on_computed)
        self.host.runFailed.connect(self._on_failed)
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._on_frame)
        self._last_frame = time.perf_counter()

    # -- queries -------------------------------------------------------------------------------
    @property
    def worker_thread(self):
        """The one ``QThread`` every run is computed on."""
        return self.host.worker_thread

    @property
    def runs(self) -> dict[int, Run]:
        """The runs in start order (a copy of the mapping; the ``Run`` objects are live)."""
        return dict(self._runs)

    def run(self, run_id: int) -> Run:
        return self._runs[run_id]

    def run_ids(self) -> list[int]:
        return list(self._runs)

    def speed(self) -> float:
        """Steps revealed per second; ``math.inf`` means every step as soon as it is computed."""
        return self._speed

    def any_live(self) -> bool:
        """Whether some run has not reached its end yet."""
        return any(not run.ended for run in self._runs.values())

    # -- starting and stopping -----------------------------------------------------------------
    def start_run(self, objective: "Objective", start, config: DescentConfig) -> int:
        """Start descending ``objective`` from ``start`` (x0, x1) with ``config``; returns the run id."""
        start = np.array(start, dtype=float).reshape(2)
        run_id = self._next_id
        self._next_id += 1
        index = self._color_counter
        self._color_counter += 1
        run = Run(run_id, self._palette[index % len(self._palette)], index, objective, config, start)
        self._runs[run_id] = run
        self.canvas.add_path(run_id, run.color)
        self.host.start_run(run_id, objective, start, config)
        self.runAdded.emit(run_id)
        self._ensure_timer()
        return run_id

    def cancel(self, run_id: int) -> None:
        """Stop ``run_id`` where it is shown now; steps computed but not shown are dropped."""
        run = self._runs.get(run_id)
        if run is None or run.ended:
            return
        self.host.cancel(run_id)
        self._truncate_to_shown(run)
        self._end(run, StopReason.CANCELLED)

    def cancel_all(self) -> None:
        """Cancel every run that has not ended (Esc)."""
        for run_id in list(self._runs):
            self.cancel(run_id)

    def remove(self, run_id: int) -> None:
        """Cancel ``run_id`` if live and forget it, path included."""
        if run_id not in self._runs:
            return
        self.cancel(run_id)
        del self._runs[run_id]
        self.canvas.remove_path(run_id)
        self.runRemoved.emit(run_id)

    def clear(self) -> None:
        """Cancel the live runs and remove every path ("Clear paths")."""
        for run_id in list(self._runs):
            self.host.cancel(run_id)
        self._runs.clear()
        self._color_counter = 0
        self.canvas.clear_paths()
        self.runsCleared.emit()

    def shutdown(self) -> bool:
        """Cancel everything and stop the worker thread (window close); returns whether it stopped."""
        self._timer.stop()
        return self.host.shutdown()

    # -- animation -----------------------------------------------------------------------------
    def set_speed(self, steps_per_second: float) -> None:
        """Reveal ``steps_per_second`` steps per second per run (``math.inf``: instant)."""
        if not steps_per_second > 0:
            raise ValueError("the animation speed must be positive")
        self._speed = float(steps_per_second)
        self._ensure_timer()

    def pause(self, run_id: int) -> None:
        run = self._runs.get(run_id)
        if run is not None and not run.ended and not run.paused:
            run.paused = True
            self.runChanged.emit(run_id)

    def resume(self, run_id: int) -> None:
        run = self._runs.get(run_id)
        if run is not None and run.paused:
            run.paused = False
            run._credit = 0.0
            self._last_frame = time.perf_counter() if not self._timer.isActive() else self._last_frame
            self.runChanged.emit(run_id)
            self._ensure_timer()
            self._maybe_end(run)

    def step(self, run_id: int, n: int = 1) -> None:
        """Pause ``run_id`` (if it is not) and show its next ``n`` steps, as far as computed."""
        run = self._runs.get(run_id)
        if run is None or run.ended:
            return
        run.paused = True
        run._credit = 0.0
        self._reveal(run, min(run.n_shown + n, run.n_received))
        self.runChanged.emit(run_id)
        self._maybe_end(run)

    def pause_all(self) -> None:
        for run_id in list(self._runs):
            self.pause(run_id)

    def resume_all(self) -> None:
        for run_id in list(self._runs):
            self.resume(run_id)

    def step_all(self, n: int = 1) -> None:
        for run_id in list(self._runs):
            self.step(run_id, n)

    def all_paused(self) -> bool:
        live = [run for run in self._runs.values() if not run.ended]
        return bool(live) and all(run.paused for run in live)

    def set_palette(self, palette: tuple[str, ...]) -> None:
        """Recolour every path from ``palette`` (theme change), keeping each run's colour slot."""
        self._palette = tuple(palette)
        for run in self._runs.values():
            run.color = self._palette[run.color_index % len(self._palette)]
            self.canvas.add_path(run.run_id, run.color)
            self._draw(run)
            self.runChanged.emit(run.run_id)

    # -- worker results ------------------------------------------------------------------------
    @Slot(int, object, object, object)
    def _on_steps(self, run_id: int, xs: np.ndarray, values: np.ndarray, grads: np.ndarray) -> None:
        run = self._runs.get(run_id)
        if run is None or run.ended:
            return  # cleared or cancelled while the batch was on its way
        run._xs.extend(xs)
        run._values.extend(values)
        run._grads.extend(grads)
        if run.n_shown == 0:
            # Show the start at once: the click must answer immediately, whatever the speed.
            self._reveal(run, 1)
            self.runChanged.emit(run_id)
        self._ensure_timer()

    @Slot(int, int)
    def _on_computed(self, run_id: int, reason: int) -> None:
        run = self._runs.get(run_id)
        if run is None or run.ended:
            return
        run.computing = False
        run._computed_reason = StopReason(reason)
        self._ensure_timer()
        self._maybe_end(run)

    @Slot(int, str)
    def _on_failed(self, run_id: int, message: str) -> None:
        run = self._runs.get(run_id)
        if run is None or run.ended:
            return
        run.computing = False
        run.error = message
        # Everything computed before the failure is worth seeing.
        self._reveal(run, run.n_received)
        self.runChanged.emit(run_id)
        self.runFailed.emit(run_id, message)

    # -- internals -----------------------------------------------------------------------------
    def _ensure_timer(self) -> None:
        if not self._timer.isActive() and any(r.animating and not r.paused for r in self._runs.values()):
            self._last_frame = time.perf_counter()
            self._timer.start()

    @Slot()
    def _on_frame(self) -> None:
        now = time.perf_counter()
        dt = min(now - self._last_frame, _MAX_FRAME_GAP)
        self._last_frame = now
        busy = False
        for run in list(self._runs.values()):
            if run.ended or run.paused:
                continue
            if run.n_shown < run.n_received:
                if math.isinf(self._speed):
                    target = run.n_received
                else:
                    run._credit += self._speed * dt
                    whole = int(run._credit)
                    run._credit -= whole
                    target = min(run.n_shown + whole, run.n_received)
                if target > run.n_shown:
                    self._reveal(run, target)
                    self.runChanged.emit(run.run_id)
            self._maybe_end(run)
            busy = busy or run.animating
        if not busy:
            self._timer.stop()

    def _reveal(self, run: Run, n: int) -> None:
        if n == run.n_shown:
            return
        run.n_shown = n
        self._draw(run)

    def _draw(self, run: Run) -> None:
        xy = run.xs
        if len(xy) and not np.isfinite(xy).all():
            xy = xy[np.isfinite(xy).all(axis=1)]  # pyqtgraph must never see a non-finite point
        self.canvas.set_path(run.run_id, np.array(xy))

    def _truncate_to_shown(self, run: Run) -> None:
        for buf in (run._xs, run._values, run._grads):
            buf.truncate(run.n_shown)

    def _maybe_end(self, run: Run) -> None:
        if run.ended or run.computing or run.n_shown < run.n_received:
            return
        self._end(run, run._computed_reason or StopReason.STEP_LIMIT)

    def _end(self, run: Run, reason: StopReason) -> None:
        run.stop_reason = StopReason(reason)
        run.paused = False
        run.computing = False
        self.runChanged.emit(run.run_id)
        self.runEnded.emit(run.run_id, int(reason))
