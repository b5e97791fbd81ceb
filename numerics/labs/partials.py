"""Partial derivatives lab: the two one-variable slices of f through a point, and their slopes.

The book (ch. 4.3) gets ∂f/∂x0 and ∂f/∂x1 of x0² + x1² at (3, 4) by fixing one variable and
differentiating the other with ``numerical_diff``: 6.00000000000378 and 7.999999999999119. This
model does exactly that for any objective, and compares with the analytic gradient.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from numerics.differentiation import DEFAULT_H, numerical_diff
from numerics.labs import book
from numerics.messages import QT_TRANSLATE_NOOP, MessageError, message
from numerics.types import ArrayFunction, InspectableObjective, Point

#: The book's example point.
BOOK_POINT: Point = (3.0, 4.0)
#: The book's function (x0² + x1², the catalogue's sphere), scheme and step for this experiment.
BOOK_OBJECTIVE = "sphere"
BOOK_SCHEME = "central"
BOOK_H = 1e-4
AXIS_NAMES = ("x0", "x1")
POINT_NOT_FINITE = QT_TRANSLATE_NOOP("numerics", "the point must have finite coordinates, got {point}")


@dataclass(frozen=True)
class PartialSlice:
    """f along one axis through the point, with the tangent whose slope is the partial derivative."""

    axis: int  # 0: t ↦ f(t, x1); 1: t ↦ f(x0, t)
    t: np.ndarray  # (n,) the free variable over the box
    values: np.ndarray  # (n,) f on the slice, NaN where undefined
    at: float  # the free variable's value at the point
    f_at: float
    numerical: float
    exact: float | None  # None when the objective has no analytic gradient
    tangent_t: np.ndarray  # (2,)
    tangent_y: np.ndarray  # (2,)

    @property
    def symbol(self) -> str:
        return f"∂f/∂{AXIS_NAMES[self.axis]}"

    @property
    def abs_error(self) -> float | None:
        return None if self.exact is None else abs(self.numerical - self.exact)


def slice_function(objective: InspectableObjective, point: Point, axis: int) -> ArrayFunction:
    """The one-variable function of the book's ``function_tmp1`` / ``function_tmp2``.

    It keeps the other coordinate fixed and takes any array of values (or complex values, for
    complex-step differentiation) of the free one.
    """
    if axis not in (0, 1):
        raise ValueError(f"axis must be 0 (x0) or 1 (x1), got {axis!r}")
    fixed = float(point[1 - axis])

    def along(t: np.ndarray) -> np.ndarray:
        t = np.asarray(t)
        other = np.full_like(t, fixed)
        pts = np.stack([t, other] if axis == 0 else [other, t], axis=-1)
        return objective.f(pts)

    return along


def partial_slice(objective: InspectableObjective, point: Point, axis: int, h: float | None = None,
                  scheme: str = "central", n: int = 301) -> PartialSlice:
    """One slice through ``point`` along ``axis`` and its partial derivative there.

    ``h=None`` is the scheme's default step (the book's 1e−4 for central differences).
    """
    x = (float(point[0]), float(point[1]))
    if not all(map(math.isfinite, x)):
        raise MessageError(message(POINT_NOT_FINITE, point=repr(point)))
    along = slice_function(objective, x, axis)
    at = x[axis]
    with np.errstate(all="ignore"):
        numerical = float(np.real(numerical_diff(along, np.float64(at), h=h, scheme=scheme)))
        f_at = float(np.real(along(np.float64(at))))
    exact = None
    if objective.has_analytic_gradient:
        exact = float(objective.gradient(np.asarray(x))[axis])
    lo, hi = (objective.box[0], objective.box[1]) if axis == 0 else (objective.box[2], objective.box[3])
    # The slice spans the box, and reaches the point even when the user picked it outside.
    lo, hi = min(lo, at), max(hi, at)
    t = np.linspace(lo, hi, n)
    with np.errstate(all="ignore"):
        values = np.asarray(np.real(along(t)), dtype=np.float64)
    values = np.where(np.isfinite(values), values, np.nan)
    tangent_t = np.array([lo, hi])
    slope = numerical if math.isfinite(numerical) else 0.0
    tangent_y = slope * tangent_t + (f_at - slope * at)
    return PartialSlice(axis, t, values, at, f_at, numerical, exact, tangent_t, tangent_y)


def partials_at(objective: InspectableObjective, point: Point, h: float | None = None,
                scheme: str = "central", n: int = 301) -> tuple[PartialSlice, PartialSlice]:
    """Both slices through ``point``: (∂f/∂x0 slice, ∂f/∂x1 slice)."""
    return (partial_slice(objective, point, 0, h, scheme, n), partial_slice(objective, point, 1, h, scheme, n))


def book_partials(objective: InspectableObjective, point: Point, h: float | None = None,
                  scheme: str = "central") -> tuple[float, float] | None:
    """The partial derivatives the book prints for this experiment (ch. 4.2.3), or None when it is
    not the book's: x0² + x1² (the sphere) at (3, 4), central differences, h = 1e−4."""
    step = DEFAULT_H[scheme] if h is None and scheme in DEFAULT_H else h
    if (objective.name == BOOK_OBJECTIVE and tuple(map(float, point)) == BOOK_POINT
            and scheme == BOOK_SCHEME and step == BOOK_H):
        return book.PARTIALS_AT_3_4
    return None
