"""numerics.types: the protocols say exactly what the core uses from an objective.

A stand-in that has *only* the members of ``ObjectiveLike`` (or ``InspectableObjective``) must be
enough for everything that is annotated with it; if the core started reading another attribute,
these stand-ins would fail.
"""

import inspect

import numpy as np
import pytest

from numerics.basins import basin_map
from numerics.descent import DescentConfig, run_descent
from numerics.field import descent_field, field_at, value_grid
from numerics.functions import CATALOGUE, Objective, objective_from_formula
from numerics.labs.basin_legend import BOOK_BASINS
from numerics.labs.race import BOOK_RACE, run_race
from numerics.labs.step_inspector import StepInspector
from numerics.types import InspectableObjective, ObjectiveLike


class Bare:
    """The members of ObjectiveLike and nothing else (slots: no attribute can be added)."""

    __slots__ = ("_inner",)

    def __init__(self, inner: Objective) -> None:
        self._inner = inner

    @property
    def name(self) -> str:
        return "bare"

    @property
    def box(self):
        return self._inner.box

    @property
    def has_analytic_gradient(self) -> bool:
        return self._inner.has_analytic_gradient

    def value(self, x):
        return self._inner.value(x)

    def gradient(self, x, *, numerical=False, h=None, scheme="central"):
        return self._inner.gradient(x, numerical=numerical, h=h, scheme=scheme)


class BareInspectable(Bare):
    """ObjectiveLike plus the parts InspectableObjective adds."""

    __slots__ = ()

    @property
    def f(self):
        return self._inner.f

    @property
    def grad(self):
        return self._inner.grad

    @property
    def critical_points(self):
        return self._inner.critical_points


@pytest.mark.parametrize("objective", [*CATALOGUE.values(), objective_from_formula("x0**2 + sin(x1)")],
                         ids=lambda o: o.name)
def test_every_objective_satisfies_both_protocols(objective):
    assert isinstance(objective, ObjectiveLike)
    assert isinstance(objective, InspectableObjective)


def test_a_bare_stand_in_is_objective_like_but_not_inspectable():
    bare = Bare(CATALOGUE["sphere"])
    assert isinstance(bare, ObjectiveLike) and not isinstance(bare, InspectableObjective)
    assert isinstance(BareInspectable(CATALOGUE["sphere"]), InspectableObjective)


def test_the_protocols_gradient_matches_objective_gradient():
    want = inspect.signature(ObjectiveLike.gradient).parameters
    got = inspect.signature(Objective.gradient).parameters
    assert list(want) == list(got)
    for name in ("numerical", "h", "scheme"):
        assert got[name].kind is inspect.Parameter.KEYWORD_ONLY
        assert got[name].default == want[name].default
    assert got["h"].default is None  # h=None: the scheme's default step


def test_field_and_descent_need_only_objective_like():
    real = CATALOGUE["himmelblau"]
    bare = Bare(real)
    np.testing.assert_array_equal(descent_field(bare, real.box, 7, 5).direction,
                                  descent_field(real, real.box, 7, 5).direction)
    np.testing.assert_array_equal(field_at(bare, [[1.0, 2.0]], numerical=True, scheme="complex").direction,
                                  field_at(real, [[1.0, 2.0]], numerical=True, scheme="complex").direction)
    np.testing.assert_array_equal(value_grid(bare, real.box, 4)[2], value_grid(real, real.box, 4)[2])
    config = DescentConfig(lr=0.01, steps=20, analytic=False)
    starts = np.array([[0.0, 0.0], [-1.0, 2.0]])
    np.testing.assert_array_equal(run_descent(bare, starts, config).xs, run_descent(real, starts, config).xs)


def test_lab_runners_need_only_objective_like():
    real = CATALOGUE["sphere"]
    (lane,) = run_race(BOOK_RACE, [0.1], objective=Bare(real))
    np.testing.assert_array_equal(lane.final, run_race(BOOK_RACE, [0.1], objective=real)[0].final)
    assert lane.verdict == run_race(BOOK_RACE, [0.1], objective=real)[0].verdict  # judged the same way
    inspector = StepInspector(Bare(real), "Momentum", 0.1, (("momentum", 0.9),))
    assert inspector.next_step().step == 1


def test_the_basin_map_needs_only_inspectable_objective():
    real = CATALOGUE["himmelblau"]
    config = BOOK_BASINS.config()
    ours = basin_map(BareInspectable(real), real.box, 12, config)
    np.testing.assert_array_equal(ours.labels, basin_map(real, real.box, 12, config).labels)
