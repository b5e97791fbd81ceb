"""A safe parser for formulas typed by the learner, such as ``sin(x0) * exp(-x1**2)``.

The text is first rewritten by :mod:`numerics.formula_normalise` — ``x0²``, ``x₀``, ``×``, ``·``,
``−``, full-width ``ｘ0＋1`` become plain ASCII, with a map back to the typed characters — and any
character still outside ASCII is refused by name (``U+1D431 MATHEMATICAL BOLD SMALL X``), so Python's
NFKC folding of identifiers never reads a look-alike as a real name. The ASCII text is parsed with
:func:`ast.parse` and walked against an allowlist: numbers, the variables ``x0`` and ``x1``, the
constants ``pi`` and ``e``, the operators ``+ - * / **``, and calls of a fixed set of numpy ufuncs.
The checked tree is compiled into a short postfix program (a list of "push this" / "apply that
ufunc" instructions) that a tiny stack machine runs on numpy arrays. Nothing the user typed is ever
handed to ``eval``, ``exec`` or ``compile``.

Every problem — bad syntax, a forbidden construct, hostile input that makes the parser itself fail
— becomes a :class:`FormulaError` whose message a learner can act on, with the column (in the text
as typed) it points at, and a translatable :class:`~numerics.messages.Message`.
"""

from __future__ import annotations

import ast
import difflib
import re
import unicodedata
import warnings
from dataclasses import dataclass

import numpy as np

from numerics.formula_normalise import (
    SUPERSCRIPTS,
    NormalizedFormula,
    character_label,
    lookalike_of,
    normalize_formula,
)
from numerics.messages import QT_TRANSLATE_NOOP, Message

__all__ = [
    "ALLOWED_FUNCTIONS",
    "ALLOWED_NAMES",
    "MAX_DEPTH",
    "MAX_LENGTH",
    "MAX_NODES",
    "MAX_PAREN_DEPTH",
    "NON_ANALYTIC_FUNCTIONS",
    "Formula",
    "FormulaError",
    "parse_formula",
]

#: Longest formula accepted, in characters: far beyond anything a learner types, small enough that
#: the parser's cost is negligible.
MAX_LENGTH = 500
#: Most expression nodes (numbers, names, operators, calls) in one formula.
MAX_NODES = 200
#: Deepest bracket nesting, checked on the normalised text before the parser sees it.
MAX_PAREN_DEPTH = 30
#: Deepest expression tree after parsing (catches ``------x0`` chains that have no brackets). At least
#: MAX_NODES / 2 so that a long plain sum is reported as "too long", not as "too deeply nested".
MAX_DEPTH = 100

#: name → (numpy ufunc, number of arguments). Aliases spell the same ufunc the way calculators and
#: the ``math`` module do, so learners coming from either find their name.
ALLOWED_FUNCTIONS: dict[str, tuple[np.ufunc, int]] = {
    "sin": (np.sin, 1),
    "cos": (np.cos, 1),
    "tan": (np.tan, 1),
    "arcsin": (np.arcsin, 1),
    "arccos": (np.arccos, 1),
    "arctan": (np.arctan, 1),
    "asin": (np.arcsin, 1),
    "acos": (np.arccos, 1),
    "atan": (np.arctan, 1),
    "sinh": (np.sinh, 1),
    "cosh": (np.cosh, 1),
    "tanh": (np.tanh, 1),
    "arcsinh": (np.arcsinh, 1),
    "arccosh": (np.arccosh, 1),
    "arctanh": (np.arctanh, 1),
    "asinh": (np.arcsinh, 1),
    "acosh": (np.arccosh, 1),
    "atanh": (np.arctanh, 1),
    "exp": (np.exp, 1),
    "log": (np.log, 1),
    "ln": (np.log, 1),
    "log10": (np.log10, 1),
    "log2": (np.log2, 1),
    "sqrt": (np.sqrt, 1),
    "cbrt": (np.cbrt, 1),
    "abs": (np.absolute, 1),
    "sign": (np.sign, 1),
    "floor": (np.floor, 1),
    "ceil": (np.ceil, 1),
    "arctan2": (np.arctan2, 2),
    "atan2": (np.arctan2, 2),
    "hypot": (np.hypot, 2),
    "minimum": (np.minimum, 2),
    "min": (np.minimum, 2),
    "maximum": (np.maximum, 2),
    "max": (np.maximum, 2),
}

#: Functions that are not complex-analytic (or that numpy does not define for complex input):
#: a formula using one of them cannot be differentiated with the complex-step scheme.
NON_ANALYTIC_FUNCTIONS: frozenset[str] = frozenset(
    {"abs", "sign", "floor", "ceil", "cbrt", "arctan2", "atan2", "hypot", "minimum", "min", "maximum", "max"}
)

_VARIABLES = ("x0", "x1")
_CONSTANTS: dict[str, float] = {"pi": float(np.pi), "e": float(np.e)}
#: Every bare name a formula may use (variables first, then constants).
ALLOWED_NAMES: tuple[str, ...] = _VARIABLES + tuple(_CONSTANTS)

_BINARY_OPERATORS: dict[type, np.ufunc] = {
    ast.Add: np.add,
    ast.Sub: np.subtract,
    ast.Mult: np.multiply,
    ast.Div: np.divide,
    ast.Pow: np.power,
}
_UNARY_OPERATORS: dict[type, np.ufunc] = {ast.USub: np.negative, ast.UAdd: np.positive}

# --------------------------------------------------------------------------------------------
# What the learner is told: every English source text, for lupdate (context "numerics")
# --------------------------------------------------------------------------------------------

