"""The one validation path for every value that comes from outside the program.

The command line, session files, the settings store and the control panel all hand raw values
(JSON numbers, text already read as numbers, whatever a damaged file holds) to the validators
here, so one value is refused the same way, with the same words, wherever it came from.

Numbers are checked without ever converting an unchecked value to float: Python compares ints
and floats exactly, so a 400-digit integer is simply "outside 1 … 1e6" (no ``OverflowError``),
and JSON integers too long for ``int()`` (over 4,300 digits) are read as :class:`OversizedInt`
by :func:`decode_json` and refused like any other number out of range. NaN, ±infinity, booleans
and wrong types are refused too. Every refusal is a :class:`ValidationError` naming the field,
with a :class:`~numerics.messages.Message` that states the allowed range.
"""

from __future__ import annotations

import json
import math
import numbers
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from numerics import CATALOGUE, OPTIMIZERS, SCHEMES, DescentConfig
from numerics import LIMITS as _DESCENT_LIMITS
from numerics.formula import parse_formula
from numerics.messages import QT_TRANSLATE_NOOP, Message
from numerics.numbers import format_number, parse_number

__all__ = [
    "ARROW_MODES",
    "Box",
    "FIELD_VALIDATORS",
    "INSTANT",
    "LAYER_NAMES",
    "LIMITS",
    "Limit",
    "NAMED_REASON",
    "OversizedInt",
    "TEXT_EXPECTED",
    "THEME_NAMES",
    "ValidationError",
    "check_hyper_for",
    "decode_json",
    "describe",
    "read_number",
    "reason_of",
    "validate_config",
    "validate_field",
]

Box = tuple[float, float, float, float]

LAYER_NAMES: tuple[str, ...] = ("field", "heatmap", "contours", "critical", "paths")
THEME_NAMES: tuple[str, ...] = ("light", "dark")
ARROW_MODES: tuple[str, ...] = ("scaled", "unit")
INSTANT = "instant"  #: JSON has no infinity: the "reveal at once" speed (math.inf) is this word

# ---------------------------------------------------------------- messages
FIELD_REASON = QT_TRANSLATE_NOOP("numerics", "{field}: {reason}")
PASSTHROUGH = QT_TRANSLATE_NOOP("numerics", "{text}")

OUT_OF_RANGE = QT_TRANSLATE_NOOP("numerics", "must be a number between {low} and {high}, got {got}")
OUT_OF_RANGE_WHOLE = QT_TRANSLATE_NOOP("numerics", "must be a whole number between {low} and {high}, got {got}")
NOT_FINITE = QT_TRANSLATE_NOOP("numerics", "must be a finite number, got {got}")
SPEED_RANGE = QT_TRANSLATE_NOOP(
    "numerics", "must be between {low} and {high} steps per second, or “instant”, got {got}")
RULE = QT_TRANSLATE_NOOP("numerics", "{name} must be a number between {low} and {high}")
ALLOWED = QT_TRANSLATE_NOOP("numerics", "a number between {low} and {high}")
ALLOWED_WHOLE = QT_TRANSLATE_NOOP("numerics", "a whole number between {low} and {high}")
ALLOWED_FINITE = QT_TRANSLATE_NOOP("numerics", "a finite number")
RULE_WHOLE = QT_TRANSLATE_NOOP("numerics", "{name} must be a whole number between {low} and {high}")

GOT_TEXT = QT_TRANSLATE_NOOP("numerics", "the text “{text}”")
GOT_TRUE = QT_TRANSLATE_NOOP("numerics", "true")
GOT_FALSE = QT_TRANSLATE_NOOP("numerics", "false")
GOT_NULL = QT_TRANSLATE_NOOP("numerics", "nothing (null)")
GOT_LIST = QT_TRANSLATE_NOOP("numerics", "a list")
GOT_OBJECT = QT_TRANSLATE_NOOP("numerics", "an object")
GOT_OTHER = QT_TRANSLATE_NOOP("numerics", "a value of type {type}")
GOT_NAN = QT_TRANSLATE_NOOP("numerics", "NaN")
GOT_INFINITY = QT_TRANSLATE_NOOP("numerics", "infinity")
GOT_MINUS_INFINITY = QT_TRANSLATE_NOOP("numerics", "minus infinity")
GOT_LONG_INTEGER = QT_TRANSLATE_NOOP("numerics", "a whole number of %n digits")
GOT_VERY_LONG_INTEGER = QT_TRANSLATE_NOOP("numerics", "a whole number of about %n digits")

