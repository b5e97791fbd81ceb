"""Descent paths: ONE graphics item draws every run's path, append-only, from a raster cache.

A thousand runs as a thousand antialiased polylines cost ~300 ms a repaint. So on screen the
paths live in an image the size of the view (plus a margin for panning): each frame draws only the
segments revealed since the last one into it (work in proportion to what changed) and a repaint
is one image blit. When the view's scale changes (the canvas's debounced recompute calls
:meth:`PathsLayer.refresh`) the image is redrawn from the data, each path thinned to the pixel
grid (:func:`thin_indices`). Exports (PNG at any scale, SVG) are painted as vectors from the same
data, so they stay sharp. Selected runs are drawn thick on top, as vectors.

Only finite points ever reach Qt: a path stops at its first non-finite (or absurdly large)
point, which is where a diverging run stops meaning anything.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from gui.model.runs import Cohort

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
    grown, max_growth = 1.0, 2.0**MAX_DOUBLINGS
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
        if len(idx) <= max_vertices or grown >= max_growth:
            if len(idx) <= max_vertices:
                return idx
            break
        # A path crossing cells keeps about one vertex per cell it crosses, so the count falls
        # roughly in proportion to the cell size: grow by that ratio (at least 2×), not 2× a pass.
        factor = min(max(2.0, len(idx) / max_vertices), max_growth / grown)
        grown *= factor
        size = size * factor
    return idx[np.linspace(0, len(idx) - 1, max_vertices).round().astype(int)]



#: swarm members are drawn thin and faint: thousands of paths must not hide the field
SWARM_WIDTH = 1.0
SWARM_ALPHA = 90
HEAD_SIZE = 5


def _polylines(block: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Flatten ``block`` (steps, members, 2) into one vertex list and a connect-to-next mask.

    Each member is one polyline; non-finite or undrawable points are dropped and break the line.
    """
    if block.shape[1] == 1:  # one run (the common case): its rows are already the polyline
        pts = block[:, 0]
        with np.errstate(invalid="ignore"):
            ok = (np.abs(pts[:, 0]) <= MAX_DRAWABLE) & (np.abs(pts[:, 1]) <= MAX_DRAWABLE)
        if ok.all():
            connect = np.ones(len(pts), dtype=bool)
            connect[-1] = False
            return pts, connect
    pts = np.ascontiguousarray(np.swapaxes(block, 0, 1)).reshape(-1, 2)
    with np.errstate(invalid="ignore"):
        ok = (np.abs(pts[:, 0]) <= MAX_DRAWABLE) & (np.abs(pts[:, 1]) <= MAX_DRAWABLE)
    connect = np.zeros(len(pts), dtype=bool)
    connect[:-1] = ok[:-1] & ok[1:]
    steps = block.shape[0]
    if steps:
        connect[steps - 1 :: steps] = False  # a member's last point does not join the next member
    return pts[ok], connect[ok]


@dataclass(frozen=True)
class PathStyle:
    """How a path is drawn besides its colour.

    ``dash``: a dash pattern in line widths (Qt's ``setDashPattern``), ``None`` for a solid line;
    paths that overlap (AdaGrad under RMSProp) stay apart by their dashes. ``marker_px``: the dots
    on the steps (the book's gradient_method figure is big dots whose spacing shrinks).
    """

    dash: tuple[float, ...] | None = None
    marker_px: float = MARKER_SIZE
    line_width: float = LINE_WIDTH


PLAIN = PathStyle()


class _Entry:
    """A cohort as the layer draws it."""

    __slots__ = ("cohort", "color", "pen", "markers", "style")

    def __init__(self, cohort: Cohort, color: str, style: PathStyle = PLAIN) -> None:
        self.cohort = cohort
        self.style = style
        self.markers = not cohort.swarm and int(cohort.config.steps) + 1 <= MARKER_MAX_POINTS
        self.set_color(color)

    def set_color(self, color: str) -> None:
        self.color = color
        qcolor = QtGui.QColor(color)
        if self.cohort.swarm:
            qcolor.setAlpha(SWARM_ALPHA)
        self.pen = QtGui.QPen(qcolor, SWARM_WIDTH if self.cohort.swarm else self.style.line_width)
        if self.style.dash:
            self.pen.setDashPattern(list(self.style.dash))
        self.pen.setCosmetic(True)
        self.pen.setCapStyle(QtCore.Qt.PenCapStyle.RoundCap)
        self.pen.setJoinStyle(QtCore.Qt.PenJoinStyle.RoundJoin)


