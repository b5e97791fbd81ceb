"""Where the arrows go for a given view: a round data step about one arrow per ~28 px.

Arrow positions are multiples of a "nice" step (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k), so
panning keeps the arrows fixed to the data instead of sliding them with the view, and a small
zoom often keeps the same grid. Consecutive nice steps differ by at most 4/3, so the arrows sit
within about ±15 % of the wanted pixel spacing.
"""
from __future__ import annotations

import math

import numpy as np

NICE_MANTISSAS = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)
MAX_ARROWS_PER_AXIS = 400  #: a guard against absurd viewports, not a visual choice


def nice_step(raw: float) -> float:
    """The nice number nearest ``raw`` (> 0) on a log scale."""
    if not (raw > 0 and math.isfinite(raw)):
        raise ValueError(f"a grid step must be a positive finite number, got {raw}")
    decade = 10.0 ** math.floor(math.log10(raw))
    candidates = np.array(NICE_MANTISSAS) * decade
    best = float(candidates[np.argmin(np.abs(np.log(candidates / raw)))])
    # 3 × 0.1 is 0.30000000000000004: round to the decimal it stands for, so axes hit 0.3
    return float(f"{best:.12g}")


def aligned_axis(lo: float, hi: float, step: float) -> np.ndarray:
    """Multiples of ``step`` inside ``[lo, hi]`` (at least one point: the middle if none fit)."""
    first = math.ceil(lo / step)
    last = math.floor(hi / step)
    if last < first:
        return np.array([0.5 * (lo + hi)])
    if last - first + 1 > MAX_ARROWS_PER_AXIS:
        last = first + MAX_ARROWS_PER_AXIS - 1
    return np.arange(first, last + 1) * step


def arrow_grid(box: tuple[float, float, float, float], px_per_unit: float, spacing_px: float):
    """Arrow positions for ``box``: ``(x0 (nx,), x1 (ny,), step)``.

    ``px_per_unit``: screen pixels per data unit (one number: the aspect ratio is locked).
    """
    step = nice_step(spacing_px / px_per_unit)
    return aligned_axis(box[0], box[1], step), aligned_axis(box[2], box[3], step), step
