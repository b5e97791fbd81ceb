"""Tests for numerics/critical_points.py: Newton from a grid of seeds, merged and classified.

Expected points come from the catalogue (checked by Newton polishing in test_functions.py) or
from calculus done here (sin(x0)·exp(−x1²) is stationary where cos x0 = 0 and x1 = 0).
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from numerics.critical_points import (
    critical_point_label,
    curvature,
    find_critical_points,
    view_scale,
)
from numerics.functions import CATALOGUE, CriticalPoint, objective_from_formula


def by_kind(points: tuple[CriticalPoint, ...]) -> dict[str, np.ndarray]:
    return {kind: np.array([p.x for p in points if p.kind == kind]).reshape(-1, 2)
            for kind in ("minimum", "saddle", "maximum")}


def assert_same_points(found: np.ndarray, expected: np.ndarray, tol: float) -> None:
    """One-to-one: as many points, each expected one within ``tol`` of a distinct found one."""
    assert found.shape == expected.shape
    if len(expected) == 0:
        return
    dist = np.linalg.norm(found[:, None] - expected[None], axis=-1)
    assert (dist.min(axis=0) < tol).all()
    assert len(set(dist.argmin(axis=0).tolist())) == len(expected)


def test_the_saddle_formula_has_one_saddle_at_the_origin():
    points = find_critical_points(objective_from_formula("x0**2 - x1**2"))
    assert [p.kind for p in points] == ["saddle"]
    assert np.hypot(*points[0].x) < 1e-8
    assert points[0].label == "saddle 1"


def test_himmelblau_typed_as_text_matches_the_catalogue():
    himmelblau = CATALOGUE["himmelblau"]
    typed = objective_from_formula("(x0**2 + x1 - 11)**2 + (x0 + x1**2 - 7)**2", box=himmelblau.box)
    found = by_kind(find_critical_points(typed))
    known = by_kind(himmelblau.critical_points)
    assert {k: len(v) for k, v in found.items()} == {"minimum": 4, "saddle": 4, "maximum": 1}
    for kind in known:
        assert_same_points(found[kind], known[kind], tol=1e-5)


def test_sin_times_gaussian_has_one_minimum_and_one_maximum():
    points = find_critical_points(objective_from_formula("sin(x0)*exp(-x1**2)", box=(-3.0, 3.0, -3.0, 3.0)))
    found = by_kind(points)
    # ∂f/∂x0 = cos x0 · e^(−x1²) = 0 → x0 = ±π/2 (±3π/2 lie outside the box); ∂f/∂x1 = 0 → x1 = 0.
    assert_same_points(found["minimum"], np.array([[-math.pi / 2, 0.0]]), tol=1e-6)
    assert_same_points(found["maximum"], np.array([[math.pi / 2, 0.0]]), tol=1e-6)
    assert len(found["saddle"]) == 0


@pytest.mark.parametrize("name", ["six_hump_camel", "beale", "himmelblau"])
def test_analytic_objectives_find_the_catalogue_points(name):
    obj = CATALOGUE[name]
    found = by_kind(find_critical_points(obj))
    known = by_kind(obj.critical_points)
    for kind in known:
        assert_same_points(found[kind], known[kind], tol=1e-6)


def test_only_points_inside_the_box_are_returned():
    himmelblau = CATALOGUE["himmelblau"]
    box = (0.0, 5.0, 0.0, 5.0)
    points = find_critical_points(himmelblau, box)
    inside = [cp for cp in himmelblau.critical_points
              if box[0] <= cp.x[0] <= box[1] and box[2] <= cp.x[1] <= box[3]]
    assert len(inside) == 3  # the minimum (3, 2) and two saddles
    assert sorted(p.kind for p in points) == sorted(cp.kind for cp in inside)
    assert_same_points(np.array([p.x for p in points]), np.array([cp.x for cp in inside]), tol=1e-6)


@pytest.mark.parametrize("text", [
    "1 - max(1 - (x0**2 + x1**2)/4, 0)**3",  # the plateau: its plain and its rim are flat
    "x0**3 - 3*x0*x1**2",  # the monkey saddle: Hessian exactly 0 at its only critical point
    "7",  # constant: flat everywhere
])
def test_flat_points_are_not_labelled(text):
    points = find_critical_points(objective_from_formula(text, box=(-4.0, 4.0, -4.0, 4.0)))
    nonflat = {"1 - max(1 - (x0**2 + x1**2)/4, 0)**3": [("minimum", (0.0, 0.0))]}.get(text, [])
    assert [p.kind for p in points] == [kind for kind, _ in nonflat]
    for p, (_, x) in zip(points, nonflat):
        assert np.hypot(p.x[0] - x[0], p.x[1] - x[1]) < 1e-6


def test_points_are_numbered_per_kind_minima_first():
    points = find_critical_points(CATALOGUE["six_hump_camel"])
    kinds = [p.kind for p in points]
    assert kinds == sorted(kinds, key=["minimum", "saddle", "maximum"].index)
    for kind in ("minimum", "saddle", "maximum"):
        labels = [p.label for p in points if p.kind == kind]
        assert labels == [str(critical_point_label(kind, i)) for i in range(1, len(labels) + 1)]
    # Within a kind the deepest comes first.
    minima_f = CATALOGUE["six_hump_camel"].value(np.array([p.x for p in points if p.kind == "minimum"]))
    assert (np.diff(minima_f) >= -1e-12).all()


def test_label_is_a_translatable_message():
    label = critical_point_label("saddle", 2)
    assert str(label) == "saddle 2"
    assert label.text == "saddle {number}"


def test_curvature_distrusts_the_plateau_rim_but_not_smooth_points():
    typed = objective_from_formula("1 - max(1 - (x0**2 + x1**2)/4, 0)**3", box=(-4.0, 4.0, -4.0, 4.0))
    scale = view_scale(typed)
    rim = np.array([[2.0, 0.0], [2**0.5, 2**0.5]])
    inside = np.array([[0.0, 0.0], [0.5, -0.3]])
    assert np.isinf(curvature(typed, rim, scale).flat).all()
    smooth = curvature(typed, inside, scale)
    assert np.isfinite(smooth.flat).all()
    # At the centre f = 1 − (1 − r²/4)³ ≈ 3r²/4: curvature 1.5 in every direction.
    np.testing.assert_allclose(smooth.eigenvalues[0], [1.5, 1.5], rtol=1e-5)


def test_view_scale_measures_the_spread_of_f_over_the_box():
    sphere = CATALOGUE["sphere"]
    scale = view_scale(sphere)
    corner = np.array([[sphere.box[1], sphere.box[3]]])
    assert scale.spread == pytest.approx(float(sphere.value(corner)[0]))  # min 0 at the centre
    assert scale.diagonal == pytest.approx(np.hypot(9.0, 9.0))
