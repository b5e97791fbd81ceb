"""The 3-D surface as numbers: heights, the log scale, the cut, undefined cells, paths on it."""
from __future__ import annotations

import numpy as np
import pytest

from gui.canvas3d.surface_mesh import (
    CLIP_QUANTILE,
    HEIGHT,
    LIFT,
    mesh_from_grid,
    path_segments,
    raised_values,
    surface_mesh,
    vertex_colors,
)
from numerics import CATALOGUE, objective_from_formula, value_grid


def test_heights_span_the_scene_height_and_follow_the_grid_orientation():
    # f = x0 on a box wider than tall: heights rise along the columns (x0), not the rows (x1)
    mesh = surface_mesh(objective_from_formula("x0", box=(-4, 4, -1, 1)), (-4, 4, -1, 1), n=41)
    assert mesh.heights.shape == (41, 41)
    assert mesh.heights.min() == pytest.approx(0.0) and mesh.heights.max() == pytest.approx(HEIGHT)
    assert np.all(np.diff(mesh.heights, axis=1) > 0)
    assert np.allclose(np.diff(mesh.heights, axis=0), 0)
    # scene units: the longer side (x0) spans −1 … 1, the aspect is kept
    corners = mesh.scene_xy(np.array([[-4.0, -1.0], [4.0, 1.0]]))
    assert np.allclose(corners, [[-1, -0.25], [1, 0.25]])
    assert mesh.clip_at is None and mesh.undefined_fraction == 0


def test_log_scale_raises_log_f_with_its_minimum_lowest():
    rosenbrock = CATALOGUE["rosenbrock"]
    mesh = surface_mesh(rosenbrock, rosenbrock.box, n=101, log=True)
    x0, x1, z = value_grid(rosenbrock, rosenbrock.box, 101, 101)
    assert np.allclose(mesh.values, raised_values(z, True))
    lowest = np.unravel_index(np.argmin(mesh.heights), mesh.heights.shape)
    assert np.allclose((x0[lowest[1]], x1[lowest[0]]), (1.0, 1.0), atol=0.05)
    # the log keeps the valley visible: far more of the box sits above the floor than linearly
    linear = surface_mesh(rosenbrock, rosenbrock.box, n=101, log=False)
    assert np.median(mesh.heights) > 3 * np.median(linear.heights)


def test_a_function_exploding_at_the_edges_is_cut_at_its_quantile():
    # a bowl with a pole just beyond its right edge: uncut, the pole squashes the bowl flat
    box = (-3, 3, -3, 3)
    exploding = objective_from_formula("x0**2 + x1**2 + 1/((x0 - 3.05)**2 + 0.001)", box=box)
    mesh = surface_mesh(exploding, box, n=100)
    z = value_grid(exploding, box, 100, 100)[2]
    assert mesh.clip_at == pytest.approx(np.quantile(z, CLIP_QUANTILE))
    assert mesh.clipped_fraction == pytest.approx(1 - CLIP_QUANTILE, abs=0.005)
    cut = z > mesh.clip_at
    assert cut[:, -2:].all() and not cut[:, :50].any()  # the part at the pole's edge
    assert np.allclose(mesh.heights[cut], HEIGHT)
    uncut_heights = (z - z.min()) / (z.max() - z.min()) * HEIGHT
    assert np.median(mesh.heights) > 5 * np.median(uncut_heights)
    assert not mesh.mostly_flat
    # a bowl is not cut; exp(r²) is cut yet still flat almost everywhere, and says so
    sphere = CATALOGUE["sphere"]
    assert surface_mesh(sphere, sphere.box, n=100).clip_at is None
    steep = surface_mesh(objective_from_formula("exp(x0**2 + x1**2)", box=box), box, n=100)
    assert steep.clip_at is not None and steep.mostly_flat


