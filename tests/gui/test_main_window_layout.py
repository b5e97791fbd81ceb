"""The window at its default size: a window-wide Ctrl+E, the Help window's Close button, the loss
of finished runs without a selection, the loss plot's top tick whole, run numbers after Clear."""
from __future__ import annotations


import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit



@pytest.fixture
def window(himmelblau_window):
    return himmelblau_window


def _run(qtbot, window, start) -> int:
    window.controls.lr_field.set_text("0.01")
    with qtbot.waitSignal(window.runs.runEnded, timeout=10_000):
        run_id = window.start_run_at(*start)
    return run_id


class _X11LineEdit(QLineEdit):
    """A line edit that claims Ctrl+E as X11's key bindings make every QLineEdit do ("end of
    line"); the offscreen platform has Windows' bindings, where nothing claims it."""

    def event(self, event):
        if (event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_E
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier):
            event.accept()
            return True
        return super().event(event)


def test_ctrl_e_exports_while_a_text_field_has_the_focus(qtbot, window, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    field = _X11LineEdit(window.controls)
    field.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    QTest.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1  # the export dialog was asked for, from inside a field claiming the key
    window.controls.lr_field.edit.setFocus()
    QTest.keyClick(window.controls.lr_field.edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 2
    # an unguarded key stays the field's (the guard only lets the window's export keys through)
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 2


def test_the_help_window_has_a_close_button(qtbot, window):
    from PySide6.QtWidgets import QDialogButtonBox

    help_window = window.show_help()
    qtbot.waitExposed(help_window)
    close = help_window.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close is not None and close.isVisible()
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not help_window.isVisible()


def test_a_finished_runs_loss_is_plotted_without_selecting_it(qtbot, window):
    first = _run(qtbot, window, (1.0, 1.0))
    assert window.loss_plot.run_ids() == [first] and not window.loss_plot.chosen
    assert "select rows" in window.loss_plot.note.text()
    second = _run(qtbot, window, (-3.0, 3.5))
    assert window.loss_plot.run_ids() == [first, second]
    window.run_table.select_runs([second])
    assert window.loss_plot.run_ids() == [second] and window.loss_plot.chosen
    third = _run(qtbot, window, (-3.0, -3.0))  # a selection is kept when another run ends
    assert window.loss_plot.run_ids() == [second]
    window.run_table.select_runs([])
    assert window.loss_plot.run_ids() == [first, second, third]


def test_the_loss_plots_top_tick_is_whole(qtbot, window):
    _run(qtbot, window, (1.0, 1.0))
    QApplication.processEvents()
    plot = window.loss_plot.plot
    axis = plot.getPlotItem().getAxis("left")
    from PySide6.QtGui import QPainter, QPicture

    picture = QPicture()
    painter = QPainter(picture)
    specs = axis.generateDrawSpecs(painter)
    painter.end()
    texts = specs[2]
    assert texts, "the axis shows tick values"
    top = min(axis.mapRectToScene(rect).top() for rect, _flags, _text in texts)
    assert top >= 0  # no tick value cut at the top of the plot (it sits under the table)


def test_run_numbers_restart_after_clear(qtbot, window):
    assert _run(qtbot, window, (1.0, 1.0)) == 1
    assert _run(qtbot, window, (2.0, 1.0)) == 2
    window.clear_paths()
    assert _run(qtbot, window, (1.0, 2.0)) == 1
    assert window.run_table.model().index(0, 0).data() == "1"
