"""What the window says while it is used — status lines, the run table's menu and words, the step
box, the loss plot's note, the help and About boxes, export and settings errors — in Korean and
Japanese, again after View ▸ Language, and with English plural forms in English.

tests/gui/test_translations.py walks a fresh window; these texts only appear once runs exist.
"""

from __future__ import annotations

import math
import re
from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from gui import i18n

HANGUL = re.compile("[\uac00-\ud7af]")
KANA = re.compile("[\u3040-\u30ff]")  # kana only: Han characters alone could be Korean hanja too


@pytest.fixture
def in_language(qtbot):
    """``in_language(code)``: a shown window built in that language (English restored afterwards)."""
    from gui.main_window import MainWindow

    windows = []

    def make(language: str):
        i18n.set_language(language)
        window = MainWindow()
        qtbot.addWidget(window)
        window.controls.set_speed(math.inf)
        window.show()
        qtbot.waitExposed(window)
        said: list[str] = []
        shown = window.status
        window.status = lambda text: (said.append(text), shown(text))
        window.said = said
        windows.append(window)
        return window

    yield make
    i18n.set_language("en")
    for window in windows:
        window.close()


def _switch(qtbot, window, language: str) -> None:
    window.set_language(language)
    qtbot.wait(10)  # LanguageChange arrives with the next events
    QApplication.processEvents()


def _run(qtbot, window, start=(1.0, 1.0)) -> int:
    run_id = window.start_run_at(*start)
    qtbot.waitUntil(lambda: window.runs.run(run_id).diagnosis is not None, timeout=10_000)
    return run_id


def test_a_run_is_told_in_korean_and_retold_in_japanese_after_a_switch(qtbot, in_language):
    window = in_language("ko")
    first, second = _run(qtbot, window), _run(qtbot, window, (-2.0, 1.5))
    started = [t for t in window.said if "(1, 1)" in t]
    assert started and HANGUL.search(started[0]) and str(first) in started[0], window.said
    table, model = window.run_table, window.run_table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[0] == "#" and headers[4] == "f" and all(HANGUL.search(headers[c]) for c in (1, 2, 3, 6)), headers
    menu = [a.text() for a in table.run_menu([first, second]).actions()]
    assert len(menu) == 5 and all(HANGUL.search(t) and f"{first}, {second}" in t for t in menu), menu
    window.show_step(first, 2)
    assert HANGUL.search(window.step_details.title()) and "단계 k" in window.step_details.label.text()
    assert window.loss_plot.plot.getAxis("bottom").labelText == "단계"

    _switch(qtbot, window, "ja")
    # every text rebuilt from its data: headers, the step shown, the axis, the note
    assert KANA.search(model.headerData(2, Qt.Orientation.Horizontal))
    assert "ステップ k" in window.step_details.label.text() and window.step_details.step == 2
    assert window.loss_plot.plot.getAxis("bottom").labelText == "ステップ"
    assert KANA.search(window.loss_plot.note.text()) and KANA.search(window.run_table.toolTip())
    menu = [a.text() for a in table.run_menu([first]).actions()]
    assert all(KANA.search(t) and f"実行 {first} " in t for t in menu), menu


def test_the_help_and_about_boxes_follow_the_language(qtbot, in_language):
    window = in_language("en")
    help_window, about = window.show_help(), window.show_about()
    assert help_window.windowTitle() == "How to use Gradient Explorer"
    assert "Deep Learning from Scratch" in about.text()
    _switch(qtbot, window, "ko")
    assert HANGUL.search(help_window.windowTitle()) and "경사 하강법" in help_window.browser.toPlainText()
    assert "밑바닥부터 시작하는 딥러닝" in about.text() and HANGUL.search(about.windowTitle())
    assert "PySide6" in about.text()  # the versions table is kept
    _switch(qtbot, window, "ja")
    assert "勾配降下法" in help_window.browser.toPlainText()
    _switch(qtbot, window, "en")
    assert "gradient descent" in help_window.browser.toPlainText()


def test_english_counts_take_their_plural_forms(qtbot, in_language):
    from gui.loss_plot import LossPlot

    window = in_language("en")
    window.start_swarm(1)
    window.start_swarm(2)
    released = [t for t in window.said if t.startswith("Swarm of") and "released" in t]
    assert released[0].startswith("Swarm of 1 start released") and released[1].startswith("Swarm of 4 starts released")
    plot = LossPlot()
    qtbot.addWidget(plot)
    for hidden, said in ((1, "1 undefined value not drawn"), (2, "2 undefined values not drawn")):
        values = np.array([1.0, *([np.nan] * hidden), 0.5])
        plot.show_runs([SimpleNamespace(run_id=1, color="#d62728", values=values)])
        assert said in plot.note.text()


def test_export_and_settings_errors_are_in_the_language(qtbot, in_language, tmp_path):
    from gui.export import ExportError, export_png

    window = in_language("ja")
    with pytest.raises(ExportError) as refused:
        export_png(window.canvas, tmp_path / "figure.txt")
    assert KANA.search(str(refused.value)) and ".png" in str(refused.value)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("panel/descent.lr", '"abc"')
    settings.sync()
    window.restore_settings(settings)
    assert any(KANA.search(t) and "descent.lr" in t for t in window.said), window.said
