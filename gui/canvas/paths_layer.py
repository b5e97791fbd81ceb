"""Descent paths: one PlotDataItem per run (a line, markers on short paths, a square start marker).

Only finite points ever reach pyqtgraph: a path is cut at its first non-finite (or absurdly
large) point, which is where a diverging run stops meaning anything.

A 100k-step run would cost ~100 ms a repaint as an antialiased 100k-vertex line, and far more
with a marker per point. The item therefore draws a copy thinned to the pixel grid
(:func:`thin_indices`), refreshed on every ``set`` and when the view's scale changes
(:meth:`PathsLayer.refresh`, called from the canvas's debounced recompute); the full points stay
in :attr:`PathsLayer.points` so a click still finds the exact step.
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
#: paths with at most this many points show a dot on every step; longer ones only the line
MARKER_MAX_POINTS = 300
#: the thinned copy never has more vertices than this (the grid coarsens by 2× until it fits)
MAX_DRAWN_VERTICES = 4000
#: drawn copies with more vertices than this are stroked segment by segment
SEGMENTED_MIN_VERTICES = 400
#: the view counts as this fraction larger on each side (what a pan shows before the refresh)
VIEW_MARGIN = 0.5
#: the cells grow at most 2**this pixels to meet MAX_DRAWN_VERTICES (then every k-th vertex)
MAX_DOUBLINGS = 6
#: view width in pixels assumed before the view box is laid out
FALLBACK_VIEW_PX = 600.0


def drawable_prefix(xy: np.ndarray) -> np.ndarray:
    """The leading run of finite, drawable rows of ``xy`` ``(n, 2)`` (a copy).

    Raises ``ValueError`` when ``xy`` is not shaped ``(n, 2)``.
    """
    arr = np.array(xy, dtype=float)
    if arr.ndim != 2 or arr.shape[1] != 2:
        raise ValueError(f"a path is an (n, 2) array of points, got shape {arr.shape}")
    if len(arr) == 0:
        return arr
    # |v| <= MAX_DRAWABLE is False for NaN and ±inf too: one test covers every bad value, and
    # the common all-good case costs one reduction (a NaN makes max() NaN, failing the test)
    mag = np.abs(arr)
    if not mag.max() <= MAX_DRAWABLE:
        good = (mag[:, 0] <= MAX_DRAWABLE) & (mag[:, 1] <= MAX_DRAWABLE)
        arr = arr[: int(np.argmin(good))]
    return arr


def thin_indices(pts: np.ndarray, cell: tuple[float, float], view: tuple[float, float, float, float] | None = None,
                 max_vertices: int = MAX_DRAWN_VERTICES) -> np.ndarray:
    """Indices of the points of ``pts`` ``(n, 2)`` worth drawing at a pixel size of ``cell``.

    Near the view the plane is cut into cells of ``cell`` (one pixel, in data units along x
    and y); of each run of consecutive points in one cell only the first is kept. The drawn
    chord from that point to the next kept one is then within a cell's diagonal of the full
    path: it departs from the last dropped point's segment by at most their distance.

    Away from the view (a box ``(x0_min, x0_max, x1_min, x1_max)`` grown by ``VIEW_MARGIN`` on
    each side; ``None``: everything is near), a run of consecutive points in the same one of
    the eight outside regions (left, left-above, above, …) keeps its first and last point: each
    region is convex and outside the view, so the chord between them never enters the view, and
    the segments into and out of the region stay exact. The first and last points are always
    kept. If more than ``max_vertices`` remain (a path zigzagging across pixels at every step),
    the cells are doubled until they fit.
    """
    n = len(pts)
    if n <= 2:
        return np.arange(n)
    size = np.asarray(cell, dtype=float)
    with np.errstate(divide="ignore", over="ignore"):
        if not (np.isfinite(size).all() and (size > 0).all() and np.isfinite(1.0 / size).all()):
            return np.arange(n)
    max_vertices = max(int(max_vertices), 2)
    x, y = pts[:, 0], pts[:, 1]
    # outcode: 0 near the view, else which of the eight outside regions (bits: left, right, below, above)
    region = np.zeros(n, dtype=np.int8)
    if view is not None:
        xa, xb, ya, yb = view
        mx, my = VIEW_MARGIN * (xb - xa), VIEW_MARGIN * (yb - ya)
        region |= (x < xa - mx).view(np.int8)
        region |= (x > xb + mx).view(np.int8) << 1
        region |= (y < ya - my).view(np.int8) << 2
        region |= (y > yb + my).view(np.int8) << 3
    far = region != 0
    starts = np.empty(n + 1, dtype=bool)  # starts[i]: point i begins a new run (i = n: past the end)
    starts[0] = starts[n] = True
    for _ in range(MAX_DOUBLINGS + 1):
        # one column at a time: contiguous 1-D passes are ~20× faster than reducing over axis 1;
        # floors are finite, since |pts| ≤ MAX_DRAWABLE and 1/size is finite. Far points all
        # share cell 0: there the region alone tells runs apart.
        qx = np.where(far, 0.0, np.floor(x * (1.0 / size[0])))
        qy = np.where(far, 0.0, np.floor(y * (1.0 / size[1])))
        inner = starts[1:n]
        np.not_equal(region[1:], region[:-1], out=inner)
        inner |= qx[1:] != qx[:-1]
        inner |= qy[1:] != qy[:-1]
        keep = starts[:n].copy()
        keep[:-1] |= starts[1:n] & far[:-1]  # the last point of a far run
        keep[-1] = True
        idx = np.flatnonzero(keep)
        if len(idx) <= max_vertices:
            return idx
        size = size * 2.0
    return idx[np.linspace(0, len(idx) - 1, max_vertices).round().astype(int)]


class PathsLayer:
    """Owns the path items; the canvas adds each to its view box.

    ``points[run_id]`` holds every drawable point of a run (what clicks are tested against);
    the item itself draws a thinned copy and a child scatter item marks the start.
    """

    def __init__(self, view_box: pg.ViewBox, z: float) -> None:
        self._vb = view_box
        self._z = z
        self.items: dict[int, pg.PlotDataItem] = {}
        self.points: dict[int, np.ndarray] = {}
        self.colors: dict[int, str] = {}
        self.highlighted: set[int] = set()
        self.visible = True
        self._starts: dict[int, pg.ScatterPlotItem] = {}
        self._markers: dict[int, bool] = {}  # whether the item currently draws a dot per point
        self._grids: dict[int, tuple] = {}  # (pixel size, view) each drawn copy was thinned for

    def add(self, run_id: int, color: str) -> pg.PlotDataItem:
        """A new empty path (replacing any path with the same id)."""
        self.remove(run_id)
        item = pg.PlotDataItem(antialias=True, skipFiniteCheck=True)
        item.setZValue(self._z)
        item.setVisible(self.visible)
        start = pg.ScatterPlotItem(pxMode=True, symbol="s", pen=None)
        start.setParentItem(item)  # shown, hidden, stacked and removed with its path
        self._vb.addItem(item, ignoreBounds=True)  # paths never move the view
        self.items[run_id] = item
        self._starts[run_id] = start
        self.points[run_id] = np.empty((0, 2))
        self.colors[run_id] = color
        self._markers[run_id] = False
        self._style(run_id)
        return item

    def set(self, run_id: int, xy: np.ndarray) -> int:
        """Show ``xy`` for the run; returns how many points were drawable."""
        if run_id not in self.items:
            raise KeyError(f"no path with run id {run_id}; call add_path first")
        pts = drawable_prefix(xy)
        old = self.points[run_id]
        self.points[run_id] = pts
        if (len(pts) <= MARKER_MAX_POINTS) != self._markers[run_id]:
            self._style(run_id)
        self._draw(run_id, self._grid())
        if len(pts) == 0 or len(old) == 0 or not np.array_equal(pts[0], old[0]):
            self._draw_start(run_id)
        return len(pts)

    def refresh(self) -> None:
        """Re-thin every path for the current view (after a zoom, a pan or a resize)."""
        grid = self._grid()
        for run_id in self.items:
            if self._grids.get(run_id) != grid:
                self._draw(run_id, grid)

    def drawn_points(self, run_id: int) -> np.ndarray:
        """The thinned ``(m, 2)`` copy the run's item draws."""
        x, y = self.items[run_id].getData()
        if x is None:
            return np.empty((0, 2))
        return np.stack([x, y], axis=-1)

    def set_color(self, run_id: int, color: str) -> None:
        """Recolour one run (a theme switch)."""
        self.colors[run_id] = color
        self._style(run_id)

    def set_highlighted(self, run_ids: Iterable[int]) -> None:
        """Draw these runs thicker (and on top); every other run normally."""
        new = {int(r) for r in run_ids}
        changed = new ^ self.highlighted
        self.highlighted = new
        for run_id in changed & self.items.keys():
            self._style(run_id)

    def remove(self, run_id: int) -> None:
        """Forget a run; unknown ids are ignored."""
        item = self.items.pop(run_id, None)
        if item is not None:
            self._vb.removeItem(item)
        self._starts.pop(run_id, None)
        self._markers.pop(run_id, None)
        self._grids.pop(run_id, None)
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

        ``px_size`` is one pixel in data units along x and y. Every point counts, not only the
        drawn (thinned) ones, so the step is exact.
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

    # --- drawing ----------------------------------------------------------------------------

    def _grid(self) -> tuple[tuple[float, float], tuple[float, float, float, float]]:
        """One pixel in data units along x and y, and the view box ``(x0_min, x0_max, x1_min, x1_max)``."""
        (xa, xb), (ya, yb) = self._vb.viewRange()
        w, h = self._vb.width(), self._vb.height()
        # before the first layout the view box has no size yet: assume a typical one
        w = w if w > 10 else FALLBACK_VIEW_PX
        h = h if h > 10 else FALLBACK_VIEW_PX
        return (float(xb - xa) / w, float(yb - ya) / h), (float(xa), float(xb), float(ya), float(yb))

    def _draw(self, run_id: int, grid: tuple) -> None:
        self._grids[run_id] = grid
        pts = self.points[run_id]
        if len(pts) > MARKER_MAX_POINTS:
            pts = pts[thin_indices(pts, *grid)]
        item = self.items[run_id]
        # Long lines one segment at a time, not as one QPainterPath: stroking an antialiased path
        # that crosses itself (a zigzagging descent) costs ~25 ms per 1000 vertices, segments
        # ~4 ms. Short ones stay one path: an SVG export then holds the run as one polyline.
        mode = "on" if len(pts) > SEGMENTED_MIN_VERTICES else "off"
        if item.curve.opts.get("segmentedLineMode") != mode:
            item.curve.setSegmentedLineMode(mode)
        # fresh contiguous columns: pyqtgraph keeps references to what it is given
        item.setData(x=np.ascontiguousarray(pts[:, 0]), y=np.ascontiguousarray(pts[:, 1]))

    def _draw_start(self, run_id: int) -> None:
        pts = self.points[run_id]
        start = self._starts[run_id]
        if len(pts):
            start.setData(x=pts[:1, 0].copy(), y=pts[:1, 1].copy())
        else:
            start.setData(x=np.empty(0), y=np.empty(0))

    def _style(self, run_id: int) -> None:
        """Pen, markers and start marker from the run's colour, highlight and length.

        One symbol setting for the whole item, never a list per point: pyqtgraph's legend
        sample paints ``opts['symbol']`` and crashes on a list.
        """
        item, color = self.items[run_id], self.colors[run_id]
        hot = run_id in self.highlighted
        grow = 2 if hot else 0
        markers = len(self.points[run_id]) <= MARKER_MAX_POINTS
        self._markers[run_id] = markers
        item.setPen(pg.mkPen(color, width=HIGHLIGHT_WIDTH if hot else LINE_WIDTH))
        if markers:
            item.setSymbolBrush(pg.mkBrush(color))
            item.setSymbolPen(None)
            item.setSymbolSize(MARKER_SIZE + grow)
            item.setSymbol("o")
        else:
            item.setSymbol(None)
        start = self._starts[run_id]
        start.setSize(START_SIZE + grow)
        start.setBrush(pg.mkBrush(color))
        item.setZValue(self._z + (1 if hot else 0))
