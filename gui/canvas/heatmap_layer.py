"""The heatmap layer: f on a grid as one colour-mapped ``ImageItem``; undefined cells stay blank."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt import QtCore

from numerics.field import log_shifted

LOG_FLOOR_DECADES = 6.0  #: the log scale spans this many decades below the largest f − min


def heatmap_values(z: np.ndarray, log: bool) -> np.ndarray:
    """What the heatmap colours: f itself, or log10(f − min + eps) for valley-shaped objectives.

    ``eps`` puts the minimum ``LOG_FLOOR_DECADES`` below the top, so the floor of Rosenbrock's
    valley gets colours instead of one flat −∞. NaN (undefined f) stays NaN.
    """
    return log_shifted(z, LOG_FLOOR_DECADES) if log else np.array(z, dtype=float)


def finite_levels(values: np.ndarray) -> tuple[float, float] | None:
    """(min, max) of the finite values, widened when flat; None when nothing is finite."""
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return None
    lo, hi = float(finite.min()), float(finite.max())
    if hi <= lo:
        hi = lo + 1.0
    return lo, hi


def changes_sign(levels: tuple[float, float] | None) -> bool:
    """Whether f takes both signs over the view (then a diverging map centred on 0 is used)."""
    return levels is not None and levels[0] < 0.0 < levels[1]


def centred_levels(levels: tuple[float, float]) -> tuple[float, float]:
    """Levels symmetric about 0, so that 0 falls on a diverging map's neutral middle."""
    top = max(-levels[0], levels[1])
    return -top, top


class HeatmapLayer(pg.ImageItem):
    """f (or log f) over a box; pixel centres sit on the grid points.

    f is coloured with a sequential map when it keeps one sign, with a diverging map centred on
    0 when it changes sign (and is not on a log scale): ``key_levels``, ``key_colormap`` and
    ``diverging`` say what the last grid was drawn with (the canvas's colour key shows them).
    """

    def __init__(self) -> None:
        super().__init__(axisOrder="row-major")
        self.values = np.empty((0, 0))
        self.key_levels: tuple[float, float] | None = None
        self.diverging = False
        self._maps = (pg.colormap.get("CET-L12"), pg.colormap.get("CET-D1A"))
        self.key_colormap = self._maps[0]
        self.opacity_value = 1.0

    def set_grid(self, x0: np.ndarray, x1: np.ndarray, z: np.ndarray, log: bool,
                 view: tuple[float, float, float, float] | None = None) -> np.ndarray:
        """Show ``z (len(x1), len(x0))``; returns the values it coloured (for the contours).

        The colours span the values inside ``view`` (a box; default: the whole grid), so the key
        describes what is seen, not the margin kept for panning.
        """
        values = heatmap_values(z, log)
        self.values = values
        shown = values
        if view is not None:
            cols = (x0 >= view[0]) & (x0 <= view[1])
            rows = (x1 >= view[2]) & (x1 <= view[3])
            if cols.any() and rows.any():
                shown = values[np.ix_(rows, cols)]
        levels = finite_levels(shown)
        if levels is None:
            # nothing defined in view: an empty picture, not a crash
            self.key_levels = None
            self.clear()
            return values
        self.diverging = not log and changes_sign(levels)
        if self.diverging:
            levels = centred_levels(levels)
        self.key_levels = levels
        colormap = self._maps[1 if self.diverging else 0]
        if colormap is not self.key_colormap:
            self.key_colormap = colormap
            self.setColorMap(colormap)
        dx = (x0[-1] - x0[0]) / max(len(x0) - 1, 1)
        dy = (x1[-1] - x1[0]) / max(len(x1) - 1, 1)
        self.setImage(values, levels=levels, autoLevels=False)
        self.setRect(QtCore.QRectF(x0[0] - dx / 2, x1[0] - dy / 2, dx * len(x0), dy * len(x1)))
        return values

    def set_colormap(self, name: str, opacity: float, diverging: str | None = None) -> None:
        """Colour maps by pyqtgraph name (sequential; ``diverging`` for an f that changes sign),
        and how strongly the heatmap shows through."""
        self._maps = (pg.colormap.get(name), pg.colormap.get(diverging) if diverging else self._maps[1])
        self.key_colormap = self._maps[1 if self.diverging else 0]
        self.setColorMap(self.key_colormap)
        self.opacity_value = float(opacity)
        self.setOpacity(opacity)
