"""The run table: short verdict words with the whole sentence in the tooltip, and columns that fit
the window's default size (the Stop column used to be cut off at 1280×800)."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt

from gui.main_window import MainWindow
from gui.run_table import COLUMNS, SHORT_STOP, STOP_COLUMN
from numerics.descent import StopReason


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.controls.set_speed(math.inf)
    w.controls.set_function("himmelblau")
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


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
    for word in SHORT_STOP:  # every verdict word, the longest ("unbounded below") included
        assert metrics.horizontalAdvance(word) < widths[STOP_COLUMN]
    # f and |∇f| are never elided (an elided number would misread): three digits fit.
    for row in range(model.rowCount()):
        for column in (4, 5):
            assert metrics.horizontalAdvance(model.index(row, column).data()) < widths[column]

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
