"""The Network tab: training on the compute thread (loss falls, accuracy rises), pause without losing
a record, stop, reset, export, MNIST from the real files, the download, simpleNet and the line fit.

Thread identity is recorded INSIDE the computation (a wrapper around ``numerics.network.train``), and
compared with the GUI thread. Nets are small and runs short: the whole module takes a few seconds.
"""

from __future__ import annotations

import http.server
import struct
import threading
from functools import partial
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QStandardPaths, Qt, QThread

import numerics.network.training as training_module
from gui.export import export_png
from gui.labs import LABS
from gui.labs.network_lab import NetworkLab
from gui.labs.network_run import FINISHED, PAUSED, RUNNING, STOPPED, TrainingRun, TrainingSettings, make_2d_dataset
from gui.workers.compute_thread import ComputeThread
from numerics.network import TwoLayerNet, book, train
from numerics.network.mnist import TEST_IMAGES, TEST_LABELS

MNIST_DIR = Path(__file__).resolve().parents[4] / "shared" / "data" / "mnist"
HAVE_MNIST = (MNIST_DIR / TEST_IMAGES).is_file() and (MNIST_DIR / TEST_LABELS).is_file()
needs_mnist = pytest.mark.skipif(not HAVE_MNIST, reason="../shared/data/mnist/ is not here")

#: Small, quick settings on a dataset a 2-8-3 net learns in a few hundred iterations.
QUICK = {"dataset": "circles", "hidden": 8, "lr": 1.0, "batch_size": 20, "length": 300, "length_unit": "iterations",
         "seed": 3}


@pytest.fixture(scope="module")
def made(qapp):
    """One Network tab for the module (building its three pages and canvas costs ~0.3 s)."""
    compute = ComputeThread("test-network")
    widget = LABS["network"].create(compute=compute)
    widget.resize(1200, 800)
    widget.show()
    yield widget, compute
    widget.shutdown()
    widget.close()
    assert compute.shutdown()


@pytest.fixture
def shared(made):
    return made[1]


@pytest.fixture
def lab(made, qtbot):
    """The tab, as a user who has just opened it finds it: nothing trained, no MNIST folder chosen."""
    widget = made[0]
    page = widget.training
    page.reset()
    page.mnist_source.folder = None
    page.mnist = None
    page.select_dataset("spiral")
    page.clear_error()
    widget.show_page(page)
    yield widget
    page.reset()
    widget.line_fit.clear_runs()


def quick(lab, **changes):
    page = lab.training
    page.apply_settings({**QUICK, **changes})
    return page


def test_the_registry_builds_the_network_tab(lab):
    assert isinstance(lab, NetworkLab) and LABS["network"].title == "Network"
    assert lab.export_target() is lab.training.figure
    lab.show_page(lab.line_fit)
    assert lab.export_target() is lab.line_fit.figure


def test_training_lowers_the_loss_and_raises_the_accuracy(lab, qtbot):
    page = quick(lab)
    assert page.train()
    assert page.state == RUNNING
    assert lab.wait_until_computed(20_000)
    h = page.history
    assert page.state == FINISHED and h.count == 300 and h.state == FINISHED
    np.testing.assert_array_equal(h.iterations.values, np.arange(300))
    losses = h.losses.values
    assert losses[-30:].mean() < 0.5 * losses[:30].mean()
    train_acc, test_acc = h.train_acc.values, h.test_acc.values
    assert train_acc[-1] > train_acc[0] + 0.3 and test_acc[-1] > test_acc[0] + 0.3
    assert page.regions.regions is not None  # the decision regions were redrawn from the worker
    assert page.regions.regions.labels.shape == (120, 120)
    assert "300 of 300" in page.stats.text().replace(",", "")


def test_the_records_are_the_numerics_train_records(lab):
    """The tab adds nothing and drops nothing: the same losses as calling train() directly."""
    page = quick(lab, length=120)
    page.train()
    assert lab.wait_until_computed(20_000)
    settings = page.run.settings
    data = make_2d_dataset(settings)
    net = TwoLayerNet(2, settings.hidden, data.n_classes, weight_init_std=settings.init_std, seed=settings.seed)
    direct = list(train(net, data, lr=settings.lr, batch_size=settings.batch_size, iterations=120, seed=settings.seed))
    np.testing.assert_array_equal(page.history.losses.values, [r.loss for r in direct])
    np.testing.assert_array_equal(page.history.test_acc.values, [r.test_acc for r in direct if r.has_accuracy])


def test_training_runs_on_the_compute_thread(lab, shared, qapp, monkeypatch):
    threads: list[QThread] = []
    original = training_module.train

    def recording(*args, **kwargs):
        records = original(*args, **kwargs)  # settings are checked here, on the GUI thread

        def stream():
            for record in records:
                threads.append(QThread.currentThread())
                yield record
        return stream()

    monkeypatch.setattr(training_module, "train", recording)
    page = quick(lab, length=100)
    page.train()
    assert lab.wait_until_computed(20_000)
    assert len(threads) == 100
    assert all(t is shared.thread for t in threads)
    assert not any(t is qapp.thread() for t in threads)


