"""The formula normaliser: what it rewrites, what it leaves alone, and the map back to the typed text."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from numerics.formula_normalise import (
    CHARACTERS,
    ROOT,
    SUPERSCRIPTS,
    NormalizedFormula,
    character_label,
    lookalike_of,
    normalize_formula,
)


@pytest.mark.parametrize(
    "typed, code",
    [
        # what the app prints
        ("x0² + x1²", "x0**2 + x1**2"),
        ("x³ − 3·x", "x**3 - 3*x"),
        ("x0²/20 + x1²", "x0**2/20 + x1**2"),
        ("x₀ + x₁", "x0 + x1"),
        ("√x", "sqrt(x)"),
        # habits
        ("2×x0 ÷ x1", "2*x0 / x1"),
        ("x0 – x1 ‐ 1", "x0 - x1 - 1"),  # en dash, hyphen
        ("x0⋅x1∙x0∗x1・x0", "x0*x1*x0*x1*x0"),
        ("x0∕x1⁄2", "x0/x1/2"),
        ("ｘ0＋1", "x0+1"),
        ("（ｘ０－１）＊＊２", "(x0-1)**2"),
        ("ｓｉｎ（ｘ１）", "sin(x1)"),
        ("x0\u3000+\u00a0x1\u202f", "x0 + x1"),
        ("\n  x0 +\r\n\tx1  ", "x0 +   x1"),
        # powers: bare digits, or one bracketed exponent
        ("x0²³", "x0**23"),
        ("x⁻¹", "x**(-1)"),
        ("x²⁺¹", "x**(2+1)"),
        ("x⁽²⁺¹⁾", "x**(2+1)"),
        ("x⁽¹⁾⁺⁽²⁾", "x**((1)+(2))"),
        ("x0²5", "x0**(2)5"),  # the 5 must not join the exponent
        ("x0²x1", "x0**(2)x1"),
        ("sin(x0)²", "sin(x0)**2"),
        ("x0² ³", "x0**2 **3"),
        # π stays a separate word
        ("π", "pi"),
        ("2π", "2 pi"),
        ("πx0", "pi x0"),
        ("π²", "pi**2"),
        ("x0*π/2", "x0*pi/2"),
        # √: brackets, or one plain name or number
        ("√(x0 + 1)", "sqrt(x0 + 1)"),
        ("√2 + √x1", "sqrt(2) + sqrt(x1)"),
        ("√2.5", "sqrt(2.5)"),
        ("√π", "sqrt(pi)"),
        ("x0√2", "x0 sqrt(2)"),
        ("√(√x0)", "sqrt(sqrt(x0))"),
        # √ left as typed where what it covers is ambiguous
        ("√x0²", "√x0**2"),
        ("√x0**2", "√x0**2"),
        ("√sin(x0)", "√sin(x0)"),
        ("√ x0", "√ x0"),
        ("√-x0", "√-x0"),
        ("√√x0", "√sqrt(x0)"),
        # plain ASCII is untouched
        ("sin(x0) * exp(-x1**2)", "sin(x0) * exp(-x1**2)"),
    ],
)
def test_rewrites(typed, code):
    assert normalize_formula(typed).code == code


@pytest.mark.parametrize(
    "lookalike",
    ["𝐱0", "ⅹ0", "ᵖⁱ", "ℯ", "𝑥₀", "ⁿ", "x₊1", "x0 — 1", "α", "∞", "ﬁ", "\u200b", "\ud800", "\ufeff"],
)
def test_lookalikes_and_other_characters_are_left_as_typed(lookalike):
    # Nothing outside the table is folded (Python's NFKC would read 𝐱0 as x0): the parser names it.
    result = normalize_formula("x0 + " + lookalike)
    foreign = [char for char in lookalike if char not in CHARACTERS and char not in SUPERSCRIPTS]
    assert foreign and all(char in result.code for char in foreign)


def test_every_table_entry_is_ascii_and_no_lookalike_letter_is_in_the_table():
    for typed, ascii_text in {**CHARACTERS, **SUPERSCRIPTS}.items():
        assert ascii_text.isascii(), typed
        assert not typed.isascii() or typed in "\t\n\r\x0b\x0c", typed  # ASCII blanks become spaces
    # The only letters read as letters are full-width ones (an input method types them) and π.
    letters = [char for char in CHARACTERS if unicodedata.category(char).startswith("L")]
    assert all("FULLWIDTH" in unicodedata.name(char) for char in letters if char != "π")
    for lookalike in "𝐱ⅹᵖⁱℯ𝑒":
        assert lookalike not in CHARACTERS and lookalike not in SUPERSCRIPTS


def test_table_covers_what_the_issue_names():
    for char, ascii_text in {"×": "*", "·": "*", "−": "-", "÷": "/", "₀": "0", "₁": "1", "ｘ": "x",
                             "＋": "+", "０": "0", "（": "(", "π": "pi"}.items():  # fmt: skip
        assert CHARACTERS[char] == ascii_text
    assert SUPERSCRIPTS["²"] == "2" and SUPERSCRIPTS["³"] == "3" and ROOT == "√"


def test_origin_points_at_the_typed_character():
    typed = "  ｘ₀² − √x1 + πx0"
    result = normalize_formula(typed)
    assert result.code == "x0**2 - sqrt(x1) + pi x0"
    assert len(result.origin) == len(result.code)
    # every code character comes from a typed one: the same, its table entry, or its expansion
    expected_sources = {"x": "ｘx", "0": "₀²0", "*": "²", "2": "²", "-": "−", "s": "√", "q": "√",
                        "r": "√", "t": "√", "(": "√", "1": "1", ")": "1", "+": "+", "p": "π",
                        "i": "π", " ": " π"}  # fmt: skip
    for char, origin in zip(result.code, result.origin):
        assert typed[origin] in expected_sources[char], (char, typed[origin])
    assert [result.column(i) for i in range(5)] == [3, 4, 5, 5, 5]
    assert result.column(len(result.code)) == len(typed) + 1  # just past the last typed character


def test_blank_text_normalises_to_nothing():
    for blank in ["", "   ", "\u3000\u00a0\n", "\t"]:
        result = normalize_formula(blank)
        assert result == NormalizedFormula(blank, "", ())
        assert result.column(0) == 1


def test_character_label_and_lookalike():
    assert character_label("𝐱") == "U+1D431 MATHEMATICAL BOLD SMALL X"
    assert character_label("é") == "U+00E9 LATIN SMALL LETTER E WITH ACUTE"
    assert character_label("\ud800") == "U+D800"
    assert character_label("\x00") == "U+0000"
    assert [lookalike_of(char) for char in "𝐱ⅹᵖℯ"] == ["x", "x", "p", "e"]
    for char in ["α", "\ud800", "é", "x", "\u3000", "\u2028"]:
        assert lookalike_of(char) is None, char


# Every kind of character, lone surrogates included (st.characters() leaves Cs out by default).
ANY_CHARACTER = st.one_of(
    st.characters(codec=None, exclude_categories=()),
    st.characters(codec=None, categories=["Cs"]),
    st.sampled_from(sorted({*CHARACTERS, *SUPERSCRIPTS, ROOT})),
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ANY_CHARACTER, max_size=60))
def test_any_text_normalises_with_a_consistent_map(text):
    result = normalize_formula(text)
    assert result.text == text
    assert len(result.origin) == len(result.code)
    assert list(result.origin) == sorted(result.origin)  # the map never goes backwards
    assert all(0 <= origin < len(text) for origin in result.origin)
    assert not result.code.startswith(" ") and not result.code.endswith(" ")
    for char, origin in zip(result.code, result.origin):
        typed = text[origin]
        # a character outside the table stands exactly as typed
        if typed not in CHARACTERS and typed not in SUPERSCRIPTS and typed != ROOT:
            assert char == typed or char in " ()", (char, typed)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=60))
def test_printable_ascii_is_only_stripped(text):
    assert normalize_formula(text).code == text.strip(" ")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=60))
def test_ascii_shortcut_agrees_with_the_general_rewrite(text):
    # Plain ASCII takes a shortcut; one ideographic space at the end forces the general path.
    fast, general = normalize_formula(text), normalize_formula(text + "\u3000")
    assert (fast.code, fast.origin) == (general.code, general.origin)
