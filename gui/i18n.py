"""Translations: Korean (한국어) and Japanese (日本語) beside English, switchable at run time.

How to make a file translatable (for the engineers wrapping the GUI, file by file)
================================================================================

Qt's workflow: ``tools/update_translations.py`` runs ``pyside6-lupdate`` over every ``.py`` of
``gui/`` and ``numerics/``; lupdate reads the *source code* (it never imports it) and extracts
every literal string passed to ``tr`` / ``translate`` / ``QT_TRANSLATE_NOOP`` into
``resources/i18n/gradient_explorer_{ko,ja}.ts``. Translations are written in JSON side files
(``resources/i18n/pending/<group>.json``), merged into the ``.ts`` files, and compiled to the
``.qm`` files the app loads (committed: a fresh clone needs no build step). The rules below are
what lupdate can see; ``tests/test_translatable_calls.py`` enforces them.

1. **What to wrap**: every string a user can see — widget texts, titles, tooltips, status tips,
   placeholder texts, combo items, table headers, message boxes, status messages, plot titles,
   axis labels and legend names. Not: object names, settings keys, file formats, log lines,
   numbers, formulas, proper names (Rosenbrock, Adam… they stay as they are: docs/GLOSSARY.md).
2. **In a QObject/QWidget subclass**: ``self.tr("Export &image…")``. lupdate takes the context
   from the *enclosing class* (``class DerivativeLab`` → context ``DerivativeLab``). Call ``tr``
   only on ``self`` inside the class body (``other.tr(…)`` gets an empty context). Give widgets
   the :class:`Retranslatable` mixin (``class MyLab(Retranslatable, LabWidget)``): it fixes
   PySide6's ``tr`` for plurals in inherited methods (see below) and calls ``retranslate_ui``.
3. **Elsewhere** (functions, module level): ``QCoreApplication.translate("Context", "Text")`` with
   a literal context. Never keyword arguments in these calls (lupdate silently skips
   ``translate(..., n=n)``): write ``translate("Context", "%n runs", None, n)``.
4. **No f-strings, no concatenation, no ``.format`` inside tr()**: lupdate would extract the
   template (``"Run {i}"``) but at run time the *filled* text is looked up, and never found.
   Translate the template, then fill it:
   ``self.tr("Run %1 started at %2").replace("%1", str(run_id)).replace("%2", where)``
   (``%1``… let a translation reorder the parts; ``{name}`` + ``.format(name=…)`` after ``tr``
   works as well). Implicit concatenation of literals (``"a" "b"``) is fine.
5. **Plurals**: ``self.tr("%n runs", "", n)`` / ``translate("Ctx", "%n runs", None, n)``; Qt
   puts ``n`` in for ``%n``. Korean and Japanese have ONE plural form, English two: the English
   forms are given in the pending JSON (``"en": ["%n run", "%n runs"]``) and compiled into
   ``gradient_explorer_en.qm``. Without them English shows the source text for every ``n``.
6. **Constants** (a module-level table of labels): mark them with
   ``QT_TRANSLATE_NOOP("Context", "Field arrows")`` (from ``PySide6.QtCore``; never ``QT_TR_NOOP``,
   which lupdate gives an empty context in Python, and never under another name: lupdate
   matches the name) and translate at *use*: ``translate("Context", LABEL)`` (this module's
   :func:`translate`) or ``self.tr(LABEL)`` in a class whose context is that ``Context``.
7. **Messages from Qt-free code** (``numerics``, ``gui/model``): a
   :class:`numerics.messages.Message` (context ``"numerics"``); show it with :func:`render`
   (never ``str(message)``, which is English).
8. **Build texts in ``retranslate_ui()``**: a widget sets all its texts in one method, called at
   the end of ``__init__`` and again on every language switch (the mixin's ``changeEvent``
   calls it on ``QEvent.LanguageChange``). A text set once in ``__init__`` stays in the old
   language after View ▸ Language. For many similar items, :class:`TranslatedTexts` keeps
   ``(setter, text)`` pairs and re-applies them (``gui/main_window.py`` does so for its menus).
   Texts built from data (readouts, status lines) are re-made from the data in
   ``retranslate_ui``, or simply on their next update.
9. **pyqtgraph**: titles, axis labels and legend names are plain text set by code, so set them
   in ``retranslate_ui``: ``plot.setTitle(self.tr("f against the step"))``,
   ``plot.setLabel("bottom", self.tr("step"))``; a legend entry is renamed with
   ``legend.getLabel(item).setText(...)`` (or clear and re-add the legend). Exported pictures
   (``--export``) use the same widgets, so they follow the chosen language.
10. **Where the words come from**: ``docs/GLOSSARY.md`` (the Korean edition's and the Japanese
   original's terms: 기울기/勾配, 학습률/学習率 …). Proper names (Rosenbrock, Adam, MNIST…) and
   notation stay; menu accelerators go in parentheses (``&File`` → ``파일(&F)``).
11. **Translations**: ``uv run python tools/update_translations.py --stub <group> <files…>``
   writes every still untranslated source text of those files into
   ``resources/i18n/pending/<group>.json`` (empty ``"ko"``/``"ja"``); fill them in following
   ``docs/GLOSSARY.md``, then run ``uv run python tools/update_translations.py`` (lupdate →
   merge → lrelease) and commit the JSON, the ``.ts`` and the ``.qm`` files. The format of the
   JSON files is described in ``tools/update_translations.py``. Keep accelerators (``&File`` →
   ``파일(&F)`` / ``ファイル(&F)``) and placeholders (``%1``, ``%n``, ``{name}``): the tool refuses
   translations that lose one.
12. **Tests**: ``tests/gui/test_translations.py`` walks the window and every lab in ``ko`` and
   ``ja`` and lists visible English (``-s`` prints each text and where it is; names and notation
   are allowed in ``tests/gui/visible_text.py``), and compares a window built in a language with
   one switched to it (a text set only in ``__init__`` shows up there);
   ``tests/gui/test_translation_files.py`` counts unfinished ``.ts`` entries
   (``update_translations.py --todo [files…]`` lists them by file). Their ``*_ALLOWED``
   constants are the counts when this module went in: lower them as you go, never raise them.

Also translatable: a lab's tab title is ``QT_TRANSLATE_NOOP("labs", "…")`` in ``gui/labs/__init__``;
a window action is added as ``gui/main_window.py`` describes at its top. Exports (``--export``,
``--lab … --export``) install the translators of ``--lang`` (default: the system's) before any
widget is built, so they are drawn in the language like the window.

The API
=======

``set_language(choice)`` installs the translators for ``"system" | "en" | "ko" | "ja"`` (ours,
plus Qt's own ``qtbase_*.qm`` from the PySide6 wheel for file dialogs and standard buttons); Qt
then sends ``QEvent.LanguageChange`` to every widget. ``current_language()`` is the language
shown (``"en" | "ko" | "ja"``), ``current_choice()`` what was asked for. The choice is remembered
under ``ui/language`` by :func:`save_language_choice` / read by :func:`load_language_choice`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QSettings, QTranslator

from gui.app_info import resource_path
from numerics.messages import CONTEXT, Message

__all__ = [
    "CHOICES", "CONTEXT", "ENDONYMS", "LANGUAGES", "Retranslatable", "SETTINGS_KEY", "TRANSLATIONS_DIR",
    "TranslatedTexts", "cjk_font_families", "current_choice", "current_language", "font_families_for",
    "has_font_for", "language_for_ui_languages", "load_language_choice", "missing_font_notice",
    "missing_font_notice_once", "qm_path", "qt_translations_dir", "render", "resolve", "save_language_choice",
    "set_language", "strip_mnemonic", "system_language", "translate",
]

log = logging.getLogger(__name__)

#: The languages the app is translated into; English is the source language.
LANGUAGES = ("en", "ko", "ja")
#: What a user can choose: the system's language, or one of LANGUAGES.
CHOICES = ("system", *LANGUAGES)
#: Each language's name in its own language: the View ▸ Language menu shows these untranslated.
ENDONYMS = {"en": "English", "ko": "한국어", "ja": "日本語"}
#: The QSettings key of the remembered choice.
SETTINGS_KEY = "ui/language"
#: Where ``gradient_explorer_<lang>.ts/.qm`` live (committed; see tools/update_translations.py).
#: In a clone ``resources/i18n``; in an installed wheel the copy packaged inside ``gui/resources``.
TRANSLATIONS_DIR = resource_path("i18n")
APP_CATALOGUE = "gradient_explorer"
#: Qt's own catalogues, from the wheel: standard buttons, file dialogs, message boxes.
QT_CATALOGUES = ("qtbase",)

_WRITING_SYSTEMS = {"ko": "Korean", "ja": "Japanese"}
_LANGUAGE_NAMES_EN = {"ko": "Korean", "ja": "Japanese"}
#: Font families SVG exports name for CJK text, per language, most likely first (Linux
#: fonts-noto-cjk, Windows, macOS). Han characters are drawn differently in Korea and Japan, so
#: the families of the language shown come first.
_CJK_FAMILIES = {
    "ko": ("Noto Sans CJK KR", "Noto Sans KR", "Source Han Sans KR", "Malgun Gothic", "Apple SD Gothic Neo",
           "NanumGothic"),
    "ja": ("Noto Sans CJK JP", "Noto Sans JP", "Source Han Sans JP", "Yu Gothic", "Hiragino Sans", "Meiryo"),
}


# -- which language ------------------------------------------------------------------------------

def language_for_ui_languages(tags: Iterable[str]) -> str:
    """The first of ``LANGUAGES`` in a locale's list of UI languages (``"ko-KR"``, ``"ja"`` …),
    else English: a user whose list says ``fr, ja`` reads Japanese rather than the source text."""
    for tag in tags:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def system_language() -> str:
    """The language the system asks for (``LANGUAGE``/``LC_ALL``/``LANG`` on Linux), as one of LANGUAGES."""
    return language_for_ui_languages(QLocale.system().uiLanguages())


def resolve(choice: str) -> str:
    """``"system"`` → the system's language; a language code → itself. Raises ValueError otherwise."""
    if choice not in CHOICES:
        raise ValueError(f"unknown language {choice!r}; choose one of {', '.join(CHOICES)}")
    return system_language() if choice == "system" else choice


