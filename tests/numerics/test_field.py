"""−∇f on grids and f on grids."""

import numpy as np
import pytest

from numerics.field import descent_field, field_at, grid_points, value_grid
from numerics.functions import get_objective, objective_from_formula


def test_grid_layout_follows_meshgrid():
    x0, x1, p = grid_points((-1.0, 1.0, 0.0, 4.0), 3, 5)
    assert p.shape == (5, 3, 2)
    np.testing.assert_array_equal(x0, [-1, 0, 1])
    np.testing.assert_array_equal(p[2, 0], [-1.0, 2.0])  # row = x1, column = x0
    with pytest.raises(ValueError):
        grid_points((0, 1, 0, 1), 0)


def test_descent_field_is_minus_gradient():
    rosen = get_objective("rosenbrock")
    field = descent_field(rosen, rosen.box, 30, 20)
    assert field.direction.shape == (20, 30, 2) and field.magnitude.shape == (20, 30)
    np.testing.assert_allclose(field.direction, -rosen.gradient(field.points))
    np.testing.assert_allclose(field.magnitude, np.linalg.norm(field.direction, axis=-1))
    numerical = descent_field(rosen, rosen.box, 30, 20, numerical=True)
    np.testing.assert_allclose(numerical.direction, field.direction, rtol=1e-5, atol=1e-4)


def test_book_grid_field():
    sphere = get_objective("sphere")
    axis = np.arange(-2, 2.5, 0.25)
    pts = np.stack(np.meshgrid(axis, axis), axis=-1)
    field = field_at(sphere, pts, numerical=True)
    assert field.points.shape == (18, 18, 2)
    np.testing.assert_allclose(field.direction, -2 * pts, atol=1e-9)


def test_undefined_regions_are_nan_not_errors():
    log = objective_from_formula("log(x0) + x1")
    field = descent_field(log, (-1.0, 1.0, -1.0, 1.0), 5)
    x0, _, z = value_grid(log, (-1.0, 1.0, -1.0, 1.0), 5)
    assert np.isnan(z[:, x0 < 0]).all() and np.isfinite(z[:, x0 > 0]).all()
    assert np.isnan(field.magnitude[:, x0 < 0]).all() and np.isfinite(field.magnitude[:, x0 > 0]).all()


def test_log_shifted_puts_the_minimum_the_given_decades_below_the_top():
    from numerics.field import log_shifted

    z = np.array([[1.0, 11.0], [np.nan, 1001.0]])
    out = log_shifted(z, 6)
    assert np.isnan(out[1, 0])
    assert out[1, 1] - out[0, 0] == pytest.approx(6, abs=1e-6)  # top minus floor: the decades asked for (+ε)
    assert np.isnan(log_shifted(np.full((2, 2), np.nan), 3)).all()
    flat = log_shifted(np.full(3, 5.0), 3)  # no spread: ε = 1, log10(0 + 1) = 0
    np.testing.assert_array_equal(flat, 0.0)
