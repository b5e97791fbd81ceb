"""The book's gradient_descent and the stepwise runner."""

import threading

import numpy as np
import pytest

from numerics.descent import (
    CancelToken,
    DescentConfig,
    StopReason,
    gradient_descent,
    iterate_descent,
    run_descent,
)
from numerics.functions import get_objective


def function_2(x):
    return x[..., 0] ** 2 + x[..., 1] ** 2


# --- the book -------------------------------------------------------------------------------

def test_book_learning_rates():
    init = np.array([-3.0, 4.0])
    good = gradient_descent(function_2, init, lr=0.1, step_num=100)
    np.testing.assert_allclose(good, [-6.11110793e-10, 8.14814391e-10], rtol=1e-8)
    big = gradient_descent(function_2, init, lr=10.0, step_num=100)
    np.testing.assert_allclose(big, [-2.58983747e13, -1.29524862e12], rtol=1e-8)
    small = gradient_descent(function_2, init, lr=1e-10, step_num=100)
    np.testing.assert_allclose(small, [-2.99999994, 3.99999992], rtol=1e-8)
    np.testing.assert_array_equal(init, [-3.0, 4.0])  # the book mutates init_x; we do not


def test_book_descent_batches_starts():
    starts = np.array([[-3.0, 4.0], [1.0, 2.0], [0.5, -0.5]])
    batch = gradient_descent(function_2, starts, lr=0.1)
    for row, start in zip(batch, starts):
        np.testing.assert_array_equal(row, gradient_descent(function_2, start, lr=0.1))


# --- the runner -------------------------------------------------------------------------------

SPHERE = get_objective("sphere")


def test_runner_sgd_numerical_matches_the_book():
    cfg = DescentConfig(lr=0.1, steps=100, tol=0.0, analytic=False)
    result = run_descent(SPHERE, [[-3.0, 4.0]], cfg)
    np.testing.assert_array_equal(result.final_x[0], gradient_descent(function_2, np.array([-3.0, 4.0]), 0.1, 100))
    assert result.n_points[0] == 101 and result.stop[0] == StopReason.STEP_LIMIT


def test_step_records_are_consistent():
    cfg = DescentConfig(lr=0.05, steps=20, tol=0.0)
    steps = list(iterate_descent(SPHERE, [[1.0, 2.0], [-2.0, 0.5]], cfg))
    assert [s.step for s in steps] == list(range(21))
    np.testing.assert_array_equal(steps[0].x, [[1.0, 2.0], [-2.0, 0.5]])
    for prev, cur in zip(steps, steps[1:]):
        np.testing.assert_allclose(cur.x, prev.x - 0.05 * prev.grad)
        np.testing.assert_allclose(cur.value, function_2(cur.x))
        np.testing.assert_allclose(cur.grad, 2 * cur.x)
        assert cur.x is not prev.x and not np.shares_memory(cur.x, prev.x)
    assert (steps[-1].status == StopReason.STEP_LIMIT).all()


def test_converged_start_stops_while_others_go_on():
    cfg = DescentConfig(lr=0.1, steps=1000, tol=1e-6)
    result = run_descent(SPHERE, [[0.001, 0.0], [3.0, 4.0]], cfg)
    assert (result.stop == StopReason.CONVERGED).all()
    assert result.n_points[0] < result.n_points[1] < 1001
    assert np.linalg.norm(result.grads[1, result.n_points[1] - 1]) < 1e-6
    assert np.isnan(result.xs[0, result.n_points[0]:]).all()


def test_diverging_start_keeps_its_last_finite_point():
    rosen = get_objective("rosenbrock")
    cfg = DescentConfig(lr=10.0, steps=100, escape_box=rosen.box)
    result = run_descent(rosen, [[-1.0, 1.0]], cfg)
    assert result.stop[0] == StopReason.DIVERGED
    path = result.path(0)
    assert np.isfinite(path).all() and len(path) >= 1
    assert "smaller" in StopReason.DIVERGED.describe()


def test_non_finite_values_count_as_divergence():
    log = __import__("numerics.functions", fromlist=["objective_from_formula"]).objective_from_formula("log(x0)")
    cfg = DescentConfig(lr=5.0, steps=50, analytic=False)
    result = run_descent(log, [[0.5, 0.0], [-1.0, 0.0]], cfg)
    # from x0 = 0.5 the step −η/x0 leaves the domain; from x0 = −1 f is undefined at once
    assert result.stop.tolist() == [StopReason.DIVERGED, StopReason.DIVERGED]
    assert result.n_points.tolist() == [1, 1]


def test_cancel_token_stops_every_start():
    token = CancelToken()
    cfg = DescentConfig(lr=1e-6, steps=1_000_000, tol=0.0)
    seen = []
    for rec in iterate_descent(SPHERE, [[1.0, 1.0], [2.0, 2.0]], cfg, token):
        seen.append(rec)
        if rec.step == 5:
            threading.Thread(target=token.cancel).start()
            while not token.cancelled:
                pass
    last = seen[-1]
    assert (last.status == StopReason.CANCELLED).all()
    assert not last.moved.any()
    np.testing.assert_array_equal(last.x, seen[-2].x)
    assert len(seen) == 7


def test_analytic_and_numerical_paths_agree():
    hb = get_objective("himmelblau")
    starts = np.random.default_rng(3).uniform(-4, 4, size=(20, 2))
    a = run_descent(hb, starts, DescentConfig(lr=0.01, steps=200, tol=0.0))
    n = run_descent(hb, starts, DescentConfig(lr=0.01, steps=200, tol=0.0, analytic=False))
    np.testing.assert_allclose(a.xs, n.xs, atol=1e-6)


@pytest.mark.parametrize("optimizer", ["Momentum", "Adam", "RMSProp", "AdaGrad", "Nesterov"])
def test_runner_matches_manual_optimizer_loop(optimizer):
    from numerics.optimizers import make_optimizer

    bowl = get_objective("bowl")
    cfg = DescentConfig(optimizer=optimizer, lr=0.1, steps=30, tol=0.0)
    result = run_descent(bowl, [[-7.0, 2.0]], cfg)
    opt = make_optimizer(optimizer, 0.1)
    x = np.array([[-7.0, 2.0]])
    for _ in range(30):
        x = opt.step(x, bowl.gradient(x))
    np.testing.assert_allclose(result.final_x, x, rtol=1e-12)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"lr": 0.0}, "learning rate"),
        ({"lr": float("inf")}, "learning rate"),
        ({"steps": 0}, "step count"),
        ({"steps": 2.5}, "whole number"),
        ({"tol": -1.0}, "tolerance"),
        ({"h": 0.0}, "h must be"),
        ({"scheme": "sideways"}, "scheme"),
        ({"optimizer": "LBFGS"}, "optimizer"),
        ({"optimizer": "Momentum", "hyper": (("momentum", 2.0),)}, "momentum"),
        ({"escape_box": (1.0, 0.0, 0.0, 1.0)}, "escape box"),
    ],
)
def test_config_validation(changes, message):
    with pytest.raises(ValueError, match=message):
        DescentConfig(**changes).validate()
    with pytest.raises(ValueError, match=message):
        run_descent(SPHERE, [[1.0, 1.0]], DescentConfig(**changes))


def test_starts_must_be_a_batch():
    with pytest.raises(ValueError, match=r"\(N, d\)"):
        run_descent(SPHERE, [1.0, 1.0], DescentConfig())


def test_stop_reason_words():
    assert StopReason.CONVERGED.describe().startswith("converged")
    assert StopReason.STEP_LIMIT.describe() == "step limit reached"
    assert StopReason.CANCELLED.describe() == "cancelled"