# The whole sentence: reason, column and hint are its arguments (reason and hint are Messages).
AT_COLUMN_WITH_HINT = QT_TRANSLATE_NOOP("numerics", "{reason} at column {column} — {hint}")
AT_COLUMN = QT_TRANSLATE_NOOP("numerics", "{reason} at column {column}")
WITH_HINT = QT_TRANSLATE_NOOP("numerics", "{reason} — {hint}")

EMPTY = QT_TRANSLATE_NOOP("numerics", "enter a formula in x0 and x1")
NOT_TEXT = QT_TRANSLATE_NOOP("numerics", "the formula must be text")
TOO_LONG_TEXT = QT_TRANSLATE_NOOP("numerics", "the formula is too long ({length} characters)")
HINT_LENGTH_LIMIT = QT_TRANSLATE_NOOP("numerics", "the limit is {limit}")
TOO_LONG_NODES = QT_TRANSLATE_NOOP("numerics", "the formula is too long")
HINT_NODE_LIMIT = QT_TRANSLATE_NOOP("numerics", "use at most {limit} numbers, names and operators")
NESTED_TOO_DEEPLY = QT_TRANSLATE_NOOP("numerics", "the formula is nested too deeply")
HINT_BRACKET_LIMIT = QT_TRANSLATE_NOOP("numerics", "use at most {limit} levels of brackets")
HINT_DEPTH_LIMIT = QT_TRANSLATE_NOOP("numerics", "use at most {limit} levels")
TOO_COMPLICATED = QT_TRANSLATE_NOOP("numerics", "the formula is too complicated")
HINT_SIMPLIFY = QT_TRANSLATE_NOOP("numerics", "simplify it")
UNREADABLE = QT_TRANSLATE_NOOP("numerics", "the formula contains characters that cannot be read")

# Characters: what is still refused after the normaliser, named by its Unicode label.
CHARACTER_REFUSED = QT_TRANSLATE_NOOP("numerics", "the character '{char}' ({label}) is not allowed")
UNSEEN_CHARACTER_REFUSED = QT_TRANSLATE_NOOP("numerics", "the character {label} is not allowed")
BROKEN_CHARACTER = QT_TRANSLATE_NOOP("numerics", "the text holds a broken character ({label})")
HINT_BROKEN_CHARACTER = QT_TRANSLATE_NOOP(
    "numerics",
    "it is not valid Unicode (a lone surrogate, e.g. from bytes that were not UTF-8); retype the formula",
)
HINT_PLAIN_CHARACTERS = QT_TRANSLATE_NOOP("numerics", "use plain digits, letters and + - * / ** ( )")
HINT_LOOKALIKE = QT_TRANSLATE_NOOP("numerics", "type a plain '{plain}' instead")
HINT_RETYPE = QT_TRANSLATE_NOOP("numerics", "retype the formula")
ROOT_NEEDS_BRACKETS = QT_TRANSLATE_NOOP("numerics", "'√' needs brackets here")
HINT_ROOT = QT_TRANSLATE_NOOP("numerics", "write what the root covers in brackets, e.g. √(x0) or √(x0**2)")
COMMENT_REFUSED = QT_TRANSLATE_NOOP("numerics", "comments (#) are not allowed")
HINT_COMMENT = QT_TRANSLATE_NOOP("numerics", "a formula is one expression: remove the # and what follows it")

# Python's syntax errors, in a learner's words.
BRACKET_NEVER_CLOSED = QT_TRANSLATE_NOOP("numerics", "this bracket is never closed")
HINT_CLOSE_BRACKET = QT_TRANSLATE_NOOP("numerics", "add the missing ')'")
BRACKET_NEVER_OPENED = QT_TRANSLATE_NOOP("numerics", "this closing bracket has no opening bracket")
HINT_OPEN_BRACKET = QT_TRANSLATE_NOOP("numerics", "remove it or add the missing '('")
BRACKETS_MISMATCH = QT_TRANSLATE_NOOP("numerics", "the brackets do not match")
HINT_ROUND_BRACKETS = QT_TRANSLATE_NOOP("numerics", "use round brackets ( ) only")
QUOTES_REFUSED = QT_TRANSLATE_NOOP("numerics", "text in quotes is not allowed")
IMPLICIT_PRODUCT = QT_TRANSLATE_NOOP("numerics", "a number is followed directly by a name or bracket")
HINT_IMPLICIT_PRODUCT = QT_TRANSLATE_NOOP("numerics", "write * for multiplication, e.g. {number}*{follower}")
ENDS_TOO_EARLY = QT_TRANSLATE_NOOP("numerics", "the formula ends too early")
HINT_ENDS_TOO_EARLY = QT_TRANSLATE_NOOP("numerics", "something is missing at the end")
BAD_NUMBER = QT_TRANSLATE_NOOP("numerics", "this number is not written correctly")
HINT_BAD_NUMBER = QT_TRANSLATE_NOOP("numerics", "write numbers like 2, 0.5 or 1e-3")
CANNOT_READ = QT_TRANSLATE_NOOP("numerics", "the formula cannot be read here")
HINT_CANNOT_READ = QT_TRANSLATE_NOOP("numerics", "check for a missing operator or bracket")

