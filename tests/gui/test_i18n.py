"""gui.i18n: choosing and switching the language, Qt's own translations, Messages, fonts."""

from __future__ import annotations

import json
import logging
import subprocess

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from gui import i18n
from numerics.messages import Message
from tools.update_translations import PENDING_DIR, tool_command


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    yield
    i18n.set_language("en")
    qapp.processEvents()


def _pending(context: str, source: str, language: str) -> str:
    for path in PENDING_DIR.glob("*.json"):
        entry = json.loads(path.read_text(encoding="utf-8")).get(context, {}).get(source)
        if entry:
            return entry[language]
    raise KeyError(source)


def _catalogue(tmp_path, language: str, messages: dict[tuple[str, str], str | list[str]]) -> QTranslator:
    """A translator compiled by lrelease from ``{(context, source): translation}``."""
    body = []
    for (context, source), text in messages.items():
        if isinstance(text, list):
            forms = "".join(f"<numerusform>{f}</numerusform>" for f in text)
            body.append(f'<context><name>{context}</name><message numerus="yes"><source>{source}</source>'
                        f"<translation>{forms}</translation></message></context>")
        else:
            body.append(f"<context><name>{context}</name><message><source>{source}</source>"
                        f"<translation>{text}</translation></message></context>")
    ts = tmp_path / f"test_{language}.ts"
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="{language}">'
                  + "".join(body) + "</TS>", encoding="utf-8")
    qm = ts.with_suffix(".qm")
    subprocess.run([*tool_command("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator


@pytest.fixture
def installed(qapp):
    """Install translators for one test; removed afterwards."""
    translators = []

    def install(translator: QTranslator) -> None:
        qapp.installTranslator(translator)
        translators.append(translator)

    yield install
    for translator in translators:
        qapp.removeTranslator(translator)


def test_the_system_language_is_the_first_supported_one_the_locale_lists():
    assert i18n.language_for_ui_languages(["ko-KR", "ko", "en-US"]) == "ko"
    assert i18n.language_for_ui_languages(["ja_JP"]) == "ja"
    assert i18n.language_for_ui_languages(["fr-FR", "ja", "en"]) == "ja"  # the user's own fallback list
    assert i18n.language_for_ui_languages(["de-DE", "en-GB", "ko"]) == "en"
    assert i18n.language_for_ui_languages(["C"]) == "en"
    assert i18n.language_for_ui_languages([]) == "en"
    assert i18n.resolve("system") == i18n.system_language()
    assert i18n.resolve("ko") == "ko"
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        i18n.resolve("fr")


def _ok_text() -> str:
    """The text of a standard OK button (from Qt's own catalogue)."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    return box.button(QDialogButtonBox.StandardButton.Ok).text()


def test_each_language_installs_ours_and_qts_own_translations(qapp):
    assert _ok_text() == "OK"
    assert i18n.set_language("ko") == "ko" and i18n.current_language() == "ko"
    assert QCoreApplication.translate("MainWindow", "&File") == _pending("MainWindow", "&File", "ko") == "파일(&F)"
    # Qt's own catalogue from the wheel: standard buttons, file dialogs, message boxes.
    assert _ok_text() == QCoreApplication.translate("QPlatformTheme", "OK") != "OK"
    assert i18n.set_language("ja") == "ja"
    assert QCoreApplication.translate("MainWindow", "&File") == _pending("MainWindow", "&File", "ja")
    assert QCoreApplication.translate("MainWindow", "&File") != _pending("MainWindow", "&File", "ko")
    assert i18n.set_language("en") == "en"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert _ok_text() == "OK"
    assert i18n.qm_path("ko").is_file() and i18n.qm_path("ja").is_file()
    assert (i18n.qt_translations_dir() / "qtbase_ko.qm").is_file()


def test_english_has_its_plural_forms():
    i18n.set_language("en")
    text = "Swarm of %n runs (%1–%2) ended — %3."
    assert QCoreApplication.translate("MainWindow", text, None, 1).startswith("Swarm of 1 run ")
    assert QCoreApplication.translate("MainWindow", text, None, 900).startswith("Swarm of 900 runs ")
    i18n.set_language("ko")
    assert QCoreApplication.translate("MainWindow", text, None, 1).startswith("실행 1개")


class Counting(i18n.Retranslatable, QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.calls += 1
        self.setText(self.tr("&File"))


def test_a_switch_retranslates_each_widget_once_and_the_same_language_changes_nothing(qtbot, qapp):
    parent = QWidget()
    qtbot.addWidget(parent)
    child = Counting()
    child.setParent(parent)
    lonely = Counting()  # a top-level widget never shown gets it too
    qtbot.addWidget(lonely)
    i18n.set_language("en")
    qapp.processEvents()
    child.calls = lonely.calls = 0
    i18n.set_language("ko")  # removes and installs several translators: one event per widget
    qapp.processEvents()
    assert (child.calls, lonely.calls) == (1, 1)
    # Counting's context is its own class name: not translated, so the source text stays.
    assert child.text() == "&File"
    i18n.set_language("ko")
    qapp.processEvents()
    assert child.calls == 1
    i18n.set_language("system")
    assert i18n.current_choice() == "system" and i18n.current_language() == i18n.system_language()


class Base(QWidget):
    def apples(self, n: int) -> str:
        return self.tr("%n apples", "", n)

    def pears(self) -> str:
        return self.tr("pears")


class Sub(Base):
    pass


class MixedBase(i18n.Retranslatable, QWidget):
    def apples(self, n: int) -> str:
        return self.tr("%n apples", "", n)


class MixedSub(MixedBase):
    pass


def test_the_mixins_tr_finds_a_base_classs_plurals_where_pysides_does_not(tmp_path, qtbot, installed):
    installed(_catalogue(tmp_path, "ko", {("Base", "%n apples"): ["사과 %n개"], ("Base", "pears"): "배",
                                          ("MixedBase", "%n apples"): ["사과 %n개"]}))
    base, sub, mixed = Base(), Sub(), MixedSub()
    for w in (base, sub, mixed):
        qtbot.addWidget(w)
    assert base.apples(3) == "사과 3개" and sub.pears() == "배"  # PySide6 walks the MRO for plain texts…
    # …but not for plurals (if this fails, PySide6 fixed it, and the mixin's tr could go).
    assert sub.apples(3) == "3 apples"
    assert mixed.apples(3) == "사과 3개"
    assert mixed.tr("not translated %n", "", 2) == "not translated 2"


def test_render_shows_a_message_in_the_current_language(tmp_path, installed):
    message = Message("{what} after {steps} steps", {"what": Message("diverged"), "steps": 12})
    assert i18n.render(message) == str(message) == "diverged after 12 steps"
    installed(_catalogue(tmp_path, "ja", {("numerics", "{what} after {steps} steps"): "{steps} ステップ後に{what}",
                                          ("numerics", "diverged"): "発散", ("numerics", "%n digits"): ["%n 桁"]}))
    assert i18n.render(message) == "12 ステップ後に発散"
    assert str(message) == "diverged after 12 steps"  # str() stays English
    assert i18n.render(Message("%n digits", n=7)) == "7 桁"
    assert i18n.translate("numerics", "diverged") == "発散"


def test_the_choice_is_remembered_and_a_bad_value_dropped(tmp_path, caplog):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert i18n.load_language_choice(settings) == "system"
    i18n.save_language_choice(settings, "ja")
    again = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert i18n.load_language_choice(again) == "ja"
    with pytest.raises(ValueError):
        i18n.save_language_choice(again, "klingon")
    again.setValue(i18n.SETTINGS_KEY, "klingon")
    with caplog.at_level(logging.WARNING):
        assert i18n.load_language_choice(again) == "system"
    assert "unknown language 'klingon'" in caplog.text


def test_translated_texts_follow_the_language_and_forget_deleted_widgets(qtbot):
    texts = i18n.TranslatedTexts("MainWindow")
    label, gone = QLabel(), QLabel()
    qtbot.addWidget(label)
    texts.bind(label.setText, "&File")
    texts.bind(label.setToolTip, lambda: texts.text("&View") + " ▸")
    texts.bind(gone.setText, "&Edit")
    assert (label.text(), label.toolTip()) == ("&File", "&View ▸")
    shiboken6.delete(gone)
    i18n.set_language("ko")
    texts.apply()
    assert (label.text(), label.toolTip()) == ("파일(&F)", "보기(&V) ▸")
    assert len(texts) == 2


def test_mnemonics_are_stripped_western_and_cjk_style():
    assert i18n.strip_mnemonic("&File") == "File"
    assert i18n.strip_mnemonic("Export &image…") == "Export image…"
    assert i18n.strip_mnemonic("파일(&F)") == "파일"
    assert i18n.strip_mnemonic("画像をエクスポート(&I)…") == "画像をエクスポート…"
    assert i18n.strip_mnemonic("Fish && chips") == "Fish & chips"


def test_a_missing_font_is_said_once_in_english(caplog):
    assert i18n.missing_font_notice("en", []) is None
    assert i18n.missing_font_notice("ko", ["Noto Sans CJK KR"]) is None
    notice = i18n.missing_font_notice("ko", [])
    assert "Korean" in notice and "fonts-noto-cjk" in notice
    assert "Japanese" in i18n.missing_font_notice("ja", [])
    i18n._installed.font_notices.discard("ja")
    with caplog.at_level(logging.WARNING):
        assert i18n.missing_font_notice_once("ja", []) is not None
    assert i18n.missing_font_notice_once("ja", []) is None
    assert caplog.text.count("No installed font") == 1


def test_svg_font_families_put_the_shown_languages_own_first():
    ko, ja = i18n.cjk_font_families("ko"), i18n.cjk_font_families("ja")
    assert ko[0] == "Noto Sans CJK KR" and ja[0] == "Noto Sans CJK JP"
    assert set(ko) == set(ja) and {"Malgun Gothic", "Apple SD Gothic Neo", "Yu Gothic", "Hiragino Sans"} <= set(ko)
    assert ko.index("Malgun Gothic") < ko.index("Yu Gothic") and ja.index("Yu Gothic") < ja.index("Malgun Gothic")
