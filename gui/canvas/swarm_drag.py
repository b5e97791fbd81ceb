"""Shift-drag on the field releases a swarm: a view box that turns that gesture into a rectangle.

A plain drag still pans and the wheel still zooms (pyqtgraph's own behaviour); only a drag with
Shift held draws pyqtgraph's rubber band and, on release, emits the rectangle in data coordinates.
"""

from __future__ import annotations

import pyqtgraph as pg
from pyqtgraph.Qt import QtCore


class SwarmDragViewBox(pg.ViewBox):
    """``swarmBoxDrawn(x0_min, x0_max, x1_min, x1_max)`` after a Shift-drag with the left button."""

    swarmBoxDrawn = QtCore.Signal(float, float, float, float)

    #: a rectangle smaller than this many pixels on a side is a slip of the hand, not a swarm
    MIN_PIXELS = 6

    def mouseDragEvent(self, ev, axis=None):  # noqa: N802 - pyqtgraph API
        shift = bool(ev.modifiers() & QtCore.Qt.KeyboardModifier.ShiftModifier)
        if ev.button() != QtCore.Qt.MouseButton.LeftButton or not shift or axis is not None:
            super().mouseDragEvent(ev, axis)
            return
        ev.accept()
        start, end = ev.buttonDownPos(), ev.pos()
        if not ev.isFinish():
            self.updateScaleBox(start, end)  # pyqtgraph's rubber band, in this item's coordinates
            return
        self.rbScaleBox.hide()
        if abs(end.x() - start.x()) < self.MIN_PIXELS or abs(end.y() - start.y()) < self.MIN_PIXELS:
            return
        a, b = self.mapToView(start), self.mapToView(end)
        self.swarmBoxDrawn.emit(min(a.x(), b.x()), max(a.x(), b.x()), min(a.y(), b.y()), max(a.y(), b.y()))
