import numpy as np
import pytest

from benchmarks.book_code import numerical_gradient as book_numerical_gradient
from numerics.network import SimpleNet, book, numerical_gradient_params


def book_example():
    return SimpleNet(np.array(book.SIMPLE_NET_W)), np.array(book.SIMPLE_NET_X), np.array(book.SIMPLE_NET_T)


def test_the_books_simple_net_numbers():
    net, x, t = book_example()
    p = net.predict(x)
    np.testing.assert_allclose(p, book.SIMPLE_NET_PREDICT, atol=1e-8)
    assert np.argmax(p) == book.SIMPLE_NET_ARGMAX
    # The book printed W rounded to 8 digits, so its loss and dW are reproduced to ~1e-7.
    assert net.loss(x, t) == pytest.approx(book.SIMPLE_NET_LOSS, abs=5e-7)
    dW = numerical_gradient_params(lambda w: net.loss(x, t), net.W)
    np.testing.assert_allclose(dW, book.SIMPLE_NET_DW, atol=3e-7)


def test_the_books_idiom_gives_the_books_loop_numbers_and_leaves_W_unchanged():
    net, x, t = book_example()
    W = net.W
    before = W.copy()
    f = lambda w: net.loss(x, t)  # noqa: E731 - ignores its argument, reads net.W
    ours = numerical_gradient_params(f, net.W)
    assert net.W is W
    np.testing.assert_array_equal(net.W, before)  # bit for bit
    theirs = book_numerical_gradient(f, net.W)
    np.testing.assert_array_equal(ours, theirs)
    assert np.all(ours != 0)


def test_W_is_restored_exactly_when_f_raises():
    W = np.random.RandomState(0).randn(3, 4)
    before = W.copy()
    calls = []

    def f(w):
        calls.append(1)
        if len(calls) == 7:
            raise RuntimeError("stop")
        return float(np.sum(w**2))

    with pytest.raises(RuntimeError):
        numerical_gradient_params(f, W)
    np.testing.assert_array_equal(W, before)


@pytest.mark.parametrize("shape", [(5,), (3, 4), (2, 3, 4), ()])
def test_every_element_of_any_shape_is_differentiated(shape):
    rng = np.random.RandomState(3)
    A = np.asarray(rng.rand(*shape) + 0.5)
    W = np.asarray(rng.randn(*shape))
    grad = numerical_gradient_params(lambda w: float(np.sum(A * w**2)), W)
    assert grad.shape == W.shape
    np.testing.assert_allclose(grad, 2 * A * W, rtol=1e-7, atol=1e-9)


def test_a_non_contiguous_view_is_perturbed_through_to_its_base():
    base = np.random.RandomState(4).randn(4, 6)
    view = base.T[::2]  # (3, 4), strided
    grad = numerical_gradient_params(lambda w: float(np.sum(base**3)), view)
    np.testing.assert_allclose(grad, 3 * view**2, rtol=1e-6, atol=1e-7)  # h²-sized truncation


def test_a_list_is_copied_and_an_integer_array_refused():
    assert numerical_gradient_params(lambda w: float(w[0] * w[1]), [3.0, 4.0]) == pytest.approx([4.0, 3.0])
    with pytest.raises(TypeError, match="floating-point"):
        numerical_gradient_params(lambda w: 0.0, np.array([1, 2]))


def test_float32_keeps_its_precision_as_the_book_does():
    W = np.array([1.0, 2.0], dtype=np.float32)
    grad = numerical_gradient_params(lambda w: float(np.sum(w.astype(np.float64) ** 2)), W)
    assert grad.dtype == np.float32
    np.testing.assert_array_equal(grad, book_numerical_gradient(lambda w: float(np.sum(w.astype(np.float64) ** 2)), W))


def test_simple_net_draws_its_W_from_the_seed_like_the_book():
    np.random.seed(42)
    expected = np.random.randn(2, 3)
    np.testing.assert_array_equal(SimpleNet(seed=42).W, expected)
    assert not np.array_equal(SimpleNet(seed=1).W, expected)
