"""Update rules: the book's arithmetic, batches, state, validation."""

import numpy as np
import pytest

from numerics.optimizers import OPTIMIZERS, HyperParameter, make_optimizer


def bowl_grad(x):
    return np.stack([x[..., 0] / 10.0, 2.0 * x[..., 1]], axis=-1)


def book_reference(name, lr, x, steps):
    """The book's common/optimizer.py, transcribed for one point (dict-of-params style)."""
    params = {"x": x[0].copy(), "y": x[1].copy()}
    state = {}
    it = 0
    for _ in range(steps):
        g = bowl_grad(np.array([params["x"], params["y"]]))
        grads = {"x": g[0], "y": g[1]}
        it += 1
        for k in params:
            if name == "SGD":
                params[k] -= lr * grads[k]
            elif name == "Momentum":
                v = state.get(k, 0.0)
                v = 0.9 * v - lr * grads[k]
                state[k] = v
                params[k] += v
            elif name == "Nesterov":
                v = state.get(k, 0.0)
                v *= 0.9
                v -= lr * grads[k]
                state[k] = v
                params[k] += 0.9 * 0.9 * v
                params[k] -= (1 + 0.9) * lr * grads[k]
            elif name == "AdaGrad":
                h = state.get(k, 0.0) + grads[k] * grads[k]
                state[k] = h
                params[k] -= lr * grads[k] / (np.sqrt(h) + 1e-7)
            elif name == "RMSProp":
                h = state.get(k, 0.0) * 0.99
                h += (1 - 0.99) * grads[k] * grads[k]
                state[k] = h
                params[k] -= lr * grads[k] / (np.sqrt(h) + 1e-7)
            elif name == "Adam":
                m, v = state.get(k, (0.0, 0.0))
                lr_t = lr * np.sqrt(1.0 - 0.999**it) / (1.0 - 0.9**it)
                m += (1 - 0.9) * (grads[k] - m)
                v += (1 - 0.999) * (grads[k] ** 2 - v)
                state[k] = (m, v)
                params[k] -= lr_t * m / (np.sqrt(v) + 1e-7)
    return np.array([params["x"], params["y"]])


BOOK_RATES = {"SGD": 0.95, "Momentum": 0.1, "Nesterov": 0.1, "AdaGrad": 1.5, "RMSProp": 0.1, "Adam": 0.3}


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_matches_the_book_update_and_batches_rows_independently(name):
    starts = np.array([[-7.0, 2.0], [3.0, -1.0], [0.5, 4.0]])
    opt = make_optimizer(name, BOOK_RATES[name])
    x = starts.copy()
    for _ in range(30):
        new = opt.step(x, bowl_grad(x))
        assert new is not x
        x = new
    np.testing.assert_array_equal(starts, [[-7.0, 2.0], [3.0, -1.0], [0.5, 4.0]])  # inputs untouched
    for row, start in zip(x, starts):
        np.testing.assert_allclose(row, book_reference(name, BOOK_RATES[name], start, 30), rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_every_optimizer_approaches_the_bowl_minimum(name):
    opt = make_optimizer(name, BOOK_RATES[name])
    x = np.array([[-7.0, 2.0]])
    f0 = (x[0, 0] ** 2 / 20 + x[0, 1] ** 2)
    for _ in range(30):
        x = opt.step(x, bowl_grad(x))
    assert x[0, 0] ** 2 / 20 + x[0, 1] ** 2 < f0 / 4


def test_state_is_exposed_as_copies_and_reset_clears_it():
    opt = make_optimizer("Adam", 0.1)
    x = np.array([[1.0, 1.0]])
    opt.step(x, bowl_grad(x))
    state = opt.state()
    assert set(state) == {"first_moment", "second_moment", "iteration"}
    state["first_moment"][:] = 99
    assert not np.any(opt.state()["first_moment"] == 99)
    opt.reset()
    after = opt.state()
    assert set(after) == {"iteration"} and after["iteration"] == 0
    assert make_optimizer("SGD", 0.1).state() == {}


def test_validation_messages():
    with pytest.raises(ValueError, match="unknown optimizer"):
        make_optimizer("LBFGS", 0.1)
    with pytest.raises(ValueError, match="positive"):
        make_optimizer("SGD", 0.0)
    with pytest.raises(ValueError, match="positive"):
        make_optimizer("SGD", float("nan"))
    with pytest.raises(ValueError, match="momentum must be between"):
        make_optimizer("Momentum", 0.1, momentum=1.5)
    with pytest.raises(ValueError, match="no hyper-parameter 'beta1'"):
        make_optimizer("SGD", 0.1, beta1=0.9)


def test_hyperparameter_specs_are_consistent():
    for cls in OPTIMIZERS.values():
        for name, spec in cls.HYPERPARAMETERS.items():
            assert isinstance(spec, HyperParameter) and spec.low <= spec.default <= spec.high and spec.doc
            assert getattr(cls(0.1), name) == spec.default
        assert cls.formula
