"""MNIST from the book's four IDX ``.gz`` files, read and validated.

The book's repositories keep ``train-images-idx3-ubyte.gz``, ``train-labels-idx1-ubyte.gz``,
``t10k-images-idx3-ubyte.gz`` and ``t10k-labels-idx1-ubyte.gz`` in their ``dataset/`` folder.
``load_mnist(folder)`` reads them as the book's ``load_mnist`` does (normalize to [0, 1] float32,
flatten to 784, optional one-hot labels) but checks everything first — gzip integrity, the IDX magic
number, the counts in the header against the data, 28×28 images, labels 0–9, as many images as
labels — and reports a problem as an ``MnistError`` whose ``.message`` names the file.

When only the 10,000 test images are there (a reader who has just those, like
``../shared/data/mnist/``), they are split into 8,000 for training and 2,000 for testing by a fixed
shuffle, and the returned dataset says so (``split_from_test`` and ``note``).

IDX format: a big-endian header — magic ``0x00000803`` (unsigned bytes, 3 dimensions) then the
image count, rows and columns for images; ``0x00000801`` then the count for labels — followed by
the data, one byte per pixel or label.
"""

from __future__ import annotations

import gzip
import os
import struct
import zlib
from pathlib import Path

import numpy as np

from numerics.messages import QT_TRANSLATE_NOOP, message
from numerics.network.activations import one_hot as to_one_hot
from numerics.network.datasets import Dataset
from numerics.network.errors import NetworkError

TRAIN_IMAGES = "train-images-idx3-ubyte.gz"
TRAIN_LABELS = "train-labels-idx1-ubyte.gz"
TEST_IMAGES = "t10k-images-idx3-ubyte.gz"
TEST_LABELS = "t10k-labels-idx1-ubyte.gz"
FILES: tuple[str, ...] = (TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS)

IMAGE_MAGIC = 0x00000803
LABEL_MAGIC = 0x00000801
ROWS = COLS = 28
N_CLASSES = 10

#: The split of the 10,000 test images when they are all there is.
SPLIT_TRAIN = 8_000
SPLIT_TEST = 2_000
#: The fixed shuffle before that split: the t10k file holds its two writer populations (Census
#: staff, students) in two halves, so a plain first-8,000/last-2,000 cut would test on one of them.
SPLIT_SEED = 0

#: Largest file we will decompress (the real training images are 47 MB unpacked).
MAX_UNPACKED_BYTES = 200 * 1024 * 1024

TITLE = QT_TRANSLATE_NOOP("numerics", "MNIST handwritten digits")
NOTE_FULL = QT_TRANSLATE_NOOP("numerics", "MNIST: {train} training and {test} test images from {folder}.")
NOTE_SPLIT = QT_TRANSLATE_NOOP(
    "numerics",
    "Only the 10,000 MNIST test images were found in {folder}: {train} of them are used for training "
    "and {test} for testing.",
)
ERR_NO_FOLDER = QT_TRANSLATE_NOOP("numerics", "The MNIST folder {folder} does not exist.")
ERR_MISSING = QT_TRANSLATE_NOOP("numerics", "{folder} has no MNIST files: {file} is missing.")
ERR_PARTIAL_TRAIN = QT_TRANSLATE_NOOP(
    "numerics", "{file} is missing from {folder} (its partner {other} is there); add it or remove the partner.")
ERR_UNREADABLE = QT_TRANSLATE_NOOP("numerics", "{file} cannot be read: {reason}")
ERR_NOT_GZIP = QT_TRANSLATE_NOOP("numerics", "{file} is not a gzip file (the MNIST files end in .gz and are compressed).")
ERR_TRUNCATED = QT_TRANSLATE_NOOP("numerics", "{file} is damaged or incomplete (the compressed data ends early or is corrupt); download it again.")
ERR_TOO_LARGE = QT_TRANSLATE_NOOP("numerics", "{file} unpacks to more than {limit} MB; it is not an MNIST file.")
ERR_SHORT_HEADER = QT_TRANSLATE_NOOP("numerics", "{file} is too short to be an IDX file ({size} bytes).")
ERR_MAGIC = QT_TRANSLATE_NOOP(
    "numerics", "{file} is not an MNIST {kind} file: its magic number is 0x{found:08x}, expected 0x{expected:08x}.")
