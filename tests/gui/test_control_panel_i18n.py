"""The control panel, its fields and the 3-D view after a language switch: every text said again.

tests/gui/test_translations.py walks a freshly built window; these tests look at what only
appears once the user has done something — a refused number, a refused formula, a click's
stability readout, the run summary, the 3-D view's words without OpenGL — and check that View ▸
Language changes it without a restart, and that English comes back as it was.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from gui import i18n
from gui.control_panel import ControlPanel, speed_label

HANGUL = re.compile("[\uac00-\ud7af]")
JAPANESE = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")


def _switch(language: str) -> None:
    i18n.set_language(language)
    for _ in range(3):  # LanguageChange is delivered with the next events
        QApplication.processEvents()


@pytest.fixture
def panel(qtbot):
    widget = ControlPanel()
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    _switch("en")


def test_a_refused_number_is_said_again_in_the_language_switched_to(panel):
    panel.steps_field.edit.setText("abc")
    english = panel.steps_field.error()
    assert english.startswith("steps: ") and "abc" in english
    _switch("ko")
    korean = panel.steps_field.error()
    assert korean.startswith("단계 수") and HANGUL.search(korean) and "abc" in korean
    assert panel.steps_field.error_label.text() == korean and panel.steps_field.edit.toolTip() == korean
    with pytest.raises(ValueError) as refused:
        panel.config()
    assert HANGUL.search(str(refused.value)) and korean in str(refused.value)
    _switch("ja")
    assert panel.steps_field.error().startswith("ステップ数") and JAPANESE.search(panel.steps_field.error())
    _switch("en")
    assert panel.steps_field.error() == english


def test_a_refused_formula_is_said_again_with_its_column(panel):
    panel.formula_field.set_text("x0^2")
    english = panel.formula_field.error()
    assert "column 3" in english
    _switch("ja")
    japanese = panel.formula_field.error()
    assert JAPANESE.search(japanese) and "3" in japanese and "column" not in japanese
    assert panel.formula_field.message.text() == japanese
    assert JAPANESE.search(panel.formula_field.use_button.text())
    _switch("en")
    assert panel.formula_field.error() == english


def test_labels_combos_and_readouts_follow_the_language(panel):
    english_titles = [panel.function_combo.itemText(i) for i in range(panel.function_combo.count())]
    english_stability = panel.stability_text()
    _switch("ko")
    assert panel.suggest_button.text() == "η 제안"
    assert all(HANGUL.search(panel.gradient_combo.itemText(i)) for i in range(panel.gradient_combo.count()))
    assert panel.speed_combo.itemText(panel.speed_combo.findData(30.0)) == speed_label(30.0) == "초당 30단계"
    assert HANGUL.search(panel.scheme_combo.itemText(panel.scheme_combo.findData("central")))
    assert HANGUL.search(panel.stability_text())
    assert HANGUL.search(panel.function_combo.itemText(panel.function_combo.count() - 1))  # "Your formula"
    assert HANGUL.search(panel.steps_field.toolTip()) and HANGUL.search(panel.lr_field.slider.toolTip())
    panel.state.update(probe=(1.0, 1.0))
    assert HANGUL.search(panel.stability_text()) and "λmax" in panel.stability_text()
    assert panel.describe().endswith("최대 100단계")
    _switch("en")
    assert [panel.function_combo.itemText(i) for i in range(panel.function_combo.count())] == english_titles
    panel.state.update(probe=None)
    assert panel.stability_text() == english_stability


def test_the_run_summary_counts_steps_in_english_plural_forms(panel):
    panel.steps_field.set_text("1")
    assert panel.describe() == "SGD η=0.1, ≤1 step"
    panel.steps_field.set_text("250")
    assert panel.describe() == "SGD η=0.1, ≤250 steps"


def test_the_3d_views_words_without_opengl_follow_the_language(qtbot, qapp):
    from gui.canvas3d import gl_probe
    from gui.canvas3d.surface_view import SurfaceView

    gl_probe.forget()
    if gl_probe.opengl_unavailable_reason() is None:
        pytest.skip("this platform draws OpenGL: the words in the view's place are not shown")
    view = SurfaceView()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    english = view.fallback_label.text()
    try:
        _switch("ja")
        assert JAPANESE.search(view.fallback_label.text()) and "OpenGL" in view.fallback_label.text()
        assert view.fallback_label.text() == gl_probe.opengl_unavailable_reason()
        assert view.reset_button.text() == "表示をリセット"
    finally:
        _switch("en")
    assert view.fallback_label.text() == english
