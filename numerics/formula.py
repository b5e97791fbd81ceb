"""A safe parser for formulas typed by the learner, such as ``sin(x0) * exp(-x1**2)``.

The text is parsed with :func:`ast.parse` and then walked against an allowlist: numbers, the
variables ``x0`` and ``x1``, the constants ``pi`` and ``e``, the operators ``+ - * / **``, and calls
of a fixed set of numpy ufuncs. The checked tree is compiled into a short postfix program (a list
of "push this" / "apply that ufunc" instructions) that a tiny stack machine runs on numpy arrays.
Nothing the user typed is ever handed to ``eval``, ``exec`` or ``compile``.

Every problem — bad syntax, a forbidden construct, hostile input that makes the parser itself fail
— becomes a :class:`FormulaError` whose message a learner can act on, with the column it points at.
"""

from __future__ import annotations

import ast
import difflib
import re
import warnings
from dataclasses import dataclass
import numpy as np

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
#: Deepest bracket nesting, checked on the raw text before the parser sees it.
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

# Operators Python accepts but a formula does not: (symbol, hint for the learner).
_REJECTED_BINARY: dict[type, tuple[str, str]] = {
    ast.BitXor: ("^", "use ** for powers (x0**2); ^ is not a power here"),
    ast.FloorDiv: ("//", "use floor(a / b) for a rounded-down division"),
    ast.Mod: ("%", "the remainder operator is not supported"),
    ast.MatMult: ("@", "a formula works on numbers, use * to multiply"),
    ast.BitAnd: ("&", "bitwise operators are not supported"),
    ast.BitOr: ("|", "bitwise operators are not supported; use abs(...) for absolute values"),
    ast.LShift: ("<<", "bitwise operators are not supported"),
    ast.RShift: (">>", "bitwise operators are not supported"),
}

# Constructs rejected as a whole: node type → what the learner wrote, in their words.
_REJECTED_NODES: dict[type, str] = {
    ast.Compare: "comparisons (<, >, ==, …) are not allowed",
    ast.BoolOp: "'and' / 'or' are not allowed",
    ast.IfExp: "'if … else' is not allowed",
    ast.Lambda: "lambda functions are not allowed",
    ast.NamedExpr: "':=' (assignment) is not allowed",
    ast.Starred: "'*' unpacking is not allowed",
    ast.List: "lists [ … ] are not allowed",
    ast.Set: "sets { … } are not allowed",
    ast.Dict: "dictionaries { … : … } are not allowed",
    ast.ListComp: "list comprehensions are not allowed",
    ast.SetComp: "set comprehensions are not allowed",
    ast.DictComp: "dictionary comprehensions are not allowed",
    ast.GeneratorExp: "'for' loops are not allowed",
    ast.JoinedStr: "f-strings are not allowed",
    ast.FormattedValue: "f-strings are not allowed",
    ast.Await: "'await' is not allowed",
    ast.Yield: "'yield' is not allowed",
    ast.YieldFrom: "'yield' is not allowed",
    ast.Slice: "slices are not allowed",
}

_EMPTY_MESSAGE = "enter a formula in x0 and x1"


class FormulaError(ValueError):
    """A formula the learner typed cannot be used; ``str()`` says why in plain words.

    Attributes:
        reason: what is wrong, e.g. ``"unknown name 'y'"``.
        column: 1-based column in ``text`` where it went wrong, or ``None`` if it concerns the whole
            formula (too long, empty, …).
        text: the formula as typed, or ``None``.
        hint: how to fix it, e.g. ``"use x0 and x1"``, or ``None``.

    ``str(error)`` reads ``"<reason> at column <column> — <hint>"``, omitting missing parts.
    """

    def __init__(
        self, reason: str, column: int | None = None, text: str | None = None, hint: str | None = None
    ) -> None:
        self.reason = reason
        self.column = column
        self.text = text
        self.hint = hint
        message = reason
        if column is not None:
            message += f" at column {column}"
        if hint:
            message += f" — {hint}"
        super().__init__(message)

    def __reduce__(self):  # keep the fields when the error crosses a process boundary
        return (type(self), (self.reason, self.column, self.text, self.hint))

    def pointer(self) -> str:
        """The formula with a caret under the offending column (empty if there is no column).

        Meant for a monospaced error label: ``"x0^2\\n  ^"``.
        """
        if self.text is None or self.column is None:
            return ""
        line = self.text.replace("\n", " ").replace("\r", " ")
        return f"{line}\n{' ' * (self.column - 1)}^"


# --------------------------------------------------------------------------------------------
# Parsing and checking
# --------------------------------------------------------------------------------------------

