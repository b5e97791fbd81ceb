"""Command line: headless exports in real subprocesses, every input error as one line + exit 2."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import types
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest

from gui import cli
from gui.model.session import Session, save_session
from gui.model.trajectory_csv import read_trajectories_csv
from numerics import DescentConfig, get_objective, run_descent

ROOT = Path(__file__).resolve().parents[2]
MAIN = ROOT / "main.py"


def _run_main(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(MAIN), *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=timeout)


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    return struct.unpack(">II", data[16:24])


# ---------------------------------------------------------------- success paths (subprocesses)


def test_png_export_with_runs_and_csv(tmp_path):
    image, table = tmp_path / "view.png", tmp_path / "runs.csv"
    done = _run_main("--export", str(image), "--export-csv", str(table), "--size", "320x240", "--scale", "2",
                     "--start", "-3,4", "--start", "0.5,-1.25", "--lr", "0.05", "--steps", "40")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert _png_size(image) == (640, 480)  # --size × --scale

    runs = read_trajectories_csv(table)
    assert [r.run_id for r in runs] == [1, 2]  # numbered from 1, as in the window
    starts = np.array([[-3.0, 4.0], [0.5, -1.25]])
    np.testing.assert_array_equal([r.xs[0] for r in runs], starts)  # each run starts exactly at its start
    sphere = get_objective("sphere")
    config = DescentConfig(lr=0.05, steps=40, escape_box=sphere.box)
    expected = run_descent(sphere, starts, config)
    for i, run in enumerate(runs):
        n = int(expected.n_points[i])
        assert len(run) == n
        np.testing.assert_array_equal(run.xs, expected.xs[i, :n])
        np.testing.assert_array_equal(run.values, expected.values[i, :n])
        np.testing.assert_array_equal(run.grads, expected.grads[i, :n])
    assert "run 1: (-3, 4)" in done.stdout


def _pixels(path: Path) -> np.ndarray:
    from PySide6.QtGui import QImage

    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3).astype(float)


def test_scale_2_is_the_same_picture_with_twice_the_pixels(tmp_path):
    args = ("--function", "himmelblau", "--start", "0,0", "--size", "300x240")
    for scale in ("1", "2"):
        done = _run_main(*args, "--scale", scale, "--export", str(tmp_path / f"x{scale}.png"))
        assert done.returncode == 0, done.stderr
    small, big = _pixels(tmp_path / "x1.png"), _pixels(tmp_path / "x2.png")
    assert big.shape == (480, 600, 3) and small.shape == (240, 300, 3)
    halved = big.reshape(240, 2, 300, 2, 3).mean(axis=(1, 3))
    # Text hinting and anti-aliasing differ between resolutions (measured: mean |Δ| ≈ 9 of 255);
    # the 2x picture cropped to its top-left quarter, as a DPR bug once made it, gives ≈ 47.
    assert np.abs(halved - small).mean() < 20.0


def test_lab_export_runs_the_preset_at_the_requested_size(tmp_path):
    image = tmp_path / "race.png"
    done = _run_main("--lab", "lr-race", "--export", str(image), "--size", "720x540")
    assert done.returncode == 0, done.stderr
    assert _png_size(image) == (720, 540)  # the figure itself, without the lab's controls
    assert done.stderr == ""


def test_svg_export_of_a_formula_in_the_dark_theme(tmp_path):
    image = tmp_path / "view.svg"
    done = _run_main("--export", str(image), "--formula", "x0**2 + 3*x1**2", "--theme", "dark",
                     "--start", "-2,1", "--size", "400x300")
    assert done.returncode == 0, done.stderr
    root = ET.parse(image).getroot()
    assert root.tag.endswith("svg")
    paths = [el for el in root.iter() if el.tag.endswith("path") or el.tag.endswith("polyline")]
    assert len(paths) > 10


@pytest.mark.parametrize("args, message", [
    (["--formula", "x0 +* 2"], "--formula: "),
    (["--export", "{tmp}/out.jpg"], "unknown image format"),
])
def test_errors_in_a_real_process_are_one_line_without_traceback(tmp_path, args, message):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    if "--export" not in args:
        args += ["--export", str(tmp_path / "x.png")]
    done = _run_main(*args)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("gradient-explorer: error: ") and message in lines[0]
    assert list(tmp_path.iterdir()) == []


def test_help_and_syntax_errors_do_not_import_qt():
    # A syntax error (argparse's business) stays light; reading the numbers themselves needs
    # numerics (the one number reader and validation path), hence numpy.
    code = ("import sys; sys.argv = ['main.py']; import main; import contextlib, io\n"
            "with contextlib.redirect_stderr(io.StringIO()):\n"
            "    rc = main.main(['--start', '1'])\n"
            "print(rc, 'PySide6' in sys.modules, 'numpy' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["2", "False", "False"]


# ---------------------------------------------------------------- help and input errors (in process)


def test_help_exits_zero_and_mentions_every_option(capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["--help"])
    assert info.value.code == 0
    text = capsys.readouterr().out
    for action in cli.build_parser()._actions:
        for option in action.option_strings:
            assert option in text
    for needed in ("--export", "--export-csv", "--function", "--formula", "--start", "--lr", "--steps",
                   "--optimizer", "--size", "--scale", "--theme", "--lab", "examples:"):
        assert needed in text


def _error_line(capsys, argv) -> str:
    assert cli.main(argv) == 2
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("gradient-explorer: error: ")
    return lines[0]


@pytest.mark.parametrize(
    "argv, needle",
    [
        (["--function", "nope"], "known functions: sphere"),
        (["--formula", "x0 +* 2"], "--formula"),
        (["--formula", "__import__('os')"], "--formula"),
        (["--lr", "abc"], "--lr: “abc” is not a number"),
        (["--lr", "1000"], "--lr"),
        (["--lr", "1e-9"], "--lr"),
        (["--lr", "nan"], "finite"),
        (["--steps", "0"], "--steps"),
        (["--steps", "1000001"], "--steps"),
        (["--steps", "2.5"], "whole number"),
        (["--start", "1"], "X0,X1"),
        (["--start", "1,abc"], "--start: “abc” is not a number"),
        (["--start", "inf,0"], "finite"),
        (["--box", "1,0,0,1"], "--box"),
        (["--optimizer", "LBFGS"], "--optimizer"),
        (["--optimizer", "Adam", "--hyper", "momentum=0.9"], "momentum"),
        (["--hyper", "beta1"], "NAME=VALUE"),
        (["--scheme", "sideways"], "--scheme"),
        (["--theme", "neon"], "--theme"),
        (["--size", "10x10"], "16"),
        (["--size", "big"], "WxH"),
        (["--scale", "3"], "--scale"),
        (["--function", "sphere", "--formula", "x0"], "not allowed"),
        (["--unknown-option"], "unrecognized"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(capsys, tmp_path, argv, needle):
    image = tmp_path / "out.png"
    line = _error_line(capsys, [*argv, "--export", str(image)])
    assert needle in line
    assert not image.exists()


@pytest.mark.parametrize(
    "make_target, needle",
    [
        (lambda tmp: tmp / "missing" / "out.png", "does not exist"),
        (lambda tmp: (tmp / "dir.png").mkdir() or tmp / "dir.png", "it is a folder, not a file"),
        # a path under a regular file: refused whoever runs the tests (root included)
        (lambda tmp: (tmp / "file.txt").write_text("x") and tmp / "file.txt" / "out.png", "file.txt is not a folder"),
    ],
)
def test_unwritable_paths_fail_before_any_work(capsys, tmp_path, make_target, needle):
    target = make_target(tmp_path)
    assert needle in _error_line(capsys, ["--export", str(target), "--start", "1,1"])
    assert needle in _error_line(capsys, ["--export-csv", str(target), "--start", "1,1"])


@pytest.mark.parametrize(
    "argv, needle",
    [
        # Integers of any size are compared exactly: no OverflowError, the range is named.
        (["--steps", "1" + "0" * 400], "--steps: must be a whole number between 1 and 1e6, got a whole number of 401 digits"),
        (["--steps", "9" * 5000], "--steps: must be a whole number between 1 and 1e6, got a whole number of 5000 digits"),
        (["--lr", "1" + "0" * 400], "--lr: must be a number between 1e−6 and 100, got a whole number of 401 digits"),
        (["--start", "1" + "0" * 400 + ",0"], "--start: must be a number between −1e6 and 1e6"),
        (["--hyper", "momentum=" + "1" * 400, "--optimizer", "Momentum"], "--hyper: must be a finite number"),
        (["--lr", "1e400"], "--lr: “1e400” is too large"),
        (["--lr", "-inf"], "--lr: “-inf” is not a finite number; expected a number between 1e−6 and 100"),
        (["--tol", "nan"], "--tol: “nan” is not a finite number; expected a number between 0 and 1"),
        (["--steps", "1e-400"], "--steps: “1e-400” is too close to 0"),
        # "lr" is not a hyper-parameter: refused with the reason, no TypeError (issue 12, defect 3).
        (["--hyper", "lr=5"], "--hyper: “lr” is the learning rate η"),
        (["--optimizer", "Adam", "--hyper", "momentum=0.9"], "Adam has no hyper-parameter “momentum” (it takes: beta1, beta2)"),
    ],
)
def test_numbers_are_refused_naming_the_option_and_the_range(capsys, tmp_path, argv, needle):
    image = tmp_path / "out.png"
    line = _error_line(capsys, [*argv, "--export", str(image)])
    assert needle in line
    assert len(line) < 300  # a 5000-digit number is described, not printed
    assert not image.exists()


def test_bad_extension_and_options_that_need_export(capsys, tmp_path):
    assert "unknown image format '.jpg'" in _error_line(capsys, ["--export", str(tmp_path / "a.jpg")])
    assert "has no extension" in _error_line(capsys, ["--export", str(tmp_path / "a")])
    assert "--size needs --export" in _error_line(capsys, ["--size", "100x100"])
    assert "--lab needs --export" in _error_line(capsys, ["--lab", "race", "--export-csv", str(tmp_path / "a.csv")])
    assert "no runs" in _error_line(capsys, ["--export-csv", str(tmp_path / "a.csv")])


def test_lab_errors(capsys, tmp_path):
    image = str(tmp_path / "lab.png")
    assert "known labs: derivative" in _error_line(capsys, ["--lab", "nope", "--export", image])
    assert "--function does not apply to --lab" in _error_line(
        capsys, ["--lab", "lr-race", "--export", image, "--function", "rosenbrock"])
    assert "--export-csv does not apply to --lab" in _error_line(
        capsys, ["--lab", "lr-race", "--export", image, "--export-csv", str(tmp_path / "a.csv")])
    assert list(tmp_path.iterdir()) == []


def test_bad_session_file_is_named(capsys, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{oops")
    assert "--session: " in _error_line(capsys, ["--session", str(bad), "--export", str(tmp_path / "a.png")])


# ---------------------------------------------------------------- headless CSV without Qt (in process)


def test_csv_only_export_with_negative_numbers_and_session_base(capsys, tmp_path):
    session_file = tmp_path / "s.json"
    save_session(session_file, Session(function="himmelblau", config=DescentConfig(optimizer="Momentum", lr=0.01,
                                                                                   hyper=(("momentum", 0.5),))))
    table = tmp_path / "runs.csv"
    # "--start -1,2" (no "="): negative values must not be taken for options.
    assert cli.main(["--session", str(session_file), "--start", "-1,2", "--steps", "30", "--export-csv", str(table)]) == 0
    (run,) = read_trajectories_csv(table)
    himmelblau = get_objective("himmelblau")
    config = DescentConfig(optimizer="Momentum", lr=0.01, hyper=(("momentum", 0.5),), steps=30, escape_box=himmelblau.box)
    expected = run_descent(himmelblau, np.array([[-1.0, 2.0]]), config)
    np.testing.assert_array_equal(run.xs, expected.path(0))
    assert "wrote" in capsys.readouterr().out


def test_changing_the_optimizer_drops_the_sessions_hyper_parameters(tmp_path):
    session_file = tmp_path / "s.json"
    save_session(session_file, Session(config=DescentConfig(optimizer="Momentum", hyper=(("momentum", 0.5),))))
    args = cli.parse_args(["--session", str(session_file), "--optimizer", "Adam", "--hyper", "beta1=0.8",
                           "--export-csv", str(tmp_path / "a.csv")])
    session = cli.session_from_args(args)
    assert session.config.optimizer == "Adam" and session.config.hyper == (("beta1", 0.8),)


def test_without_export_options_the_window_opens(monkeypatch, capsys):
    calls = []
    fake = types.ModuleType("gui.app")
    fake.run_app = lambda argv, session=None, **_options: calls.append((list(argv), session)) or 0
    monkeypatch.setitem(sys.modules, "gui.app", fake)
    assert cli.main([]) == 0
    assert calls[-1][1] is None  # no view option: the window keeps its remembered settings
    assert cli.main(["--function", "himmelblau", "--lr", "0.01", "--start", "-3,3"]) == 0
    session = calls[-1][1]
    assert session.function == "himmelblau" and session.config.lr == 0.01 and session.starts == ((-3.0, 3.0),)
    # Bad view options fail before any window, like for an export.
    assert "--lr: must be a number between 1e−6 and 100, got 1000" in _error_line(capsys, ["--lr", "1000"])
    # Options that only shape an exported image are refused, not silently ignored.
    assert "--size needs --export" in _error_line(capsys, ["--size", "100x100"])
    assert "--scale needs --export" in _error_line(capsys, ["--scale", "2", "--function", "rosenbrock"])
    assert "--size needs --export" in _error_line(capsys, ["--size", "100x100", "--export-csv", "a.csv",
                                                           "--start", "1,1"])
    assert len(calls) == 2
