"""Shared set-up for every GUI test: run Qt offscreen, before any Qt module loads.

Kept generic on purpose: other GUI test modules live beside these and rely on it.
"""
from __future__ import annotations

import os

# Must happen before PySide6 creates the QApplication (pytest-qt creates it lazily,
# but a test module importing gui.* could load QtGui first).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture
def shot_dir(tmp_path):
    """A fresh directory for images written by a test."""
    out = tmp_path / "shots"
    out.mkdir()
    return out


@pytest.fixture
def window(qtbot):
    """A shown main window that animates instantly; closing it must stop the worker thread."""
    import math

    from gui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.controls.set_speed(math.inf)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
    assert not w.runs.worker_thread.isRunning()


@pytest.fixture(scope="session", autouse=True)
def _interpreter_configured_as_at_start_up():
    """What gui.app.run_app does once at start: tests run the GUI beside the compute thread too."""
    from gui.workers.compute_thread import configure_interpreter

    configure_interpreter()


@pytest.fixture
def make_canvas(qtbot):
    """``make_canvas(objective=None, size=(640, 520))``: a shown, exposed FieldCanvas."""

    def make(objective=None, size=(640, 520)):
        from gui.canvas import FieldCanvas

        canvas = FieldCanvas() if objective is None else FieldCanvas(objective)
        canvas.resize(*size)
        qtbot.addWidget(canvas)
        canvas.show()
        qtbot.waitExposed(canvas)
        return canvas

    return make


@pytest.fixture
def himmelblau_window(qtbot):
    """A shown 1280×800 main window on Himmelblau, animating instantly (the default size's layout)."""
    import math

    from gui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.controls.set_speed(math.inf)
    w.controls.set_function("himmelblau")
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
