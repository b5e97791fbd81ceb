"""Basins of attraction."""

import numpy as np
import pytest

from numerics.basins import BasinMap, _cluster, basin_map, classify_critical_points, iter_basin_map
from numerics.descent import CancelToken, DescentConfig, run_descent
from numerics.field import grid_points
from numerics.functions import get_objective, objective_from_formula
from numerics.jobs import Progress


def test_himmelblau_has_four_basins_matching_individual_runs():
    hb = get_objective("himmelblau")
    cfg = DescentConfig(lr=0.01, steps=500, tol=1e-6)
    bm = basin_map(hb, hb.box, 40, cfg)
    counts = bm.counts()
    minima = [k for k, a in enumerate(bm.attractors) if a.kind == "minimum"]
    assert len(minima) == 4 and all(counts.get(k, 0) > 100 for k in minima)
    # spot-check: each label agrees with the nearest critical point of a single run's end point
    _, _, grid = grid_points(hb.box, 40)
    picks = [(3, 5), (20, 20), (35, 10), (8, 33)]
    starts = np.array([grid[i, j] for i, j in picks])
    result = run_descent(hb, starts, cfg)
    for (i, j), end in zip(picks, result.final_x):
        known = np.array([a.x for a in bm.attractors])
        assert bm.labels[i, j] == np.linalg.norm(known - end, axis=1).argmin()


def test_saddle_marks_divergence_and_plateau_marks_stalls():
    saddle = get_objective("saddle")
    bm = basin_map(saddle, saddle.box, 20, DescentConfig(lr=0.05, steps=300))
    assert bm.counts().get(BasinMap.DIVERGED, 0) > 300
    plateau = get_objective("plateau")
    bm = basin_map(plateau, plateau.box, 30, DescentConfig(lr=0.1, steps=300))
    stalled = bm.labels == BasinMap.STALLED
    r = np.linalg.norm(bm.final_x, axis=-1)
    assert stalled.sum() > 200 and (r[stalled] >= 2.0 - 1e-9).all()
    assert (bm.labels[r < 1.0] == 0).all()


def test_formula_without_known_points_gets_classified_clusters():
    # two minima at (±1, 0), a saddle between them, no catalogue entry
    double_well = objective_from_formula("(x0**2 - 1)**2 + x1**2", box=(-2.0, 2.0, -1.5, 1.5))
    bm = basin_map(double_well, double_well.box, 30, DescentConfig(lr=0.05, steps=500, tol=1e-7, analytic=False))
    kinds = sorted(a.kind for a in bm.attractors)
    assert kinds == ["minimum", "minimum"]
    xs = sorted(round(a.x[0], 3) for a in bm.attractors)
    assert xs == [-1.0, 1.0]
    left = bm.labels[:, :10]
    assert len(np.unique(left)) == 1 and left[0, 0] >= 0


def test_classification_by_hessian():
    f = lambda p: p[..., 0] ** 2 - p[..., 1] ** 2  # noqa: E731
    assert classify_critical_points(f, np.zeros((1, 2))).tolist() == ["saddle"]
    g = lambda p: -(p[..., 0] ** 2) - p[..., 1] ** 2  # noqa: E731
    assert classify_critical_points(g, np.zeros((1, 2))).tolist() == ["maximum"]
    flat = lambda p: np.zeros(p.shape[:-1])  # noqa: E731
    assert classify_critical_points(flat, np.zeros((1, 2))).tolist() == ["flat"]


def test_cluster_merges_across_cell_edges():
    pts = np.array([[0.0999, 0.0], [0.1001, 0.0], [5.0, 5.0]])
    labels, centres = _cluster(pts, 0.1)
    assert labels[0] == labels[1] != labels[2] and len(centres) == 2


def test_cancel_returns_none_and_progress_is_reported():
    hb = get_objective("himmelblau")
    token = CancelToken()
    seen = []

    def progress(fraction):
        seen.append(fraction)
        if fraction > 0.1:
            token.cancel()

    assert basin_map(hb, hb.box, 30, DescentConfig(lr=1e-4, steps=1000, tol=0.0), token, progress) is None
    assert 0 < len(seen) < 50
    done = []
    basin_map(hb, hb.box, 10, DescentConfig(lr=0.01, steps=100), progress=done.append)
    assert done[-1] == 1.0 and done == sorted(done)


def test_plateau_rim_is_not_mistaken_for_saddles():
    """Starts that creep to a stop on the rim of the well are stalled, not at 'found' saddles:
    the analytic-gradient Hessian sees the near-zero tangential curvature there."""
    plateau = get_objective("plateau")
    bm = basin_map(plateau, plateau.box, 200, DescentConfig(lr=0.1, steps=500, tol=1e-6))
    assert [a.label for a in bm.attractors] == ["global minimum"]
    assert bm.counts()[BasinMap.STALLED] > 1000


def test_iter_basin_map_yields_only_checkpoints_and_returns_the_same_map():
    """The job form the GUI's compute thread runs: checkpoints at least once per descent step,
    about a hundred rising Progress marks ending at 1, and the map basin_map returns."""
    hb = get_objective("himmelblau")
    cfg = DescentConfig(lr=0.01, steps=300, tol=0.0)
    job = iter_basin_map(hb, hb.box, 25, cfg)
    yielded = []
    while True:
        try:
            yielded.append(next(job))
        except StopIteration as stop:
            bmap = stop.value
            break
    assert all(v is None or isinstance(v, Progress) for v in yielded)
    assert len(yielded) > cfg.steps  # a checkpoint after every step: the job can pause anywhere
    marks = [float(v) for v in yielded if v is not None]
    assert 90 <= len(marks) <= 102 and marks == sorted(marks) and marks[-1] == 1.0
    expected = basin_map(hb, hb.box, 25, cfg)
    np.testing.assert_array_equal(bmap.labels, expected.labels)
    assert bmap.attractors == expected.attractors


def test_closing_the_job_stops_the_descent():
    """The compute thread cancels a job by closing its generator at a checkpoint."""
    hb = get_objective("himmelblau")
    calls = []
    counting = objective_from_formula("(x0**2 + x1 - 11)**2 + (x0 + x1**2 - 7)**2", box=hb.box)
    f = counting.f

    def value(p):
        calls.append(1)
        return f(p)

    from dataclasses import replace

    job = iter_basin_map(replace(counting, f=value), hb.box, 10, DescentConfig(lr=1e-4, steps=10_000, tol=0.0,
                                                                             analytic=False))
    for _ in range(20):
        next(job)
    job.close()
    at_close = len(calls)
    assert 0 < at_close <= 5 * 21  # f once and 4× for the gradient per step: 20 steps, not 10 000
    with pytest.raises(StopIteration):
        next(job)
    assert len(calls) == at_close
