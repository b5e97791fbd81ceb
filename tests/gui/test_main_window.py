"""The main window end to end: click → run on the worker → same numbers as run_descent, and the
controls, menus, readouts and files around it."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QSettings, Qt

from gui.main_window import MainWindow
from numerics.descent import DescentConfig, StopReason, run_descent
from numerics.diagnosis import Verdict, diagnose_path
from numerics.functions import CATALOGUE


def viewport_pos(window, x0: float, x1: float):
    """Map a data point to the plot's viewport pixel (data → scene → view)."""
    plot = window.canvas.plot
    scene = plot.getPlotItem().getViewBox().mapViewToScene(QPointF(x0, x1))
    return plot.mapFromScene(scene)


def click(qtbot, window, x0: float, x1: float):
    qtbot.mouseClick(window.canvas.plot.viewport(), Qt.MouseButton.LeftButton, pos=viewport_pos(window, x0, x1))


def pixel_size(window):
    vb = window.canvas.plot.getPlotItem().getViewBox()
    (xa, xb), (ya, yb) = vb.viewRange()
    rect = vb.sceneBoundingRect()
    return (xb - xa) / rect.width(), (yb - ya) / rect.height()


def start_by_click(qtbot, window, x0, x1, timeout=10_000):
    with qtbot.waitSignal(window.runs.runEnded, timeout=timeout) as ended:
        with qtbot.waitSignal(window.canvas.startRequested, timeout=2_000) as started:
            click(qtbot, window, x0, x1)
    return started.args, ended.args


def test_tabs_start_with_the_explorer(window):
    assert window.tabs.tabText(0) == "Explorer"
    assert window.tabs.currentIndex() == 0


def test_click_starts_a_descent_there_with_the_panel_settings(qtbot, window):
    window.controls.set_function("himmelblau")
    window.controls.lr_field.set_text("0.01")
    window.controls.steps_field.set_text("300")
    (x0, x1), (run_id, reason) = start_by_click(qtbot, window, 1.0, 1.5)
    run = window.runs.run(run_id)
    px, py = pixel_size(window)
    # The run starts exactly where the canvas says the click was, within a pixel of the target.
    assert tuple(run.start) == (x0, x1)
    assert abs(x0 - 1.0) <= 1.5 * px and abs(x1 - 1.5) <= 1.5 * py
    himmelblau = CATALOGUE["himmelblau"]
    config = DescentConfig(lr=0.01, steps=300, escape_box=himmelblau.box)
    assert run.config == config
    expected = run_descent(himmelblau, run.start[None], config)
    np.testing.assert_allclose(run.xs, expected.path(0), rtol=0, atol=1e-12)
    np.testing.assert_allclose(run.values, expected.values[0, : expected.n_points[0]], rtol=0, atol=1e-12)
    assert reason == int(expected.stop[0])
    # Himmelblau from (1, 1.5) with η = 0.01 converges to its minimum at (3, 2).
    np.testing.assert_allclose(run.xs[-1], (3.0, 2.0), atol=1e-3)
    assert window.run_table.model().rowCount() == 1
    stop_cell = window.run_table.model().index(0, 6)
    # The table and the status line say what the numbers say: a minimum, with the reason why.
    verdict = diagnose_path(himmelblau, config, run.xs, run.values, run.grads, reason)
    assert verdict.verdict is Verdict.MINIMUM
    assert stop_cell.data() == "minimum"
    assert stop_cell.data(Qt.ItemDataRole.ToolTipRole) == str(verdict.message)
    assert window.statusBar().currentMessage() == f"Run {run_id} — {verdict.message}"


def test_escape_cancels_all_runs(qtbot, window):
    window.controls.set_speed(10)
    window.controls.lr_field.set_text("1e-6")
    window.controls.steps_field.set_text("100000")
    window.controls.tol_field.set_text("0")
    click(qtbot, window, 1.0, 1.0)
    click(qtbot, window, -1.0, 1.0)
    assert len(window.runs.runs) == 2
    with qtbot.waitSignals([window.runs.runEnded, window.runs.runEnded], timeout=2_000):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert all(run.stop_reason == StopReason.CANCELLED for run in window.runs.runs.values())
    assert "cancelled" in window.run_table.model().index(1, 6).data()