EXPECTED_CHOICE = QT_TRANSLATE_NOOP("numerics", "must be one of {choices}, got {got}")
EXPECTED_BOOL = QT_TRANSLATE_NOOP("numerics", "must be true or false, got {got}")
EXPECTED_FUNCTION = QT_TRANSLATE_NOOP("numerics", "must be a function name ({known}), got {got}")
UNKNOWN_FUNCTION = QT_TRANSLATE_NOOP("numerics", "unknown function “{name}”; known functions: {known}")
EXPECTED_FORMULA = QT_TRANSLATE_NOOP("numerics", "must be formula text in x0 and x1, got {got}")
EXPECTED_BOX = QT_TRANSLATE_NOOP("numerics", "must be [x0_min, x0_max, x1_min, x1_max], got {got}")
BOX_ORDER = QT_TRANSLATE_NOOP("numerics", "each minimum must be below its maximum, got {box}")
EXPECTED_HYPER = QT_TRANSLATE_NOOP("numerics", "must be an object of name: number, got {got}")
HYPER_IS_LR = QT_TRANSLATE_NOOP(
    "numerics", "“lr” is the learning rate η, set on its own (descent.lr, --lr), not as a hyper-parameter")
UNKNOWN_HYPER = QT_TRANSLATE_NOOP("numerics", "{optimizer} has no hyper-parameter “{name}” (it takes: {known})")
NO_HYPER = QT_TRANSLATE_NOOP("numerics", "{optimizer} takes no hyper-parameter besides the learning rate η")
EXPECTED_STARTS = QT_TRANSLATE_NOOP("numerics", "must be a list of [x0, x1] pairs, got {got}")
EXPECTED_POINT = QT_TRANSLATE_NOOP("numerics", "must be [x0, x1], got {got}")
EXPECTED_LAYERS = QT_TRANSLATE_NOOP("numerics", "must be an object of layer: true/false, got {got}")
UNKNOWN_LAYER = QT_TRANSLATE_NOOP("numerics", "unknown layer “{name}”; layers: {known}")
UNKNOWN_FIELD = QT_TRANSLATE_NOOP("numerics", "unknown field")

JSON_SYNTAX = QT_TRANSLATE_NOOP("numerics", "not valid JSON (line {line}, column {column}: {problem})")
JSON_NON_FINITE = QT_TRANSLATE_NOOP("numerics", "the non-finite number {name} is not allowed")
JSON_TOO_DEEP = QT_TRANSLATE_NOOP("numerics", "nested too deeply")


class ValidationError(ValueError):
    """A value from outside is refused. ``str(error)`` is ``"<field>: <reason>"`` in English.

    Attributes:
        field: the field's name where it came from (``"descent.lr"``, ``"starts[2][0]"``, ``"η"``).
        reason: why, as a :class:`Message` without the field's name ("must be a number between …").
        message: ``field`` and ``reason`` together, as a :class:`Message`.
    """

    def __init__(self, field: str, reason: Message | str) -> None:
        self.field = field
        self.reason = reason if isinstance(reason, Message) else Message(PASSTHROUGH, {"text": reason})
        self.message = Message(FIELD_REASON, {"field": field, "reason": self.reason})
        super().__init__(str(self.message))


def reason_of(exc: BaseException) -> Message:
    """The user-facing reason carried by ``exc``: its ``.message`` when it has one, else its text."""
    carried = getattr(exc, "message", None)
    if isinstance(carried, Message):
        return carried
    return Message(PASSTHROUGH, {"text": str(exc)})


# ---------------------------------------------------------------- describing what was given


