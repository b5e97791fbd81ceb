"""The optimizer comparison reproduces the book's ch. 6 figure (optimizer_compare_naive.py)."""

from __future__ import annotations

import numpy as np
import pytest

from numerics.labs.comparison import BOOK_CH6, ComparisonPreset, Contender, run_comparison, with_contender


# --- the book's common/optimizer.py, on a dict of scalar parameters, as the book runs it ------
class BookSGD:
    def __init__(self, lr):
        self.lr = lr

    def update(self, params, grads):
        for key in params:
            params[key] -= self.lr * grads[key]


class BookMomentum:
    def __init__(self, lr, momentum=0.9):
        self.lr, self.momentum, self.v = lr, momentum, None

    def update(self, params, grads):
        if self.v is None:
            self.v = {k: np.zeros_like(v) for k, v in params.items()}
        for key in params:
            self.v[key] = self.momentum * self.v[key] - self.lr * grads[key]
            params[key] += self.v[key]


class BookAdaGrad:
    def __init__(self, lr):
        self.lr, self.h = lr, None

    def update(self, params, grads):
        if self.h is None:
            self.h = {k: np.zeros_like(v) for k, v in params.items()}
        for key in params:
            self.h[key] += grads[key] * grads[key]
            params[key] -= self.lr * grads[key] / (np.sqrt(self.h[key]) + 1e-7)


class BookAdam:
    def __init__(self, lr, beta1=0.9, beta2=0.999):
        self.lr, self.beta1, self.beta2, self.iter, self.m, self.v = lr, beta1, beta2, 0, None, None

    def update(self, params, grads):
        if self.m is None:
            self.m = {k: np.zeros_like(v) for k, v in params.items()}
            self.v = {k: np.zeros_like(v) for k, v in params.items()}
        self.iter += 1
        lr_t = self.lr * np.sqrt(1.0 - self.beta2**self.iter) / (1.0 - self.beta1**self.iter)
        for key in params:
            self.m[key] += (1 - self.beta1) * (grads[key] - self.m[key])
            self.v[key] += (1 - self.beta2) * (grads[key] ** 2 - self.v[key])
            params[key] -= lr_t * self.m[key] / (np.sqrt(self.v[key]) + 1e-7)


def book_path(optimizer, steps=30):
    params = {"x": np.array(-7.0), "y": np.array(2.0)}
    path = [(float(params["x"]), float(params["y"]))]
    for _ in range(steps):
        grads = {"x": params["x"] / 10.0, "y": 2.0 * params["y"]}
        optimizer.update(params, grads)
        path.append((float(params["x"]), float(params["y"])))
    return np.array(path)


@pytest.fixture(scope="module")
def runs():
    return {r.contender.optimizer: r for r in run_comparison()}


def test_default_preset_is_the_books_figure():
    assert BOOK_CH6.objective == "bowl" and BOOK_CH6.start == (-7.0, 2.0) and BOOK_CH6.steps == 30
    rates = {c.optimizer: c.lr for c in BOOK_CH6.contenders}
    assert rates["SGD"] == 0.95 and rates["Momentum"] == 0.1
    assert rates["AdaGrad"] == 1.5 and rates["Adam"] == 0.3


@pytest.mark.parametrize("name, book_optimizer", [
    ("SGD", BookSGD(0.95)), ("Momentum", BookMomentum(0.1)), ("AdaGrad", BookAdaGrad(1.5)), ("Adam", BookAdam(0.3)),
])
def test_paths_match_the_books_optimizers(runs, name, book_optimizer):
    np.testing.assert_allclose(runs[name].path, book_path(book_optimizer), rtol=1e-12, atol=1e-15)


def test_disabled_contenders_do_not_run(runs):
    assert set(runs) == {"SGD", "Momentum", "AdaGrad", "RMSProp", "Adam"}
    assert all(len(r.path) == 31 for r in runs.values())


def test_everyone_ends_lower_than_the_start(runs):
    for r in runs.values():
        assert r.final_value < r.values[0]


def test_a_diverging_contender_is_stopped_and_finite():
    preset = ComparisonPreset(contenders=(Contender("SGD", 1.2),), steps=200)
    (run,) = run_comparison(preset)
    assert run.stop.name == "DIVERGED" and np.isfinite(run.path).all() and len(run.path) < 201


def test_with_contender_edits_one_entry():
    p = with_contender(BOOK_CH6, 5, enabled=True, lr=0.05)
    assert p.contenders[5].enabled and p.contenders[5].lr == 0.05
    assert p.contenders[:5] == BOOK_CH6.contenders[:5]
    with pytest.raises(ValueError, match="positive"):
        with_contender(BOOK_CH6, 0, lr=-1.0)


def test_bad_hyperparameter_is_refused_with_a_reason():
    preset = ComparisonPreset(contenders=(Contender("Momentum", 0.1, (("momentum", 2.0),)),))
    with pytest.raises(ValueError, match="momentum"):
        run_comparison(preset)
