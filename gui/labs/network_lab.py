"""The Network tab: the second half of chapter 4 — a network's loss, its gradient, mini-batches.

Three pages, one lab in the registry (``--lab network``):

- **Training** (``network_training.TrainingPage``): a two-layer net trained live on a built-in 2-D
  dataset or MNIST, on the window's compute thread — loss per iteration, accuracy per epoch,
  decision regions or a digit grid; Train, Pause, Stop, Reset.
- **simpleNet** (``network_simple_net.SimpleNetPage``): the 2×3 dW table of section 4.4.2, with the
  book's numbers and each entry read out in words.
- **Mini-batches** (``network_line_fit.LineFitPage``): the line-fit loss L(w, b) on the field canvas;
  a click starts mini-batch and full-batch descent, revealed epoch by epoch.

:class:`NetworkLab` keeps the lab contract of ``gui.labs`` (``export_target``,
``run_preset_blocking``, ``wait_until_computed``, ``set_theme``, ``shutdown``, ``message``) by
handing each call to its pages; the pages share one compute thread (the window's, or one this
lab makes and stops when it closes).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from gui.i18n import Retranslatable
from gui.labs.lab_base import WAIT_MS
from gui.labs.network_line_fit import LineFitPage
from gui.labs.network_simple_net import SimpleNetPage
from gui.labs.network_training import TrainingPage
from gui.model.theme import LIGHT, Theme
from gui.workers.compute_thread import ComputeThread


class NetworkLab(Retranslatable, QWidget):
    """The Network tab: training, simpleNet and mini-batches on the canvas, as three pages.

    ``training``, ``simple_net`` and ``line_fit`` are the pages; ``computed()`` is emitted when
    the training page has drawn a finished job.
    """

    title = "Network"
    computed = Signal()

    def __init__(self, compute: ComputeThread | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._owns_compute = compute is None
        self._compute = compute if compute is not None else ComputeThread("compute-network-lab")
        self._closed = False
        self.theme: Theme = LIGHT
        self.training = TrainingPage(self._compute)
        # The other two pages are built when first shown (the line fit's canvas computes a field).
        self._made: dict[int, QWidget] = {0: self.training}
        self._factories = {1: SimpleNetPage, 2: LineFitPage}
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.training, "")
        for _ in self._factories:
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.pages.addTab(holder, "")
        self.pages.currentChanged.connect(self._page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.training.computed.connect(self.computed)
        self.retranslate_ui()

    def _page(self, index: int):
        """The page at tab ``index``, built now if it was not yet."""
        if index not in self._made:
            page = self._factories[index](self._compute)
            page.set_theme(self.theme)
            self.pages.widget(index).layout().addWidget(page)
            self._made[index] = page
        return self._made[index]

    @property
    def simple_net(self) -> SimpleNetPage:
        return self._page(1)

    @property
    def line_fit(self) -> LineFitPage:
        return self._page(2)

    def all_pages(self) -> tuple:
        """The pages built so far."""
        return tuple(self._made[i] for i in sorted(self._made))

    def current_page(self):
        return self._page(self.pages.currentIndex())

    def retranslate_ui(self) -> None:
        self.pages.setTabText(0, self.tr("Training"))
        self.pages.setTabText(1, self.tr("simpleNet: dW (4.4.2)"))
        self.pages.setTabText(2, self.tr("Mini-batches on the canvas"))

    # -- the lab contract ------------------------------------------------------------------------
    @property
    def message(self) -> QLabel:
        """The shown page's message line (what failed; the CLI prints it)."""
        return self.current_page().message

    @property
    def compute(self) -> ComputeThread:
        return self._compute

    def show_page(self, page: QWidget) -> None:
        index = next(i for i, made in self._made.items() if made is page)
        self.pages.setCurrentIndex(index)

    def export_target(self) -> QWidget:
        """The shown page's figure (the training figure unless another page is shown)."""
        return self.current_page().export_target()

    def run_preset_blocking(self) -> None:
        """The shown page's default experiment, computed to the end (training: the spiral)."""
        self.current_page().run_preset_blocking()

    def wait_until_computed(self, timeout_ms: int = WAIT_MS) -> bool:
        return all(page.wait_until_computed(timeout_ms) for page in self.all_pages())

    def is_computing(self) -> bool:
        return any(page.is_computing() for page in self.all_pages())

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        for page in self.all_pages():
            page.set_theme(theme)

    def shutdown(self) -> None:
        """Cancel every page's jobs; stop the compute thread if this lab made it (safe to repeat)."""
        if self._closed:
            return
        self._closed = True
        for page in self.all_pages():
            page.shutdown()
        if self._owns_compute:
            self._compute.shutdown()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.shutdown()
        super().closeEvent(event)
