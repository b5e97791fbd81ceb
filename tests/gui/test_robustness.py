"""The window survives what users do: closing mid-run, undefined maths, junk input, busy clicking."""

from __future__ import annotations

import math
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from numerics.descent import StopReason

ROOT = Path(__file__).resolve().parents[2]


def _run_script(body: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path))
    return subprocess.run([sys.executable, "-c", textwrap.dedent(body)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_quitting_the_app_during_a_100k_step_run_exits_cleanly(tmp_path):
    """Through run_app, as a user would: start a long run, quit with it still computing."""
    result = _run_script("""
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from gui.app import run_app
        from gui.main_window import MainWindow

        def go():
            window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
            window.controls.lr_field.set_text("1e-6")
            window.controls.steps_field.set_text("100000")
            window.controls.tol_field.set_text("0")
            run_id = window.start_run_at(1.0, 1.0)
            def close():
                assert window.runs.run(run_id).computing, "the run should still be computing"
                print("closing while computing", file=sys.stderr)
                window.close()
            QTimer.singleShot(400, close)

        QTimer.singleShot(0, go)
        sys.exit(run_app([sys.argv[0]]))
    """, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "closing while computing" in result.stderr
    assert "QThread: Destroyed" not in result.stderr
    assert "Timers cannot be stopped from another thread" not in result.stderr
    assert "Traceback" not in result.stderr


def test_dropping_the_window_without_closing_still_stops_the_thread(tmp_path):
    """aboutToQuit also shuts the worker down, whatever ends the event loop."""
    result = _run_script("""
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from gui.main_window import MainWindow

        app = QApplication([])
        window = MainWindow()
        app.aboutToQuit.connect(window.shutdown)
        window.controls.lr_field.set_text("1e-6")
        window.controls.steps_field.set_text("100000")
        window.controls.tol_field.set_text("0")
        window.start_run_at(1.0, 1.0)
        QTimer.singleShot(300, app.quit)
        code = app.exec()
        print("thread running:", window.runs.worker_thread.isRunning(), file=sys.stderr)
        sys.exit(code)
    """, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "thread running: False" in result.stderr
    assert "QThread: Destroyed" not in result.stderr


def test_a_script_that_never_closes_the_window_still_exits_cleanly(tmp_path):
    result = _run_script("""
        import time
        from PySide6.QtWidgets import QApplication
        from gui.main_window import MainWindow

        app = QApplication([])
        window = MainWindow()
        window.controls.lr_field.set_text("1e-6")
        window.controls.steps_field.set_text("100000")
        window.start_run_at(1.0, 1.0)
        end = time.time() + 0.3
        while time.time() < end:
            app.processEvents()
    """, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "QThread: Destroyed" not in result.stderr


def test_formula_undefined_at_the_start(qtbot, window):
    # undefined for x0 ≤ 0, with a minimum at x0 = 1 + 1/√2 ≈ 1.71, x1 = 0
    window.controls.set_formula("log(x0) + (x0 - 2)**2 + x1**2")
    with qtbot.waitSignal(window.runs.runEnded, timeout=5_000) as ended:
        run_id = window.start_run_at(-1.0, 1.0)  # log of a negative number: f is NaN there
    assert ended.args == [run_id, int(StopReason.DIVERGED)]
    window.run_table.select_runs([run_id])
    assert window.run_table.model().index(0, 4).data() == "—"
    window.canvas.cursorMoved.emit(-1.0, 1.0)
    assert "f = —" in window.cursor_label.text()
    # Where the formula is defined, it runs normally.
    with qtbot.waitSignal(window.runs.runEnded, timeout=5_000) as ended:
        window.start_run_at(1.0, 1.0)
    run = window.runs.run(ended.args[0])
    assert ended.args[1] != StopReason.DIVERGED
    assert run.n_shown > 1 and np.isfinite(run.xs).all() and np.isfinite(run.values).all()


@pytest.mark.parametrize("text", ["", " ", "1e999", "-inf", "nan", "0x10", "1/0", "√2", "1e-400", "9" * 400])
def test_junk_in_every_number_field_is_refused_and_harmless(qtbot, window, text):
    fields = window.controls.number_fields()
    before = [f.value() for f in fields]
    for field in fields:
        field.set_text(text)
    refused = [f for f in fields if not f.is_valid()]
    assert all(f.error() for f in refused)
    assert window.start_run_at(0.5, 0.5) is None or not refused
    for field, value in zip(fields, before, strict=True):
        if not field.is_valid():
            assert field.value() == value  # refused: the last accepted value is kept


def test_non_finite_click_is_ignored(window):
    assert window.start_run_at(math.nan, 0.0) is None
    assert window.start_run_at(0.0, math.inf) is None
    assert window.runs.runs == {}


def test_busy_user(qtbot, window):
    """Clear, switch function, toggle theme and pause while runs compute; the window keeps up."""
    window.controls.set_speed(100)
    window.controls.lr_field.set_text("1e-3")
    window.controls.steps_field.set_text("20000")
    window.controls.tol_field.set_text("0")
    for i in range(10):
        window.start_run_at(-1.0 + 0.2 * i, 1.0)
    window.toggle_pause_all()
    window.actions["theme_dark"].trigger()
    window.clear_paths()
    for i in range(5):
        window.start_run_at(1.0, -1.0 + 0.3 * i)
    window.controls.set_function("himmelblau")  # clears: keep-paths is off
    assert window.runs.runs == {}
    window.actions["theme_light"].trigger()
    window.controls.set_speed(math.inf)
    window.controls.steps_field.set_text("50")
    with qtbot.waitSignal(window.runs.runEnded, timeout=5_000) as ended:
        run_id = window.start_run_at(0.0, 0.0)
    assert ended.args[0] == run_id
    qtbot.waitUntil(lambda: not any(window.runs.run(i).computing for i in range(1, run_id)), timeout=5_000)


def test_lab_failure_does_not_break_the_window(qtbot, window, monkeypatch):
    assert window._labs  # the labs always exist: no skip for a build without them
    index = next(iter(window._labs))
    spec, _ = window._labs[index]

    class Broken:
        name, title = spec.name, spec.title

        @staticmethod
        def create(compute=None):
            raise RuntimeError("lab exploded")

    window._labs[index] = (Broken, None)
    window.tabs.setCurrentIndex(index)
    assert "lab exploded" in window.tabs.widget(index).findChildren(type(window.cursor_label))[0].text()
    window.tabs.setCurrentIndex(0)
    assert window.start_run_at(1.0, 1.0) is not None
