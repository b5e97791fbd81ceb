"""RunController: buffers worker steps, reveals them at the chosen speed, pause/step/cancel/clear."""

from __future__ import annotations

import math
import time

import numpy as np
import pytest

from gui.run_controller import INSTANT, RunController
from numerics.descent import DescentConfig, StopReason, run_descent
from numerics.functions import CATALOGUE

PALETTE = ("#ff0000", "#00ff00", "#0000ff")


class FakeCanvas:
    """Records what the controller asks the canvas to draw (the PathCanvas protocol)."""

    def __init__(self) -> None:
        self.cohorts: dict = {}
        self.cohort_colors: dict = {}
        self.highlighted: tuple = ()
        self.grown: list[tuple[int, int, int]] = []

    def add_cohort(self, cohort, color):
        self.cohorts[cohort.first_id] = cohort
        self.cohort_colors[cohort.first_id] = color

    def grow_cohort(self, cohort, old_n, new_n):
        assert new_n > old_n and cohort.first_id in self.cohorts
        self.grown.append((cohort.first_id, old_n, new_n))

    def grow_cohorts(self, changes):
        for cohort, old_n, new_n in changes:
            self.grow_cohort(cohort, old_n, new_n)

    def redraw_cohort(self, cohort):
        assert cohort.first_id in self.cohorts

    def remove_cohort(self, cohort):
        self.cohorts.pop(cohort.first_id)
        self.cohort_colors.pop(cohort.first_id)

    def set_cohort_color(self, cohort, color):
        self.cohort_colors[cohort.first_id] = color

    def clear_paths(self):
        self.cohorts.clear()
        self.cohort_colors.clear()

    def set_highlighted(self, run_ids):
        self.highlighted = tuple(run_ids)

    def _members(self):
        for first, cohort in self.cohorts.items():
            for m in range(cohort.size):
                yield first + m, cohort, m

    @property
    def paths(self) -> dict[int, np.ndarray]:
        """What each run shows: its revealed points, all finite."""
        out = {}
        for run_id, cohort, m in self._members():
            xy = np.array(cohort.xs(m))
            assert np.isfinite(xy).all()
            out[run_id] = xy
        return out

    @property
    def colors(self) -> dict[int, str]:
        return {run_id: self.cohort_colors[cohort.first_id] for run_id, cohort, _m in self._members()}


@pytest.fixture
def controller(qtbot):
    canvas = FakeCanvas()
    ctl = RunController(canvas, PALETTE, speed=INSTANT)
    yield ctl
    assert ctl.shutdown()
    assert not ctl.worker_thread.isRunning()


def wait_ended(qtbot, ctl, run_id, timeout=10_000):
    qtbot.waitUntil(lambda: ctl.run(run_id).ended, timeout=timeout)


def test_instant_run_shows_the_whole_run_descent_path(qtbot, controller):
    himmelblau = CATALOGUE["himmelblau"]
    config = DescentConfig(lr=0.01, steps=200, escape_box=himmelblau.box)
    with qtbot.waitSignal(controller.runEnded, timeout=10_000) as ended:
        run_id = controller.start_run(himmelblau, (0.5, -1.25), config)
    expected = run_descent(himmelblau, np.array([[0.5, -1.25]]), config)
    run = controller.run(run_id)
    assert ended.args == [run_id, int(expected.stop[0])]
    np.testing.assert_allclose(run.xs, expected.path(0), rtol=0, atol=1e-12)
    np.testing.assert_allclose(controller.canvas.paths[run_id], expected.path(0), rtol=0, atol=1e-12)
    assert run.stop_reason.describe() == StopReason(expected.stop[0]).describe()
    assert controller.canvas.colors[run_id] == PALETTE[0]


def test_speed_limits_how_fast_steps_appear(qtbot, controller):
    controller.set_speed(20.0)
    sphere = CATALOGUE["sphere"]
    run_id = controller.start_run(sphere, (3.0, 3.0), DescentConfig(lr=1e-3, steps=1_000, tol=0.0))
    qtbot.waitUntil(lambda: controller.run(run_id).n_received == 1_001, timeout=10_000)
    samples = []
    controller.runsChanged.connect(lambda _ids: samples.append((time.perf_counter(), controller.run(run_id).n_shown)))
    qtbot.waitUntil(lambda: len(samples) >= 12, timeout=5_000)
    (t0, n0), (t1, n1) = samples[0], samples[-1]
    # ~20 steps per second of measured time, nowhere near the thousand already computed.
    assert n1 < 200
    assert 10 <= (n1 - n0) / (t1 - t0) <= 40
    run = controller.run(run_id)
    assert not run.ended
    controller.set_speed(INSTANT)
    wait_ended(qtbot, controller, run_id)
    assert run.n_shown == 1_001 and run.stop_reason == StopReason.STEP_LIMIT


def test_pause_resume_and_single_step(qtbot, controller):
    controller.set_speed(30.0)
    run_id = controller.start_run(CATALOGUE["sphere"], (3.0, 3.0), DescentConfig(lr=1e-3, steps=500, tol=0.0))
    qtbot.waitUntil(lambda: controller.run(run_id).n_shown >= 2, timeout=5_000)
    controller.pause(run_id)
    run = controller.run(run_id)
    frozen = run.n_shown
    assert run.status_text() == "paused"
    qtbot.wait(300)
    assert run.n_shown == frozen
    controller.step(run_id)
    assert run.n_shown == frozen + 1
    controller.step(run_id, 5)
    assert run.n_shown == frozen + 6
    np.testing.assert_array_equal(controller.canvas.paths[run_id], run.xs)
    controller.resume(run_id)
    qtbot.waitUntil(lambda: run.n_shown > frozen + 6, timeout=5_000)
    controller.pause_all()
    assert controller.all_paused()
    controller.set_speed(INSTANT)
    controller.resume_all()
    wait_ended(qtbot, controller, run_id)


