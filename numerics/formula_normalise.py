"""Formulas as people write them: the app's own notation and a learner's habits, read as ASCII.

The formula parser (:mod:`numerics.formula`) reads plain ASCII. People type ``x0²``, ``x₀``,
``3·x``, ``x0 − 1`` (what the app itself prints), ``2×x1`` and ``÷`` by habit, and a Korean or
Japanese input method gives full-width ``ｘ0＋1``. :func:`normalize_formula` rewrites exactly these
into ASCII before parsing and remembers, for every character it writes, which character the user
typed, so an error still points at the typed text.

The table (nothing else is ever rewritten):

=====================================  ===========================================================
typed                                  read as
=====================================  ===========================================================
full-width ASCII ``！``…``～``         the ASCII character (``ｘ0＋1`` → ``x0+1``, ``（`` → ``(``)
``×`` ``·`` ``⋅`` ``∙`` ``∗`` ``・``   ``*``
``÷`` ``∕`` ``⁄``                      ``/``
``−`` ``‐`` ``‑`` ``‒`` ``–`` ``﹣``    ``-`` (minus sign, hyphens, figure and en dash)
``₀`` … ``₉``                          ``0`` … ``9`` (``x₀`` → ``x0``)
a run of ``⁰``…``⁹`` ``⁺`` ``⁻``       a power: ``x0²`` → ``x0**2``, ``x⁻¹`` → ``x**(-1)``,
``⁽`` ``⁾``                            ``x²⁺¹`` → ``x**(2+1)``
``π``                                  ``pi`` (kept apart from neighbouring names: ``πx0`` → ``pi x0``)
``√`` before ``(`` or a plain name     ``sqrt``: ``√(x0+1)`` → ``sqrt(x0+1)``, ``√x0`` → ``sqrt(x0)``
or number                              (not before ``**`` / ``^`` / a superscript / ``(``-call:
                                       ``√x0²`` is ambiguous and left for the parser to refuse)
tab, line breaks, no-break and other   a space
Unicode spaces (``U+3000`` …)
=====================================  ===========================================================

Everything else is left exactly as typed, for the parser to refuse by name. In particular
look-alikes — mathematical letters ``𝐱``, the Roman numeral ``ⅹ``, modifier letters ``ᵖⁱ``, script
``ℯ`` — are *not* folded to ASCII, although Python's own NFKC identifier folding would read ``𝐱0`` as
``x0``: a formula that is computed must read like the formula that was typed. Full-width letters are
the one family read as letters, because an input method types them; the GUI can show
:attr:`NormalizedFormula.code` so the learner sees what is computed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

__all__ = [
    "CHARACTERS",
    "ROOT",
    "SUPERSCRIPTS",
    "NormalizedFormula",
    "character_label",
    "lookalike_of",
    "normalize_formula",
]

# Tab and line breaks (a pasted two-line formula reads as one line), no-break, typographic and
# ideographic spaces (U+3000, what a CJK input method types for a blank).
_SPACES = "\t\n\r\x0b\x0c\x85\xa0"
_SPACES += "".join(map(chr, range(0x2000, 0x200B)))
_SPACES += "\u2028\u2029\u202f\u205f\u3000"
_TIMES = "\u00d7\u00b7\u22c5\u2219\u2217\u30fb"  # × · ⋅ ∙ ∗ ・
_DIVIDE = "\u00f7\u2215\u2044"  # ÷ ∕ ⁄
# − ‐ ‑ ‒ – ﹣; not the em dash, which separates rather than subtracts.
_MINUS = "\u2212\u2010\u2011\u2012\u2013\ufe63"
_SUBSCRIPT_DIGITS = "₀₁₂₃₄₅₆₇₈₉"

#: One typed character → its ASCII spelling, whatever surrounds it (π gets spaces when glued to a
#: name, see :func:`normalize_formula`).
CHARACTERS: dict[str, str] = {
    **{chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)},  # full-width ASCII
    **dict.fromkeys(_SPACES, " "),
    **dict.fromkeys(_TIMES, "*"),
    **dict.fromkeys(_DIVIDE, "/"),
    **dict.fromkeys(_MINUS, "-"),
    **{sub: str(digit) for digit, sub in enumerate(_SUBSCRIPT_DIGITS)},
    "\u03c0": "pi",  # π
}

#: Superscript characters → what they stand for inside an exponent.
SUPERSCRIPTS: dict[str, str] = {
    **{sup: str(digit) for digit, sup in enumerate("⁰¹²³⁴⁵⁶⁷⁸⁹")},
    "⁺": "+",
    "⁻": "-",
    "⁽": "(",
    "⁾": ")",
}

#: The square-root sign, read as ``sqrt`` where what it covers is unambiguous.
ROOT = "\u221a"

_PI = "\u03c0"
_ASCII_BLANKS = str.maketrans({char: " " for char in _SPACES if char.isascii()})
_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_ATOM = _WORD | {"."}


@dataclass(frozen=True)
class NormalizedFormula:
    """A formula rewritten by the table, and the way back to what was typed.

    Attributes:
        text: the formula as typed.
        code: the rewritten formula on one line, without surrounding blanks. It is plain ASCII
            unless ``text`` holds a character outside the table, which is left as typed.
        origin: for every character of ``code``, the 0-based index in ``text`` of the character
            the user typed for it (characters the rewrite inserts, like the ``**`` of ``²``, point
            at the character that caused them).
    """

    text: str
    code: str
    origin: tuple[int, ...]

    def column(self, index: int) -> int:
        """1-based column in ``text`` of the character at ``index`` in ``code``.

        An index at or past the end of ``code`` gives the column just after its last character.
        """
        if not self.origin:
            return 1
        if index >= len(self.code):
            return self.origin[-1] + 2
        return self.origin[max(index, 0)] + 1


# Units of the first pass: (kind, ASCII or typed character, index in the text).
_PLAIN, _SUPER, _PI_KIND, _ROOT_KIND = range(4)
_Unit = tuple[int, str, int]


def _units(text: str) -> list[_Unit]:
    units: list[_Unit] = []
    for index, char in enumerate(text):
        if char in SUPERSCRIPTS:
            units.append((_SUPER, SUPERSCRIPTS[char], index))
        elif char == _PI:
            units.append((_PI_KIND, "pi", index))
        elif char == ROOT:
            units.append((_ROOT_KIND, char, index))
        else:
            units.append((_PLAIN, CHARACTERS.get(char, char), index))
    return units


def _starts_word(unit: _Unit | None) -> bool:
    """Whether ``unit`` would glue onto a name or number written just before it."""
    if unit is None:
        return False
    kind, value, _ = unit
    return kind in (_PI_KIND, _ROOT_KIND) or (kind == _PLAIN and value[:1] in _ATOM)


def _one_bracket_group(exponent: str) -> bool:
    """``(2+1)`` but not ``(2)+(1)``: the opening bracket closes at the very end."""
    if not (exponent.startswith("(") and exponent.endswith(")")):
        return False
    depth = 0
    for position, char in enumerate(exponent):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:
            return position == len(exponent) - 1
    return False


class _Writer:
    """Collects the rewritten characters and, for each, the index of the typed one."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.origin: list[int] = []

    def write(self, value: str, index: int) -> None:
        self.chars.extend(value)
        self.origin.extend([index] * len(value))

    def last(self) -> str:
        return self.chars[-1] if self.chars else ""


