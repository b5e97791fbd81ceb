import numpy as np
import pytest

from numerics.network import PARAM_NAMES, TwoLayerNet, one_hot


def small_problem(seed, n=8, d=5, h=4, c=3, std=0.7):
    rng = np.random.RandomState(seed)
    net = TwoLayerNet(d, h, c, weight_init_std=std, seed=seed)
    net.params["b1"][:] = rng.randn(h) * 0.3
    net.params["b2"][:] = rng.randn(c) * 0.3
    x = rng.randn(n, d)
    t = rng.randint(0, c, n)
    return net, x, t


def test_weights_are_the_books_draws_for_the_seed():
    np.random.seed(7)
    w1 = 0.01 * np.random.randn(6, 4)
    w2 = 0.01 * np.random.randn(4, 3)
    net = TwoLayerNet(6, 4, 3, seed=7)
    np.testing.assert_array_equal(net.params["W1"], w1)
    np.testing.assert_array_equal(net.params["W2"], w2)
    assert not net.params["b1"].any() and not net.params["b2"].any()
    assert net.sizes == (6, 4, 3)


def test_predict_is_a_batch_of_distributions_for_any_leading_shape():
    net, x, _ = small_problem(0)
    y = net.predict(x.reshape(2, 4, 5))
    assert y.shape == (2, 4, 3)
    np.testing.assert_allclose(y.sum(axis=-1), 1.0)
    np.testing.assert_allclose(y.reshape(8, 3), net.predict(x), rtol=1e-14)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_backprop_agrees_with_the_numerical_gradient(seed):
    net, x, t = small_problem(seed)
    for method in ("plain", "fast"):
        check = net.gradient_check(x, t, numerical=method)
        assert set(check) == set(PARAM_NAMES)
        # Only the h² truncation and the loss's 1e-7 delta (which backprop ignores) separate them.
        assert max(check.values()) < 1e-6, (method, check)


def test_gradient_check_catches_a_wrong_gradient():
    net, x, t = small_problem(3)
    net.gradient = lambda x, t: {k: v * 1.01 for k, v in TwoLayerNet.gradient(net, x, t).items()}
    assert max(net.gradient_check(x, t).values()) > 1e-4


def test_labels_and_one_hot_targets_give_the_same_loss_gradient_and_accuracy():
    net, x, t = small_problem(4)
    t1 = one_hot(t, 3)
    assert net.loss(x, t) == net.loss(x, t1)
    g, g1 = net.gradient(x, t), net.gradient(x, t1)
    for key in PARAM_NAMES:
        np.testing.assert_array_equal(g[key], g1[key])
    assert net.accuracy(x, t) == net.accuracy(x, t1)


def test_accuracy_counts_the_argmax_hits():
    net, x, _ = small_problem(5)
    predicted = net.predict(x).argmax(axis=1)
    t = predicted.copy()
    t[:3] = (t[:3] + 1) % 3
    assert net.accuracy(x, t) == pytest.approx(5 / 8)


def test_the_numerical_gradient_leaves_the_parameters_as_they_were():
    net, x, t = small_problem(6)
    before = {k: v.copy() for k, v in net.params.items()}
    net.numerical_gradient(x, t)
    net.fast_numerical_gradient(x, t)
    for key in PARAM_NAMES:
        np.testing.assert_array_equal(net.params[key], before[key])


def test_bad_sizes_are_refused():
    with pytest.raises(ValueError):
        TwoLayerNet(0, 3, 2)
    with pytest.raises(ValueError):
        TwoLayerNet(2, 2.5, 2)