# Operators and constructs Python accepts but a formula does not.
UNSUPPORTED_OPERATOR = QT_TRANSLATE_NOOP("numerics", "unsupported operator '{symbol}'")
HINT_CARET = QT_TRANSLATE_NOOP("numerics", "use ** for powers (x0**2); ^ is not a power here")
HINT_FLOOR_DIVISION = QT_TRANSLATE_NOOP("numerics", "use floor(a / b) for a rounded-down division")
HINT_REMAINDER = QT_TRANSLATE_NOOP("numerics", "the remainder operator is not supported")
HINT_MATMUL = QT_TRANSLATE_NOOP("numerics", "a formula works on numbers, use * to multiply")
HINT_BITWISE = QT_TRANSLATE_NOOP("numerics", "bitwise operators are not supported")
HINT_BITWISE_OR = QT_TRANSLATE_NOOP(
    "numerics", "bitwise operators are not supported; use abs(...) for absolute values"
)
NOT_REFUSED = QT_TRANSLATE_NOOP("numerics", "'not' is not allowed")
INVERT_REFUSED = QT_TRANSLATE_NOOP("numerics", "'~' is not allowed")
HINT_NEGATE = QT_TRANSLATE_NOOP("numerics", "use - to negate a value")
INDEXING_REFUSED = QT_TRANSLATE_NOOP("numerics", "indexing with [ ] is not allowed")
HINT_INDEXING = QT_TRANSLATE_NOOP("numerics", "write x0 and x1, not x[0] and x[1]")
COMMA_REFUSED = QT_TRANSLATE_NOOP("numerics", "a comma is not allowed here")
HINT_COMMA = QT_TRANSLATE_NOOP(
    "numerics", "a formula is one expression; write decimals with a point (0.5, not 0,5)"
)
CONSTRUCT_REFUSED = QT_TRANSLATE_NOOP("numerics", "'{construct}' is not allowed in a formula")
COMPARISON_REFUSED = QT_TRANSLATE_NOOP("numerics", "comparisons (<, >, ==, …) are not allowed")
BOOL_OP_REFUSED = QT_TRANSLATE_NOOP("numerics", "'and' / 'or' are not allowed")
IF_REFUSED = QT_TRANSLATE_NOOP("numerics", "'if … else' is not allowed")
LAMBDA_REFUSED = QT_TRANSLATE_NOOP("numerics", "lambda functions are not allowed")
WALRUS_REFUSED = QT_TRANSLATE_NOOP("numerics", "':=' (assignment) is not allowed")
UNPACKING_REFUSED = QT_TRANSLATE_NOOP("numerics", "'*' unpacking is not allowed")
LIST_REFUSED = QT_TRANSLATE_NOOP("numerics", "lists [ … ] are not allowed")
# Literal braces are doubled: every source text is a str.format template.
SET_REFUSED = QT_TRANSLATE_NOOP("numerics", "sets {{ … }} are not allowed")
DICT_REFUSED = QT_TRANSLATE_NOOP("numerics", "dictionaries {{ … : … }} are not allowed")
LIST_COMPREHENSION_REFUSED = QT_TRANSLATE_NOOP("numerics", "list comprehensions are not allowed")
SET_COMPREHENSION_REFUSED = QT_TRANSLATE_NOOP("numerics", "set comprehensions are not allowed")
DICT_COMPREHENSION_REFUSED = QT_TRANSLATE_NOOP("numerics", "dictionary comprehensions are not allowed")
FOR_REFUSED = QT_TRANSLATE_NOOP("numerics", "'for' loops are not allowed")
F_STRING_REFUSED = QT_TRANSLATE_NOOP("numerics", "f-strings are not allowed")
AWAIT_REFUSED = QT_TRANSLATE_NOOP("numerics", "'await' is not allowed")
YIELD_REFUSED = QT_TRANSLATE_NOOP("numerics", "'yield' is not allowed")
SLICE_REFUSED = QT_TRANSLATE_NOOP("numerics", "slices are not allowed")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("numerics", "{value} is not a number")
HINT_ONLY_NUMBERS = QT_TRANSLATE_NOOP("numerics", "a formula may only use numbers")
COMPLEX_LITERAL_REFUSED = QT_TRANSLATE_NOOP("numerics", "complex numbers (with j) are not supported")
ELLIPSIS_REFUSED = QT_TRANSLATE_NOOP("numerics", "'...' is not allowed")

# Names and calls.
NAME_IS_FUNCTION = QT_TRANSLATE_NOOP("numerics", "'{name}' is a function")
HINT_CALL_WITH_ARGUMENT = QT_TRANSLATE_NOOP("numerics", "write {name}(…) with its argument")
UNKNOWN_NAME = QT_TRANSLATE_NOOP("numerics", "unknown name '{name}'")
HINT_VARIABLES = QT_TRANSLATE_NOOP("numerics", "use x0 and x1")
HINT_DID_YOU_MEAN_NAME = QT_TRANSLATE_NOOP(
    "numerics", "did you mean '{suggestion}'? The variables are x0 and x1"
)
ATTRIBUTE_REFUSED = QT_TRANSLATE_NOOP("numerics", "'.' (attribute access) is not allowed")
HINT_NO_PREFIX = QT_TRANSLATE_NOOP("numerics", "write {name}(…) without a prefix")
CALL_OF_NON_NAME = QT_TRANSLATE_NOOP("numerics", "only a function name can be followed by '('")
HINT_MULTIPLY_BRACKET = QT_TRANSLATE_NOOP("numerics", "write * for multiplication, e.g. 2*(x0 + 1)")
NAME_IS_NOT_FUNCTION = QT_TRANSLATE_NOOP("numerics", "'{name}' is not a function")
HINT_MULTIPLY_NAME = QT_TRANSLATE_NOOP("numerics", "write * for multiplication, e.g. {name}*(…)")
UNKNOWN_FUNCTION = QT_TRANSLATE_NOOP("numerics", "unknown function '{name}'")
HINT_ALLOWED_FUNCTIONS = QT_TRANSLATE_NOOP("numerics", "allowed functions: {allowed}")
HINT_DID_YOU_MEAN_FUNCTION = QT_TRANSLATE_NOOP(
    "numerics", "did you mean '{suggestion}'? allowed functions: {allowed}"
)
KEYWORD_REFUSED = QT_TRANSLATE_NOOP("numerics", "named arguments (name=value) are not allowed")
HINT_PLAIN_VALUES = QT_TRANSLATE_NOOP("numerics", "write {name}(…) with plain values")
TAKES_ONE_ARGUMENT = QT_TRANSLATE_NOOP("numerics", "{name} takes 1 argument, got {got}")
TAKES_ARGUMENTS = QT_TRANSLATE_NOOP("numerics", "{name} takes {count} arguments, got {got}")
HINT_EXAMPLE_CALL = QT_TRANSLATE_NOOP("numerics", "e.g. {example}")

