"""How the error of a numerical derivative depends on the step h.

Shrinking h first helps — the truncation error falls like h (forward, backward) or h²
(central) — then hurts: f(x + h) and f(x − h) agree in more and more leading digits, and
their difference is mostly rounding error, about eps·|f| / h. At h = 1e−50, x + h == x in
float64 and the derivative comes out exactly 0. ``step_sweep`` measures all of it in one go.
"""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike

from numerics.differentiation import numerical_diff
from numerics.types import ArrayFunction

#: 1e−1, 1e−2, … 1e−50: the range the derivative lab offers.
DEFAULT_STEPS = 10.0 ** -np.arange(1, 51)
SWEEP_SCHEMES: tuple[str, ...] = ("forward", "backward", "central", "richardson")
PRECISIONS: tuple[str, ...] = ("float64", "float32")


@dataclass(frozen=True)
class StepSweep:
    """Derivative values and absolute errors for every h, keyed by ``(scheme, precision)``."""

    x: float
    exact: float
    hs: np.ndarray
    values: dict[tuple[str, str], np.ndarray]
    errors: dict[tuple[str, str], np.ndarray]

    def best_step(self, scheme: str, precision: str = "float64") -> float:
        """The h with the smallest error (ties go to the larger h)."""
        return float(self.hs[int(np.nanargmin(self.errors[scheme, precision]))])

    def slope(self, scheme: str, precision: str = "float64", h_range: tuple[float, float] = (1e-3, 1e-1)) -> float:
        """Log–log slope of |error| against h over ``h_range``, where truncation dominates."""
        err = self.errors[scheme, precision]
        keep = (self.hs >= h_range[0]) & (self.hs <= h_range[1]) & (err > 0)
        return float(np.polyfit(np.log10(self.hs[keep]), np.log10(err[keep]), 1)[0])


def step_sweep(f: ArrayFunction, x: float, exact: float, hs: ArrayLike = DEFAULT_STEPS,
               schemes: Sequence[str] = SWEEP_SCHEMES, precisions: Sequence[str] = PRECISIONS) -> StepSweep:
    """Numerical derivatives of ``f`` at ``x`` for every h, scheme and precision.

    ``f`` is evaluated on arrays of points in the chosen precision (it must keep float32 as
    float32, as numpy expressions with Python-float constants do). Each scheme costs one
    vectorised call per stencil point over all h at once.
    """
    hs = np.asarray(hs, dtype=np.float64)
    values: dict[tuple[str, str], np.ndarray] = {}
    errors: dict[tuple[str, str], np.ndarray] = {}
    for precision in precisions:
        points = np.full(hs.shape, x, dtype=np.dtype(precision))
        for scheme in schemes:
            value = np.asarray(numerical_diff(f, points, h=hs, scheme=scheme), dtype=np.float64)
            values[scheme, precision] = value
            errors[scheme, precision] = np.abs(value - exact)
    return StepSweep(float(x), float(exact), hs, values, errors)
