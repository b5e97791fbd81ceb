"""The one validation path: numbers of any size, NaN, ±inf, booleans, wrong types; real JSON reasons."""

from __future__ import annotations

import ast
import inspect
import math

import pytest

import gui.model.explorer_state as explorer_state_module
import gui.model.session as session_module
import gui.model.validation as validation_module
from gui.model.validation import (
    LIMITS,
    Limit,
    OversizedInt,
    ValidationError,
    decode_json,
    describe,
    validate_config,
    validate_field,
)
from numerics import DescentConfig
from numerics.messages import Message

STEPS_RULE = "must be a whole number between 1 and 1e6"


@pytest.mark.parametrize(
    "value, got",
    [
        (0, "got 0"),
        (2.5, "got 2.5"),
        (1_000_001, "got 1000001"),
        pytest.param(10**400, "got a whole number of 401 digits", id="10**400"),
        pytest.param(-(10**400), "got a whole number of 401 digits", id="-10**400"),
        # more digits than str() writes (and than pytest could name the case by)
        pytest.param(10**5000, "got a whole number of about 5001 digits", id="10**5000"),
        (OversizedInt(6000), "got a whole number of 6000 digits"),  # what decode_json makes of one
        (math.nan, "got NaN"),
        (math.inf, "got infinity"),
        (-math.inf, "got minus infinity"),
        (True, "got true"),
        (None, "got nothing (null)"),
        ("12", "got the text “12”"),
        ([1], "got a list"),
        ({"a": 1}, "got an object"),
    ],
)
def test_a_bad_number_is_refused_naming_the_field_and_the_range(value, got):
    with pytest.raises(ValidationError) as info:
        LIMITS["steps"].check("descent.steps", value)
    error = info.value
    assert error.field == "descent.steps"
    assert str(error) == f"descent.steps: {STEPS_RULE}, {got}"
    assert isinstance(error.reason, Message) and isinstance(error.message, Message)
    assert str(error.message) == str(error) and len(str(error)) < 120


def test_good_numbers_come_back_typed():
    assert LIMITS["steps"].check("s", 250.0) == 250 and isinstance(LIMITS["steps"].check("s", 250.0), int)
    assert LIMITS["lr"].check("lr", 1) == 1.0 and isinstance(LIMITS["lr"].check("lr", 1), float)
    assert LIMITS["tol"].check("tol", 0) == 0.0
    unbounded = Limit(-math.inf, math.inf)
    assert unbounded.check("x", -(10**300)) == -1e300
    with pytest.raises(ValidationError, match="must be a finite number, got a whole number of 401 digits"):
        unbounded.check("x", 10**400)  # inside (−∞, ∞) as an int, but no float can hold it
    with pytest.raises(ValidationError, match="finite"):
        unbounded.check("x", math.inf)


def test_rule_and_allowed_use_the_apps_number_format():
    assert str(LIMITS["lr"].rule("η")) == "η must be a number between 1e−6 and 100"
    assert str(LIMITS["steps"].allowed()) == "a whole number between 1 and 1e6"
    assert str(Limit(-math.inf, math.inf).allowed()) == "a finite number"


def test_descriptions_are_short_and_printable():
    assert str(describe("x" * 500)).endswith("…”") and len(str(describe("x" * 500))) < 60
    assert "\\ud800" in str(describe("x0+\ud800"))  # a lone surrogate is shown escaped, never raised
    assert str(describe(1e-9)) == "1e−9"


@pytest.mark.parametrize(
    "text, reason",
    [
        ("{oops", "not valid JSON (line 1, column 2:"),
        ("[1,\n 2,", "not valid JSON (line 2, column"),
        ("NaN", "the non-finite number NaN is not allowed"),
        ("-Infinity", "the non-finite number -Infinity is not allowed"),
        ("[" * 100_000, "nested too deeply"),
    ],
)
def test_decode_json_gives_the_real_reason(text, reason):
    with pytest.raises(ValidationError) as info:
        decode_json(text, "panel/descent.lr")
    assert info.value.field == "panel/descent.lr"
    assert str(info.value.reason).startswith(reason)


def test_decode_json_reads_integers_too_long_for_int_and_the_validator_refuses_them():
    value = decode_json("9" * 5000, "descent.steps")  # json.loads alone raises a bare ValueError
    assert isinstance(value, OversizedInt) and value.digits == 5000
    with pytest.raises(ValidationError, match="whole number of 5000 digits"):
        validate_field("descent.steps", value)
    assert decode_json("[1e400]", "x") == [math.inf]  # and the validators refuse infinity
    with pytest.raises(ValidationError, match="got infinity"):
        validate_field("descent.lr", math.inf)


def test_hyper_parameters_lr_and_foreign_names_are_refused_with_messages():
    with pytest.raises(ValidationError) as info:
        validate_field("descent.hyper", {"lr": 5})
    assert info.value.field == "descent.hyper.lr" and "learning rate η" in str(info.value)
    with pytest.raises(ValidationError) as info:
        validate_config(DescentConfig(optimizer="SGD", hyper=(("lr", 5.0),)))
    assert info.value.field == "descent.hyper.lr"  # not numerics' TypeError
    with pytest.raises(ValidationError, match="Momentum has no hyper-parameter “beta1” \\(it takes: momentum\\)"):
        validate_config(DescentConfig(optimizer="Momentum", hyper=(("beta1", 0.5),)))
    with pytest.raises(ValidationError, match="SGD takes no hyper-parameter"):
        validate_config(DescentConfig(optimizer="SGD", hyper=(("momentum", 0.5),)))


def test_choices_and_booleans_are_strict():
    for name, value in (("theme", 1), ("theme", "Dark"), ("descent.analytic", 1), ("keep_paths", "true"),
                        ("descent.optimizer", None), ("layers", {"field": 0})):
        with pytest.raises(ValidationError):
            validate_field(name, value)
    assert validate_field("log_heatmap", None) is None  # version 1: the objective's own choice
    with pytest.raises(ValidationError, match="unknown field"):
        validate_field("descent.colour", 1)


@pytest.mark.parametrize("module", [validation_module, session_module, explorer_state_module])
def test_every_message_is_a_literal_lupdate_can_extract(module):
    calls = [node for node in ast.walk(ast.parse(inspect.getsource(module)))
             if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"]
    assert calls
    for node in calls:
        context, text = node.args
        assert isinstance(context, ast.Constant) and context.value == "numerics"
        assert isinstance(text, ast.Constant) and isinstance(text.value, str), ast.unparse(node)