# Evaluation.
NO_NUMBER_RESULT = QT_TRANSLATE_NOOP("numerics", "the formula did not give a number")
COMPLEX_RESULT = QT_TRANSLATE_NOOP("numerics", "the formula gives complex numbers")
BOOLEAN_RESULT = QT_TRANSLATE_NOOP("numerics", "the formula gives true/false values, not numbers")
COMPLEX_STEP_REFUSED = QT_TRANSLATE_NOOP(
    "numerics", "the complex-step scheme cannot differentiate {functions}"
)
HINT_CENTRAL_SCHEME = QT_TRANSLATE_NOOP("numerics", "choose the central scheme for this formula")

# Operators Python accepts but a formula does not: (symbol, hint for the learner).
_REJECTED_BINARY: dict[type, tuple[str, str]] = {
    ast.BitXor: ("^", HINT_CARET),
    ast.FloorDiv: ("//", HINT_FLOOR_DIVISION),
    ast.Mod: ("%", HINT_REMAINDER),
    ast.MatMult: ("@", HINT_MATMUL),
    ast.BitAnd: ("&", HINT_BITWISE),
    ast.BitOr: ("|", HINT_BITWISE_OR),
    ast.LShift: ("<<", HINT_BITWISE),
    ast.RShift: (">>", HINT_BITWISE),
}

# Constructs rejected as a whole: node type → what the learner wrote, in their words.
_REJECTED_NODES: dict[type, str] = {
    ast.Compare: COMPARISON_REFUSED,
    ast.BoolOp: BOOL_OP_REFUSED,
    ast.IfExp: IF_REFUSED,
    ast.Lambda: LAMBDA_REFUSED,
    ast.NamedExpr: WALRUS_REFUSED,
    ast.Starred: UNPACKING_REFUSED,
    ast.List: LIST_REFUSED,
    ast.Set: SET_REFUSED,
    ast.Dict: DICT_REFUSED,
    ast.ListComp: LIST_COMPREHENSION_REFUSED,
    ast.SetComp: SET_COMPREHENSION_REFUSED,
    ast.DictComp: DICT_COMPREHENSION_REFUSED,
    ast.GeneratorExp: FOR_REFUSED,
    ast.JoinedStr: F_STRING_REFUSED,
    ast.FormattedValue: F_STRING_REFUSED,
    ast.Await: AWAIT_REFUSED,
    ast.Yield: YIELD_REFUSED,
    ast.YieldFrom: YIELD_REFUSED,
    ast.Slice: SLICE_REFUSED,
}


def _as_message(text: Message | str) -> Message:
    """A Message as is; plain text (from a caller outside this module) as an untranslated one."""
    if isinstance(text, Message):
        return text
    # Braces in plain text are literal, not placeholders.
    return Message(str(text).replace("{", "{{").replace("}", "}}"))


class FormulaError(ValueError):
    """A formula the learner typed cannot be used; ``str()`` says why in plain words.

    Attributes:
        reason: what is wrong, in English, e.g. ``"unknown name 'y'"``.
        column: 1-based column in ``text`` (as typed, before normalisation) where it went wrong, or
            ``None`` if it concerns the whole formula (too long, empty, …).
        text: the formula as typed, or ``None``.
        hint: how to fix it, in English, e.g. ``"use x0 and x1"``, or ``None``.
        reason_message, hint_message: ``reason`` and ``hint`` as translatable Messages.
        message: the whole sentence as one :class:`~numerics.messages.Message` (its ``reason`` and
            ``hint`` arguments are Messages themselves); ``str(message) == str(error)``.

    ``str(error)`` reads ``"<reason> at column <column> — <hint>"``, omitting missing parts.
    ``reason`` and ``hint`` may be given as Messages or (from other modules) as plain English.
    """

    def __init__(
        self,
        reason: Message | str,
        column: int | None = None,
        text: str | None = None,
        hint: Message | str | None = None,
    ) -> None:
        self.reason_message = _as_message(reason)
        self.hint_message = _as_message(hint) if hint else None
        self.reason = str(self.reason_message)
        self.hint = str(self.hint_message) if self.hint_message is not None else None
        self.column = column
        self.text = text
        self.message = _sentence(self.reason_message, column, self.hint_message)
        super().__init__(str(self.message))

    def __reduce__(self):  # keep the fields when the error crosses a process boundary
        return (type(self), (self.reason_message, self.column, self.text, self.hint_message))

    def pointer(self) -> str:
        """The formula with a caret under the offending column (empty if there is no column).

        Meant for a monospaced error label: ``"x0^2\\n  ^"``. Characters that cannot be shown (line
        breaks, controls, lone surrogates) are drawn as ``U+FFFD``, and the caret is pushed one
        more cell for every wide (full-width, CJK) character before it.
        """
        if self.text is None or self.column is None:
            return ""
        line = "".join(_printable(char) for char in self.text)
        before = line[: self.column - 1]
        indent = sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in before)
        return f"{line}\n{' ' * indent}^"


# Drawn as U+FFFD in a pointer line: they show nothing, break the line, cannot be encoded (lone
# surrogates) or fuse with their neighbour (combining marks), and would put the caret off.
_UNSHOWABLE = frozenset({"Cc", "Cs", "Cf", "Co", "Cn", "Zl", "Zp", "Mn", "Me"})


def _printable(char: str) -> str:
    if char in "\n\r\t":
        return " "
    return "\ufffd" if unicodedata.category(char) in _UNSHOWABLE else char


