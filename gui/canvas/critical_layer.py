"""Critical points: one ScatterPlotItem (a symbol per kind) plus a TextItem label each."""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg

#: pyqtgraph symbol for each kind of critical point
SYMBOLS = {"minimum": "o", "saddle": "x", "maximum": "t1"}
SYMBOL_SIZE = 11


class CriticalLayer(pg.ItemGroup):
    """Markers and labels of an objective's critical points, drawn in data coordinates."""

    def __init__(self) -> None:
        super().__init__()
        self.scatter = pg.ScatterPlotItem(pxMode=True)
        self.addItem(self.scatter)
        self.labels: list[pg.TextItem] = []
        self._points: tuple = ()
        self._colors = ("#000000", "#ffffff")

    def set_points(self, points: Sequence) -> None:
        """Show ``CriticalPoint`` s (``x``, ``kind``, ``label``)."""
        self._points = tuple(points)
        self._redraw()

    def set_colors(self, outline: str, fill: str) -> None:
        """Marker outline/label colour and marker fill (a theme switch)."""
        self._colors = (outline, fill)
        self._redraw()

    def _redraw(self) -> None:
        outline, fill = self._colors
        for label in self.labels:
            label.setParentItem(None)
            if label.scene() is not None:
                label.scene().removeItem(label)
        self.labels = []
        if not self._points:
            self.scatter.setData(x=np.empty(0), y=np.empty(0))
            return
        xy = np.array([cp.x for cp in self._points], dtype=float)
        symbols = [SYMBOLS.get(cp.kind, "o") for cp in self._points]
        self.scatter.setData(
            x=xy[:, 0], y=xy[:, 1], symbol=symbols, size=SYMBOL_SIZE,
            pen=pg.mkPen(outline, width=1.5), brush=pg.mkBrush(fill),
        )
        for cp in self._points:
            label = pg.TextItem(cp.label, color=outline, anchor=(-0.15, 1.0))
            label.setPos(*cp.x)
            label.setParentItem(self)
            self.labels.append(label)
