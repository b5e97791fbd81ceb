"""Tests for numerics/diagnosis.py: every verdict reached on purpose, from two functions or starts.

Runs go through the real runner (``run_descent``); what each verdict claims is checked against
the run itself (where it ended, what f did, which way is downhill), not against the module's
own numbers.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from numerics.descent import CancelToken, DescentConfig, StopReason, iterate_descent, run_descent
from numerics.diagnosis import (
    RunTails,
    Verdict,
    descend_tails,
    diagnose,
    diagnose_path,
    diagnose_tails,
    stability_bound,
    stability_message,
    suggest_lr,
    verdict_label,
)
from numerics.functions import CATALOGUE, objective_from_formula

SPHERE = CATALOGUE["sphere"]
SADDLE = CATALOGUE["saddle"]
HIMMELBLAU = CATALOGUE["himmelblau"]
PLATEAU = CATALOGUE["plateau"]
#: The book's ch. 4.4.1 runs: sphere from (−3, 4), 100 steps, no tolerance, central h = 1e-4.
BOOK = dict(steps=100, tol=0.0, analytic=False)


def run(objective, start, cancel=None, **settings):
    config = DescentConfig(**settings)
    result = run_descent(objective, np.array([start], dtype=float), config, cancel=cancel)
    return diagnose(objective, config, result)[0], result


def verdict_of(objective, start, **settings):
    return run(objective, start, **settings)[0]


def test_the_vocabulary_is_exactly_the_issues():
    assert [v.value for v in Verdict] == ["minimum", "saddle", "maximum", "plateau", "oscillating", "diverged",
                                         "unbounded", "gradient_lost", "step_limit", "cancelled"]
    for verdict in Verdict:
        assert Verdict(verdict.value) is verdict
        assert str(verdict_label(verdict)) and str(verdict.label) == str(verdict_label(verdict.value))
    assert str(Verdict.SADDLE.label) == "saddle point"


# --- unbounded ----------------------------------------------------------------------------------


@pytest.mark.parametrize("objective, start, settings", [
    (SADDLE, (2.0, 0.1), dict(escape_box=SADDLE.box)),  # the runner says DIVERGED (left the box)
    (SADDLE, (2.0, 0.1), dict()),  # no escape box: the runner says STEP_LIMIT, far away
    (objective_from_formula("x0**2 - x1**2"), (2.0, 0.1), dict(escape_box=(-3.0, 3.0, -3.0, 3.0))),
    (objective_from_formula("-(x0**2 + x1**2)"), (1.0, 1.0), dict()),
    (CATALOGUE["monkey_saddle"], (-1.0, 0.5), dict(escape_box=CATALOGUE["monkey_saddle"].box)),
])
def test_sliding_off_to_minus_infinity_is_unbounded_not_a_learning_rate_problem(objective, start, settings):
    d, result = run(objective, start, **settings)
    assert d.verdict is Verdict.UNBOUNDED
    values = result.values[0, : result.n_points[0]]
    assert values[-1] < values[0] and values[-1] < -1e5  # f really fell a long way
    text = str(d.message)
    assert "not help" in text and "try a smaller" not in text


# --- saddle ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("objective", [SADDLE, objective_from_formula("x0**2 - x1**2")])
def test_a_start_on_the_axis_stops_at_the_saddle_and_says_push_along_x1(objective):
    d = verdict_of(objective, (2.0, 0.0), escape_box=SADDLE.box)
    assert d.verdict is Verdict.SADDLE
    assert abs(d.direction[1]) == pytest.approx(1.0, abs=1e-6)
    assert d.lambda_min == pytest.approx(-2.0, rel=1e-4)
    assert "±(0.00, 1.00)" in str(d.message)


@pytest.mark.parametrize("objective, start", [
    (CATALOGUE["six_hump_camel"], (0.0, 0.0)),  # started exactly on a saddle
    (HIMMELBLAU, (0.086677504555, 2.884254701175)),  # a catalogue saddle
    (CATALOGUE["monkey_saddle"], (0.0, 0.0)),  # Hessian 0: the ring around it decides
])
def test_a_push_along_the_reported_direction_goes_downhill(objective, start):
    d = verdict_of(objective, start)
    assert d.verdict is Verdict.SADDLE
    x = np.array(d.x)
    step = 1e-3 * np.array(d.direction)
    f = objective.value
    if d.lambda_min is not None and d.lambda_min < -1e-6:
        assert f(x + step) < f(x) and f(x - step) < f(x)  # "±": both ways along the eigenvector
    else:
        assert f(x + step) < f(x)


# --- plateau --------------------------------------------------------------------------------------


@pytest.mark.parametrize("objective, start, settings", [
    (PLATEAU, (3.0, 3.0), dict(escape_box=PLATEAU.box)),  # |∇f| = 0 < tol at step 0
    (PLATEAU, (3.0, 3.0), dict(tol=0.0)),  # never "converges": frozen until the step limit
    (objective_from_formula(PLATEAU.formula, box=PLATEAU.box), (-3.0, 2.5), dict()),  # typed, numerical
])
def test_the_flat_plain_is_a_plateau_not_a_minimum(objective, start, settings):
    d = verdict_of(objective, start, **settings)
    assert d.verdict is Verdict.PLATEAU
    assert d.f == pytest.approx(1.0)  # the highest value of the function, not its minimum 0
    assert "plateau" in str(d.message)


# --- oscillating ----------------------------------------------------------------------------------


@pytest.mark.parametrize("steps", [99, 100])
def test_eta_one_on_the_sphere_oscillates_whatever_the_step_count(steps):
    d = verdict_of(SPHERE, (-3.0, 4.0), lr=1.0, **{**BOOK, "steps": steps})
    assert d.verdict is Verdict.OSCILLATING
    assert d.eta_lambda == pytest.approx(2.0, rel=1e-6)
    assert d.eta_max == pytest.approx(1.0, rel=1e-6)
    assert "η·λmax = 2 " in str(d.message)
    assert d.f == pytest.approx(25.0)  # f at the end equals f at the start


def test_the_bowl_bounces_across_its_steep_direction_at_eta_one():
    d = verdict_of(CATALOGUE["bowl"], (-9.0, 2.0), lr=1.0)
    assert d.verdict is Verdict.OSCILLATING
    assert d.eta_lambda == pytest.approx(2.0, rel=1e-6)  # λ = 2 across, 0.1 along


def test_himmelblau_bounces_around_a_minimum_whose_curvature_is_too_steep():
    d = verdict_of(HIMMELBLAU, (-3.5, -3.0), lr=0.02, steps=300, escape_box=HIMMELBLAU.box)
    assert d.verdict is Verdict.OSCILLATING
    assert d.eta_lambda > 2
    assert d.eta_max < 0.02
    assert "(-3.779, -3.283)" in str(d.message)  # the minimum it circles


# --- the book's η = 10: gradient lost (numerical) versus diverged (analytic) ----------------------


@pytest.mark.parametrize("tol", [0.0, 1e-8])
def test_the_books_eta_10_run_loses_its_numerical_gradient(tol):
    d, result = run(SPHERE, (-3.0, 4.0), lr=10.0, **{**BOOK, "tol": tol})
    assert d.verdict is Verdict.GRADIENT_LOST
    final = result.final_x[0]
    assert d.x_abs == pytest.approx(float(np.hypot(*final)))
    assert ((final + 1e-4) == final).all()  # the claim: x + h == x there
    text = str(d.message)
    assert "analytic gradient" in text and "larger h" in text
    assert text.startswith("Gradient lost after f grew from 25 to ")  # it was diverging when it froze


def test_the_books_eta_10_run_diverges_with_the_analytic_gradient():
    d = verdict_of(SPHERE, (-3.0, 4.0), lr=10.0, **{**BOOK, "analytic": True})
    assert d.verdict is Verdict.DIVERGED
    assert d.lambda_max == pytest.approx(2.0, rel=1e-6)
    assert d.eta_max == pytest.approx(1.0, rel=1e-6)
    assert "2/λmax = 1." in str(d.message)


def test_a_formula_loses_its_gradient_too():
    d = verdict_of(objective_from_formula("x0**2 + x1**2"), (-3.0, 4.0), lr=10.0, **BOOK)
    assert d.verdict is Verdict.GRADIENT_LOST


# --- diverged -------------------------------------------------------------------------------------


@pytest.mark.parametrize("objective, start, lr", [
    (SPHERE, (1.0, 1.0), 1.5),
    (HIMMELBLAU, (1.0, 1.0), 0.1),  # the old default η
    (CATALOGUE["beale"], (-4.0, 4.0), 0.002),  # a wall
])
def test_a_too_large_eta_diverges_and_the_message_gives_the_largest_stable_eta(objective, start, lr):
    d, result = run(objective, start, lr=lr, escape_box=objective.box)
    assert d.verdict is Verdict.DIVERGED
    values = result.values[0, : result.n_points[0]]
    assert values[-1] > values[0]
    assert d.eta_max < lr  # the claim "η is too large" is backed by the number
    assert f"{d.eta_max:.3g}" in str(d.message)


def test_a_jump_out_of_the_domain_diverges_and_an_undefined_start_cannot_start():
    d = verdict_of(objective_from_formula("sqrt(x0) + x1**2"), (1.0, 0.5), lr=0.5, steps=3000)
    assert d.verdict is Verdict.DIVERGED and "not a finite number" in str(d.message)
    d = verdict_of(objective_from_formula("log(x0)"), (-1.0, 0.5))
    assert d.verdict is Verdict.DIVERGED and str(d.message).startswith("Could not start")


def test_a_first_step_that_jumps_away_diverged_at_step_1_though_the_start_is_fine():
    # Rosenbrock with η = 10: step 1 lands ~1e5 away (beyond the escape box), so the run keeps
    # only its finite start — which must not be called a point where f is undefined.
    rosenbrock = CATALOGUE["rosenbrock"]
    d = verdict_of(rosenbrock, (-1.0, 2.0), lr=10.0, steps=1000, escape_box=rosenbrock.box)
    assert d.verdict is Verdict.DIVERGED and d.steps == 0
    assert "Could not start" not in str(d.message) and "at step 1" in str(d.message)


# --- minimum and maximum --------------------------------------------------------------------------


@pytest.mark.parametrize("objective, start, settings, expected", [
    (SPHERE, (-3.0, 4.0), dict(), (0.0, 0.0)),
    (HIMMELBLAU, (1.0, 1.0), dict(lr=0.01, steps=300), (3.0, 2.0)),
    (SPHERE, (-3.0, 4.0), dict(lr=0.1, **BOOK), (0.0, 0.0)),  # tol 0: at the step limit, but there
    (objective_from_formula("x1**2"), (1.0, 2.0), dict(), (1.0, 0.0)),  # a valley floor: λ = 0 and 2
])
def test_reaching_a_minimum(objective, start, settings, expected):
    d = verdict_of(objective, start, **settings)
    assert d.verdict is Verdict.MINIMUM
    assert np.hypot(d.x[0] - expected[0], d.x[1] - expected[1]) < 1e-6
    assert "minimum" in str(d.message)


@pytest.mark.parametrize("objective, start", [
    (HIMMELBLAU, (-0.270844590667, -0.923038556480)),
    (objective_from_formula("-(x0**2 + x1**2)"), (0.0, 0.0)),
    (CATALOGUE["six_hump_camel"], (1.230229876517, 0.162334584459)),
])
def test_starting_on_a_maximum(objective, start):
    d = verdict_of(objective, start)
    assert d.verdict is Verdict.MAXIMUM
    assert d.lambda_max < 0
    x = np.array(d.x)
    ring = x + 1e-3 * np.stack([np.cos(np.arange(8)), np.sin(np.arange(8))], axis=-1)
    assert (objective.value(ring) < objective.value(x)).all()


# --- step limit and cancelled ---------------------------------------------------------------------


@pytest.mark.parametrize("objective", [SPHERE, HIMMELBLAU])
def test_a_tiny_eta_barely_moves(objective):
    d = verdict_of(objective, (-3.0, 4.0), lr=1e-10, **BOOK)
    assert d.verdict is Verdict.STEP_LIMIT and d.barely_moved
    assert str(d.label) == "barely moved"
    assert d.distance < 1e-3 * np.hypot(objective.box[1] - objective.box[0], objective.box[3] - objective.box[2])


@pytest.mark.parametrize("objective, start, lr", [
    (CATALOGUE["rosenbrock"], (-1.5, 2.0), 1e-3),
    (SPHERE, (1.0, 1.0), 1e-3),
])
def test_still_descending_at_the_step_limit(objective, start, lr):
    d, result = run(objective, start, lr=lr, steps=100)
    assert d.verdict is Verdict.STEP_LIMIT and not d.barely_moved and d.still_descending
    assert str(d.label) == "still descending"
    assert f"{d.distance:.3g}" in str(d.message)
    assert result.values[0, 100] < result.values[0, 0]


class CancelAfter(CancelToken):
    """A token that fires after it has been checked ``n`` times (the runner checks every step)."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.left = n

    @property
    def cancelled(self) -> bool:
        self.left -= 1
        return self.left < 0