def _sentence(reason: Message, column: int | None, hint: Message | None) -> Message:
    if column is not None and hint is not None:
        return Message(AT_COLUMN_WITH_HINT, {"reason": reason, "column": column, "hint": hint})
    if column is not None:
        return Message(AT_COLUMN, {"reason": reason, "column": column})
    if hint is not None:
        return Message(WITH_HINT, {"reason": reason, "hint": hint})
    return reason


def _m(text: str, **args: object) -> Message:
    return Message(text, args)


# --------------------------------------------------------------------------------------------
# Normalising, scanning and parsing
# --------------------------------------------------------------------------------------------

# Postfix instructions: (_LOAD, column index), (_CONST, float64) or (ufunc, number of arguments).
_LOAD = "load"
_CONST = "const"
Instruction = tuple[object, object]


class _Source:
    """The normalised text handed to the parser, and the way back to the user's columns.

    ``code`` is plain ASCII once :func:`_scan` has passed it, so the UTF-8 byte offsets ``ast``
    reports are character offsets into ``code``; ``column`` maps them to the text as typed.
    """

    def __init__(self, normalized: NormalizedFormula) -> None:
        self.normalized = normalized
        self.text = normalized.text
        self.code = normalized.code

    def column(self, index: int) -> int:
        """1-based column in the user's text of the 0-based ``index`` into ``code``."""
        return self.normalized.column(index)

    def error(
        self, reason: Message, node: ast.AST | None = None, hint: Message | None = None
    ) -> FormulaError:
        column = self.column(node.col_offset) if node is not None else None
        return FormulaError(reason, column, self.text, hint)

    def error_at(self, index: int, reason: Message, hint: Message | None = None) -> FormulaError:
        return FormulaError(reason, self.column(index), self.text, hint)

    def symbol_index(self, symbol: str, after: ast.AST, before: ast.AST | None) -> int:
        """Index in ``code`` of an operator symbol written between two nodes (brackets may sit in between)."""
        start = after.end_col_offset or 0
        stop = before.col_offset if before is not None else len(self.code)
        found = self.code.find(symbol, start, max(stop, start))
        return found if found >= 0 else start

    def identifier(self, node: ast.Name) -> str:
        """The name exactly as it stands in ``code``.

        ``ast`` folds identifiers with NFKC (it reads ``𝐱0`` as ``x0``); comparing with the text
        itself makes sure a folded name can never pass as the real one, even if a look-alike
        slipped past the scan.
        """
        written = self.code[node.col_offset : node.end_col_offset]
        if written != node.id:
            index = node.col_offset + next(
                (i for i, (a, b) in enumerate(zip(written, node.id)) if a != b), 0
            )
            raise _character_error(self, index)
        return written


def _check_text(text: str) -> None:
    """Cheap checks on the text as typed, so hostile input never reaches the normaliser or parser."""
    if not text.strip():
        raise FormulaError(_m(EMPTY), None, text)
    if len(text) > MAX_LENGTH:
        raise FormulaError(
            _m(TOO_LONG_TEXT, length=len(text)), None, text, _m(HINT_LENGTH_LIMIT, limit=MAX_LENGTH)
        )


def _character_error(source: _Source, index: int) -> FormulaError:
    """The refusal of the character the user typed at ``code[index]``, naming it."""
    char = source.code[index]  # characters outside the normaliser's table stand as typed
    label = character_label(char)
    category = unicodedata.category(char)
    if char == "\u221a":  # √ where the normaliser could not tell what it covers
        return source.error_at(index, _m(ROOT_NEEDS_BRACKETS), _m(HINT_ROOT))
    if category == "Cs":
        return source.error_at(index, _m(BROKEN_CHARACTER, label=label), _m(HINT_BROKEN_CHARACTER))
    if category[0] in "LNPS":
        plain = lookalike_of(char)
        hint = _m(HINT_LOOKALIKE, plain=plain) if plain is not None else _m(HINT_PLAIN_CHARACTERS)
        return source.error_at(index, _m(CHARACTER_REFUSED, char=char, label=label), hint)
    # Invisible, combining, control, private-use or unassigned: name it, never show it.
    return source.error_at(index, _m(UNSEEN_CHARACTER_REFUSED, label=label), _m(HINT_RETYPE))


def _scan(source: _Source) -> None:
    """One pass over the normalised text, left to right, so the first problem is the one reported.

    Refuses every character outside printable ASCII (by name), comments, and bracket nesting
    beyond :data:`MAX_PAREN_DEPTH` (so hostile nesting never reaches the parser).
    """
    depth = 0
    for index, char in enumerate(source.code):
        if not (" " <= char <= "~"):
            raise _character_error(source, index)
        if char == "#":
            raise source.error_at(index, _m(COMMENT_REFUSED), _m(HINT_COMMENT))
        if char in "([{":
            depth += 1
            if depth > MAX_PAREN_DEPTH:
                raise source.error_at(
                    index, _m(NESTED_TOO_DEEPLY), _m(HINT_BRACKET_LIMIT, limit=MAX_PAREN_DEPTH)
                )
        elif char in ")]}":
            depth -= 1


# Python's own syntax messages, reworded for a learner: (pattern, reason, hint). Invalid and
# non-printable characters never get this far: the scan refuses them by name.
_SYNTAX_MESSAGES: tuple[tuple[str, str, str | None], ...] = (
    (r"was never closed", BRACKET_NEVER_CLOSED, HINT_CLOSE_BRACKET),
    (r"^unmatched", BRACKET_NEVER_OPENED, HINT_OPEN_BRACKET),
    (r"does not match", BRACKETS_MISMATCH, HINT_ROUND_BRACKETS),
    (r"unterminated string|EOL while scanning|unterminated triple", QUOTES_REFUSED, None),
)

