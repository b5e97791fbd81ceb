"""Trajectory CSV: exact round trip, layout, atomic writes, readable failures."""

from __future__ import annotations

import io
import os

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from gui.model.trajectory_csv import (
    CSV_COLUMNS,
    Trajectory,
    TrajectoryCsvError,
    read_trajectories_csv,
    trajectories_from_result,
    write_trajectories_csv,
)


def _random_run(rng: np.random.Generator, run_id: int, n: int) -> Trajectory:
    # Values that need all 17 significant digits, tiny and huge exponents.
    xs = rng.standard_normal((n, 2)) * 10.0 ** rng.integers(-300, 300, (n, 2))
    return Trajectory(run_id, xs, rng.standard_normal(n) / 3.0, rng.standard_normal((n, 2)) * 1e-17)


def test_round_trip_is_bit_exact(tmp_path):
    rng = np.random.default_rng(7)
    runs = [_random_run(rng, 3, 5), _random_run(rng, 0, 1), _random_run(rng, 11, 40)]
    path = tmp_path / "paths.csv"
    write_trajectories_csv(path, runs)
    back = read_trajectories_csv(path)
    assert [r.run_id for r in back] == [3, 0, 11]
    for a, b in zip(runs, back):
        # tobytes: equality of every bit, not "close".
        assert a.xs.tobytes() == b.xs.tobytes()
        assert a.values.tobytes() == b.values.tobytes()
        assert a.grads.tobytes() == b.grads.tobytes()


finite = st.floats(allow_nan=False, allow_infinity=False)


@settings(max_examples=40, deadline=None)
@given(hnp.arrays(float, (4, 5), elements=finite))
def test_round_trip_any_finite_double(table):
    run = Trajectory(1, table[:, :2], table[:, 2], table[:, 3:])
    buffer = io.StringIO()
    write_trajectories_csv(buffer, [run])
    buffer.seek(0)
    (back,) = read_trajectories_csv(buffer)
    np.testing.assert_array_equal(back.xs, run.xs)
    np.testing.assert_array_equal(back.values, run.values)
    np.testing.assert_array_equal(back.grads, run.grads)


def test_layout_header_and_rows():
    buffer = io.StringIO()
    write_trajectories_csv(buffer, [(2, [[1.0, 2.0], [0.5, 0.25]], [5.0, 0.3125], [[2.0, 4.0], [1.0, 0.5]])])
    lines = buffer.getvalue().splitlines()
    # The path columns first, in their old order; then the run's settings and verdict.
    assert lines[0] == ",".join(CSV_COLUMNS) == "run,step,x0,x1,f,grad0,grad1,function,optimizer,lr,hyper,verdict"
    assert lines[1:] == ["2,0,1.0,2.0,5.0,2.0,4.0,,,,,", "2,1,0.5,0.25,0.3125,1.0,0.5,,,,,"]


def test_settings_and_verdict_are_repeated_on_every_row_and_read_back():
    runs = [Trajectory(1, [[1.0, 2.0], [0.5, 0.25]], [5.0, 0.3125], [[2.0, 4.0], [1.0, 0.5]], function="sphere",
                       optimizer="Momentum", lr=0.1, hyper=(("momentum", 0.9),), verdict="minimum"),
            Trajectory(2, [[1.0, 2.0]], [5.0], [[2.0, 4.0]], function="x0**2 - x1**2, the saddle",
                       optimizer="SGD", lr=5.0, verdict="unbounded")]
    buffer = io.StringIO()
    write_trajectories_csv(buffer, runs)
    lines = buffer.getvalue().splitlines()
    assert lines[1].endswith(",sphere,Momentum,0.1,momentum=0.9,minimum")
    assert lines[2].endswith(",sphere,Momentum,0.1,momentum=0.9,minimum")
    assert lines[3].endswith(',"x0**2 - x1**2, the saddle",SGD,5.0,,unbounded')  # quoted: it has a comma
    buffer.seek(0)
    back = read_trajectories_csv(buffer)
    for a, b in zip(runs, back):
        assert (b.run_id, b.function, b.optimizer, b.lr, b.hyper, b.verdict) == (
            a.run_id, a.function, a.optimizer, a.lr, a.hyper, a.verdict)
        np.testing.assert_array_equal(b.xs, a.xs)


