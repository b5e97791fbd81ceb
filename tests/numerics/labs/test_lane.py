"""Lanes as jobs: the race and the comparison yield checkpoints and return what run_* return."""

from __future__ import annotations

import numpy as np
import pytest

from numerics.descent import DescentConfig, StopReason, run_descent
from numerics.functions import get_objective
from numerics.jobs import Progress
from numerics.labs.comparison import BOOK_CH6, iter_comparison
from numerics.labs.lane import CHECKPOINT_STEPS, iter_lane_path
from numerics.labs.race import BOOK_RACE, RacePreset, iter_race, run_race


def drain(job):
    """Every value a job yields, and what it returns."""
    yielded = []
    while True:
        try:
            yielded.append(next(job))
        except StopIteration as stop:
            return yielded, stop.value


def test_a_lane_collects_the_same_path_as_run_descent():
    obj = get_objective("rosenbrock")
    config = DescentConfig(lr=1e-3, steps=500, tol=0.0, escape_box=obj.box)
    yielded, lane = drain(iter_lane_path(obj, (-1.5, 2.0), config))
    expected = run_descent(obj, [[-1.5, 2.0]], config)
    np.testing.assert_array_equal(lane.xs, expected.path(0))
    np.testing.assert_array_equal(lane.values, expected.values[0, : len(lane.xs)])
    np.testing.assert_array_equal(lane.grads, expected.grads[0, : len(lane.xs)])
    assert lane.stop == StopReason.STEP_LIMIT
    assert yielded == [None] * (500 // CHECKPOINT_STEPS + 1)  # step 0 too


def test_a_diverging_lane_stops_at_its_last_finite_point():
    obj = get_objective("sphere")
    config = DescentConfig(lr=1.5, steps=5000, tol=0.0, escape_box=obj.box)
    _, lane = drain(iter_lane_path(obj, (1.0, 1.0), config))
    assert lane.stop == StopReason.DIVERGED and len(lane.xs) < 5001
    assert np.isfinite(lane.xs).all()


def test_the_race_job_reports_progress_and_returns_the_books_runs():
    preset = RacePreset(steps=20_000)
    yielded, runs = drain(iter_race(preset))
    assert all(v is None or isinstance(v, Progress) for v in yielded)
    marks = [float(v) for v in yielded if v is not None]
    assert 95 <= len(marks) <= 100 and marks == sorted(marks) and marks[-1] == 1.0
    # Checkpoints often enough to pause within a few ms: one per CHECKPOINT_STEPS steps per lane.
    assert len(yielded) >= 3 * 20_000 // CHECKPOINT_STEPS
    assert [r.lr for r in runs] == list(BOOK_RACE.learning_rates)
    assert [len(r.path) for r in runs] == [20_001] * 3


def test_the_race_job_refuses_a_bad_rate_before_any_work():
    job = iter_race(BOOK_RACE, learning_rates=[0.1, -1.0])
    with pytest.raises(ValueError, match="positive"):
        next(job)


def test_the_comparison_job_returns_every_enabled_contender():
    yielded, runs = drain(iter_comparison(BOOK_CH6))
    assert all(v is None or isinstance(v, Progress) for v in yielded)
    assert [r.contender.optimizer for r in runs] == [c.optimizer for c in BOOK_CH6.contenders if c.enabled]
    assert all(len(r.path) == BOOK_CH6.steps + 1 for r in runs)


def test_run_race_is_the_job_run_to_the_end():
    _, from_job = drain(iter_race(BOOK_RACE))
    direct = run_race(BOOK_RACE)
    for a, b in zip(from_job, direct):
        np.testing.assert_array_equal(a.path, b.path)
        assert a.verdict == b.verdict