def test_cancel_keeps_the_shown_path_and_drops_the_rest(qtbot, controller):
    controller.set_speed(10.0)
    run_id = controller.start_run(CATALOGUE["sphere"], (3.0, 3.0), DescentConfig(lr=1e-3, steps=2_000, tol=0.0))
    qtbot.waitUntil(lambda: controller.run(run_id).n_shown >= 2, timeout=5_000)
    with qtbot.waitSignal(controller.runEnded, timeout=1_000) as ended:
        controller.cancel_all()
    run = controller.run(run_id)
    assert ended.args == [run_id, int(StopReason.CANCELLED)]
    assert run.n_received == run.n_shown < 2_001
    # Its sentence says where it was stopped: the last point shown, at the step shown.
    assert run.status_text().startswith(f"Cancelled at step {run.steps_shown} at ")
    qtbot.wait(200)  # late batches from the worker are ignored
    assert run.n_received == run.n_shown


def test_clear_removes_every_path_and_cancels_live_runs(qtbot, controller):
    controller.set_speed(5.0)
    ids = [controller.start_run(CATALOGUE["sphere"], (1.0 + i, 2.0), DescentConfig(lr=1e-4, steps=100_000, tol=0.0))
           for i in range(3)]
    assert [controller.canvas.colors[i] for i in ids] == list(PALETTE)
    with qtbot.waitSignal(controller.runsCleared):
        controller.clear()
    assert controller.run_ids() == [] and controller.canvas.paths == {}
    # The computation stopped with them: no job is left on the compute thread.
    qtbot.waitUntil(lambda: controller.compute.jobs() == [], timeout=5_000)
    # Numbering starts again from 1, and the new run is not fed the old runs' steps.
    new = controller.start_run(CATALOGUE["sphere"], (0.5, 0.5), DescentConfig(lr=0.1, steps=5, tol=0.0))
    assert new == 1
    qtbot.waitUntil(lambda: controller.run(new).ended, timeout=5_000)
    assert controller.run(new).n_shown == 6
    np.testing.assert_allclose(controller.run(new).xs[0], (0.5, 0.5))


def test_failure_is_reported_with_the_message(qtbot, controller):
    formula_like = CATALOGUE["sphere"].__class__(
        name="broken", title="broken", formula="", f=_raise_after_start, grad=None, box=(-1, 1, -1, 1))
    with qtbot.waitSignal(controller.runFailed, timeout=5_000) as failed:
        run_id = controller.start_run(formula_like, (0.5, 0.5), DescentConfig(lr=0.1, steps=10))
    run = controller.run(run_id)
    assert failed.args[0] == run_id and "boom" in failed.args[1]
    assert run.ended and run.status_text().startswith("failed:")
    other = controller.start_run(CATALOGUE["sphere"], (1.0, 1.0), DescentConfig(steps=5))
    wait_ended(qtbot, controller, other)


def _raise_after_start(x):
    x = np.asarray(x)
    if np.abs(x).max() < 0.5:
        raise RuntimeError("boom")
    return (x ** 2).sum(axis=-1)


def test_speed_must_be_positive(controller):
    with pytest.raises(ValueError):
        controller.set_speed(0.0)
    controller.set_speed(math.inf)
    assert controller.speed() == math.inf


def test_runs_with_one_setting_are_computed_as_one_batch_on_the_compute_thread(qtbot, controller, monkeypatch):
    """Thread identity and batch size recorded inside the computation itself."""
    from PySide6.QtCore import QThread

    from numerics.descent import DescentSwarm

    seen = []
    original = DescentSwarm.step

    def recording_step(self):
        seen.append((QThread.currentThread(), len(self)))
        return original(self)

    monkeypatch.setattr(DescentSwarm, "step", recording_step)
    controller.set_speed(INSTANT)
    config = DescentConfig(lr=0.01, steps=200, tol=0.0)
    starts = np.random.default_rng(1).uniform(-3, 3, (50, 2))
    ids = controller.start_runs(CATALOGUE["himmelblau"], starts, config)
    qtbot.waitUntil(lambda: all(controller.run(i).ended for i in ids), timeout=10_000)
    assert seen and all(t is controller.worker_thread for t, _n in seen)
    assert max(n for _t, n in seen) == 50  # one vectorised step for all fifty
    assert len(seen) == 200
    for k in (0, 17, 49):
        alone = run_descent(CATALOGUE["himmelblau"], starts[k:k + 1], config)
        np.testing.assert_allclose(controller.run(ids[k]).xs, alone.path(0), rtol=1e-12)


def test_a_request_beyond_the_memory_budget_is_refused_with_the_figure(controller):
    with pytest.raises(MemoryError, match="GiB"):
        controller.start_runs(CATALOGUE["sphere"], np.zeros((1000, 2)), DescentConfig(steps=1_000_000))
    assert controller.run_ids() == []
