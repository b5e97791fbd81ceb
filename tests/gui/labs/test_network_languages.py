"""The Network tab in Korean and Japanese: every page switched to the language speaks it (controls,
titles, axes, legends, readouts, the error shown) and is back to its exact English after switching
back; no control is cut in either language; ``--lab network --lang ko`` prints Korean lines."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyleOptionComboBox

from gui import i18n
from gui.labs import LABS
from tests.gui.visible_text import english_words, visible_texts

SCRIPT = {"ko": re.compile("[\uac00-\ud7af]"), "ja": re.compile("[\u3040-\u30ff\u4e00-\u9fff]")}
#: Code the pages quote from the book (np.random.choice, net.loss(x, t), t10k-images-idx3-ubyte.gz):
#: dotted names are notation, whatever words they are made of.
CODE = re.compile(r"[\w-]+(?:\.[\w-]+)+")
#: Names that stay as they are: the book's class simpleNet, its dataset/ folder, the XOR dataset.
NOTATION = {"simpleNet", "dataset", "XOR"}
ROOT = Path(__file__).resolve().parents[3]


def _switch(language: str) -> None:
    i18n.set_language(language)
    for _ in range(3):  # LanguageChange is delivered with the next events
        QApplication.processEvents()


def _text_fits(combo: QComboBox) -> bool:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) <= field.width()


def _english(texts) -> list[str]:
    return [t.text for t in texts if set(english_words(CODE.sub(" ", t.text))) - NOTATION]


@pytest.fixture
def lab(qtbot):
    """A Network tab built in English, every page built and its preset computed."""
    widget = LABS["network"].create()
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    for page in (widget.training, widget.simple_net, widget.line_fit):
        widget.show_page(page)
        page.run_preset_blocking()
    widget.training.flush_redraw()
    yield widget
    i18n.set_language("en")
    widget.shutdown()


@pytest.mark.parametrize("language", ["ko", "ja"])
def test_every_page_switched_speaks_the_language_and_switches_back(lab, language):
    pages = lab.all_pages()
    before = [[t.text for t in visible_texts(page)] for page in pages]
    tabs_before = [lab.pages.tabText(i) for i in range(lab.pages.count())]
    assert all(_english(visible_texts(page)) for page in pages)  # the check can see English
    _switch(language)
    for page in pages:
        texts = visible_texts(page)
        assert not _english(texts), (type(page).__name__, _english(texts))
        assert sum(bool(SCRIPT[language].search(t.text)) for t in texts) >= 10
    tabs = [lab.pages.tabText(i) for i in range(lab.pages.count())]
    assert all(SCRIPT[language].search(t) for t in tabs), tabs
    # The figures' own words: the plots' titles and legends of the training page.
    legends = [label.text for plot in (lab.training.loss_plot, lab.training.acc_plot) for _, label in plot.legend.items]
    assert len(legends) == 4 and all(SCRIPT[language].search(text) for text in legends), legends
    _switch("en")
    assert [[t.text for t in visible_texts(page)] for page in pages] == before
    assert [lab.pages.tabText(i) for i in range(lab.pages.count())] == tabs_before


def test_an_error_shown_follows_the_language(lab):
    page = lab.training
    page.lr_edit.setText("fast")
    assert not page.train()  # a NumberError: its reason is a Message, the field named by its label
    english = page.message.text()
    assert "fast" in english and "η" in english
    _switch("ja")
    assert page.message.text() != english and SCRIPT["ja"].search(page.message.text())
    _switch("en")
    assert page.message.text() == english
    page.lr_edit.setText("1")
    page.select_dataset("mnist")
    page.mnist_source.folder = None
    page._set_dataset(None)  # noqa: SLF001 - MNIST chosen, no files anywhere
    assert not page.train()
    _switch("ko")
    assert "MNIST" in page.message.text() and SCRIPT["ko"].search(page.message.text())


@pytest.mark.parametrize("language", ["en", "ko", "ja"])
def test_no_control_is_cut_in_the_language(lab, language):
    _switch(language)
    cut = []
    for dataset in ("spiral", "mnist"):
        lab.training.select_dataset(dataset)
        for page in lab.all_pages():
            lab.show_page(page)
            QApplication.processEvents()
            panel = page.controls_panel
            if panel.widget().minimumSizeHint().width() > panel.viewport().width():
                cut.append(f"{type(page).__name__}: the control column is wider than its "
                           f"{panel.viewport().width()} px ({panel.widget().minimumSizeHint().width()} px)")
            for combo in panel.findChildren(QComboBox):
                if not combo.isVisibleTo(page):
                    continue
                for index in range(combo.count()):  # every entry, shown as the current one
                    combo.setCurrentIndex(index)
                    if not _text_fits(combo):
                        cut.append(f"{type(page).__name__}: {combo.currentText()!r} in a {combo.width()} px box")
    assert not cut, cut


def test_the_command_line_prints_its_lines_in_korean(tmp_path):
    table = tmp_path / "net.csv"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "ko", "--lab", "network", "--dataset",
                           "moons", "--iterations", "40", "--hidden", "4", "--export-csv", str(table)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert any("훈련 정확도" in line and "시험 정확도" in line for line in lines), lines
    assert any(str(table) in line and "40" in line and SCRIPT["ko"].search(line) for line in lines), lines
    assert not any("accuracy" in line or "iterations" in line for line in lines), lines
    bad = subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "ja", "--lab", "network", "--dataset",
                          "iris", "--export-csv", str(table)], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
    assert "--dataset" in bad.stderr and "iris" in bad.stderr and SCRIPT["ja"].search(bad.stderr), bad.stderr