class OversizedInt:
    """A JSON integer with more digits than ``int()`` reads (Python refuses over 4,300 digits)."""

    def __init__(self, digits: int) -> None:
        self.digits = digits

    def __repr__(self) -> str:
        return f"<integer of {self.digits} digits>"


def describe(value: Any) -> Message:
    """What was given, in words short enough for a message (never a 400-digit number)."""
    if isinstance(value, OversizedInt):
        return Message(GOT_LONG_INTEGER, n=value.digits)
    if value is True:
        return Message(GOT_TRUE)
    if value is False:
        return Message(GOT_FALSE)
    if value is None:
        return Message(GOT_NULL)
    if isinstance(value, numbers.Integral):
        return _describe_integer(int(value))
    if isinstance(value, numbers.Real):
        x = float(value)
        if math.isnan(x):
            return Message(GOT_NAN)
        if math.isinf(x):
            return Message(GOT_INFINITY if x > 0 else GOT_MINUS_INFINITY)
        return Message(PASSTHROUGH, {"text": format_number(x, None)})
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:37] + "…"
        return Message(GOT_TEXT, {"text": text.encode("utf-8", "backslashreplace").decode("utf-8")})
    if isinstance(value, (list, tuple)):
        return Message(GOT_LIST)
    if isinstance(value, Mapping):
        return Message(GOT_OBJECT)
    return Message(GOT_OTHER, {"type": type(value).__name__})


def _describe_integer(value: int) -> Message:
    if abs(value) < 10**16:
        return Message(PASSTHROUGH, {"text": format_number(value, None)})
    try:
        return Message(GOT_LONG_INTEGER, n=len(str(abs(value))))
    except ValueError:  # more digits than str() writes: count them from the bits
        return Message(GOT_VERY_LONG_INTEGER, n=int(abs(value).bit_length() * math.log10(2)) + 1)


def _number_text(x: float) -> str:
    return format_number(x)  # limits read best short: 1e6, 1e−50


# ---------------------------------------------------------------- numbers


def read_number(text: str, *, name: str | None = None) -> int | float | OversizedInt:
    """The number typed as ``text``: whole numbers exactly, whatever their size (so the range
    check can refuse a 400-digit count in a few words instead of "too large"), anything else
    through the app's one reader, ``numerics.numbers.parse_number`` (which raises
    ``NumberError`` with a Message, naming ``name``)."""
    plain = text.strip().replace("\u2212", "-")
    digits = plain[1:] if plain[:1] in "+-" else plain
    if digits.isascii() and digits.isdigit():
        try:
            return int(plain)
        except ValueError:  # beyond int()'s 4,300 digits
            return OversizedInt(len(digits))
    return parse_number(text, name=name)



@dataclass(frozen=True)
class Limit:
    """Inclusive range of a numeric setting; ``check`` is the one test every number passes."""

    low: float
    high: float
    integer: bool = False

    def rule(self, name: str) -> Message:
        """``"η must be a number between 1e−6 and 100"``: the rule in the words users read."""
        text = RULE_WHOLE if self.integer else RULE
        return Message(text, {"name": name, "low": _number_text(self.low), "high": _number_text(self.high)})

    def allowed(self) -> Message:
        """``"a number between 1e−6 and 100"``: what a value must be, to follow "expected"."""
        if not (math.isfinite(self.low) or math.isfinite(self.high)):
            return Message(ALLOWED_FINITE)
        text = ALLOWED_WHOLE if self.integer else ALLOWED
        return Message(text, {"low": _number_text(self.low), "high": _number_text(self.high)})

    def refusal(self, got: Any) -> Message:
        """The reason ``got`` is refused (without the field's name)."""
        if not (math.isfinite(self.low) or math.isfinite(self.high)):
            return Message(NOT_FINITE, {"got": describe(got)})
        text = OUT_OF_RANGE_WHOLE if self.integer else OUT_OF_RANGE
        return Message(text, {"low": _number_text(self.low), "high": _number_text(self.high), "got": describe(got)})

    def check(self, name: str, value: Any) -> float | int:
        """``value`` as int (integer limits) or float when it is a finite number in range.

        Anything else (bool, text, None, NaN, ±inf, a fraction for a whole-number field, an
        integer of any size outside the range) raises :class:`ValidationError` naming ``name``.
        """
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise ValidationError(name, self.refusal(value))
        if isinstance(value, numbers.Integral):
            value = int(value)  # exact comparisons below, whatever its size
        else:
            value = float(value)
            if not math.isfinite(value) or (self.integer and not value.is_integer()):
                raise ValidationError(name, self.refusal(value))
        if not self.low <= value <= self.high:
            raise ValidationError(name, self.refusal(value))
        if self.integer:
            return int(value)
        try:
            return float(value)
        except OverflowError:  # an int beyond float range inside an unbounded Limit
            raise ValidationError(name, self.refusal(value)) from None


