"""Messages: the English source text is the key, looked up late; what older callers read stays English.

A recording translator stands in for Qt's: it marks every text it was asked for, so a test sees
which parts of a rendered sentence were looked up (a marked source text) and which were shown as
they are (notation, a user's formula). Every looked-up text must be one lupdate extracts: a
literal ``QT_TRANSLATE_NOOP("numerics", …)`` of the Qt-free packages.
"""

from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest

from numerics import CATALOGUE, DescentConfig, StopReason, make_optimizer, objective_from_formula
from numerics.basins import BasinMap
from numerics.functions import CriticalPoint
from numerics.labs.basin_legend import legend_entries
from numerics.labs.derivative import (
    FUNCTIONS_1D,
    SCHEME_TITLES,
    derivative_readout,
    error_curves,
    scheme_title,
    slope_guides,
    vanishing_step_message,
    vanishing_step_note,
)
from numerics.labs.step_inspector import StepError, StepInspector, describe_step, describe_step_messages
from numerics.messages import Message, MessageError, literal, message, message_of
from numerics.optimizers import OPTIMIZERS

ROOT = Path(__file__).resolve().parents[2]


@lru_cache(maxsize=1)
def marked_sources() -> frozenset[str]:
    """Every ``QT_TRANSLATE_NOOP("numerics", "…")`` literal of numerics/ and gui/ (what lupdate extracts)."""
    found = set()
    for path in [*(ROOT / "numerics").rglob("*.py"), *(ROOT / "gui").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
                    and len(node.args) == 2 and isinstance(node.args[0], ast.Constant)
                    and node.args[0].value == "numerics" and isinstance(node.args[1], ast.Constant)):
                found.add(node.args[1].value)
    return frozenset(found)


