"""The base of every lab: a control column, a figure, and computations handed to the worker.

A lab is a ``LabWidget``: controls on the left, the *figure* on the right. The figure is what
File ▸ Export image and the CLI render (``export_target``), so everything a reader of the image
needs — plots, legends, readouts — lives in it, and the controls do not.

Anything a lab computes that can take longer than a frame (a 20 000-step race, a basin map) runs
as a job on a :class:`~gui.workers.compute_thread.ComputeThread`: :meth:`LabWidget.start_job`
submits it under the lab's own key, so a newer request supersedes the older one and a stale
result is never drawn; a bar in the control column shows the lab is computing; the result
arrives in :meth:`LabWidget.job_finished` on the GUI thread, and a failure becomes a message in
the lab. The window passes its compute thread in; a lab made on its own (tests, the command
line) makes one the first time it needs it and shuts it down when it closes.

Texts follow the language (``gui/i18n.py``): every fixed text of a lab is *bound* to
``self.texts`` (``self.bind(widget.setToolTip, lambda: self.tr("…"))``, ``self.add_row(lambda:
self.tr("steps"), field)``): set now and again on every language switch. Texts built from data
(readouts, titles, legends) are rebuilt by the lab's :meth:`LabWidget.retranslate_ui`, which
each lab calls at the end of its ``__init__``. Messages from ``numerics`` are shown with
``gui.i18n.render``; an error shown with :meth:`LabWidget.show_error` follows the language too.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import Retranslatable, TranslatedTexts, render
from gui.labs.figure_style import style_plot
from gui.model.theme import LIGHT, Theme
from gui.palette import theme_palette
from gui.workers.compute_thread import ComputeThread, Job, JobError
from numerics.messages import Message, message_of

ERROR_STYLE = "color: #b00020;"
#: wide enough for the longest catalogue title in a lab's "f" box ("Stretched bowl (x0²/20 + x1², ch. 6)")
CONTROLS_WIDTH = 304
#: How long :meth:`LabWidget.wait_until_computed` waits by default (a 20 000-step preset of
#: every lane takes a few seconds on the worker).
WAIT_MS = 120_000

_lab_numbers = itertools.count(1)

#: What :meth:`LabWidget.show_error` shows: a text, a Message (rendered in the language shown),
#: or a function giving the text in the current language (re-asked on a language switch).
ErrorText = str | Message | Callable[[], str]


def compact(combo: QComboBox) -> QComboBox:
    """Let a combo box shrink to the control column (long entries show in the popup)."""
    combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


def labelled_row(*widgets: QWidget) -> QWidget:
    """Widgets side by side without margins (for a form row)."""
    row = QWidget()
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        lay.addWidget(w)
    return row


def error_text(error: JobError) -> str:
    """What the lab says when its computation failed: the reason, not a traceback (in the
    language shown: a reason carried as a Message is translated)."""
    if isinstance(error.exception, (ValueError, ArithmeticError)) and error.text:
        # a bad setting or an overflow: the exception's reason is what to say
        return render(message_of(error.exception))
    return QCoreApplication.translate("LabWidget", "The computation failed: %1").replace("%1", str(error))


class LabWidget(Retranslatable, QWidget):
    """Base of every lab: a control column, a figure, and jobs on a compute thread.

    Subclasses fill ``self.controls`` (a QFormLayout in a scroll area) and ``self.figure_layout``,
    implement ``run_preset_blocking``, and, if they compute on the worker, ``job_finished``.

    Signals: ``computed()`` after a job's result has been drawn.

    Texts: ``self.texts`` (a :class:`gui.i18n.TranslatedTexts`) holds every fixed text
    (:meth:`bind`, :meth:`add_row`); :meth:`retranslate_ui` sets them again, and subclasses
    extend it to rebuild what they built from data, and call it at the end of ``__init__``.
    """

    title = "Lab"
    computed = Signal()

    def __init__(self, compute: ComputeThread | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme: Theme = LIGHT
        self._plots: list[pg.PlotWidget] = []
        self._compute = compute
        self._owns_compute = False
        self._job: Job | None = None
        self._job_key = f"lab-{type(self).__name__}-{next(_lab_numbers)}"
        self._closed = False
        self.texts = TranslatedTexts(type(self).__name__)
        self._error: ErrorText = ""

        panel = QWidget()
        self.controls_layout = QVBoxLayout(panel)
        self.controls_layout.setContentsMargins(6, 6, 6, 6)
        self.controls = QFormLayout()
        self.controls.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.controls_layout.addLayout(self.controls)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.bind(self.progress_bar.setFormat, lambda: self.tr("computing … %p%"))
        self.bind(self.progress_bar.setToolTip,
                  lambda: self.tr("This lab is computing on the worker thread; you may keep working"))
        self.progress_bar.hide()
        self.controls_layout.addWidget(self.progress_bar)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.controls_layout.addWidget(self.message)
        self.controls_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFixedWidth(CONTROLS_WIDTH)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.controls_panel = scroll

        self.figure = QWidget()
        self.figure.setAutoFillBackground(True)
        self.figure_layout = QVBoxLayout(self.figure)
        self.figure_layout.setContentsMargins(6, 6, 6, 6)
        self.figure_layout.setSpacing(4)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        layout.addWidget(self.figure, 1)

    # -- texts -------------------------------------------------------------------------------------
    def bind(self, setter: Callable[[str], object], text: Callable[[], str]) -> None:
        """``setter(text())`` now and after every language switch (``text``: ``lambda: self.tr("…")``)."""
        self.texts.bind(setter, text)

    def add_row(self, label: Callable[[], str], field: QWidget) -> QLabel:
        """A row of the control form whose label follows the language; returns the label."""
        row_label = QLabel()
        row_label.setBuddy(field)
        self.bind(row_label.setText, label)
        self.controls.addRow(row_label, field)
        return row_label

    def retranslate_ui(self) -> None:
        """Set every text in the current language: the bound ones, and the error shown.
        Subclasses rebuild their readouts, titles and legends too (calling this first)."""
        self.texts.apply()
        self._show_error_text()

    # -- the lab contract ----------------------------------------------------------------------
    def export_target(self) -> QWidget:
        """What File ▸ Export image and the CLI render: the figure, without the controls."""
        return self.figure

    def run_preset_blocking(self) -> None:  # pragma: no cover - every lab overrides it
        """Show the lab's default experiment, computed to the end (the CLI exports it next)."""
        raise NotImplementedError

    def shutdown(self) -> None:
        """Cancel this lab's job; stop the compute thread if the lab made it (safe to repeat)."""
        self._closed = True
        self.cancel_job()
        if self._owns_compute and self._compute is not None:
            self._compute.shutdown()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.shutdown()
        super().closeEvent(event)

    def settle(self, *canvases) -> None:
        """Lay the lab out at its final size, then redraw ``canvases`` for their final views.

        The headless CLI renders a lab that was never shown: without this its layouts are not
        applied, the canvases keep a default-size view and the debounced field recompute never
        runs, so arrows would cover only part of the exported picture.
        """
        from PySide6.QtWidgets import QApplication

        if not self.isVisible():
            self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
            self.show()
        app = QApplication.instance()
        if app is not None:
            app.processEvents()
        for canvas in canvases:
            if canvas.isVisibleTo(self):
                canvas.recompute()

    # -- computing on the worker ---------------------------------------------------------------
    @property
    def compute(self) -> ComputeThread:
        """The compute thread this lab's jobs run on (made here if the lab was given none)."""
        if self._compute is None or self._compute.is_shut_down:
            if self._closed:
                raise RuntimeError("the lab has been shut down")
            self._compute = ComputeThread(f"compute-{self._job_key}")
            self._owns_compute = True
        return self._compute

    def start_job(self, fn, *args, **kwargs) -> Job:
        """Run ``fn(*args, cancel=…, **kwargs)`` (a job of ``numerics.jobs``) on the worker.

        Supersedes this lab's previous job: its result, if it comes, is dropped. The result of
        this one goes to :meth:`job_finished`, a failure to :meth:`job_failed`.
        """
        job = self.compute.submit(fn, *args, key=self._job_key, **kwargs)
        self._job = job
        job.progress.connect(self._on_job_progress)
        job.finished.connect(lambda value, j=job: self._on_job_finished(j, value))
        job.errored.connect(lambda error, j=job: self._on_job_errored(j, error))
        job.cancelled.connect(lambda j=job: self._on_job_cancelled(j))
        job.done.connect(lambda j=job: self._on_job_done(j))
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        return job

    def cancel_job(self) -> None:
        """Stop this lab's job, if one is running (nothing it computed is drawn)."""
        if self._job is not None:
            self._job.cancel()

    def is_computing(self) -> bool:
        return self._job is not None

    def wait_until_computed(self, timeout_ms: int = WAIT_MS) -> bool:
        """Spin the event loop until this lab's job (and any job superseding it) has ended and
        been drawn; False if ``timeout_ms`` passed first. For the CLI and tests."""
        deadline = QDeadlineTimer(timeout_ms)
        while self._job is not None:
            if deadline.hasExpired():
                return False
            loop = QEventLoop()
            self._job.done.connect(loop.quit)
            QTimer.singleShot(max(1, deadline.remainingTime()), loop.quit)
            loop.exec()
        return True

    def job_finished(self, value) -> None:  # pragma: no cover - labs with jobs override it
        """Draw the result of the current job (GUI thread)."""
        raise NotImplementedError

    def job_failed(self, error: JobError) -> None:
        """Say why the current job failed; what is drawn stays."""
        self.show_error(error_text(error))

    def job_cancelled(self) -> None:
        """The current job was cancelled, or superseded by a newer one (which has not started yet)."""

    def job_ended(self) -> None:
        """The current job has ended, whichever way (after ``job_finished``/``failed``/``cancelled``)."""

    @Slot(float)
    def _on_job_progress(self, fraction: float) -> None:
        self.progress_bar.setValue(int(round(1000 * fraction)))

    def _on_job_finished(self, job: Job, value) -> None:
        if job is not self._job:
            return  # superseded (the compute thread drops those already; belt and braces)
        self.progress_bar.setValue(1000)
        self.job_finished(value)
        self.computed.emit()

    def _on_job_errored(self, job: Job, error: JobError) -> None:
        if job is self._job:
            self.job_failed(error)

    def _on_job_cancelled(self, job: Job) -> None:
        if job is self._job:
            self.job_cancelled()

    def _on_job_done(self, job: Job) -> None:
        if job is self._job:
            self._job = None
            self.progress_bar.hide()
            self.job_ended()

    def set_rows_visible(self, *fields: QWidget, visible: bool) -> None:
        """Show or hide rows of the control form: each field with its label."""
        for field in fields:
            field.setVisible(visible)
            label = self.controls.labelForField(field)
            if label is not None:
                label.setVisible(visible)

    # -- messages ------------------------------------------------------------------------------
    def show_error(self, text: ErrorText | BaseException) -> None:
        """Tell the user what is wrong; nothing they typed is lost. An exception is shown by its
        reason (its Message when it carries one); a Message or a function is shown in the
        language of the moment, and again after a language switch."""
        self._error = message_of(text) if isinstance(text, BaseException) else text
        self._show_error_text()

    def _show_error_text(self) -> None:
        error = self._error
        text = render(error) if isinstance(error, Message) else error() if callable(error) else error
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def clear_error(self) -> None:
        self.show_error("")

    # -- plots and theme -----------------------------------------------------------------------
    def make_plot(self, title: str = "", left: str = "", bottom: str = "") -> pg.PlotWidget:
        plot = pg.PlotWidget()
        plot.setMenuEnabled(False)
        plot.showGrid(x=True, y=True)
        if title:
            plot.setTitle(title)
        if left:
            plot.setLabel("left", left)
        if bottom:
            plot.setLabel("bottom", bottom)
        plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._plots.append(plot)
        style_plot(plot, self.theme)
        return plot

    def set_theme(self, theme: Theme) -> None:
        """Recolour the figure (its background is exported too) and every plot."""
        self.theme = theme
        # The whole palette, not just the figure's background: its tables and headers paint
        # with Base/Button, which a lab shown on its own (the CLI) would take from the light style.
        pal = theme_palette(theme)
        pal.setColor(self.figure.backgroundRole(), QColor(theme.background))
        pal.setColor(self.figure.foregroundRole(), QColor(theme.foreground))
        self.figure.setPalette(pal)
        for label in self.figure.findChildren(QLabel):
            # A style sheet (font size) would override a palette colour: extend the sheet instead.
            base = label.property("baseStyle")
            if base is None:
                base = label.styleSheet()
                label.setProperty("baseStyle", base)
            label.setStyleSheet(f"{base} color: {theme.foreground};")
        for plot in self._plots:
            style_plot(plot, theme)
        self.redraw()

    def redraw(self) -> None:
        """Redraw items whose colours come from the theme (subclasses)."""
