"""The one worker mechanism: jobs run on the compute thread, report through signals, supersede."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread

from gui.workers.compute_thread import ComputeThread, JobError, Progress


@pytest.fixture
def compute(qapp):
    c = ComputeThread("test-compute")
    yield c
    assert c.shutdown()
    assert not c.thread.isRunning()


def counting(n, *, cancel, record=None):
    """Yield 0..n-1, recording which QThread ran each step."""
    for i in range(n):
        if record is not None:
            record.append(QThread.currentThread())
        yield i
    return "done"


def test_job_runs_on_the_compute_thread_and_reports_in_order(qtbot, compute):
    record, got = [], []
    job = compute.submit(counting, 5, record=record)
    job.yielded.connect(got.append)
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == ["done"]
    assert got == [0, 1, 2, 3, 4]
    # Thread identity recorded inside the job: not the GUI thread, always the compute thread.
    assert record and all(t is compute.thread for t in record)
    assert all(t is not qapp_thread() for t in record)
    assert not job.running


def qapp_thread():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().thread()


def test_progress_none_checkpoints_and_plain_functions(qtbot, compute):
    def gen(*, cancel):
        yield None  # a checkpoint: nothing is sent
        yield Progress(0.5)
        yield "value"
        return 42

    job = compute.submit(gen)
    progress, values = [], []
    job.progress.connect(progress.append)
    job.yielded.connect(values.append)
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == [42] and progress == [0.5] and values == ["value"]

    plain = compute.submit(lambda a, b, *, cancel: a + b, 2, 3)
    with qtbot.waitSignal(plain.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == [5]


def test_errors_reach_the_gui_as_job_errors(qtbot, compute):
    def failing(*, cancel):
        yield 1
        raise ZeroDivisionError("no slope here")

    job = compute.submit(failing)
    finished = []
    job.finished.connect(finished.append)
    with qtbot.waitSignal(job.errored, timeout=5000) as blocker:
        pass
    error = blocker.args[0]
    assert isinstance(error, JobError)
    assert error.type_name == "ZeroDivisionError" and "no slope here" in str(error)
    assert "failing" in error.traceback
    assert finished == []


def endless(*, cancel, seen):
    i = 0
    while True:
        seen.append(i)
        i += 1
        yield i


def test_cancel_stops_the_job_and_drops_later_output(qtbot, compute):
    seen = []
    job = compute.submit(endless, seen=seen)
    values = []
    job.yielded.connect(values.append)
    qtbot.waitUntil(lambda: len(values) > 3, timeout=5000)
    with qtbot.waitSignal(job.cancelled, timeout=1000):
        job.cancel()
    n = len(values)
    stop_seen = len(seen)
    qtbot.wait(100)
    assert len(values) == n  # nothing delivered after the cancel
    assert len(seen) <= stop_seen + 1  # the generator itself stopped
    assert job.token.cancelled and not job.running


def test_a_newer_job_with_the_same_key_supersedes_the_older(qtbot, compute):
    seen = []
    old = compute.submit(endless, seen=seen, key="lab")
    old_values, old_finished = [], []
    old.yielded.connect(old_values.append)
    old.finished.connect(old_finished.append)
    qtbot.waitUntil(lambda: len(old_values) > 0, timeout=5000)
    cancelled = []
    old.cancelled.connect(lambda: cancelled.append(True))
    new = compute.submit(counting, 3, key="lab")
    assert cancelled == [True] and old.token.cancelled
    assert compute.job("lab") is new
    with qtbot.waitSignal(new.finished, timeout=5000):
        pass
    n = len(old_values)
    qtbot.wait(50)
    assert len(old_values) == n and old_finished == []
    assert compute.job("lab") is None


def test_jobs_interleave_on_one_thread(qtbot, compute):
    order = []

    def tagged(tag, *, cancel):
        for _ in range(200):
            order.append(tag)
            time.sleep(0.0002)
            yield None
        return tag

    a = compute.submit(tagged, "a")
    b = compute.submit(tagged, "b")
    with qtbot.waitSignals([a.finished, b.finished], timeout=10_000):
        pass
    # Round-robin: b starts long before a ends.
    assert order.index("b") < len(order) - order[::-1].index("a") - 1
    assert order.index("b") < 10


def test_shutdown_cancels_a_busy_job_and_waits(qapp):
    compute = ComputeThread("shutdown-test")
    seen = []
    compute.submit(endless, seen=seen)
    deadline = time.time() + 5
    while not seen and time.time() < deadline:
        qapp.processEvents()
        time.sleep(0.001)
    assert seen
    assert compute.shutdown(timeout_ms=5000)
    assert not compute.thread.isRunning()
    assert compute.shutdown()  # twice is fine
    with pytest.raises(RuntimeError):
        compute.submit(counting, 1)


def test_the_gui_thread_stays_free_while_a_job_computes(qtbot, compute):
    """A 50 ms timer keeps firing on time while a long job hogs the compute thread."""

    def busy(*, cancel):
        end = time.perf_counter() + 0.6
        while time.perf_counter() < end:
            sum(range(2000))
            yield None

    job = compute.submit(busy)
    ticks = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    timer.stop()
    assert len(ticks) >= 10
    assert threading.current_thread() is threading.main_thread()


def test_each_job_keeps_its_own_numpy_errstate_across_yields(qtbot, compute):
    """numpy keeps errstate in a ContextVar: a job yielding inside ``with np.errstate`` must find
    its own state when resumed (not a token from another context), and not lend it to others."""
    import numpy as np

    def job(mode, *, cancel):
        seen = []
        with np.errstate(over=mode):
            for _ in range(50):
                seen.append(np.geterr()["over"])
                yield None
        return seen

    a = compute.submit(job, "ignore")
    b = compute.submit(job, "raise")
    results = {}
    a.finished.connect(lambda v: results.__setitem__("a", v))
    b.finished.connect(lambda v: results.__setitem__("b", v))
    errors = []
    a.errored.connect(errors.append)
    b.errored.connect(errors.append)
    qtbot.waitUntil(lambda: len(results) + len(errors) == 2, timeout=5000)
    assert errors == []
    assert results == {"a": ["ignore"] * 50, "b": ["raise"] * 50}
