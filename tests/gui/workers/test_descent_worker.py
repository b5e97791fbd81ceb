"""The descent worker: same numbers as run_descent, off the GUI thread, cancellable, stoppable."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from gui.workers.descent_worker import DescentWorkerHost
from numerics.descent import DescentConfig, StopReason, run_descent


class Bowl:
    """f = x0² + 3·x1² with its analytic gradient: a stand-in objective with known behaviour."""

    has_analytic_gradient = True
    box = (-3.0, 3.0, -3.0, 3.0)

    def value(self, x):
        x = np.asarray(x, dtype=float)
        return x[..., 0] ** 2 + 3 * x[..., 1] ** 2

    def gradient(self, x, *, numerical=False, h=1e-4, scheme="central"):
        x = np.asarray(x, dtype=float)
        return np.stack([2 * x[..., 0], 6 * x[..., 1]], axis=-1)


class Exploding(Bowl):
    """Raises after a few evaluations, as a user objective with a bug would."""

    def __init__(self, fail_after: int) -> None:
        self.calls = 0
        self.fail_after = fail_after

    def value(self, x):
        self.calls += 1
        if self.calls > self.fail_after:
            raise ZeroDivisionError("division by zero in f")
        return super().value(x)


class Recorder:
    """Collects what the host re-emits, checking it arrives on the GUI thread."""

    def __init__(self, host: DescentWorkerHost) -> None:
        self.xs: dict[int, list[np.ndarray]] = {}
        self.values: dict[int, list[np.ndarray]] = {}
        self.grads: dict[int, list[np.ndarray]] = {}
        self.finished: dict[int, int] = {}
        self.failed: dict[int, str] = {}
        self.batches = 0
        self.threads: set[int] = set()
        host.stepsReady.connect(self.on_steps)
        host.runFinished.connect(self.on_finished)
        host.runFailed.connect(self.on_failed)

    def on_steps(self, run_id, xs, values, grads):
        self.threads.add(threading.get_ident())
        self.batches += 1
        self.xs.setdefault(run_id, []).append(xs)
        self.values.setdefault(run_id, []).append(values)
        self.grads.setdefault(run_id, []).append(grads)

    def on_finished(self, run_id, reason):
        self.finished[run_id] = reason

    def on_failed(self, run_id, message):
        self.failed[run_id] = message

    def path(self, run_id):
        return (np.concatenate(self.xs[run_id]), np.concatenate(self.values[run_id]),
                np.concatenate(self.grads[run_id]))


@pytest.fixture
def host(qtbot):
    h = DescentWorkerHost()
    yield h
    h.shutdown()
    assert not h.worker_thread.isRunning()


def wait_done(qtbot, rec, run_ids, timeout=10_000):
    qtbot.waitUntil(lambda: all(r in rec.finished or r in rec.failed for r in run_ids), timeout=timeout)


def test_run_matches_run_descent_and_arrives_on_gui_thread(qtbot, host):
    rec = Recorder(host)
    config = DescentConfig(lr=0.05, steps=300, tol=1e-10)
    start = np.array([2.5, -1.5])
    host.start_run(7, Bowl(), start, config)
    wait_done(qtbot, rec, [7])
    xs, values, grads = rec.path(7)
    expected = run_descent(Bowl(), start[None], config)
    n = expected.n_points[0]
    np.testing.assert_allclose(xs, expected.path(0), rtol=0, atol=1e-12)
    np.testing.assert_allclose(values, expected.values[0, :n], rtol=0, atol=1e-12)
    np.testing.assert_allclose(grads, expected.grads[0, :n], rtol=0, atol=1e-12)
    assert rec.finished[7] == int(expected.stop[0])
    assert rec.threads == {threading.get_ident()}
    assert not host.is_computing(7)


def test_step_limit_and_convergence_reasons(qtbot, host):
    rec = Recorder(host)
    host.start_run(1, Bowl(), np.array([1.0, 1.0]), DescentConfig(lr=0.01, steps=5))
    host.start_run(2, Bowl(), np.array([1.0, 1.0]), DescentConfig(lr=0.1, steps=10_000, tol=1e-6))
    wait_done(qtbot, rec, [1, 2])
    assert rec.finished[1] == StopReason.STEP_LIMIT
    assert len(rec.path(1)[0]) == 6  # the start plus five steps
    assert rec.finished[2] == StopReason.CONVERGED
    assert np.linalg.norm(rec.path(2)[2][-1]) < 1e-6


def test_divergence_keeps_only_finite_points(qtbot, host):
    rec = Recorder(host)
    config = DescentConfig(lr=1.5, steps=10_000, escape_box=Bowl.box)  # |1 − 6η| > 1: blows up
    host.start_run(3, Bowl(), np.array([1.0, 1.0]), config)
    wait_done(qtbot, rec, [3])
    assert rec.finished[3] == StopReason.DIVERGED
    xs, values, _ = rec.path(3)
    assert np.isfinite(xs).all() and np.isfinite(values).all()
    expected = run_descent(Bowl(), np.array([[1.0, 1.0]]), config)
    assert len(xs) == expected.n_points[0]


def test_progress_is_batched(qtbot, host):
    rec = Recorder(host)
    host.start_run(4, Bowl(), np.array([2.0, 2.0]), DescentConfig(lr=1e-6, steps=20_000, tol=0.0))
    wait_done(qtbot, rec, [4], timeout=30_000)
    assert len(rec.path(4)[0]) == 20_001
    # 20k steps arrive in far fewer signals than steps: batched, not one signal per step.
    assert rec.batches < 2_000


def test_cancel_stops_a_long_run(qtbot, host):
    rec = Recorder(host)
    host.start_run(5, Bowl(), np.array([2.0, 2.0]), DescentConfig(lr=1e-6, steps=1_000_000, tol=0.0))
    qtbot.waitUntil(lambda: 5 in rec.xs, timeout=5_000)
    host.cancel(5)
    wait_done(qtbot, rec, [5])
    assert rec.finished[5] == StopReason.CANCELLED
    assert len(rec.path(5)[0]) < 1_000_001


def test_many_runs_share_one_thread(qtbot, host):
    rec = Recorder(host)
    before = threading.active_count()
    for i in range(50):
        host.start_run(100 + i, Bowl(), np.array([1.0 + i / 50, -1.0]), DescentConfig(lr=0.05, steps=50))
    assert threading.active_count() == before
    wait_done(qtbot, rec, range(100, 150))
    assert all(rec.finished[i] == StopReason.STEP_LIMIT for i in range(100, 150))
    assert all(len(rec.path(i)[0]) == 51 for i in range(100, 150))


def test_round_robin_lets_a_short_run_finish_during_a_long_one(qtbot, host):
    rec = Recorder(host)
    host.start_run(1, Bowl(), np.array([2.0, 2.0]), DescentConfig(lr=1e-6, steps=1_000_000, tol=0.0))
    host.start_run(2, Bowl(), np.array([1.0, 1.0]), DescentConfig(lr=0.05, steps=100))
    wait_done(qtbot, rec, [2])
    assert 1 not in rec.finished  # the long run is still going: the short one did not wait for it
    host.cancel(1)
    wait_done(qtbot, rec, [1])


def test_exception_in_objective_is_reported_and_worker_keeps_going(qtbot, host):
    rec = Recorder(host)
    host.start_run(8, Exploding(fail_after=10), np.array([1.0, 1.0]), DescentConfig(lr=0.01, steps=100))
    wait_done(qtbot, rec, [8])
    assert "ZeroDivisionError" in rec.failed[8] and "division by zero" in rec.failed[8]
    assert 8 not in rec.finished
    host.start_run(9, Bowl(), np.array([1.0, 1.0]), DescentConfig(lr=0.01, steps=10))
    wait_done(qtbot, rec, [9])
    assert rec.finished[9] == StopReason.STEP_LIMIT


def test_invalid_config_is_reported_not_raised(qtbot, host):
    rec = Recorder(host)
    host.start_run(10, Bowl(), np.array([1.0, 1.0]), DescentConfig(optimizer="Nope"))
    wait_done(qtbot, rec, [10])
    assert "Nope" in rec.failed[10]


def test_shutdown_during_long_run_stops_the_thread(qtbot):
    host = DescentWorkerHost()
    rec = Recorder(host)
    host.start_run(1, Bowl(), np.array([2.0, 2.0]), DescentConfig(lr=1e-6, steps=1_000_000, tol=0.0))
    qtbot.waitUntil(lambda: 1 in rec.xs, timeout=5_000)
    assert host.shutdown(timeout_ms=3_000)
    assert not host.worker_thread.isRunning()
    assert host.shutdown()  # twice is harmless
    with pytest.raises(RuntimeError):
        host.start_run(2, Bowl(), np.array([1.0, 1.0]), DescentConfig())
