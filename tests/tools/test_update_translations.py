"""tools/update_translations.py on a small project of its own: lupdate → pending JSON → lrelease."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QTranslator

from tools import update_translations as ut

SOURCE = '''
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

GONE = QT_TRANSLATE_NOOP("numerics", "{what} diverged after {steps} steps")


class Window(QWidget):
    def texts(self, n):
        return (self.tr("&Open"), self.tr("%n files", "", n), self.tr("Open", "verb"),
                self.tr("Run %1 started"), QCoreApplication.translate("Other", "untranslated"))
'''

PENDING = {
    "Window": {
        "&Open": {"ko": "열기(&O)", "ja": "開く(&O)"},
        "%n files": {"ko": "파일 %n개", "ja": ["%n 個のファイル"], "en": ["%n file", "%n files"]},
        "Open": {"comment": "verb", "ko": "열다", "ja": "開く"},
        "Run %1 started": {"ko": "실행 %1 시작", "ja": ""},
    },
    "numerics": {"{what} diverged after {steps} steps": {"ko": "{steps}단계 후 {what} 발산"}},
}


@pytest.fixture
def project(tmp_path):
    (tmp_path / "gui").mkdir()
    (tmp_path / "numerics").mkdir()
    (tmp_path / "gui" / "window.py").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "pending").mkdir()
    (tmp_path / "pending" / "window.json").write_text(json.dumps(PENDING, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def run(project):
    return ut.update(directory=project / "i18n", pending_dir=project / "pending", root=project, quiet=True)


def load(project, language: str) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(ut.qm_path(language, project / "i18n")))
    return translator


def test_the_pipeline_extracts_merges_and_compiles(project, qapp):
    result = run(project)
    ko = {m.key: m for m in result["ko"]}
    assert set(ko) == {("Window", "&Open", ""), ("Window", "%n files", ""), ("Window", "Open", "verb"),
                       ("Window", "Run %1 started", ""), ("Other", "untranslated", ""),
                       ("numerics", "{what} diverged after {steps} steps", "")}
    assert ko[("Window", "%n files", "")].numerus and ko[("Window", "%n files", "")].translations == ["파일 %n개"]
    assert ko[("Other", "untranslated", "")].kind == "unfinished"
    ja = {m.key: m for m in result["ja"]}
    assert not ja[("Window", "Run %1 started", "")].finished  # an empty JSON string: still to do
    assert not ja[("numerics", "{what} diverged after {steps} steps", "")].finished  # no "ja" given
    # The .qm files hold what the app looks up.
    t_ko, t_ja, t_en = load(project, "ko"), load(project, "ja"), load(project, "en")
    assert t_ko.translate("Window", "&Open") == "열기(&O)"
    assert t_ko.translate("Window", "Open", "verb") == "열다"
    assert t_ko.translate("Window", "%n files", None, 5) == "파일 %n개"  # QCoreApplication puts n in
    assert t_ko.translate("numerics", "{what} diverged after {steps} steps") == "{steps}단계 후 {what} 발산"
    assert t_ja.translate("Window", "Run %1 started") == ""  # unfinished: left out of the .qm
    # English: only the %n texts, with both forms.
    assert [m.key for m in result["en"]] == [("Window", "%n files", "")]
    assert t_en.translate("Window", "%n files", None, 1) == "%n file"
    assert t_en.translate("Window", "%n files", None, 2) == "%n files"


def test_running_it_again_changes_nothing(project):
    run(project)
    first = {p.name: p.read_bytes() for p in (project / "i18n").iterdir()}
    run(project)
    assert {p.name: p.read_bytes() for p in (project / "i18n").iterdir()} == first


def test_a_translation_edited_in_the_ts_is_kept_and_vanished_texts_dropped(project):
    run(project)
    ts = ut.ts_path("ja", project / "i18n")
    ts.write_text(ts.read_text(encoding="utf-8").replace(
        '<source>Run %1 started</source>\n        <translation type="unfinished"></translation>',
        "<source>Run %1 started</source>\n        <translation>実行 %1 開始</translation>"), encoding="utf-8")
    source = project / "gui" / "window.py"
    source.write_text(source.read_text(encoding="utf-8").replace('self.tr("&Open"), ', ""), encoding="utf-8")
    result = run(project)
    ja = {m.key: m for m in result["ja"]}
    assert ja[("Window", "Run %1 started", "")].translations == ["実行 %1 開始"] and ja[
        ("Window", "Run %1 started", "")].finished
    assert ("Window", "&Open", "") not in ja  # -no-obsolete
    assert [e.key for e in ut.stale_entries(ut.load_pending(project / "pending"), result["ko"])] == [
        ("Window", "&Open", "")]


@pytest.mark.parametrize(("entry", "problem"), [
    ({"&Open": {"ko": "열기"}}, "accelerator"),
    ({"Run %1 started": {"ko": "실행 시작"}}, "missing %1"),
    ({"Run %1 started": {"ko": "실행 %2 시작"}}, "unknown %2"),
    ({"Run %1 started": {"ko": " 실행 %1"}}, "white space"),
    ({"&Open": {"en": ["a", "b"]}}, "only for %n texts"),
    ({"%n files": {"ko": ["파일 %n개", "파일들"]}}, "2 forms, the language has 1"),
    ({"&Open": {"fr": "Ouvrir(&O)"}}, "unknown key(s) fr"),
    ({"&Open": "열기(&O)"}, "expected an object"),
])
def test_a_translation_that_would_break_the_ui_is_refused_with_the_reason(project, entry, problem):
    data = {**PENDING, "Window": {**PENDING["Window"], **entry}}
    (project / "pending" / "window.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ut.PendingError, match=problem.replace("(", r"\(").replace(")", r"\)")):
        ut.load_pending(project / "pending")
    with pytest.raises(ut.PendingError):
        run(project)  # nothing is written
    assert not (project / "i18n").exists()


def test_the_same_text_twice_is_refused(project):
    (project / "pending" / "again.json").write_text(json.dumps({"Window": {"&Open": {"ko": "열기(&O)"}}}),
                                                   encoding="utf-8")
    with pytest.raises(ut.PendingError, match="given twice"):
        ut.load_pending(project / "pending")


def test_placeholders_know_formats_and_escapes():
    assert ut.placeholders("{x:.3g} of {n} {{literal}} %1 %L2 %n") == {"{x}": 1, "{n}": 1, "%1": 1, "%2": 1, "%n": 1}
    assert ut.has_accelerator("&File") and ut.has_accelerator("파일(&F)")
    assert not ut.has_accelerator("Fish && chips") and not ut.has_accelerator("a & b")


def test_a_stub_lists_what_is_left_and_filling_it_in_translates(project):
    run(project)
    added = ut.write_stub("more", ["gui/window.py"], directory=project / "i18n", pending_dir=project / "pending",
                          root=project)
    stub = json.loads((project / "pending" / "more.json").read_text(encoding="utf-8"))
    # Only what is not yet translated in every language, and not already in a pending file.
    assert stub == {"Other": {"untranslated": {"ko": "", "ja": ""}}}
    assert added == 1
    result = run(project)  # empty strings merge nothing
    assert not {m.key: m for m in result["ko"]}[("Other", "untranslated", "")].finished
    stub["Other"]["untranslated"] = {"ko": "번역됨", "ja": "翻訳済み"}
    (project / "pending" / "more.json").write_text(json.dumps(stub, ensure_ascii=False), encoding="utf-8")
    result = run(project)
    assert {m.key: m for m in result["ja"]}[("Other", "untranslated", "")].translations == ["翻訳済み"]