class PathsLayer(pg.GraphicsObject):
    """Every run's path in one item (see the module docstring); the canvas owns it.

    Swarms also show each member's current point as a dot, drawn by this item too.
    """

    def __init__(self, view_box: pg.ViewBox, z: float) -> None:
        super().__init__()
        self._vb = view_box
        self.entries: dict[int, _Entry] = {}  # by cohort first id, in start order
        self.highlighted: set[int] = set()
        self.visible = True
        self._image: QtGui.QImage | None = None
        self._image_rect = QtCore.QRectF()
        self._to_image = QtGui.QTransform()
        self.setZValue(z)
        view_box.addItem(self, ignoreBounds=True)  # paths never move the view
        # Each swarm's current points, one path of dots per swarm (drawn over the paths in paint)
        self._heads: list[tuple[QtGui.QPen, QtGui.QPainterPath]] = []
        self.head_count = 0

    # -- what the run controller calls -----------------------------------------------------------
    def add(self, cohort: Cohort, color: str, style: PathStyle = PLAIN) -> None:
        self.entries[cohort.first_id] = _Entry(cohort, color, style)
        if cohort.n_shown:
            self.redraw(cohort)

    def grow(self, cohort: Cohort, old_n: int, new_n: int) -> None:
        """Draw the points ``old_n … new_n − 1`` just revealed (and the segment into them)."""
        self.grow_many([(cohort, old_n, new_n)])

    def grow_many(self, changes) -> None:
        """``grow`` for every ``(cohort, old_n, new_n)`` of a frame: one painter, one path a colour."""
        changes = [(self.entries[c.first_id], old, new) for c, old, new in changes
                   if c.first_id in self.entries and new > old]
        if not changes:
            return
        if self._image is not None:
            painter = self._image_painter()
            try:
                batch = []
                for entry, old, new in changes:
                    if new - old > MAX_DRAWN_VERTICES or entry.markers or old == 0:
                        # long bursts are thinned; short paths add dots and start markers
                        self._paint_entry(painter, entry, max(old - 1, 0), new, thin=new - old > MAX_DRAWN_VERTICES)
                    else:
                        batch.append((entry, old - 1, new))
                if batch:
                    self._paint_batch(painter, batch)
            finally:
                painter.end()
        if any(entry.cohort.swarm for entry, _o, _n in changes):
            self._update_heads()
        self.update()

    def _paint_batch(self, painter: QtGui.QPainter, batch) -> None:
        """Plain line growth of many cohorts: their new segments joined into one path per pen."""
        groups: dict[tuple[str, bool], list] = {}
        for entry, first, last in batch:
            groups.setdefault((entry.color, entry.cohort.swarm), []).append((entry, first, last))
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        for items in groups.values():
            pts, connect = zip(*(_polylines(e.cohort.block(first, last)) for e, first, last in items))
            for c in connect:
                if len(c):
                    c[-1] = False  # one cohort's path does not join the next one's
            pts, connect = np.concatenate(pts), np.concatenate(connect)
            if len(pts) > 1:
                painter.setPen(items[0][0].pen)
                # Thousands of faint swarm segments a frame: antialiasing them costs more than it shows.
                painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, not items[0][0].cohort.swarm)
                painter.drawPath(pg.arrayToQPath(pts[:, 0], pts[:, 1], connect=connect))

    def redraw(self, cohort: Cohort | None = None) -> None:
        """Draw the cached image again from the data (a cancelled run lost its unseen steps)."""
        self._image = None
        self._update_heads()
        self.update()

    def set_color(self, cohort: Cohort, color: str) -> None:
        entry = self.entries.get(cohort.first_id)
        if entry is not None:
            entry.set_color(color)
            self.redraw()

    def remove(self, cohort: Cohort) -> None:
        if self.entries.pop(cohort.first_id, None) is not None:
            self.redraw()

    def clear(self) -> None:
        self.entries.clear()
        self.highlighted.clear()
        self.redraw()

    def set_highlighted(self, run_ids: Iterable[int]) -> None:
        self.highlighted = {int(r) for r in run_ids}
        self.update()

    def set_visible(self, visible: bool) -> None:
        self.visible = bool(visible)
        self.setVisible(self.visible)

    def refresh(self) -> None:
        """The view's range or scale changed: redraw the cache for it (called debounced)."""
        self.redraw()

    # -- queries --------------------------------------------------------------------------------
    def drawn_points(self, run_id: int) -> np.ndarray:
        """The vertices drawn for ``run_id`` at the current scale (thinned), (n, 2)."""
        entry, member = self._locate(run_id)
        pts = drawable_prefix(entry.cohort.xs(member))
        return pts[thin_indices(pts, self._pixel_size(), self._view())]

    def shown_points(self, run_id: int) -> np.ndarray:
        entry, member = self._locate(run_id)
        return drawable_prefix(entry.cohort.xs(member))

    def color_of(self, run_id: int) -> str:
        return self._locate(run_id)[0].color

    def nearest_vertex(self, x: float, y: float, px_size: tuple[float, float], radius_px: float):
        """``(run_id, step)`` of the shown point nearest to (x, y) within ``radius_px`` pixels, or None."""
        if not self.visible:
            return None
        best = None
        sx, sy = (float(v) if v else 1.0 for v in px_size)
        for first, entry in self.entries.items():
            c = entry.cohort
            block = c.block(0, c.n_shown)  # (steps, members, 2)
            if not block.size:
                continue
            with np.errstate(invalid="ignore"):
                d2 = ((block[..., 0] - x) / sx) ** 2 + ((block[..., 1] - y) / sy) ** 2
            d2 = np.where(np.isfinite(d2), d2, np.inf)
            k = int(np.argmin(d2))
            step, member = divmod(k, block.shape[1])
            if d2.flat[k] <= radius_px**2 and (best is None or d2.flat[k] < best[0]):
                best = (float(d2.flat[k]), first + member, step)
        return None if best is None else (best[1], best[2])

    def _locate(self, run_id: int) -> tuple[_Entry, int]:
        for first, entry in self.entries.items():
            if first <= run_id < first + entry.cohort.size:
                return entry, run_id - first
        raise KeyError(f"no path with run id {run_id}")

    # -- painting -------------------------------------------------------------------------------
    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802 - Qt API
        rect = self._vb.viewRect()
        mx, my = VIEW_MARGIN * rect.width(), VIEW_MARGIN * rect.height()
        return rect.adjusted(-mx, -my, mx, my)

    def paint(self, painter: QtGui.QPainter, option, widget=None) -> None:
        if not self.entries:
            return
        # pyqtgraph's export mode (gui/export.py sets it for PNG and SVG alike) means vectors.
        on_screen = isinstance(painter.device(), QtWidgets.QWidget) and not getattr(self, "_exportOpts", False)
        if on_screen:
            if self._image is None or not self._image_rect.contains(self._vb.viewRect()):
                self._rebuild_image(painter.device().devicePixelRatioF())
            if self._image is not None:
                painter.drawImage(self._image_rect, self._image)
        else:
            # An export: vectors, so a 2× PNG or an SVG stays sharp.
            painter.save()
            painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
            for entry in self.entries.values():
                self._paint_entry(painter, entry, 0, entry.cohort.n_shown, thin=True)
            painter.restore()
        for pen, path in self._heads:
            painter.setPen(pen)
            painter.drawPath(path)
        self._paint_highlights(painter)

    def _paint_highlights(self, painter: QtGui.QPainter) -> None:
        if not self.highlighted:
            return
        painter.save()
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        for run_id in sorted(self.highlighted):
            try:
                entry, member = self._locate(run_id)
            except KeyError:
                continue
            pts = self.drawn_points(run_id)
            if len(pts) < 2:
                continue
            pen = QtGui.QPen(QtGui.QColor(entry.color), HIGHLIGHT_WIDTH)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawPath(pg.arrayToQPath(pts[:, 0], pts[:, 1], connect="all"))
        painter.restore()

    def _paint_entry(self, painter: QtGui.QPainter, entry: _Entry, first: int, last: int, thin: bool) -> None:
        """Draw steps ``first … last − 1`` of every member of ``entry`` with ``painter``."""
        cohort = entry.cohort
        block = cohort.block(first, last)
        if not block.size:
            return
        if thin and cohort.size == 1:
            pts = drawable_prefix(block[:, 0])
            pts = pts[thin_indices(pts, self._pixel_size(), self._view())]
            connect = np.ones(len(pts), dtype=bool)
        else:
            pts, connect = _polylines(block)
        if not len(pts):
            return
        painter.setPen(entry.pen)
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        if len(pts) > 1:
            painter.drawPath(pg.arrayToQPath(pts[:, 0], pts[:, 1], connect=connect))
        if entry.markers:
            dots = QtGui.QPen(QtGui.QColor(entry.color), entry.style.marker_px)
            dots.setCosmetic(True)
            dots.setCapStyle(QtCore.Qt.PenCapStyle.RoundCap)
            painter.setPen(dots)
            painter.drawPoints(QtGui.QPolygonF([QtCore.QPointF(float(a), float(b)) for a, b in pts]))
        if first == 0 and not cohort.swarm:
            start = cohort.starts[0]
            if np.isfinite(start).all() and (np.abs(start) <= MAX_DRAWABLE).all():
                square = QtGui.QPen(QtGui.QColor(entry.color), START_SIZE)
                square.setCosmetic(True)
                square.setCapStyle(QtCore.Qt.PenCapStyle.SquareCap)
                painter.setPen(square)
                painter.drawPoint(QtCore.QPointF(float(start[0]), float(start[1])))

    def _rebuild_image(self, dpr: float) -> None:
        """A fresh cache for the current view (grown by VIEW_MARGIN on each side), every path drawn."""
        rect = self.boundingRect()
        px, py = self._pixel_size()
        if not (rect.width() > 0 and rect.height() > 0 and px > 0 and py > 0):
            self._image = None
            return
        sx, sy = dpr / px, dpr / py
        w, h = int(np.ceil(rect.width() * sx)), int(np.ceil(rect.height() * sy))
        if not (0 < w <= 16384 and 0 < h <= 16384):
            self._image = None
            return
        image = QtGui.QImage(w, h, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QtCore.Qt.GlobalColor.transparent)
        image.setDevicePixelRatio(1.0)
        self._image, self._image_rect = image, QtCore.QRectF(rect)
        # data → image pixels with no flip: the item's own transform (y up) flips the image when it
        # is drawn into _image_rect, exactly as it flips every other item's drawing
        self._to_image = QtGui.QTransform(sx, 0, 0, sy, -rect.left() * sx, -rect.top() * sy)
        painter = self._image_painter()
        try:
            for entry in self.entries.values():
                self._paint_entry(painter, entry, 0, entry.cohort.n_shown, thin=True)
        finally:
            painter.end()

    def _image_painter(self) -> QtGui.QPainter:
        painter = QtGui.QPainter(self._image)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        painter.setTransform(self._to_image)
        return painter

    def _update_heads(self) -> None:
        self._heads, self.head_count = [], 0
        for entry in self.entries.values():
            if entry.cohort.swarm and entry.cohort.n_shown:
                cur = entry.cohort.current_points()
                cur = cur[np.isfinite(cur).all(axis=1) & (np.abs(cur) <= MAX_DRAWABLE).all(axis=1)]
                if not len(cur):
                    continue
                # zero-length segments with round caps: a dot each, all in one path
                xy = np.repeat(cur, 2, axis=0)
                pen = QtGui.QPen(QtGui.QColor(entry.color), HEAD_SIZE)
                pen.setCosmetic(True)
                pen.setCapStyle(QtCore.Qt.PenCapStyle.RoundCap)
                self._heads.append((pen, pg.arrayToQPath(xy[:, 0], xy[:, 1], connect="pairs")))
                self.head_count += len(cur)

    def _pixel_size(self) -> tuple[float, float]:
        try:
            px = self._vb.viewPixelSize()
            sx, sy = float(px[0]), float(px[1])
        except Exception:  # noqa: BLE001 - before the view box is laid out
            sx = sy = 0.0
        if not (sx > 0 and sy > 0 and np.isfinite(sx) and np.isfinite(sy)):
            rect = self._vb.viewRect()
            sx = rect.width() / FALLBACK_VIEW_PX or 1.0
            sy = rect.height() / FALLBACK_VIEW_PX or 1.0
        return sx, sy

    def _view(self) -> tuple[float, float, float, float]:
        r = self._vb.viewRect()
        return (r.left(), r.right(), r.top(), r.bottom())