@pytest.mark.parametrize("checks", [0, 5])
def test_cancelled_runs_say_so(checks):
    d, result = run(SPHERE, (1.0, 2.0), cancel=CancelAfter(checks))
    assert d.verdict is Verdict.CANCELLED
    assert d.steps == checks == result.n_points[0] - 1
    assert f"step {checks}" in str(d.message)


# --- the API around the verdicts ------------------------------------------------------------------


def test_a_batch_gives_the_same_verdicts_as_single_runs():
    starts = np.array([[2.0, 0.1], [2.0, 0.0], [-3.0, 4.0], [0.0, 0.0], [3.0, -3.0]])
    config = DescentConfig(lr=0.1, steps=120, escape_box=SADDLE.box)
    batch = diagnose(SADDLE, config, run_descent(SADDLE, starts, config))
    single = [diagnose(SADDLE, config, run_descent(SADDLE, s[None], config))[0] for s in starts]
    assert [d.verdict for d in batch] == [d.verdict for d in single]
    assert [str(d.message) for d in batch] == [str(d.message) for d in single]
    joined = RunTails.concat([RunTails.from_result(run_descent(SADDLE, s[None], config)) for s in starts])
    assert [str(d.message) for d in diagnose_tails(SADDLE, config, joined)] == [str(d.message) for d in batch]