def test_pause_computes_nothing_and_resume_loses_no_record(lab, shared, qtbot):
    page = quick(lab, length=2_000_000, batch_size=5)  # far longer than the test waits
    page.train()
    qtbot.waitUntil(lambda: page.history.count > 50, timeout=10_000)
    page.pause()
    assert page.pause_button.text() == "Resume"
    qtbot.waitUntil(lambda: not page.is_computing(), timeout=5_000)
    assert page.state == PAUSED and page.history.state == PAUSED
    assert shared.jobs() == []  # paused: no job on the compute thread at all
    paused_at = page.history.count
    qtbot.wait(150)
    assert page.history.count == paused_at
    page.resume()
    assert page.state == RUNNING and page.is_computing()
    qtbot.waitUntil(lambda: page.history.count > paused_at + 50, timeout=10_000)
    page.stop()
    assert lab.wait_until_computed(10_000)
    assert page.state == STOPPED
    n = page.history.count
    np.testing.assert_array_equal(page.history.iterations.values, np.arange(n))  # contiguous across the pause
    # ... and the very records an uninterrupted run of the same seed makes.
    run = TrainingRun(page.run.settings, page.dataset)
    straight = [next(run.records).loss for _ in range(n)]
    np.testing.assert_array_equal(page.history.losses.values, straight)


def test_stop_keeps_what_was_learnt_and_train_starts_afresh(lab, qtbot):
    page = quick(lab, length=2_000_000)
    page.train()
    qtbot.waitUntil(lambda: page.history.count > 20, timeout=10_000)
    assert not page.train_button.isEnabled() and page.stop_button.isEnabled()
    page.stop()
    assert lab.wait_until_computed(10_000)
    assert page.state == STOPPED and 20 < page.history.count < 2_000_000
    assert page.train_button.isEnabled() and not page.stop_button.isEnabled() and not page.pause_button.isEnabled()
    page.apply_settings({"length": 40})
    page.train()
    assert lab.wait_until_computed(10_000)
    assert page.state == FINISHED and page.history.count == 40


def test_stop_while_paused_ends_the_run(lab, qtbot):
    page = quick(lab, length=2_000_000)
    page.train()
    qtbot.waitUntil(lambda: page.history.count > 10, timeout=10_000)
    page.pause()
    qtbot.waitUntil(lambda: not page.is_computing(), timeout=5_000)
    page.stop()
    assert page.state == STOPPED and page.train_button.isEnabled()


def test_reset_forgets_the_run_and_shows_the_untrained_net(lab, qtbot):
    page = quick(lab, length=2_000_000)
    page.train()
    qtbot.waitUntil(lambda: page.history.count > 10, timeout=10_000)
    page.reset()
    assert not page.is_computing() and page.run is None and page.history.count == 0
    assert page.state == "idle" and page.train_button.isEnabled()
    assert page.loss_plot.raw.getData()[0] is None or len(page.loss_plot.raw.getData()[0]) == 0
    untrained = TrainingRun(page.settings(), page.dataset).view()[0]
    np.testing.assert_array_equal(page.regions.regions.labels, untrained.labels)


def test_export_after_training(lab, tmp_path):
    page = quick(lab, length=60)
    page.train()
    assert lab.wait_until_computed(10_000)
    page.flush_redraw()
    path = export_png(lab.export_target(), tmp_path / "network.png")
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (lab.export_target().width(), lab.export_target().height())


def test_bad_settings_are_refused_with_the_reason(lab):
    page = quick(lab)
    page.lr_edit.setText("fast")
    assert not page.train()
    assert page.message.isVisibleTo(page) and "η" in page.message.text()
    page.lr_edit.setText("1000")  # beyond the app's η range
    assert not page.train() and "100" in page.message.text()
    assert page.run is None and not page.is_computing()


def test_mnist_without_files_says_where_to_get_them(lab, monkeypatch, tmp_path):
    monkeypatch.setattr("gui.labs.network_mnist.download_folder", lambda: tmp_path / "none")
    page = lab.training
    page.select_dataset("mnist")
    assert page.dataset is None and not page.train_button.isEnabled()
    assert "download" in page.mnist_source.folder_label.text()


def test_a_broken_mnist_file_is_named_not_a_traceback(lab, tmp_path):
    (tmp_path / TEST_IMAGES).write_bytes(b"\x1f\x8b\x08\x00broken")
    (tmp_path / TEST_LABELS).write_bytes(b"\x1f\x8b\x08\x00broken")
    page = lab.training
    page.select_dataset("mnist")
    page.mnist_source.set_folder(tmp_path)
    assert lab.wait_until_computed(10_000)
    assert page.dataset is None
    assert TEST_IMAGES in page.message.text() and "Traceback" not in page.message.text()