def _write_pi(writer: _Writer, index: int, following: _Unit | None) -> None:
    # "2π", "πx0": keep the name apart so it never merges into "2pi" or "pix0", which would read
    # as a different (unknown) name; the parser then reports the missing operator in place.
    if writer.last() in _WORD:
        writer.write(" ", index)
    writer.write("pi", index)
    if _starts_word(following):
        writer.write(" ", index)


def _write_exponent(writer: _Writer, run: list[_Unit], following: _Unit | None) -> None:
    exponent = "".join(value for _, value, _ in run)
    first, last = run[0][2], run[-1][2]
    # Digits alone are written bare (x0**2) unless the next character would glue onto them
    # (x0²5 must not become x0**25); anything with a sign or bracket is bracketed as a whole.
    bare = exponent.isdigit() and not _starts_word(following)
    wrap = not bare and not _one_bracket_group(exponent)
    writer.write("**", first)
    if wrap:
        writer.write("(", first)
    for _, value, index in run:
        writer.write(value, index)
    if wrap:
        writer.write(")", last)


def _root_atom(units: list[_Unit], start: int) -> int | None:
    """End (exclusive) of the plain name or number right after a √ at ``start - 1``, if it is
    unambiguously all the root covers; None otherwise."""
    stop = start
    while stop < len(units) and units[stop][0] != _ROOT_KIND and _starts_word(units[stop]):
        stop += 1
    if stop == start:
        return None
    after = units[stop] if stop < len(units) else None
    if after is None:
        return stop
    kind, value, _ = after
    following = units[stop + 1][1] if stop + 1 < len(units) else ""
    if kind in (_SUPER, _ROOT_KIND) or value in ("(", "^") or (value == "*" and following == "*"):
        return None  # √x0², √x0**2, √sin(x0): what does the root cover? Ask for brackets.
    return stop


