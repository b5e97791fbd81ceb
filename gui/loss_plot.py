"""f against the step for the selected runs, on a log y axis when f allows it.

A log axis is the honest picture of descent (linear convergence is a straight line), but it has
no place for f ≤ 0 (Matyas at its minimum, a saddle, a user formula). When any shown value is
≤ 0 the plot says so and falls back to a linear axis rather than dropping points silently;
non-finite values are never handed to pyqtgraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.i18n import Retranslatable
from gui.model.theme import grid_item_color

if TYPE_CHECKING:
    from gui.run_controller import Run
    from gui.model.theme import Theme

PLACEHOLDER = QT_TRANSLATE_NOOP("LossPlot", "Finished runs appear here; select runs in the table to choose which")
#: said under the plot when it shows the finished runs because none is selected
UNSELECTED = QT_TRANSLATE_NOOP("LossPlot", "the finished runs (select rows to choose)")
#: room above the plot for the top tick's value (centred on the top edge, half of it was cut)
TOP_MARGIN_PX = 10
#: More points than this per curve are reduced to their per-bin minimum and maximum: a 100k-step
#: curve drawn point by point costs ~70 ms a frame, its min/max envelope looks identical.
MAX_CURVE_POINTS = 2000


def envelope(steps: np.ndarray, values: np.ndarray, max_points: int = MAX_CURVE_POINTS):
    """``(steps, values)`` thinned to at most ~``max_points``: each bin keeps its min and max, in order.

    Every extreme survives, so spikes and plateaus look exactly as in the full curve.
    """
    n = len(values)
    if n <= max_points:
        return steps, values
    k = int(np.ceil(n / (max_points // 2)))
    m = (n // k) * k
    bins = values[:m].reshape(-1, k)
    lo, hi = bins.argmin(axis=1), bins.argmax(axis=1)
    base = np.arange(len(bins)) * k
    idx = np.stack([base + np.minimum(lo, hi), base + np.maximum(lo, hi)], axis=1).ravel()
    idx = np.concatenate([idx, np.arange(m, n)])
    return steps[idx], values[idx]


def _tr(text: str) -> str:
    return QCoreApplication.translate("LossPlot", text)


class LossPlot(Retranslatable, QWidget):
    """Plots ``f`` against the step for the runs given to :meth:`show_runs`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget()
        self.plot.setMenuEnabled(False)
        self.plot.setLabel("left", "f")
        # An SI prefix on a log axis turns 1e12 into "f (x1e+12)" with 10⁻¹⁰ ticks: nonsense.
        self.plot.getAxis("left").enableAutoSIPrefix(False)
        # A GridItem, not the axes' own grid: the axes replay their grid from a QPicture on every
        # repaint, which costs several ms while a run animates (see the canvas, which does the same).
        self.grid = pg.GridItem(textPen=None)
        self.grid.setTickSpacing(x=[None, None], y=[None, None])
        self.plot.addItem(self.grid, ignoreBounds=True)
        self.plot.getPlotItem().layout.setContentsMargins(0, TOP_MARGIN_PX, 4, 0)
        self.note = QLabel(_tr(PLACEHOLDER))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("font-size: 11px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.note)
        self._runs: list[Run] = []
        self.chosen = True  #: whether the runs shown were selected (else: the finished ones)
        self._curves: dict[int, pg.PlotDataItem] = {}
        self.log_y = True
        self._hidden = 0  # undefined values not drawn, said in the note
        self.plot.setLogMode(x=False, y=True)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The axis label, the tooltip, the note and the curves' names in the current language."""
        self.plot.setLabel("bottom", self.tr("step"))
        self.plot.setToolTip(self.tr("f against the step for the selected runs (or, with none selected, "
                                     "the finished ones)"))
        for run_id, curve in self._curves.items():
            curve.opts["name"] = self.tr("run %1").replace("%1", str(run_id))
        self._show_note()

    def run_ids(self) -> list[int]:
        return [run.run_id for run in self._runs]

    def show_runs(self, runs: list["Run"], chosen: bool = True) -> None:
        """Plot exactly ``runs`` (an empty list clears the plot); ``chosen=False``: they are the
        finished runs shown because none is selected, and the note says so."""
        self._runs = list(runs)
        self.chosen = bool(chosen)
        for curve in self._curves.values():
            self.plot.removeItem(curve)
        self._curves = {}
        for run in self._runs:
            curve = pg.PlotDataItem(pen=pg.mkPen(run.color, width=2),
                                    name=self.tr("run %1").replace("%1", str(run.run_id)))
            self.plot.addItem(curve)
            self._curves[run.run_id] = curve
        self.refresh()

    def refresh(self, run_id: int | None = None) -> None:
        """Redraw after new steps were shown (``run_id`` not plotted: nothing to do)."""
        if run_id is not None and run_id not in self._curves:
            return
        if not self._runs:
            self._show_note()
            # Empty: show whole decades (10⁻² … 10²) instead of auto-ranged ticks 2 … 9.
            self.plot.disableAutoRange()
            self.plot.setRange(xRange=(0, 100), yRange=(-2, 2) if self.log_y else (0, 1), padding=0)
            return
        self.plot.enableAutoRange()
        finite = [run.values[np.isfinite(run.values)] for run in self._runs]
        positive = all((v > 0).all() for v in finite)
        if positive != self.log_y:
            self.log_y = positive
            self.plot.setLogMode(x=False, y=positive)
        for run in self._runs:
            values = np.asarray(run.values, dtype=float)
            steps = np.arange(len(values), dtype=float)
            keep = np.isfinite(values)
            if self.log_y:
                keep &= values > 0
            self._curves[run.run_id].setData(*envelope(steps[keep], values[keep]))
            self._curves[run.run_id].setPen(pg.mkPen(run.color, width=2))
        self._hidden = sum(int((~np.isfinite(run.values)).sum()) for run in self._runs)
        self._show_note()

    def _show_note(self) -> None:
        """The line under the plot: which runs, which scale, what was left out."""
        if not self._runs:
            self.note.setText(_tr(PLACEHOLDER))
            return
        parts = [] if self.chosen else [_tr(UNSELECTED)]
        parts.append(self.tr("log scale") if self.log_y else self.tr("linear scale: f ≤ 0 occurs, so no log axis"))
        if self._hidden:
            parts.append(self.tr("%n undefined values not drawn", "", self._hidden))
        self.note.setText(self.tr("; ", "between the parts of the note under the plot").join(parts))

    def set_theme(self, theme: "Theme") -> None:
        self.plot.setBackground(theme.background)
        self.grid.setPen(pg.mkPen(grid_item_color(theme), width=1))
        self.note.setStyleSheet(f"font-size: 11px; color: {theme.foreground};")
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.setPen(pg.mkPen(theme.foreground))
            axis.setTextPen(pg.mkPen(theme.foreground))