@needs_mnist
def test_mnist_from_the_real_files(lab, qtbot):
    page = lab.training
    page.select_dataset("mnist")
    page.mnist_source.set_folder(MNIST_DIR)
    assert lab.wait_until_computed(20_000)
    assert page.dataset is not None and page.dataset.split_from_test
    assert (page.dataset.train_size, page.dataset.test_size) == (8000, 2000)
    assert "8000" in page.heading.text() and "2000" in page.heading.text()  # the split, said on screen
    page.apply_settings({"length": 100, "lr": 1.0, "hidden": 10, "batch_size": 200})  # small, for speed
    page.train()
    assert lab.wait_until_computed(30_000)
    h = page.history
    assert h.count == 100 and h.train_acc.values[-1] > h.train_acc.values[0] + 0.2
    shown = page.digits.predicted
    assert shown is not None and len(shown) == 50
    truth = np.asarray(page.dataset.t_test[:50])
    np.testing.assert_array_equal(page.digits.wrong(), shown != truth)


class _Files(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep the test output clean
        pass


@needs_mnist
def test_download_from_a_mirror_with_progress(lab, qtbot, monkeypatch, tmp_path):
    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setattr("gui.labs.network_mnist.download_folder", lambda: tmp_path / "mnist")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(_Files, directory=str(MNIST_DIR)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        monkeypatch.setenv("GRADIENT_EXPLORER_MNIST_MIRROR", f"http://127.0.0.1:{server.server_address[1]}/")
        page = lab.training
        source = page.mnist_source
        source.files = (TEST_IMAGES, TEST_LABELS)  # the mirror here has the test pair only
        page.select_dataset("mnist")
        progress = []
        source.start_download().yielded.connect(progress.append)
        qtbot.waitUntil(lambda: not source.is_downloading(), timeout=20_000)
        assert lab.wait_until_computed(20_000)
    finally:
        server.shutdown()
    assert progress and progress[-1].complete and progress[-1].file == TEST_LABELS
    assert (tmp_path / "mnist" / TEST_IMAGES).read_bytes() == (MNIST_DIR / TEST_IMAGES).read_bytes()
    assert page.dataset is not None and page.dataset.split_from_test  # read as soon as it arrived


def test_simple_net_shows_the_books_numbers_and_reads_them(lab):
    page = lab.simple_net
    page.use_book_w()
    np.testing.assert_allclose(page.dW, book.SIMPLE_NET_DW, atol=1e-6)
    assert page.dw_table.item(0, 0).text().startswith("0.21924")
    assert page.reading(0, 0) == "raising w₁₁ by h raises the loss by about 0.22·h"
    assert page.reading(1, 2) == "raising w₂₃ by h lowers the loss by about 0.54·h"
    assert "0.92806" in page.heading.text()
    page.seed_spin.setValue(7)
    page.use_random_w()
    assert not np.allclose(page.dW, book.SIMPLE_NET_DW)
    np.testing.assert_allclose(page.dW[1], 1.5 * page.dW[0], atol=1e-8)  # dW[i, j] = x_i (y_j − t_j)
    np.testing.assert_allclose(page.dW.sum(axis=1), 0, atol=1e-8)


def _click(qtbot, canvas, w: float, b: float) -> None:
    plot = canvas.plot
    scene = plot.getPlotItem().getViewBox().mapViewToScene(QPointF(w, b))
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=plot.mapFromScene(scene))


def test_a_click_on_the_line_fit_loss_starts_mini_batch_and_full_batch_descent(lab, qtbot):
    page = lab.line_fit
    lab.show_page(page)
    page.speed_box.setCurrentIndex(page.speed_box.count() - 1)  # at once
    qtbot.waitUntil(lambda: page.canvas.view_box.width() > 100, timeout=5000)
    start = (0.0, 1.0)
    _click(qtbot, page.canvas, *start)
    assert page.wait_until_computed(10_000)
    qtbot.waitUntil(lambda: len(page.runs) == 2, timeout=5000)
    small, full = page.runs
    n, b, epochs = page.loss.size, page.batch_spin.value(), page.epochs_spin.value()
    assert small.result.batch_size == b and full.result.batch_size == n
    assert len(small.result.path[0]) - 1 == epochs * n // b and len(full.result.path[0]) - 1 == epochs
    assert small.result.epochs[-1] == full.result.epochs[-1] == epochs  # counted as passes over the data
    px, py = page.canvas.view_box.viewPixelSize()
    assert abs(small.result.path[0, 0, 0] - start[0]) <= 2 * px and abs(small.result.path[0, 0, 1] - start[1]) <= 2 * py
    # Full batch walks the exact gradient (its loss never rises); the mini-batch path is noisy.
    assert np.all(np.diff(full.result.loss[0]) <= 1e-12)
    assert np.any(np.diff(small.result.loss[0]) > 0)
    assert "batch 5" in page.legend.text() and "full batch" in page.legend.text()
    page.clear_runs()
    assert page.runs == [] and page.canvas.paths is not None


def test_a_language_change_sets_every_page_text_again(lab, qapp):
    from PySide6.QtCore import QCoreApplication, QEvent

    pages = (lab.training.train_button, lab.simple_net.random_button, lab.line_fit.clear_button)
    before = [b.text() for b in pages]
    for button in pages:
        button.setText("stale")
    lab.pages.setTabText(0, "stale")
    for widget in (lab, *lab.all_pages()):
        QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    assert [b.text() for b in pages] == before and lab.pages.tabText(0) == "Training"
