import gzip
import hashlib
import struct
from pathlib import Path

import numpy as np
import pytest

from numerics.messages import Message
from numerics.network import MnistError, load_mnist, read_idx_images, read_idx_labels
from numerics.network.mnist import SPLIT_TEST, SPLIT_TRAIN, TEST_IMAGES, TEST_LABELS, TRAIN_IMAGES, TRAIN_LABELS

REAL = Path(__file__).resolve().parents[4] / "shared" / "data" / "mnist"


def idx_images(n, rows=28, cols=28, magic=0x803, seed=0, count=None):
    pixels = np.random.RandomState(seed).randint(0, 256, size=(n, rows, cols), dtype=np.uint8)
    header = struct.pack(">IIII", magic, n if count is None else count, rows, cols)
    return header + pixels.tobytes(), pixels


def idx_labels(n, magic=0x801, seed=0, count=None, top=10):
    labels = np.random.RandomState(seed + 1).randint(0, top, size=n).astype(np.uint8)
    return struct.pack(">II", magic, n if count is None else count) + labels.tobytes(), labels


def write_gz(path: Path, data: bytes) -> Path:
    path.write_bytes(gzip.compress(data))
    return path


def make_folder(folder: Path, n_test=10_000, n_train=None):
    folder.mkdir(exist_ok=True)
    out = {}
    images, out["x_test"] = idx_images(n_test, seed=1)
    labels, out["t_test"] = idx_labels(n_test, seed=1)
    write_gz(folder / TEST_IMAGES, images)
    write_gz(folder / TEST_LABELS, labels)
    if n_train:
        images, out["x_train"] = idx_images(n_train, seed=2)
        labels, out["t_train"] = idx_labels(n_train, seed=2)
        write_gz(folder / TRAIN_IMAGES, images)
        write_gz(folder / TRAIN_LABELS, labels)
    return out


def test_all_four_files_load_as_the_book_does(tmp_path):
    truth = make_folder(tmp_path, n_test=30, n_train=50)
    d = load_mnist(tmp_path)
    assert not d.split_from_test and d.train_size == 50 and d.test_size == 30
    assert d.x_train.shape == (50, 784) and d.x_train.dtype == np.float32
    np.testing.assert_array_equal(d.x_train, truth["x_train"].reshape(50, 784).astype(np.float32) / 255)
    np.testing.assert_array_equal(d.t_test, truth["t_test"])
    raw = load_mnist(tmp_path, normalize=False, flatten=False, one_hot=True)
    assert raw.x_test.shape == (30, 1, 28, 28) and raw.x_test.dtype == np.uint8
    np.testing.assert_array_equal(raw.x_test[:, 0], truth["x_test"])
    np.testing.assert_array_equal(raw.t_train.argmax(axis=1), truth["t_train"])
    assert raw.t_train.shape == (50, 10)


def test_test_files_alone_are_split_8000_2000_deterministically_and_say_so(tmp_path):
    truth = make_folder(tmp_path)
    d = load_mnist(tmp_path, normalize=False)
    assert d.split_from_test and (d.train_size, d.test_size) == (SPLIT_TRAIN, SPLIT_TEST) == (8000, 2000)
    assert "8000" in str(d.note) and "2000" in str(d.note) and str(tmp_path) in str(d.note)
    # Train and test are disjoint and together the whole file: match rows back to the originals.
    keys = {row.tobytes(): i for i, row in enumerate(truth["x_test"].reshape(10_000, -1))}
    used = [keys[row.tobytes()] for row in np.concatenate([d.x_train, d.x_test])]
    assert sorted(used) == list(range(10_000))
    np.testing.assert_array_equal(np.concatenate([d.t_train, d.t_test]), truth["t_test"][used])
    again = load_mnist(tmp_path, normalize=False)
    np.testing.assert_array_equal(again.x_test, d.x_test)


def expect_error(path_or_folder, name, *words):
    with pytest.raises(MnistError) as info:
        load_mnist(path_or_folder)
    text = str(info.value)
    assert isinstance(info.value.message, Message) and text == str(info.value.message)
    assert name in text, text
    for word in words:
        assert word in text, text
    return info.value


def test_missing_folder_and_missing_files(tmp_path):
    expect_error(tmp_path / "nowhere", "nowhere", "does not exist")
    expect_error(tmp_path, TEST_IMAGES, "missing")
    make_folder(tmp_path, n_test=10)
    write_gz(tmp_path / TRAIN_IMAGES, idx_images(5)[0])
    expect_error(tmp_path, TRAIN_LABELS, "missing", TRAIN_IMAGES)


