"""The command line in Korean and Japanese: --help, argparse's words and the one-line errors,
chosen by --lang or the environment before argparse runs, without loading numpy (or, in English, Qt)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from gui import cli, cli_language
from tools import update_translations as ut

ROOT = Path(__file__).resolve().parents[2]
HANGUL = re.compile(r"[\uac00-\ud7a3]")
KANA = re.compile(r"[\u3040-\u30ff]")

#: Runs main.main(argv) in a fresh interpreter, prints the exit status, then which heavy modules
#: were loaded, then what was printed (stdout + stderr).
PROBE = """\
import contextlib, io, json, sys
argv, sys.argv = json.loads(sys.argv[1]), ['main.py']
import main
out, err = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
    try:
        rc = main.main(argv)
    except SystemExit as exc:
        rc = exc.code
print(json.dumps([rc, 'numpy' in sys.modules, 'PySide6' in sys.modules, out.getvalue(), err.getvalue()]))
"""


def _probe(argv: list[str], **env: str) -> tuple[int, bool, bool, str, str]:
    import json

    base = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(argv)], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, env={**base, **env})
    assert done.returncode == 0, done.stderr
    rc, numpy, qt, out, err = json.loads(done.stdout)
    return rc, numpy, qt, out, err


# ---------------------------------------------------------------- choosing the language


@pytest.mark.parametrize("argv, language", [
    (["--lang", "ko", "--help"], "ko"),
    (["--help", "--lang=ja"], "ja"),
    (["--lan", "ja"], "ja"),  # argparse's abbreviation
    (["--lab", "ko"], None),  # --lab, not --lang
    (["--lang", "fr"], None),  # not a language of the app: argparse says so
    (["--", "--lang", "ko"], None),
    (["--lang"], None),
])
def test_lang_is_found_in_argv_before_argparse(argv, language):
    assert cli_language.requested_language(argv) == language


@pytest.mark.parametrize("env, language", [
    ({"LANG": "ko_KR.UTF-8"}, "ko"),
    ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "ja_JP.UTF-8"}, "ja"),
    ({"LC_ALL": "ja_JP.UTF-8", "LANG": "ko_KR.UTF-8"}, "ja"),
    ({"LANGUAGE": "fr:ko", "LANG": "fr_FR.UTF-8"}, "ko"),  # the first language the app speaks
    ({"LANGUAGE": "ja", "LANG": "C.UTF-8"}, "en"),  # gettext ignores LANGUAGE in the C locale
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({}, None),
])
def test_the_environment_names_the_system_language(env, language):
    assert cli_language.environment_language(env) == language


# ---------------------------------------------------------------- in a real process


def test_help_in_korean_without_numpy():
    rc, numpy, qt, out, err = _probe(["--lang", "ko", "--help"], LANG="C.UTF-8")
    assert rc == 0 and err == ""
    assert not numpy  # Korean loads the .qm through PySide6.QtCore only
    assert out.startswith("사용법: gradient-explorer")  # argparse's own word
    assert "옵션:" in out and "이 도움말을 보여 주고 끝냅니다" in out
    assert "수치 기울기와 경사 하강법을 탐색합니다" in out  # the description
    assert "학습률 η, 1e-6 … 100 (기본값 0.1)" in out  # an option's help
    assert "책의 학습률 경주" in out and "예:" in out  # the examples
    for option in ("--export", "--lang", "--start", "--lab"):
        assert option in out


def test_help_in_japanese_from_the_environment():
    rc, numpy, qt, out, err = _probe(["--help"], LANG="ja_JP.UTF-8")
    assert rc == 0 and not numpy
    assert out.startswith("使い方: gradient-explorer")
    assert "勾配降下法" in out and "学習率 η" in out


def test_english_help_imports_neither_numpy_nor_qt():
    rc, numpy, qt, out, err = _probe(["--help"], LANG="C.UTF-8")
    assert rc == 0 and not numpy and not qt
    assert out.startswith("usage: gradient-explorer") and "options:" in out
    # the only Korean or Japanese is each language's own name in the --lang help (한국어, 日本語)
    assert HANGUL.findall(out) == list("한국어") and not KANA.search(out)


@pytest.mark.parametrize("argv, words", [
    (["--lang", "ja", "--size", "10x10", "--export", "x.png"], "各辺は 16 … 8000 ピクセルである必要があります"),
    (["--lang", "ja", "--steps"], "値が1つ必要です"),  # argparse's "expected one argument"
    (["--lang", "ja", "--theme", "pink"], "無効な選択"),
    (["--lang", "ja", "--lab", "derivative"], "--lab には --export が必要です"),
])
def test_a_bad_value_with_lang_ja_is_one_japanese_line(argv, words):
    rc, numpy, qt, out, err = _probe(argv, LANG="C.UTF-8")
    assert rc == 2  # exit codes do not depend on the language
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("gradient-explorer: エラー: ")
    assert words in lines[0]
    assert not numpy  # a syntax error stays light in Japanese too
    assert out == ""


def test_a_value_read_by_the_validation_is_refused_in_korean(tmp_path):
    rc, numpy, qt, out, err = _probe(["--lang", "ko", "--lr", "1e9", "--export", str(tmp_path / "x.png")],
                                     LANG="C.UTF-8")
    assert rc == 2 and len(err.splitlines()) == 1
    # the session validation's Message (context "numerics") in the command line's language
    assert err.startswith("gradient-explorer: 오류: --lr: ") and "사이의 수여야 합니다" in err
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- in process


def _error(capsys, argv: list[str]) -> str:
    assert cli.main(argv) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1
    return lines[0]


def test_each_call_chooses_again_and_ends_in_english(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    out = str(tmp_path / "x.png")
    korean = _error(capsys, ["--lang", "ko", "--function", "nope", "--export", out])
    assert korean.startswith("gradient-explorer: 오류: --function: ") and "알 수 없는 함수" in korean
    assert cli_language.current() == "en"  # reset after the call
    english = _error(capsys, ["--function", "nope", "--export", out])
    assert english == "gradient-explorer: error: --function: unknown function “nope”; known functions: " + \
        english.split("known functions: ", 1)[1]
    assert cli.parse_args(["--lab", "basins", "--export", out]).lab == "basins"


def test_a_formula_error_names_its_column_in_japanese(capsys, tmp_path):
    line = _error(capsys, ["--lang", "ja", "--formula", "x0 +* 2", "--export", str(tmp_path / "x.png")])
    assert line.startswith("gradient-explorer: エラー: --formula: ")
    assert "文字目" in line and KANA.search(line)


def test_list_in_korean_shows_translated_titles(capsys):
    assert cli.main(["--lang", "ko", "--list"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("함수:")
    assert "구 함수 (책의 function_2)" in out and "Rosenbrock" in out  # a proper name stays
    assert "(lr 외에는 없음)" in out


# ---------------------------------------------------------------- the translations themselves


def test_argparse_translations_keep_their_percent_placeholders():
    """argparse fills its texts with %-formatting, which the pipeline's check does not know."""
    marks = re.compile(r"%\(\w+\)[sr]|%[sr]")
    for language in ut.TS_LANGUAGES:
        messages = [m for m in ut.read_ts(ut.ts_path(language)) if m.context == "argparse"]
        assert {m.source for m in messages} == set(cli_language.ARGPARSE_TEXTS)
        for m in messages:
            assert m.finished, (language, m.source)
            assert sorted(marks.findall(m.translations[0])) == sorted(marks.findall(m.source)), (language, m.source)