# Postfix instructions: (_LOAD, column index), (_CONST, float64) or (ufunc, number of arguments).
_LOAD = "load"
_CONST = "const"
Instruction = tuple[object, object]


class _Source:
    """The text handed to the parser and the way back from parser offsets to the user's columns.

    Newlines become spaces (a pasted two-line formula still reads as one line, columns unchanged)
    and leading blanks are cut (``ast.parse`` would call them an indentation error) but counted.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        flat = text.replace("\n", " ").replace("\r", " ")
        stripped = flat.lstrip()
        self.lead = len(flat) - len(stripped)
        self.code = stripped.rstrip()
        self._utf8 = self.code.encode("utf-8")

    def column(self, byte_offset: int) -> int:
        """1-based column in the user's text of a UTF-8 byte offset into ``code`` (what ast reports)."""
        chars = len(self._utf8[: max(byte_offset, 0)].decode("utf-8", errors="ignore"))
        return chars + self.lead + 1

    def char_index(self, byte_offset: int) -> int:
        """0-based index into ``code`` of a UTF-8 byte offset."""
        return len(self._utf8[: max(byte_offset, 0)].decode("utf-8", errors="ignore"))

    def error(self, reason: str, node: ast.AST | None = None, hint: str | None = None) -> FormulaError:
        column = self.column(node.col_offset) if node is not None else None
        return FormulaError(reason, column, self.text, hint)

    def symbol_column(self, symbol: str, after: ast.AST, before: ast.AST | None) -> int:
        """Column of an operator symbol written between two nodes (brackets may sit in between)."""
        start = self.char_index(after.end_col_offset)
        stop = self.char_index(before.col_offset) if before is not None else len(self.code)
        found = self.code.find(symbol, start, max(stop, start))
        index = found if found >= 0 else start
        return index + self.lead + 1


def _check_text(text: str) -> None:
    """Cheap checks before the parser sees the text, so hostile input never reaches it."""
    if not text.strip():
        raise FormulaError(_EMPTY_MESSAGE, None, text)
    if len(text) > MAX_LENGTH:
        raise FormulaError(
            f"the formula is too long ({len(text)} characters)",
            None,
            text,
            f"the limit is {MAX_LENGTH}",
        )
    null = text.find("\x00")
    if null >= 0:
        raise FormulaError("the formula contains a null character", null + 1, text, "retype the formula")
    depth = 0
    for index, char in enumerate(text):
        if char in "([{":
            depth += 1
            if depth > MAX_PAREN_DEPTH:
                raise FormulaError(
                    "the formula is nested too deeply",
                    index + 1,
                    text,
                    f"use at most {MAX_PAREN_DEPTH} levels of brackets",
                )
        elif char in ")]}":
            depth -= 1


# Python's own syntax messages, reworded for a learner: (pattern, reason, hint).
_SYNTAX_MESSAGES: tuple[tuple[str, str, str | None], ...] = (
    (r"was never closed", "this bracket is never closed", "add the missing ')'"),
    (r"^unmatched", "this closing bracket has no opening bracket", "remove it or add the missing '('"),
    (r"does not match", "the brackets do not match", "use round brackets ( ) only"),
    (r"invalid character", "this character is not allowed", "use plain digits, letters and + - * / ** ( )"),
    (r"non-printable character", "this invisible character is not allowed", "retype the formula"),
    (r"unterminated string|EOL while scanning|unterminated triple", "text in quotes is not allowed", None),
)

# A number written straight before a name or bracket, e.g. "2x0" or "3(x1+1)".
_IMPLICIT_PRODUCT = re.compile(r"(?<![\w.])(\d+\.?\d*|\.\d+)\s*([A-Za-z_]\w*|\()")


# What may follow a number in the "2x0" mistake: anything else there is a malformed number.
_PRODUCT_FOLLOWERS = frozenset(ALLOWED_NAMES) | frozenset(ALLOWED_FUNCTIONS) | {"(", "x", "y"}


def _implicit_product(source: _Source, column: int | None) -> FormulaError | None:
    """The "2x0" mistake, if that is what the parser tripped over at ``column``."""
    if column is None:
        return None
    for match in _IMPLICIT_PRODUCT.finditer(source.code):
        start, stop = match.start() + source.lead + 1, match.end() + source.lead
        rest = source.code[match.start(2) :]
        if re.match(r"[eE][+-]?\d", rest):  # an exponent such as 1e5, not a product
            continue
        if match.group(2) not in _PRODUCT_FOLLOWERS:  # 0b2, 1_0: a malformed number instead
            continue
        if start <= column <= stop:
            follower = match.group(2) if match.group(2) != "(" else "(…)"
            return FormulaError(
                "a number is followed directly by a name or bracket",
                start,
                source.text,
                f"write * for multiplication, e.g. {match.group(1)}*{follower}",
            )
    return None