def qm_path(language: str) -> Path:
    """The compiled catalogue of ``language`` (it may not exist: English has only plural forms)."""
    return TRANSLATIONS_DIR / f"{APP_CATALOGUE}_{language}.qm"


def qt_translations_dir() -> Path:
    """Qt's own ``.qm`` files, shipped in the PySide6 wheel."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


@dataclass
class _Installed:
    choice: str = "en"
    language: str = "en"
    translators: list[QTranslator] = field(default_factory=list)
    applied: bool = False
    font_notices: set[str] = field(default_factory=set)


_installed = _Installed()


def _load(path: Path) -> QTranslator | None:
    translator = QTranslator()
    if path.is_file() and translator.load(str(path)):
        return translator
    return None


def set_language(choice: str) -> str:
    """Show the UI in ``choice`` (``"system"``, ``"en"``, ``"ko"`` or ``"ja"``); returns the language shown.

    Removes the previous translators and installs ours and Qt's for the language; Qt then posts
    ``QEvent.LanguageChange`` to every top-level widget (delivered with the next events, once
    however many translators changed), and each widget passes it to its children. Choosing the
    language already shown changes nothing. A missing ``.qm`` file is logged and the source text
    shown: the app still starts. A ``QCoreApplication`` must exist.
    """
    language = resolve(choice)
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("set_language needs a QCoreApplication")
    if _installed.applied and language == _installed.language:
        _installed.choice = choice
        return language
    for translator in _installed.translators:
        app.removeTranslator(translator)
    _installed.translators = []
    for path in _wanted_paths(language):
        translator = _load(path)
        if translator is None:
            log.warning("translations: cannot load %s", path)
            continue
        app.installTranslator(translator)
        _installed.translators.append(translator)
    _installed.choice, _installed.language, _installed.applied = choice, language, True
    return language


def _wanted_paths(language: str) -> list[Path]:
    paths = [qt_translations_dir() / f"{name}_{language}.qm" for name in QT_CATALOGUES] if language != "en" else []
    ours = qm_path(language)
    # English is the source language: its catalogue holds only plural forms, and may be absent.
    if language != "en" or ours.is_file():
        paths.append(ours)
    return paths


def current_language() -> str:
    """The language shown now: ``"en"``, ``"ko"`` or ``"ja"`` (English until set_language is called)."""
    return _installed.language


def current_choice() -> str:
    """What was last chosen: ``"system"`` or a language code."""
    return _installed.choice


def load_language_choice(qsettings: QSettings) -> str:
    """The remembered choice, or ``"system"`` (an unknown value is logged and dropped)."""
    value = qsettings.value(SETTINGS_KEY)
    if value is None:
        return "system"
    if isinstance(value, str) and value in CHOICES:
        return value
    log.warning("settings: %s: unknown language %r; using the system's", SETTINGS_KEY, value)
    return "system"


def save_language_choice(qsettings: QSettings, choice: str) -> None:
    """Remember ``choice`` (one of CHOICES) for the next start."""
    resolve(choice)  # refuse what load_language_choice would drop
    qsettings.setValue(SETTINGS_KEY, choice)
    qsettings.sync()


# -- translating -----------------------------------------------------------------------------------

def translate(context: str, text: str, n: int = -1) -> str:
    """``text`` (a source text lupdate found elsewhere: a ``QT_TRANSLATE_NOOP`` constant) in the
    current language. lupdate does not read calls of this function: literals go to
    ``QCoreApplication.translate`` or ``self.tr`` directly."""
    return QCoreApplication.translate(context, text, None, n)


def _qt_translate(context: str, text: str, n: int) -> str:
    return QCoreApplication.translate(context, text, None, n)


def render(message: Message) -> str:
    """A Qt-free ``Message`` in the current language (its arguments that are Messages too)."""
    return message.render(_qt_translate)


def strip_mnemonic(text: str) -> str:
    """A menu text without its accelerator: ``"&File"`` → ``"File"``, ``"파일(&F)"`` → ``"파일"``."""
    text = _CJK_MNEMONIC.sub("", text)
    return _MNEMONIC.sub(lambda m: "&" if m.group(0) == "&&" else "", text)


_CJK_MNEMONIC = re.compile(r"\s*[(（]&[^&\s][)）]")
_MNEMONIC = re.compile(r"&&|&(?=\S)")


class TranslatedTexts:
    """Texts that follow the language: each bound setter gets its text now and on every :meth:`apply`.

    ``text`` is a source text of ``context`` (mark it for lupdate with
    ``QT_TRANSLATE_NOOP(context, "…")``) or a function returning the translated text (for texts
    with numbers or parts put in: ``lambda: self.tr("Show or hide the %1").replace("%1", …)``).
    Bindings whose Qt object was deleted are dropped.
    """

    def __init__(self, context: str) -> None:
        self.context = context
        self._bindings: list[tuple[Callable[[str], object], str | Callable[[], str]]] = []

    def text(self, text: str | Callable[[], str]) -> str:
        """``text`` in the current language."""
        return text() if callable(text) else QCoreApplication.translate(self.context, text)

    def bind(self, setter: Callable[[str], object], text: str | Callable[[], str]) -> None:
        """Call ``setter(text in the current language)`` now and after every language switch."""
        setter(self.text(text))
        self._bindings.append((setter, text))

    def apply(self) -> None:
        """Set every bound text again, in the current language."""
        alive = []
        for setter, text in self._bindings:
            try:
                setter(self.text(text))
            except RuntimeError:  # "Internal C++ object already deleted"
                continue
            alive.append((setter, text))
        self._bindings = alive

    def __len__(self) -> int:
        return len(self._bindings)


class Retranslatable:
    """Mixin for widgets whose texts follow the language (put it first: ``class W(Retranslatable, QWidget)``).

    Build every text in :meth:`retranslate_ui` and call it at the end of ``__init__``; the mixin
    calls it again on ``QEvent.LanguageChange`` (which Qt sends after :func:`set_language`).

    It also replaces ``tr``: PySide6's ``self.tr`` looks a text up in the context of each class
    of the object's MRO, but with a count (``self.tr("%n runs", "", n)``) it stops at the
    object's own class, so a plural written in a base class (context ``LabWidget``) is never
    found for a subclass (``DerivativeLab``). This ``tr`` tries every class of the MRO defined
    outside Qt, in order, for plurals too.
    """

    def retranslate_ui(self) -> None:
        """Set every text of the widget in the current language (override)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        untranslated = source.replace("%n", str(n)) if n >= 0 else source
        for cls in type(self).__mro__:
            if cls.__module__.startswith(("PySide6", "shiboken6", "Shiboken")) or cls is object:
                continue
            text = QCoreApplication.translate(cls.__name__, source, disambiguation, n)
            if text != untranslated:
                return text
        return untranslated