# A number written straight before a name or bracket, e.g. "2x0" or "3(x1+1)".
_IMPLICIT_PRODUCT = re.compile(r"(?<![\w.])(\d+\.?\d*|\.\d+)\s*([A-Za-z_]\w*|\()")


# What may follow a number in the "2x0" mistake: anything else there is a malformed number.
_PRODUCT_FOLLOWERS = frozenset(ALLOWED_NAMES) | frozenset(ALLOWED_FUNCTIONS) | {"(", "x", "y"}


def _implicit_product(source: _Source, index: int | None) -> FormulaError | None:
    """The "2x0" mistake, if that is what the parser tripped over at ``code[index]``."""
    if index is None:
        return None
    for match in _IMPLICIT_PRODUCT.finditer(source.code):
        rest = source.code[match.start(2) :]
        if re.match(r"[eE][+-]?\d", rest):  # an exponent such as 1e5, not a product
            continue
        if match.group(2) not in _PRODUCT_FOLLOWERS:  # 0b2, 1_0: a malformed number instead
            continue
        if source.text[source.normalized.origin[match.start()]] in SUPERSCRIPTS:
            continue  # "x0² x1": the number is an exponent, "write 2*x1" would mislead
        if match.start() <= index < match.end():
            follower = match.group(2) if match.group(2) != "(" else "(…)"
            return source.error_at(
                match.start(),
                _m(IMPLICIT_PRODUCT),
                _m(HINT_IMPLICIT_PRODUCT, number=match.group(1), follower=follower),
            )
    return None


def _syntax_error(source: _Source, error: SyntaxError) -> FormulaError:
    message = str(error.msg or "")
    offset = error.offset if error.lineno in (None, 1) else None
    index = offset - 1 if offset and offset > 0 else None
    column = source.column(index) if index is not None else None
    for pattern, reason, hint in _SYNTAX_MESSAGES:
        if re.search(pattern, message):
            return FormulaError(_m(reason), column, source.text, _m(hint) if hint else None)
    product = _implicit_product(source, index)
    if product is not None:
        return product
    if index is None or index >= len(source.code):
        return FormulaError(_m(ENDS_TOO_EARLY), None, source.text, _m(HINT_ENDS_TOO_EARLY))
    if "literal" in message:  # "invalid decimal literal", "invalid digit '2' in binary literal", …
        return source.error_at(index, _m(BAD_NUMBER), _m(HINT_BAD_NUMBER))
    return source.error_at(index, _m(CANNOT_READ), _m(HINT_CANNOT_READ))


def _parse_tree(source: _Source) -> ast.expr:
    try:
        # ast.parse only builds a tree; warnings about odd code (e.g. "2(x0)") are ours to report.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return ast.parse(source.code, mode="eval").body
    except SyntaxError as error:  # includes IndentationError
        raise _syntax_error(source, error) from None
    except (RecursionError, MemoryError):
        raise FormulaError(_m(TOO_COMPLICATED), None, source.text, _m(HINT_SIMPLIFY)) from None
    except ValueError:  # e.g. null bytes on some Python versions (the scan refuses them first)
        raise FormulaError(_m(UNREADABLE), None, source.text) from None


def _check_size(source: _Source, tree: ast.expr) -> None:
    """Node count and depth, measured without recursion (the tree may be arbitrarily deep)."""
    # The whole tree is at most a few hundred nodes (MAX_LENGTH bounds it), so measure it all and
    # report length before depth: a long plain sum is "too long", not "nested too deeply".
    count = 0
    deepest: tuple[int, ast.AST] = (0, tree)
    stack: list[tuple[ast.AST, int]] = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, ast.expr):
            count += 1
            if depth > deepest[0]:
                deepest = (depth, node)
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))
    if count > MAX_NODES:
        raise FormulaError(_m(TOO_LONG_NODES), None, source.text, _m(HINT_NODE_LIMIT, limit=MAX_NODES))
    if deepest[0] > MAX_DEPTH:
        raise source.error(_m(NESTED_TOO_DEEPLY), deepest[1], _m(HINT_DEPTH_LIMIT, limit=MAX_DEPTH))


def _suggest(name: str) -> str | None:
    candidates = list(ALLOWED_NAMES) + list(ALLOWED_FUNCTIONS)
    for candidate in candidates:
        if candidate.lower() == name.lower():
            return candidate
    close = difflib.get_close_matches(name, candidates, n=1, cutoff=0.75)
    return close[0] if close else None


