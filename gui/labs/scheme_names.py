"""The difference schemes' short names as the labs show them (legends, combo boxes), translated.

``numerics.differentiation.SCHEMES`` are identifiers (``"richardson"``); these are the words a
reader sees, source texts of the "labs" context: forward / backward / central are the book's
전방·후방·중심 차분 / 前方・後方・中心差分 (docs/GLOSSARY.md), complex the complex step, Richardson a name.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from gui.i18n import translate

SCHEME_NAMES: dict[str, str] = {
    "forward": QT_TRANSLATE_NOOP("labs", "forward"),
    "backward": QT_TRANSLATE_NOOP("labs", "backward"),
    "central": QT_TRANSLATE_NOOP("labs", "central"),
    "richardson": "Richardson",  # a name: the same in every language
    "complex": QT_TRANSLATE_NOOP("labs", "complex"),
}


def scheme_name(scheme: str) -> str:
    """``scheme``'s short name in the language shown ("central" → "중심" / "中心")."""
    return translate("labs", SCHEME_NAMES.get(scheme, scheme))
