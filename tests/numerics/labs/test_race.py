"""The learning-rate race model reproduces the book's ch. 4.4.1 experiment."""

from __future__ import annotations

import numpy as np
import pytest

from numerics.functions import get_objective
from numerics.labs import book
from numerics.diagnosis import Verdict
from numerics.labs.race import (
    BOOK_RACE,
    RacePreset,
    nice_learning_rate,
    parse_learning_rate,
    positive_for_log,
    run_race,
    suggested_learning_rate,
)
from numerics.messages import Message
from numerics.numbers import NumberError


@pytest.fixture(scope="module")
def book_runs():
    return run_race()


def test_book_final_points(book_runs):
    assert [r.lr for r in book_runs] == [0.1, 10.0, 1e-10]
    for run in book_runs:
        # The book prints 9 significant digits.
        np.testing.assert_allclose(run.final, book.RACE_FINAL_POINTS[run.lr], rtol=1e-8)
        assert run.steps_taken == 100  # the book runs every step, also for η = 10


def test_book_verdicts(book_runs):
    # η = 0.1 reaches the minimum; η = 10 climbs until x ± h == x and the numerical gradient is
    # exactly 0 (the book's printed −2.58983747e+13); η = 1e−10 barely moves.
    assert [r.verdict for r in book_runs] == [Verdict.MINIMUM, Verdict.GRADIENT_LOST, Verdict.STEP_LIMIT]
    assert [str(r.label) for r in book_runs] == ["minimum", "gradient lost", "barely moved"]
    assert "x ± h equals x" in str(book_runs[1].diagnosis.message)


@pytest.mark.parametrize("steps", [99, 100, 101])
def test_eta_1_on_the_sphere_oscillates_whatever_the_step_count(steps):
    (run,) = run_race(RacePreset(steps=steps), learning_rates=[1.0])
    # x flips to −x: f at the end is f at the start (to the rounding of the numerical gradient).
    assert run.values[-1] == pytest.approx(run.values[0], rel=1e-9)
    assert run.verdict is Verdict.OSCILLATING and str(run.label) == "oscillating"
    assert run.diagnosis.eta_lambda == pytest.approx(2.0, rel=1e-6)


def test_the_suggested_rate_is_half_the_stability_limit_on_the_sphere():
    assert suggested_learning_rate(BOOK_RACE) == 0.5  # 1/λmax, λmax = 2
    (run,) = run_race(BOOK_RACE, learning_rates=[suggested_learning_rate(BOOK_RACE)])
    assert run.verdict is Verdict.MINIMUM


def test_nice_learning_rate_never_rounds_up():
    assert nice_learning_rate(0.004487) == 0.00448
    assert nice_learning_rate(0.49999999) == 0.5  # within rounding of the Hessian: what it means
    assert nice_learning_rate(0.0049999) == 0.00499


def test_paths_start_at_the_start_and_are_finite(book_runs):
    for run in book_runs:
        assert run.path.shape == (101, 2) and run.values.shape == (101,)
        assert tuple(run.path[0]) == BOOK_RACE.start
        assert np.isfinite(run.path).all() and np.isfinite(run.values).all()


def test_an_overflowing_rate_keeps_only_finite_points():
    # With the exact gradient η = 1000 multiplies x by −1999 per step: it overflows in ~95 steps.
    runs = run_race(RacePreset(analytic=True), learning_rates=[1000.0])
    run = runs[0]
    assert run.verdict is Verdict.DIVERGED and run.diagnosis.eta_max == pytest.approx(1.0)  # 2/λmax, λmax = 2
    assert np.isfinite(run.path).all() and np.isfinite(run.values).all()
    assert run.steps_taken < 100


def test_a_small_rate_is_still_descending_on_a_short_race():
    preset = RacePreset(steps=5)
    (run,) = run_race(preset, learning_rates=[0.01])
    assert run.verdict is Verdict.STEP_LIMIT and str(run.label) == "still descending"


