"""numerics.numbers: the one parser of typed numbers and the one formatter of shown numbers."""

import math

import numpy as np
import pytest

from numerics.messages import Message
from numerics.numbers import MINUS, UNDEFINED, NumberError, format_number, format_point, parse_number


# -- parse_number ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("0.1", 0.1),
    ("  1e-3 ", 1e-3),
    ("1E3", 1000.0),
    ("-3", -3.0),
    ("+2.5", 2.5),
    (".5", 0.5),
    ("5.", 5.0),
    ("−1e−3", -1e-3),            # U+2212, the minus sign the app itself prints
    ("–2", -2.0),                # en dash: what word processors make of "-"
    ("1 000", 1000.0),           # a space as thousands separator
    ("1\u202f000.5", 1000.5),    # narrow no-break space
    ("\u00a02\u00a0", 2.0),      # non-breaking spaces around
    ("１ｅ－３", 1e-3),           # full-width, from an East-Asian input method
    ("\u3000３．５", 3.5),        # ideographic space and full-width full stop
    ("1_000", 1000.0),           # Python's digit grouping: float() reads it, so do we
    ("1e-300", 1e-300),
    ("5e-324", 5e-324),          # the smallest subnormal is still a number
    ("1.7976931348623157e308", 1.7976931348623157e308),
    ("0", 0.0),
    ("-0.0", 0.0),
    ("0e-500", 0.0),             # a zero written with a silly exponent is still zero
])
def test_parse_number_accepts_what_people_type(text, value):
    assert parse_number(text) == value


def test_parse_number_matches_float_to_the_last_bit():
    # The book's h and the sweep's steps must arrive exactly as Python would read them.
    for text in ("1e-4", "0.1", "1e-50", "2.220446049250313e-16", "6.00000000000378"):
        assert parse_number(text) == float(text)


@pytest.mark.parametrize("text, words", [
    ("", "type a number"),
    ("   ", "type a number"),
    ("abc", "is not a number"),
    ("1,5", "is not a number"),      # a decimal comma is ambiguous (1.5? 15?): refused
    ("1.2.3", "is not a number"),
    ("0x10", "is not a number"),
    ("1e", "is not a number"),
    ("2*3", "is not a number"),      # never evaluated
    ("—", "is not a number"),        # the em dash is how an undefined value is *shown*
    ("nan", "finite"),
    ("NaN", "finite"),
    ("inf", "finite"),
    ("−Infinity", "finite"),
    ("1e309", "too large"),
    ("-1e400", "too large"),
    ("1e-400", "too close to 0"),
    ("−2.5e-330", "too close to 0"),
])
def test_parse_number_refuses_with_a_reason(text, words):
    with pytest.raises(NumberError, match=words) as info:
        parse_number(text)
    error = info.value
    assert isinstance(error, ValueError)  # callers that catch ValueError keep working
    assert isinstance(error.message, Message)
    assert str(error) == str(error.message)
    assert error.text == text.strip()


def test_the_reason_quotes_what_was_typed():
    with pytest.raises(NumberError) as info:
        parse_number("  12abc ")
    assert "“12abc”" in str(info.value)
    assert info.value.message.args["text"] == "12abc"


def test_the_reason_names_the_field():
    with pytest.raises(NumberError, match="^start x0: type a number$"):
        parse_number("", name="start x0")
    with pytest.raises(NumberError, match="^η: “x” is not a number"):
        parse_number("x", name="η")
    with pytest.raises(NumberError, match="^h must be a finite number"):
        parse_number("inf", name="h")


def test_a_translatable_name_is_rendered_in_the_same_language():
    name = Message("learning rate")
    with pytest.raises(NumberError) as info:
        parse_number("?", name=name)
    upper = info.value.message.render(lambda context, text, n: text.upper())
    assert upper.startswith("LEARNING RATE: ")


def test_the_fields_own_name_may_precede_the_number():
    assert parse_number("η = 10", name="η") == 10.0
    assert parse_number("η=1e−3", name="η") == 1e-3
    assert parse_number("start x0 = -3", name="start x0") == -3.0
    # Any other name, or none, is not a number.
    with pytest.raises(NumberError, match="not a number"):
        parse_number("h = 10", name="η")
    with pytest.raises(NumberError, match="not a number"):
        parse_number("η = 10")
    with pytest.raises(NumberError, match="η: type a number"):
        parse_number("η =", name="η")


# -- format_number -----------------------------------------------------------------------------

@pytest.mark.parametrize("value, digits, text", [
    (0.1, 6, "0.1"),
    (1e-6, 6, "1e−6"),           # short exponent, real minus
    (1e-5, 3, "1e−5"),
    (2.5e13, 6, "2.5e13"),       # no "+", no padding
    (-2.58983747e13, 9, "−2.58983747e13"),
    (-1.234567, 4, "−1.235"),
    (123456.0, 3, "1.23e5"),
    (100.0, 6, "100"),
    (0.1999999999990898, 16, "0.1999999999990898"),
    (6.00000000000378, 16, "6.00000000000378"),
    (7.999999999999119, 16, "7.999999999999119"),
    (-0.0, 6, "0"),
    (0.0, 3, "0"),
    (math.inf, 6, "∞"),
    (-math.inf, 6, "−∞"),
    (math.nan, 6, UNDEFINED),
    (None, 6, UNDEFINED),
    (np.float32(0.5), 6, "0.5"),
    (7, 6, "7"),
])
def test_format_number(value, digits, text):
    assert format_number(value, digits) == text


def test_format_number_default_is_six_digits_like_g():
    assert format_number(math.pi) == "3.14159"
    assert format_number(-1e-6) == f"{MINUS}1e{MINUS}6"


@pytest.mark.parametrize("value, text", [
    (0.1, "0.1"), (1e-4, "0.0001"), (1e-5, "1e−5"), (100.0, "100"), (1e16, "1e16"), (-1.5e300, "−1.5e300"),
    (0.1 + 0.2, "0.30000000000000004"), (5e-324, "5e−324"),
])
def test_format_number_shortest_exact(value, text):
    assert format_number(value, None) == text


def test_shortest_text_reads_back_exactly():
    rng = np.random.default_rng(7)
    values = np.concatenate([rng.standard_normal(200) * 10.0 ** rng.integers(-300, 300, 200),
                             [np.nextafter(1.0, 2.0), 5e-324, 1.7976931348623157e308]])
    for v in values:
        assert parse_number(format_number(float(v), None)) == v


def test_what_is_shown_can_be_typed_back():
    for v in (-3.0, 1e-10, -2.58983747e13, 0.95, 1e-50):
        assert parse_number(format_number(v, 9)) == float(f"{v:.9g}")
        assert parse_number(format_number(v, 9, ascii_minus=True)) == float(f"{v:.9g}")


def test_ascii_minus_for_editable_text():
    assert format_number(-1e-6, ascii_minus=True) == "-1e-6"
    assert MINUS not in format_number(-2.5, 3, ascii_minus=True)


def test_digits_must_be_positive():
    with pytest.raises(ValueError, match="digits"):
        format_number(1.0, 0)


# -- format_point ------------------------------------------------------------------------------

def test_format_point():
    assert format_point((-3.0, 4.0)) == "(−3, 4)"
    assert format_point(np.array([1e-6, -2.8051180869]), 3) == "(1e−6, −2.81)"
    assert format_point([0.5, np.nan], 3, brackets=False) == f"0.5, {UNDEFINED}"
    assert format_point((1.0, 2.0, 3.0), 2) == "(1, 2, 3)"
    assert format_point((-1.0, 2.0), ascii_minus=True) == "(-1, 2)"
