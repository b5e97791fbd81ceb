"""Arrow geometry for the vector field: pure numpy, vectorised over every arrow.

An arrow is three line segments — the shaft and two head strokes — so a batch of N arrows is
6N vertices ``[tail, tip, tip, head_left, tip, head_right]`` that one pyqtgraph curve draws with
``connect='pairs'``. Geometry is computed in data coordinates; that is only correct on screen
because the canvas locks the aspect ratio (one data unit is as many pixels along x as along y).
"""
from __future__ import annotations

from typing import Literal

import numpy as np

VERTICES_PER_ARROW = 6
ArrowMode = Literal["scaled", "unit"]
Pivot = Literal["tail", "mid"]
LOG_DECADES = 6.0  #: span of the log colour scale below the largest |∇f|


def arrow_lengths(magnitude: np.ndarray, cell: float, mode: ArrowMode, fill: float = 0.9) -> np.ndarray:
    """Drawn length of every arrow.

    ``"scaled"``: proportional to ``magnitude``, the longest arrow ``fill * cell`` long (the
    book's quiver look, where arrows never overlap their neighbours). ``"unit"``: every arrow
    ``fill * cell`` long, only the direction is shown. Non-finite magnitudes give NaN.
    """
    m = np.asarray(magnitude, dtype=float)
    if mode == "unit":
        return np.where(np.isfinite(m), fill * cell, np.nan)
    if mode != "scaled":
        raise ValueError(f"arrow mode must be 'scaled' or 'unit', not {mode!r}")
    finite = np.isfinite(m)
    peak = m[finite].max() if finite.any() else 0.0
    if peak <= 0.0:
        # a flat region: nothing to point at, draw nothing rather than divide by zero
        return np.where(finite, 0.0, np.nan)
    return fill * cell * m / peak


def arrow_vertices(
    origins: np.ndarray,
    vectors: np.ndarray,
    lengths: np.ndarray,
    *,
    head_fraction: float = 0.3,
    head_angle_deg: float = 25.0,
    pivot: Pivot = "mid",
) -> np.ndarray:
    """Vertices ``(6N, 2)`` of N arrows, ready for ``connect='pairs'``.

    ``origins`` ``(N, 2)`` are the points the arrows belong to, ``vectors`` ``(N, 2)`` only give
    the direction, ``lengths`` ``(N,)`` the drawn length. ``pivot="mid"`` centres each arrow on
    its point (an even-looking grid), ``"tail"`` starts it there (matplotlib's quiver default, the
    book's figure). Heads are ``head_fraction`` of the length, so short arrows stay arrow-shaped.
    A zero vector has no direction: its arrow collapses onto its point.
    """
    origins = np.asarray(origins, dtype=float).reshape(-1, 2)
    vectors = np.asarray(vectors, dtype=float).reshape(-1, 2)
    lengths = np.asarray(lengths, dtype=float).reshape(-1)
    if not (len(origins) == len(vectors) == len(lengths)):
        raise ValueError(
            f"origins, vectors and lengths disagree in length: {len(origins)}, {len(vectors)}, {len(lengths)}"
        )
    vx, vy = vectors[:, 0], vectors[:, 1]
    norm = np.hypot(vx, vy)
    with np.errstate(invalid="ignore", divide="ignore"):
        # a zero vector gets scale 0: its arrow collapses onto its point
        scale = np.where(norm > 0, lengths / norm, 0.0)
    sx, sy = vx * scale, vy * scale  # the shaft
    if pivot == "mid":
        tx, ty = origins[:, 0] - 0.5 * sx, origins[:, 1] - 0.5 * sy
    elif pivot == "tail":
        tx, ty = origins[:, 0], origins[:, 1]
    else:
        raise ValueError(f"pivot must be 'mid' or 'tail', not {pivot!r}")

    # Written straight into the output (no stacked temporaries): this runs on every pan/zoom.
    out = np.empty((len(origins), VERTICES_PER_ARROW, 2))
    out[:, 0, 0], out[:, 0, 1] = tx, ty
    px, py = tx + sx, ty + sy  # the tip
    for k in (1, 2, 4):
        out[:, k, 0], out[:, k, 1] = px, py
    # Head strokes: the reversed shaft, shortened to head_fraction and turned by ±angle.
    angle = np.deg2rad(head_angle_deg)
    c, s = np.cos(angle) * head_fraction, np.sin(angle) * head_fraction
    out[:, 3, 0] = px - c * sx + s * sy
    out[:, 3, 1] = py - s * sx - c * sy
    out[:, 5, 0] = px - c * sx - s * sy
    out[:, 5, 1] = py + s * sx - c * sy
    return out.reshape(-1, 2)


