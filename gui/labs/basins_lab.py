"""Basins of attraction: colour every start of a grid by where gradient descent takes it.

``numerics.basins.iter_basin_map`` runs descent from every cell (≥ 200 × 200) as a job on the
compute thread (a newer map supersedes a running one; Cancel stops it); the map is
drawn as one translucent ImageItem under the field, with a legend of attractors and their shares.
Himmelblau shows four basins; the saddle and the plateau show where starts get stuck. For a
formula, end points are clustered and classified by their Hessian, and labelled on the canvas.
The status line and the legend are rebuilt in the language shown (:meth:`BasinsLab.retranslate_ui`).
"""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QWidget

from gui.canvas.field_canvas import FieldCanvas
from gui.i18n import render
from gui.labs.lab_base import LabWidget, compact, labelled_row
from gui.labs.number_field import number_edit, read_number, step_box
from gui.labs.objective_row import ObjectiveChooserMixin, select_objective
from gui.workers.compute_thread import ComputeThread, JobError
from numerics.basins import BasinMap, iter_basin_map
from numerics.functions import Objective, get_objective
from numerics.labs.basin_legend import BOOK_BASINS, BasinPreset, label_to_index, legend_entries
from numerics.messages import message_of
from numerics.optimizers import OPTIMIZERS

ALPHA = 120  # of 255: the field and contours stay readable through the map
SPECIAL_COLORS = {"diverged": "#7f0000", "not converged": "#bdbdbd", "stalled": "#8c8c8c"}
KIND_COLORS = {"saddle": "#f0e442", "maximum": "#444444"}
#: Found attractors reached by fewer starts than this share are counted but not labelled.
MINOR_SHARE = 0.001