def test_truncated_gzip(tmp_path):
    make_folder(tmp_path, n_test=10)
    data = (tmp_path / TEST_IMAGES).read_bytes()
    (tmp_path / TEST_IMAGES).write_bytes(data[: len(data) // 2])
    err = expect_error(tmp_path, TEST_IMAGES, "incomplete")
    assert err.path == tmp_path / TEST_IMAGES


def test_corrupt_gzip_crc(tmp_path):
    make_folder(tmp_path, n_test=10)
    data = bytearray((tmp_path / TEST_LABELS).read_bytes())
    data[-8] ^= 0xFF  # the CRC32 in the trailer
    (tmp_path / TEST_LABELS).write_bytes(bytes(data))
    expect_error(tmp_path, TEST_LABELS, "damaged")


def test_not_gzip_at_all(tmp_path):
    make_folder(tmp_path, n_test=10)
    (tmp_path / TEST_IMAGES).write_bytes(idx_images(10)[0])  # uncompressed
    expect_error(tmp_path, TEST_IMAGES, "not a gzip")


def test_labels_where_images_belong_is_a_wrong_magic_number(tmp_path):
    make_folder(tmp_path, n_test=10)
    write_gz(tmp_path / TEST_IMAGES, idx_labels(10)[0])
    expect_error(tmp_path, TEST_IMAGES, "magic number", "0x00000801", "0x00000803")


def test_wrong_image_size(tmp_path):
    make_folder(tmp_path, n_test=10)
    write_gz(tmp_path / TEST_IMAGES, idx_images(10, rows=20, cols=20)[0])
    expect_error(tmp_path, TEST_IMAGES, "20×20")


def test_short_data_for_the_count_in_the_header(tmp_path):
    make_folder(tmp_path, n_test=10)
    write_gz(tmp_path / TEST_IMAGES, idx_images(10, count=12)[0])
    expect_error(tmp_path, TEST_IMAGES, "12 items", str(10 * 784))
    write_gz(tmp_path / TEST_IMAGES, struct.pack(">II", 0x803, 10))
    expect_error(tmp_path, TEST_IMAGES, "too short")


def test_labels_out_of_range_and_count_mismatch(tmp_path):
    make_folder(tmp_path, n_test=10)
    write_gz(tmp_path / TEST_LABELS, struct.pack(">II", 0x801, 10) + bytes([1, 2, 3, 11, 0, 0, 0, 0, 0, 0]))
    expect_error(tmp_path, TEST_LABELS, "label 11")
    write_gz(tmp_path / TEST_LABELS, idx_labels(9)[0])
    expect_error(tmp_path, TEST_LABELS, "10 images", "9 labels", TEST_IMAGES)


def test_too_few_test_images_to_split(tmp_path):
    make_folder(tmp_path, n_test=50)
    expect_error(tmp_path, TEST_IMAGES, "50 images", "10000")


def test_readers_return_raw_arrays(tmp_path):
    data, pixels = idx_images(3)
    np.testing.assert_array_equal(read_idx_images(write_gz(tmp_path / "i.gz", data)), pixels)
    data, labels = idx_labels(4)
    np.testing.assert_array_equal(read_idx_labels(write_gz(tmp_path / "l.gz", data)), labels)


@pytest.mark.skipif(not (REAL / TEST_IMAGES).is_file(), reason="the real MNIST test files are not in ../shared/data/mnist/")
def test_the_real_test_files():
    assert hashlib.md5((REAL / TEST_LABELS).read_bytes()).hexdigest() == "ec29112dd5afa0611ce80d1b7f02629c"
    labels = read_idx_labels(REAL / TEST_LABELS)
    assert len(labels) == 10_000
    assert list(labels[:10]) == [7, 2, 1, 0, 4, 1, 4, 9, 5, 9]  # the well-known first test digits
    assert np.bincount(labels).min() > 800
    d = load_mnist(REAL)
    assert d.split_from_test and d.x_train.shape == (8000, 784)
    assert 0.0 <= d.x_train.min() and d.x_train.max() == 1.0
    # About 19% of MNIST pixels are ink: the images are digits, not noise.
    assert 0.1 < np.count_nonzero(d.x_test) / d.x_test.size < 0.3
