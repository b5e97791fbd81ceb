"""The run table: short verdict words with the whole sentence in the tooltip, and columns that fit
the window's default size (the Stop column used to be cut off at 1280×800)."""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt

from gui.run_table import COLUMNS, SHORT_STOP, STOP_COLUMN
from numerics.descent import StopReason


@pytest.fixture
def window(himmelblau_window):
    return himmelblau_window


def _run(qtbot, window, lr: str, start) -> int:
    window.controls.lr_field.set_text(lr)
    with qtbot.waitSignal(window.runs.runEnded, timeout=10_000):
        run_id = window.start_run_at(*start)
    return run_id


def test_three_runs_fit_the_default_window_and_the_stop_words_show_whole(qtbot, window):
    converged = _run(qtbot, window, "0.01", (1.0, 1.0))
    _run(qtbot, window, "0.01", (-3.0, 3.5))
    diverged = _run(qtbot, window, "0.1", (4.5, 4.5))
    table = window.run_table
    model = table.model()
    assert window.runs.run(converged).stop_reason == StopReason.CONVERGED
    assert window.runs.run(diverged).stop_reason == StopReason.DIVERGED

    widths = [table.columnWidth(c) for c in range(len(COLUMNS))]
    assert sum(widths) <= table.viewport().width()  # nothing hidden behind a scroll bar
    assert not table.horizontalScrollBar().isVisible()
    metrics = table.fontMetrics()
    # No cell is elided (an elided number would misread; a cut verdict too): every text fits.
    for row in range(model.rowCount()):
        for column in range(len(COLUMNS)):
            assert metrics.horizontalAdvance(model.index(row, column).data()) < widths[column], (row, column)

    stop = model.index(2, STOP_COLUMN)
    assert stop.data() == "diverged"
    # The tooltip is the verdict's sentence, with the number that backs "too large".
    diagnosis = window.runs.run(diverged).diagnosis
    assert stop.data(Qt.ItemDataRole.ToolTipRole) == str(diagnosis.message)
    assert "η = 0.1 is too large" in str(diagnosis.message) and diagnosis.eta_max < 0.1
    assert model.index(0, STOP_COLUMN).data() == "minimum"
    # Cells show three significant digits, tooltips six: the table is narrow, nothing is lost.
    final = window.runs.run(diverged).xs[-1]
    assert model.index(2, 3).data().startswith(f"{final[0]:.3g}".replace("-", "−"))
    assert f"{final[0]:.6g}".replace("-", "−") in model.index(2, 3).data(Qt.ItemDataRole.ToolTipRole)


def test_a_long_verdict_or_point_widens_its_column_instead_of_being_elided(qtbot, window):
    from gui.run_table import RunTableModel

    run_id = _run(qtbot, window, "0.01", (1.0, 1.0))
    table = window.run_table
    model = table.model()
    metrics = table.fontMetrics()
    longest = max(SHORT_STOP, key=metrics.horizontalAdvance)  # "unbounded below"
    real = RunTableModel._text
    wide_point = "−2.81e−12, −1.77e+13"

    def text(run, column, digits=3):
        if column == STOP_COLUMN and digits == 3:
            return longest
        if column == 3 and digits == 3:
            return wide_point
        if column == 5 and digits == 3:
            return "0.000541"  # three digits, wider than the "9.99e−9" the column is sized for
        return real(run, column, digits)

    RunTableModel._text = staticmethod(text)
    try:
        model.dataChanged.emit(model.index(0, 0), model.index(0, len(COLUMNS) - 1))
        for column, shown in ((STOP_COLUMN, longest), (3, wide_point), (5, "0.000541")):
            assert metrics.horizontalAdvance(shown) < table.columnWidth(column)
        # wider than the pane now: the table scrolls sideways rather than cut a cell
        assert sum(table.columnWidth(c) for c in range(len(COLUMNS))) > table.viewport().width()
        qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() > 0, timeout=2000)
    finally:
        RunTableModel._text = staticmethod(real)
    assert window.runs.run(run_id) is not None