class BasinsLab(ObjectiveChooserMixin, LabWidget):
    title = "Basins"

    def __init__(self, compute: ComputeThread | None = None, parent: QWidget | None = None) -> None:
        super().__init__(compute, parent)
        self.objective: Objective = get_objective(BOOK_BASINS.objective)
        self.bmap: BasinMap | None = None
        self.last_seconds = 0.0
        self._started = 0.0
        self._shown_once = False
        self._status: Callable[[], str] = str  # the status line, in the language shown (empty)
        self._build_controls()
        self._build_figure()
        self.set_theme(self.theme)
        self.retranslate_ui()

    # -- construction ----------------------------------------------------------------------------
    def _build_controls(self) -> None:
        c = self.controls
        self.add_objective_rows(BOOK_BASINS.objective, "(x0**2 - 1)**2 + x1**2")
        self.optimizer_box = compact(QComboBox())
        self.optimizer_box.addItems(list(OPTIMIZERS))  # names: the same in every language
        self.add_row(lambda: self.tr("optimizer"), self.optimizer_box)
        self.lr_edit = number_edit(BOOK_BASINS.lr)
        self.bind(self.lr_edit.setToolTip, lambda: self.tr("learning rate η"))
        c.addRow("η", self.lr_edit)
        # Nothing recomputes on a change here ("Compute map" does), but a box that reports only
        # finished edits is what every lab's number box is.
        self.steps_spin = step_box(BOOK_BASINS.steps, 100_000)
        self.add_row(lambda: self.tr("steps"), self.steps_spin)
        self.resolution_spin = step_box(BOOK_BASINS.resolution, 800, minimum=20)
        self.bind(self.resolution_spin.setToolTip, lambda: self.tr("Starts per side of the grid (n × n starts)"))
        self.resolution_spin.setSingleStep(50)
        # "200 × 200", the grid it is: the suffix follows the value ("200 × n" read as a formula)
        self.resolution_spin.valueChanged.connect(self._show_grid_suffix)
        self._show_grid_suffix(self.resolution_spin.value())
        self.add_row(lambda: self.tr("grid"), self.resolution_spin)
        self.numerical_check = QCheckBox()
        self.bind(self.numerical_check.setText, lambda: self.tr("numerical gradient"))
        c.addRow(self.numerical_check)
        self.compute_button = QPushButton()
        self.cancel_button = QPushButton()
        self.bind(self.compute_button.setText, lambda: self.tr("Compute map"))
        self.bind(self.cancel_button.setText, lambda: self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        c.addRow(labelled_row(self.compute_button, self.cancel_button))
        self.status = QLabel("")
        self.status.setWordWrap(True)
        c.addRow(self.status)
        self.connect_objective_rows()

        self.compute_button.clicked.connect(self.start_compute)
        self.cancel_button.clicked.connect(self.cancel_job)

    def _build_figure(self) -> None:
        self.canvas = FieldCanvas(self.objective, theme=self.theme)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-1)  # under the overlay's other items, over the heatmap
        self.canvas.overlay.addItem(self.image)
        self.canvas.set_layer_visible("heatmap", False)
        # Direction only: the map is about where descent goes, and Himmelblau's |∇f| spans four
        # decades over the box, so arrows scaled by it vanish everywhere but at the corners.
        self.canvas.set_arrow_mode("unit")
        self.legend = QLabel("")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.figure_layout.addWidget(self.canvas, 1)
        self.figure_layout.addWidget(self.legend)

    @Slot(int)
    def _show_grid_suffix(self, n: int) -> None:
        self.resolution_spin.setSuffix(f" × {n}")

    def retranslate_ui(self) -> None:
        """Every text in the language shown: the bound ones, the catalogue, the status line and
        the legend (rebuilt from the map shown)."""
        super().retranslate_ui()
        self.retranslate_objective_rows()
        self._show_status()
        if self.bmap is not None:
            self._write_legend(self.bmap, self._colors(self.bmap))

    def _set_status(self, text: Callable[[], str]) -> None:
        """Show ``text()`` in the status line, now and after every language switch."""
        self._status = text
        self._show_status()

    def _show_status(self) -> None:
        self.status.setText(self._status())

    # -- public API ------------------------------------------------------------------------------
    def preset(self) -> BasinPreset:
        """The settings in the controls; ``ValueError`` names a bad one."""
        lr = read_number(self.lr_edit, "η")  # notation: the name is the same in every language
        preset = BasinPreset(objective=self.objective.name, optimizer=self.optimizer_box.currentText(), lr=lr,
                             steps=self.steps_spin.value(), resolution=self.resolution_spin.value(),
                             analytic=not self.numerical_check.isChecked())
        preset.config()  # validates
        return preset

    @Slot()
    def start_compute(self) -> bool:
        """Start a map on the compute thread; False (message shown) when a setting is bad."""
        try:
            preset = self.preset()
        except ValueError as exc:
            self.show_error(exc)
            return False
        self.clear_error()
        self.start_job(iter_basin_map, self.objective, self.objective.box, preset.resolution, preset.config())
        self._started = time.perf_counter()
        self.cancel_button.setEnabled(True)
        n = str(preset.resolution)
        self._set_status(lambda: self.tr("computing %1×%1 starts …").replace("%1", n))
        return True

    def run_preset_blocking(self) -> None:
        """Himmelblau, SGD η = 0.01, 500 steps, 200 × 200 starts, computed to the end."""
        select_objective(self.function_box, BOOK_BASINS.objective)
        self._show_formula_row(False)
        self._set_objective(get_objective(BOOK_BASINS.objective))
        self.optimizer_box.setCurrentText(BOOK_BASINS.optimizer)
        self.lr_edit.setText(repr(BOOK_BASINS.lr))
        self.steps_spin.setValue(BOOK_BASINS.steps)
        self.resolution_spin.setValue(BOOK_BASINS.resolution)
        self.numerical_check.setChecked(not BOOK_BASINS.analytic)
        self._shown_once = True  # settle() shows the lab: no second, background map
        self.start_compute()
        self.wait_until_computed()
        self.settle(self.canvas)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        # A tab that opens on an empty field says nothing: compute the default map in the
        # background the first time the lab is shown.
        super().showEvent(event)
        if self.bmap is None and not self.is_computing() and not self._shown_once:
            self.start_compute()
        self._shown_once = True

    # -- the job's end -------------------------------------------------------------------------
    def objective_chosen(self, obj: Objective) -> None:
        self._set_objective(obj)

    def _set_objective(self, obj: Objective) -> None:
        self.cancel_job()
        self.objective = obj
        self.bmap = None
        self.image.clear()
        self.legend.setText("")
        self.canvas.set_objective(obj)
        if not obj.has_analytic_gradient:
            self.numerical_check.setChecked(True)

    def job_finished(self, bmap: BasinMap | None) -> None:
        self.last_seconds = time.perf_counter() - self._started
        if bmap is None:  # the descent saw its token cancelled
            self.job_cancelled()
            return
        self.show_map(bmap)

    def job_failed(self, error: JobError) -> None:
        self._set_status(str)
        carried = getattr(error.exception, "message", None)
        reason = render(message_of(error.exception)) if carried is not None else str(error)
        self.show_error(lambda: self.tr("The map could not be computed: %1").replace("%1", reason))

    def job_cancelled(self) -> None:
        self._set_status(lambda: self.tr("cancelled"))

    def job_ended(self) -> None:
        self.cancel_button.setEnabled(False)

    # -- drawing ---------------------------------------------------------------------------------
    def _colors(self, bmap: BasinMap) -> list[str]:
        """One colour per colour-table row: attractors, then diverged, not converged, stalled."""
        colors, k = [], 0
        for cp in bmap.attractors:
            if cp.kind == "minimum":
                colors.append(self.theme.path_color(k))
                k += 1
            else:
                colors.append(KIND_COLORS.get(cp.kind, "#999999"))
        return colors + [SPECIAL_COLORS["diverged"], SPECIAL_COLORS["not converged"], SPECIAL_COLORS["stalled"]]

    def show_map(self, bmap: BasinMap) -> None:
        """Draw a basin map under the field and list its legend."""
        self.bmap = bmap
        colors = self._colors(bmap)
        lut = np.array([QColor(c).getRgb()[:3] + (ALPHA,) for c in colors], dtype=np.uint8)
        rgba = lut[label_to_index(bmap.labels, len(bmap.attractors))]
        self.image.setImage(rgba, autoLevels=False)
        n_rows, n_cols = bmap.labels.shape
        b = bmap.box
        # Grid points sit on the box edges: each pixel is centred on its start.
        dx = (b[1] - b[0]) / max(n_cols - 1, 1)
        dy = (b[3] - b[2]) / max(n_rows - 1, 1)
        self.image.setRect(QRectF(b[0] - dx / 2, b[2] - dy / 2, n_cols * dx, n_rows * dy))
        # Attractors found by clustering get their markers and labels on the canvas, unless almost
        # nobody reaches them (stray end points on a flat rim would bury the picture in labels).
        counts = bmap.counts()
        total = bmap.labels.size
        shown = [cp for k, cp in enumerate(bmap.attractors)
                 if k < len(self.objective.critical_points) or counts.get(k, 0) >= MINOR_SHARE * total]
        self.canvas.critical.set_points(shown)
        rows, cols, seconds = str(n_rows), str(n_cols), f"{self.last_seconds:.2f}"
        self._set_status(lambda: self.tr("%1×%2 starts in %3 s").replace("%1", rows).replace("%2", cols)
                         .replace("%3", seconds))
        self._write_legend(bmap, colors)

    def _write_legend(self, bmap: BasinMap, colors: list[str]) -> None:
        specials = (BasinMap.DIVERGED, BasinMap.NOT_CONVERGED, BasinMap.STALLED)
        parts = []
        known = len(self.objective.critical_points)
        minor = [e for e in legend_entries(bmap) if e.label >= known and e.fraction < MINOR_SHARE]
        for e in legend_entries(bmap):
            if e in minor:
                continue
            row = e.label if e.label >= 0 else len(bmap.attractors) + specials.index(e.label)
            parts.append(f"<span style='color:{colors[row]}; font-size:14px'>■</span>&nbsp;{render(e.message)}: "
                         f"{100 * e.fraction:.1f}%")
        if minor:
            starts = self.tr("%n starts", "", sum(e.count for e in minor))
            parts.append(self.tr("%n more found points reached by %1 (%2, unlabelled)", "", len(minor))
                         .replace("%1", starts).replace("%2", f"{100 * sum(e.fraction for e in minor):.2f}%"))
        if bmap.counts().get(BasinMap.NOT_CONVERGED, 0) > 0.5 * bmap.labels.size:
            parts.append("<i>" + self.tr("most starts ran out of steps: try more steps or a larger η") + "</i>")
        preset_text = ""
        try:
            p = self.preset()
            grad = self.tr("numerical ∇f") if not p.analytic else self.tr("analytic ∇f")
            preset_text = (self.tr("%1, η = %2, %n steps, %3", "", p.steps).replace("%1", p.optimizer)
                           .replace("%2", f"{p.lr:g}").replace("%3", grad) + " — ")
        except ValueError:
            pass
        shape = (self.tr("%1×%2 starts coloured by where they end:").replace("%1", str(bmap.labels.shape[0]))
                 .replace("%2", str(bmap.labels.shape[1])))
        self.legend.setText(f"<div style='color:{self.theme.foreground}'>{preset_text}{shape}"
                            f"<br>{' &nbsp; '.join(parts)}</div>")

    def redraw(self) -> None:
        self.canvas.set_theme(self.theme)
        if self.bmap is not None:
            self.show_map(self.bmap)
