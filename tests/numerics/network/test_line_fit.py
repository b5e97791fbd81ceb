import numpy as np
import pytest

from numerics.descent import CancelToken, DescentConfig, run_descent
from numerics.differentiation import numerical_gradient
from numerics.network import LineFitError, LineFitLoss, line_fit_objective, make_line_data, minibatch_descent


@pytest.fixture
def loss():
    return LineFitLoss.from_data(make_line_data(n=40, w=1.5, b=-0.5, noise=0.4, seed=2))


def direct_loss(loss, P):
    P = np.asarray(P, dtype=float)
    r = P[..., 0, None] * loss.x + P[..., 1, None] - loss.y
    return np.mean(r * r, axis=-1)


def test_value_is_the_mean_squared_error_on_any_batch_of_points(loss):
    P = np.random.RandomState(0).uniform(-4, 4, size=(3, 5, 2))
    np.testing.assert_allclose(loss.value(P), direct_loss(loss, P), rtol=1e-12)
    assert loss.value(np.array([0.3, 0.2])).shape == ()


def test_the_analytic_gradient_matches_central_differences(loss):
    P = np.random.RandomState(1).uniform(-4, 4, size=(50, 2))
    np.testing.assert_allclose(loss.gradient(P), numerical_gradient(loss.value, P), rtol=1e-7, atol=1e-8)


def test_the_batch_gradient_of_all_points_is_the_full_gradient_and_of_a_subset_its_own(loss):
    P = np.random.RandomState(2).uniform(-2, 2, size=(4, 2))
    everything = np.arange(loss.size)
    np.testing.assert_allclose(loss.batch_gradient(P, everything), loss.gradient(P), rtol=1e-10, atol=1e-12)
    subset = np.array([3, 7, 7, 20])  # with a repeat, as sampling with replacement may draw
    sub = LineFitLoss(loss.x[subset], loss.y[subset])
    np.testing.assert_allclose(loss.batch_gradient(P, subset), sub.gradient(P), rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(loss.batch_value(P, subset), sub.value(P), rtol=1e-10)
    # One batch per point: row i of the indices belongs to point i.
    per_point = np.array([[0, 1], [2, 3], [4, 5], [6, 7]])
    expected = np.stack([LineFitLoss(loss.x[i], loss.y[i]).gradient(p) for p, i in zip(P, per_point)])
    np.testing.assert_allclose(loss.batch_gradient(P, per_point), expected, rtol=1e-10)


def test_the_minimum_is_the_least_squares_line(loss):
    w, b = loss.least_squares()
    np.testing.assert_allclose((w, b), np.polyfit(loss.x, loss.y, 1), rtol=1e-10)
    np.testing.assert_allclose(loss.gradient(np.array([w, b])), 0.0, atol=1e-12)


def test_the_objective_works_in_the_explorer(loss):
    obj = line_fit_objective(loss)
    (cp,) = obj.critical_points
    assert cp.kind == "minimum" and cp.x == pytest.approx(loss.least_squares())
    x0a, x0b, x1a, x1b = obj.box
    assert x0a < cp.x[0] < x0b and x1a < cp.x[1] < x1b
    assert obj.has_analytic_gradient and obj.title
    result = run_descent(obj, np.array([[x0a, x1b]]), DescentConfig(lr=0.1, steps=500, tol=1e-10))
    np.testing.assert_allclose(result.final_x[0], cp.x, atol=1e-6)


def test_full_batch_descent_is_plain_gradient_descent(loss):
    run = minibatch_descent(loss, [3.0, 2.0], batch_size=loss.size, lr=0.1, steps=20)
    x = np.array([3.0, 2.0])
    for k in range(20):
        x = x - 0.1 * loss.gradient(x)
    np.testing.assert_allclose(run.path[0, -1], x, rtol=1e-12)
    np.testing.assert_array_equal(run.epochs, np.arange(21))
    np.testing.assert_allclose(run.loss[0], loss.value(run.path[0]))


def test_mini_batch_runs_are_seeded_and_count_epochs_as_passes(loss):
    a = minibatch_descent(loss, [[3.0, 2.0], [-3.0, 1.0]], batch_size=8, lr=0.05, epochs=3, seed=4)
    b = minibatch_descent(loss, [[3.0, 2.0], [-3.0, 1.0]], batch_size=8, lr=0.05, epochs=3, seed=4)
    c = minibatch_descent(loss, [[3.0, 2.0], [-3.0, 1.0]], batch_size=8, lr=0.05, epochs=3, seed=5)
    np.testing.assert_array_equal(a.path, b.path)
    assert not np.array_equal(a.path, c.path)
    assert a.path.shape == (2, 16, 2)  # 3 epochs × 40 points / 8 per batch = 15 steps
    assert a.epochs[-1] == pytest.approx(3.0) and a.epochs[5] == pytest.approx(1.0)


def test_smaller_batches_make_noisier_paths(loss):
    start = [[3.0, 2.0]]
    spread = {}
    for b in (1, 8, 40):
        run = minibatch_descent(loss, start * 64, batch_size=b, lr=0.05, steps=200, seed=0)
        spread[b] = float(np.std(run.path[:, -1], axis=0).sum())  # 64 starts, same point, own batches
    assert spread[40] < 1e-12 < spread[8] < spread[1]


def test_every_run_ends_near_the_minimum(loss):
    run = minibatch_descent(loss, [3.0, 2.0], batch_size=10, lr=0.05, epochs=30, sampling="replacement", seed=1)
    assert np.hypot(*(run.path[0, -1] - loss.least_squares())) < 0.2


def test_cancel_keeps_the_steps_done(loss):
    token = CancelToken()
    token.cancel()
    run = minibatch_descent(loss, [3.0, 2.0], batch_size=4, steps=10, cancel=token)
    assert run.cancelled and run.path.shape == (1, 1, 2)


@pytest.mark.parametrize("kw", [{"batch_size": 0}, {"batch_size": 41}, {"batch_size": 4, "steps": 0},
                                {"batch_size": 4}, {"batch_size": 4, "steps": 3, "sampling": "x"},
                                {"batch_size": 4, "steps": 3, "lr": -1.0}])
def test_bad_settings(loss, kw):
    with pytest.raises(LineFitError) as info:
        minibatch_descent(loss, [0.0, 0.0], **kw)
    assert str(info.value)


def test_data_without_spread_in_x_is_refused():
    with pytest.raises(LineFitError):
        LineFitLoss([1.0, 1.0, 1.0], [0.0, 1.0, 2.0])
