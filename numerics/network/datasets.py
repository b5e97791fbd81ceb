"""Data for the network lab: the ``Dataset`` container and the built-in 2-D datasets.

The 2-D sets (spiral, moons, circles, xor, blobs) need no download and train in seconds, and a
two-input net's decision regions can be drawn. Each is generated from a seed with
``np.random.RandomState`` — whose streams numpy promises never to change — so a seed names the same
points on every machine and version. ``noise`` is the standard deviation of Gaussian noise added to
each coordinate (for blobs: the spread of each blob).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from numerics.field import grid_points
from numerics.messages import Message, QT_TRANSLATE_NOOP, message
from numerics.network.activations import one_hot
from numerics.network.errors import NetworkError

Box = tuple[float, float, float, float]

SPIRAL_TITLE = QT_TRANSLATE_NOOP("numerics", "Spiral (3 arms)")
MOONS_TITLE = QT_TRANSLATE_NOOP("numerics", "Two moons")
CIRCLES_TITLE = QT_TRANSLATE_NOOP("numerics", "Circles (a ring around a disc)")
XOR_TITLE = QT_TRANSLATE_NOOP("numerics", "XOR (opposite quadrants)")
BLOBS_TITLE = QT_TRANSLATE_NOOP("numerics", "Gaussian blobs (3)")
UNKNOWN_DATASET = QT_TRANSLATE_NOOP("numerics", "Unknown dataset “{name}”; choose one of {choices}.")
BAD_SAMPLES = QT_TRANSLATE_NOOP("numerics", "A dataset needs at least {low} and at most {high} samples, not {value}.")
BAD_NOISE = QT_TRANSLATE_NOOP("numerics", "The noise must be a number from 0 to {high}, not {value}.")
BAD_TEST_FRACTION = QT_TRANSLATE_NOOP("numerics", "The test fraction must be at least 0 and below 1, not {value}.")

MAX_SAMPLES = 1_000_000
MAX_NOISE = 10.0


class DatasetError(NetworkError):
    """A dataset setting that cannot be used; ``.message`` says which and why."""


@dataclass(frozen=True)
class Dataset:
    """Training and test samples with integer labels. The arrays are read-only.

    ``x_*`` are ``(N, inputs)`` (MNIST may keep the book's ``(N, 1, 28, 28)`` when not flattened),
    ``t_*`` are labels ``(N,)`` or, when loaded with ``one_hot``, rows ``(N, n_classes)``.
    ``box`` is a view box around 2-D data (None otherwise). ``split_from_test`` is True when only
    MNIST's 10,000 test images were found and were split into training and test sets; ``note``
    then says so in words for the screen.
    """

    name: str
    title: Message
    x_train: np.ndarray
    t_train: np.ndarray
    x_test: np.ndarray
    t_test: np.ndarray
    n_classes: int
    box: Box | None = None
    split_from_test: bool = False
    note: Message | None = None

    def __post_init__(self) -> None:
        for name in ("x_train", "t_train", "x_test", "t_test"):
            arr = np.asarray(getattr(self, name))
            if arr.flags.writeable:
                arr = arr.view()
                arr.flags.writeable = False
            object.__setattr__(self, name, arr)

    @property
    def input_size(self) -> int:
        return int(np.prod(self.x_train.shape[1:]))

    @property
    def train_size(self) -> int:
        return len(self.x_train)

    @property
    def test_size(self) -> int:
        return len(self.x_test)

    def book_tuples(self) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
        """``((x_train, t_train), (x_test, t_test))``, the shape of the book's ``load_mnist``."""
        return (self.x_train, self.t_train), (self.x_test, self.t_test)

    def with_one_hot(self) -> "Dataset":
        """The same data with one-hot targets (as the book's ``one_hot_label=True``)."""
        if self.t_train.ndim == 2:
            return self
        return Dataset(self.name, self.title, self.x_train, one_hot(self.t_train, self.n_classes),
                       self.x_test, one_hot(self.t_test, self.n_classes), self.n_classes, self.box,
                       self.split_from_test, self.note)


# --- the 2-D generators: (n, noise, rng) -> (points (n, 2), labels (n,)) --------------------------


def _class_sizes(n: int, classes: int) -> np.ndarray:
    """Split n samples as evenly as possible: the first n % classes classes get one more."""
    return np.full(classes, n // classes) + (np.arange(classes) < n % classes)


def _spiral(n: int, noise: float, rng: np.random.RandomState) -> tuple[np.ndarray, np.ndarray]:
    """Three interleaved arms from the centre outwards (the classic CS231n spiral)."""
    sizes = _class_sizes(n, 3)
    labels = np.repeat(np.arange(3), sizes)
    # Position along the own arm, 0 (centre) to 1 (tip), evenly spaced.
    s = np.concatenate([np.linspace(0.0, 1.0, m) for m in sizes])
    theta = labels * (2 * np.pi / 3) + s * 1.75 * np.pi
    radius = 0.1 + 0.9 * s
    points = radius[:, None] * np.stack([np.cos(theta), np.sin(theta)], axis=-1)
    return points + noise * rng.randn(n, 2), labels


def _moons(n: int, noise: float, rng: np.random.RandomState) -> tuple[np.ndarray, np.ndarray]:
    """Two interleaving half circles (as scikit-learn's make_moons), centred on the origin."""
    sizes = _class_sizes(n, 2)
    t_outer = np.linspace(0.0, np.pi, sizes[0])
    t_inner = np.linspace(0.0, np.pi, sizes[1])
    outer = np.stack([np.cos(t_outer), np.sin(t_outer)], axis=-1)
    inner = np.stack([1 - np.cos(t_inner), 0.5 - np.sin(t_inner)], axis=-1)
    points = np.concatenate([outer, inner]) - np.array([0.5, 0.25])
    return points + noise * rng.randn(n, 2), np.repeat(np.arange(2), sizes)


def _circles(n: int, noise: float, rng: np.random.RandomState) -> tuple[np.ndarray, np.ndarray]:
    """A ring of radius 1 (class 0) around a circle of radius 0.5 (class 1)."""
    sizes = _class_sizes(n, 2)
    angle = np.concatenate([np.linspace(0.0, 2 * np.pi, m, endpoint=False) for m in sizes])
    labels = np.repeat(np.arange(2), sizes)
    radius = np.where(labels == 0, 1.0, 0.5)
    points = radius[:, None] * np.stack([np.cos(angle), np.sin(angle)], axis=-1)
    return points + noise * rng.randn(n, 2), labels


def _xor(n: int, noise: float, rng: np.random.RandomState) -> tuple[np.ndarray, np.ndarray]:
    """Points uniform in [−1, 1]²; class 0 in the quadrants where x0 and x1 share a sign, class 1
    in the other two (decided before the noise is added), half of the points each."""
    sizes = _class_sizes(n, 2)
    labels = np.repeat(np.arange(2), sizes)
    magnitude = rng.uniform(0.0, 1.0, size=(n, 2))
    sign0 = np.where(rng.rand(n) < 0.5, -1.0, 1.0)
    sign1 = np.where(labels == 0, sign0, -sign0)
    points = magnitude * np.stack([sign0, sign1], axis=-1)
    return points + noise * rng.randn(n, 2), labels


def _blobs(n: int, noise: float, rng: np.random.RandomState) -> tuple[np.ndarray, np.ndarray]:
    """Three round Gaussian blobs centred on a circle of radius 1; ``noise`` is their spread."""
    sizes = _class_sizes(n, 3)
    labels = np.repeat(np.arange(3), sizes)
    angle = np.pi / 2 + labels * (2 * np.pi / 3)
    centres = np.stack([np.cos(angle), np.sin(angle)], axis=-1)
    return centres + noise * rng.randn(n, 2), labels


@dataclass(frozen=True)
class Generator2D:
    """One built-in dataset: its generator, class count and default settings."""

    name: str
    title: str
    make: Callable[[int, float, np.random.RandomState], tuple[np.ndarray, np.ndarray]]
    n_classes: int
    noise: float
    n_samples: int = 300


DATASETS_2D: dict[str, Generator2D] = {
    g.name: g
    for g in (
        Generator2D("spiral", SPIRAL_TITLE, _spiral, 3, 0.05),
        Generator2D("moons", MOONS_TITLE, _moons, 2, 0.1),
        Generator2D("circles", CIRCLES_TITLE, _circles, 2, 0.08),
        Generator2D("xor", XOR_TITLE, _xor, 2, 0.05),
        Generator2D("blobs", BLOBS_TITLE, _blobs, 3, 0.3),
    )
}


def _data_box(points: np.ndarray, margin: float = 0.15) -> Box:
    """A square-ish box around the points with a margin, for decision regions."""
    lo, hi = points.min(axis=0), points.max(axis=0)
    pad = margin * max(float((hi - lo).max()), 1e-9)
    return (float(lo[0] - pad), float(hi[0] + pad), float(lo[1] - pad), float(hi[1] + pad))


def make_dataset(name: str, n_samples: int | None = None, noise: float | None = None, seed: int = 0,
                 test_fraction: float = 0.2) -> Dataset:
    """A built-in 2-D dataset: ``n_samples`` points (classes as even as can be), shuffled by
    ``seed`` and split into the last ``round(n·test_fraction)`` for testing and the rest for training.

    Raises ``DatasetError`` for an unknown name or settings out of range.
    """
    gen = DATASETS_2D.get(name)
    if gen is None:
        raise DatasetError(message(UNKNOWN_DATASET, name=name, choices=", ".join(DATASETS_2D)))
    n = gen.n_samples if n_samples is None else n_samples
    noise = gen.noise if noise is None else noise
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or not 2 * gen.n_classes <= n <= MAX_SAMPLES:
        raise DatasetError(message(BAD_SAMPLES, value=n, low=2 * gen.n_classes, high=MAX_SAMPLES))
    if not isinstance(noise, (int, float)) or not 0 <= noise <= MAX_NOISE:
        raise DatasetError(message(BAD_NOISE, value=noise, high=MAX_NOISE))
    if not isinstance(test_fraction, (int, float)) or not 0 <= test_fraction < 1:
        raise DatasetError(message(BAD_TEST_FRACTION, value=test_fraction))
    rng = np.random.RandomState(seed)
    points, labels = gen.make(int(n), float(noise), rng)
    order = rng.permutation(int(n))
    points, labels = points[order], labels[order].astype(np.intp)
    n_test = int(round(n * test_fraction))
    cut = int(n) - n_test
    return Dataset(gen.name, message(gen.title), points[:cut], labels[:cut], points[cut:], labels[cut:],
                   gen.n_classes, box=_data_box(points))


# --- decision regions ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DecisionRegions:
    """The predicted class and its probability on a grid: ``labels``/``confidence`` (ny, nx),
    rows along x1, columns along x0 (the ``np.meshgrid`` convention of ``numerics.field``)."""

    x0: np.ndarray
    x1: np.ndarray
    labels: np.ndarray
    confidence: np.ndarray


def decision_regions(net, box: Box, nx: int, ny: int | None = None) -> DecisionRegions:
    """Predict every cell of an ``nx × ny`` grid over ``box`` at once (one batched forward pass).

    ``net`` is anything with ``predict(points (..., 2)) -> probabilities (..., classes)``.
    """
    x0, x1, points = grid_points(box, nx, ny)
    probs = np.asarray(net.predict(points))
    labels = np.argmax(probs, axis=-1)
    confidence = np.take_along_axis(probs, labels[..., None], axis=-1)[..., 0]
    return DecisionRegions(x0, x1, labels, confidence)
