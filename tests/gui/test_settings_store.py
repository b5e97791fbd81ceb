"""Settings store: round trip, and a damaged settings file loses only its bad values."""

from __future__ import annotations

import logging
import math

import pytest
from PySide6.QtCore import QSettings

from gui.model.session import LAYER_NAMES, Session
from gui.settings_store import AppSettings, load_settings, save_settings
from numerics import DescentConfig


def _ini(path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def _custom() -> AppSettings:
    panel = Session(
        function="himmelblau",
        view_box=(-4.0, 4.0, -4.5, 4.5),
        config=DescentConfig(optimizer="Momentum", lr=0.0125, hyper=(("momentum", 0.75),), steps=4321,
                             tol=1e-10, h=1e-6, scheme="forward", analytic=False),
        animation_speed=math.inf,
        theme="dark",
        layers={**dict.fromkeys(LAYER_NAMES, True), "contours": False},
        arrow_mode="unit",
    )
    return AppSettings(geometry=b"\x01\xd9\xd0\xcb\x00geometry", window_state=b"\x00\xff state", panel=panel)


def test_round_trip_through_an_ini_file(tmp_path):
    path = tmp_path / "s.ini"
    save_settings(_ini(path), _custom())
    loaded = load_settings(_ini(path))  # a fresh QSettings: really read back from disk
    assert loaded.warnings == ()
    assert loaded.panel == _custom().panel
    assert loaded.geometry == _custom().geometry and loaded.window_state == _custom().window_state


def test_empty_settings_give_defaults(tmp_path):
    loaded = load_settings(_ini(tmp_path / "none.ini"))
    assert loaded == AppSettings()


def test_starts_are_not_remembered(tmp_path):
    path = tmp_path / "s.ini"
    save_settings(_ini(path), AppSettings(panel=Session(starts=((1.0, 2.0),))))
    assert load_settings(_ini(path)).panel.starts == ()


def _corrupt(path, **raw_lines: str) -> None:
    """Overwrite chosen keys of the [panel] group with raw INI text, as a damaged file would hold."""
    text = path.read_text()
    for key, raw in raw_lines.items():
        lines = [ln for ln in text.splitlines() if not ln.startswith(f"{key}=")]
        index = lines.index("[panel]") + 1
        lines.insert(index, f"{key}={raw}")
        text = "\n".join(lines) + "\n"
    path.write_text(text)


@pytest.mark.parametrize(
    "key, raw, attribute, default",
    [
        ("descent.lr", "1000", ("config", "lr"), DescentConfig().lr),  # out of range
        ("descent.lr", "abc", ("config", "lr"), DescentConfig().lr),  # not JSON
        ("descent.lr", "NaN", ("config", "lr"), DescentConfig().lr),  # non-finite
        ("descent.steps", "0", ("config", "steps"), DescentConfig().steps),
        ("descent.scheme", '"\\"sideways\\""', ("config", "scheme"), DescentConfig().scheme),
        ("theme", '"\\"neon\\""', ("theme",), "light"),
        ("view_box", '"[1, 0, 0, 1]"', ("view_box",), None),
        ("view_box", "1, 2, 3, 4", ("view_box",), None),  # bare commas: QSettings hands back a list
        ("function", '"\\"nope\\""', ("function",), Session().function),
        ("animation_speed", "-5", ("animation_speed",), Session().animation_speed),
    ],
)
def test_one_bad_value_falls_back_alone(tmp_path, caplog, key, raw, attribute, default):
    path = tmp_path / "s.ini"
    save_settings(_ini(path), _custom())
    _corrupt(path, **{key: raw})
    with caplog.at_level(logging.WARNING, logger="gui.settings_store"):
        loaded = load_settings(_ini(path))
    value = loaded.panel
    for name in attribute:
        value = getattr(value, name)
    assert value == default
    assert len(loaded.warnings) == 1 and loaded.warnings[0].startswith(key)
    assert key in caplog.text
    # Everything else survived.
    expected = _custom().panel
    assert loaded.panel.arrow_mode == expected.arrow_mode
    assert loaded.panel.layers == expected.layers
    if key != "theme":
        assert loaded.panel.theme == "dark"
    if not key.startswith("descent."):
        assert loaded.panel.config == expected.config
    assert loaded.geometry == _custom().geometry


def test_clashing_values_drop_the_hyper_parameters_only(tmp_path):
    path = tmp_path / "s.ini"
    save_settings(_ini(path), _custom())
    _corrupt(path, **{"descent.optimizer": '"\\"Adam\\""'})  # Adam has no "momentum"
    loaded = load_settings(_ini(path))
    assert loaded.panel.config.optimizer == "Adam" and loaded.panel.config.hyper == ()
    assert loaded.panel.config.lr == 0.0125 and loaded.panel.config.steps == 4321
    assert len(loaded.warnings) == 1 and "hyper" in loaded.warnings[0]


def test_garbage_file_loses_everything_but_does_not_raise(tmp_path):
    path = tmp_path / "s.ini"
    path.write_bytes(b"\x00\xff\xfe[[[panel\n=descent.lr\x00=\n\xff" * 50)
    loaded = load_settings(_ini(path))
    assert loaded.panel == Session()
    assert loaded.geometry is None


def test_geometry_that_is_not_bytes_falls_back(tmp_path):
    path = tmp_path / "s.ini"
    save_settings(_ini(path), _custom())
    text = path.read_text().splitlines()
    text = [ln if not ln.startswith("geometry=") else "geometry=hello" for ln in text]
    path.write_text("\n".join(text) + "\n")
    loaded = load_settings(_ini(path))
    assert loaded.geometry is None and loaded.window_state == _custom().window_state
    assert loaded.panel == _custom().panel
    assert any("geometry" in w for w in loaded.warnings)


@pytest.mark.parametrize(
    "key, raw, reason",
    [
        ("descent.steps", "1" + "0" * 400, "must be a whole number between 1 and 1e6, got a whole number of 401 digits"),
        ("descent.steps", "9" * 5000, "got a whole number of 5000 digits"),  # json.loads alone raises here
        ("descent.lr", "1" + "0" * 400, "must be a number between 1e−6 and 100, got a whole number of 401 digits"),
        ("descent.lr", "NaN", "the non-finite number NaN is not allowed"),
        ("descent.lr", "1e400", "must be a number between 1e−6 and 100, got infinity"),
        ("descent.lr", "abc", "not valid JSON (line 1, column 1: Expecting value)"),
        ("descent.lr", "true", "must be a number between 1e−6 and 100, got true"),
        ("descent.tol", '"\\"1e-3\\""', "must be a number between 0 and 1, got the text “1e-3”"),
        ("descent.hyper", '"{\\"lr\\": 5}"', "“lr” is the learning rate η"),  # issue 12, defect 3
        ("descent.hyper", '"{\\"momentum\\": 1e999}"', "must be a finite number, got infinity"),
        ("theme", '"\\"neon\\""', "must be one of light, dark, got the text “neon”"),
        ("view_box", "1, 2, 3, 4", "unreadable value"),
        ("keep_paths", "1", "must be true or false, got 1"),
    ],
)
def test_a_dropped_setting_says_the_real_reason(tmp_path, key, raw, reason):
    path = tmp_path / "s.ini"
    save_settings(_ini(path), _custom())
    _corrupt(path, **{key: raw})
    loaded = load_settings(_ini(path))
    assert len(loaded.warnings) == 1
    warning = loaded.warnings[0]
    assert warning.startswith(f"{key}") and reason in warning and warning.endswith("using the default")
    assert len(warning) < 200  # a 5000-digit value is described, not quoted
    assert loaded.panel.theme == ("light" if key == "theme" else "dark")  # the rest survived


def test_log_heatmap_and_keep_paths_are_remembered(tmp_path):
    path = tmp_path / "s.ini"
    settings = AppSettings(panel=Session(function="rosenbrock", log_heatmap=False, keep_paths=True))
    save_settings(_ini(path), settings)
    assert load_settings(_ini(path)).panel == settings.panel


def test_a_value_too_long_is_dropped_before_parsing_with_its_length(tmp_path):
    """Settings values are read with a size limit (issue 12, defect 6): 20,000 characters of
    hyper-parameters are not parsed, only reported."""
    path = tmp_path / "s.ini"
    save_settings(_ini(path), _custom())
    huge = '"{' + ", ".join(f'\\"k{i}\\": 1' for i in range(2000)) + '}"'
    _corrupt(path, **{"descent.hyper": huge})
    loaded = load_settings(_ini(path))
    assert len(loaded.warnings) == 1
    assert loaded.warnings[0].startswith("descent.hyper: a value of ") and "(the most is 16,384)" in loaded.warnings[0]
    assert loaded.panel.config.hyper == ()  # the default, not 2,000 unknown names
    assert loaded.panel.config.lr == _custom().panel.config.lr
