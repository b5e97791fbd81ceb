"""Every lab computation runs on the compute thread: handed over, off the GUI thread, superseded.

Thread identity is recorded INSIDE the computation (a wrapper around the descent the lab's job
drives), and compared with the GUI thread: counting Python threads would prove nothing, since
QThreads do not show up in ``threading.active_count()``.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThread, Qt

import numerics.basins
import numerics.labs.lane
from gui.labs import LABS
from gui.workers.compute_thread import ComputeThread

#: The labs whose computation can take seconds, and the module whose descent their job drives.
HEAVY = {"lr-race": numerics.labs.lane, "optimizers": numerics.labs.lane, "basins": numerics.basins}


@pytest.fixture
def record_descent_threads(monkeypatch):
    """Patch the descent the labs' jobs drive so that every step records the QThread it ran on."""
    threads: list[QThread] = []

    def patch(module):
        original = module.iterate_descent

        def recording(*args, **kwargs):
            for step in original(*args, **kwargs):
                threads.append(QThread.currentThread())
                yield step

        monkeypatch.setattr(module, "iterate_descent", recording)

    for module in set(HEAVY.values()):
        patch(module)
    return threads


@pytest.fixture
def shared(qapp):
    compute = ComputeThread("test-labs")
    yield compute
    assert compute.shutdown()


def make(qtbot, name, compute=None):
    lab = LABS[name].create(compute=compute)
    qtbot.addWidget(lab)
    lab.resize(1100, 800)
    return lab


@pytest.mark.parametrize("name", list(HEAVY))
def test_the_labs_computation_runs_off_the_gui_thread(qtbot, qapp, shared, record_descent_threads, name):
    lab = make(qtbot, name, shared)
    lab.run_preset_blocking()
    assert record_descent_threads, "the lab computed nothing through the patched descent"
    assert all(t is shared.thread for t in record_descent_threads)
    assert not any(t is qapp.thread() for t in record_descent_threads)
    lab.shutdown()
    assert shared.thread.isRunning()  # a lab given a thread does not stop it


@pytest.mark.parametrize("name", ["lr-race", "optimizers"])
def test_a_setting_change_hands_one_job_to_the_worker(qtbot, shared, name):
    lab = make(qtbot, name, shared)
    lab.run_preset_blocking()
    started = []
    shared.jobStarted.connect(started.append)
    lab.steps_spin.setValue(500)
    assert len(started) == 1 and lab.is_computing()
    assert lab.wait_until_computed()
    assert lab.preset.steps == 500 and all(len(r.path) == 501 for r in lab.runs)
    lab.x0_edit.editingFinished.emit()  # a focus-out without a change: nothing to recompute
    assert len(started) == 1


@pytest.mark.parametrize("name", ["lr-race", "optimizers"])
def test_typing_20000_into_the_step_box_starts_one_computation(qtbot, shared, name):
    lab = make(qtbot, name, shared)
    lab.show()
    lab.run_preset_blocking()
    started = []
    shared.jobStarted.connect(started.append)
    box = lab.steps_spin
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "20000")
    assert box.text() == "20000"
    assert started == []  # 2, 20, 200, 2000 started nothing
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert len(started) == 1
    lab.setFocus()  # focus-out after Enter: the value has not changed again
    assert len(started) == 1
    assert lab.wait_until_computed()
    assert lab.preset.steps == 20_000


def test_a_superseded_result_is_not_drawn(qtbot, shared):
    lab = make(qtbot, "lr-race", shared)
    lab.run_preset_blocking()
    drawn = []
    original_draw = lab.draw_runs
    lab.draw_runs = lambda: (drawn.append(lab.preset), original_draw())
    jobs = []
    shared.jobStarted.connect(jobs.append)
    lab.steps_spin.setValue(20_000)  # seconds of work: still running when superseded
    slow = jobs[-1]
    finished_slow = []
    slow.finished.connect(finished_slow.append)
    with qtbot.waitSignal(slow.progress, timeout=10_000):
        pass  # it has really started computing
    lab.steps_spin.setValue(50)
    assert lab.wait_until_computed()
    assert not slow.running and finished_slow == []
    assert [p.steps for p in drawn] == [50]
    assert all(len(r.path) == 51 for r in lab.runs) and lab.table.rowCount() == 3


def test_the_lab_shows_it_is_computing_and_stays_usable(qtbot, shared):
    lab = make(qtbot, "optimizers", shared)
    lab.show()
    lab.run_preset_blocking()
    assert not lab.progress_bar.isVisibleTo(lab)
    lab.steps_spin.setValue(20_000)
    assert lab.progress_bar.isVisibleTo(lab)
    qtbot.waitUntil(lambda: lab.progress_bar.value() > 0, timeout=10_000)
    lab.multiples_check.setChecked(True)  # the GUI thread is free: the old paths redraw at once
    assert lab.multiples.isVisibleTo(lab)
    assert lab.wait_until_computed()
    assert not lab.progress_bar.isVisibleTo(lab) and lab.preset.steps == 20_000


def test_a_failing_job_becomes_a_message_not_a_traceback(qtbot, shared, monkeypatch):
    import gui.labs.lr_race_lab as race_lab

    def broken(*args, cancel, **kwargs):
        yield None
        raise RuntimeError("the maths broke")

    monkeypatch.setattr(race_lab, "iter_race", broken)
    lab = make(qtbot, "lr-race", shared)
    assert lab.wait_until_computed()
    assert lab.message.text() == "The computation failed: RuntimeError: the maths broke"
    assert "Traceback" not in lab.message.text() and lab.runs == []


def test_a_lab_made_on_its_own_stops_its_thread_when_closed(qtbot):
    lab = make(qtbot, "lr-race")
    assert lab.wait_until_computed()
    thread = lab.compute.thread
    assert thread.isRunning()
    lab.close()
    assert thread.isFinished()


def test_the_windows_labs_compute_on_the_windows_thread(window):
    lab = window.lab_widget("lr-race")
    assert lab.compute is window.compute
    assert lab.wait_until_computed()
    assert lab.runs