class Recorder:
    """A translator that "translates" every marked source text into ⟦text⟧ and records the look-ups."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def __call__(self, context: str, text: str, n: int) -> str:
        assert context == "numerics"
        self.asked.append(text)
        out = f"⟦{text}⟧" if text in marked_sources() else text
        return out.replace("%n", str(n)) if n >= 0 else out


def translated(msg: Message) -> str:
    return msg.render(Recorder())


# ---------------------------------------------------------------- the helpers


def test_literal_shows_any_text_as_it_is_and_translates_a_marked_one():
    assert str(literal("f(x0, x1) = {x0}")) == "f(x0, x1) = {x0}"  # braces are not placeholders
    assert translated(literal("f(x0, x1) = x0**2")) == "f(x0, x1) = x0**2"
    assert translated(literal("Rosenbrock")) == "Rosenbrock"
    assert translated(literal("tolerance")) == "⟦tolerance⟧"


def test_message_error_is_a_value_error_with_english_text_and_its_message():
    exc = MessageError(message("{name} must be a number, got {value}", name="h", value="'x'"))
    assert isinstance(exc, ValueError)
    assert str(exc) == "h must be a number, got 'x'"
    assert message_of(exc) is exc.message
    plain = message_of(ValueError("a library's words"))
    assert str(plain) == "a library's words" and translated(plain) == "a library's words"
    assert str(message_of(KeyError())) == "KeyError"


# ---------------------------------------------------------------- the catalogue


def test_catalogue_titles_and_descriptions_are_looked_up_as_source_texts():
    for objective in CATALOGUE.values():
        assert str(objective.title_message) == objective.title
        assert str(objective.description_message) == objective.description
        description = translated(objective.description_message)
        assert description == f"⟦{objective.description}⟧", objective.name  # every description is marked
        title = translated(objective.title_message)
        # a title is either translated or a proper name shown as it is (Rosenbrock, Himmelblau …)
        assert title == f"⟦{objective.title}⟧" or " " not in objective.title, objective.name
    assert translated(CATALOGUE["sphere"].title_message) == "⟦Sphere (the book's function_2)⟧"


def test_a_formula_title_is_the_formula_itself():
    objective = objective_from_formula("x0**2 + 3*x1**2")
    assert translated(objective.title_message) == "f(x0, x1) = x0**2 + 3*x1**2"
    assert translated(objective.description_message).startswith("⟦Your own formula")


def test_critical_point_labels_stay_english_and_carry_their_message():
    himmelblau = CATALOGUE["himmelblau"].critical_points
    assert [cp.label for cp in himmelblau[:2]] == ["global minimum 1", "global minimum 2"]
    assert translated(himmelblau[0].label_message) == "⟦global minimum 1⟧"  # template looked up, then filled
    assert translated(CATALOGUE["himmelblau"].critical_points[4].label_message) == "⟦local maximum⟧"
    assert translated(CATALOGUE["six_hump_camel"].critical_points[2].label_message) == "⟦minimum 3⟧"
    # a label given as plain English (older callers) still works, and is looked up as it is
    cp = CriticalPoint((0.0, 0.0), "saddle", "saddle")
    assert cp.label == "saddle" and translated(cp.label_message) == "⟦saddle⟧"
    assert cp == CriticalPoint((0.0, 0.0), "saddle", message("saddle"))  # the message does not change equality


def test_every_catalogue_label_is_a_marked_text():
    for objective in CATALOGUE.values():
        for cp in objective.critical_points:
            recorder = Recorder()
            cp.label_message.render(recorder)
            assert set(recorder.asked) <= marked_sources(), (objective.name, cp.label)


# ---------------------------------------------------------------- descent and optimizers


def test_stop_reasons_keep_their_english_words_and_translate():
    assert StopReason.STEP_LIMIT.describe() == "step limit reached"
    for reason in StopReason:
        assert str(reason.describe_message()) == reason.describe()
        assert translated(reason.describe_message()) == f"⟦{reason.describe()}⟧"


@pytest.mark.parametrize("config, english", [
    (DescentConfig(lr=5e3), "learning rate η must be between 1e-12 and 1000, got 5000"),
    (DescentConfig(steps=2.5), "step count must be a whole number, got 2.5"),
    (DescentConfig(scheme="sideways"), "unknown difference scheme 'sideways'; choose one of forward, backward, "
                                       "central, richardson, complex"),
    (DescentConfig(optimizer="Adamax"), "unknown optimizer 'Adamax'; choose one of SGD, Momentum, Nesterov, "
                                        "AdaGrad, RMSProp, Adam"),
    (DescentConfig(optimizer="SGD", hyper=(("beta1", 0.9),)),
     "SGD has no hyper-parameter 'beta1' (it takes none besides η)"),
    (DescentConfig(optimizer="Adam", hyper=(("beta1", 2.0),)), "beta1 must be between 0 and 0.9999, got 2"),
])
def test_refused_settings_say_why_in_english_and_as_a_message(config, english):
    with pytest.raises(MessageError) as info:
        config.validate()
    assert str(info.value) == english
    recorder = Recorder()
    info.value.message.render(recorder)
    assert recorder.asked[0] in marked_sources()


def test_the_name_inside_a_range_error_is_translated_too():
    with pytest.raises(MessageError) as info:
        DescentConfig(tol=2.0).validate()
    assert translated(info.value.message) == "⟦{name} must be between {low:g} and {high:g}, got {value:g}⟧".format(
        name="⟦tolerance⟧", low=0.0, high=1.0, value=2.0)


def test_hyper_parameter_docs_are_translatable():
    docs = [spec for cls in OPTIMIZERS.values() for spec in cls.HYPERPARAMETERS.values()]
    assert docs and all(translated(spec.doc_message) == f"⟦{spec.doc}⟧" for spec in docs)
    assert OPTIMIZERS["Momentum"].HYPERPARAMETERS["momentum"].doc == "α: how much of the last step is kept"
    with pytest.raises(MessageError, match="learning rate η must be a positive number, got -1"):
        make_optimizer("SGD", -1.0)


# ---------------------------------------------------------------- labs


def test_describe_step_is_its_messages_in_english_and_only_the_word_lines_are_looked_up():
    objective = CATALOGUE["sphere"]
    for name in OPTIMIZERS:
        inspector = StepInspector(objective, name, 0.1, point=(-3.0, 4.0))
        record = inspector.next_step()
        messages = describe_step_messages(record, name, 0.1, inspector.hyperparameters)
        assert [str(m) for m in messages] == describe_step(record, name, 0.1, inspector.hyperparameters)
        shown = [translated(m) for m in messages]
        assert shown[0].startswith("⟦step ")  # "step {step}: …" has words
        assert shown[1] == "∇f(x) = (−6, 8)"  # notation, as it is
        assert sum(line.startswith("⟦") for line in shown) == (2 if name == "SGD" else 1)


def test_a_step_from_a_point_where_the_gradient_is_not_finite_is_a_step_error():
    inspector = StepInspector(objective_from_formula("log(x0)"), "SGD", 0.1, point=(-1.0, 0.0))
    with pytest.raises(StepError) as info:
        inspector.next_step()
    assert isinstance(info.value, ArithmeticError)
    assert str(info.value) == "∇f is not finite at (-1, 0); pick another point"
    assert translated(info.value.message).startswith("⟦∇f is not finite")


def test_basin_legend_entries_carry_translatable_texts():
    attractor = CriticalPoint((3.0, 2.0), "minimum", message("global minimum {number}", number=1))
    labels = np.array([[0, 0], [BasinMap.DIVERGED, BasinMap.STALLED]])
    bmap = BasinMap((0.0, 1.0, 0.0, 1.0), labels, (attractor,), np.zeros((2, 2, 2)), np.zeros((2, 2), dtype=np.int8))
    rows = legend_entries(bmap)
    assert [r.text for r in rows] == ["global minimum 1 (3, 2)", "diverged (left the view ×1000 or overflowed)",
                                      "stalled on a flat region (∇f = 0, no critical point)"]
    assert [str(r.message) for r in rows] == [r.text for r in rows]
    assert translated(rows[0].message) == "⟦global minimum 1⟧ (3, 2)"
    assert translated(rows[1].message) == f"⟦{rows[1].text}⟧"


def test_derivative_lab_words_are_messages():
    assert str(vanishing_step_message(5.0)) == vanishing_step_note(5.0)
    assert translated(vanishing_step_message(5.0)).startswith("⟦In float64")
    for scheme, title in SCHEME_TITLES.items():
        assert str(scheme_title(scheme)) == title
    assert translated(scheme_title("central")) == f"⟦{SCHEME_TITLES['central']}⟧"
    assert translated(scheme_title("richardson")) == SCHEME_TITLES["richardson"]  # a name and a formula
    fn = FUNCTIONS_1D["function_1"]
    assert translated(fn.title_message) == "⟦The book's function_1⟧"
    readout = derivative_readout(fn, 5.0)
    assert readout.reference_kind == "exact" and translated(readout.reference_kind_message) == "⟦exact⟧"
    guides = slope_guides(error_curves(fn, 5.0))
    assert [g.label for g in guides] == ["slope 1", "slope 2"]
    assert [str(g.label_message) for g in guides] == ["slope 1", "slope 2"]
