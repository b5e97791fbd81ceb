"""The labs follow View ▸ Language: a lab built in English and switched shows its controls,
readouts, titles, legends and errors in the language, and is back to its English texts after
switching back (gui.labs.lab_base: bound texts and retranslate_ui)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from gui import i18n
from gui.labs import LABS
from tests.gui.visible_text import visible_texts

#: The labs whose texts gui/labs/lab_base.py and its subclasses set (the network lab has its own tests).
NAMES = [name for name in LABS if name != "network"]
HANGUL = re.compile("[\uac00-\ud7af]")


def _switch(language: str) -> None:
    i18n.set_language(language)
    for _ in range(3):  # LanguageChange is delivered with the next events
        QApplication.processEvents()


@pytest.fixture
def english_lab(qtbot, request):
    widget = LABS[request.param].create()
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    widget.run_preset_blocking()
    yield widget
    i18n.set_language("en")
    widget.shutdown()


@pytest.mark.parametrize("english_lab", NAMES, indirect=True)
def test_a_switched_lab_speaks_the_language_and_switches_back(english_lab):
    lab = english_lab
    before = [t.text for t in visible_texts(lab.controls_panel)]
    figure_before = [t.text for t in visible_texts(lab.figure)]
    _switch("ko")
    after = [t.text for t in visible_texts(lab.controls_panel)]
    figure_after = [t.text for t in visible_texts(lab.figure)]
    assert len(after) == len(before)
    changed = [t for b, t in zip(before, after) if b != t]
    unchanged_words = [t for t in changed if not HANGUL.search(t) and re.search("[A-Za-z]", t)]
    assert changed and not unchanged_words, unchanged_words  # ("to" may become "~")
    assert any(HANGUL.search(t) for t in figure_after), figure_after  # titles, legends, readouts
    assert lab.progress_bar.format().startswith("계산")
    _switch("en")
    assert [t.text for t in visible_texts(lab.controls_panel)] == before
    assert [t.text for t in visible_texts(lab.figure)] == figure_before


def test_an_error_shown_follows_the_language(qtbot):
    lab = LABS["lr-race"].create()
    qtbot.addWidget(lab)
    try:
        assert not lab.add_learning_rate("fast")  # a NumberError: its reason is a Message
        english = lab.message.text()
        assert "not a number" in english
        _switch("ja")
        assert lab.message.text() != english and "fast" in lab.message.text()
        assert not lab.add_learning_rate("0.1")  # a text of the lab itself, with the number put in
        assert "0.1" in lab.message.text() and re.search("[\u3040-\u30ff]", lab.message.text())
        _switch("en")
        assert lab.message.text() == "η = 0.1 is already in the race"
    finally:
        i18n.set_language("en")
        lab.shutdown()


def test_the_step_inspector_writes_adams_state_after_a_step(qtbot):
    lab = LABS["step-inspector"].create()
    qtbot.addWidget(lab)
    try:
        lab.optimizer_box.setCurrentText("Adam")
        lab.set_point(-3.0, 4.0)
        lab.next_step(2)  # the state now holds one iteration count per point: shape (1,)
        assert lab.model.step_count == 2
        assert "iteration = 2" in lab.text.text() and "first_moment = (" in lab.text.text()
    finally:
        lab.shutdown()
