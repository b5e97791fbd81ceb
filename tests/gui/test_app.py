"""gui.app: the window the command line opens, with the session its options describe.

The window is built exactly as ``run_app`` builds it (``create_window``) but never shown and no
event loop is entered: the runs are computed by the window's worker and revealed by its timer,
which pytest-qt's waits drive.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSettings

from gui import cli
from gui.app import create_window
from gui.model.session import Session
from numerics import DescentConfig, get_objective, run_descent


@pytest.fixture
def qsettings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _window_from_command_line(qtbot, argv, qsettings):
    args = cli.parse_args(argv)
    window = create_window(cli.window_session(args, argv), qsettings)
    qtbot.addWidget(window)
    return window


def test_command_line_options_open_the_window_on_their_view(qtbot, qsettings):
    argv = ["--function", "himmelblau", "--lr", "0.01", "--steps", "12", "--start", "1,1", "--start", "-3,3",
            "--theme", "dark"]
    window = _window_from_command_line(qtbot, argv, qsettings)
    try:
        assert window.controls.objective().name == "himmelblau"
        assert window.controls.lr_field.value() == 0.01
        assert window.controls.config().steps == 12
        assert window.theme.name == "dark"
        assert [tuple(run.start) for run in window.runs.runs.values()] == [(1.0, 1.0), (-3.0, 3.0)]
        qtbot.waitUntil(lambda: all(run.ended for run in window.runs.runs.values()), timeout=10_000)
        himmelblau = get_objective("himmelblau")
        expected = run_descent(himmelblau, np.array([[1.0, 1.0], [-3.0, 3.0]]),
                               DescentConfig(lr=0.01, steps=12, escape_box=himmelblau.box))
        for i, run in enumerate(window.runs.runs.values()):
            np.testing.assert_allclose(run.xs, expected.path(i), rtol=1e-12)
        assert window.run_table.model().rowCount() == 2
    finally:
        window.close()
    assert not window.runs.worker_thread.isRunning()


def test_a_formula_and_box_from_the_command_line(qtbot, qsettings):
    argv = ["--formula", "x0**2 + 3*x1**2", "--box=-1,1,-2,2"]
    window = _window_from_command_line(qtbot, argv, qsettings)
    try:
        objective = window.controls.objective()
        assert objective.name == "formula" and objective.formula == "x0**2 + 3*x1**2"
        assert tuple(objective.box) == (-1.0, 1.0, -2.0, 2.0)
        assert window.runs.runs == {}
    finally:
        window.close()


def test_without_view_options_the_remembered_settings_stay(qtbot, qsettings):
    first = create_window(Session(function="rosenbrock", config=DescentConfig(lr=0.002)), qsettings)
    qtbot.addWidget(first)
    first.close()  # saves its settings
    window = _window_from_command_line(qtbot, [], qsettings)
    try:
        assert window.controls.objective().name == "rosenbrock"
        assert window.controls.lr_field.value() == 0.002
    finally:
        window.close()


@pytest.mark.parametrize(
    "key, raw",
    [
        ("descent.steps", "1" + "0" * 400),  # issue 12, defect 2: the app used to exit 1 at every start
        ("descent.steps", "9" * 5000),
        ("descent.hyper", '"{\\"lr\\": 5}"'),  # issue 12, defect 3: TypeError at start-up
        ("descent.lr", "NaN"),
        ("formula", '"\\"x0+\\\\ud800\\""'),  # a lone surrogate
        ("function", "[[[["),
        ("animation_speed", "-1e999"),
    ],
)
def test_a_bad_setting_is_dropped_and_the_app_starts(qtbot, tmp_path, key, raw):
    from gui.settings_store import AppSettings, save_settings

    path = tmp_path / "settings.ini"
    save_settings(QSettings(str(path), QSettings.Format.IniFormat),
                  AppSettings(panel=Session(function="himmelblau", config=DescentConfig(lr=0.01))))
    lines = [ln for ln in path.read_text().splitlines() if not ln.startswith(f"{key}=")]
    lines.insert(lines.index("[panel]") + 1, f"{key}={raw}")
    path.write_text("\n".join(lines) + "\n")
    window = create_window(None, QSettings(str(path), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    try:
        message = window.statusBar().currentMessage()
        assert "unusable" in message and key in message and "using the default" in message
        assert len(message) < 400
        default = Session()
        if key == "descent.lr":
            assert window.state.lr == default.config.lr
        else:
            assert window.state.lr == 0.01  # the other remembered values survived
        if key not in ("function", "formula"):
            assert window.state.function == "himmelblau"
    finally:
        window._persist_to = None
        window.close()
