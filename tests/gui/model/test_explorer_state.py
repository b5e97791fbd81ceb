"""ExplorerState: one state behind the Explorer; sessions are it serialised, plus the run starts."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from gui.model.explorer_state import LAYER_FIELDS, ExplorerState
from gui.model.session import FORMAT, Session, SessionError, load_session, save_session, session_from_dict
from gui.model.validation import ValidationError
from numerics import CATALOGUE, DescentConfig, get_objective
from numerics.optimizers import OPTIMIZERS


def test_defaults_are_the_default_session():
    state = ExplorerState()
    assert state.objective is CATALOGUE[state.function]
    assert state.descent_config() == DescentConfig(escape_box=state.objective.box)
    assert state.to_session() == Session(log_heatmap=state.objective.log_heatmap, lr_by_hand=False,
                                         steps_by_hand=False)


def test_a_function_replaces_the_formula_and_brings_its_own_box_and_log_scale():
    state = ExplorerState(formula="x0**2 + x1**2", view_box=(-1.0, 1.0, -1.0, 1.0))
    changes = []
    state.on_any_change(changes.append)
    state.function = "rosenbrock"
    assert state.formula is None and state.view_box is None
    assert state.objective is CATALOGUE["rosenbrock"]
    assert state.log_heatmap is CATALOGUE["rosenbrock"].log_heatmap is True
    # … and its own η and step limit (nobody set them by hand), all in one change.
    assert (state.lr, state.steps) == (CATALOGUE["rosenbrock"].default_lr, CATALOGUE["rosenbrock"].default_steps)
    assert changes == [frozenset({"function", "formula", "view_box", "log_heatmap", "lr", "steps"})]  # told once


def test_a_formula_has_no_analytic_gradient_but_the_choice_is_kept():
    state = ExplorerState()
    state.formula = "sin(x0) * x1"
    assert state.function is None and state.objective.name == "formula"
    assert state.analytic and state.numerical_gradient and not state.descent_config().analytic
    state.function = "sphere"
    assert not state.numerical_gradient  # analytic again: the formula never changed the choice


def test_objective_is_the_same_object_while_its_fields_do_not_change():
    state = ExplorerState(formula="x0**2 + 3*x1**2", view_box=(-1.0, 1.0, -2.0, 2.0))
    first = state.objective
    state.lr = 0.5
    assert state.objective is first and first.box == (-1.0, 1.0, -2.0, 2.0)
    value = state.objective.value(np.array([[1.0, 2.0]]))
    np.testing.assert_allclose(value, [13.0])
    boxed = ExplorerState(function="himmelblau", view_box=(-1.0, 1.0, -1.0, 1.0)).objective
    assert boxed.box == (-1.0, 1.0, -1.0, 1.0) and boxed.f is get_objective("himmelblau").f


def test_descent_config_escapes_from_the_view_box_unless_given():
    state = ExplorerState(function="rosenbrock", view_box=(-1.0, 1.0, -0.5, 1.5), lr=0.002, steps=12)
    assert state.descent_config() == DescentConfig(lr=0.002, steps=12, escape_box=(-1.0, 1.0, -0.5, 1.5))
    state.escape_box = (0.0, 1.0, 0.0, 1.0)
    assert state.descent_config().escape_box == (0.0, 1.0, 0.0, 1.0)


def test_hyper_parameters_follow_the_optimizer_and_are_remembered_per_optimizer():
    state = ExplorerState()
    state.optimizer = "Adam"
    assert dict(state.hyper).keys() == OPTIMIZERS["Adam"].HYPERPARAMETERS.keys()
    state.update(hyper=(("beta1", 0.5),))  # a partial set: the rest take their defaults
    assert dict(state.hyper) == {"beta1": 0.5, "beta2": OPTIMIZERS["Adam"].HYPERPARAMETERS["beta2"].default}
    state.optimizer = "Momentum"
    assert dict(state.hyper).keys() == {"momentum"}
    state.optimizer = "Adam"
    assert dict(state.hyper)["beta1"] == 0.5


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"lr": 10**400}, "descent.lr"),  # beyond float range: no OverflowError
        ({"lr": math.nan}, "descent.lr"),
        ({"steps": True}, "descent.steps"),
        ({"steps": 2.5}, "descent.steps"),
        ({"hyper": (("lr", 5.0),)}, "descent.hyper.lr"),  # issue 12, defect 3: no TypeError
        ({"optimizer": "Adam", "hyper": (("momentum", 0.9),)}, "descent.hyper.momentum"),
        ({"optimizer": "Adam", "hyper": (("beta1", 5.0),)}, "descent.hyper.beta1"),
        ({"function": "nope"}, "function"),
        ({"function": None}, "function"),
        ({"function": "sphere", "formula": "x0"}, "formula"),
        ({"formula": "x0 +* 2"}, "formula"),
        ({"view_box": (1.0, 0.0, 0.0, 1.0)}, "view_box"),
        ({"animation_speed": 0}, "animation_speed"),
        ({"theme": "neon"}, "theme"),
        ({"show_heatmap": 1}, "layers.heatmap"),
    ],
)
def test_bad_values_are_refused_naming_the_field_and_nothing_changes(changes, field):
    state = ExplorerState()
    before = state.values()
    told = []
    state.on_any_change(told.append)
    with pytest.raises(ValidationError) as info:
        state.update(**changes)
    assert info.value.field == field
    assert str(info.value).startswith(f"{field}: ") and str(info.value.message) == str(info.value)
    assert state.values() == before and told == []


def test_instant_speed_and_layers():
    state = ExplorerState()
    state.animation_speed = math.inf
    state.set_layer("contours", False)
    assert state.layers() == {"field": True, "heatmap": True, "contours": False, "critical": True, "paths": True}
    with pytest.raises(KeyError):
        state.set_layer("stars", True)
    assert set(LAYER_FIELDS.values()) <= set(ExplorerState.fields)


def _rich_state() -> ExplorerState:
    return ExplorerState(
        formula="x0**2 + 3*x1**2", view_box=(-2.5, 1.0 / 3.0, -1e-3, 4.0), optimizer="Adam", lr=0.0123456789012345,
        hyper=(("beta1", 0.85), ("beta2", 0.99)), steps=777, tol=1e-9, h=1e-5, scheme="richardson", analytic=False,
        escape_box=(-5.0, 5.0, -6.0, 6.0), animation_speed=12.5, keep_paths=True, theme="dark", arrow_mode="unit",
        log_heatmap=True, show_heatmap=False, show_contours=False,
    )


def test_a_session_is_the_state_serialised_and_loads_back_with_one_update(tmp_path):
    state = _rich_state()
    path = tmp_path / "s.json"
    save_session(path, state.to_session(starts=((1.0, 2.0), (-3.0, 4.0))))
    session = load_session(path)
    assert session.starts == ((1.0, 2.0), (-3.0, 4.0))
    back = ExplorerState()
    told = []
    back.on_any_change(told.append)
    back.from_session(session)
    assert back == state
    assert len(told) == 1  # one update: subscribers (the canvas) are told once


def test_version_1_session_files_still_load():
    # A file written before log_heatmap and keep_paths existed.
    data = {"format": FORMAT, "version": 1, "function": "rosenbrock", "formula": None, "view_box": None,
            "descent": {"optimizer": "SGD", "lr": 0.001, "hyper": {}, "steps": 100, "tol": 1e-8, "h": 1e-4,
                        "scheme": "central", "analytic": True, "escape_box": None},
            "animation_speed": 30.0, "starts": [[-1.5, 2.0]], "theme": "light",
            "layers": {"field": True, "heatmap": True, "contours": True, "critical": True, "paths": True},
            "arrow_mode": "scaled"}
    session = session_from_dict(json.loads(json.dumps(data)))
    assert session.log_heatmap is None and session.keep_paths is False
    state = ExplorerState(function="himmelblau", log_heatmap=False)
    state.from_session(session)
    assert state.function == "rosenbrock" and state.lr == 0.001
    assert state.log_heatmap is True  # the objective's own choice, as version 1 showed it
    with pytest.raises(SessionError, match="version 4 is newer"):
        session_from_dict({**data, "version": 4})


def test_a_new_function_brings_its_default_eta_and_steps_unless_set_by_hand():
    state = ExplorerState()
    state.function = "himmelblau"
    himmelblau = CATALOGUE["himmelblau"]
    assert (state.lr, state.steps) == (himmelblau.default_lr, himmelblau.default_steps)
    state.update(lr=0.05, lr_by_hand=True)  # what the panel writes when the user commits η
    state.function = "rosenbrock"
    assert state.lr == 0.05  # the user's η stays …
    assert state.steps == CATALOGUE["rosenbrock"].default_steps  # … the step limit was not theirs
    state.update(steps=42, steps_by_hand=True)
    state.function = "sphere"
    assert (state.lr, state.steps) == (0.05, 42)


def test_a_session_says_what_was_set_by_hand_and_old_files_are_judged_by_the_defaults():
    state = ExplorerState()
    state.from_session(Session(function="himmelblau", config=DescentConfig(lr=0.01, steps=300)))
    assert not state.lr_by_hand and not state.steps_by_hand  # Himmelblau's own defaults
    state.from_session(Session(function="himmelblau", config=DescentConfig(lr=0.02, steps=300)))
    assert state.lr_by_hand and not state.steps_by_hand
    state.from_session(Session(function="himmelblau", config=DescentConfig(lr=0.01), lr_by_hand=True))
    assert state.lr_by_hand


def test_the_stability_bound_and_the_suggested_eta_at_the_last_start():
    state = ExplorerState(function="sphere")
    state.update(probe=(-3.0, 4.0))
    text = str(state.stability())
    assert "λmax = 2" in text and "2/λmax = 1;" in text  # the sphere: f = x0² + x1², λ = 2 everywhere
    assert state.suggest_lr() == 0.5 == state.lr and not state.lr_by_hand
    state.function = "rosenbrock"
    assert state.probe is None  # a point of another function
    state.update(probe=(-1.5, 2.0))
    eta = state.suggested_lr()
    assert 0 < eta < 2 / 1e3  # Rosenbrock's valley walls curve a thousand times more
    with pytest.raises(ValidationError):
        state.update(probe=(float("nan"), 0.0))
