"""The 3-D surface as numbers: f on a grid, raised and coloured like the 2-D heatmap.

Everything here is numpy (no Qt, no OpenGL), so the surface can be built on the compute thread
and tested without a GL context. The scene the 3-D view draws is normalised: the box's longer
side spans −1 … 1 (the aspect of x0 against x1 is kept, as on the 2-D canvas, whose aspect is
locked), and f spans 0 … ``HEIGHT``, whatever its units.

What is raised, and coloured with the heatmap's colour map, is what the heatmap colours: f, or
log10(f − min + ε) where the heatmap uses a log scale (Rosenbrock). Only ε differs: the heatmap
puts the minimum 6 decades below the top (``heatmap_layer.LOG_FLOOR_DECADES``), which as a height
digs a needle-thin funnel at every minimum that hides it; the surface uses
``LOG_FLOOR_DECADES`` = 3, which keeps the valleys' shape. Functions that explode at the
box's edges would squash everything else to a flat floor, so when the top of f is far above
its ``CLIP_QUANTILE`` quantile the surface is cut there (:attr:`SurfaceMesh.clip_at`); the view
says so in words.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from numerics import value_grid
from numerics.field import log_shifted

Box = tuple[float, float, float, float]

#: a log surface spans this many decades below its top (see the module's docstring)
LOG_FLOOR_DECADES = 3.0
#: grid points per side: 200 × 200 builds in a few milliseconds and looks smooth at 1000 px
GRID = 200
#: scene height of the surface (the box's longer side spans 2)
HEIGHT = 0.75
#: heights above this quantile of f are candidates for the clamp …
CLIP_QUANTILE = 0.98
#: … which applies when the whole range is this many times the range below the quantile
CLIP_RATIO = 4.0
#: below this share of the height, a median height means "mostly flat" (SurfaceMesh.mostly_flat)
FLAT_SHARE = 0.02
#: paths, balls and markers float this far above the (piecewise-flat) surface, so they stay visible
LIFT = 0.012
#: shading: the share of light every face gets whatever its slope (the colours must stay readable)
AMBIENT = 0.62
#: light from the front left, above (scene coordinates; normalised below)
LIGHT = np.array([-0.45, -0.65, 1.0]) / np.linalg.norm([-0.45, -0.65, 1.0])
#: colour of cells where f is undefined (RGBA, 0 … 255)
UNDEFINED_RGBA = (150, 150, 150, 255)


@dataclass(frozen=True, eq=False)
class SurfaceMesh:
    """f over ``box`` on a grid, as the 3-D view raises it.

    ``values (ny, nx)``: what is raised and coloured (f or its log), already clamped, NaN where f
    is undefined; ``heights (ny, nx)``: scene heights 0 … ``HEIGHT`` (undefined cells on the floor);
    ``levels``: the (lo, hi) of ``values`` the heights and colours span; ``clip_at``: the f above
    which the surface was cut (``None``: not cut), ``clipped_fraction`` of the grid lies there;
    ``undefined_fraction`` of the grid has no f. Grids as everywhere: row i is x1[i], column j x0[j].
    """

    box: Box
    x0: np.ndarray
    x1: np.ndarray
    values: np.ndarray
    heights: np.ndarray
    levels: tuple[float, float]
    log: bool
    clip_at: float | None
    clipped_fraction: float
    undefined_fraction: float

    @property
    def scale(self) -> tuple[float, float, float]:
        """``(centre x0, centre x1, half of the longer side)``: data → scene is (x − c) / s."""
        xa, xb, ya, yb = self.box
        return (xa + xb) / 2, (ya + yb) / 2, max(xb - xa, yb - ya) / 2

    @property
    def mostly_flat(self) -> bool:
        """Whether half the surface lies in its lowest ``FLAT_SHARE`` of the height (f explodes
        somewhere even after the cut: a log scale shows it better)."""
        return bool(np.median(self.heights) < FLAT_SHARE * HEIGHT)

    def scene_xy(self, xy: np.ndarray) -> np.ndarray:
        """Data points ``(..., 2)`` in scene units."""
        cx, cy, s = self.scale
        return (np.asarray(xy, dtype=float) - (cx, cy)) / s

    def height_at(self, xy: np.ndarray) -> np.ndarray:
        """The surface's scene height at data points ``(..., 2)``: bilinear between grid points
        (so a path lies on the drawn surface, not at the exact f between its vertices); NaN
        outside the box and at non-finite points."""
        xy = np.asarray(xy, dtype=float)
        nx, ny = len(self.x0), len(self.x1)
        fx = (xy[..., 0] - self.x0[0]) / (self.x0[-1] - self.x0[0]) * (nx - 1)
        fy = (xy[..., 1] - self.x1[0]) / (self.x1[-1] - self.x1[0]) * (ny - 1)
        inside = (fx >= 0) & (fx <= nx - 1) & (fy >= 0) & (fy <= ny - 1)  # False for NaN too
        fx, fy = np.where(inside, fx, 0.0), np.where(inside, fy, 0.0)
        i = np.minimum(fx.astype(np.intp), nx - 2)
        j = np.minimum(fy.astype(np.intp), ny - 2)
        t, u = fx - i, fy - j
        h = self.heights
        z = ((1 - t) * (1 - u) * h[j, i] + t * (1 - u) * h[j, i + 1]
             + (1 - t) * u * h[j + 1, i] + t * u * h[j + 1, i + 1])
        return np.where(inside, z, np.nan)

    def scene_points(self, xy: np.ndarray, lift: float = LIFT) -> np.ndarray:
        """Data points ``(..., 2)`` on the surface in scene coordinates ``(..., 3)``, ``lift`` above
        it; NaN rows where the surface is not (outside the box)."""
        xy = np.asarray(xy, dtype=float)
        out = np.empty(xy.shape[:-1] + (3,))
        out[..., :2] = self.scene_xy(xy)
        out[..., 2] = self.height_at(xy) + lift
        return out


def surface_mesh(objective, box: Box, n: int = GRID, log: bool = False) -> SurfaceMesh:
    """f of ``objective`` on an ``n × n`` grid over ``box``, raised for the 3-D view."""
    x0, x1, z = value_grid(objective, box, n, n)
    return mesh_from_grid(box, x0, x1, z, log)


def surface_mesh_job(objective, box: Box, n: int = GRID, log: bool = False, *, cancel=None) -> SurfaceMesh:
    """:func:`surface_mesh` as a compute-thread job (``ComputeThread.submit`` passes ``cancel``)."""
    return surface_mesh(objective, box, n, log)


def mesh_from_grid(box: Box, x0: np.ndarray, x1: np.ndarray, z: np.ndarray, log: bool) -> SurfaceMesh:
    """Raise the grid ``z (len(x1), len(x0))`` of f (NaN where undefined)."""
    z = np.asarray(z, dtype=float)
    defined = np.isfinite(z)
    values = raised_values(z, log)
    clip_at, clipped = _clip_level(z, values, defined)
    if clip_at is not None:
        # the log is monotonic: cut where f itself passes the quantile, at the highest value below it
        values = values.copy()
        values[clipped] = values[defined & ~clipped].max()
    finite = values[np.isfinite(values)]
    if finite.size:
        lo, hi = float(finite.min()), float(finite.max())
    else:
        lo, hi = 0.0, 1.0
    if not hi > lo:
        hi = lo + 1.0
    with np.errstate(invalid="ignore"):
        heights = (values - lo) / (hi - lo) * HEIGHT
    heights = np.where(np.isfinite(heights), heights, 0.0).astype(np.float32)
    size = max(z.size, 1)
    return SurfaceMesh(box=tuple(float(v) for v in box), x0=np.asarray(x0, dtype=float), x1=np.asarray(x1, dtype=float),
                       values=values, heights=heights, levels=(lo, hi), log=bool(log), clip_at=clip_at,
                       clipped_fraction=float(np.count_nonzero(clipped)) / size,
                       undefined_fraction=float(np.count_nonzero(~defined)) / size)


def raised_values(z: np.ndarray, log: bool) -> np.ndarray:
    """What the surface raises: ``z`` itself, or log10(z − min + ε) with ε = (max − min)·10^−3."""
    return log_shifted(z, LOG_FLOOR_DECADES) if log else np.array(z, dtype=float)


def _clip_level(z: np.ndarray, values: np.ndarray, defined: np.ndarray) -> tuple[float | None, np.ndarray]:
    """The f to cut the surface at, or None; and the cells above it.

    Judged on what is raised (f or its log): a log scale already tames most explosions.
    """
    none = np.zeros(z.shape, dtype=bool)
    if np.count_nonzero(defined) < 16:
        return None, none
    q = float(np.quantile(z[defined], CLIP_QUANTILE))
    shown = values[defined]
    below = values[defined & (z <= q)]
    if below.size == 0:
        return None, none
    lo, top, q_value = float(shown.min()), float(shown.max()), float(below.max())
    if not (top - lo) > CLIP_RATIO * (q_value - lo):
        return None, none
    return q, defined & (z > q)


def vertex_colors(mesh: SurfaceMesh, lut: np.ndarray, undefined_rgba=UNDEFINED_RGBA) -> np.ndarray:
    """Per-vertex RGBA ``(nx, ny, 4)`` uint8 — x0-major, as ``GLSurfacePlotItem`` takes them:
    ``lut`` (k, 3 or 4) uint8, the heatmap's colour map, indexed by the value's place in
    ``levels``, shaded by the surface's slope under a fixed light (so the shape reads without
    depending on the camera: the colours stay put while the surface turns)."""
    lut = np.asarray(lut, dtype=np.uint8)
    if lut.shape[1] == 3:
        lut = np.concatenate([lut, np.full((len(lut), 1), 255, np.uint8)], axis=1)
    lo, hi = mesh.levels
    with np.errstate(invalid="ignore"):
        frac = (mesh.values - lo) / (hi - lo)
    defined = np.isfinite(frac)
    index = (np.clip(np.where(defined, frac, 0.0), 0.0, 1.0) * (len(lut) - 1)).round().astype(np.intp)
    rgba = lut[index].astype(np.float32)
    rgba[~defined] = undefined_rgba
    rgba[..., :3] *= _brightness(mesh)[..., None]
    return np.ascontiguousarray(np.clip(rgba, 0, 255).astype(np.uint8).transpose(1, 0, 2))


def _brightness(mesh: SurfaceMesh) -> np.ndarray:
    """Lambert shading ``(ny, nx)`` of the surface in scene units, AMBIENT … 1."""
    cx, cy, s = mesh.scale
    sx, sy = (mesh.x0 - cx) / s, (mesh.x1 - cy) / s
    dz_dy, dz_dx = np.gradient(mesh.heights.astype(float), sy, sx)
    norm = np.sqrt(dz_dx**2 + dz_dy**2 + 1.0)
    lambert = (-dz_dx * LIGHT[0] - dz_dy * LIGHT[1] + LIGHT[2]) / norm
    return AMBIENT + (1 - AMBIENT) * np.clip(lambert, 0.0, 1.0)


def path_segments(mesh: SurfaceMesh, block: np.ndarray, lift: float = LIFT) -> np.ndarray:
    """Line segments on the surface for consecutive rows of ``block (k, n, 2)`` (step k of member
    n): ``(2m, 3)`` float32 vertices in pairs (``GL_LINES``), only segments with both ends on the
    surface (a point outside the box, or NaN — a member not computed that far — breaks the line)."""
    block = np.asarray(block, dtype=float)
    if block.ndim != 3 or len(block) < 2:
        return np.empty((0, 3), np.float32)
    points = mesh.scene_points(block, lift)
    a, b = points[:-1], points[1:]
    keep = np.isfinite(a).all(axis=-1) & np.isfinite(b).all(axis=-1)
    pairs = np.stack([a[keep], b[keep]], axis=1)  # (m, 2, 3)
    return np.ascontiguousarray(pairs.reshape(-1, 3), dtype=np.float32)
