"""The window says what really happened to each run (numerics.diagnosis), everywhere a run's end
is shown — status line, run table — and keeps it: a saved session brings every run back with its
own settings and the same verdict."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from PySide6.QtCore import Qt

from gui.main_window import MainWindow
from numerics import CATALOGUE, DescentConfig, Verdict, diagnose_path, run_descent
from tests.gui.test_main_window import click, start_by_click


def wait_for_verdicts(qtbot, window, timeout=20_000):
    qtbot.waitUntil(lambda: window.runs.runs and not window.runs.any_live()
                    and all(r.diagnosis is not None or r.error for r in window.runs.runs.values()), timeout=timeout)


def test_a_click_ends_with_one_well_formed_sentence_in_the_status_line(qtbot, window):
    window.controls.set_function("himmelblau")
    window.controls.lr_field.set_text("0.1")  # the old default: too large for Himmelblau
    _, (run_id, reason) = start_by_click(qtbot, window, 1.0, 1.5)
    run = window.runs.run(run_id)
    text = window.statusBar().currentMessage()
    assert run.diagnosis.verdict is Verdict.DIVERGED
    # "Run 1 — Diverged: f grew from … by step 2 because η = 0.1 is too large: … 2/λmax = …"
    assert text.startswith(f"Run {run_id} — Diverged: f grew from ")
    assert f"by step {run.steps_shown} because η = 0.1 is too large" in text
    assert f"2/λmax = {run.diagnosis.eta_max:.3g}." in text and run.diagnosis.eta_max < 0.1
    assert text.count(".") >= 1 and text.endswith(".") and "try a smaller learning rate η after" not in text
    # The same verdict in the table: the word, and the sentence as its tooltip.
    cell = window.run_table.model().index(0, 6)
    assert cell.data() == "diverged" and cell.data(Qt.ItemDataRole.ToolTipRole) in text


def test_himmelblau_first_click_with_its_own_default_reaches_a_minimum(qtbot, window):
    window.controls.set_function("himmelblau")
    assert window.state.lr == CATALOGUE["himmelblau"].default_lr  # the panel switched to it
    _, (run_id, _) = start_by_click(qtbot, window, 1.0, 1.5)
    assert window.runs.run(run_id).diagnosis.verdict is Verdict.MINIMUM
    assert window.statusBar().currentMessage().startswith(f"Run {run_id} — Reached a minimum at step ")


def test_a_swarm_ends_with_its_counts_per_verdict(qtbot, window):
    window.controls.set_function("saddle")
    ids = window.start_swarm(n=6)
    assert len(ids) == 36
    qtbot.waitUntil(lambda: "ended —" in window.statusBar().currentMessage(), timeout=20_000)
    text = window.statusBar().currentMessage()
    verdicts = [window.runs.run(i).diagnosis.verdict for i in ids]
    counts = {v: verdicts.count(v) for v in Verdict if v in verdicts}
    assert text.startswith(f"Swarm of 36 runs ({ids[0]}–{ids[-1]}) ended — ")
    for verdict, n in counts.items():
        assert f"{verdict.label}: {n}" in text
    assert sum(counts.values()) == 36 and Verdict.UNBOUNDED in counts  # x0² − x1² has no minimum


def test_a_saved_session_brings_back_every_run_with_its_own_settings_and_verdict(qtbot, window, tmp_path):
    # Run 1: η = 5 on the sphere diverges.
    window.controls.lr_field.set_text("5")
    _, (first, _) = start_by_click(qtbot, window, 1.0, 1.0)
    # Run 2: η = 0.1 reaches the minimum.
    window.controls.lr_field.set_text("0.1")
    _, (second, _) = start_by_click(qtbot, window, -2.0, 1.0)
    # Run 3: a long, slow run, cancelled after a few steps were shown.
    window.controls.set_speed(30)
    window.controls.lr_field.set_text("1e-5")
    window.controls.steps_field.set_text("100000")
    window.controls.tol_field.set_text("0")
    third = window.start_run_at(2.0, 2.0)
    qtbot.waitUntil(lambda: window.runs.run(third).n_shown >= 4, timeout=5_000)
    window.runs.cancel(third)
    wait_for_verdicts(qtbot, window)
    before = {rid: (run.diagnosis.verdict, run.steps_shown, np.array(run.xs), run.settings)
              for rid, run in window.runs.runs.items()}
    assert [v[0] for v in before.values()] == [Verdict.DIVERGED, Verdict.MINIMUM, Verdict.CANCELLED]
    cancelled_at = before[third][1]

    path = tmp_path / "session.json"
    assert window.save_session(path)
    data = json.loads(path.read_text())
    assert data["version"] == 3
    assert [r["verdict"] for r in data["runs"]] == ["diverged", "minimum", "cancelled"]
    assert [r["descent"]["lr"] for r in data["runs"]] == [5.0, 0.1, 1e-5]
    assert data["runs"][2]["steps"] == cancelled_at and data["runs"][2]["descent"]["steps"] == 100_000

    window.controls.set_speed(math.inf)
    window.clear_paths()
    window.controls.set_function("himmelblau")  # something else on screen
    assert window.open_session(path)
    wait_for_verdicts(qtbot, window)
    after = window.runs.runs
    assert list(after) == [1, 2, 3]  # numbered from 1, in the same order
    for rid, (verdict, steps, xs, settings) in before.items():
        run = after[rid]
        assert run.diagnosis.verdict is verdict, rid
        assert run.steps_shown == steps and run.settings == settings
        np.testing.assert_array_equal(run.xs, xs)
    assert after[third].diagnosis.verdict is Verdict.CANCELLED and after[third].steps_shown == cancelled_at
    assert window.run_table.model().index(2, 6).data() == "cancelled"
    # Saved again, the file says the same (the cancelled run keeps its first step limit).
    again = tmp_path / "again.json"
    assert window.save_session(again)
    assert json.loads(again.read_text())["runs"] == data["runs"]


def test_a_version_2_session_runs_its_starts_with_its_settings(qtbot, window, tmp_path):
    path = tmp_path / "v2.json"
    path.write_text(json.dumps({
        "format": "gradient-explorer-session", "version": 2, "function": "sphere", "formula": None,
        "view_box": None, "descent": {"optimizer": "SGD", "lr": 5.0, "hyper": {}, "steps": 100, "tol": 1e-8,
                                      "h": 1e-4, "scheme": "central", "analytic": True, "escape_box": None},
        "animation_speed": 30.0, "starts": [[1.0, 1.0], [-1.0, 0.5]], "theme": "light",
        "layers": {"field": True, "heatmap": True, "contours": True, "critical": True, "paths": True},
        "arrow_mode": "scaled", "log_heatmap": False, "keep_paths": False}))
    window.controls.set_speed(math.inf)
    assert window.open_session(path)
    window.controls.set_speed(math.inf)
    wait_for_verdicts(qtbot, window)
    # η = 5 on the sphere diverges: the session says so, it does not come back "converged".
    assert [r.diagnosis.verdict for r in window.runs.runs.values()] == [Verdict.DIVERGED, Verdict.DIVERGED]
    sphere = CATALOGUE["sphere"]
    run = window.runs.run(1)
    expected = run_descent(sphere, np.array([[1.0, 1.0]]), run.config)
    assert diagnose_path(sphere, run.config, expected.path(0), expected.values[0, :expected.n_points[0]],
                         expected.grads[0, :expected.n_points[0]], expected.stop[0]).verdict is Verdict.DIVERGED


def test_the_exported_csv_carries_each_runs_settings_and_verdict(qtbot, window, tmp_path):
    from gui.model.trajectory_csv import read_trajectories_csv

    window.controls.set_function("saddle")
    start_by_click(qtbot, window, 2.0, 0.5)  # slides off towards −∞: unbounded
    with qtbot.waitSignal(window.runs.runEnded, timeout=10_000):
        window.start_run_at(2.0, 0.0)  # exactly on the axis (no pixel is): stops at the saddle
    window.export_trajectories(tmp_path / "runs.csv")
    lines = (tmp_path / "runs.csv").read_text().splitlines()
    assert lines[0] == "run,step,x0,x1,f,grad0,grad1,function,optimizer,lr,hyper,verdict"
    back = read_trajectories_csv(tmp_path / "runs.csv")
    assert [t.run_id for t in back] == [1, 2]
    assert [t.verdict for t in back] == ["unbounded", "saddle"]
    assert [(t.function, t.optimizer, t.lr) for t in back] == [("saddle", "SGD", CATALOGUE["saddle"].default_lr)] * 2
    for t, run in zip(back, window.runs.runs.values(), strict=True):
        assert t.verdict == run.diagnosis.code
        np.testing.assert_array_equal(t.xs, run.xs)


def test_a_typed_formulas_saddle_is_found_on_the_compute_thread_and_marked(qtbot, window):
    submitted = []
    window.compute.jobStarted.connect(submitted.append)
    with qtbot.waitSignal(window.formula_points.found, timeout=10_000) as found:
        window.controls.formula_field.set_text("x0**2 - x1**2")
        qtbot.keyClick(window.controls.formula_field.edit, Qt.Key.Key_Return)
    assert any(job.key == "formula-critical-points" for job in submitted)  # a job, not the GUI thread
    (point,) = found.args[0]
    assert point.kind == "saddle" and np.hypot(*point.x) < 1e-6
    layer = window.canvas.critical
    assert [cp.kind for cp in layer._points] == ["saddle"]
    assert [label.textItem.toPlainText() for label in layer.labels] == ["saddle 1"]
    # A catalogue function brings its own points again; another formula is searched anew.
    window.controls.set_function("himmelblau")
    assert len(layer._points) == len(CATALOGUE["himmelblau"].critical_points)
    with qtbot.waitSignal(window.formula_points.found, timeout=10_000) as found:
        window.controls.formula_field.set_text("(x0 - 1)**2 + (x1 + 0.5)**2")
        qtbot.keyClick(window.controls.formula_field.edit, Qt.Key.Key_Return)
    (point,) = found.args[0]
    assert point.kind == "minimum" and np.allclose(point.x, (1.0, -0.5), atol=1e-6)
    assert [cp.kind for cp in layer._points] == ["minimum"]