def test_analytic_gradient_changes_the_diverged_lane():
    # The book's η = 10 final point comes from the numerical gradient's rounding at |x| ~ 1e13;
    # with the exact gradient x grows like 19^100 instead.
    (run,) = run_race(RacePreset(analytic=True), learning_rates=[10.0], objective=get_objective("sphere"))
    assert abs(run.final[0]) > 1e100
    assert run.verdict is Verdict.DIVERGED  # the exact gradient is never lost: it goes on diverging


@pytest.mark.parametrize("text, value", [("0.1", 0.1), (" 1e-10 ", 1e-10), ("η = 10", 10.0), ("1e−10", 1e-10)])
def test_parse_learning_rate(text, value):
    assert parse_learning_rate(text) == value


@pytest.mark.parametrize("text, words", [("", "type"), ("abc", "not a number"), ("-1", "positive"),
                                         ("0", "positive"), ("inf", "finite")])
def test_parse_learning_rate_refuses_with_a_reason(text, words):
    with pytest.raises(NumberError, match=words) as info:
        parse_learning_rate(text)
    assert isinstance(info.value.message, Message) and str(info.value.message) == str(info.value)


def test_run_race_refuses_a_bad_rate():
    with pytest.raises(ValueError, match="positive"):
        run_race(BOOK_RACE, learning_rates=[0.0])


def test_positive_for_log_drops_what_a_log_axis_cannot_show():
    idx, vals = positive_for_log(np.array([1.0, 0.0, np.inf, -2.0, 1e-300, np.nan]))
    assert idx.tolist() == [0, 4] and vals.tolist() == [1.0, 1e-300]


def test_clip_to_box_cuts_the_leaving_segment_at_the_boundary():
    from numerics.labs.race import clip_to_box

    box = (-1.0, 1.0, -1.0, 1.0)
    path = np.array([[0.0, 0.0], [0.5, 0.0], [10.0, 5.0], [1e13, 1e13]])
    clipped = clip_to_box(path, box, factor=2.0)
    assert clipped.shape == (3, 2)
    assert clipped[:2].tolist() == path[:2].tolist()
    assert clipped[2][0] == pytest.approx(2.0)  # on the grown box's edge x0 = 2
    assert clipped[2][1] == pytest.approx(1.5 / 9.5 * 5.0)  # along the segment
    inside = np.array([[0.0, 0.0], [0.5, 0.5]])
    assert clip_to_box(inside, box).tolist() == inside.tolist()
    assert clip_to_box(np.array([[5.0, 5.0], [0.0, 0.0]]), box, 2.0).shape == (0, 2)


# -- "is this the book's experiment?" (the race table's "the book" column) ----------------------

def test_the_book_preset_is_the_books_race_whatever_its_rates(book_runs):
    from numerics.labs.race import book_final_point, is_book_race

    assert is_book_race(BOOK_RACE)
    assert is_book_race(RacePreset(learning_rates=(0.5,), start=(-3, 4)))  # ints are the same start
    for run in book_runs:  # and what it prints is what the preset computes
        np.testing.assert_allclose(run.final, book_final_point(BOOK_RACE, run.lr), rtol=1e-8)
    assert book_final_point(BOOK_RACE, 0.5) is None  # the book has no such lane


@pytest.mark.parametrize("change", [
    {"objective": "bowl"}, {"start": (-3.0, 4.5)}, {"steps": 99}, {"optimizer": "Momentum"},
    {"analytic": True}, {"h": 1e-5}, {"scheme": "forward"}, {"hyper": (("momentum", 0.9),)},
], ids=lambda c: next(iter(c)))
def test_any_other_setting_is_not_the_books_race(change):
    from dataclasses import replace

    from numerics.labs.race import book_final_point, is_book_race

    preset = replace(BOOK_RACE, **change)
    assert not is_book_race(preset)
    assert book_final_point(preset, 0.1) is None