# -- fonts -------------------------------------------------------------------------------------

def font_families_for(language: str) -> list[str]:
    """The installed font families that can draw ``language`` (every family for English)."""
    from PySide6.QtGui import QFontDatabase

    system = _WRITING_SYSTEMS.get(language)
    if system is None:
        return QFontDatabase.families()
    return QFontDatabase.families(getattr(QFontDatabase.WritingSystem, system))


def has_font_for(language: str, families: Iterable[str] | None = None) -> bool:
    """Whether a font can draw ``language``; ``families`` (default: the installed ones that cover it)."""
    if language not in _WRITING_SYSTEMS:
        return True
    return any(True for _ in (font_families_for(language) if families is None else families))


def missing_font_notice(language: str, families: Iterable[str] | None = None) -> str | None:
    """What to tell a user whose system has no font for ``language``, or None.

    In English on purpose: with no font for the chosen language, its own words would be boxes.
    """
    if has_font_for(language, families):
        return None
    name = _LANGUAGE_NAMES_EN[language]
    return (f"No installed font can show {name} text, so it is drawn as boxes. Install a font for {name} "
            "(Debian/Ubuntu: sudo apt-get install fonts-noto-cjk) and restart Gradient Explorer.")


def missing_font_notice_once(language: str, families: Iterable[str] | None = None) -> str | None:
    """:func:`missing_font_notice`, but only the first time per language in this process."""
    if language in _installed.font_notices:
        return None
    notice = missing_font_notice(language, families)
    if notice is not None:
        _installed.font_notices.add(language)
        log.warning("%s", notice)
    return notice


def cjk_font_families(language: str | None = None) -> tuple[str, ...]:
    """Font families for CJK text in an SVG (browsers and librsvg resolve them), ``language``'s
    own first (default: the current language), then the other language's."""
    language = current_language() if language is None else language
    first = _CJK_FAMILIES.get(language, ())
    rest = tuple(f for lang, families in _CJK_FAMILIES.items() if lang != language for f in families)
    return first + rest
