import dataclasses
import threading

import numpy as np
import pytest

from numerics.descent import CancelToken
from numerics.network import (
    PARAM_NAMES,
    TrainingSettingsError,
    TwoLayerNet,
    epoch_of,
    iter_per_epoch,
    make_dataset,
    one_hot,
    train,
)
from numerics.network.activations import cross_entropy_error, sigmoid, softmax
from numerics.network.training import _shuffled_batches


def moons():
    return make_dataset("moons", n_samples=200, seed=3)


def run(seed=5, net_seed=1, **kw):
    net = TwoLayerNet(2, 8, 2, weight_init_std=1.0, seed=net_seed)
    settings = dict(lr=0.5, batch_size=20, iterations=60, seed=seed)
    settings.update(kw)
    return net, list(train(net, moons(), **settings))


def test_a_seed_makes_a_run_bit_reproducible():
    net_a, a = run()
    net_b, b = run()
    strip = lambda recs: [dataclasses.replace(r, seconds=0.0) for r in recs]  # noqa: E731
    assert strip(a) == strip(b)
    for key in PARAM_NAMES:
        np.testing.assert_array_equal(net_a.params[key], net_b.params[key])
    _, c = run(seed=6)
    assert [r.loss for r in c] != [r.loss for r in a]


def test_loss_falls_and_accuracy_rises_on_moons():
    net = TwoLayerNet(2, 16, 2, weight_init_std=1.0, seed=0)
    records = list(train(net, moons(), optimizer="Adam", lr=0.05, batch_size=20, iterations=400, seed=0))
    marks = [r for r in records if r.has_accuracy]
    first_loss = np.mean([r.loss for r in records[:20]])
    last_loss = np.mean([r.loss for r in records[-20:]])
    assert last_loss < 0.5 * first_loss
    assert marks[-1].train_acc > marks[0].train_acc + 0.05
    assert marks[-1].train_acc > 0.85 and marks[-1].test_acc > 0.8


def test_epoch_marks_follow_the_books_iter_per_epoch():
    # 160 training samples, batch 20: iter_per_epoch = 8, marks at i = 0, 8, 16, ... (i % 8 == 0).
    _, records = run(iterations=30)
    assert iter_per_epoch(160, 20) == 8
    assert [r.iteration for r in records if r.has_accuracy] == [0, 8, 16, 24]
    assert [r.epoch for r in records if r.has_accuracy] == [0, 1, 2, 3]
    assert records[9].epoch == 1 and records[9].train_acc is None
    assert records[-1].passes == pytest.approx(30 * 20 / 160)


def test_a_fractional_iter_per_epoch_marks_the_first_iteration_of_each_pass():
    # 160 / 48 = 3.33… iterations per epoch: epochs start at i = 0, 4, 7, 10, 14.
    assert [epoch_of(i, 160, 48) for i in range(11)] == [0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3]
    _, records = run(batch_size=48, iterations=15)
    assert [r.iteration for r in records if r.has_accuracy] == [0, 4, 7, 10, 14]
    # A batch bigger than the data: every iteration is an epoch (the book's max(…, 1)).
    assert iter_per_epoch(160, 500) == 1 and epoch_of(3, 160, 500) == 3


def test_shuffled_batches_see_every_sample_once_per_pass():
    batches = _shuffled_batches(np.random.RandomState(0), 10, 4)
    drawn = np.concatenate([next(batches) for _ in range(5)])  # 20 draws = two passes
    assert len(drawn) == 20
    assert sorted(drawn[:10]) == list(range(10)) and sorted(drawn[10:]) == list(range(10))
    _, records = run(sampling="shuffle", iterations=16)
    assert len(records) == 16


def book_loop(x_train, t_train, iters, lr, batch_size, net):
    """ch04/train_neuralnet.py's loop body (backprop branch), reseeded by the caller."""
    train_size = x_train.shape[0]
    losses = []
    for _ in range(iters):
        batch_mask = np.random.choice(train_size, batch_size)
        x_batch, t_batch = x_train[batch_mask], t_train[batch_mask]
        W1, b1, W2, b2 = (net[k] for k in PARAM_NAMES)
        a1 = np.dot(x_batch, W1) + b1
        z1 = sigmoid(a1)
        y = softmax(np.dot(z1, W2) + b2)
        dy = (y - t_batch) / batch_size
        da1 = np.dot(dy, W2.T)
        dz1 = (1.0 - sigmoid(a1)) * sigmoid(a1) * da1
        grad = {"W1": np.dot(x_batch.T, dz1), "b1": np.sum(dz1, axis=0), "W2": np.dot(z1.T, dy), "b2": np.sum(dy, axis=0)}
        for key in PARAM_NAMES:
            net[key] -= lr * grad[key]
        z = sigmoid(np.dot(x_batch, net["W1"]) + net["b1"])
        losses.append(cross_entropy_error(softmax(np.dot(z, net["W2"]) + net["b2"]), t_batch))
    return losses


