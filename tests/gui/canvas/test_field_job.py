"""The canvas's field job: the same numbers as numerics computes on the whole grid, in blocks."""
from __future__ import annotations

import numpy as np
import pytest

from gui.canvas.contour_layer import contour_levels, contour_polyline
from gui.canvas.field_job import FieldRequest, compute_field_frame
from gui.canvas.heatmap_layer import heatmap_values
from numerics import CATALOGUE, field_at, grid_points, objective_from_formula, value_grid
from numerics.formula import FormulaError
from numerics.jobs import run_to_end

SLOW = "sin(x0)**" * 49 + "sin(x0)"


def _request(objective, nx=37, ny=23, heat=(151, 97), **options) -> FieldRequest:
    points = grid_points((-2.1, 2.3, -1.7, 1.9), nx, ny)[2]
    return FieldRequest(objective, points, heat_box=(-2.5, 2.5, -2.0, 2.0), heat_shape=heat, **options)


@pytest.mark.parametrize("objective, options", [
    (CATALOGUE["himmelblau"], {}),
    (CATALOGUE["rosenbrock"], {"log_heatmap": True}),
    (objective_from_formula("sqrt(x0) + log(x1)"), {"numerical": True, "h": 1e-4, "scheme": "central"}),
    (objective_from_formula(SLOW), {"numerical": True, "h": None, "scheme": "richardson"}),
])
def test_blocks_give_exactly_what_numerics_gives_on_the_whole_grid(objective, options):
    request = _request(objective, **options)
    steps = 0
    job = compute_field_frame(request)
    while True:
        try:
            next(job)
            steps += 1
        except StopIteration as stop:
            frame = stop.value
            break
    whole = field_at(objective, request.arrow_points, numerical=request.numerical, h=request.h, scheme=request.scheme)
    np.testing.assert_array_equal(frame.field.direction, whole.direction)
    np.testing.assert_array_equal(frame.field.magnitude, whole.magnitude)
    x0, x1, z = value_grid(objective, request.heat_box, *request.heat_shape)
    np.testing.assert_array_equal(frame.heat[0], x0)
    np.testing.assert_array_equal(frame.heat[2], z)
    values = heatmap_values(z, request.log_heatmap)
    np.testing.assert_array_equal(frame.contours, contour_polyline(x0, x1, values, contour_levels(values)))
    assert steps >= 2  # it yielded between blocks
    assert frame.compute_ms > 0


def test_a_slow_formula_is_cut_into_short_blocks():
    """0.6 µs a point: the 400×400 heatmap (100 ms) must come in blocks of a few ms each."""
    request = _request(objective_from_formula(SLOW), nx=30, ny=30, heat=(400, 400))
    job = compute_field_frame(request)
    import time

    durations = []
    while True:
        began = time.perf_counter()
        try:
            next(job)
        except StopIteration:
            break
        durations.append(time.perf_counter() - began)
    assert len(durations) > 20
    assert np.median(durations) < 0.02  # blocks aim at 2 ms; a generous bound on a shared machine


def test_no_heatmap_asked_for_none_computed():
    request = FieldRequest(CATALOGUE["sphere"], grid_points((-1, 1, -1, 1), 5, 5)[2])
    frame = run_to_end(compute_field_frame(request))
    assert frame.heat is None and frame.contours is None and frame.field.magnitude.shape == (5, 5)


def test_the_users_maths_failing_propagates_with_its_reason():
    request = _request(objective_from_formula("abs(x0)"), numerical=True, h=1e-4, scheme="complex")
    with pytest.raises(FormulaError, match="complex-step scheme cannot differentiate abs"):
        run_to_end(compute_field_frame(request))


def test_a_constant_formula_fills_the_grid():
    request = _request(objective_from_formula("3"), numerical=True)
    frame = run_to_end(compute_field_frame(request))
    assert frame.heat[2].shape == (97, 151) and np.all(frame.heat[2] == 3.0)
