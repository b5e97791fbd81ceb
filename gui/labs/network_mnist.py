"""Where the Network tab's MNIST comes from: the book's folder of IDX files, or a download.

:class:`MnistSource` is the MNIST part of the tab's control column: the folder in use, *Open
folder…* (the book's repositories keep the four ``.gz`` files in ``dataset/``), and *Download*
for a machine that is online — ``numerics.network.download_mnist`` run as a job on the compute
thread, with a progress bar and *Cancel* (a cancelled download keeps its ``.part`` file and
continues where it stopped next time). Files go to ``<AppDataLocation>/mnist``; the address is
``$GRADIENT_EXPLORER_MNIST_MIRROR`` when set (the tests serve files from 127.0.0.1).

The test files are fetched first: with them alone the tab can already train (on the 8,000 /
2,000 split ``load_mnist`` makes and says it made).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from gui.labs.lab_base import ERROR_STYLE, labelled_row
from gui.i18n import Retranslatable, render
from gui.workers.compute_thread import ComputeThread, Job, JobError
from numerics.network import DownloadProgress, download_mnist, mnist_files_present
from numerics.network.mnist import TEST_IMAGES, TEST_LABELS, TRAIN_IMAGES, TRAIN_LABELS

#: The download order: the test pair first (enough to train on the split), then the training pair.
DOWNLOAD_ORDER: tuple[str, ...] = (TEST_IMAGES, TEST_LABELS, TRAIN_IMAGES, TRAIN_LABELS)


def download_folder() -> Path:
    """Where downloaded files go: the user's data folder for this app, ``…/mnist``.

    Asked under the window's own organisation and application names, whatever the running
    QApplication is called (the command line's is "gradient-explorer"), so the window and
    ``--lab network --dataset mnist`` find the same files.
    """
    from gui.app import APPLICATION, ORGANIZATION

    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    try:
        base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])
    return Path(base) / "mnist"


def has_test_files(folder: str | Path | None) -> bool:
    """Whether ``folder`` holds at least the two test files (all ``load_mnist`` needs)."""
    if folder is None or not Path(folder).is_dir():
        return False
    present = mnist_files_present(folder)
    return present[TEST_IMAGES] and present[TEST_LABELS]


def download_job(dest: Path, *, cancel=None, files: tuple[str, ...] = DOWNLOAD_ORDER, checksums=None):
    """The download as a job: yields ``DownloadProgress``, returns the folder (a string)."""
    yield from download_mnist(dest, cancel=cancel, files=files, checksums=checksums)
    return str(dest)


class MnistSource(Retranslatable, QWidget):
    """The folder MNIST is read from, and the download into the user's data folder.

    Signals: ``folderChosen(str)`` when the user picks a folder (or a download completes).
    ``checksums``/``files`` may be replaced (tests serve their own files).
    """

    folderChosen = Signal(str)

    def __init__(self, compute_of, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._compute_of = compute_of  # () -> ComputeThread: the lab's, made on first use
        self.folder: Path | None = None
        self.files: tuple[str, ...] = DOWNLOAD_ORDER
        self.checksums = None
        self._job: Job | None = None
        self.last_progress: DownloadProgress | None = None
        # What the bar and the problem line say, as functions: set again after a language switch.
        self._progress_text = lambda: ""
        self._problem_text = lambda: ""

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.open_button = QPushButton()
        self.download_button = QPushButton()
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        layout.addWidget(self.folder_label)
        layout.addWidget(labelled_row(self.open_button, self.download_button))
        layout.addWidget(labelled_row(self.progress, self.cancel_button))
        layout.addWidget(self.problem)
        self.open_button.clicked.connect(self.choose_folder)
        self.download_button.clicked.connect(self.start_download)
        self.cancel_button.clicked.connect(self.cancel_download)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.open_button.setText(self.tr("Open folder…"))
        self.open_button.setToolTip(self.tr("The folder with the book's MNIST files (its dataset/ folder: "
                                            "t10k-images-idx3-ubyte.gz and the others)"))
        self.download_button.setText(self.tr("Download"))
        self.download_button.setToolTip(self.tr("Download the four MNIST files (about 11 MB) into %1")
                                        .replace("%1", str(download_folder())))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_folder()
        self.progress.setFormat(self._progress_text())
        self._show_problem_text()

    # -- the folder ----------------------------------------------------------------------------
    def candidate(self) -> Path | None:
        """The folder to read: the chosen one, else the download folder if it has the files."""
        if self.folder is not None:
            return self.folder
        here = download_folder()
        return here if has_test_files(here) else None

    def set_folder(self, folder: str | Path) -> None:
        """Use ``folder`` (no dialog); ``folderChosen`` tells the lab to read it."""
        self.folder = Path(folder)
        self._show_folder()
        self.folderChosen.emit(str(self.folder))

    @Slot()
    def choose_folder(self) -> None:
        start = str(self.folder) if self.folder is not None else str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("The folder with the MNIST files"), start)
        if chosen:
            self.set_folder(chosen)

    def _show_folder(self) -> None:
        folder = self.candidate()
        if folder is None:
            self.folder_label.setText(self.tr("No MNIST files yet: open the folder that holds them "
                                              "(the book's dataset/), or download them."))
        else:
            self.folder_label.setText(self.tr("MNIST folder: %1").replace("%1", str(folder)))

    # -- the download --------------------------------------------------------------------------
    def is_downloading(self) -> bool:
        return self._job is not None

    @Slot()
    def start_download(self) -> Job:
        self.show_problem("")
        dest = download_folder()
        job = self._compute_of().submit(download_job, dest, key=f"mnist-download-{id(self)}",
                                        files=self.files, checksums=self.checksums)
        self._job = job
        job.yielded.connect(lambda p, j=job: self._on_progress(j, p))
        job.finished.connect(lambda folder, j=job: self._on_finished(j, folder))
        job.errored.connect(lambda error, j=job: self._on_failed(j, error))
        job.cancelled.connect(lambda j=job: self._on_cancelled(j))
        job.done.connect(lambda j=job: self._on_done(j))
        self.progress.setValue(0)
        self._set_progress_text(lambda: self.tr("starting …"))
        self.progress.show()
        self.download_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        return job

    @Slot()
    def cancel_download(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def shutdown(self) -> None:
        self.cancel_download()

    def _on_progress(self, job: Job, p: DownloadProgress) -> None:
        if job is not self._job:
            return
        self.last_progress = p
        # Each file is an equal share of the bar: sizes are known only once a file's answer came.
        within = (p.done / p.total) if p.total else 0.0
        self.progress.setValue(int(1000 * (p.index + (1.0 if p.complete else within)) / max(p.count, 1)))
        self._set_progress_text(lambda: self.tr("file %1 of %2: %3").replace("%1", str(p.index + 1)).replace(
            "%2", str(p.count)).replace("%3", self.tr("%1 of %2 MB").replace("%1", f"{p.done / 1e6:.1f}").replace(
                "%2", f"{p.total / 1e6:.1f}" if p.total else "?")))

    def _on_finished(self, job: Job, folder: str) -> None:
        if job is not self._job:
            return
        self.progress.setValue(1000)
        self._set_progress_text(lambda: self.tr("downloaded"))
        self.set_folder(folder)

    def _on_failed(self, job: Job, error: JobError) -> None:
        if job is not self._job:
            return
        msg = getattr(error.exception, "message", None)
        self.show_problem((lambda: render(msg)) if msg is not None else str(error))
        if has_test_files(download_folder()) and self.folder is None:
            # The test pair arrived before the failure: that is enough to train on the split.
            self.set_folder(download_folder())

    def _on_cancelled(self, job: Job) -> None:
        if job is self._job:
            self.show_problem(lambda: self.tr("Download cancelled; the next download continues where this one "
                                              "stopped."))

    def _on_done(self, job: Job) -> None:
        if job is not self._job:
            return
        self._job = None
        self.download_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if self.progress.value() < 1000:
            self.progress.hide()

    def _set_progress_text(self, text: Callable[[], str]) -> None:
        self._progress_text = text
        self.progress.setFormat(text())

    def show_problem(self, text: str | Callable[[], str]) -> None:
        """Say what went wrong ("": nothing); a function is called again after a language switch."""
        self._problem_text = text if callable(text) else (lambda: text)
        self._show_problem_text()

    def _show_problem_text(self) -> None:
        text = self._problem_text()
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
