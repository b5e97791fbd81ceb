"""The arrow layer: ONE graphics item holding every arrow of the field, coloured by |∇f|.

A ``PlotCurveItem`` has one pen, but the field is coloured by |∇f|. Instead of one curve per
colour class, :class:`ArrowFieldItem` keeps all 6N vertices in the one curve (``getData()``
returns every shaft and head stroke, ``connect='pairs'``) and, when painting, hands QPainter one
``drawLines`` call per colour class from pre-packed QLineF arrays. Painting cost stays that of
pyqtgraph's segmented-line mode (about 3 ms for 10k arrows) and the layer stays one item.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt import QtCore, QtGui
from pyqtgraph.Qt.internals import PrimitiveArray

from gui.canvas.arrows import VERTICES_PER_ARROW


class ArrowFieldItem(pg.PlotCurveItem):
    """Every arrow of the field in one curve: ``[tail, tip, tip, left, tip, right]`` per arrow.

    ``origins`` holds the point each arrow belongs to and ``classes`` its colour class (index
    into the pens given to :meth:`set_arrows`); both are in the same order as the vertices.
    """

    def __init__(self) -> None:
        super().__init__(connect="pairs", antialias=False)
        # Segmented lines draw 10k separate segments far faster than one QPainterPath.
        self.setSegmentedLineMode("on")
        self.origins = np.empty((0, 2))
        self.classes = np.empty(0, dtype=np.intp)
        self._class_pens: list[QtGui.QPen] = []
        self._class_segments: list[PrimitiveArray] = []
        #: the book view's arrows: filled polygons (quiver's), one path, one brush; None: strokes
        self.polygons: np.ndarray | None = None
        self._fill: tuple[QtGui.QPainterPath, QtGui.QBrush] | None = None

    def set_arrows(
        self,
        vertices: np.ndarray,
        origins: np.ndarray,
        classes: np.ndarray | None = None,
        pens: Sequence[QtGui.QPen] | QtGui.QPen | None = None,
    ) -> None:
        """Replace every arrow.

        ``vertices`` ``(6N, 2)`` finite, ``origins`` ``(N, 2)``. With ``classes`` ``(N,)`` (values
        ``0 … len(pens) − 1``) each class is painted with its own pen; without, ``pens`` is one pen.
        """
        self.polygons, self._fill = None, None
        vertices = np.asarray(vertices, dtype=float).reshape(-1, 2)
        n = len(vertices) // VERTICES_PER_ARROW
        if len(vertices) != n * VERTICES_PER_ARROW or len(origins) != n:
            raise ValueError(f"{len(vertices)} vertices do not make {len(origins)} arrows of 6 vertices")
        if not np.isfinite(vertices).all():
            raise ValueError("arrow vertices must be finite; drop undefined cells before drawing")
        self.origins = np.array(origins, dtype=float).reshape(-1, 2)
        if classes is None:
            self.classes = np.zeros(n, dtype=np.intp)
            self._class_pens = []
            self._class_segments = []
            if pens is not None:
                self.setPen(pens)
        else:
            classes = np.asarray(classes, dtype=np.intp).reshape(-1)
            pens = list(pens or [])
            if len(classes) != n or (n and (classes.min() < 0 or classes.max() >= len(pens))):
                raise ValueError("every arrow needs a colour class with a pen")
            self.classes = classes
            self._class_pens = pens
            self._class_segments = self._pack_classes(vertices, classes, len(pens), self._class_segments)
        # skipFiniteCheck: checked above, and the check is a full pass over 60k vertices
        self.setData(x=vertices[:, 0], y=vertices[:, 1], connect="pairs", skipFiniteCheck=True)

    def set_filled_arrows(self, polygons: np.ndarray, origins: np.ndarray, colour: str) -> None:
        """Replace every arrow by filled polygons ``(N, k, 2)`` (``quiver_polygons``), all in
        ``colour``: the book's quiver look, heads filled, as ``plt.quiver`` draws them."""
        polygons = np.asarray(polygons, dtype=float)
        if polygons.ndim != 3 or polygons.shape[-1] != 2 or len(origins) != len(polygons):
            raise ValueError(f"{polygons.shape} polygons do not match {len(origins)} origins")
        if not np.isfinite(polygons).all():
            raise ValueError("arrow polygons must be finite; drop undefined cells before drawing")
        self.origins = np.array(origins, dtype=float).reshape(-1, 2)
        self.classes = np.zeros(len(polygons), dtype=np.intp)
        self._class_pens, self._class_segments = [], []
        self.polygons = polygons
        k = polygons.shape[1]
        flat = polygons.reshape(-1, 2)
        connect = np.ones(len(flat), dtype=bool)
        connect[k - 1::k] = False  # each polygon its own closed subpath
        path = pg.arrayToQPath(flat[:, 0], flat[:, 1], connect=connect) if len(flat) else QtGui.QPainterPath()
        self._fill = (path, QtGui.QBrush(QtGui.QColor(colour)))
        # the curve holds the outlines too: its bounds are the arrows' (the scene culls by them)
        edges = np.stack([polygons, np.roll(polygons, -1, axis=1)], axis=2).reshape(-1, 2)
        self.setData(x=edges[:, 0], y=edges[:, 1], connect="pairs", skipFiniteCheck=True)
        self.setPen(pg.mkPen(colour, width=1))

    @staticmethod
    def _pack_classes(
        vertices: np.ndarray, classes: np.ndarray, n_classes: int, reuse: list[PrimitiveArray]
    ) -> list[PrimitiveArray]:
        # Sort arrows by class once; then each class is a contiguous block. Consecutive vertex
        # pairs (x0, y0, x1, y1) are exactly QLineF's memory layout, so a block is one copy.
        order = np.argsort(classes, kind="stable")
        lines = vertices.reshape(-1, VERTICES_PER_ARROW // 2, 4)[order].reshape(-1, 4)
        bounds = np.concatenate([[0], np.cumsum(np.bincount(classes, minlength=n_classes))]) * 3
        packed = []
        for k in range(n_classes):  # a loop over the handful of colour classes, not over arrows
            # reusing the buffers saves reallocating them on every pan and zoom
            out = reuse[k] if k < len(reuse) else PrimitiveArray(QtCore.QLineF, 4)
            block = lines[bounds[k]:bounds[k + 1]]
            out.resize(len(block))
            if len(block):
                out.ndarray()[:] = block
            packed.append(out)
        return packed

    def _class_paths(self) -> list[QtGui.QPainterPath]:
        x, y = self.getData()
        per_vertex = np.repeat(self.classes, VERTICES_PER_ARROW)
        return [
            pg.arrayToQPath(x[per_vertex == k], y[per_vertex == k], connect="pairs")
            for k in range(len(self._class_pens))
        ]

    def paint(self, p, opt, widget):  # noqa: D102 - Qt override
        if self._fill is not None:
            path, brush = self._fill
            p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
            p.setPen(QtCore.Qt.PenStyle.NoPen)
            p.setBrush(brush)
            p.drawPath(path)
            return
        if p.paintEngine().type() == QtGui.QPaintEngine.Type.SVG:
            # Vector export: one <path> per colour class, instead of a <polyline> per stroke.
            p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
            if self._class_pens:
                pens, paths = self._class_pens, self._class_paths()
            else:
                pens, paths = [self.opts["pen"]], [self.getPath()]
            for pen, path in zip(pens, paths):
                p.setPen(pen)
                p.drawPath(path)
            return
        if not self._class_pens:
            super().paint(p, opt, widget)
            return
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, False)
        for pen, segments in zip(self._class_pens, self._class_segments):
            if len(segments) == 0:
                continue
            p.setPen(pen)
            p.drawLines(*segments.drawargs())
