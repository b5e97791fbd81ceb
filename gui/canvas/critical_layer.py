"""Critical points: one ScatterPlotItem (a symbol per kind) plus a TextItem label each.

A label sits to the right of and above its point, unless that would run past the view's right or
top edge ("global minimu…"): then it goes to the left, or below (:meth:`CriticalLayer.place_labels`,
called by the canvas whenever the view changes).
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg

from gui.i18n import render

#: pyqtgraph symbol for each kind of critical point
SYMBOLS = {"minimum": "o", "saddle": "x", "maximum": "t1"}
SYMBOL_SIZE = 11
#: gap between a point and its label, as a fraction of the label's width / height
LABEL_GAP = 0.15
#: keep labels this many pixels clear of the view's edge
EDGE_PX = 4.0


class CriticalLayer(pg.ItemGroup):
    """Markers and labels of an objective's critical points, drawn in data coordinates."""

    def __init__(self) -> None:
        super().__init__()
        self.scatter = pg.ScatterPlotItem(pxMode=True)
        self.addItem(self.scatter)
        self.labels: list[pg.TextItem] = []
        self._points: tuple = ()
        self._colors = ("#000000", "#ffffff")
        self._view: tuple[tuple[float, float, float, float], tuple[float, float]] | None = None

    def set_points(self, points: Sequence) -> None:
        """Show ``CriticalPoint`` s (``x``, ``kind``, ``label``)."""
        self._points = tuple(points)
        self._redraw()

    def retranslate(self) -> None:
        """The labels again, in the language shown (their Messages rendered afresh)."""
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
            label = pg.TextItem(render(cp.label_message), color=outline, anchor=(-LABEL_GAP, 1.0))
            label.setPos(*cp.x)
            label.setParentItem(self)
            self.labels.append(label)
        if self._view is not None:
            self.place_labels(*self._view)

    def place_labels(self, view: tuple[float, float, float, float], px_size: tuple[float, float]) -> None:
        """Anchor every label so it stays inside ``view`` (a box ``(x0_min, x0_max, x1_min, x1_max)``);
        a label that fits inside on no side is hidden.

        ``px_size`` is one pixel in data units along x and y. Each label takes the first of
        right-above, left-above, right-below, left-below of its point that lies inside the view
        and covers no label placed before it and no other marker; failing that, the one that
        sticks out least and covers least. A handful of labels: a plain loop.
        """
        self._view = (tuple(view), tuple(px_size))
        xa, xb, ya, yb = view
        sx, sy = px_size
        if not (sx > 0 and sy > 0) or not self.labels:
            return
        width, height = (xb - xa) / sx, (yb - ya) / sy
        # pixel coordinates, y down, as the label rectangles are measured
        px = np.array([((cp.x[0] - xa) / sx, (yb - cp.x[1]) / sy) for cp in self._points], dtype=float)
        half = SYMBOL_SIZE / 2 + 1
        markers = np.concatenate([px - half, px + half], axis=1)  # (k, 4): left, top, right, bottom
        placed: list[np.ndarray] = []
        for i, label in enumerate(self.labels):
            rect = label.textItem.boundingRect()  # in pixels: a TextItem ignores the view's scale
            w, h = rect.width(), rect.height()
            best, best_cost, best_outside = ANCHORS[0], np.inf, 0.0
            for ax, ay in ANCHORS:
                left, top = px[i, 0] - ax * w, px[i, 1] - ay * h
                box = np.array([left, top, left + w, top + h])
                outside = (max(0.0, EDGE_PX - box[0]) + max(0.0, box[2] - (width - EDGE_PX))) * h + (
                    max(0.0, EDGE_PX - box[1]) + max(0.0, box[3] - (height - EDGE_PX))) * w
                others = np.delete(markers, i, axis=0)
                covered = _overlap(box, others) + (_overlap(box, np.array(placed)) if placed else 0.0)
                cost = 1e3 * outside + covered  # sticking out of the view is the worse fault
                if cost < best_cost:
                    best, best_cost, best_outside = (ax, ay), cost, outside
                if cost == 0:
                    break
            label.setAnchor(best)
            # A label that fits on no side (a small multiple's view is narrower than two labels)
            # is left out rather than cut at the view's edge: the marker still shows the point.
            label.setVisible(bool(best_outside == 0))
            ax, ay = best
            left, top = px[i, 0] - ax * w, px[i, 1] - ay * h
            placed.append(np.array([left, top, left + w, top + h]))


#: label anchors in order of preference: right-above, left-above, right-below, left-below
ANCHORS = ((-LABEL_GAP, 1.0), (1 + LABEL_GAP, 1.0), (-LABEL_GAP, -LABEL_GAP), (1 + LABEL_GAP, -LABEL_GAP))


def _overlap(box: np.ndarray, boxes: np.ndarray) -> float:
    """Total area of ``box`` (left, top, right, bottom) covered by each of ``boxes`` (k, 4)."""
    if len(boxes) == 0:
        return 0.0
    dx = np.minimum(box[2], boxes[:, 2]) - np.maximum(box[0], boxes[:, 0])
    dy = np.minimum(box[3], boxes[:, 3]) - np.maximum(box[1], boxes[:, 1])
    return float((np.clip(dx, 0, None) * np.clip(dy, 0, None)).sum())