def magnitude_classes(
    magnitude: np.ndarray, n_classes: int, *, log: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """Bin magnitudes into ``n_classes`` colour classes.

    Returns ``(classes (N,) int, edges (n_classes + 1,))``. Edges span the finite magnitudes
    evenly, or evenly in log10 when ``log`` (Rosenbrock's |∇f| spans six decades: linear bins
    would put nearly every arrow in the lowest class). Edges are in the magnitude's units either
    way. Non-finite magnitudes get class ``-1``.
    """
    if n_classes < 1:
        raise ValueError("n_classes must be at least 1")
    m = np.asarray(magnitude, dtype=float).reshape(-1)
    finite = np.isfinite(m)
    classes = np.full(m.shape, -1, dtype=np.intp)
    if not finite.any():
        return classes, np.linspace(0.0, 1.0, n_classes + 1)
    values = m[finite]
    if log:
        # A grid point on the minimum has |∇f| = 0 or 1e-17: without a floor that one arrow
        # would stretch the scale over sixteen decades. Keep LOG_DECADES below the peak.
        peak = values.max()
        floor = peak * 10.0**-LOG_DECADES if peak > 0 else 1.0
        values = np.log10(np.maximum(values, max(floor, values[values > 0].min(initial=peak))))
    lo, hi = float(values.min()), float(values.max())
    if hi <= lo:
        hi = lo + 1.0
    edges = np.linspace(lo, hi, n_classes + 1)
    # interior edges only, so the maximum lands in the top class instead of one past it
    classes[finite] = np.searchsorted(edges[1:-1], values, side="right")
    return classes, (10.0**edges if log else edges)


#: matplotlib's quiver defaults, in shaft widths (gradient_2d.py draws with them)
QUIVER_HEAD_WIDTH = 3.0
QUIVER_HEAD_LENGTH = 5.0
QUIVER_HEAD_AXIS_LENGTH = 4.5
QUIVER_VERTICES = 8


def quiver_polygons(
    origins: np.ndarray,
    vectors: np.ndarray,
    lengths: np.ndarray,
    width: float,
    *,
    head_width: float = QUIVER_HEAD_WIDTH,
    head_length: float = QUIVER_HEAD_LENGTH,
    head_axis_length: float = QUIVER_HEAD_AXIS_LENGTH,
) -> np.ndarray:
    """Filled arrows as ``plt.quiver`` draws them: ``(N, 8, 2)`` closed polygons, tail on the point.

    ``width`` is the shaft's width in data units; the head is ``head_width`` shafts wide and
    ``head_length`` long, its back edge ``head_axis_length`` from the tip (matplotlib's 3, 5 and
    4.5). An arrow shorter than its head is matplotlib's head alone, shrunk to the arrow's length,
    so short arrows stay arrows and a zero vector is a point. Like :func:`arrow_vertices`, the
    geometry is in data units: right on screen because the canvas locks the aspect ratio.
    """
    origins = np.asarray(origins, dtype=float).reshape(-1, 2)
    vectors = np.asarray(vectors, dtype=float).reshape(-1, 2)
    n = len(origins)
    length = np.asarray(lengths, dtype=float).reshape(-1, 1) / width  # in shaft widths
    # the outline of a horizontal arrow, from the shaft's top at the tail round to its bottom
    x = np.array([0.0, -head_axis_length, -head_length, 0.0]) + np.array([0.0, 1.0, 1.0, 1.0]) * length
    y = np.broadcast_to(0.5 * np.array([1.0, 1.0, head_width, 0.0]), (n, 4))
    order = [0, 1, 2, 3, 2, 1, 0, 0]
    xs, ys = x[:, order], y[:, order].copy()
    ys[:, 3:-1] *= -1
    # a head alone, for arrows shorter than a head (scaled down with their length)
    x0 = np.array([0.0, head_length - head_axis_length, 0.0, head_length])[order]
    y0 = (0.5 * np.array([1.0, 1.0, head_width, 0.0]))[order].copy()
    y0[3:-1] *= -1
    shrink = length / head_length
    short = (length < head_length).reshape(-1)
    xs[short] = (shrink * x0)[short]
    ys[short] = (shrink * y0)[short]
    norm = np.hypot(vectors[:, 0], vectors[:, 1])
    with np.errstate(invalid="ignore", divide="ignore"):
        c = np.where(norm > 0, vectors[:, 0] / norm, 1.0)[:, None]
        s = np.where(norm > 0, vectors[:, 1] / norm, 0.0)[:, None]
    out = np.empty((n, QUIVER_VERTICES, 2))
    out[:, :, 0] = origins[:, :1] + width * (c * xs - s * ys)
    out[:, :, 1] = origins[:, 1:] + width * (s * xs + c * ys)
    return out