def _syntax_error(source: _Source, error: SyntaxError) -> FormulaError:
    message = str(error.msg or "")
    offset = error.offset if error.lineno in (None, 1) else None
    column = offset + source.lead if offset and offset > 0 else None
    for pattern, reason, hint in _SYNTAX_MESSAGES:
        if re.search(pattern, message):
            return FormulaError(reason, column, source.text, hint)
    product = _implicit_product(source, column)
    if product is not None:
        return product
    if column is None or column > len(source.text):
        return FormulaError(
            "the formula ends too early", None, source.text, "something is missing at the end"
        )
    if "literal" in message:  # "invalid decimal literal", "invalid digit '2' in binary literal", …
        return FormulaError(
            "this number is not written correctly", column, source.text, "write numbers like 2, 0.5 or 1e-3"
        )
    return FormulaError(
        "the formula cannot be read here",
        column,
        source.text,
        "check for a missing operator or bracket",
    )


def _parse_tree(source: _Source) -> ast.expr:
    try:
        # ast.parse only builds a tree; warnings about odd code (e.g. "2(x0)") are ours to report.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return ast.parse(source.code, mode="eval").body
    except SyntaxError as error:  # includes IndentationError
        raise _syntax_error(source, error) from None
    except (RecursionError, MemoryError):
        raise FormulaError("the formula is too complicated", None, source.text, "simplify it") from None
    except ValueError:  # e.g. null bytes on some Python versions
        raise FormulaError("the formula contains characters that cannot be read", None, source.text) from None


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
        raise FormulaError(
            "the formula is too long",
            None,
            source.text,
            f"use at most {MAX_NODES} numbers, names and operators",
        )
    if deepest[0] > MAX_DEPTH:
        raise source.error("the formula is nested too deeply", deepest[1], f"use at most {MAX_DEPTH} levels")


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
                word = "'not'" if isinstance(node.op, ast.Not) else "'~'"
                raise source.error(f"{word} is not allowed", node, "use - to negate a value")
            self.emit(node.operand)
            self.program.append((ufunc, 1))
        elif isinstance(node, ast.Call):
            self._call(node)
        elif isinstance(node, ast.Attribute):
            self._attribute(node)
        elif isinstance(node, ast.Subscript):
            column = source.symbol_column("[", node.value, node.slice)
            raise FormulaError(
                "indexing with [ ] is not allowed", column, source.text, "write x0 and x1, not x[0] and x[1]"
            )
        elif isinstance(node, ast.Tuple):
            column = source.symbol_column(",", node.elts[0], node.elts[1]) if len(node.elts) > 1 else None
            raise FormulaError(
                "a comma is not allowed here",
                column,
                source.text,
                "a formula is one expression; write decimals with a point (0.5, not 0,5)",
            )
        elif type(node) in _REJECTED_NODES:
            raise source.error(_REJECTED_NODES[type(node)], node)
        else:
            raise source.error(f"'{type(node).__name__}' is not allowed in a formula", node)

    def _constant(self, node: ast.Constant) -> None:
        value = node.value
        if isinstance(value, bool) or value is None:
            raise self.source.error(f"{value} is not a number", node, "a formula may only use numbers")
        if isinstance(value, complex):
            raise self.source.error("complex numbers (with j) are not supported", node)
        if isinstance(value, (str, bytes)):
            raise self.source.error("text in quotes is not allowed", node)
        if not isinstance(value, (int, float)):  # only Ellipsis is left
            raise self.source.error("'...' is not allowed", node)
        try:
            number = float(value)
        except OverflowError:  # an integer literal beyond float range, as 1e400 already is
            number = float("inf")
        # float64, never a Python int: 9**9**9 must overflow to inf at once, not build a huge int.
        self.program.append((_CONST, np.float64(number)))

    def _name(self, node: ast.Name) -> None:
        name = node.id
        if name in _VARIABLES:
            self.variables.add(name)
            self.program.append((_LOAD, _VARIABLES.index(name)))
        elif name in _CONSTANTS:
            self.program.append((_CONST, np.float64(_CONSTANTS[name])))
        elif name in ALLOWED_FUNCTIONS:
            raise self.source.error(f"'{name}' is a function", node, f"write {name}(…) with its argument")
        else:
            raise self.source.error(f"unknown name '{name}'", node, self._name_hint(name))

    @staticmethod
    def _name_hint(name: str) -> str:
        suggestion = _suggest(name)
        if suggestion is None or suggestion in ALLOWED_FUNCTIONS:
            return "use x0 and x1"
        return f"did you mean '{suggestion}'? The variables are x0 and x1"

    def _binary(self, node: ast.BinOp) -> None:
        ufunc = _BINARY_OPERATORS.get(type(node.op))
        if ufunc is None:
            symbol, hint = _REJECTED_BINARY.get(type(node.op), ("?", None))
            column = self.source.symbol_column(symbol, node.left, node.right)
            raise FormulaError(f"unsupported operator '{symbol}'", column, self.source.text, hint)
        self.emit(node.left)
        self.emit(node.right)
        self.program.append((ufunc, 2))

    def _attribute(self, node: ast.Attribute) -> None:
        column = self.source.symbol_column(".", node.value, None)
        hint = f"write {node.attr}(…) without a prefix" if node.attr in ALLOWED_FUNCTIONS else None
        raise FormulaError("'.' (attribute access) is not allowed", column, self.source.text, hint)

    def _call(self, node: ast.Call) -> None:
        source = self.source
        func = node.func
        if isinstance(func, ast.Attribute):
            self._attribute(func)
        if not isinstance(func, ast.Name):
            column = source.symbol_column("(", func, node.args[0] if node.args else None)
            raise FormulaError(
                "only a function name can be followed by '('",
                column,
                source.text,
                "write * for multiplication, e.g. 2*(x0 + 1)",
            )
        name = func.id
        if name not in ALLOWED_FUNCTIONS:
            if name in ALLOWED_NAMES:
                raise source.error(
                    f"'{name}' is not a function", func, f"write * for multiplication, e.g. {name}*(…)"
                )
            suggestion = _suggest(name)
            allowed = ", ".join(sorted(ALLOWED_FUNCTIONS))
            hint = f"did you mean '{suggestion}'? " if suggestion in ALLOWED_FUNCTIONS else ""
            raise source.error(f"unknown function '{name}'", func, f"{hint}allowed functions: {allowed}")
        for argument in node.args:
            if isinstance(argument, ast.Starred):
                raise source.error(_REJECTED_NODES[ast.Starred], argument)
        if node.keywords:
            keyword = node.keywords[0]
            raise source.error(
                "named arguments (name=value) are not allowed", keyword, f"write {name}(…) with plain values"
            )
        ufunc, nargs = ALLOWED_FUNCTIONS[name]
        if len(node.args) != nargs:
            expected = "1 argument" if nargs == 1 else f"{nargs} arguments"
            raise source.error(
                f"{name} takes {expected}, got {len(node.args)}",
                func,
                f"e.g. {name}({', '.join(['x0', 'x1'][:nargs])})",
            )
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
        raise FormulaError("the formula did not give a number", None, text)
    result = np.asarray(value)
    if result.dtype.kind == "c":
        raise FormulaError("the formula gives complex numbers", None, text)
    if result.dtype.kind == "b":
        raise FormulaError("the formula gives true/false values, not numbers", None, text)
    if result.dtype.kind not in "iuf":
        raise FormulaError("the formula did not give a number", None, text)
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
    """

    text: str
    variables: tuple[str, ...]
    functions: tuple[str, ...]
    _program: tuple[Instruction, ...]

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
            raise FormulaError(
                f"the complex-step scheme cannot differentiate {rough}",
                None,
                self.text,
                "choose the central scheme for this formula",
            )
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

    Accepted: numbers, ``x0``, ``x1``, ``pi``, ``e``; ``+ - * / **`` and unary ``-``/``+``;
    brackets; calls of :data:`ALLOWED_FUNCTIONS` with their exact argument count. Everything else
    is refused. Limits: :data:`MAX_LENGTH` characters, :data:`MAX_NODES` nodes,
    :data:`MAX_PAREN_DEPTH` bracket levels, :data:`MAX_DEPTH` tree levels.

    Raises:
        FormulaError: the only exception, with ``.column`` (1-based or None) and ``.text``.
    """
    if not isinstance(text, str):
        raise FormulaError("the formula must be text", None, None)
    _check_text(text)
    source = _Source(text)
    tree = _parse_tree(source)
    _check_size(source, tree)
    compiler = _Compiler(source)
    compiler.emit(tree)
    variables = tuple(name for name in _VARIABLES if name in compiler.variables)
    return Formula(text, variables, tuple(sorted(compiler.functions)), tuple(compiler.program))