class _Compiler:
    """Checks each node against the allowlist and emits postfix instructions for it."""

    def __init__(self, source: _Source) -> None:
        self.source = source
        self.program: list[Instruction] = []
        self.variables: set[str] = set()
        self.functions: set[str] = set()

    def emit(self, node: ast.expr) -> None:
        # Recursion is bounded: _check_size has already capped the depth at MAX_DEPTH.
        source = self.source
        if isinstance(node, ast.Constant):
            self._constant(node)
        elif isinstance(node, ast.Name):
            self._name(node)
        elif isinstance(node, ast.BinOp):
            self._binary(node)
        elif isinstance(node, ast.UnaryOp):
            ufunc = _UNARY_OPERATORS.get(type(node.op))
            if ufunc is None:
                reason = NOT_REFUSED if isinstance(node.op, ast.Not) else INVERT_REFUSED
                raise source.error(_m(reason), node, _m(HINT_NEGATE))
            self.emit(node.operand)
            self.program.append((ufunc, 1))
        elif isinstance(node, ast.Call):
            self._call(node)
        elif isinstance(node, ast.Attribute):
            self._attribute(node)
        elif isinstance(node, ast.Subscript):
            index = source.symbol_index("[", node.value, node.slice)
            raise source.error_at(index, _m(INDEXING_REFUSED), _m(HINT_INDEXING))
        elif isinstance(node, ast.Tuple):
            if len(node.elts) > 1:
                index = source.symbol_index(",", node.elts[0], node.elts[1])
                raise source.error_at(index, _m(COMMA_REFUSED), _m(HINT_COMMA))
            raise FormulaError(_m(COMMA_REFUSED), None, source.text, _m(HINT_COMMA))
        elif type(node) in _REJECTED_NODES:
            raise source.error(_m(_REJECTED_NODES[type(node)]), node)
        else:
            raise source.error(_m(CONSTRUCT_REFUSED, construct=type(node).__name__), node)

    def _constant(self, node: ast.Constant) -> None:
        value = node.value
        if isinstance(value, bool) or value is None:
            raise self.source.error(_m(NOT_A_NUMBER, value=str(value)), node, _m(HINT_ONLY_NUMBERS))
        if isinstance(value, complex):
            raise self.source.error(_m(COMPLEX_LITERAL_REFUSED), node)
        if isinstance(value, (str, bytes)):
            raise self.source.error(_m(QUOTES_REFUSED), node)
        if not isinstance(value, (int, float)):  # only Ellipsis is left
            raise self.source.error(_m(ELLIPSIS_REFUSED), node)
        try:
            number = float(value)
        except OverflowError:  # an integer literal beyond float range, as 1e400 already is
            number = float("inf")
        # float64, never a Python int: 9**9**9 must overflow to inf at once, not build a huge int.
        self.program.append((_CONST, np.float64(number)))

    def _name(self, node: ast.Name) -> None:
        name = self.source.identifier(node)
        if name in _VARIABLES:
            self.variables.add(name)
            self.program.append((_LOAD, _VARIABLES.index(name)))
        elif name in _CONSTANTS:
            self.program.append((_CONST, np.float64(_CONSTANTS[name])))
        elif name in ALLOWED_FUNCTIONS:
            hint = _m(HINT_CALL_WITH_ARGUMENT, name=name)
            raise self.source.error(_m(NAME_IS_FUNCTION, name=name), node, hint)
        else:
            raise self.source.error(_m(UNKNOWN_NAME, name=name), node, self._name_hint(name))

    @staticmethod
    def _name_hint(name: str) -> Message:
        suggestion = _suggest(name)
        if suggestion is None or suggestion in ALLOWED_FUNCTIONS:
            return _m(HINT_VARIABLES)
        return _m(HINT_DID_YOU_MEAN_NAME, suggestion=suggestion)

    def _binary(self, node: ast.BinOp) -> None:
        ufunc = _BINARY_OPERATORS.get(type(node.op))
        if ufunc is None:
            symbol, hint = _REJECTED_BINARY.get(type(node.op), ("?", None))
            index = self.source.symbol_index(symbol, node.left, node.right)
            reason = _m(UNSUPPORTED_OPERATOR, symbol=symbol)
            raise self.source.error_at(index, reason, _m(hint) if hint else None)
        self.emit(node.left)
        self.emit(node.right)
        self.program.append((ufunc, 2))

    def _attribute(self, node: ast.Attribute) -> None:
        index = self.source.symbol_index(".", node.value, None)
        hint = _m(HINT_NO_PREFIX, name=node.attr) if node.attr in ALLOWED_FUNCTIONS else None
        raise self.source.error_at(index, _m(ATTRIBUTE_REFUSED), hint)

    def _call(self, node: ast.Call) -> None:
        source = self.source
        func = node.func
        if isinstance(func, ast.Attribute):
            self._attribute(func)
        if not isinstance(func, ast.Name):
            index = source.symbol_index("(", func, node.args[0] if node.args else None)
            raise source.error_at(index, _m(CALL_OF_NON_NAME), _m(HINT_MULTIPLY_BRACKET))
        name = source.identifier(func)
        if name not in ALLOWED_FUNCTIONS:
            if name in ALLOWED_NAMES:
                hint = _m(HINT_MULTIPLY_NAME, name=name)
                raise source.error(_m(NAME_IS_NOT_FUNCTION, name=name), func, hint)
            suggestion = _suggest(name)
            allowed = ", ".join(sorted(ALLOWED_FUNCTIONS))
            if suggestion in ALLOWED_FUNCTIONS:
                hint = _m(HINT_DID_YOU_MEAN_FUNCTION, suggestion=suggestion, allowed=allowed)
            else:
                hint = _m(HINT_ALLOWED_FUNCTIONS, allowed=allowed)
            raise source.error(_m(UNKNOWN_FUNCTION, name=name), func, hint)
        for argument in node.args:
            if isinstance(argument, ast.Starred):
                raise source.error(_m(UNPACKING_REFUSED), argument)
        if node.keywords:
            keyword = node.keywords[0]
            raise source.error(_m(KEYWORD_REFUSED), keyword, _m(HINT_PLAIN_VALUES, name=name))
        ufunc, nargs = ALLOWED_FUNCTIONS[name]
        if len(node.args) != nargs:
            if nargs == 1:
                reason = _m(TAKES_ONE_ARGUMENT, name=name, got=len(node.args))
            else:
                reason = _m(TAKES_ARGUMENTS, name=name, count=nargs, got=len(node.args))
            example = f"{name}({', '.join(['x0', 'x1'][:nargs])})"  # a formula, not words: no translation
            raise source.error(reason, func, _m(HINT_EXAMPLE_CALL, example=example))
        self.functions.add(name)
        for argument in node.args:
            self.emit(argument)
        self.program.append((ufunc, nargs))


# --------------------------------------------------------------------------------------------
# The compiled formula
# --------------------------------------------------------------------------------------------