def test_undefined_cells_lie_on_the_floor_and_are_counted():
    mesh = surface_mesh(objective_from_formula("log(x0) + x1**2"), (-2, 2, -2, 2), n=40)
    assert mesh.undefined_fraction == pytest.approx(0.5)
    undefined = ~np.isfinite(mesh.values)
    assert np.all(mesh.heights[undefined] == 0)
    colors = vertex_colors(mesh, np.tile(np.arange(256, dtype=np.uint8)[:, None], (1, 3)))
    assert colors.shape == (40, 40, 4)  # x0-major, as GLSurfacePlotItem takes them
    grey = colors.transpose(1, 0, 2)[undefined].astype(int)  # shaded, but grey: r = g = b
    assert np.all(grey[:, 0] == grey[:, 1]) and np.all(grey[:, 1] == grey[:, 2])


def test_colours_come_from_the_lut_by_value_and_are_shaded():
    x0 = np.linspace(-1, 1, 30)
    z = np.tile(x0, (30, 1))  # f = x0: a tilted plane, one slope everywhere
    mesh = mesh_from_grid((-1, 1, -1, 1), x0, x0, z, log=False)
    lut = np.stack([np.arange(256), np.zeros(256), 255 - np.arange(256)], axis=1).astype(np.uint8)
    rgba = vertex_colors(mesh, lut).transpose(1, 0, 2).astype(float)  # back to (ny, nx)
    # red grows and blue falls with f; one slope means one shade, so red/blue ratios follow the lut
    assert np.all(np.diff(rgba[5, :, 0]) >= 0) and np.all(np.diff(rgba[5, :, 2]) <= 0)
    assert rgba[5, -1, 0] > 150 and rgba[5, 0, 2] > 150
    assert np.all(rgba[..., 3] == 255)


def test_heights_between_grid_points_are_bilinear_and_nan_outside_the_box():
    mesh = surface_mesh(CATALOGUE["sphere"], (-2, 2, -2, 2), n=21)
    nodes = np.stack(np.meshgrid(mesh.x0, mesh.x1), axis=-1)
    assert np.allclose(mesh.height_at(nodes), mesh.heights, atol=1e-6)
    a, b = nodes[3, 4], nodes[3, 5]
    assert mesh.height_at((a + b) / 2) == pytest.approx((mesh.heights[3, 4] + mesh.heights[3, 5]) / 2, rel=1e-6)
    assert np.isnan(mesh.height_at(np.array([[2.5, 0.0], [0.0, -2.01], [np.nan, 0.0]]))).all()
    points = mesh.scene_points(np.array([[0.0, 0.0]]))
    assert points[0, 2] == pytest.approx(mesh.height_at(np.zeros(2)) + LIFT)


def test_path_segments_join_consecutive_points_and_break_off_the_surface():
    mesh = surface_mesh(CATALOGUE["sphere"], (-2, 2, -2, 2), n=21)
    # two members, four steps; member 1 leaves the box at step 2 and comes back at step 3
    block = np.array([[[1.0, 1.0], [0.5, 0.5]],
                      [[0.8, 0.8], [1.5, 1.5]],
                      [[0.6, 0.6], [5.0, 5.0]],
                      [[np.nan, np.nan], [1.0, 1.0]]])
    vertices = path_segments(mesh, block)
    assert vertices.dtype == np.float32 and vertices.shape[1] == 3
    pairs = vertices.reshape(-1, 2, 3)
    # member 0: (1,1)→(0.8,0.8)→(0.6,0.6), then NaN; member 1: (0.5,0.5)→(1.5,1.5) only
    assert len(pairs) == 3
    expected_ends = mesh.scene_points(np.array([[[1.0, 1.0], [0.8, 0.8]], [[0.5, 0.5], [1.5, 1.5]],
                                                [[0.8, 0.8], [0.6, 0.6]]]))
    assert np.allclose(pairs, expected_ends, atol=1e-6)
    assert len(path_segments(mesh, block[:1])) == 0  # one point is no segment yet