def test_diagnose_path_reads_the_guis_per_run_arrays():
    config = DescentConfig(lr=1.0, tol=0.0, steps=50)
    steps = list(iterate_descent(SPHERE, np.array([[-3.0, 4.0]]), config))
    xs = np.array([s.x[0] for s in steps])
    values = np.array([s.value[0] for s in steps])
    grads = np.array([s.grad[0] for s in steps])
    d = diagnose_path(SPHERE, config, xs, values, grads, StopReason(int(steps[-1].status[0])))
    assert d.verdict is Verdict.OSCILLATING
    assert str(d.message) == str(diagnose(SPHERE, config, run_descent(SPHERE, xs[:1], config))[0].message)


def test_descend_tails_keeps_the_same_ends_as_run_descent():
    starts = np.array([[2.0, 0.1], [2.0, 0.0], [1.0, 1.0]])
    config = DescentConfig(lr=0.3, steps=40, escape_box=SADDLE.box)
    full = RunTails.from_result(run_descent(SADDLE, starts, config))
    light = descend_tails(SADDLE, starts, config)
    for name in ("start", "f_start", "grad_start", "xs", "values", "grads", "steps", "stop"):
        np.testing.assert_array_equal(getattr(light, name), getattr(full, name))


def test_running_runs_cannot_be_diagnosed():
    tails = RunTails.from_path([[1.0, 1.0]], [2.0], [[2.0, 2.0]], StopReason.RUNNING)
    with pytest.raises(ValueError, match="finished"):
        diagnose_tails(SPHERE, DescentConfig(), tails)


