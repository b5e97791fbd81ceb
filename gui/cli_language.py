"""The command line's own language: ``--help`` and its one-line errors in English, Korean or Japanese.

argparse runs before any ``QApplication`` exists, and ``--help`` and syntax errors must stay light
(no numpy: ``tests/gui/test_cli.py``). So the command line chooses its language itself, from argv
and the environment, before the parser is built:

1. ``--lang ko`` / ``--lang=ja`` (also argparse's abbreviations ``--lan``), pre-scanned in argv;
2. otherwise the system's language: ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` (POSIX
   order; what Qt's ``QLocale.system()`` reads on Linux), and where no variable says anything on
   Windows or macOS, ``QLocale`` itself (the language is set in the system's settings there).

English needs nothing: no Qt is imported and the source texts are shown. For Korean or Japanese
the app's own ``.qm`` is loaded into a ``QTranslator`` (PySide6.QtCore only: ``translate`` works
without an application; numpy is never loaded) and every text is looked up there: the command
line's texts (context ``"cli"``), argparse's own words (``"argparse"``: usage, "expected one
argument" …) and the Messages of ``numerics`` and ``gui.model`` (``"numerics"``, through
:func:`render`). This one choice is made per :func:`gui.cli.main` call (:func:`use`).

Texts are marked for ``pyside6-lupdate`` by calling :func:`translate` with literals:
``translate("cli", "--lab needs --export")`` (lupdate reads bare ``translate(context, text)``
calls); ``{name}`` placeholders are filled after translation with ``.format``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

__all__ = ["CONTEXT", "LANGUAGES", "HelpFormatter", "current", "display_width", "environment_language",
           "requested_language", "render", "reset", "system_language", "text_of", "translate", "translated_argparse",
           "use", "wrap"]

#: The languages of ``--lang`` (gui.i18n.LANGUAGES, repeated: this module must not import Qt).
LANGUAGES = ("en", "ko", "ja")
#: The translation context of the command line's own texts.
CONTEXT = "cli"
#: The environment variables that name the messages' language, in POSIX order of precedence.
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for lupdate without importing Qt (``numerics.messages`` would import numpy)."""
    return text


#: argparse's own words (Python 3.11–3.13; a text another version words differently stays English).
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
)


class _State:
    language = "en"
    translator: Any = None  # a QTranslator holding our .qm, or None (English)


_state = _State()


# -- which language -------------------------------------------------------------------------------

def requested_language(argv: Sequence[str]) -> str | None:
    """The value of ``--lang`` in ``argv`` if it is one of LANGUAGES (else None: argparse says why)."""
    for i, token in enumerate(argv):
        if token == "--":
            break
        name, sep, value = token.partition("=")
        if len(name) < 5 or not "--lang".startswith(name):  # "--lan", "--lang" (not "--la": --lab)
            continue
        if not sep:
            value = argv[i + 1] if i + 1 < len(argv) else ""
        if value in LANGUAGES:
            return value
    return None


def _code(tag: str) -> str | None:
    """``"ko_KR.UTF-8"`` → ``"ko"``; ``"C"`` / ``"POSIX"`` → ``"en"``; another language → None."""
    base = tag.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    if base in ("c", "posix"):
        return "en"
    return base if base in LANGUAGES else None


