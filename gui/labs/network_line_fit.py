"""Mini-batches on the canvas: fit a line y = w·x + b and watch SGD walk the plane of (w, b).

The model has exactly two parameters, so its loss over the whole data set, L(w, b) (the mean
squared error, ``numerics.network.line_fit_objective``), is a function of the plane and the
explorer's field canvas draws it like any other: −∇L arrows, contours, heatmap. A click starts
mini-batch descent there with the chosen batch size (``numerics.network.minibatch_descent``, a job
on the compute thread) — and, to compare, full-batch descent from the same point. The paths are
revealed epoch by epoch (an epoch is one pass over the data: batch B takes n/B steps of it), so
both runs advance by the same amount of *data seen*: the small batch takes many cheap, noisy
steps, the full batch one exact, expensive one. Beside the canvas: the points and each run's
current line.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QDeadlineTimer, QEventLoop, Qt, QTimer, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from gui.canvas.field_canvas import FieldCanvas
from gui.labs.figure_style import NOTE_STYLE
from gui.labs.lab_base import WAIT_MS, LabWidget, compact, labelled_row
from gui.model.validation import LIMITS, Limit, ValidationError, read_number
from gui.workers.compute_thread import ComputeThread, Job, JobError
from numerics.messages import Message
from numerics.network import LineFitLoss, MiniBatchRun, NetworkError, line_fit_objective, make_line_data, minibatch_descent
from numerics.numbers import NumberError, format_number
from numerics.optimizers import OPTIMIZERS

#: Most steps one run may take (about 0.4 s on the worker at 18 µs a step).
MAX_STEPS = 20_000
#: Epochs revealed per second, by the speed box (math.inf: at once).
SPEEDS = (1.0, 4.0, 16.0, math.inf)
FRAME_MS = 30
NOISE_LIMIT = Limit(0.0, 10.0)


def line_fit_job(loss: LineFitLoss, start: tuple[float, float], batch_sizes: tuple[int, ...], *, lr: float,
                 epochs: float, optimizer: str, sampling: str, seed: int, cancel=None):
    """One ``MiniBatchRun`` per batch size from ``start`` (a checkpoint between them)."""
    runs = []
    for b in batch_sizes:
        runs.append(minibatch_descent(loss, np.array(start, dtype=np.float64), batch_size=b, lr=lr, epochs=epochs,
                                      optimizer=optimizer, sampling=sampling, seed=seed, cancel=cancel))
        yield None
    return runs


@dataclass
class LineRun:
    """One path on the canvas: a finished ``MiniBatchRun``, revealed up to ``shown_epochs``."""

    run_id: int
    color: str
    result: MiniBatchRun
    optimizer: str
    lr: float
    shown_epochs: float = 0.0

    @property
    def total_epochs(self) -> float:
        return float(self.result.epochs[-1])

    def shown_steps(self) -> int:
        """Steps revealed: all whose epoch count is within ``shown_epochs``."""
        return int(np.searchsorted(self.result.epochs, self.shown_epochs + 1e-9, side="right"))

    def current(self) -> np.ndarray:
        return self.result.path[0, max(self.shown_steps() - 1, 0)]


class LineFitPage(LabWidget):
    """The line-fit loss on a field canvas, with mini-batch paths started by a click."""

    def __init__(self, compute: ComputeThread | None = None, parent: QWidget | None = None) -> None:
        super().__init__(compute, parent)
        self.runs: list[LineRun] = []
        self._next_id = 0
        self._jobs: dict[int, Job] = {}
        self._last_frame = 0.0
        self._build_controls()
        self._build_figure()
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._frame)
        self.retranslate_ui()
        self.set_theme(self.theme)
        self.new_data()

    # -- construction ----------------------------------------------------------------------------
    def _build_controls(self) -> None:
        c = self.controls
        self._labels: dict[str, QLabel] = {}

        def row(key: str, widget: QWidget) -> None:
            self._labels[key] = QLabel()
            c.addRow(self._labels[key], widget)

        self.points_spin = QSpinBox()
        self.points_spin.setRange(2, 500)
        self.points_spin.setValue(50)
        self.points_spin.setKeyboardTracking(False)
        row("points", self.points_spin)
        self.noise_edit = QLineEdit("0.5")
        row("noise", self.noise_edit)
        self.data_seed_spin = QSpinBox()
        self.data_seed_spin.setRange(0, 2**31 - 1)
        self.data_seed_spin.setKeyboardTracking(False)
        row("data_seed", self.data_seed_spin)
        self.batch_spin = QSpinBox()
        self.batch_spin.setRange(1, 500)
        self.batch_spin.setValue(5)
        row("batch", self.batch_spin)
        self.full_check = QCheckBox()
        self.full_check.setChecked(True)
        c.addRow(self.full_check)
        self.lr_edit = QLineEdit("0.1")
        row("lr", self.lr_edit)
        self.epochs_spin = QSpinBox()
        self.epochs_spin.setRange(1, 1000)
        self.epochs_spin.setValue(20)
        row("epochs", self.epochs_spin)
        self.optimizer_box = compact(QComboBox())
        for name in OPTIMIZERS:
            self.optimizer_box.addItem(name, name)
        row("optimizer", self.optimizer_box)
        self.sampling_box = compact(QComboBox())
        self.sampling_box.addItem("", "shuffle")
        self.sampling_box.addItem("", "replacement")
        row("sampling", self.sampling_box)
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2**31 - 1)
        row("seed", self.seed_spin)
        self.speed_box = QComboBox()
        for speed in SPEEDS:
            self.speed_box.addItem("", speed)
        self.speed_box.setCurrentIndex(1)
        row("speed", self.speed_box)
        self.clear_button = QPushButton()
        c.addRow(self.clear_button)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        c.addRow(self.hint)

        self.points_spin.valueChanged.connect(self.new_data)
        self.data_seed_spin.valueChanged.connect(self.new_data)
        self.noise_edit.editingFinished.connect(self.new_data)
        self.clear_button.clicked.connect(self.clear_runs)

    def _build_figure(self) -> None:
        row = QHBoxLayout()
        self.canvas = FieldCanvas(theme=self.theme)
        self.canvas.startRequested.connect(self.start_at)
        self.data_plot = self.make_plot()
        self.points_item = pg.ScatterPlotItem(size=6)
        self.data_plot.addItem(self.points_item)
        self.true_line = self.data_plot.plot([], [])
        self.best_line = self.data_plot.plot([], [])
        self.run_lines: dict[int, pg.PlotDataItem] = {}
        row.addWidget(self.canvas, 3)
        row.addWidget(self.data_plot, 2)
        self.figure_layout.addLayout(row, 1)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.figure_layout.addWidget(self.legend)
        self.figure_layout.addWidget(self.note)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()  # the bound texts and the error shown (LabWidget)
        texts = {"points": self.tr("points"), "noise": self.tr("noise"), "data_seed": self.tr("data seed"),
                 "batch": self.tr("batch size"), "lr": self.tr("η"), "epochs": self.tr("epochs"),
                 "optimizer": self.tr("optimizer"), "sampling": self.tr("sampling"), "seed": self.tr("batch seed"),
                 "speed": self.tr("show")}
        for key, text in texts.items():
            self._labels[key].setText(text)
        self.full_check.setText(self.tr("and full-batch descent from the same point"))
        self.sampling_box.setItemText(0, self.tr("shuffled epochs"))
        self.sampling_box.setItemText(1, self.tr("with replacement"))
        for i, speed in enumerate(SPEEDS):
            self.speed_box.setItemText(i, self.tr("at once") if math.isinf(speed)
                                       else self.tr("%1 epochs per second").replace("%1", f"{speed:g}"))
        self.clear_button.setText(self.tr("Clear paths"))
        self.hint.setText(self.tr("Click the field: mini-batch descent starts there with this batch size. "
                                  "x0 is the slope w, x1 the intercept b."))
        self.data_plot.setTitle(self.tr("The data and the fitted lines"))
        self.data_plot.setLabel("bottom", "x")
        self.data_plot.setLabel("left", "y")
        self._label_axes()
        self._show_note()
        self._show_legend()

    def _label_axes(self) -> None:
        # The canvas names its axes x0 and x1 (and again on every theme): say what they are here.
        item = self.canvas.plot.plotItem
        item.setLabel("bottom", self.tr("slope w (x0)"), color=self.theme.foreground)
        item.setLabel("left", self.tr("intercept b (x1)"), color=self.theme.foreground)

    # -- data ------------------------------------------------------------------------------------
    @Slot()
    def new_data(self, *_args) -> bool:
        """Draw new points from the data settings; every path is cleared (its loss is gone)."""
        try:
            noise = NOISE_LIMIT.check(self._labels["noise"].text(), self._read(self.noise_edit, "noise"))
        except ValidationError as exc:
            self.show_error(exc.message)  # a Message: LabWidget shows it again after a language switch
            return False
        self.clear_error()
        data = make_line_data(n=self.points_spin.value(), noise=noise, seed=self.data_seed_spin.value())
        try:
            self.loss = LineFitLoss.from_data(data)
        except NetworkError as exc:
            self.show_error(exc.message)
            return False
        self.data = data
        self.clear_runs()
        self.batch_spin.setMaximum(self.loss.size)
        self.objective = line_fit_objective(self.loss)
        self.canvas.set_objective(self.objective)
        self.points_item.setData(x=data.x, y=data.y)
        xs = np.array([data.x.min(), data.x.max()])
        self.true_line.setData(xs, data.true_w * xs + data.true_b)
        w, b = self.loss.least_squares()
        self.best_line.setData(xs, w * xs + b)
        self.redraw()
        return True

    def _read(self, edit: QLineEdit, key: str) -> float:
        try:
            return read_number(edit.text(), name=self._labels[key].text())
        except NumberError as exc:
            raise ValidationError(self._labels[key].text(), exc.message) from None

    # -- runs ------------------------------------------------------------------------------------
    def batch_sizes(self) -> tuple[int, ...]:
        b = self.batch_spin.value()
        full = self.loss.size
        return (b, full) if self.full_check.isChecked() and b != full else (b,)

    @Slot(float, float)
    def start_at(self, w: float, b: float) -> bool:
        """Start the runs from (w, b); False (with the reason shown) when a setting cannot be used."""
        try:
            lr = LIMITS["lr"].check(self._labels["lr"].text(), self._read(self.lr_edit, "lr"))
        except ValidationError as exc:
            self.show_error(exc.message)  # a Message: LabWidget shows it again after a language switch
            return False
        epochs = self.epochs_spin.value()
        steps = math.ceil(epochs * self.loss.size / self.batch_spin.value())
        if steps > MAX_STEPS:
            batch = self.batch_spin.value()
            self.show_error(lambda: self.tr("%1 epochs of batches of %2 are %3 steps; at most %4 per run: fewer "
                                            "epochs or a larger batch.").replace("%1", str(epochs))
                            .replace("%2", str(batch)).replace("%3", f"{steps:,}").replace("%4", f"{MAX_STEPS:,}"))
            return False
        self.clear_error()
        optimizer = self.optimizer_box.currentData()
        ticket = self._next_id
        self._next_id += len(self.batch_sizes())
        job = self.compute.submit(line_fit_job, self.loss, (w, b), self.batch_sizes(), key=f"{self._job_key}-{ticket}",
                                  lr=lr, epochs=epochs, optimizer=optimizer, sampling=self.sampling_box.currentData(),
                                  seed=self.seed_spin.value())
        self._jobs[ticket] = job
        loss = self.loss
        job.finished.connect(lambda results, t=ticket: self._runs_done(t, loss, results, optimizer, lr))
        job.errored.connect(lambda error: self.show_error(self._failure(error)))
        job.done.connect(lambda t=ticket: self._jobs.pop(t, None))
        return True

    def _failure(self, error: JobError) -> Message | str:
        """Why a job failed: its Message (shown in the language of the moment), else its text."""
        msg = getattr(error.exception, "message", None)
        return msg if isinstance(msg, Message) else str(error)

    def _runs_done(self, ticket: int, loss: LineFitLoss, results: list[MiniBatchRun], optimizer: str, lr: float) -> None:
        if loss is not self.loss:
            return  # the data changed while it computed
        for k, result in enumerate(results):
            run_id = ticket + k
            color = self.theme.path_color(run_id)
            run = LineRun(run_id, color, result, optimizer, lr)
            self.runs.append(run)
            self.canvas.add_path(run_id, color)
            self.run_lines[run_id] = self.data_plot.plot([], [], pen=pg.mkPen(color, width=2))
        speed = self.speed_box.currentData()
        if math.isinf(speed):
            for run in self.runs:
                run.shown_epochs = run.total_epochs
            self._draw_runs()
        elif not self._timer.isActive():
            self._last_frame = time.perf_counter()
            self._timer.start()
        self._draw_runs()

    def animating(self) -> bool:
        return any(run.shown_epochs < run.total_epochs for run in self.runs)

    def _frame(self) -> None:
        now = time.perf_counter()
        advance = (now - self._last_frame) * self.speed_box.currentData()
        self._last_frame = now
        for run in self.runs:
            run.shown_epochs = min(run.total_epochs, run.shown_epochs + advance)
        self._draw_runs()
        if not self.animating():
            self._timer.stop()

    def finish_animation(self) -> None:
        """Show every run to its end now."""
        for run in self.runs:
            run.shown_epochs = run.total_epochs
        self._timer.stop()
        self._draw_runs()

    def _draw_runs(self) -> None:
        xs = np.array([self.data.x.min(), self.data.x.max()])
        for run in self.runs:
            n = run.shown_steps()
            self.canvas.set_path(run.run_id, run.result.path[0, :n].copy())
            w, b = run.current()
            self.run_lines[run.run_id].setData(xs, w * xs + b)
        self._show_legend()

    @Slot()
    def clear_runs(self) -> None:
        for job in list(self._jobs.values()):
            job.cancel()
        self._timer.stop()
        self.runs.clear()
        self.canvas.clear_paths()
        for item in self.run_lines.values():
            self.data_plot.removeItem(item)
        self.run_lines.clear()
        self._show_legend()

    # -- text ------------------------------------------------------------------------------------
    def _show_legend(self) -> None:
        if not hasattr(self, "legend"):
            return
        fg = self.theme.foreground
        lines = []
        for run in self.runs:
            n = run.shown_steps()
            full = run.result.batch_size == self.loss.size
            what = (self.tr("full batch (%1 points)") if full else self.tr("batch %1")).replace(
                "%1", str(run.result.batch_size))
            value = float(run.result.loss[0, max(n - 1, 0)])
            lines.append(
                f"<span style='color:{run.color}; font-size:14px'>■</span>&nbsp;"
                + self.tr("%1, %2 η = %3: epoch %4 of %5, %6 steps, L = %7")
                .replace("%1", what).replace("%2", run.optimizer).replace("%3", format_number(run.lr))
                .replace("%4", format_number(run.shown_epochs, 3)).replace("%5", format_number(run.total_epochs, 3))
                .replace("%6", f"{max(n - 1, 0):,}").replace("%7", format_number(value, 4)))
        if hasattr(self, "loss"):
            w, b = self.loss.least_squares()
            lines.append(self.tr("least squares: w = %1, b = %2, L = %3 (grey line; dashed: the true line)")
                         .replace("%1", format_number(w, 4)).replace("%2", format_number(b, 4))
                         .replace("%3", format_number(float(self.loss.value(np.array([w, b]))), 4)))
        self.legend.setText(f"<div style='color:{fg}'>" + "<br>".join(lines) + "</div>")

    def _show_note(self) -> None:
        n = self.points_spin.value()
        self.note.setText(self.tr(
            "One epoch is one pass over the %1 points: a batch of B takes %1/B steps of it. Small batches take "
            "many cheap, noisy steps; the full batch one exact, expensive step per epoch. The paths are "
            "revealed epoch by epoch, so they advance by the same amount of data seen.").replace("%1", str(n)))

    # -- the lab contract ------------------------------------------------------------------------
    def wait_until_computed(self, timeout_ms: int = WAIT_MS) -> bool:
        deadline = QDeadlineTimer(timeout_ms)
        while self._jobs:
            if deadline.hasExpired():
                return False
            loop = QEventLoop()
            next(iter(self._jobs.values())).done.connect(loop.quit)
            QTimer.singleShot(max(1, deadline.remainingTime()), loop.quit)
            loop.exec()
        return super().wait_until_computed(max(1, deadline.remainingTime()))

    def is_computing(self) -> bool:
        return bool(self._jobs) or super().is_computing()

    def run_preset_blocking(self) -> None:
        """Batch 5 and the full batch from (−0.5, 1.5), shown to their end."""
        self.settle(self.canvas)
        self.start_at(-0.5, 1.5)
        self.wait_until_computed()
        self.finish_animation()

    def redraw(self) -> None:
        self.canvas.set_theme(self.theme)
        self._label_axes()
        self.points_item.setPen(pg.mkPen(self.theme.foreground))
        self.points_item.setBrush(pg.mkBrush(self.theme.background))
        self.true_line.setPen(pg.mkPen(self.theme.contour, width=1, style=Qt.PenStyle.DashLine))
        self.best_line.setPen(pg.mkPen(self.theme.contour, width=2))
        self._show_note()
        self._show_legend()

    def shutdown(self) -> None:
        for job in list(self._jobs.values()):
            job.cancel()
        self._timer.stop()
        super().shutdown()