def normalize_formula(text: str) -> NormalizedFormula:
    """Rewrite ``text`` by the module's table; characters outside it are left as typed.

    Never raises for a ``str`` (lone surrogates included); the result is for the parser to check.
    """
    if text.isascii():  # the usual case: only ASCII blanks to flatten, one character for one
        flat = text.translate(_ASCII_BLANKS)
        lead = len(flat) - len(flat.lstrip(" "))
        code = flat.strip(" ")
        return NormalizedFormula(text, code, tuple(range(lead, lead + len(code))))
    units = _units(text)
    writer = _Writer()
    position = 0
    while position < len(units):
        kind, value, index = units[position]
        if kind == _SUPER:
            stop = position
            while stop < len(units) and units[stop][0] == _SUPER:
                stop += 1
            _write_exponent(writer, units[position:stop], units[stop] if stop < len(units) else None)
            position = stop
            continue
        if kind == _PI_KIND:
            _write_pi(writer, index, units[position + 1] if position + 1 < len(units) else None)
        elif kind == _ROOT_KIND:
            following = units[position + 1] if position + 1 < len(units) else None
            if writer.last() in _WORD:  # "x√(2)" must not become the name "xsqrt"
                writer.write(" ", index)
            if following is not None and following[0] == _PLAIN and following[1] == "(":
                writer.write("sqrt", index)
            else:
                stop = _root_atom(units, position + 1)
                if stop is None:
                    writer.write(value, index)  # left as typed: the parser asks for brackets
                else:
                    writer.write("sqrt(", index)
                    for inner in range(position + 1, stop):
                        inner_kind, inner_value, inner_index = units[inner]
                        if inner_kind == _PI_KIND:
                            _write_pi(writer, inner_index, units[inner + 1] if inner + 1 < stop else None)
                        else:
                            writer.write(inner_value, inner_index)
                    writer.write(")", units[stop - 1][2])
                    position = stop
                    continue
        else:
            writer.write(value, index)
        position += 1
    code = "".join(writer.chars)
    lead = len(code) - len(code.lstrip(" "))
    end = len(code.rstrip(" "))
    if end <= lead:
        return NormalizedFormula(text, "", ())
    return NormalizedFormula(text, code[lead:end], tuple(writer.origin[lead:end]))


def character_label(char: str) -> str:
    """The code point and Unicode name of ``char``, e.g. ``"U+1D431 MATHEMATICAL BOLD SMALL X"``.

    Unicode names are English by standard; characters without one (controls, lone surrogates,
    private use, unassigned) give the code point alone, e.g. ``"U+D800"``.
    """
    code = "U+{:04X}".format(ord(char))
    name = unicodedata.name(char, "")
    return f"{code} {name}" if name else code


def lookalike_of(char: str) -> str | None:
    """The plain ASCII character ``char`` imitates (``𝐱`` → ``x``, ``ⅹ`` → ``x``, ``ℯ`` → ``e``), if any.

    Offered as a hint only: a look-alike is never read as the plain character.
    """
    if unicodedata.category(char) == "Cs":
        return None
    plain = unicodedata.normalize("NFKC", char)
    if len(plain) == 1 and plain.isascii() and plain.isprintable() and plain != char and not plain.isspace():
        return plain
    return None
