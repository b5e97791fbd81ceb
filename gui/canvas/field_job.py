"""What the vector-field canvas shows, computed as a job: arrows, heatmap values and contour lines.

The canvas decides *where* to evaluate (the arrow grid for the view, the heatmap's box and
resolution) and describes it in a :class:`FieldRequest`; :func:`compute_field_frame` evaluates
the objective there with ``numerics`` (``field_at`` for −∇f, the objective's value for the
heatmap — exactly what ``descent_field`` and ``value_grid`` compute) plus the contour levels and
lines, and returns a :class:`FieldFrame` the canvas only draws.

It is a generator: it evaluates the grids a block of rows at a time and yields between blocks,
so on the window's compute thread a slow formula (``"sin(x0)**"*49 + "sin(x0)"``: 0.6 µs a point,
100 ms for a 400×400 heatmap) never holds the GUI thread, and a pan that supersedes it cancels it
within a block. Blocks are sized from the time the previous one took (about ``BLOCK_SECONDS``).
Canvases without a compute thread run the same generator to its end (``numerics.jobs.run_to_end``).

Nothing here touches a widget: it runs on the compute thread.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Generator
from dataclasses import dataclass

import numpy as np

from gui.canvas.contour_layer import contour_levels, contour_polyline
from gui.canvas.heatmap_layer import heatmap_values
from numerics import Field, field_at, grid_points
from numerics.types import Box

__all__ = ["BLOCK_SECONDS", "FieldFrame", "FieldRequest", "compute_field_frame"]

#: Aim for blocks of about this long: a fraction of the compute thread's 4 ms slice.
BLOCK_SECONDS = 0.002
_FIRST_BLOCK_POINTS = 1024
_MIN_BLOCK_POINTS, _MAX_BLOCK_POINTS = 64, 1 << 17


@dataclass(frozen=True)
class FieldRequest:
    """Where to evaluate: ``arrow_points (ny, nx, 2)`` for −∇f (with the gradient options), and
    the heatmap's ``heat_box`` on ``heat_shape = (nx, ny)`` points (``None``: heatmap and contours
    are hidden, nothing to compute), coloured on a log scale with ``log_heatmap``; ``view`` is the
    visible box at the time of the request (a frame drawn later may describe what it was for)."""

    objective: object
    arrow_points: np.ndarray
    numerical: bool = False
    h: float | None = None
    scheme: str = "central"
    heat_box: Box | None = None
    heat_shape: tuple[int, int] = (2, 2)
    log_heatmap: bool = False
    view: Box | None = None  #: the visible box the request was made for (the heatmap spans more)


@dataclass(frozen=True)
class FieldFrame:
    """What the canvas draws: ``field`` (the arrows), ``heat = (x0 (nx,), x1 (ny,), z (ny, nx))``
    (f on the heatmap's grid, NaN where undefined, as ``value_grid`` gives it) and ``contours``
    (one NaN-separated polyline of the levels of f, or of log f with ``log_heatmap``), both
    ``None`` when not asked for; ``compute_ms`` the computation's own time (not the waits)."""

    request: FieldRequest
    field: Field
    heat: tuple[np.ndarray, np.ndarray, np.ndarray] | None
    contours: np.ndarray | None
    compute_ms: float


class _Blocks:
    """Row blocks of about ``BLOCK_SECONDS``, each block's size learnt from the last one's time."""

    def __init__(self) -> None:
        self.points = _FIRST_BLOCK_POINTS
        self.busy = 0.0  # seconds spent computing (for FieldFrame.compute_ms)

    def map(self, fn: Callable[[np.ndarray], np.ndarray], grid: np.ndarray) -> Generator[None, None, list]:
        """``fn`` over ``grid (ny, nx, 2)`` a block of whole rows at a time; yields between blocks,
        returns the list of the blocks' results (rows in order)."""
        rows, width = grid.shape[0], max(grid.shape[1], 1)
        out = []
        start = 0
        while start < rows:
            stop = min(rows, start + max(1, self.points // width))
            began = time.perf_counter()
            out.append(fn(grid[start:stop]))
            took = time.perf_counter() - began
            self.busy += took
            done = (stop - start) * width
            if took > 0:
                wanted = done * BLOCK_SECONDS / took
                self.points = int(min(_MAX_BLOCK_POINTS, max(_MIN_BLOCK_POINTS, wanted)))
            start = stop
            yield None
        return out


def compute_field_frame(request: FieldRequest, cancel=None) -> Generator[None, None, FieldFrame]:
    """The job: evaluate ``request`` block by block and return the :class:`FieldFrame`.

    Every exception of the user's maths (a formula the chosen scheme cannot differentiate…)
    propagates: the compute thread reports it as ``Job.errored``, a synchronous caller gets it.
    ``cancel`` (the job's CancelToken) is checked between blocks by the compute thread itself.
    """
    blocks = _Blocks()
    objective = request.objective
    points = np.asarray(request.arrow_points, dtype=np.float64)

    def gradient(block: np.ndarray) -> Field:
        return field_at(objective, block, numerical=request.numerical, h=request.h, scheme=request.scheme)

    parts = yield from blocks.map(gradient, points)
    field = Field(points,
                  np.concatenate([p.direction for p in parts], axis=0) if parts else np.empty(points.shape),
                  np.concatenate([p.magnitude for p in parts], axis=0) if parts else np.empty(points.shape[:-1]))
    heat = contours = None
    if request.heat_box is not None:
        nx, ny = request.heat_shape
        x0, x1, grid = grid_points(request.heat_box, nx, ny)

        def value(block: np.ndarray) -> np.ndarray:
            with np.errstate(all="ignore"):
                z = np.array(objective.value(block), dtype=np.float64)
            return np.broadcast_to(z, block.shape[:-1]).copy()

        rows = yield from blocks.map(value, grid)
        z = np.concatenate(rows, axis=0)
        z[~np.isfinite(z)] = np.nan  # as value_grid: NaN where f is undefined
        began = time.perf_counter()
        heat = (x0, x1, z)
        # The contours follow what the heatmap colours (f, or log f): the layer recomputes those
        # values itself when it draws (cheap), and decides its colour map from them.
        values = heatmap_values(z, request.log_heatmap)
        contours = contour_polyline(x0, x1, values, contour_levels(values))
        blocks.busy += time.perf_counter() - began
    return FieldFrame(request, field, heat, contours, blocks.busy * 1e3)
