"""The one reader of numbers typed by a user and the one writer of numbers shown to a user.

Every text field of the app (the control panel, the labs, the command line) reads through
:func:`parse_number`, and every readout, table cell and message writes through
:func:`format_number` / :func:`format_point`, so "1e−3" typed in one place is accepted
everywhere and a number looks the same wherever it is shown.

Reading accepts what people type or paste: ``0.1``, ``-3``, ``1e-3``, ``1E−3``, the typographic
minus ``−`` (and the en dash word processors turn ``-`` into), full-width digits and signs from
an East-Asian input method (``１ｅ－３``), and spaces anywhere (``1 000``, a thin space, a
non-breaking space). It refuses, with a reason, empty text, anything that is not a number (a
decimal comma ``1,5`` included: it is ambiguous), ``nan``/``inf``, and numbers that overflow to
infinity or underflow to 0 — nothing typed is silently replaced by another number.

Writing follows the GUI's conventions: ``digits`` significant digits, a real minus sign, a short
exponent (``1e−5``, not ``1e-05``), ``∞``/``−∞`` for infinities and ``—`` for an undefined value
(NaN or ``None``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from numerics.messages import QT_TRANSLATE_NOOP, Message

__all__ = [
    "MINUS",
    "NumberError",
    "UNDEFINED",
    "format_number",
    "format_point",
    "parse_number",
]

#: The minus sign numbers are shown with (U+2212): the hyphen-minus is too short to read.
MINUS = "\u2212"
#: What an undefined value (NaN, ``None``) is shown as.
UNDEFINED = "\u2014"

EMPTY = QT_TRANSLATE_NOOP("numerics", "type a number")
EMPTY_NAMED = QT_TRANSLATE_NOOP("numerics", "{name}: type a number")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("numerics", "“{text}” is not a number; type e.g. 0.1, −3 or 1e−3")
NOT_A_NUMBER_NAMED = QT_TRANSLATE_NOOP("numerics", "{name}: “{text}” is not a number; type e.g. 0.1, −3 or 1e−3")
NOT_FINITE = QT_TRANSLATE_NOOP("numerics", "“{text}” is not a finite number")
NOT_FINITE_NAMED = QT_TRANSLATE_NOOP("numerics", "{name} must be a finite number, not “{text}”")
TOO_LARGE = QT_TRANSLATE_NOOP("numerics", "“{text}” is too large: the largest number is about 1.8e308")
TOO_LARGE_NAMED = QT_TRANSLATE_NOOP("numerics", "{name}: “{text}” is too large: the largest number is about 1.8e308")
TOO_SMALL = QT_TRANSLATE_NOOP("numerics", "“{text}” is too close to 0: it would be rounded to 0 (the smallest is about 5e−324)")
TOO_SMALL_NAMED = QT_TRANSLATE_NOOP(
    "numerics", "{name}: “{text}” is too close to 0: it would be rounded to 0 (the smallest is about 5e−324)")

# Characters read as an ASCII minus: the typographic minus, the figure and en dashes (word
# processors turn "-" into "–") and the small hyphen-minus. The em dash is not one: it is what
# an undefined value is shown as.
_MINUS_SIGNS = "\u2212\u2012\u2013\ufe63"
# Full-width forms (U+FF01…U+FF5E) are ASCII shifted by 0xFEE0: "１ｅ－３" from an IME is "1e-3".
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_TRANSLATION = {**_FULL_WIDTH, **{ord(c): "-" for c in _MINUS_SIGNS}}


class NumberError(ValueError):
    """Typed text that is not a usable number. ``str(error)`` is the English reason.

    Attributes:
        message: the reason, as a translatable :class:`~numerics.messages.Message`.
        text: what was typed, stripped of surrounding spaces.
    """

    def __init__(self, message: Message, text: str = "") -> None:
        super().__init__(str(message))
        self.message = message
        self.text = text


def _fail(plain: str, named: str, name: str | Message | None, text: str) -> NumberError:
    if name is None:
        return NumberError(Message(plain, {"text": text}), text)
    return NumberError(Message(named, {"name": name, "text": text}), text)


def parse_number(text: str, *, name: str | Message | None = None) -> float:
    """The finite float a user typed, or :class:`NumberError` saying why it is not one.

    ``name`` (e.g. ``"η"``, ``"start x0"``) names the field in the reason; the text may then also
    repeat it as ``"η = 0.1"``. See the module docstring for what is accepted.
    """
    shown = text.strip()
    cleaned = "".join(text.translate(_TRANSLATION).split())  # no whitespace of any kind left
    if name is not None and "=" in cleaned:
        # "η = 0.1": the field's own name written before the number is harmless.
        left, _, right = cleaned.partition("=")
        if left == "".join(str(name).split()):
            cleaned = right
    if not cleaned:
        raise _fail(EMPTY, EMPTY_NAMED, name, shown)
    try:
        value = float(cleaned)
    except ValueError:
        raise _fail(NOT_A_NUMBER, NOT_A_NUMBER_NAMED, name, shown) from None
    if math.isfinite(value):
        if value == 0.0 and _nonzero(cleaned):
            raise _fail(TOO_SMALL, TOO_SMALL_NAMED, name, shown)
        return value
    if cleaned.lstrip("+-").isalpha():  # "nan", "inf", "-Infinity" spelt out
        raise _fail(NOT_FINITE, NOT_FINITE_NAMED, name, shown)
    raise _fail(TOO_LARGE, TOO_LARGE_NAMED, name, shown)


def _nonzero(cleaned: str) -> bool:
    """Whether decimal text that float() read as 0.0 names a number other than 0 (1e-400 does)."""
    try:
        return Decimal(cleaned) != 0
    except InvalidOperation:  # pragma: no cover - float() accepted it; Decimal reads a superset
        return False


def format_number(value: float | None, digits: int | None = 6, *, ascii_minus: bool = False) -> str:
    """``value`` for a reader: ``digits`` significant digits, a real minus sign, a short exponent.

    ``digits=None`` writes the shortest text that reads back as exactly this float (the book's
    0.1999999999990898). ``1e-05`` is written ``1e−5`` and ``1e+13`` ``1e13``; ``−0`` is ``0``;
    ±infinity is ``∞``/``−∞`` and NaN or ``None`` is ``—``. ``ascii_minus`` writes ``-`` instead
    of ``−``, for text the user is about to edit.
    """
    if digits is not None and digits < 1:
        raise ValueError(f"digits must be at least 1 (or None for the shortest exact text), got {digits!r}")
    if value is None:
        return UNDEFINED
    x = float(value)
    if math.isnan(x):
        return UNDEFINED
    if math.isinf(x):
        text = "∞" if x > 0 else "-∞"
    else:
        x = x + 0.0  # −0.0 → 0.0: a minus sign on zero only puzzles
        text = repr(x) if digits is None else f"{x:.{digits}g}"
        mantissa, e, exponent = text.partition("e")
        if digits is None and mantissa.endswith(".0"):
            mantissa = mantissa[:-2]  # repr's "100.0" and "1.0e+16" are plainly 100 and 1e16
        text = f"{mantissa}e{int(exponent)}" if e else mantissa
    return text if ascii_minus else text.replace("-", MINUS)


def format_point(point: Iterable[float], digits: int | None = 6, *, brackets: bool = True,
                 ascii_minus: bool = False) -> str:
    """A point as ``(a, b)`` (any length), each coordinate by :func:`format_number`.

    ``brackets=False`` gives ``a, b``, for a table column whose header already says "point".
    """
    inner = ", ".join(format_number(float(c), digits, ascii_minus=ascii_minus) for c in point)
    return f"({inner})" if brackets else inner
