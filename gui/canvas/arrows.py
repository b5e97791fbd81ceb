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
    norm = np.hypot(vectors[:, 0], vectors[:, 1])
    with np.errstate(invalid="ignore", divide="ignore"):
        unit = np.where(norm[:, None] > 0, vectors / norm[:, None], 0.0)
    shaft = unit * lengths[:, None]
    if pivot == "mid":
        tail = origins - 0.5 * shaft
    elif pivot == "tail":
        tail = origins
    else:
        raise ValueError(f"pivot must be 'mid' or 'tail', not {pivot!r}")
    tip = tail + shaft

    # Head strokes: the reversed shaft direction turned by ±angle.
    angle = np.deg2rad(head_angle_deg)
    c, s = np.cos(angle), np.sin(angle)
    back = -shaft * head_fraction
    left = np.stack([c * back[:, 0] - s * back[:, 1], s * back[:, 0] + c * back[:, 1]], axis=-1)
    right = np.stack([c * back[:, 0] + s * back[:, 1], -s * back[:, 0] + c * back[:, 1]], axis=-1)

    out = np.empty((len(origins), VERTICES_PER_ARROW, 2))
    out[:, 0] = tail
    out[:, 1] = tip
    out[:, 2] = tip
    out[:, 3] = tip + left
    out[:, 4] = tip
    out[:, 5] = tip + right
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
