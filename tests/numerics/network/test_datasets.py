import numpy as np
import pytest

from numerics.messages import Message
from numerics.network import DATASETS_2D, DatasetError, TwoLayerNet, decision_regions, make_dataset


@pytest.mark.parametrize("name", list(DATASETS_2D))
def test_each_dataset_is_deterministic_from_its_seed(name):
    a, b, c = make_dataset(name, seed=4), make_dataset(name, seed=4), make_dataset(name, seed=5)
    np.testing.assert_array_equal(a.x_train, b.x_train)
    np.testing.assert_array_equal(a.t_test, b.t_test)
    assert not np.array_equal(a.x_train, c.x_train)


@pytest.mark.parametrize("name", list(DATASETS_2D))
def test_sizes_classes_split_and_box(name):
    d = make_dataset(name, n_samples=301, seed=0, test_fraction=0.25)
    assert d.train_size + d.test_size == 301 and d.test_size == 75
    assert d.x_train.shape == (226, 2) and d.input_size == 2
    labels = np.concatenate([d.t_train, d.t_test])
    assert np.issubdtype(labels.dtype, np.integer)
    counts = np.bincount(labels, minlength=d.n_classes)
    assert len(counts) == d.n_classes == DATASETS_2D[name].n_classes
    assert counts.max() - counts.min() <= 1  # balanced classes
    x = np.concatenate([d.x_train, d.x_test])
    x0a, x0b, x1a, x1b = d.box
    assert (x[:, 0] > x0a).all() and (x[:, 0] < x0b).all() and (x[:, 1] > x1a).all() and (x[:, 1] < x1b).all()
    assert isinstance(d.title, Message) and str(d.title)


def test_noise_free_shapes_are_what_their_names_say():
    c = make_dataset("circles", noise=0.0, seed=0, test_fraction=0.0)
    r = np.hypot(*c.x_train.T)
    np.testing.assert_allclose(r[c.t_train == 0], 1.0)
    np.testing.assert_allclose(r[c.t_train == 1], 0.5)
    x = make_dataset("xor", noise=0.0, seed=0, test_fraction=0.0)
    np.testing.assert_array_equal(x.t_train, (x.x_train[:, 0] * x.x_train[:, 1] < 0).astype(int))
    b = make_dataset("blobs", noise=0.0, seed=0, test_fraction=0.0)
    for k in range(3):
        assert len(np.unique(b.x_train[b.t_train == k].round(12), axis=0)) == 1  # one centre per class
    s = make_dataset("spiral", noise=0.0, seed=0, test_fraction=0.0)
    assert np.hypot(*s.x_train.T).max() == pytest.approx(1.0)


def test_noise_spreads_the_points():
    quiet = make_dataset("circles", noise=0.01, seed=0, test_fraction=0.0)
    loud = make_dataset("circles", noise=0.2, seed=0, test_fraction=0.0)
    spread = lambda d: np.std(np.hypot(*d.x_train.T)[d.t_train == 0])  # noqa: E731
    assert spread(loud) > 5 * spread(quiet)


def test_arrays_are_read_only():
    d = make_dataset("moons")
    with pytest.raises(ValueError):
        d.x_train[0, 0] = 1.0


@pytest.mark.parametrize("kw", [{"name": "mnist2"}, {"n_samples": 3}, {"noise": -1.0}, {"noise": float("nan")},
                                {"test_fraction": 1.0}])
def test_bad_settings_raise_a_dataset_error_with_a_message(kw):
    args = {"name": "moons", **kw}
    with pytest.raises(DatasetError) as info:
        make_dataset(**args)
    assert isinstance(info.value.message, Message) and str(info.value)


def test_decision_regions_are_the_nets_predictions_on_the_grid():
    net = TwoLayerNet(2, 6, 3, weight_init_std=2.0, seed=1)
    box = (-2.0, 2.0, -1.0, 1.0)
    regions = decision_regions(net, box, 7, 5)
    assert regions.labels.shape == regions.confidence.shape == (5, 7)
    np.testing.assert_array_equal(regions.x0, np.linspace(-2, 2, 7))
    point = np.array([regions.x0[3], regions.x1[4]])  # column 3, row 4
    probs = net.predict(point)
    assert regions.labels[4, 3] == probs.argmax()
    assert regions.confidence[4, 3] == pytest.approx(probs.max())
    assert (regions.confidence >= 1 / 3 - 1e-12).all()
