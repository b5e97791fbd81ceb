"""The base of the labs that race descent paths from one start: the learning-rate race and the
optimizer comparison.

Both have the same skeleton: an "f" row, a start, a step count and a numerical-gradient switch;
a field canvas with the paths and a legend, and a log-scale plot of f against the step; a preset
from the book; a click on the field moves the start. What differs — the lanes (learning rates or
optimizers), the job that runs them, the table or the small multiples — the subclasses add.

Every change of a setting builds a *request* (a frozen preset) and, if it differs from the last
one, hands the job to the compute thread (superseding a running one); the paths are drawn when
the job finishes. 20 000 steps of every lane take seconds: never on the GUI thread.

Texts follow the language: the fixed ones are bound (``LabWidget.bind``), and
:meth:`PathsLab.retranslate_ui` redraws the runs shown, whose legends and titles are made in
the language of the moment (nothing is computed again).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from gui.canvas.field_canvas import FieldCanvas
from gui.canvas.paths_layer import PathStyle
from gui.labs.figure_style import legend_proxy, style_legend, style_plot
from gui.labs.lab_base import LabWidget, labelled_row
from gui.labs.legend_placement import legend_under
from gui.labs.number_field import number_edit, read_number, step_box
from gui.labs.objective_row import add_function_row, catalogue_combo, retranslate_catalogue_combo, select_objective
from gui.workers.compute_thread import ComputeThread
from numerics.functions import get_objective
from numerics.labs.race import clip_to_box, positive_for_log
from numerics.numbers import format_number

#: The largest step count the labs offer (every lane runs on the worker: seconds, not frozen).
MAX_STEPS = 20_000
#: A diverging lane is cut where it leaves the view grown this much: the rest is a line to 1e13.
CLIP_FACTOR = 3.0


class PathsLab(LabWidget):
    """Lanes of descent from one start, drawn on a field and as f against the step.

    Subclasses set ``preset_default`` and implement :meth:`read_request` (the settings in the
    controls as a preset; ``ValueError`` names a bad one), :meth:`fill_controls` (show a preset
    in their own controls), :meth:`job_for` (the job function and its arguments) and
    :meth:`draw_runs`. They call :meth:`build_common_controls` and :meth:`build_common_figure`.
    """

    preset_default = None

    def __init__(self, compute: ComputeThread | None = None, parent: QWidget | None = None) -> None:
        super().__init__(compute, parent)
        self.preset = self.preset_default  # what is drawn
        self.runs: list = []
        self._requested = None  # the preset of the job running or last drawn
        self._loss_items: list[pg.PlotDataItem] = []  # one curve per lane, kept between results
        self._proxies: list[pg.PlotDataItem] = []  # the canvas legend's samples, likewise

    # -- construction ----------------------------------------------------------------------------
    def build_common_controls(self) -> None:
        """The "f", start, steps and numerical-gradient rows, wired to :meth:`recompute`."""
        p = self.preset_default
        c = self.controls
        self.function_box = catalogue_combo(p.objective)
        add_function_row(c, self.function_box)
        self.x0_edit = number_edit(p.start[0], width=80)
        self.x1_edit = number_edit(p.start[1], width=80)
        self.add_row(lambda: self.tr("start"), labelled_row(self.x0_edit, self.x1_edit))
        self.steps_spin = step_box(p.steps, MAX_STEPS)
        self.bind(self.steps_spin.setToolTip, lambda: self.tr("Steps of every lane (Enter to run)"))
        self.add_row(lambda: self.tr("steps"), self.steps_spin)
        self.numerical_check = QCheckBox()
        self.bind(self.numerical_check.setText, self.numerical_label)
        self.numerical_check.setChecked(not p.analytic)
        c.addRow(self.numerical_check)

        self.function_box.currentIndexChanged.connect(self._on_function)
        for w in (self.x0_edit, self.x1_edit):
            w.editingFinished.connect(self.recompute)
        self.steps_spin.valueChanged.connect(self.recompute)
        self.numerical_check.toggled.connect(self.recompute)

    def build_common_figure(self) -> None:
        """The canvas with its legend, and the loss plot (log y) with its legend; not laid out."""
        self.canvas = FieldCanvas(get_objective(self.preset_default.objective), theme=self.theme)
        self.canvas.startRequested.connect(self._on_canvas_click)
        self.canvas_legend = pg.LegendItem(offset=(8, 8), labelTextSize="9pt")
        self.canvas_legend.setParentItem(self.canvas.view_box)
        self.loss_plot = self.make_plot(left="f")
        self.bind(lambda text: self.loss_plot.setLabel("bottom", text), lambda: self.tr("step"))
        self.loss_plot.setLogMode(x=False, y=True)
        # 20 000 steps of six lanes are 120 000 points for a plot a few hundred pixels wide:
        # painting all of them took 20–40 ms on the GUI thread; the per-pixel envelope ("peak")
        # looks the same and costs a few ms.
        self.loss_plot.setDownsampling(auto=True, mode="peak")
        self.loss_plot.setClipToView(True)
        # f spans 1e−18 … 1e27 here: an SI prefix like "×1e+27" on a log axis only confuses.
        self.loss_plot.getAxis("left").enableAutoSIPrefix(False)
        # Under the plot: inside, a corner that descending curves leave empty still met AdaGrad's.
        self.loss_legend = legend_under(self.loss_plot, self.theme)

    def numerical_label(self) -> str:
        """The numerical-gradient check box's text, in the language shown (subclasses may say more)."""
        return self.tr("numerical gradient")

    def retranslate_ui(self) -> None:
        """Every text in the language shown: the bound ones, the catalogue, and the runs shown
        redrawn (their legends and titles)."""
        super().retranslate_ui()
        retranslate_catalogue_combo(self.function_box)
        self.draw_runs()

    # -- what subclasses provide -----------------------------------------------------------------
    def read_request(self):  # pragma: no cover - every subclass overrides it
        """The preset the controls describe; ``ValueError`` (with the reason) when one is bad."""
        raise NotImplementedError

    def fill_controls(self, preset) -> None:  # pragma: no cover - every subclass overrides it
        """Show ``preset`` in the subclass's own controls (signals are blocked by the caller)."""
        raise NotImplementedError

    def job_for(self, preset):  # pragma: no cover - every subclass overrides it
        """``(job function, args)`` computing ``preset`` on ``self.canvas.objective``."""
        raise NotImplementedError

    def draw_runs(self) -> None:  # pragma: no cover - every subclass overrides it
        raise NotImplementedError

    # -- the shared behaviour --------------------------------------------------------------------
    def read_start(self) -> tuple[float, float]:
        return read_number(self.x0_edit, self.tr("start x0")), read_number(self.x1_edit, self.tr("start x1"))

    @Slot()
    def recompute(self) -> bool:
        """Hand the settings in the controls to the worker; False (message shown) if one is bad.

        The same request as the one running or drawn starts nothing (a focus-out after Enter).
        """
        try:
            request = self.read_request()
        except (ValueError, ArithmeticError) as exc:
            self.show_error(exc)
            return False
        self.clear_error()
        if request == self._requested and (self.is_computing() or request == self.preset):
            return True
        fn, args = self.job_for(request)
        self._requested = request
        self.start_job(fn, *args)
        return True

    def job_finished(self, runs) -> None:
        self.preset, self.runs = self._requested, runs
        self.draw_runs()

    def job_failed(self, error) -> None:
        self._requested = None  # the same settings may be tried again
        super().job_failed(error)

    def show_preset(self, preset) -> None:
        """Put ``preset`` in every control and compute it (on the worker)."""
        widgets = (self.function_box, self.x0_edit, self.x1_edit, self.steps_spin, self.numerical_check)
        for w in widgets:
            w.blockSignals(True)
        select_objective(self.function_box, preset.objective)
        self.x0_edit.setText(repr(preset.start[0]))
        self.x1_edit.setText(repr(preset.start[1]))
        self.steps_spin.setValue(preset.steps)
        self.numerical_check.setChecked(not preset.analytic)
        self.fill_controls(preset)
        for w in widgets:
            w.blockSignals(False)
        if self.canvas.objective.name != preset.objective:
            self.canvas.set_objective(get_objective(preset.objective))
        self.recompute()

    def run_preset_blocking(self) -> None:
        """The book's experiment, computed to the end and laid out (the CLI exports it next)."""
        self.show_preset(self.preset_default)
        self.wait_until_computed()
        self.settle(*self.canvases())

    def canvases(self) -> list[FieldCanvas]:
        """Every field canvas of the figure (the small multiples add theirs)."""
        return [self.canvas]

    @Slot(int)
    def _on_function(self, _index: int) -> None:
        obj = get_objective(self.function_box.currentData())
        for canvas in self.canvases():
            canvas.set_objective(obj)
        self.recompute()

    @Slot(float, float)
    def _on_canvas_click(self, x0: float, x1: float) -> None:
        self.x0_edit.setText(format_number(x0, 4, ascii_minus=True))
        self.x1_edit.setText(format_number(x1, 4, ascii_minus=True))
        self.recompute()

    # -- drawing ---------------------------------------------------------------------------------
    def redraw(self) -> None:
        for canvas in self.canvases():
            canvas.set_theme(self.theme)
        style_plot(self.loss_plot, self.theme)  # its legend too
        style_legend(self.canvas_legend, self.theme)
        self.draw_runs()

    def clipped(self, path: np.ndarray) -> np.ndarray:
        """The part of ``path`` worth drawing on the canvas (see ``clip_to_box``)."""
        return clip_to_box(path, self.canvas.objective.box, factor=CLIP_FACTOR)

    def show_lanes(self, lanes: list[Lane], *, on_canvas: bool = True) -> None:
        """Draw every lane: its path on the main canvas (unless ``on_canvas`` is False: the small
        multiples draw their own) and its f against the step, with both legends.

        The loss curves and legend samples are kept from one result to the next and only their
        data and texts change: laying out a legend label costs about a millisecond, and
        recreating a dozen of them on every result showed as GUI-thread stalls.
        """
        self.canvas.clear_paths()
        while len(self._loss_items) > len(lanes):
            self.loss_plot.removeItem(self._loss_items.pop())
        for i, lane in enumerate(lanes):
            if on_canvas:
                self.canvas.add_path(i, lane.color, PathStyle(dash=lane.dash) if lane.dash else None)
                self.canvas.set_path(i, self.clipped(lane.path))
            pen = pg.mkPen(lane.color, width=2, dash=list(lane.dash) if lane.dash else None)
            if i == len(self._loss_items):
                item = self.loss_plot.plot()
                # pyqtgraph keeps 5 samples per pixel (10 with "peak"); one min/max pair per pixel
                # column draws the same envelope at a fifth of the cost (no public setter).
                item.opts["autoDownsampleFactor"] = 1.0
                self._loss_items.append(item)
            steps, shown = positive_for_log(lane.values)
            self._loss_items[i].setData(steps, shown, pen=pen)
            if i == len(self._proxies):
                self._proxies.append(legend_proxy(lane.color))
            # a dashed sample thinner: its pattern (in line widths) must fit the 20-px sample
            dash = list(lane.dash) if lane.dash else None
            self._proxies[i].setPen(pg.mkPen(lane.color, width=2 if dash else 3, dash=dash))
        update_legend(self.canvas_legend, list(zip(self._proxies, [ln.label for ln in lanes])) if on_canvas else [])
        update_legend(self.loss_legend, list(zip(self._loss_items, [ln.loss_name for ln in lanes])))


@dataclass(frozen=True)
class Lane:
    """What the figure shows of one lane: its colour, its path, its two legend texts, f by step."""

    color: str
    path: np.ndarray
    label: str
    loss_name: str
    values: np.ndarray
    #: a dash pattern (in line widths) for the path and its loss curve; None: solid
    dash: tuple[float, ...] | None = None


def update_legend(legend: pg.LegendItem, entries: list[tuple[pg.GraphicsObject, str]]) -> None:
    """Make ``legend`` list ``entries`` (sample item, text), re-laying-out only the texts that changed."""
    shown = [(sample.item, label) for sample, label in legend.items]
    if [item for item, _ in shown] == [item for item, _ in entries]:
        for (_, label), (_, text) in zip(shown, entries):
            if label.text != text:
                label.setText(text)
        return
    legend.clear()
    for item, text in entries:
        legend.addItem(item, text)