# The ranges the window's controls accept. Steps, tolerance and h are numerics' own limits
# (numerics.descent.LIMITS); the learning rate is narrower on purpose: numerics accepts η down
# to 1e-12 because the learning-rate race shows η = 1e-10, but a user types 1e-6 … 100.
LIMITS: dict[str, Limit] = {
    "lr": Limit(1e-6, 100.0),
    "steps": Limit(*_DESCENT_LIMITS["steps"], integer=True),
    "tol": Limit(*_DESCENT_LIMITS["tol"]),
    "h": Limit(*_DESCENT_LIMITS["h"]),
    "animation_speed": Limit(1.0, 10_000.0),  # steps drawn per second; math.inf (INSTANT) also allowed
    "coordinate": Limit(-1e6, 1e6),  # start points and view-box edges
    "starts": Limit(0, 1000, integer=True),  # how many runs a session may hold
}
_ANY_FINITE = Limit(-math.inf, math.inf)


# ---------------------------------------------------------------- per-field validators
# Each takes a raw value and returns the typed value, or raises ValidationError naming the field.


def _check_function(value: Any) -> str | None:
    if value is None:
        return None
    known = ", ".join(CATALOGUE)
    if not isinstance(value, str):
        raise ValidationError("function", Message(EXPECTED_FUNCTION, {"known": known, "got": describe(value)}))
    if value not in CATALOGUE:
        raise ValidationError("function", Message(UNKNOWN_FUNCTION, {"name": describe_name(value), "known": known}))
    return value


def describe_name(text: str) -> str:
    """``text`` shortened and with unprintable code points escaped, to quote in a message."""
    short = text if len(text) <= 40 else text[:37] + "…"
    return short.encode("utf-8", "backslashreplace").decode("utf-8")


