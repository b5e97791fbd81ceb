"""Text in the 3-D scene: every label drawn by ONE item, with one QPainter a frame.

pyqtgraph's ``GLTextItem`` opens a ``QPainter`` on the GL widget for each label in every frame;
with the box's axis labels and a catalogue function's critical points that is some 16 painters,
about 20 ms a frame in Mesa's llvmpipe (measured in ``benchmarks/bench_surface.py``'s set-up),
most of a smooth frame's budget. This item projects all of its labels and paints them at once.

Only imported once OpenGL is known to work (it imports ``pyqtgraph.opengl``).
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from pyqtgraph.opengl import GLGraphicsItem
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QMatrix4x4, QPainter, QVector3D


class LabelsItem(GLGraphicsItem.GLGraphicsItem):
    """Texts at scene points, each with its colour; drawn over the scene, left-aligned above."""

    def __init__(self, font: QFont | None = None) -> None:
        super().__init__()
        self.setGLOptions("additive")  # drawn by QPainter over the frame: no depth test
        self.font = QFont(font) if font is not None else QFont()
        self._labels: list[tuple[QVector3D, str, QColor]] = []

    def set_labels(self, labels: Sequence[tuple[Sequence[float], str, QColor | str]]) -> None:
        """``(position (3,), text, colour)`` for every label (replaces the ones before)."""
        self._labels = [(QVector3D(*map(float, np.asarray(pos, dtype=float)[:3])), str(text), QColor(color))
                        for pos, text, color in labels]
        self.update()

    def texts(self) -> list[str]:
        return [text for _pos, text, _color in self._labels]

    def paint(self) -> None:
        if not self._labels:
            return
        view = self.view()
        rect = QRectF(0, 0, view.width(), view.height())  # a QOpenGLWindow has no rect()
        to_viewport = QMatrix4x4()
        to_viewport.viewport(rect.left(), rect.bottom(), rect.width(), -rect.height())
        project = to_viewport * self.mvpMatrix()
        painter = QPainter(view)
        try:
            painter.setFont(self.font)
            painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
            for pos, text, color in self._labels:
                p = project.map(pos)
                if not rect.adjusted(-200, -50, 200, 50).contains(QPointF(p.x(), p.y())):
                    continue  # far outside the view (zoomed in)
                painter.setPen(color)
                painter.drawText(QPointF(p.x(), p.y()), text)
        finally:
            painter.end()
