"""The runs' paths on the 3-D surface: segments appended to capped GL line items.

Each source (a cohort of runs, or a finished path from the command line) is drawn as
``GL_LINES`` segments in its colour. pyqtgraph re-uploads an item's whole vertex buffer when its
data change, so one item per path would cost a 1M-step path a full upload every animation
frame. Here a path's segments go into items of at most ``CHUNK`` vertices: a frame appends the
newly revealed segments to the last, open item only, so its work is bounded by what changed
(plus one chunk), however long the path has grown.

Only imported once OpenGL is known to work (``gl_probe``): it imports ``pyqtgraph.opengl``.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph.opengl as gl

#: vertices per line item (a pair of them per segment): a 768 KiB upload at most per frame
CHUNK = 1 << 16
LINE_WIDTH = 1.5


class PathLines:
    """One source's segments, in items of at most ``CHUNK`` vertices added to ``view``."""

    def __init__(self, view: gl.GLViewWidget, rgba: tuple[float, float, float, float], width: float = LINE_WIDTH) -> None:
        self.view = view
        self.rgba = tuple(rgba)
        self.width = float(width)
        self.visible = True
        self._items: list[gl.GLLinePlotItem] = []
        self._buffer = np.empty((0, 3), np.float32)  # the open (last) item's vertices
        self._count = 0  # vertices used in the open buffer
        self._closed = 0  # vertices in the full items before it

    @property
    def vertex_count(self) -> int:
        return self._closed + self._count

    @property
    def items(self) -> tuple[gl.GLLinePlotItem, ...]:
        return tuple(self._items)

    def append(self, vertices: np.ndarray) -> None:
        """Add segments: ``vertices (2m, 3)`` in pairs."""
        vertices = np.asarray(vertices, dtype=np.float32)
        while len(vertices):
            if not self._items or self._count == CHUNK:
                self._open()
            take = min(CHUNK - self._count, len(vertices))
            take -= take % 2  # a segment never straddles two items
            self._buffer[self._count:self._count + take] = vertices[:take]
            self._count += take
            vertices = vertices[take:]
            # a view of the open buffer: pyqtgraph keeps it, and uploads it at the next paint
            self._items[-1].setData(pos=self._buffer[:self._count])

    def clear(self) -> None:
        for item in self._items:
            self.view.removeItem(item)
        self._items = []
        self._count = self._closed = 0

    def set_color(self, rgba: tuple[float, float, float, float]) -> None:
        self.rgba = tuple(rgba)
        for item in self._items:
            item.setData(color=self.rgba)

    def set_visible(self, visible: bool) -> None:
        self.visible = bool(visible)
        for item in self._items:
            item.setVisible(self.visible)

    def _open(self) -> None:
        if self._items:
            self._closed += self._count
        self._buffer = np.empty((CHUNK, 3), np.float32)
        self._count = 0
        # no GL_LINE_SMOOTH: in Mesa's llvmpipe it costs ~4 ms per 10k segments a frame
        item = gl.GLLinePlotItem(color=self.rgba, width=self.width, mode="lines", glOptions="translucent")
        item.setVisible(self.visible)
        self.view.addItem(item)
        self._items.append(item)
