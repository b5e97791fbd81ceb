"""The heatmap layer: f on a grid as one colour-mapped ``ImageItem``; undefined cells stay blank."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt import QtCore

LOG_FLOOR_DECADES = 6.0  #: the log scale spans this many decades below the largest f − min


def heatmap_values(z: np.ndarray, log: bool) -> np.ndarray:
    """What the heatmap colours: f itself, or log10(f − min + eps) for valley-shaped objectives.

    ``eps`` puts the minimum ``LOG_FLOOR_DECADES`` below the top, so the floor of Rosenbrock's
    valley gets colours instead of one flat −∞. NaN (undefined f) stays NaN.
    """
    z = np.asarray(z, dtype=float)
    if not log:
        return z.copy()
    finite = np.isfinite(z)
    if not finite.any():
        return np.full(z.shape, np.nan)
    shifted = z - z[finite].min()
    top = shifted[finite].max()
    eps = top * 10.0**-LOG_FLOOR_DECADES if top > 0 else 1.0
    with np.errstate(invalid="ignore"):
        return np.log10(shifted + eps)


def finite_levels(values: np.ndarray) -> tuple[float, float] | None:
    """(min, max) of the finite values, widened when flat; None when nothing is finite."""
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return None
    lo, hi = float(finite.min()), float(finite.max())
    if hi <= lo:
        hi = lo + 1.0
    return lo, hi


class HeatmapLayer(pg.ImageItem):
    """f (or log f) over a box; pixel centres sit on the grid points."""

    def __init__(self) -> None:
        super().__init__(axisOrder="row-major")
        self.values = np.empty((0, 0))

    def set_grid(self, x0: np.ndarray, x1: np.ndarray, z: np.ndarray, log: bool) -> np.ndarray:
        """Show ``z (len(x1), len(x0))``; returns the values it coloured (for the contours)."""
        values = heatmap_values(z, log)
        self.values = values
        levels = finite_levels(values)
        if levels is None:
            # nothing defined in view: an empty picture, not a crash
            self.clear()
            return values
        dx = (x0[-1] - x0[0]) / max(len(x0) - 1, 1)
        dy = (x1[-1] - x1[0]) / max(len(x1) - 1, 1)
        self.setImage(values, levels=levels, autoLevels=False)
        self.setRect(QtCore.QRectF(x0[0] - dx / 2, x1[0] - dy / 2, dx * len(x0), dy * len(x1)))
        return values

    def set_colormap(self, name: str, opacity: float) -> None:
        """Colour map by pyqtgraph name, and how strongly it shows through."""
        self.setColorMap(pg.colormap.get(name))
        self.setOpacity(opacity)
