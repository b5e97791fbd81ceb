"""The canvas's field on the compute thread (issue 12, defect 7): a pan with a slow formula never
computes on the GUI thread, a newer view supersedes an older one (a stale field is never drawn),
every failure of the user's maths is a computeFailed message on both paths, and an export gets a
finished field (sync recompute, wait_until_drawn)."""
from __future__ import annotations

import dataclasses
import threading

import numpy as np
import pytest
from pyqtgraph.Qt import QtWidgets

from gui.canvas.field_canvas import FieldCanvas
from gui.workers.compute_thread import ComputeThread
from numerics import CATALOGUE, field_at, objective_from_formula

SLOW = "sin(x0)**" * 49 + "sin(x0)"


@pytest.fixture
def compute(qapp):
    c = ComputeThread("canvas-test")
    yield c
    assert c.shutdown()


@pytest.fixture
def canvas(qtbot, compute):
    widget = FieldCanvas(compute=compute)
    widget.resize(500, 400)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def recording(objective, threads: set):
    """``objective`` whose every evaluation records the Python thread it ran on."""
    f = objective.f

    def recorded(x):
        threads.add(threading.get_ident())
        return f(x)

    return dataclasses.replace(objective, f=recorded)


def drawn(qtbot, canvas) -> None:
    assert canvas.wait_until_drawn(20_000)
    assert not canvas.computing


def test_a_pan_with_a_slow_formula_is_computed_on_the_compute_thread(qtbot, canvas, compute):
    threads: set[int] = set()
    canvas.set_objective(recording(objective_from_formula(SLOW), threads))
    canvas.set_field_options(True, 1e-4, "central")
    drawn(qtbot, canvas)
    threads.clear()
    updates = []
    canvas.fieldUpdated.connect(lambda: updates.append(1))
    canvas.view_box.translateBy(x=0.7, y=0.2)  # what a drag does
    qtbot.wait(2 * canvas.DEBOUNCE_MS)
    assert canvas.computing  # the debounce has submitted the job; this thread is free meanwhile
    drawn(qtbot, canvas)
    assert updates == [1]
    assert threads and threading.get_ident() not in threads  # never evaluated on the GUI thread
    (xa, xb), (ya, yb) = canvas.view_box.viewRange()
    points = canvas.field.points.reshape(-1, 2)
    assert points[:, 0].min() >= xa and points[:, 0].max() <= xb  # the field of the new view


def test_recompute_returns_before_the_field_is_drawn(qtbot, canvas):
    canvas.set_objective(CATALOGUE["himmelblau"])
    drawn(qtbot, canvas)
    canvas.field = None
    canvas.recompute()
    assert canvas.field is None and canvas.computing  # submitted, not computed here
    drawn(qtbot, canvas)
    assert canvas.field is not None


def test_a_newer_view_supersedes_an_older_one_and_no_stale_field_is_drawn(qtbot, canvas, monkeypatch):
    canvas.set_objective(objective_from_formula(SLOW))
    drawn(qtbot, canvas)
    frames = []
    show = canvas._show_frame
    monkeypatch.setattr(canvas, "_show_frame", lambda frame: (frames.append(frame), show(frame)))
    views = []
    for step in range(6):  # six views in a row, each asked for before the last one finished
        canvas.view_box.translateBy(x=0.3)
        views.append(canvas.view_box_range())
        canvas.recompute()
    drawn(qtbot, canvas)
    assert len(frames) == 1 and frames[0].request.view == views[-1]


def test_sync_recompute_draws_now_and_drops_the_job_in_flight(qtbot, canvas):
    canvas.set_objective(objective_from_formula(SLOW))
    drawn(qtbot, canvas)
    canvas.view_box.translateBy(x=0.5)
    canvas.recompute()
    assert canvas.computing
    canvas.recompute(sync=True)
    assert not canvas.computing
    expected = field_at(canvas.objective, canvas.field.points, **canvas.field_options)
    np.testing.assert_array_equal(canvas.field.magnitude, expected.magnitude)
    frames = []
    canvas.fieldUpdated.connect(lambda: frames.append(1))
    qtbot.wait(300)
    assert frames == []  # the superseded job delivered nothing


@pytest.mark.parametrize("threaded", [True, False])
def test_failing_maths_is_a_message_and_clears_the_layers(qtbot, compute, threaded):
    """``abs(x0)`` with the complex step reached the canvas's blanket try/except; now it is a
    message on both paths, and the arrows of the previous function are not left under its title."""
    canvas = FieldCanvas(compute=compute if threaded else None)
    canvas.resize(400, 300)
    qtbot.addWidget(canvas)
    canvas.show()
    canvas.set_objective(CATALOGUE["sphere"])
    drawn(qtbot, canvas)
    assert len(canvas.field_item.getData()[0]) > 0
    failures = []
    canvas.computeFailed.connect(failures.append)
    canvas.set_field_options(True, 1e-4, "complex")
    canvas.set_objective(objective_from_formula("abs(x0)"))
    drawn(qtbot, canvas)
    assert failures and failures[-1].startswith("Could not evaluate f(x0, x1) = abs(x0): ")
    assert "complex-step scheme cannot differentiate abs" in failures[-1]
    shown = canvas.field_item.getData()[0]
    assert canvas.field is None and (shown is None or len(shown) == 0)
    canvas.set_field_options(True, 1e-4, "central")  # the user's way out
    drawn(qtbot, canvas)
    assert canvas.field is not None and np.isfinite(canvas.field.magnitude).any()


def test_a_canvas_without_a_compute_thread_computes_at_once(qtbot):
    canvas = FieldCanvas()
    canvas.resize(300, 300)
    qtbot.addWidget(canvas)
    canvas.set_objective(CATALOGUE["himmelblau"])
    assert canvas.field is not None and not canvas.computing


def test_the_window_computes_its_field_on_its_compute_thread(qtbot, window):
    threads: set[int] = set()
    qthreads = set()
    from PySide6.QtCore import QThread

    objective = recording(objective_from_formula(SLOW), threads)
    f = objective.f
    objective = dataclasses.replace(objective, f=lambda x: (qthreads.add(QThread.currentThread()), f(x))[1])
    window.canvas.set_objective(objective)
    assert window.canvas.wait_until_drawn(20_000)
    window.canvas.view_box.translateBy(x=0.4)
    qtbot.wait(3 * window.canvas.DEBOUNCE_MS)
    assert window.canvas.wait_until_drawn(20_000)
    assert qthreads == {window.compute.thread}
    assert threading.get_ident() not in threads


def test_a_failing_field_reaches_the_windows_status_bar(qtbot, window):
    window.controls.set_formula("abs(x0)") if hasattr(window.controls, "set_formula") else \
        window.state.update(formula="abs(x0)", function=None)
    window.state.update(scheme="complex")
    qtbot.wait(4 * window.canvas.DEBOUNCE_MS)
    assert window.canvas.wait_until_drawn(20_000)
    QtWidgets.QApplication.processEvents()
    text = window.statusBar().currentMessage()
    assert "Could not draw the field" in text and "complex-step" in text, text
