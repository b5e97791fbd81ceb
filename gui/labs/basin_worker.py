"""Basin maps off the GUI thread: one QThread, one worker QObject, signals only.

A 200 × 200 map of 500 steps takes a fraction of a second to a few seconds (numerical gradients,
slow-converging functions), enough to freeze the window; so the map is computed on a worker
thread that reports progress and can be cancelled. ``BasinWorkerHost`` is the GUI-side handle:
it starts the thread and stops it safely (cancel, ``quit()``, ``wait()`` — destroying a running
QThread aborts the interpreter).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal, Slot

from numerics.basins import basin_map
from numerics.descent import CancelToken


class BasinWorker(QObject):
    """Computes basin maps on its own thread.

    Signals:
        progress(job, fraction): about a hundred per map.
        finished(job, BasinMap): the map; the worker keeps no reference to it (a fresh object the
            receiver owns).
        cancelled(job): the job was cancelled before it finished.
        failed(job, message): the objective or the settings raised.
    """

    progress = Signal(int, float)
    finished = Signal(int, object)
    cancelled = Signal(int)
    failed = Signal(int, str)

    @Slot(int, object, object, int, object, object)
    def compute(self, job: int, objective, box, n: int, config, token: CancelToken) -> None:
        if token.cancelled:
            self.cancelled.emit(job)
            return
        try:
            result = basin_map(objective, box, n, config, cancel=token,
                               progress=lambda fraction: self.progress.emit(job, float(fraction)))
        except Exception as exc:  # noqa: BLE001 - a user formula may fail anywhere; report, stay up
            self.failed.emit(job, f"{type(exc).__name__}: {exc}")
            return
        if result is None or token.cancelled:
            self.cancelled.emit(job)
        else:
            self.finished.emit(job, result)


class BasinWorkerHost(QObject):
    """Owns the worker thread; ``submit`` starts a map (cancelling the previous one)."""

    _request = Signal(int, object, object, int, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread = QThread()
        self.thread.setObjectName("basin-worker")
        self.worker = BasinWorker()
        self.worker.moveToThread(self.thread)
        self._request.connect(self.worker.compute)
        self.thread.finished.connect(self.worker.deleteLater)
        self.thread.start()
        self._job = 0
        self._token: CancelToken | None = None
        self._stopped = False

    @property
    def current_job(self) -> int:
        return self._job

    def submit(self, objective, box, n: int, config) -> int:
        """Queue a map; returns its job id. Results of older jobs should be ignored."""
        if self._stopped:
            raise RuntimeError("the basin worker has been shut down")
        self.cancel()
        self._job += 1
        self._token = CancelToken()
        self._request.emit(self._job, objective, tuple(box), int(n), config, self._token)
        return self._job

    def cancel(self) -> None:
        if self._token is not None:
            self._token.cancel()

    def shutdown(self) -> None:
        """Cancel, stop the thread and wait for it (idempotent)."""
        if self._stopped:
            return
        self._stopped = True
        self.cancel()
        self.thread.quit()
        self.thread.wait()
