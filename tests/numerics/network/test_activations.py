import warnings

import numpy as np
import pytest

from numerics.network.activations import (
    CROSS_ENTROPY_DELTA,
    as_labels,
    cross_entropy_error,
    one_hot,
    sigmoid,
    sigmoid_grad,
    softmax,
)


def test_softmax_rows_are_distributions_and_shift_invariant():
    rng = np.random.RandomState(0)
    x = rng.randn(4, 5, 3) * 10
    y = softmax(x)
    assert y.shape == x.shape
    np.testing.assert_allclose(y.sum(axis=-1), 1.0, rtol=1e-14)
    np.testing.assert_allclose(softmax(x + 1000.0), y, rtol=1e-12)


def test_softmax_of_huge_scores_does_not_overflow():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        y = softmax(np.array([1000.0, 1001.0, 999.0]))
    assert np.all(np.isfinite(y))
    assert y.argmax() == 1


def test_softmax_one_vector_matches_definition():
    x = np.array([0.3, 2.9, 4.0])
    np.testing.assert_allclose(softmax(x), np.exp(x) / np.exp(x).sum(), rtol=1e-15)


def test_sigmoid_is_quiet_for_very_negative_input_and_its_derivative_is_right():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert sigmoid(np.array([-1000.0]))[0] == 0.0
    x = np.linspace(-6, 6, 25)
    h = 1e-5
    np.testing.assert_allclose(sigmoid_grad(x), (sigmoid(x + h) - sigmoid(x - h)) / (2 * h), rtol=1e-8)


def test_cross_entropy_labels_and_one_hot_agree_and_it_averages_over_the_batch():
    rng = np.random.RandomState(1)
    y = softmax(rng.randn(6, 4))
    t = rng.randint(0, 4, 6)
    by_label = cross_entropy_error(y, t)
    assert by_label == cross_entropy_error(y, one_hot(t, 4))
    expected = -np.mean(np.log(y[np.arange(6), t] + CROSS_ENTROPY_DELTA))
    assert by_label == pytest.approx(expected, rel=1e-15)
    # One sample alone: the same as a batch of one.
    assert cross_entropy_error(y[2], t[2:3]) == pytest.approx(cross_entropy_error(y[2:3], t[2:3]), rel=1e-15)


def test_cross_entropy_delta_keeps_a_zero_probability_finite():
    y = np.array([1.0, 0.0, 0.0])
    assert cross_entropy_error(y, np.array([0, 1, 0])) == pytest.approx(-np.log(1e-7))


def test_as_labels_reads_one_hot_by_size_and_refuses_other_shapes():
    t = np.array([2, 0, 1])
    np.testing.assert_array_equal(as_labels(one_hot(t, 3), 3, 3), t)
    np.testing.assert_array_equal(as_labels(t, 3, 3), t)
    with pytest.raises(ValueError):
        as_labels(np.zeros(5), 3, 3)
