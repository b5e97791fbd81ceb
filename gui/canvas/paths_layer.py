"""Descent paths: one PlotDataItem per run (line, small markers, a square start marker).

Only finite points ever reach pyqtgraph: a path is cut at its first non-finite (or absurdly
large) point, which is where a diverging run stops meaning anything.
"""
from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pyqtgraph as pg

#: beyond this |coordinate| Qt's float painting loses the plot; treat it like a non-finite point
MAX_DRAWABLE = 1e12
LINE_WIDTH = 1.5
HIGHLIGHT_WIDTH = 3.5
MARKER_SIZE = 4
START_SIZE = 9


def drawable_prefix(xy: np.ndarray) -> np.ndarray:
    """The leading run of finite, drawable rows of ``xy`` ``(n, 2)`` (a copy).

    Raises ``ValueError`` when ``xy`` is not shaped ``(n, 2)``.
    """
    arr = np.array(xy, dtype=float)
    if arr.ndim != 2 or arr.shape[1] != 2:
        raise ValueError(f"a path is an (n, 2) array of points, got shape {arr.shape}")
    with np.errstate(invalid="ignore"):
        bad = ~(np.isfinite(arr).all(axis=1) & (np.abs(arr) <= MAX_DRAWABLE).all(axis=1))
    if bad.any():
        arr = arr[: int(np.argmax(bad))]
    return arr


class PathsLayer:
    """Owns the path items; the canvas adds each to its view box."""

    def __init__(self, view_box: pg.ViewBox, z: float) -> None:
        self._vb = view_box
        self._z = z
        self.items: dict[int, pg.PlotDataItem] = {}
        self.points: dict[int, np.ndarray] = {}
        self.colors: dict[int, str] = {}
        self.highlighted: set[int] = set()
        self.visible = True

    def add(self, run_id: int, color: str) -> pg.PlotDataItem:
        """A new empty path (replacing any path with the same id)."""
        self.remove(run_id)
        item = pg.PlotDataItem(antialias=True)
        item.setZValue(self._z)
        item.setVisible(self.visible)
        self._vb.addItem(item, ignoreBounds=True)  # paths never move the view
        self.items[run_id] = item
        self.points[run_id] = np.empty((0, 2))
        self.colors[run_id] = color
        self._style(run_id)
        return item

    def set(self, run_id: int, xy: np.ndarray) -> int:
        """Show ``xy`` for the run; returns how many points were drawable."""
        if run_id not in self.items:
            raise KeyError(f"no path with run id {run_id}; call add_path first")
        pts = drawable_prefix(xy)
        self.points[run_id] = pts
        self._style(run_id)
        return len(pts)

    def set_color(self, run_id: int, color: str) -> None:
        """Recolour one run (a theme switch)."""
        self.colors[run_id] = color
        self._style(run_id)

    def set_highlighted(self, run_ids: Iterable[int]) -> None:
        """Draw these runs thicker (and on top); every other run normally."""
        self.highlighted = {int(r) for r in run_ids}
        for run_id in self.items:
            self._style(run_id)

    def remove(self, run_id: int) -> None:
        """Forget a run; unknown ids are ignored."""
        item = self.items.pop(run_id, None)
        if item is not None:
            self._vb.removeItem(item)
        self.points.pop(run_id, None)
        self.colors.pop(run_id, None)
        self.highlighted.discard(run_id)

    def clear(self) -> None:
        """Forget every run."""
        for run_id in list(self.items):
            self.remove(run_id)

    def set_visible(self, visible: bool) -> None:
        """Show or hide every path."""
        self.visible = visible
        for item in self.items.values():
            item.setVisible(visible)

    def nearest_vertex(self, x: float, y: float, px_size: tuple[float, float], radius_px: float):
        """``(run_id, step)`` of the vertex nearest ``(x, y)`` within ``radius_px``, else None.

        ``px_size`` is one pixel in data units along x and y.
        """
        if not self.visible:
            return None
        best = None
        best_d = radius_px
        for run_id, pts in self.points.items():  # a handful of runs; each test is vectorised
            if len(pts) == 0:
                continue
            d = np.hypot((pts[:, 0] - x) / px_size[0], (pts[:, 1] - y) / px_size[1])
            i = int(np.argmin(d))
            if d[i] <= best_d:
                best, best_d = (run_id, i), d[i]
        return best

    def _style(self, run_id: int) -> None:
        item, pts, color = self.items[run_id], self.points[run_id], self.colors[run_id]
        hot = run_id in self.highlighted
        n = len(pts)
        sizes = np.full(n, MARKER_SIZE + (2 if hot else 0))
        symbols = np.full(n, "o", dtype=object)
        if n:
            sizes[0] = START_SIZE + (2 if hot else 0)
            symbols[0] = "s"
        item.setData(
            x=pts[:, 0], y=pts[:, 1],
            pen=pg.mkPen(color, width=HIGHLIGHT_WIDTH if hot else LINE_WIDTH),
            symbol=list(symbols), symbolSize=sizes, symbolBrush=pg.mkBrush(color), symbolPen=None,
        )
        item.setZValue(self._z + (1 if hot else 0))
