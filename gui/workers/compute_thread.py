"""The one worker mechanism: every computation runs as a generator on one compute thread.

The pattern is napari's ``thread_worker``, made cooperative: a job is a Python generator (from
Qt-free code in ``numerics``, usually) that yields often. The compute thread advances every
active job round-robin in short slices, so a basin map, a lab's preset and fifty descent runs
progress side by side and a new request or a cancellation is taken within a few milliseconds.
What a job yields decides what the GUI hears:

- ``None`` — a checkpoint: "let the others run"; nothing is sent;
- ``Progress(fraction)`` — ``Job.progress(float)``;
- anything else — ``Job.yielded(object)``;
- ``return value`` — ``Job.finished(object)``; an exception — ``Job.errored(JobError)``;
  a cancelled job — ``Job.cancelled()``. Exactly one of the three, then ``Job.done()``.

Jobs never touch widgets; the GUI side only ever sees the signals of its :class:`Job` handle,
delivered on the GUI thread. Values a job yields must be fresh objects (a numpy array emitted
through a queued signal is shared, not copied).

Submitting a job with a ``key`` supersedes the live job with the same key: the older one is
cancelled and nothing it computes afterwards reaches its handle, so a slow stale result can never
overwrite a newer one. :meth:`ComputeThread.shutdown` cancels everything, quits the thread and
waits for it (destroying a running ``QThread`` aborts the interpreter); owners call it from
``closeEvent``.
"""

from __future__ import annotations

import atexit
import contextvars
import itertools
import sys
import time
import traceback
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot

from numerics.descent import CancelToken
# Jobs come from Qt-free code, so the marker they yield is defined there (re-exported here).
from numerics.jobs import Progress

# The compute thread holds the GIL while it computes, and every GUI-thread call into Qt gives the
# GIL up and must wait to get it back. So the thread computes in short slices and then rests,
# leaving the GUI thread whole stretches of time to itself (benchmarks/bench_gui_responsiveness.py).
# Measured on 2 cores with a 100k-step run drawn live: slice 4 ms / rest 4 ms keeps the worst GUI
# delay at 12–16 ms at about half the uncontended speed; 6 ms / 3 ms lets it reach 24–26 ms.
SLICE_SECONDS = 0.004
REST_MS = 4
#: Longest the GUI thread waits for the GIL the compute thread holds (CPython's default is 5 ms,
#: and a GUI frame makes dozens of calls into Qt, each giving the GIL up and waiting to get it
#: back). Set once, at application start: :func:`configure_interpreter`.
GIL_SWITCH_INTERVAL = 0.0005


def configure_interpreter() -> None:
    """Process-wide settings for a GUI thread beside a compute thread; call once at start-up."""
    sys.setswitchinterval(GIL_SWITCH_INTERVAL)


@dataclass(frozen=True)
class JobError:
    """What a failed job raised: the exception's type name, its text, the traceback, the object."""

    type_name: str
    text: str
    traceback: str
    exception: BaseException

    def __str__(self) -> str:
        return f"{self.type_name}: {self.text}" if self.text else self.type_name


JobFunction = Callable[..., Generator[Any, None, Any] | Any]