def test_an_old_seven_column_file_still_reads():
    old = "run,step,x0,x1,f,grad0,grad1\n0,0,1.0,2.0,5.0,2.0,4.0\n0,1,0.5,0.25,0.3125,1.0,0.5\n"
    (run,) = read_trajectories_csv(io.StringIO(old))
    assert run.run_id == 0 and len(run) == 2 and run.values[1] == 0.3125
    assert (run.function, run.optimizer, run.lr, run.hyper, run.verdict) == ("", "", None, (), "")
    with pytest.raises(ValueError, match="expected 7 fields"):
        read_trajectories_csv(io.StringIO(old + "0,2,1,2,3,4,5,sphere\n"))
    with pytest.raises(ValueError, match="hyper must be name=value"):
        read_trajectories_csv(io.StringIO(",".join(CSV_COLUMNS) + "\n1,0,1,2,3,4,5,sphere,SGD,0.1,oops,minimum\n"))


def test_nan_gradient_survives_round_trip():
    buffer = io.StringIO()
    write_trajectories_csv(buffer, [(0, [[1.0, 2.0]], [np.inf], [[np.nan, 1.0]])])
    buffer.seek(0)
    (back,) = read_trajectories_csv(buffer)
    assert np.isnan(back.grads[0, 0]) and back.values[0] == np.inf


class _FakeResult:
    """Shaped like numerics.DescentResult: padded with NaN after a start stopped."""

    def __init__(self):
        self.xs = np.array([[[0.0, 1.0], [0.5, 0.5], [np.nan, np.nan]], [[2.0, 2.0], [1.0, 1.0], [0.5, 0.5]]])
        self.values = np.array([[1.0, 0.5, np.nan], [8.0, 2.0, 0.5]])
        self.grads = self.xs * 2.0
        self.n_points = np.array([2, 3])


def test_trajectories_from_result_drops_padding():
    runs = trajectories_from_result(_FakeResult(), run_ids=[7, 9])
    assert [r.run_id for r in runs] == [7, 9]
    assert [len(r) for r in runs] == [2, 3]
    assert np.isfinite(runs[0].xs).all()
    np.testing.assert_array_equal(runs[1].grads, _FakeResult().grads[1])


def test_unwritable_path_raises_readable_oserror(tmp_path):
    target = tmp_path / "missing-dir" / "out.csv"
    with pytest.raises(TrajectoryCsvError, match="missing-dir") as info:
        write_trajectories_csv(target, [(0, [[0.0, 0.0]], [0.0], [[0.0, 0.0]])])
    assert isinstance(info.value, OSError)
    with pytest.raises(TrajectoryCsvError, match="folder"):
        write_trajectories_csv(tmp_path, [])


def test_failed_write_keeps_old_file_and_leaves_no_temp(tmp_path):
    path = tmp_path / "keep.csv"
    path.write_text("precious")
    with pytest.raises(ValueError):
        write_trajectories_csv(path, [(0, [[0.0, 0.0]], [0.0, 1.0], [[0.0, 0.0]])])  # values too long
    assert path.read_text() == "precious"
    assert os.listdir(tmp_path) == ["keep.csv"]


@pytest.mark.parametrize(
    "text, message",
    [
        ("a,b\n", "header"),
        ("run,step,x0,x1,f,grad0,grad1\n0,0,1,2,3,4\n", "line 2"),
        ("run,step,x0,x1,f,grad0,grad1\n0,0,1,x,3,4,5\n", "not a number"),
        ("run,step,x0,x1,f,grad0,grad1\n0,1,1,2,3,4,5\n", "expected step 0"),
        ("run,step,x0,x1,f,grad0,grad1\n0,0,nan,2,3,4,5\n", "finite"),
    ],
)
def test_malformed_csv_names_the_problem(text, message):
    with pytest.raises(ValueError, match=message):
        read_trajectories_csv(io.StringIO(text))


def test_missing_file_raises_trajectory_error(tmp_path):
    with pytest.raises(TrajectoryCsvError, match="cannot read"):
        read_trajectories_csv(tmp_path / "nope.csv")