def test_every_message_is_one_filled_in_sentence():
    cases = [
        (SADDLE, (2.0, 0.1), dict(escape_box=SADDLE.box)), (SADDLE, (2.0, 0.0), dict()),
        (PLATEAU, (3.0, 3.0), dict()), (SPHERE, (-3.0, 4.0), dict(lr=1.0, **BOOK)),
        (SPHERE, (-3.0, 4.0), dict(lr=10.0, **BOOK)), (SPHERE, (1.0, 1.0), dict(lr=1.5, escape_box=SPHERE.box)),
        (SPHERE, (1.0, 1.0), dict()), (HIMMELBLAU, (-0.270844590667, -0.923038556480), dict()),
        (SPHERE, (-3.0, 4.0), dict(lr=1e-10)), (CATALOGUE["monkey_saddle"], (0.0, 0.0), dict()),
    ]
    for objective, start, settings in cases:
        text = str(verdict_of(objective, start, **settings).message)
        assert "{" not in text and "nan" not in text.lower(), text
        assert text.endswith(".") and text.count(". ") == 0, text


# --- the stability bound and the suggested η ------------------------------------------------------


def test_stability_bound_on_quadratics():
    points = np.array([[[-3.0, 4.0], [0.0, 0.0]], [[1.0, -2.0], [4.0, 4.0]]])
    lam, eta = stability_bound(SPHERE, points)
    assert lam.shape == eta.shape == (2, 2)
    np.testing.assert_allclose(lam, 2.0, rtol=1e-6)
    np.testing.assert_allclose(eta, 1.0, rtol=1e-6)
    lam, eta = stability_bound(objective_from_formula("-(x0**2 + x1**2)"), np.array([[0.5, 0.5]]))
    assert lam[0] == pytest.approx(-2.0, rel=1e-5) and math.isinf(eta[0])


