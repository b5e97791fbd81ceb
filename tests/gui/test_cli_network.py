"""``--lab network``: the figure and the per-iteration CSV after training, the book's MNIST from the
real files, and every bad value as one line with exit status 2 (nothing trained, nothing written)."""

from __future__ import annotations

import csv
import os
import struct
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from gui import cli
from numerics.network import TwoLayerNet, load_mnist, make_dataset, train
from numerics.network.mnist import TEST_IMAGES, TEST_LABELS

ROOT = Path(__file__).resolve().parents[2]
MAIN = ROOT / "main.py"
MNIST_DIR = ROOT.parent / "shared" / "data" / "mnist"
HAVE_MNIST = (MNIST_DIR / TEST_IMAGES).is_file() and (MNIST_DIR / TEST_LABELS).is_file()


def _run_main(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(MAIN), *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=timeout)


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == ["iteration", "epoch", "loss", "train_acc", "test_acc"]
        return list(reader)


def test_export_and_csv_after_training(tmp_path):
    image, table = tmp_path / "net.png", tmp_path / "net.csv"
    done = _run_main("--lab", "network", "--dataset", "moons", "--iterations", "150", "--hidden", "6",
                     "--batch-size", "16", "--lr", "0.5", "--seed", "4", "--size", "640x480",
                     "--export", str(image), "--export-csv", str(table))
    assert done.returncode == 0, done.stderr
    data = image.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", data[16:24]) == (640, 480)
    assert "test accuracy" in done.stdout

    rows = _rows(table)
    assert [int(r["iteration"]) for r in rows] == list(range(150))
    # The CSV is exactly the numerics' training: the same net, data, batches and seed.
    dataset = make_dataset("moons")
    net = TwoLayerNet(2, 6, 2, weight_init_std=1.0, seed=4)
    records = list(train(net, dataset, lr=0.5, batch_size=16, iterations=150, seed=4))
    np.testing.assert_array_equal([float(r["loss"]) for r in rows], [r.loss for r in records])
    assert [int(r["epoch"]) for r in rows] == [r.epoch for r in records]
    for row, record in zip(rows, records):
        if record.has_accuracy:  # the rows where an epoch's evaluation happened
            assert float(row["train_acc"]) == record.train_acc and float(row["test_acc"]) == record.test_acc
        else:
            assert row["train_acc"] == "" and row["test_acc"] == ""
    epoch_starts = [i for i in range(150) if i == 0 or records[i].epoch != records[i - 1].epoch]
    assert [i for i, r in enumerate(rows) if r["train_acc"]] == epoch_starts


@pytest.mark.skipif(not HAVE_MNIST, reason="../shared/data/mnist/ is not here")
def test_mnist_from_the_books_files_says_it_split_them(tmp_path, capsys):
    table = tmp_path / "mnist.csv"
    assert cli.main(["--lab", "network", "--dataset", "mnist", "--mnist", str(MNIST_DIR), "--iterations", "30",
                     "--hidden", "10", "--export-csv", str(table)]) == 0
    out = capsys.readouterr().out
    assert "8000" in out and "2000" in out  # only the test files: split 8,000 / 2,000, and said so
    rows = _rows(table)
    assert len(rows) == 30
    data = load_mnist(MNIST_DIR)
    net = TwoLayerNet(784, 10, 10, seed=0)  # the book's settings (but --hidden) are mnist's defaults
    records = list(train(net, data, lr=0.1, batch_size=100, iterations=30, seed=0))
    np.testing.assert_array_equal([float(r["loss"]) for r in rows], [r.loss for r in records])


@pytest.mark.parametrize("args, words", [
    (["--iterations", "0"], "--iterations"),
    (["--iterations", "many"], "--iterations"),
    (["--iterations", "2.5"], "--iterations"),
    (["--batch-size", "-3"], "--batch-size"),
    (["--lr", "0"], "--lr"),
    (["--lr", "nan"], "--lr"),
    (["--hidden", "1e9"], "--hidden"),
    (["--seed", "-1"], "--seed"),
    (["--gradient", "guess"], "--gradient"),
    (["--dataset", "iris"], "--dataset"),
    (["--optimizer", "Newton"], "--optimizer"),
    (["--mnist", "{tmp}/nowhere"], "--mnist"),
    (["--dataset", "spiral", "--mnist", "{tmp}"], "--mnist"),
    (["--steps", "10"], "--steps does not apply to --lab network"),
])
def test_bad_values_exit_2_with_one_line(capsys, tmp_path, args, words):
    table = tmp_path / "out.csv"
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    assert cli.main(["--lab", "network", *args, "--export-csv", str(table)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("gradient-explorer: error: ") and words in err
    assert "Traceback" not in err and not table.exists()


def test_mnist_without_a_folder_says_which_option(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr("gui.labs.network_mnist.download_folder", lambda: tmp_path / "none")
    assert cli.main(["--lab", "network", "--dataset", "mnist", "--export-csv", str(tmp_path / "x.csv")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--mnist DIR" in err


@pytest.mark.parametrize("args, words", [
    (["--lab", "network"], "--lab network needs --export"),
    (["--dataset", "moons", "--export", "x.png"], "--dataset needs --lab network"),
    (["--iterations", "10"], "--iterations needs --lab network"),
])
def test_network_options_belong_to_the_network_lab(capsys, args, words):
    assert cli.main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err