def _check_formula(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError("formula", Message(EXPECTED_FORMULA, {"got": describe(value)}))
    try:
        parse_formula(value)
    except ValueError as exc:  # FormulaError, and a codec error on a lone surrogate: the reason reaches the user
        raise ValidationError("formula", reason_of(exc)) from None
    return value


def check_box(name: str, value: Any) -> Box | None:
    """``None`` or four coordinates with each minimum below its maximum."""
    if value is None:
        return None
    if not isinstance(value, (list, tuple)) or len(value) != 4:
        raise ValidationError(name, Message(EXPECTED_BOX, {"got": describe(value)}))
    box = tuple(LIMITS["coordinate"].check(f"{name}[{i}]", v) for i, v in enumerate(value))
    if not (box[0] < box[1] and box[2] < box[3]):
        shown = "[" + ", ".join(_number_text(v) for v in box) + "]"
        raise ValidationError(name, Message(BOX_ORDER, {"box": shown}))
    return box  # type: ignore[return-value]


def check_choice(name: str, choices: tuple[str, ...]) -> Callable[[Any], str]:
    """A validator accepting exactly one of ``choices`` (strings)."""
    def check(value: Any) -> str:
        if not isinstance(value, str) or value not in choices:
            raise ValidationError(name, Message(EXPECTED_CHOICE, {"choices": ", ".join(choices),
                                                                   "got": describe(value)}))
        return value

    return check


def check_bool(name: str) -> Callable[[Any], bool]:
    """A validator accepting only ``True`` and ``False`` (not 0, 1 or "yes")."""
    def check(value: Any) -> bool:
        if not isinstance(value, bool):
            raise ValidationError(name, Message(EXPECTED_BOOL, {"got": describe(value)}))
        return value

    return check


def check_number(name: str, limit_name: str) -> Callable[[Any], float | int]:
    """A validator for one number by the range ``LIMITS[limit_name]``."""
    limit = LIMITS[limit_name]
    return lambda value: limit.check(name, value)


def _check_hyper(value: Any) -> tuple[tuple[str, float], ...]:
    """Names and finiteness only; which names and ranges fit is the optimizer's business
    (:func:`check_hyper_for`, :func:`validate_config`)."""
    if isinstance(value, tuple) and all(isinstance(p, tuple) and len(p) == 2 for p in value):
        value = dict(value)  # DescentConfig's own (name, value) pairs
    if not isinstance(value, Mapping):
        raise ValidationError("descent.hyper", Message(EXPECTED_HYPER, {"got": describe(value)}))
    pairs = []
    for name, number in value.items():
        if not isinstance(name, str):
            raise ValidationError("descent.hyper", Message(EXPECTED_HYPER, {"got": describe(name)}))
        if name == "lr":
            raise ValidationError("descent.hyper.lr", Message(HYPER_IS_LR))
        pairs.append((name, _ANY_FINITE.check(f"descent.hyper.{describe_name(name)}", number)))
    return tuple(sorted(pairs))


def check_hyper_for(optimizer: str, hyper: tuple[tuple[str, float], ...]) -> None:
    """Raise ``ValidationError("descent.hyper.<name>")`` for a name or value ``optimizer`` refuses."""
    specs = OPTIMIZERS[optimizer].HYPERPARAMETERS
    for name, number in hyper:
        field = f"descent.hyper.{describe_name(name)}"
        if name == "lr":
            raise ValidationError(field, Message(HYPER_IS_LR))
        if name not in specs:
            known = ", ".join(specs)
            reason = (Message(UNKNOWN_HYPER, {"optimizer": optimizer, "name": describe_name(name), "known": known})
                      if known else Message(NO_HYPER, {"optimizer": optimizer}))
            raise ValidationError(field, reason)
        Limit(specs[name].low, specs[name].high).check(field, number)


def _check_starts(value: Any) -> tuple[tuple[float, float], ...]:
    if not isinstance(value, (list, tuple)):
        raise ValidationError("starts", Message(EXPECTED_STARTS, {"got": describe(value)}))
    LIMITS["starts"].check("starts (count)", len(value))
    starts = []
    for i, point in enumerate(value):
        if not isinstance(point, (list, tuple)) or len(point) != 2:
            raise ValidationError(f"starts[{i}]", Message(EXPECTED_POINT, {"got": describe(point)}))
        starts.append(tuple(LIMITS["coordinate"].check(f"starts[{i}][{k}]", v) for k, v in enumerate(point)))
    return tuple(starts)  # type: ignore[return-value]


def _check_speed(value: Any) -> float:
    if isinstance(value, str) and value == INSTANT:
        return math.inf
    if isinstance(value, float) and value == math.inf:
        return math.inf
    limit = LIMITS["animation_speed"]
    try:
        return limit.check("animation_speed", value)
    except ValidationError:
        raise ValidationError("animation_speed", Message(SPEED_RANGE, {
            "low": _number_text(limit.low), "high": _number_text(limit.high), "got": describe(value)})) from None


def _check_layers(value: Any) -> dict[str, bool]:
    if not isinstance(value, Mapping):
        raise ValidationError("layers", Message(EXPECTED_LAYERS, {"got": describe(value)}))
    unknown = sorted(str(k) for k in set(value) - set(LAYER_NAMES))
    if unknown:
        raise ValidationError("layers", Message(UNKNOWN_LAYER, {"name": describe_name(unknown[0]),
                                                               "known": ", ".join(LAYER_NAMES)}))
    layers = dict.fromkeys(LAYER_NAMES, True)
    for name, visible in value.items():
        layers[name] = check_bool(f"layers.{name}")(visible)
    return layers


def _check_optional_bool(name: str) -> Callable[[Any], bool | None]:
    strict = check_bool(name)
    return lambda value: None if value is None else strict(value)


FIELD_VALIDATORS: dict[str, Callable[[Any], Any]] = {
    "function": _check_function,
    "formula": _check_formula,
    "view_box": lambda value: check_box("view_box", value),
    "animation_speed": _check_speed,
    "starts": _check_starts,
    "theme": check_choice("theme", THEME_NAMES),
    "layers": _check_layers,
    "arrow_mode": check_choice("arrow_mode", ARROW_MODES),
    "log_heatmap": _check_optional_bool("log_heatmap"),
    "keep_paths": check_bool("keep_paths"),
    "descent.optimizer": check_choice("descent.optimizer", tuple(OPTIMIZERS)),
    "descent.lr": check_number("descent.lr", "lr"),
    "descent.hyper": _check_hyper,
    "descent.steps": check_number("descent.steps", "steps"),
    "descent.tol": check_number("descent.tol", "tol"),
    "descent.h": check_number("descent.h", "h"),
    "descent.scheme": check_choice("descent.scheme", tuple(SCHEMES)),
    "descent.analytic": check_bool("descent.analytic"),
    "descent.escape_box": lambda value: check_box("descent.escape_box", value),
}
"""Validator per field, by its session (JSON) name; dotted names are inside ``"descent"``."""


def validate_field(name: str, value: Any) -> Any:
    """Check one field by its session name (``"theme"``, ``"descent.lr"`` …); return the typed value."""
    try:
        validator = FIELD_VALIDATORS[name]
    except KeyError:
        raise ValidationError(name, Message(UNKNOWN_FIELD)) from None
    return validator(value)


def validate_config(config: DescentConfig, field_name: str = "descent") -> DescentConfig:
    """The descent settings together: the hyper-parameters against the optimizer (named one by
    one), then numerics' own consistency check, as a ValidationError."""
    if config.optimizer in OPTIMIZERS:
        check_hyper_for(config.optimizer, config.hyper)
    try:
        config.validate()
    except (ValueError, TypeError) as exc:
        raise ValidationError(field_name, reason_of(exc)) from None
    return config


# ---------------------------------------------------------------- JSON from outside


def _json_int(text: str) -> int | OversizedInt:
    try:
        return int(text)
    except ValueError:  # beyond sys.get_int_max_str_digits(): refused later as out of range
        return OversizedInt(len(text.lstrip("-")))


def _json_constant(name: str) -> float:
    # json accepts NaN/Infinity by default; no value of ours is ever one.
    raise ValidationError("", Message(JSON_NON_FINITE, {"name": name}))


def decode_json(text: str, field: str) -> Any:
    """``json.loads`` for text from outside: every failure is a ValidationError naming ``field``
    with the real reason (syntax and position, a NaN/Infinity constant, nesting too deep)."""
    try:
        return json.loads(text, parse_int=_json_int, parse_constant=_json_constant)
    except ValidationError as exc:
        raise ValidationError(field, exc.reason) from None
    except json.JSONDecodeError as exc:
        raise ValidationError(field, Message(JSON_SYNTAX, {"line": exc.lineno, "column": exc.colno,
                                                           "problem": exc.msg})) from None
    except RecursionError:
        raise ValidationError(field, Message(JSON_TOO_DEEP)) from None


# ---------------------------------------------------------------- the panel's wording
#: A refusal shown under a named control: "η must be a number between 1e−6 and 100, got 1000".
NAMED_REASON = QT_TRANSLATE_NOOP("numerics", "{name} {reason}")
#: Typed text that is not a number at all, and what was expected instead.
TEXT_EXPECTED = QT_TRANSLATE_NOOP("numerics", "{reason}; expected {allowed}")