def test_sgd_with_replacement_reproduces_the_books_loop_float_for_float():
    data = moons()
    np.random.seed(11)
    book_net = {"W1": 0.01 * np.random.randn(2, 8), "b1": np.zeros(8), "W2": 0.01 * np.random.randn(8, 2), "b2": np.zeros(2)}
    np.random.seed(12)
    book_losses = book_loop(np.array(data.x_train), one_hot(data.t_train, 2), 50, 0.5, 20, book_net)
    net = TwoLayerNet(2, 8, 2, seed=11)
    records = list(train(net, data, lr=0.5, batch_size=20, iterations=50, seed=12))
    assert [r.loss for r in records] == book_losses
    for key in PARAM_NAMES:
        np.testing.assert_array_equal(net.params[key], book_net[key])


@pytest.mark.parametrize("optimizer", ["Momentum", "AdaGrad", "Adam"])
def test_every_parameter_gets_its_own_optimizer_state(optimizer):
    net, records = run(optimizer=optimizer, lr=0.05, iterations=40)
    assert all(np.isfinite(r.loss) for r in records)
    assert np.mean([r.loss for r in records[-10:]]) < np.mean([r.loss for r in records[:10]])


def test_numerical_gradients_train_like_backprop():
    data = make_dataset("blobs", n_samples=60, seed=1)
    paths = {}
    for gradient in ("backprop", "numerical", "numerical_fast"):
        net = TwoLayerNet(2, 4, 3, weight_init_std=0.5, seed=2)
        paths[gradient] = [r.loss for r in train(net, data, lr=0.5, batch_size=10, iterations=5, seed=3, gradient=gradient)]
    np.testing.assert_allclose(paths["numerical"], paths["backprop"], rtol=1e-6)
    np.testing.assert_allclose(paths["numerical_fast"], paths["numerical"], rtol=1e-9)


def test_cancel_stops_before_the_next_iteration():
    token = CancelToken()
    net = TwoLayerNet(2, 8, 2, seed=0)
    records = []
    for rec in train(net, moons(), iterations=1000, cancel=token, seed=0):
        records.append(rec)
        if rec.iteration == 4:
            token.cancel()
    assert len(records) == 5


def test_cancel_interrupts_the_slow_numerical_gradient_and_restores_the_weights():
    net = TwoLayerNet(2, 30, 2, seed=0)
    before = {k: v.copy() for k, v in net.params.items()}
    token = CancelToken()
    original = net.loss
    calls = []

    def counting_loss(x, t):
        calls.append(1)
        if len(calls) == 25:  # cancel in the middle of the first gradient
            token.cancel()
        return original(x, t)

    net.loss = counting_loss
    assert list(train(net, moons(), gradient="numerical", iterations=3, cancel=token, seed=0)) == []
    assert len(calls) == 25  # stopped at once, not after all 2 × 152 evaluations
    for key in PARAM_NAMES:
        np.testing.assert_array_equal(net.params[key], before[key])


def test_records_are_plain_immutable_values_safe_for_another_thread():
    net, records = run(iterations=3)
    rec = records[0]
    assert all(isinstance(getattr(rec, f.name), (int, float, type(None))) for f in dataclasses.fields(rec))
    with pytest.raises(dataclasses.FrozenInstanceError):
        rec.loss = 0.0
    # A generator can be driven from a worker thread.
    out = []
    net = TwoLayerNet(2, 8, 2, seed=0)
    worker = threading.Thread(target=lambda: out.extend(train(net, moons(), iterations=5, seed=0)))
    worker.start()
    worker.join()
    assert len(out) == 5


def test_the_books_tuple_data_is_accepted():
    d = moons()
    net = TwoLayerNet(2, 8, 2, seed=0)
    assert len(list(train(net, d.book_tuples(), iterations=3, seed=0))) == 3


@pytest.mark.parametrize("kw,word", [
    ({"iterations": 0}, "iterations"),
    ({"iterations": 2.5}, "iterations"),
    ({"batch_size": 0}, "batch size"),
    ({"gradient": "magic"}, "gradient"),
    ({"sampling": "sometimes"}, "sampling"),
    ({"optimizer": "Nope"}, "optimizer"),
    ({"lr": -1.0}, "optimizer"),
])
def test_bad_settings_are_refused_with_a_message(kw, word):
    net = TwoLayerNet(2, 8, 2, seed=0)
    with pytest.raises(TrainingSettingsError) as info:
        train(net, moons(), **kw)
    assert word in str(info.value)
    assert str(info.value.message) == str(info.value)


def test_data_of_the_wrong_width_is_refused():
    net = TwoLayerNet(3, 8, 2, seed=0)
    with pytest.raises(TrainingSettingsError, match="3"):
        train(net, moons())