class Job(QObject):
    """The GUI-side handle of one submitted computation (lives on the GUI thread).

    ``cancel()`` is thread-safe and takes effect at the job's next yield; a cancelled job's later
    output is dropped, and ``cancelled`` then ``done`` are emitted once.
    """

    yielded = Signal(object)
    progress = Signal(float)
    finished = Signal(object)
    errored = Signal(object)
    cancelled = Signal()
    done = Signal()

    def __init__(self, job_id: int, key: str | None, token: CancelToken, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job_id = job_id
        self.key = key
        self.token = token
        self._ended = False

    @property
    def running(self) -> bool:
        """Whether the job has neither finished, failed nor been cancelled yet."""
        return not self._ended

    def cancel(self) -> None:
        """Stop the job at its next yield; nothing it computes from now on is delivered."""
        if self._ended:
            return
        self.token.cancel()
        self._end(self.cancelled.emit)

    def _end(self, emit: Callable[..., None], *args: Any) -> None:
        if self._ended:
            return
        self._ended = True
        emit(*args)
        self.done.emit()


@dataclass
class _Active:
    job_id: int
    token: CancelToken
    fn: JobFunction
    args: tuple
    kwargs: dict
    generator: Generator | None = None
    # Each job runs in its own contextvars.Context, entered afresh at every step: a job that
    # yields inside ``with np.errstate(...)`` (numpy keeps that state in a ContextVar) must
    # find its own state when it resumes, and must not lend it to the jobs it alternates with.
    context: contextvars.Context = field(default_factory=contextvars.Context)


class _Scheduler(QObject):
    """Lives on the compute thread: advances every active job in turn, slice by slice."""

    yielded = Signal(int, object)
    progress = Signal(int, float)
    finished = Signal(int, object)
    errored = Signal(int, object)
    cancelled = Signal(int)

    def __init__(self, slice_seconds: float, rest_ms: int) -> None:
        super().__init__()
        self._slice = slice_seconds
        self._active: list[_Active] = []
        self._next = 0
        # Parented to the scheduler so moveToThread takes the timer along to the compute thread.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(rest_ms)
        self._timer.timeout.connect(self._tick)

    @Slot(object)
    def add(self, active: _Active) -> None:
        self._active.append(active)
        if not self._timer.isActive():
            self._timer.start()  # after one rest: start(0) would also make every later rest 0 ms

    @Slot()
    def stop_all(self) -> None:
        """Close every job without a word (the thread is quitting)."""
        for job in self._active:
            job.token.cancel()
            self._close(job)
        self._active.clear()
        self._timer.stop()

    @Slot()
    def _tick(self) -> None:
        deadline = time.perf_counter() + self._slice
        while self._active and time.perf_counter() < deadline:
            self._next %= len(self._active)
            job = self._active[self._next]
            if self._advance(job):
                self._next += 1
            else:
                self._active.remove(job)
        if self._active:
            self._timer.start()

    def _advance(self, job: _Active) -> bool:
        """One step of ``job``; False when it has ended (and its end has been reported)."""
        if job.token.cancelled:
            self._close(job)
            self.cancelled.emit(job.job_id)
            return False
        try:
            if job.generator is None:
                result = job.context.run(job.fn, *job.args, **job.kwargs)
                if not isinstance(result, Generator):
                    self.finished.emit(job.job_id, result)
                    return False
                job.generator = result
            value = job.context.run(next, job.generator)
        except StopIteration as stop:
            self.finished.emit(job.job_id, stop.value)
            return False
        except Exception as exc:  # noqa: BLE001 - user maths may fail anywhere: report, stay up
            self.errored.emit(job.job_id, JobError(type(exc).__name__, str(exc), traceback.format_exc(), exc))
            return False
        if value is None:
            return True
        if isinstance(value, Progress):
            self.progress.emit(job.job_id, float(value))
        else:
            self.yielded.emit(job.job_id, value)
        return True

    @staticmethod
    def _close(job: _Active) -> None:
        if job.generator is not None:
            try:
                job.context.run(job.generator.close)
            except Exception:  # noqa: BLE001 - a generator failing to close must not stop the others
                pass


# Strong references until shut down: a ComputeThread dropped while its thread runs would take
# the QThread with it, which aborts the interpreter. The application's aboutToQuit shuts down
# whatever an owner forgot.
_LIVE: set["ComputeThread"] = set()


_hooked_apps: set[int] = set()


def _shutdown_live() -> None:
    for compute in list(_LIVE):
        compute.shutdown()


# Last line of defence: a script that never closes its window must not let the interpreter
# destroy a running QThread at exit (that aborts).
atexit.register(_shutdown_live)


def _hook_application_quit() -> None:
    app = QCoreApplication.instance()
    if app is not None and id(app) not in _hooked_apps:
        _hooked_apps.add(id(app))
        app.aboutToQuit.connect(_shutdown_live)


class ComputeThread(QObject):
    """GUI-side owner of one compute thread; ``submit`` runs a job on it.

    Signals: ``jobStarted(Job)`` whenever a job is submitted (tests and status displays listen).
    """

    jobStarted = Signal(object)

    _add = Signal(object)
    _stop = Signal()

    def __init__(self, name: str = "compute", *, slice_seconds: float = SLICE_SECONDS,
                 rest_ms: int = REST_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._jobs: dict[int, Job] = {}
        self._by_key: dict[str, Job] = {}
        self._shut_down = False
        self.thread = QThread()
        self.thread.setObjectName(name)
        self._scheduler = _Scheduler(slice_seconds, rest_ms)
        self._scheduler.moveToThread(self.thread)
        # Auto connections across threads are queued: the scheduler's slots run on its thread,
        # and its signals arrive here on the GUI thread.
        self._add.connect(self._scheduler.add)
        self._stop.connect(self._scheduler.stop_all)
        # quit() may end the thread's loop before a queued stop arrives; finished is emitted on the
        # compute thread after its loop ends, so a direct connection stops the timer there.
        self.thread.finished.connect(self._scheduler.stop_all, Qt.ConnectionType.DirectConnection)
        self._scheduler.yielded.connect(self._on_yielded)
        self._scheduler.progress.connect(self._on_progress)
        self._scheduler.finished.connect(self._on_finished)
        self._scheduler.errored.connect(self._on_errored)
        self._scheduler.cancelled.connect(self._on_cancelled)
        self.thread.start()
        _LIVE.add(self)
        _hook_application_quit()

    # -- submitting ----------------------------------------------------------------------------
    def submit(self, fn: JobFunction, *args: Any, key: str | None = None, **kwargs: Any) -> Job:
        """Run ``fn(*args, cancel=token, **kwargs)`` on the compute thread; returns its handle.

        ``fn`` returns a generator (or, for something quick, a plain value). It receives the job's
        ``CancelToken`` as ``cancel`` so long inner loops can stop between yields too. A live job
        with the same ``key`` is cancelled first.
        """
        if self._shut_down:
            raise RuntimeError("the compute thread has been shut down")
        if key is not None and key in self._by_key:
            self._by_key.pop(key).cancel()
        token = CancelToken()
        # Unparented: the handle lives as long as someone holds it (this object until it ends).
        job = Job(next(self._ids), key, token)
        self._jobs[job.job_id] = job
        if key is not None:
            self._by_key[key] = job
        job.done.connect(lambda j=job: self._forget(j))
        self._add.emit(_Active(job.job_id, token, fn, args, {**kwargs, "cancel": token}))
        self.jobStarted.emit(job)
        return job

    def job(self, key: str) -> Job | None:
        """The live job submitted under ``key``, if any."""
        return self._by_key.get(key)

    def jobs(self) -> list[Job]:
        """Every live job, oldest first."""
        return list(self._jobs.values())

    def cancel(self, key: str) -> None:
        job = self._by_key.get(key)
        if job is not None:
            job.cancel()

    def cancel_all(self) -> None:
        for job in list(self._jobs.values()):
            job.cancel()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Cancel every job, quit the thread and wait for it; safe to call twice.

        Returns whether the thread stopped within ``timeout_ms`` (a job is cancelled at its next
        yield, which well-behaved jobs reach within milliseconds).
        """
        if self._shut_down:
            return not self.thread.isRunning()
        self._shut_down = True
        self.cancel_all()
        try:
            self._stop.emit()
        except RuntimeError:  # this QObject's C++ side is already gone
            pass
        self.thread.quit()
        stopped = bool(self.thread.wait(timeout_ms))
        _LIVE.discard(self)
        return stopped

    @property
    def is_shut_down(self) -> bool:
        return self._shut_down

    # -- results from the scheduler (GUI thread) ----------------------------------------------
    def _live(self, job_id: int) -> Job | None:
        job = self._jobs.get(job_id)
        return job if job is not None and job.running else None

    def _forget(self, job: Job) -> None:
        self._jobs.pop(job.job_id, None)
        if job.key is not None and self._by_key.get(job.key) is job:
            del self._by_key[job.key]

    @Slot(int, object)
    def _on_yielded(self, job_id: int, value: Any) -> None:
        job = self._live(job_id)
        if job is not None:
            job.yielded.emit(value)

    @Slot(int, float)
    def _on_progress(self, job_id: int, fraction: float) -> None:
        job = self._live(job_id)
        if job is not None:
            job.progress.emit(fraction)

    @Slot(int, object)
    def _on_finished(self, job_id: int, value: Any) -> None:
        job = self._live(job_id)
        if job is not None:
            job._end(job.finished.emit, value)

    @Slot(int, object)
    def _on_errored(self, job_id: int, error: JobError) -> None:
        job = self._live(job_id)
        if job is not None:
            job._end(job.errored.emit, error)

    @Slot(int)
    def _on_cancelled(self, job_id: int) -> None:
        job = self._live(job_id)
        if job is not None:  # cancelled through the token only (cancel() already reported it)
            job._end(job.cancelled.emit)