def environment_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The language the environment asks for, as one of LANGUAGES, or None when it says nothing.

    The first of ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is set is the locale; ``LANGUAGE`` (a
    list such as ``fr:ja``) comes first unless that locale is C/POSIX (as in gettext). A language
    the app does not speak gives English.
    """
    env = os.environ if environ is None else environ
    locale = next((env[v] for v in LOCALE_VARIABLES if env.get(v)), None)
    if locale is not None and locale.split(".")[0].upper() in ("C", "POSIX"):
        return "en"
    for tag in (env.get("LANGUAGE") or "").split(":"):
        code = _code(tag) if tag else None
        if code is not None:
            return code
    if locale is not None:
        return _code(locale) or "en"
    return None


def system_language() -> str:
    """The system's language: the environment, else (Windows, macOS) Qt's ``QLocale``, else English."""
    found = environment_language()
    if found is not None:
        return found
    if sys.platform in ("win32", "darwin"):
        from PySide6.QtCore import QLocale  # only here: the settings app, not the environment, decides

        for tag in QLocale.system().uiLanguages():
            code = _code(tag)
            if code is not None:
                return code
    return "en"


# -- the translator ---------------------------------------------------------------------------------

def _load(language: str) -> Any:
    from PySide6.QtCore import QTranslator

    from gui.app_info import resource_path

    translator = QTranslator()
    if translator.load(str(resource_path("i18n", f"gradient_explorer_{language}.qm"))):
        return translator
    return None


def use(argv: Sequence[str]) -> str:
    """Choose the command line's language for ``argv`` (``--lang``, else the system's) and load its
    translations; returns the language. English loads nothing (and imports no Qt)."""
    language = requested_language(argv) or system_language()
    _state.language = language
    _state.translator = _load(language) if language != "en" else None
    if _state.translator is None:
        _state.language = "en"
    return _state.language


def reset() -> None:
    """Back to English (the source texts), e.g. after one :func:`gui.cli.main` call in a process."""
    _state.language, _state.translator = "en", None


def current() -> str:
    """The command line's language now: ``"en"``, ``"ko"`` or ``"ja"``."""
    return _state.language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` of ``context`` in the command line's language (the source text when not translated)."""
    if _state.translator is not None:
        found = _state.translator.translate(context, text, disambiguation, n)
        if found:
            return found
    return text.replace("%n", str(n)) if n >= 0 else text


def _message_translator(context: str, text: str, n: int) -> str:
    return translate(context, text, None, n)


def render(message: Any) -> str:
    """A ``numerics.messages.Message`` in the command line's language (duck-typed: importing
    numerics here would load numpy)."""
    return message.render(_message_translator)


def text_of(exc: BaseException) -> str:
    """What an error says, in the command line's language: its ``.message`` when it carries one."""
    carried = getattr(exc, "message", None)
    if carried is not None and hasattr(carried, "render"):
        return render(carried)
    return str(exc)


@contextlib.contextmanager
def translated_argparse() -> Iterator[None]:
    """argparse's own words ("usage:", "expected one argument" …) in the command line's language,
    while the parser is built and used (argparse looks them up through its module's ``_``)."""
    if _state.translator is None:
        yield
        return
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]

    def gettext(text: str) -> str:
        return translate("argparse", text)

    def ngettext(singular: str, plural: str, n: int) -> str:
        return translate("argparse", singular if n == 1 else plural)

    argparse._, argparse.ngettext = gettext, ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


# -- laying out Korean and Japanese in a terminal ------------------------------------------------------
# argparse wraps help by len(), but a Hangul syllable or a kana/kanji takes two columns of a
# terminal: a Korean or Japanese --help wrapped like English runs past the right edge. Japanese
# has no spaces to break at, so a line may break between any two wide characters, except before
# closing punctuation and after opening punctuation (the usual kinsoku rule).

_NO_LINE_START = set("、。，．・：；？！）」』】〕〉》ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ…%,.:;)]}")
_NO_LINE_END = set("（「『【〔〈《([{")


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def _breaks_anywhere(char: str) -> bool:
    """Kana, kanji and full-width forms break anywhere; Korean breaks between words only."""
    return _is_wide(char) and not ("\uac00" <= char <= "\ud7a3" or "\u1100" <= char <= "\u11ff"
                                   or "\u3130" <= char <= "\u318f")


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal (wide East Asian characters count two)."""
    return sum(2 if _is_wide(c) else 1 for c in text)


def _units(text: str) -> list[str]:
    """``text`` cut where a line may break: spaces stay at the end of the unit before them, and
    every kana or kanji is a unit of its own (glued to the punctuation around it)."""
    units: list[str] = []
    current = ""
    for char in text:
        if current and (char == " " and current[-1] != " "):
            current += char
            continue
        breakable = current and (current[-1] == " " or _breaks_anywhere(char) or _breaks_anywhere(current[-1]))
        if breakable and char not in _NO_LINE_START and current[-1] not in _NO_LINE_END:
            units.append(current)
            current = char
        else:
            current += char
    if current:
        units.append(current)
    return units


def wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` columns (a unit wider than that gets a line of its own)."""
    lines: list[str] = []
    line = ""
    for unit in _units(text):
        if line and display_width((line + unit).rstrip()) > width:
            lines.append(line.rstrip())
            line = unit.lstrip()
        else:
            line += unit
    if line.strip():
        lines.append(line.rstrip())
    return lines


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """argparse's raw-description formatter, wrapping by terminal columns where a text holds wide
    characters (English help is laid out exactly as argparse does it)."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        if not any(_is_wide(c) for c in text):
            return super()._split_lines(text, width)
        return wrap(" ".join(text.split()), width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if not any(_is_wide(c) for c in text):
            return super()._fill_text(text, width, indent)
        out = []
        for line in text.splitlines():
            lead = line[:len(line) - len(line.lstrip(" "))]
            if display_width(line) <= width or not any(_is_wide(c) for c in line):  # commands as written
                out.append(indent + line)
            else:
                out += [indent + lead + part for part in wrap(line.strip(), width - len(lead))]
        return "\n".join(out)