def test_pause_resume_step_from_the_run_menu(qtbot, window):
    window.controls.set_speed(30)
    window.controls.lr_field.set_text("1e-4")
    window.controls.steps_field.set_text("2000")
    window.controls.tol_field.set_text("0")
    click(qtbot, window, 2.0, 2.0)
    run = next(iter(window.runs.runs.values()))
    qtbot.waitUntil(lambda: run.n_shown >= 2, timeout=3_000)
    window.actions["pause_all"].trigger()
    frozen = run.n_shown
    assert run.paused
    qtbot.wait(200)
    assert run.n_shown == frozen
    window.actions["step_all"].trigger()
    assert run.n_shown == frozen + 1
    window.actions["pause_all"].trigger()  # resumes
    qtbot.waitUntil(lambda: run.n_shown > frozen + 3, timeout=3_000)
    window.actions["cancel_all"].trigger()
    assert run.stop_reason == StopReason.CANCELLED


def test_close_during_a_long_run_stops_the_thread(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.controls.lr_field.set_text("1e-6")
    w.controls.steps_field.set_text("100000")
    w.controls.tol_field.set_text("0")
    run_id = w.start_run_at(1.0, 1.0)
    qtbot.waitUntil(lambda: w.runs.run(run_id).n_received > 10, timeout=5_000)
    assert w.runs.run(run_id).computing
    w.close()
    assert not w.runs.worker_thread.isRunning()


def test_fifty_quick_clicks_share_one_thread_then_close(qtbot, window, monkeypatch):
    # threading.active_count() does not see QThreads: record the thread inside the computation.
    from PySide6.QtCore import QThread

    from numerics.descent import DescentSwarm

    threads = set()
    step = DescentSwarm.step

    def recording(self):
        threads.add(QThread.currentThread())
        return step(self)

    monkeypatch.setattr(DescentSwarm, "step", recording)
    for i in range(50):
        click(qtbot, window, -2.0 + 0.08 * i, 0.5)
    assert len(window.runs.runs) == 50
    # one descent job for all fifty (the canvas's field job shares the thread)
    assert len([job for job in window.compute.jobs() if job.key != window.canvas.job_key]) <= 1
    qtbot.waitUntil(lambda: not window.runs.any_live(), timeout=20_000)
    assert threads == {window.compute.thread}
    assert window.run_table.model().rowCount() == 50
    window.close()
    assert not window.runs.worker_thread.isRunning()


def test_divergence_is_reported_and_the_view_does_not_move(qtbot, window):
    window.controls.set_function("rosenbrock")
    window.controls.lr_field.set_text("10")
    window.controls.steps_field.set_text("1000")
    vb = window.canvas.plot.getPlotItem().getViewBox()
    qtbot.wait(100)  # let the new function's view settle before taking the reference
    before = vb.viewRange()
    _, (run_id, reason) = start_by_click(qtbot, window, -1.0, 2.0)
    assert reason == StopReason.DIVERGED
    qtbot.wait(50)
    np.testing.assert_allclose(vb.viewRange(), before, rtol=1e-9)
    assert "smaller" in window.statusBar().currentMessage()  # the hint to lower η
    assert np.isfinite(window.runs.run(run_id).xs).all()
    # The app is still usable: a sensible run afterwards works.
    window.controls.lr_field.set_text("0.001")
    _, (_, reason) = start_by_click(qtbot, window, 0.5, 2.5)  # away from the first path's marker
    assert reason in (StopReason.STEP_LIMIT, StopReason.CONVERGED)


def test_an_exception_in_the_worker_reaches_the_user(qtbot, window, monkeypatch):
    sphere = CATALOGUE["sphere"]

    def broken_f(x):
        raise ArithmeticError("f cannot be evaluated here")

    broken = sphere.__class__(name="sphere", title="broken", formula="?", f=broken_f, grad=sphere.grad, box=sphere.box)
    monkeypatch.setattr(window.controls, "objective", lambda: broken)
    with qtbot.waitSignal(window.runs.runFailed, timeout=5_000):
        click(qtbot, window, 1.0, 1.0)
    assert window.last_message is not None and window.last_message.isVisible()
    assert not window.last_message.isModal()
    assert "f cannot be evaluated here" in window.last_message.text()
    assert "failed" in window.statusBar().currentMessage()
    assert "failed" in window.run_table.model().index(0, 6).data()
    monkeypatch.undo()
    _, (_, reason) = start_by_click(qtbot, window, 1.0, 1.0)
    assert reason in (StopReason.STEP_LIMIT, StopReason.CONVERGED)


def test_invalid_setting_refuses_to_start_with_the_reason(qtbot, window):
    window.controls.lr_field.set_text("1000")
    click(qtbot, window, 1.0, 1.0)
    qtbot.wait(50)
    assert window.runs.runs == {}
    assert "η must be" in window.statusBar().currentMessage()


def test_changing_function_clears_paths_unless_kept(qtbot, window):
    start_by_click(qtbot, window, 1.0, 1.0)
    window.controls.keep_paths_check.setChecked(True)
    window.controls.set_function("himmelblau")
    assert len(window.runs.runs) == 1
    window.controls.keep_paths_check.setChecked(False)
    window.controls.set_function("rosenbrock")
    assert window.runs.runs == {} and window.run_table.model().rowCount() == 0


def test_formula_applies_and_redraws(qtbot, window):
    with qtbot.waitSignal(window.controls.objectiveChanged):
        window.controls.formula_field.set_text("x0**2 + 2*x1**2")
        qtbot.keyClick(window.controls.formula_field.edit, Qt.Key.Key_Return)
    objective = window.controls.objective()
    assert objective.name == "formula"
    _, (run_id, _) = start_by_click(qtbot, window, 1.0, 1.0)
    run = window.runs.run(run_id)
    assert not run.config.analytic
    expected = run_descent(objective, run.start[None], run.config)
    np.testing.assert_allclose(run.xs, expected.path(0), rtol=0, atol=1e-12)


def test_cursor_readout_shows_f_and_gradient(window):
    window.controls.set_function("himmelblau")
    window.canvas.cursorMoved.emit(3.0, 2.0)
    text = window.cursor_label.text()
    assert "(3, 2)" in text and "f = 0" in text and "∇f = (0, 0)" in text
    window.canvas.cursorMoved.emit(0.0, 0.0)
    f = float(CATALOGUE["himmelblau"].value(np.array([0.0, 0.0])))
    assert f"f = {f:.4g}" in window.cursor_label.text()


def test_path_point_click_shows_recorded_step(qtbot, window):
    window.controls.set_function("sphere")
    window.controls.lr_field.set_text("0.1")
    _, (run_id, _) = start_by_click(qtbot, window, 2.0, -1.0)
    run = window.runs.run(run_id)
    window.canvas.pathPointClicked.emit(run_id, 3)
    text = window.step_details.label.text()
    # SGD on the sphere: x3 = 0.8³·x0, ∇f = 2·x3, η∇f = 0.2·x3, x4 = 0.8·x3 (the book's numbers).
    x3 = 0.8 ** 3 * run.start
    np.testing.assert_allclose(run.xs[3], x3, rtol=1e-12)
    for value in (x3[0], 2 * x3[0], 0.2 * x3[0], 0.8 * x3[0]):
        assert f"{value:.4g}" in text


def test_selecting_runs_plots_them_and_highlights_paths(qtbot, window):
    start_by_click(qtbot, window, 2.0, 2.0)
    start_by_click(qtbot, window, -2.0, 1.0)
    window.run_table.select_runs([2])
    assert window.loss_plot.run_ids() == [2]
    window.run_table.select_runs([1, 2])
    assert window.loss_plot.run_ids() == [1, 2]
    assert window.loss_plot.log_y  # the sphere's f is positive
    window.actions["clear_paths"].trigger()
    assert window.loss_plot.run_ids() == [] and window.run_table.model().rowCount() == 0


def test_loss_plot_handles_non_positive_f(qtbot, window):
    window.controls.set_function("saddle") if "saddle" in CATALOGUE else pytest.skip("no saddle")
    window.controls.steps_field.set_text("20")
    _, (run_id, _) = start_by_click(qtbot, window, 0.5, 0.1)
    window.run_table.select_runs([run_id])
    assert not window.loss_plot.log_y and "linear" in window.loss_plot.note.text()


def test_trajectories_and_session_round_trip(qtbot, window, tmp_path):
    from gui.model.trajectory_csv import read_trajectories_csv

    window.controls.set_function("himmelblau")
    start_by_click(qtbot, window, 1.0, 1.0)
    start_by_click(qtbot, window, -1.0, -1.0)
    rows = window.export_trajectories(tmp_path / "runs.csv")
    back = read_trajectories_csv(tmp_path / "runs.csv")
    assert rows == sum(len(r.xs) for r in window.runs.runs.values())
    for traj, run in zip(back, window.runs.runs.values(), strict=True):
        np.testing.assert_array_equal(traj.xs, run.xs)
    assert window.save_session(tmp_path / "s.json")
    starts = [tuple(r.start) for r in window.runs.runs.values()]
    window.clear_paths()
    window.controls.set_function("sphere")
    window.controls.set_speed(30)
    with qtbot.waitSignals([window.runs.runEnded, window.runs.runEnded], timeout=10_000):
        assert window.open_session(tmp_path / "s.json")
    assert window.controls.objective().name == "himmelblau"
    assert [tuple(r.start) for r in window.runs.runs.values()] == starts
    assert window.controls.speed() == math.inf  # "instant" survives the file
    assert window.current_session().animation_speed == math.inf
    assert json.loads((tmp_path / "s.json").read_text())["animation_speed"] == "instant"


def test_file_errors_become_messages(qtbot, window, tmp_path):
    (tmp_path / "bad.json").write_text("{ not json")
    assert not window.open_session(tmp_path / "bad.json")
    assert window.last_message.isVisible() and "bad.json" in window.last_message.text()
    assert not window._guarded_export(lambda: window.export_canvas_image(tmp_path / "no" / "such" / "x.png"),
                                      "x.png")
    assert "Export failed" in window.last_message.windowTitle()
    start_by_click(qtbot, window, 1.0, 1.0)  # still working


def test_image_exports(qtbot, window, tmp_path):
    start_by_click(qtbot, window, 1.0, 1.0)
    window.export_canvas_image(tmp_path / "c1.png")
    window.export_canvas_image(tmp_path / "c2.png", scale=2)
    window.export_canvas_image(tmp_path / "c.svg")
    window.export_window_image(tmp_path / "w.png")
    from PySide6.QtGui import QImage

    one, two = QImage(str(tmp_path / "c1.png")), QImage(str(tmp_path / "c2.png"))
    assert two.width() == 2 * one.width()
    assert (tmp_path / "c.svg").read_text().lstrip().startswith("<?xml")
    assert QImage(str(tmp_path / "w.png")).width() >= window.width()


def test_theme_switch_recolours_paths(qtbot, window):
    from gui.model.theme import DARK

    start_by_click(qtbot, window, 1.0, 1.0)
    window.actions["theme_dark"].trigger()
    assert window.theme is DARK
    assert window.runs.run(1).color == DARK.path_color(0)


def test_menus_use_standard_keys(window):
    from PySide6.QtGui import QKeySequence

    assert window.actions["quit"].shortcut().matches(QKeySequence("Ctrl+Q")) == QKeySequence.SequenceMatch.ExactMatch
    assert window.actions["cancel_all"].shortcut() == QKeySequence("Esc")
    assert window.actions["copy_image"].shortcut() == QKeySequence(QKeySequence.StandardKey.Copy)
    assert window.actions["how_to"].isEnabled()
    help_window = window.show_help()
    assert help_window.isVisible() and not help_window.isModal()
    assert "click" in help_window.browser.toPlainText().lower()


def test_settings_round_trip(qtbot, tmp_path):
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    first = MainWindow()
    qtbot.addWidget(first)
    first.restore_settings(store)
    first.controls.set_function("rosenbrock")
    first.controls.lr_field.set_text("0.002")
    first.actions["theme_dark"].trigger()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.restore_settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert second.controls.objective().name == "rosenbrock"
    assert second.controls.lr_field.value() == 0.002
    assert second.theme.name == "dark"
    second.close()


def test_explorer_keys_are_off_while_a_lab_is_shown(qtbot, window):
    assert window.tabs.count() > 1  # the labs always exist
    window.tabs.setCurrentIndex(1)
    assert not window.actions["cancel_all"].isEnabled() and not window.actions["pause_all"].isEnabled()
    assert window.actions["export_image"].isEnabled()  # exports the lab's figure
    lab = window._labs[1][1]
    assert window.export_target() is (lab.export_target() if hasattr(lab, "export_target") else lab)
    window.tabs.setCurrentIndex(0)
    assert window.actions["cancel_all"].isEnabled()
    assert window.export_target() is window.canvas


def test_run_table_menu_acts_on_one_run(qtbot, window):
    window.controls.set_speed(10)
    window.controls.lr_field.set_text("1e-4")
    window.controls.steps_field.set_text("5000")
    window.controls.tol_field.set_text("0")
    first = window.start_run_at(1.0, 1.0)
    second = window.start_run_at(-1.0, 1.0)
    qtbot.waitUntil(lambda: window.runs.run(second).n_shown >= 1, timeout=3_000)
    actions = {a.text().split()[0]: a for a in window.run_table.run_menu([first]).actions()}
    actions["Pause"].trigger()
    assert window.runs.run(first).paused and not window.runs.run(second).paused
    actions = {a.text().split()[0]: a for a in window.run_table.run_menu([first]).actions()}
    assert actions["Resume"].isEnabled() and not actions["Pause"].isEnabled()
    shown = window.runs.run(first).n_shown
    actions["Step"].trigger()
    assert window.runs.run(first).n_shown == shown + 1
    actions["Cancel"].trigger()
    assert window.runs.run(first).stop_reason == StopReason.CANCELLED
    assert not window.runs.run(second).ended
    window.run_table.run_menu([first]).actions()[-1].trigger()  # Remove
    assert first not in window.runs.runs and window.run_table.model().rowCount() == 1


def drag(qtbot, window, a, b, modifier=Qt.KeyboardModifier.NoModifier):
    """A left-button drag on the canvas viewport from data point a to b, in small moves."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    viewport = window.canvas.plot.viewport()
    p0, p1 = viewport_pos(window, *a), viewport_pos(window, *b)

    def send(kind, pos, buttons):
        event = QMouseEvent(kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), Qt.MouseButton.LeftButton,
                            buttons, modifier)
        QApplication.sendEvent(viewport, event)

    send(QMouseEvent.Type.MouseButtonPress, p0, Qt.MouseButton.LeftButton)
    for k in range(1, 11):
        send(QMouseEvent.Type.MouseMove, p0 + (p1 - p0) * (k / 10), Qt.MouseButton.LeftButton)
    send(QMouseEvent.Type.MouseButtonRelease, p1, Qt.MouseButton.NoButton)


def test_shift_drag_releases_a_swarm_over_the_rectangle_and_a_plain_drag_pans(qtbot, window):
    from gui.main_window import SWARM_SIDE

    window.controls.set_function("himmelblau")
    qtbot.wait(100)
    before = window.canvas.view_box_range()
    with qtbot.waitSignal(window.canvas.swarmRequested, timeout=2_000) as drawn:
        drag(qtbot, window, (-3.0, -2.0), (1.0, 2.0), Qt.KeyboardModifier.ShiftModifier)
    x0a, x0b, x1a, x1b = drawn.args
    assert x0a == pytest.approx(-3.0, abs=0.1) and x0b == pytest.approx(1.0, abs=0.1)
    assert x1a == pytest.approx(-2.0, abs=0.1) and x1b == pytest.approx(2.0, abs=0.1)
    assert window.canvas.view_box_range() == pytest.approx(before)  # the Shift-drag did not pan
    runs = list(window.runs.runs.values())
    assert len(runs) == SWARM_SIDE**2 and runs[0].cohort.swarm
    starts = np.array([r.start for r in runs])
    assert starts[:, 0].min() > x0a and starts[:, 0].max() < x0b
    assert starts[:, 1].min() > x1a and starts[:, 1].max() < x1b
    qtbot.waitUntil(lambda: not window.runs.any_live(), timeout=20_000)
    assert "Swarm of 900" in window.statusBar().currentMessage()
    window.runs.clear()
    drag(qtbot, window, (-3.0, -2.0), (1.0, 2.0))  # no Shift: an ordinary pan, no runs
    assert window.canvas.view_box_range() != pytest.approx(before)
    assert len(window.runs.runs) == 0
