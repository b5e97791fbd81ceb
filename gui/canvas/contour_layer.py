"""The contour layer: every contour line of every level in ONE curve, NaN-separated.

Marching squares come from contourpy (about 6 ms for a dozen levels on 400×400, against
hundreds of ms for pyqtgraph's IsocurveItem). Undefined cells are masked, so lines stop at the
edge of where f is defined.

The generator is built directly rather than through ``contourpy.contour_generator``: that
helper handles its mask with ``numpy.ma``, whose first import costs ~40 ms of start-up (the
first field is contoured before the window shows); a boolean NaN mask does the same job.
"""
from __future__ import annotations

import contourpy
import numpy as np
import pyqtgraph as pg

N_LEVELS = 14
MAX_CELLS = 200  #: contour grid cap per axis: 400² costs ~9 ms in contourpy, 200² ~2 ms


def contour_levels(values: np.ndarray, n: int = N_LEVELS) -> np.ndarray:
    """Up to ``n`` levels at evenly spaced quantiles of the finite values (duplicates dropped).

    Each band between two contours then covers about the same area of the view. Evenly spaced
    values would put every line in the steep corners of Himmelblau's box (f up to 890) and none
    around its minima. For the sphere, whose area below f grows like f, both choices coincide.
    """
    # quantiles of every other row and column: the same levels to the eye, a quarter of the sort
    sample = values[::2, ::2] if values.ndim == 2 and min(values.shape) >= 20 else values
    finite = sample[np.isfinite(sample)]
    if finite.size == 0:
        return np.empty(0)
    # np.quantile's "linear" method by hand on the sorted values: np.quantile and np.unique
    # import numpy.ma (np.unique asks np.ma.is_masked), ~40 ms of start-up on first use
    ordered = np.sort(finite)
    pos = np.linspace(0.0, 1.0, n + 2)[1:-1] * (len(ordered) - 1)
    below = np.floor(pos).astype(np.intp)
    above = np.minimum(below + 1, len(ordered) - 1)
    levels = ordered[below] + (pos - below) * (ordered[above] - ordered[below])
    levels = levels[np.concatenate(([True], np.diff(levels) > 0))]  # sorted: drop repeats
    lo, hi = float(ordered[0]), float(ordered[-1])
    return levels[(levels > lo) & (levels < hi)]


def contour_polyline(x0: np.ndarray, x1: np.ndarray, values: np.ndarray, levels: np.ndarray) -> np.ndarray:
    """All contour lines as one ``(M, 2)`` array, lines separated by NaN rows."""
    if len(levels) == 0 or len(x0) < 2 or len(x1) < 2:
        return np.empty((0, 2))
    # a heatmap-resolution grid is finer than smooth lines need: thin it to MAX_CELLS
    sx, sy = -(-len(x0) // MAX_CELLS), -(-len(x1) // MAX_CELLS)
    x0, x1, values = x0[::sx], x1[::sy], values[::sy, ::sx]
    z = np.ascontiguousarray(values, dtype=np.float64)
    invalid = ~np.isfinite(z)
    gx, gy = np.meshgrid(np.asarray(x0, dtype=np.float64), np.asarray(x1, dtype=np.float64))
    gen = contourpy.SerialContourGenerator(
        gx, gy, z, invalid if invalid.any() else None,
        corner_mask=True, line_type=contourpy.LineType.ChunkCombinedNan,
        fill_type=contourpy.FillType.OuterCode, quad_as_tri=False, z_interp=contourpy.ZInterp.Linear,
    )
    pieces = []
    for (chunks,) in gen.multi_lines(levels):
        for chunk in chunks:
            if chunk is not None and len(chunk):
                pieces.append(chunk)
                pieces.append(np.full((1, 2), np.nan))
    if not pieces:
        return np.empty((0, 2))
    return np.concatenate(pieces)


class ContourLayer(pg.PlotCurveItem):
    """One curve, ``connect='finite'``: the NaN rows break it into separate contour lines."""

    def __init__(self) -> None:
        super().__init__(connect="finite", antialias=True)

    def set_lines(self, polyline: np.ndarray) -> None:
        """Show the NaN-separated polyline from :func:`contour_polyline`."""
        if len(polyline) == 0:
            self.setData(x=np.empty(0), y=np.empty(0))
            return
        self.setData(x=polyline[:, 0], y=polyline[:, 1], connect="finite")

    def set_color(self, color: str) -> None:
        """Pen colour (1-px cosmetic, dashed-free so it prints cleanly)."""
        self.setPen(pg.mkPen(color, width=1))
