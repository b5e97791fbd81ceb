"""Gradient descent off the GUI thread.

One long-lived ``QThread`` hosts one :class:`DescentWorker`.  The worker owns every active run
(an ``iterate_descent`` generator plus its ``CancelToken``) and advances them round-robin in
small chunks from a zero-interval timer, so its event loop stays free to receive new runs
between chunks.  Progress leaves the thread only through signals, batched to at most
~60 emissions per second, and every array emitted is a fresh copy: a numpy array sent through
a queued signal is shared, not copied, by Qt.

The worker never touches a widget; :class:`DescentWorkerHost` is the GUI-side handle that
starts the thread, forwards requests through queued signals and stops the thread safely
(cancel, ``quit()``, ``wait()``: destroying a running ``QThread`` aborts the interpreter).
"""

from __future__ import annotations

import atexit
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator

import numpy as np
from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

from numerics.descent import CancelToken, DescentConfig, DescentStep, StopReason, iterate_descent

if TYPE_CHECKING:
    from numerics.functions import Objective

# The worker holds the GIL while it computes, and every GUI-thread call into Qt gives the GIL up
# and must wait to get it back. So the worker computes in short slices and then rests, leaving
# the GUI thread whole stretches of time to itself (see benchmarks/bench_gui_responsiveness.py).
# Measured (2 cores, a 100k-step run drawn at 3000 steps/s or instantly): slice 4 ms / rest 4 ms
# keeps the worst GUI delay at 12-16 ms at about half the uncontended descent speed; 6 ms / 3 ms
# computes ~35% more steps but lets the worst delay reach 24-26 ms, too close to the 30 ms goal.
SLICE_SECONDS = 0.004
REST_MS = 4
#: Longest the GUI thread waits for the GIL the worker holds (CPython's default is 5 ms, and a
#: GUI frame makes dozens of calls into Qt, each giving the GIL up and waiting to get it back).
GIL_SWITCH_INTERVAL = 0.0005

# Steps pulled from one run before the round-robin moves on: small enough that fifty runs
# share the thread fairly, large enough that the per-turn bookkeeping stays negligible.
_CHUNK_STEPS = 16


@dataclass
class _ActiveRun:
    """A run the worker is advancing, with the steps computed since the last emission."""

    run_id: int
    token: CancelToken
    steps: Iterator[DescentStep] | None
    objective: Objective
    start: np.ndarray
    config: DescentConfig
    pending_x: list[np.ndarray] = field(default_factory=list)
    pending_v: list[np.ndarray] = field(default_factory=list)
    pending_g: list[np.ndarray] = field(default_factory=list)


