"""Session files: round trip, and every kind of bad input is refused with the field named."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from gui.model.session import (
    FORMAT,
    LAYER_NAMES,
    LIMITS,
    VERSION,
    Session,
    SessionError,
    load_session,
    save_session,
    session_from_dict,
    session_to_dict,
    validate_field,
)
from numerics import CATALOGUE, DescentConfig, get_objective


def _rich_session() -> Session:
    return Session(
        function=None,
        formula="x0**2 + 3*x1**2",
        view_box=(-2.5, 1.0 / 3.0, -1e-3, 4.0),
        config=DescentConfig(optimizer="Adam", lr=0.0123456789012345, hyper=(("beta1", 0.85),), steps=777,
                             tol=1e-9, h=1e-5, scheme="richardson", analytic=False, escape_box=(-5.0, 5.0, -6.0, 6.0)),
        animation_speed=12.5,
        starts=((-3.0, 4.0), (0.1, 0.2), (1e-17, -2.0 / 3.0)),
        theme="dark",
        layers={**dict.fromkeys(LAYER_NAMES, True), "heatmap": False, "contours": False},
        arrow_mode="unit",
    )


def test_round_trip_through_a_file_is_exact(tmp_path):
    session = _rich_session()
    path = tmp_path / "s.json"
    save_session(path, session)
    back = load_session(path)
    assert back == session
    data = json.loads(path.read_text())
    assert data["format"] == FORMAT == "gradient-explorer-session" and data["version"] == VERSION == 3


def test_default_session_round_trips_and_is_a_catalogue_function(tmp_path):
    path = tmp_path / "d.json"
    save_session(path, Session())
    back = load_session(path)
    assert back == Session()
    assert back.function in CATALOGUE and back.formula is None


def test_instant_speed_is_stored_as_a_word(tmp_path):
    path = tmp_path / "fast.json"
    save_session(path, Session(animation_speed=math.inf))
    assert json.loads(path.read_text())["animation_speed"] == "instant"
    assert load_session(path).animation_speed == math.inf


def test_missing_optional_fields_take_defaults():
    session = session_from_dict({"format": FORMAT, "version": 1, "function": "rosenbrock"})
    assert session.function == "rosenbrock"
    assert session.config == DescentConfig() and session.starts == ()


def _with(path: str, value):
    """A valid session dict with one (possibly nested, dotted) field replaced."""
    data = session_to_dict(_rich_session())
    *parents, leaf = path.split(".")
    target = data
    for key in parents:
        target = target[key]
    target[leaf] = value
    return data


@pytest.mark.parametrize(
    "path, value, field",
    [
        ("descent.lr", 1000.0, "descent.lr"),  # above the GUI's 100
        ("descent.lr", 1e-9, "descent.lr"),  # below the GUI's 1e-6
        ("descent.lr", "0.1", "descent.lr"),  # wrong type
        ("descent.steps", 0, "descent.steps"),
        ("descent.steps", 1_000_001, "descent.steps"),
        ("descent.steps", 10.5, "descent.steps"),
        ("descent.steps", True, "descent.steps"),  # a bool is not a count
        ("descent.optimizer", "LBFGS", "descent.optimizer"),
        ("descent.scheme", "sideways", "descent.scheme"),
        ("descent.analytic", "yes", "descent.analytic"),
        ("descent.hyper", {"beta1": 5.0}, "descent.hyper.beta1"),  # Adam's own range
        ("descent.hyper", {"momentum": 0.9}, "descent.hyper.momentum"),  # not an Adam hyper-parameter
        ("descent.hyper", {"lr": 5.0}, "descent.hyper.lr"),  # η is not a hyper-parameter (issue 12, defect 3)
        ("descent.hyper", {"beta1": 10**400}, "descent.hyper.beta1"),
        ("descent.lr", 10**400, "descent.lr"),  # beyond float range: no OverflowError
        ("descent.lr", float("nan"), "descent.lr"),
        ("descent.lr", float("inf"), "descent.lr"),
        ("descent.lr", None, "descent.lr"),
        ("descent.steps", 10**400, "descent.steps"),
        ("descent.tol", -float("inf"), "descent.tol"),
        ("view_box", [0, 10**400, 0, 1], "view_box[1]"),
        ("starts", [[10**400, 0]], "starts[0][0]"),
        ("animation_speed", 10**400, "animation_speed"),
        ("animation_speed", float("nan"), "animation_speed"),
        ("log_heatmap", 1, "log_heatmap"),
        ("keep_paths", "yes", "keep_paths"),
        ("descent.escape_box", [1, 0, 0, 1], "descent.escape_box"),
        ("descent.surprise", 1, "descent.surprise"),
        ("formula", "x0 +* 2", "formula"),
        ("formula", "__import__('os').system('true')", "formula"),
        ("formula", 42, "formula"),
        ("function", "nope", "function"),
        ("view_box", [0, 1, 2], "view_box"),
        ("view_box", [1, 0, 0, 1], "view_box"),
        ("view_box", [0, 1e9, 0, 1], "view_box[1]"),
        ("animation_speed", -1, "animation_speed"),
        ("animation_speed", "fast", "animation_speed"),
        ("starts", [[0, 0], [1]], "starts[1]"),
        ("starts", [[0, "a"]], "starts[0][1]"),
        ("starts", [[0.0, 0.0]] * (int(LIMITS["starts"].high) + 1), "starts (count)"),
        ("theme", "solarized", "theme"),
        ("layers", {"field": "off"}, "layers.field"),
        ("layers", {"stars": True}, "layers"),
        ("arrow_mode", "wiggly", "arrow_mode"),
        ("version", 4, "version"),
        ("version", 10**400, "version"),
        ("version", "1", "version"),
        ("format", "something-else", "format"),
        ("extra", 1, "extra"),
    ],
)
def test_invalid_field_is_named(path, value, field):
    with pytest.raises(SessionError) as info:
        session_from_dict(_with(path, value))
    assert info.value.field == field
    assert str(info.value).startswith(field)


def test_unknown_function_lists_known_names():
    with pytest.raises(SessionError, match="rosenbrock"):
        session_from_dict({"format": FORMAT, "version": 1, "function": "rosenbrok"})


def test_function_and_formula_together_are_refused():
    data = _with("function", "sphere")  # the rich session has a formula
    with pytest.raises(SessionError, match="not both"):
        session_from_dict(data)
    with pytest.raises(SessionError) as info:
        session_from_dict({"format": FORMAT, "version": 1, "function": None})
    assert info.value.field == "function"


@pytest.mark.parametrize("text", ["NaN", "Infinity", "-Infinity"])
def test_non_finite_json_constants_are_refused(tmp_path, text):
    path = tmp_path / "nan.json"
    path.write_text(json.dumps(session_to_dict(_rich_session())).replace("12.5", text))
    with pytest.raises(SessionError, match="non-finite"):
        load_session(path)


@pytest.mark.parametrize("content", [b"{not json", b"", b"[1, 2]", b"\xff\xfe\x00garbage", b"[" * 100_000])
def test_corrupt_files_raise_session_error(tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(SessionError) as info:
        load_session(path)
    assert info.value.field == "session"


def test_missing_file_raises_session_error(tmp_path):
    with pytest.raises(SessionError, match="cannot read"):
        load_session(tmp_path / "absent.json")


def test_save_to_unwritable_place_keeps_nothing(tmp_path):
    with pytest.raises(OSError, match="cannot save"):
        save_session(tmp_path / "no-such-dir" / "s.json", Session())
    with pytest.raises(OSError, match="folder"):
        save_session(tmp_path, Session())
    assert list(tmp_path.iterdir()) == []


def test_invalid_session_is_never_written(tmp_path):
    path = tmp_path / "s.json"
    with pytest.raises(SessionError):
        save_session(path, Session(theme="neon"))
    assert not path.exists()


def test_validate_field_returns_typed_values():
    assert validate_field("descent.steps", 250.0) == 250 and isinstance(validate_field("descent.steps", 250.0), int)
    assert validate_field("view_box", [0, 1, 2, 3]) == (0.0, 1.0, 2.0, 3.0)
    with pytest.raises(SessionError):
        validate_field("no.such.field", 1)


def test_view_objective_and_descent_config_use_the_view_box():
    session = Session(function="rosenbrock", view_box=(-1.0, 1.0, -0.5, 1.5))
    objective = session.view_objective()
    assert objective.box == (-1.0, 1.0, -0.5, 1.5)
    assert objective.f is get_objective("rosenbrock").f
    assert session.descent_config().escape_box == (-1.0, 1.0, -0.5, 1.5)
    explicit = Session(config=DescentConfig(escape_box=(0.0, 1.0, 0.0, 1.0)))
    assert explicit.descent_config().escape_box == (0.0, 1.0, 0.0, 1.0)


def test_formula_session_objective_evaluates_the_formula():
    session = session_from_dict({"format": FORMAT, "version": 1, "formula": "x0**2 + 3*x1**2"})
    value = session.objective().value(np.array([[1.0, 2.0]]))
    np.testing.assert_allclose(value, [13.0])