ERR_SIZE = QT_TRANSLATE_NOOP(
    "numerics", "{file} holds images of {rows}×{cols} pixels; MNIST images are 28×28.")
ERR_LENGTH = QT_TRANSLATE_NOOP(
    "numerics", "{file} promises {count} items ({expected} bytes of data) but holds {actual} bytes.")
ERR_LABEL_RANGE = QT_TRANSLATE_NOOP("numerics", "{file} contains the label {label}; MNIST labels are 0 to 9.")
ERR_COUNTS = QT_TRANSLATE_NOOP("numerics", "{images} holds {n_images} images but {labels} holds {n_labels} labels.")
ERR_SPLIT_COUNT = QT_TRANSLATE_NOOP(
    "numerics", "{file} holds {count} images; splitting it into training and test sets needs {need}.")
KIND_IMAGES = QT_TRANSLATE_NOOP("numerics", "image")
KIND_LABELS = QT_TRANSLATE_NOOP("numerics", "label")


class MnistError(NetworkError):
    """An MNIST file or folder that cannot be used. ``.message`` names it; ``.path`` is the file."""

    def __init__(self, msg, path: Path | None = None) -> None:
        super().__init__(msg)
        self.path = path


def _read_gzip(path: Path) -> bytes:
    name = path.name
    try:
        with open(path, "rb") as raw:
            head = raw.read(2)
            if head != b"\x1f\x8b":
                raise MnistError(message(ERR_NOT_GZIP, file=name), path)
            raw.seek(0)
            with gzip.GzipFile(fileobj=raw) as f:
                data = f.read(MAX_UNPACKED_BYTES + 1)
    except MnistError:
        raise
    except (EOFError, zlib.error, gzip.BadGzipFile):
        raise MnistError(message(ERR_TRUNCATED, file=name), path) from None
    except OSError as exc:
        raise MnistError(message(ERR_UNREADABLE, file=name, reason=exc.strerror or str(exc)), path) from None
    if len(data) > MAX_UNPACKED_BYTES:
        raise MnistError(message(ERR_TOO_LARGE, file=name, limit=MAX_UNPACKED_BYTES // (1024 * 1024)), path)
    return data


def read_idx_images(path: str | os.PathLike) -> np.ndarray:
    """The images of an IDX image file as ``uint8 (N, 28, 28)``; raises ``MnistError``."""
    path = Path(path)
    data = _read_gzip(path)
    if len(data) < 16:
        raise MnistError(message(ERR_SHORT_HEADER, file=path.name, size=len(data)), path)
    magic, count, rows, cols = struct.unpack(">IIII", data[:16])
    if magic != IMAGE_MAGIC:
        raise MnistError(message(ERR_MAGIC, file=path.name, kind=message(KIND_IMAGES), found=magic,
                                 expected=IMAGE_MAGIC), path)
    if (rows, cols) != (ROWS, COLS):
        raise MnistError(message(ERR_SIZE, file=path.name, rows=rows, cols=cols), path)
    expected = count * rows * cols
    if len(data) - 16 != expected:
        raise MnistError(message(ERR_LENGTH, file=path.name, count=count, expected=expected,
                                 actual=len(data) - 16), path)
    return np.frombuffer(data, np.uint8, offset=16).reshape(count, rows, cols)


def read_idx_labels(path: str | os.PathLike) -> np.ndarray:
    """The labels of an IDX label file as ``uint8 (N,)``; raises ``MnistError``."""
    path = Path(path)
    data = _read_gzip(path)
    if len(data) < 8:
        raise MnistError(message(ERR_SHORT_HEADER, file=path.name, size=len(data)), path)
    magic, count = struct.unpack(">II", data[:8])
    if magic != LABEL_MAGIC:
        raise MnistError(message(ERR_MAGIC, file=path.name, kind=message(KIND_LABELS), found=magic,
                                 expected=LABEL_MAGIC), path)
    if len(data) - 8 != count:
        raise MnistError(message(ERR_LENGTH, file=path.name, count=count, expected=count,
                                 actual=len(data) - 8), path)
    labels = np.frombuffer(data, np.uint8, offset=8)
    if count and labels.max() >= N_CLASSES:
        raise MnistError(message(ERR_LABEL_RANGE, file=path.name, label=int(labels.max())), path)
    return labels


def _read_pair(folder: Path, images_name: str, labels_name: str) -> tuple[np.ndarray, np.ndarray]:
    images = read_idx_images(folder / images_name)
    labels = read_idx_labels(folder / labels_name)
    if len(images) != len(labels):
        raise MnistError(message(ERR_COUNTS, images=images_name, n_images=len(images), labels=labels_name,
                                 n_labels=len(labels)), folder / labels_name)
    return images, labels


def mnist_files_present(folder: str | os.PathLike) -> dict[str, bool]:
    """Which of the four files are in ``folder`` (by name only; nothing is read)."""
    folder = Path(folder)
    return {name: (folder / name).is_file() for name in FILES}


def load_mnist(folder: str | os.PathLike, normalize: bool = True, flatten: bool = True,
               one_hot: bool = False) -> Dataset:
    """Read MNIST from ``folder`` as the book's ``load_mnist`` would, with every file validated.

    ``normalize``: pixels as float32 in [0, 1] (else uint8 0–255). ``flatten``: images ``(N, 784)``
    (else the book's ``(N, 1, 28, 28)``). ``one_hot``: labels as float rows ``(N, 10)`` (else uint8).
    With all four files: 60,000 training and 10,000 test images. With only the t10k pair: the
    8,000 / 2,000 split described above, ``split_from_test=True``. Raises ``MnistError``.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise MnistError(message(ERR_NO_FOLDER, folder=str(folder)), folder)
    present = mnist_files_present(folder)
    for name in (TEST_IMAGES, TEST_LABELS):
        if not present[name]:
            raise MnistError(message(ERR_MISSING, folder=str(folder), file=name), folder / name)
    if present[TRAIN_IMAGES] != present[TRAIN_LABELS]:
        missing, other = (TRAIN_LABELS, TRAIN_IMAGES) if present[TRAIN_IMAGES] else (TRAIN_IMAGES, TRAIN_LABELS)
        raise MnistError(message(ERR_PARTIAL_TRAIN, folder=str(folder), file=missing, other=other), folder / missing)

    x_test, t_test = _read_pair(folder, TEST_IMAGES, TEST_LABELS)
    split = not present[TRAIN_IMAGES]
    if split:
        if len(x_test) < SPLIT_TRAIN + SPLIT_TEST:
            raise MnistError(message(ERR_SPLIT_COUNT, file=TEST_IMAGES, count=len(x_test),
                                     need=SPLIT_TRAIN + SPLIT_TEST), folder / TEST_IMAGES)
        order = np.random.RandomState(SPLIT_SEED).permutation(len(x_test))
        train_idx, test_idx = order[:SPLIT_TRAIN], order[SPLIT_TRAIN:SPLIT_TRAIN + SPLIT_TEST]
        x_train, t_train = x_test[train_idx], t_test[train_idx]
        x_test, t_test = x_test[test_idx], t_test[test_idx]
        note = message(NOTE_SPLIT, folder=str(folder), train=SPLIT_TRAIN, test=SPLIT_TEST)
    else:
        x_train, t_train = _read_pair(folder, TRAIN_IMAGES, TRAIN_LABELS)
        note = message(NOTE_FULL, folder=str(folder), train=len(x_train), test=len(x_test))

    def images(x: np.ndarray) -> np.ndarray:
        if normalize:
            x = x.astype(np.float32)
            x /= 255.0
        return x.reshape(-1, ROWS * COLS) if flatten else x.reshape(-1, 1, ROWS, COLS)

    def labels(t: np.ndarray) -> np.ndarray:
        return to_one_hot(t, N_CLASSES) if one_hot else np.array(t)

    return Dataset("mnist", message(TITLE), images(x_train), labels(t_train), images(x_test), labels(t_test),
                   N_CLASSES, split_from_test=split, note=note)