class DescentWorker(QObject):
    """Advances descent runs round-robin; lives on its own thread, talks only through signals.

    Signals:
        stepsReady(run_id, xs (n, 2), values (n,), grads (n, 2)): newly computed steps, in order,
            step 0 (the start) first; fresh arrays owned by the receiver.
        runFinished(run_id, stop_reason): the run ended; ``stop_reason`` is a ``StopReason`` value.
        runFailed(run_id, message): the objective or the optimizer raised; the run is dropped
            after its computed steps were emitted.
    """

    stepsReady = Signal(int, object, object, object)
    runFinished = Signal(int, int)
    runFailed = Signal(int, str)

    def __init__(self, *, emit_interval: float = 1 / 60, slice_seconds: float = SLICE_SECONDS,
                 rest_ms: int = REST_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._emit_interval = emit_interval
        self._slice_seconds = slice_seconds
        self._rest_ms = rest_ms
        self._runs: dict[int, _ActiveRun] = {}
        self._order: deque[int] = deque()
        self._last_emit = 0.0
        # Parented to the worker so moveToThread takes the timer along to the worker's thread.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(rest_ms)
        self._timer.timeout.connect(self._tick)

    # -- requests (queued from the GUI thread) -------------------------------------------------
    @Slot(int, object, object, object, object)
    def start_run(self, run_id: int, objective: Objective, start: np.ndarray,
                  config: DescentConfig, token: CancelToken) -> None:
        """Begin advancing a run from ``start`` (shape (2,)) on the next tick."""
        run = _ActiveRun(run_id, token, None, objective,
                         np.array(start, dtype=float).reshape(1, 2), config)
        self._runs[run_id] = run
        self._order.append(run_id)
        if not self._timer.isActive():
            self._timer.start()

    @Slot()
    def stop_all(self) -> None:
        """Cancel and drop every run (used before the thread quits); emits nothing."""
        for run in self._runs.values():
            run.token.cancel()
            self._close(run)
        self._runs.clear()
        self._order.clear()
        self._timer.stop()

    @property
    def active_runs(self) -> int:
        """Number of runs still being advanced (read it from the worker's thread)."""
        return len(self._runs)

    # -- the loop -------------------------------------------------------------------------------
    @Slot()
    def _tick(self) -> None:
        deadline = time.perf_counter() + self._slice_seconds
        # Overflow on a diverging run is a result (reported as DIVERGED), not a warning to print.
        with np.errstate(all="ignore"):
            while self._order and time.perf_counter() < deadline:
                run_id = self._order[0]
                self._order.rotate(-1)
                self._advance(self._runs[run_id])
        now = time.perf_counter()
        if now - self._last_emit >= self._emit_interval:
            self._last_emit = now
            for run in self._runs.values():
                self._flush(run)
        if self._runs:
            self._timer.start()

    def _advance(self, run: _ActiveRun) -> None:
        """Pull up to one chunk of steps from ``run``; finish it when it stops or fails."""
        try:
            if run.steps is None:
                run.steps = iterate_descent(run.objective, run.start, run.config, cancel=run.token)
            for _ in range(_CHUNK_STEPS):
                if run.token.cancelled:
                    self._finish(run, int(StopReason.CANCELLED))
                    return
                step = next(run.steps, None)
                if step is None:  # generator exhausted without a final status: the step budget
                    self._finish(run, int(StopReason.STEP_LIMIT))
                    return
                status = int(step.status[0])
                # A start that diverged or was cancelled keeps its last point without moving:
                # record only new points, exactly as run_descent does.
                if step.moved[0]:
                    run.pending_x.append(step.x[0])
                    run.pending_v.append(step.value[:1])
                    run.pending_g.append(step.grad[0])
                if status != int(StopReason.RUNNING):
                    self._finish(run, status)
                    return
        except Exception as exc:  # noqa: BLE001 - any failure of user maths must reach the user
            self._fail(run, f"{type(exc).__name__}: {exc}")

    def _flush(self, run: _ActiveRun) -> None:
        if not run.pending_x:
            return
        xs = np.array(run.pending_x, dtype=float).reshape(-1, 2)
        values = np.concatenate(run.pending_v).astype(float, copy=True)
        grads = np.array(run.pending_g, dtype=float).reshape(-1, 2)
        run.pending_x.clear()
        run.pending_v.clear()
        run.pending_g.clear()
        self.stepsReady.emit(run.run_id, xs, values, grads)

    def _remove(self, run: _ActiveRun) -> None:
        self._runs.pop(run.run_id, None)
        try:
            self._order.remove(run.run_id)
        except ValueError:
            pass
        self._close(run)

    @staticmethod
    def _close(run: _ActiveRun) -> None:
        if run.steps is not None:
            try:
                run.steps.close()
            except Exception:  # noqa: BLE001 - a generator failing to close must not kill the loop
                pass

    def _finish(self, run: _ActiveRun, reason: int) -> None:
        self._flush(run)
        self._remove(run)
        self.runFinished.emit(run.run_id, reason)

    def _fail(self, run: _ActiveRun, message: str) -> None:
        self._flush(run)
        self._remove(run)
        self.runFailed.emit(run.run_id, message)


# Strong references on purpose: a host dropped while its thread runs would take the QThread
# with it, which aborts the interpreter.
_LIVE_HOSTS: set["DescentWorkerHost"] = set()


@atexit.register
def _shutdown_live_hosts() -> None:
    for host in list(_LIVE_HOSTS):
        try:
            host.shutdown()
        except RuntimeError:  # the Qt side is already gone: nothing left to stop
            pass


class DescentWorkerHost(QObject):
    """GUI-side owner of the one descent thread and its worker.

    ``start_run`` returns at once; results arrive through the re-emitted worker signals on the
    GUI thread.  Cancelling goes through the run's ``CancelToken`` (thread-safe), so it takes
    effect within one step even while the worker is busy.  Call :meth:`shutdown` before the
    host goes away (the window does it in ``closeEvent``).
    """

    stepsReady = Signal(int, object, object, object)
    runFinished = Signal(int, int)
    runFailed = Signal(int, str)

    _startRequested = Signal(int, object, object, object, object)
    _stopRequested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tokens: dict[int, CancelToken] = {}
        self.worker_thread = QThread()
        self.worker_thread.setObjectName("descent-worker")
        self.worker = DescentWorker()
        self.worker.moveToThread(self.worker_thread)
        # Auto connections across threads are queued: the worker runs its slots on its thread.
        self._startRequested.connect(self.worker.start_run)
        self._stopRequested.connect(self.worker.stop_all)
        # quit() may end the worker's event loop before the queued stop request is delivered;
        # finished is emitted on the worker's thread after its loop ends, so a direct connection
        # stops the worker's timer on its own thread (a timer can't be stopped from another).
        self.worker_thread.finished.connect(self.worker.stop_all, Qt.ConnectionType.DirectConnection)
        self.worker.stepsReady.connect(self.stepsReady)
        self.worker.runFinished.connect(self._on_finished)
        self.worker.runFailed.connect(self._on_failed)
        self._shut_down = False
        # Process-wide, but only ever lowered: it matters exactly when a compute thread runs
        # beside the GUI thread, which is what this host sets up.
        if sys.getswitchinterval() > GIL_SWITCH_INTERVAL:
            sys.setswitchinterval(GIL_SWITCH_INTERVAL)
        self.worker_thread.start()
        # Last line of defence: a host nobody shut down (a script, a test that forgot to close
        # the window) must not let the interpreter destroy a running QThread, which aborts.
        _LIVE_HOSTS.add(self)

    def start_run(self, run_id: int, objective: Objective, start: np.ndarray,
                  config: DescentConfig) -> None:
        """Queue a descent of ``objective`` from ``start`` (2,) with ``config`` on the worker."""
        if self._shut_down:
            raise RuntimeError("the descent worker has been shut down")
        token = CancelToken()
        self._tokens[run_id] = token
        self._startRequested.emit(run_id, objective, np.array(start, dtype=float), config, token)

    def cancel(self, run_id: int) -> None:
        """Ask the worker to stop ``run_id``; it ends with ``StopReason.CANCELLED`` if still alive."""
        token = self._tokens.get(run_id)
        if token is not None:
            token.cancel()

    def cancel_all(self) -> None:
        """Cancel every run still computing."""
        for token in list(self._tokens.values()):
            token.cancel()

    def is_computing(self, run_id: int) -> bool:
        """Whether the worker has not yet reported the end of ``run_id``."""
        return run_id in self._tokens

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel all runs, stop the thread and wait for it; safe to call twice.

        Returns whether the thread stopped within ``timeout_ms``.
        """
        if self._shut_down:
            return not self.worker_thread.isRunning()
        self._shut_down = True
        _LIVE_HOSTS.discard(self)
        self.cancel_all()
        try:
            self._stopRequested.emit()
        except RuntimeError:  # this QObject's C++ side was already deleted with its parent
            pass
        self.worker_thread.quit()
        stopped = self.worker_thread.wait(timeout_ms)
        self._tokens.clear()
        return bool(stopped)

    @Slot(int, int)
    def _on_finished(self, run_id: int, reason: int) -> None:
        self._tokens.pop(run_id, None)
        self.runFinished.emit(run_id, reason)

    @Slot(int, str)
    def _on_failed(self, run_id: int, message: str) -> None:
        self._tokens.pop(run_id, None)
        self.runFailed.emit(run_id, message)
