import numpy as np
import pytest

from numerics.network import PARAM_NAMES, TwoLayerNet, fast_numerical_gradient


def problem(seed, n, d, h, c, sparsity=0.0, std=0.5):
    rng = np.random.RandomState(seed)
    net = TwoLayerNet(d, h, c, weight_init_std=std, seed=seed)
    net.params["b1"][:] = rng.randn(h) * 0.2
    net.params["b2"][:] = rng.randn(c) * 0.2
    x = rng.rand(n, d)
    x[rng.rand(n, d) < sparsity] = 0.0
    t = rng.randint(0, c, n)
    return net, x, t


@pytest.mark.parametrize("seed,n,d,h,c,sparsity", [
    (0, 6, 4, 3, 2, 0.0),
    (1, 10, 7, 5, 4, 0.6),   # mostly-zero inputs, like MNIST pixels
    (2, 3, 12, 8, 10, 0.3),
    (3, 1, 3, 2, 3, 0.0),    # a batch of one
])
def test_fast_is_the_same_central_difference_as_the_books_loop(seed, n, d, h, c, sparsity):
    net, x, t = problem(seed, n, d, h, c, sparsity)
    fast = net.fast_numerical_gradient(x, t)
    plain = net.numerical_gradient(x, t)
    for key in PARAM_NAMES:
        assert fast[key].shape == net.params[key].shape
        # Both are (L(+h) − L(−h)) / 2h; only rounding differs (plain subtracts two whole losses).
        np.testing.assert_allclose(fast[key], plain[key], rtol=1e-7, atol=1e-10, err_msg=key)


def test_an_input_that_is_zero_in_the_whole_batch_has_exactly_zero_gradient():
    net, x, t = problem(4, 5, 6, 4, 3)
    x[:, 2] = 0.0
    fast = net.fast_numerical_gradient(x, t)
    assert np.all(fast["W1"][2] == 0.0)
    assert np.all(fast["W1"][[0, 1, 3, 4, 5]] != 0.0)


@pytest.mark.parametrize("chunk", [1, 13, 97])
def test_tiny_chunks_give_the_same_result(chunk):
    net, x, t = problem(5, 9, 6, 4, 3, sparsity=0.4)
    whole = fast_numerical_gradient(net.params, x, t)
    chunked = fast_numerical_gradient(net.params, x, t, chunk_elements=chunk)
    for key in PARAM_NAMES:
        np.testing.assert_allclose(chunked[key], whole[key], rtol=1e-12, atol=1e-15)


def test_fast_agrees_with_backprop_on_an_mnist_sized_net():
    rng = np.random.RandomState(6)
    net = TwoLayerNet(784, 50, 10, seed=6)
    x = rng.rand(100, 784)
    x[rng.rand(100, 784) < 0.8] = 0.0
    t = rng.randint(0, 10, 100)
    fast = net.fast_numerical_gradient(x, t)
    back = net.gradient(x, t)
    assert max(float(np.max(np.abs(fast[k] - back[k]))) for k in PARAM_NAMES) < 1e-6


def test_float32_inputs_and_one_hot_targets_are_accepted():
    net, x, t = problem(7, 6, 5, 3, 4)
    a = net.fast_numerical_gradient(x.astype(np.float32), np.eye(4)[t])
    b = net.fast_numerical_gradient(x.astype(np.float32).astype(np.float64), t)
    for key in PARAM_NAMES:
        np.testing.assert_array_equal(a[key], b[key])
