"""Fields over the plane: −∇f and |∇f| at grid points (the arrows), f on a grid (the heatmap).

Grids follow ``np.meshgrid``: ``P[i, j] = (x0[j], x1[i])``, rows along x1, columns along x0.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from numerics.types import Box, ObjectiveLike


@dataclass(frozen=True)
class Field:
    """The descent direction −∇f and its length |∇f| at ``points``; NaN where f is undefined."""

    points: np.ndarray  # (..., 2)
    direction: np.ndarray  # (..., 2), −∇f
    magnitude: np.ndarray  # (...,), |∇f|


def grid_points(box: Box, nx: int, ny: int | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``nx × ny`` points spanning ``box`` edge to edge: ``(x0 (nx,), x1 (ny,), P (ny, nx, 2))``."""
    ny = nx if ny is None else ny
    if nx < 1 or ny < 1:
        raise ValueError(f"a grid needs at least one point per axis, got {nx}×{ny}")
    x0 = np.linspace(box[0], box[1], int(nx))
    x1 = np.linspace(box[2], box[3], int(ny))
    return x0, x1, np.stack(np.meshgrid(x0, x1), axis=-1)


def field_at(objective: ObjectiveLike, points: ArrayLike, *, numerical: bool = False, h: float | None = None,
             scheme: str = "central") -> Field:
    """−∇f and |∇f| at any batch of points ``(..., 2)`` (the book view uses its own arange grid).

    ``h=None`` is the scheme's default step (``numerics.differentiation.DEFAULT_H``).
    """
    points = np.asarray(points, dtype=np.float64)
    with np.errstate(all="ignore"):
        grad = np.asarray(objective.gradient(points, numerical=numerical, h=h, scheme=scheme), dtype=np.float64)
        direction = -grad
        magnitude = np.hypot(direction[..., 0], direction[..., 1])
        # hypot is non-finite exactly when a component is (and cheaper than .all(axis=-1))
        undefined = ~np.isfinite(magnitude)
        direction[undefined] = np.nan
        magnitude[undefined] = np.nan
    return Field(points, direction, magnitude)


def descent_field(objective: ObjectiveLike, box: Box, nx: int, ny: int | None = None, *,
                  numerical: bool = False, h: float | None = None, scheme: str = "central") -> Field:
    """−∇f on an ``nx × ny`` grid over ``box``."""
    return field_at(objective, grid_points(box, nx, ny)[2], numerical=numerical, h=h, scheme=scheme)


def value_grid(objective: ObjectiveLike, box: Box, nx: int,
               ny: int | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """f on an ``nx × ny`` grid: ``(x0 (nx,), x1 (ny,), Z (ny, nx))``, NaN where f is undefined."""
    x0, x1, points = grid_points(box, nx, ny)
    with np.errstate(all="ignore"):
        z = np.array(objective.value(points), dtype=np.float64)
    z[~np.isfinite(z)] = np.nan
    return x0, x1, z


def log_shifted(z: ArrayLike, floor_decades: float) -> np.ndarray:
    """log10(z − min z + ε) with ε = (max z − min z)·10^−floor_decades: f on a log scale.

    For valley-shaped functions (Rosenbrock): the minimum sits ``floor_decades`` below the top
    instead of at −∞, so the valley floor keeps its detail. Non-finite entries stay NaN; an
    all-undefined grid is all NaN. The heatmap (6 decades) and the 3-D surface (3) both use it.
    """
    z = np.asarray(z, dtype=float)
    finite = np.isfinite(z)
    if not finite.any():
        return np.full(z.shape, np.nan)
    shifted = z - z[finite].min()
    top = shifted[finite].max()
    eps = top * 10.0**-floor_decades if top > 0 else 1.0
    with np.errstate(invalid="ignore"):
        return np.log10(shifted + eps)