def _float_result(value: object, shape: tuple[int, ...], text: str) -> np.ndarray:
    """The evaluated formula as a fresh float64 array of ``shape``; anything else is a FormulaError."""
    if not isinstance(value, (np.ndarray, np.generic)):
        raise FormulaError(_m(NO_NUMBER_RESULT), None, text)
    result = np.asarray(value)
    if result.dtype.kind == "c":
        raise FormulaError(_m(COMPLEX_RESULT), None, text)
    if result.dtype.kind == "b":
        raise FormulaError(_m(BOOLEAN_RESULT), None, text)
    if result.dtype.kind not in "iuf":
        raise FormulaError(_m(NO_NUMBER_RESULT), None, text)
    if result.shape == shape and result.dtype == np.float64 and result.base is None:
        return result  # already a fresh array the ufuncs made for this call
    return np.array(np.broadcast_to(result, shape), dtype=np.float64)


@dataclass(frozen=True, eq=False)
class Formula:
    """A checked formula, callable on points shaped ``(..., 2)``; returns ``(...)`` float64.

    Attributes:
        text: the formula as the learner typed it.
        variables: the variables it uses, in order, e.g. ``("x0",)``; ``()`` for a constant.
        functions: the function names it calls, sorted.
        normalized: what is computed, in plain ASCII on one line (``"x0**2 + 1"`` for
            ``"x0² ＋ 1"``): the GUI shows it when it differs from ``text``.
    """

    text: str
    variables: tuple[str, ...]
    functions: tuple[str, ...]
    _program: tuple[Instruction, ...]
    normalized: str


    @property
    def supports_complex(self) -> bool:
        """True when complex-step differentiation works: every function used is analytic."""
        return not NON_ANALYTIC_FUNCTIONS.intersection(self.functions)

    def __call__(self, x) -> np.ndarray:
        """f at every point of ``x`` (shape ``(..., 2)``, ints are cast to float64).

        inf and nan are ordinary values (``log(x0)`` at x0 < 0 is nan, ``1/x0`` at 0 is inf).
        Complex input (for complex-step differentiation) gives a complex result, NaN where the
        real formula is undefined; a formula with a non-analytic function refuses it.

        Raises:
            ValueError: ``x`` is not shaped ``(..., 2)`` or not numeric (a programming error).
            FormulaError: the formula cannot take complex input, or gives no real number.
        """
        points = np.asarray(x)
        if points.ndim == 0 or points.shape[-1] != 2:
            raise ValueError(f"a formula takes points shaped (..., 2), got shape {points.shape}")
        shape = points.shape[:-1]
        if points.dtype.kind == "c":
            return self._complex_call(points.astype(np.complex128, copy=False), shape)
        if points.dtype.kind not in "iuf":
            raise ValueError(f"a formula takes numeric points, got dtype {points.dtype}")
        points = points.astype(np.float64, copy=False)
        return _float_result(self._run(points), shape, self.text)

    def _complex_call(self, points: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
        if not self.supports_complex:
            rough = ", ".join(sorted(NON_ANALYTIC_FUNCTIONS.intersection(self.functions)))
            reason = _m(COMPLEX_STEP_REFUSED, functions=rough)
            raise FormulaError(reason, None, self.text, _m(HINT_CENTRAL_SCHEME))
        real = _float_result(self._run(points.real), shape, self.text)
        value = np.array(np.broadcast_to(self._run(points), shape), dtype=np.complex128)
        # Off its real domain (log of a negative number, sqrt(-1)) the complex formula still gives a
        # value; the real formula says nan there, and so must its derivative.
        value[np.isnan(real)] = complex(np.nan, np.nan)
        return value

    def _run(self, points: np.ndarray):
        columns = (points[..., 0], points[..., 1])
        stack: list = []
        with np.errstate(all="ignore"):
            for op, arg in self._program:
                if op is _LOAD:
                    stack.append(columns[arg])
                elif op is _CONST:
                    stack.append(arg)
                else:
                    arguments = stack[-arg:]
                    del stack[-arg:]
                    stack.append(op(*arguments))
        return stack[0]

    def __repr__(self) -> str:
        return f"Formula({self.text!r})"


def parse_formula(text: str) -> Formula:
    """Check ``text`` and return it as a :class:`Formula`, callable on ``(..., 2)`` batches.

    The text is first normalised (:func:`numerics.formula_normalise.normalize_formula`: ``x0²``,
    ``x₀``, ``×``, ``·``, ``−``, full-width characters, ``π``, ``√``); every other character outside
    printable ASCII is refused by name, and so are comments (a formula is one expression).
    Accepted: numbers, ``x0``, ``x1``, ``pi``, ``e``; ``+ - * / **`` and unary ``-``/``+``;
    brackets; calls of :data:`ALLOWED_FUNCTIONS` with their exact argument count. Everything else
    is refused. Limits: :data:`MAX_LENGTH` characters, :data:`MAX_NODES` nodes,
    :data:`MAX_PAREN_DEPTH` bracket levels, :data:`MAX_DEPTH` tree levels.

    Raises:
        FormulaError: the only exception, with ``.column`` (1-based in ``text`` as typed, or None),
            ``.text`` and ``.message``.
    """
    if not isinstance(text, str):
        raise FormulaError(_m(NOT_TEXT), None, None)
    _check_text(text)
    source = _Source(normalize_formula(text))
    if not source.code:  # only blanks the normaliser turned into spaces (e.g. U+3000)
        raise FormulaError(_m(EMPTY), None, text)
    _scan(source)
    tree = _parse_tree(source)
    _check_size(source, tree)
    compiler = _Compiler(source)
    compiler.emit(tree)
    variables = tuple(name for name in _VARIABLES if name in compiler.variables)
    functions = tuple(sorted(compiler.functions))
    return Formula(text, variables, functions, tuple(compiler.program), source.code)