def test_stability_bound_of_rosenbrock_at_its_minimum():
    # f = (1 − x0)² + 100 (x1 − x0²)²: at (1, 1) the Hessian is [[802, −400], [−400, 200]].
    expected = np.linalg.eigvalsh(np.array([[802.0, -400.0], [-400.0, 200.0]]))[-1]
    lam, eta = stability_bound(CATALOGUE["rosenbrock"], np.array([1.0, 1.0]))
    assert float(lam) == pytest.approx(expected, rel=1e-6)
    assert float(eta) == pytest.approx(2 / expected, rel=1e-6)


def test_the_suggested_eta_is_safe_and_works():
    assert float(suggest_lr(SPHERE, np.array([-3.0, 4.0]))) == pytest.approx(0.5, rel=1e-6)
    starts = np.array([[1.0, 1.0], [-4.0, 4.0], [4.5, -4.5], [0.0, -4.0], [-2.0, -1.0]])
    lrs = suggest_lr(HIMMELBLAU, starts)
    _, eta_max = stability_bound(HIMMELBLAU, starts)
    assert (lrs <= eta_max / 2 * (1 + 1e-9)).all()  # never above half the local stability limit
    for start, lr in zip(starts, lrs):
        d = verdict_of(HIMMELBLAU, tuple(start), lr=float(lr), steps=5000, escape_box=HIMMELBLAU.box)
        assert d.verdict is Verdict.MINIMUM, (start, lr, str(d.message))


def test_stability_message_gives_the_numbers():
    text = str(stability_message(SPHERE, (-3.0, 4.0)))
    assert "λmax = 2" in text and "2/λmax = 1" in text and "0.5" in text
    text = str(stability_message(objective_from_formula("-(x0**2 + x1**2)"), (0.5, 0.5)))
    assert "does not curve upward" in text


@pytest.mark.parametrize("optimizer", ["SGD", "Momentum", "Adam"])
def test_no_verdict_contradicts_the_run_it_describes(optimizer):
    """A sweep of functions, learning rates and starts: each verdict's claim checked on the run."""
    rng = np.random.default_rng(7)
    objectives = [CATALOGUE[name] for name in ("sphere", "himmelblau", "saddle", "plateau", "rastrigin", "beale")]
    objectives.append(objective_from_formula("exp(x0) + x1**2"))
    for objective, lr in [(o, lr) for o in objectives for lr in (1e-6, 1e-2, 0.3, 3.0)]:
        box = objective.box
        starts = np.column_stack([rng.uniform(box[0], box[1], 8), rng.uniform(box[2], box[3], 8)])
        config = DescentConfig(optimizer=optimizer, lr=lr, steps=80, escape_box=box if lr < 1 else None)
        result = run_descent(objective, starts, config)
        diag = np.hypot(box[1] - box[0], box[3] - box[2])
        for i, d in enumerate(diagnose(objective, config, result)):
            values = result.values[i, : result.n_points[i]]
            stop = StopReason(int(result.stop[i]))
            text = str(d.message)
            assert "nan" not in text.lower() and "{" not in text, text
            if d.verdict in (Verdict.MINIMUM, Verdict.SADDLE, Verdict.MAXIMUM, Verdict.PLATEAU):
                assert stop in (StopReason.CONVERGED, StopReason.STEP_LIMIT)
            if d.verdict is Verdict.DIVERGED and stop is StopReason.STEP_LIMIT:
                assert values[-1] > values[0], text
            if d.verdict is Verdict.UNBOUNDED:
                assert values[-1] < values[0] and np.hypot(*d.x) > diag, text
            if d.still_descending:
                assert values[-1] < values[0], text
            if d.barely_moved:
                assert d.distance <= 1e-3 * diag
            if d.verdict is Verdict.MINIMUM:
                x = np.array(d.x)
                ring = x + 1e-4 * diag * np.stack([np.cos(np.arange(8)), np.sin(np.arange(8))], axis=-1)
                assert (objective.value(ring) >= objective.value(x) - 1e-9).all(), text
