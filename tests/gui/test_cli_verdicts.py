"""The command line says how each run ended (numerics.diagnosis): every verdict reached on purpose,
from two different functions or starts, in the summary line and on every CSV row of the run."""

from __future__ import annotations

import json

import numpy as np
import pytest

from gui import cli
from gui.model.trajectory_csv import read_trajectories_csv
from numerics import CATALOGUE, DescentConfig, Verdict, get_objective, run_descent

#: Big enough that a run reaching |x| ≈ 1e7 is still "in" the 1000× escape box, with h so small
#: that x ± h == x there: the numerical gradient is lost before the run counts as escaped.
LOST = ("--lr", "10", "--h", "1e-10", "--box", "-1e5,1e5,-1e5,1e5", "--start", "-3,4")

CASES = {
    Verdict.MINIMUM: [("--function", "sphere", "--start", "1,1"),
                      ("--function", "himmelblau", "--start", "1,1.5")],  # with its own default η
    Verdict.SADDLE: [("--function", "saddle", "--start", "2,0"),
                     ("--formula", "x0**2 - x1**2", "--start", "2,0")],
    Verdict.MAXIMUM: [("--formula", "-(x0**2 + x1**2)", "--start", "0,0"),
                      ("--formula", "cos(x0)*cos(x1)", "--start", "0,0")],
    Verdict.PLATEAU: [("--function", "plateau", "--start", "3,3"),
                      ("--formula", "0*x0 + 2", "--start", "1,1")],
    Verdict.OSCILLATING: [("--function", "sphere", "--lr", "1", "--start", "-3,4"),
                          ("--formula", "x0**2 + 3*x1**2", "--lr", "0.3333333333333333", "--start", "1,1")],
    Verdict.DIVERGED: [("--function", "sphere", "--lr", "5", "--start", "1,1"),
                       ("--function", "rosenbrock", "--lr", "10", "--start", "-1,2")],
    Verdict.UNBOUNDED: [("--function", "saddle", "--start", "2,0.1"),
                        ("--formula", "x0**2 - x1**2", "--start", "-1,-0.5")],
    Verdict.GRADIENT_LOST: [("--function", "sphere", "--numerical", *LOST), ("--formula", "x0**2 + x1**2", *LOST)],
    Verdict.STEP_LIMIT: [("--function", "sphere", "--lr", "1e-6", "--start", "1,1"),
                         ("--function", "rosenbrock", "--steps", "10", "--start", "-1.5,2")],
}


def _csv_run(tmp_path, capsys, *args: str):
    table = tmp_path / "runs.csv"
    assert cli.main([*args, "--export-csv", str(table)]) == 0
    out = capsys.readouterr().out
    return read_trajectories_csv(table), table.read_text().splitlines(), out


@pytest.mark.parametrize("verdict, args", [(v, a) for v, cases in CASES.items() for a in cases],
                         ids=lambda p: p.value if isinstance(p, Verdict) else " ".join(p))
def test_each_verdict_reaches_the_summary_and_every_csv_row(tmp_path, capsys, verdict, args):
    (run,), lines, out = _csv_run(tmp_path, capsys, *args)
    assert run.run_id == 1 and run.verdict == verdict.value
    assert all(line.endswith("," + verdict.value) for line in lines[1:])  # repeated on every row
    assert out.startswith("run 1: ") and f"steps: {verdict.value} — " in out


def test_oscillating_on_the_sphere_with_eta_1_whatever_the_step_count(tmp_path, capsys):
    for steps in ("99", "100"):
        (run,), _, out = _csv_run(tmp_path, capsys, "--lr", "1", "--steps", steps, "--tol", "0", "--start", "-3,4")
        assert run.verdict == "oscillating" and "η·λmax = 2" in out
        assert run.values[-1] == run.values[0] == 25.0  # f at the end equals f at the start


def test_the_csv_names_each_runs_function_optimizer_and_settings(tmp_path, capsys):
    runs, lines, _ = _csv_run(tmp_path, capsys, "--formula", "x0**2 - x1**2", "--optimizer", "Momentum",
                              "--hyper", "momentum=0.5", "--lr", "0.05", "--start", "2,0", "--start", "2,0.1")
    assert lines[0] == "run,step,x0,x1,f,grad0,grad1,function,optimizer,lr,hyper,verdict"
    assert [(r.run_id, r.function, r.optimizer, r.lr, r.hyper) for r in runs] == [
        (1, "x0**2 - x1**2", "Momentum", 0.05, (("momentum", 0.5),)),
        (2, "x0**2 - x1**2", "Momentum", 0.05, (("momentum", 0.5),))]
    assert [r.verdict for r in runs] == ["saddle", "unbounded"]


def test_a_new_function_brings_its_default_eta_unless_given(tmp_path, capsys):
    (run,), _, _ = _csv_run(tmp_path, capsys, "--function", "rosenbrock", "--start", "-1.5,2")
    assert run.lr == CATALOGUE["rosenbrock"].default_lr
    assert len(run) - 1 <= CATALOGUE["rosenbrock"].default_steps and run.verdict == "minimum"
    (run,), _, _ = _csv_run(tmp_path, capsys, "--function", "rosenbrock", "--lr", "0.002", "--start", "-1.5,2")
    assert run.lr == 0.002


def _session_with_runs(path, runs):
    path.write_text(json.dumps({"format": "gradient-explorer-session", "version": 3, "function": "sphere",
                                "runs": runs}))


def _run_record(function, start, lr, steps, shown, verdict):
    return {"start": list(start), "function": function, "formula": None, "box": None,
            "descent": {"optimizer": "SGD", "lr": lr, "steps": steps, "escape_box": list(CATALOGUE[function].box)},
            "steps": shown, "verdict": verdict}


def test_a_sessions_runs_keep_their_own_settings_and_cancelled_runs_stop_where_they_were(tmp_path, capsys):
    session = tmp_path / "s.json"
    _session_with_runs(session, [
        _run_record("sphere", (1.0, 1.0), 5.0, 100, 3, "diverged"),
        _run_record("sphere", (-3.0, 4.0), 1e-3, 1000, 5, "cancelled"),
        _run_record("himmelblau", (1.0, 1.5), 0.01, 300, 0, "cancelled"),
    ])
    runs, lines, out = _csv_run(tmp_path, capsys, "--session", str(session))
    assert [(r.run_id, r.function, r.lr, r.verdict) for r in runs] == [
        (1, "sphere", 5.0, "diverged"), (2, "sphere", 1e-3, "cancelled"), (3, "himmelblau", 0.01, "cancelled")]
    assert [len(r) for r in runs] == [4, 6, 1]  # the cancelled runs stop at steps 5 and 0
    sphere = get_objective("sphere")
    expected = run_descent(sphere, np.array([[-3.0, 4.0]]), DescentConfig(lr=1e-3, steps=1000,
                                                                          escape_box=sphere.box))
    np.testing.assert_array_equal(runs[1].xs, expected.xs[0, :6])  # the same steps, cut where cancelled
    assert "run 2: (-3, 4)" in out and "steps: cancelled — Cancelled at step 5" in out
    # New starts on the command line are new runs, with the session's (or the given) settings.
    runs, _, _ = _csv_run(tmp_path, capsys, "--session", str(session), "--start", "1,1", "--lr", "5")
    assert [(r.run_id, r.lr, r.verdict) for r in runs] == [(1, 5.0, "diverged")]
