"""Translatable messages from Qt-free code: the English source text is the key.

``numerics`` (and the Qt-free half of ``gui``) must never import Qt, yet everything it tells the
learner — a formula error, a run's verdict, a lab's explanation — must reach the screen in the
reader's language. So such code returns a :class:`Message`: the English source text with
``{name}`` placeholders, its arguments, and an optional count for plural forms. The GUI renders it
through Qt's translator (``gui.i18n.render``); plain English is ``str(message)``.

``QT_TRANSLATE_NOOP`` below is a pure-Python marker with the name ``pyside6-lupdate`` looks for, so
every source text written as ``QT_TRANSLATE_NOOP("numerics", "…")`` is extracted into the ``.ts``
files without this module importing Qt. Keep one context, ``CONTEXT``, for all of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

#: The translation context of every message written in Qt-free code.
CONTEXT = "numerics"

#: ``translate(context, source, n) -> str``: what a front end passes to ``Message.render``.
Translator = Callable[[str, str, int], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for extraction by lupdate; returns it unchanged."""
    return text


def _english(context: str, text: str, n: int) -> str:
    # Qt's own rule for an untranslated %n: replace it with the number.
    return text.replace("%n", str(n)) if n >= 0 else text


@dataclass(frozen=True)
class Message:
    """English source text plus what fills it in; rendered late, in the chosen language.

    ``text`` may hold ``{name}`` / ``{name:.3g}`` placeholders filled from ``args`` after
    translation, and ``%n`` filled from ``n`` with the translator's plural rules. An argument that is
    itself a ``Message`` is rendered in the same language first.
    """

    text: str
    args: Mapping[str, Any] = field(default_factory=dict)
    n: int = -1

    def render(self, translate: Translator = _english) -> str:
        template = translate(CONTEXT, self.text, self.n)
        args = {k: (v.render(translate) if isinstance(v, Message) else v) for k, v in self.args.items()}
        try:
            return template.format(**args)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the message: fall back to the source text.
            return _english(CONTEXT, self.text, self.n).format(**args)

    def __str__(self) -> str:
        return self.render()


def message(text: str, n: int = -1, **args: Any) -> Message:
    """``message(TEXT, eta=0.1)`` — shorthand for ``Message(TEXT, {"eta": 0.1})``."""
    return Message(text, args, n)


def literal(text: str) -> Message:
    """A Message of an English text that is already complete (no arguments to fill in).

    For attributes that stay plain strings for older callers (``Objective.title``,
    ``CriticalPoint.label``, ``HyperParameter.doc``): when ``text`` is itself a marked source
    text it is translated, otherwise (a user's formula, a name) it is shown as it is. Braces
    are escaped, so a text such as ``"{x}"`` is never taken for a placeholder.
    """
    return Message(text.replace("{", "{{").replace("}", "}}"))


class MessageError(ValueError):
    """A refused value whose reason is a :class:`Message`: ``.message`` is shown through the
    translator, ``str(error)`` is the English text (a plain ``ValueError`` for older callers)."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def message_of(exc: BaseException) -> Message:
    """What to show for ``exc``: its ``.message`` when it carries one, else its English text
    (an error of code that has no Message yet, or of a library) as a :func:`literal`."""
    carried = getattr(exc, "message", None)
    if isinstance(carried, Message):
        return carried
    return literal(str(exc) or type(exc).__name__)
