"""The types the numerics API is written in: one ``Box``, array functions, and what an objective is.

The descent runner, the field and the basin map do not need a catalogue ``Objective``: they need
something that evaluates f and ∇f on batches. :class:`ObjectiveLike` says exactly what they use, so a
test stub, a user formula or (later) a network's loss can stand in for one without subclassing.
:class:`InspectableObjective` adds the raw parts that the basin map and the partials lab read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import numpy as np
from numpy.typing import ArrayLike

if TYPE_CHECKING:  # functions.py imports this module: only the type checker needs the class
    from numerics.functions import CriticalPoint

__all__ = ["ArrayFunction", "Box", "InspectableObjective", "ObjectiveLike", "Point", "ScalarField", "VectorField"]

#: A rectangle of the plane, ``(x0_min, x0_max, x1_min, x1_max)``.
Box = tuple[float, float, float, float]
#: One point of the plane, ``(x0, x1)``.
Point = tuple[float, float]
#: Any function of arrays, elementwise or over batches.
ArrayFunction = Callable[[np.ndarray], np.ndarray]
#: ``f``: points ``(..., 2)`` → values ``(...)``.
ScalarField = Callable[[np.ndarray], np.ndarray]
#: ``∇f``: points ``(..., 2)`` → gradients ``(..., 2)``.
VectorField = Callable[[np.ndarray], np.ndarray]


@runtime_checkable
class ObjectiveLike(Protocol):
    """What descent (``numerics.descent``), the field (``numerics.field``) and the labs' runners use.

    ``value`` and ``gradient`` take a batch ``(..., 2)`` and return float64 arrays ``(...)`` and
    ``(..., 2)``; ``gradient`` is analytic unless ``numerical`` (or there is no analytic one),
    with ``h=None`` meaning the scheme's default step (``numerics.differentiation.DEFAULT_H``).
    """

    @property
    def name(self) -> str: ...

    @property
    def box(self) -> Box: ...

    @property
    def has_analytic_gradient(self) -> bool: ...

    def value(self, x: ArrayLike) -> np.ndarray: ...

    def gradient(self, x: ArrayLike, *, numerical: bool = False, h: float | None = None,
                 scheme: str = "central") -> np.ndarray: ...


@runtime_checkable
class InspectableObjective(ObjectiveLike, Protocol):
    """An objective whose parts can be read: the raw ``f`` (it may be called with complex or float32
    points), the analytic ``grad`` or ``None``, and the critical points it is known to have.

    The basin map matches end points to ``critical_points`` and classifies the rest with ``f`` and
    ``grad``; the partials lab slices ``f``.
    """

    @property
    def f(self) -> ScalarField: ...

    @property
    def grad(self) -> VectorField | None: ...

    @property
    def critical_points(self) -> tuple[CriticalPoint, ...]: ...
