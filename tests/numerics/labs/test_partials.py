"""Partial derivatives through one-variable slices, as in the book's ch. 4.3."""

from __future__ import annotations

import numpy as np
import pytest

from numerics.functions import get_objective
from numerics.labs import book
from numerics.labs.partials import BOOK_POINT, partial_slice, partials_at, slice_function

SPHERE = get_objective("sphere")


def test_book_partials_at_3_4():
    s0, s1 = partials_at(SPHERE, BOOK_POINT)
    assert (s0.numerical, s1.numerical) == book.PARTIALS_AT_3_4
    assert (s0.exact, s1.exact) == (6.0, 8.0)
    assert s0.symbol == "∂f/∂x0" and s1.symbol == "∂f/∂x1"
    assert 0 < s0.abs_error < 1e-10 and 0 < s1.abs_error < 1e-10


def test_slices_fix_the_other_coordinate():
    along_x0 = slice_function(SPHERE, (3.0, 4.0), 0)
    along_x1 = slice_function(SPHERE, (3.0, 4.0), 1)
    t = np.array([0.0, 1.0, 2.0])
    assert along_x0(t).tolist() == (t**2 + 16).tolist()
    assert along_x1(t).tolist() == (9 + t**2).tolist()
    with pytest.raises(ValueError):
        slice_function(SPHERE, (3.0, 4.0), 2)


def test_slice_curve_and_tangent():
    s = partial_slice(SPHERE, BOOK_POINT, 1)
    assert s.t[0] == SPHERE.box[2] and s.t[-1] == SPHERE.box[3]
    assert np.allclose(s.values, 9 + s.t**2)
    slope = (s.tangent_y[1] - s.tangent_y[0]) / (s.tangent_t[1] - s.tangent_t[0])
    assert slope == pytest.approx(s.numerical)
    assert s.tangent_y[0] + slope * (4.0 - s.tangent_t[0]) == pytest.approx(25.0)


def test_a_point_outside_the_box_is_still_on_the_slice():
    s = partial_slice(SPHERE, (10.0, 0.0), 0)
    assert s.t[-1] == 10.0 and s.numerical == pytest.approx(20.0)


def test_non_separable_function_matches_its_gradient():
    obj = get_objective("rosenbrock")
    point = (-0.5, 1.5)
    s0, s1 = partials_at(obj, point)
    g = obj.gradient(np.array(point))
    assert s0.numerical == pytest.approx(g[0], rel=1e-7)
    assert s1.numerical == pytest.approx(g[1], rel=1e-7)


def test_formula_has_no_exact_partials():
    pytest.importorskip("numerics.formula")
    from numerics.functions import objective_from_formula

    s0, s1 = partials_at(objective_from_formula("x0**2 + x1**2"), BOOK_POINT)
    assert (s0.numerical, s1.numerical) == book.PARTIALS_AT_3_4
    assert s0.exact is None and s0.abs_error is None


def test_non_finite_point_is_refused():
    with pytest.raises(ValueError, match="finite"):
        partial_slice(SPHERE, (np.nan, 1.0), 0)


def test_book_partials_names_the_books_experiment_only():
    from numerics.functions import objective_from_formula
    from numerics.labs.partials import book_partials

    s0, s1 = partials_at(SPHERE, BOOK_POINT, h=1e-4, scheme="central")
    assert book_partials(SPHERE, BOOK_POINT, 1e-4, "central") == (s0.numerical, s1.numerical)
    assert book_partials(SPHERE, (3, 4)) == book.PARTIALS_AT_3_4  # h=None is the book's 1e-4 for central
    for other in [(SPHERE, (3.0, 4.5), 1e-4, "central"), (SPHERE, BOOK_POINT, 1e-5, "central"),
                  (SPHERE, BOOK_POINT, 1e-4, "forward"), (SPHERE, BOOK_POINT, None, "complex"),
                  (get_objective("bowl"), BOOK_POINT, 1e-4, "central"),
                  (objective_from_formula("x0**2 + x1**2"), BOOK_POINT, 1e-4, "central")]:
        assert book_partials(*other) is None
