"""DescentSwarm: runs that join a live batch move exactly as if they had started alone."""

import numpy as np
import pytest

from numerics import CATALOGUE, DescentConfig, StopReason, run_descent
from numerics.descent import DescentSwarm
from numerics.functions import objective_from_formula


def swarm_paths(objective, config, joins):
    """Run a swarm where joins[k] = list of (id, start) added before step k; collect paths by id."""
    swarm = DescentSwarm(objective, config)
    paths, ends, k = {}, {}, 0

    def take(rec):
        for i, run_id in enumerate(rec.ids):
            if rec.moved[i]:
                paths.setdefault(int(run_id), []).append(rec.x[i])
            if rec.status[i] != StopReason.RUNNING:
                ends[int(run_id)] = int(rec.status[i])

    while k in joins or len(swarm) or any(j > k for j in joins):
        if k in joins:
            ids, starts = zip(*joins[k])
            take(swarm.add(ids, starts))
        if len(swarm):
            take(swarm.step())
        k += 1
    return {i: np.array(p) for i, p in paths.items()}, ends


@pytest.mark.parametrize("optimizer", ["SGD", "Momentum", "Nesterov", "AdaGrad", "RMSProp", "Adam"])
def test_late_joiners_match_runs_started_alone(optimizer):
    objective = CATALOGUE["himmelblau"]
    config = DescentConfig(optimizer=optimizer, lr=0.01, steps=60, tol=1e-6)
    starts = {1: (0.0, 0.0), 2: (-1.0, 2.0), 3: (3.5, -3.0), 4: (1.0, 1.0)}
    joins = {0: [(1, starts[1])], 5: [(2, starts[2]), (3, starts[3])], 17: [(4, starts[4])]}
    paths, ends = swarm_paths(objective, config, joins)
    for run_id, start in starts.items():
        alone = run_descent(objective, np.array([start]), config)
        np.testing.assert_allclose(paths[run_id], alone.path(0), rtol=1e-12, atol=1e-14)
        assert ends[run_id] == int(alone.stop[0])


def test_each_point_keeps_its_own_step_budget_and_stop_reason():
    objective = CATALOGUE["sphere"]
    config = DescentConfig(lr=0.1, steps=100, tol=1e-3)
    paths, ends = swarm_paths(objective, config, {0: [(7, (3.0, 4.0))], 10: [(8, (1e-5, 0.0))], 12: [(9, (2.0, 1.0))]})
    assert ends[7] == ends[9] == StopReason.CONVERGED
    assert ends[8] == StopReason.CONVERGED and len(paths[8]) == 1  # converged at its start
    assert 30 < len(paths[7]) - 1 < 100


def test_divergence_keeps_the_last_finite_point_and_cancel_stops_in_place():
    objective = objective_from_formula("exp(x0**2)")
    config = DescentConfig(lr=0.5, steps=50, tol=0.0)
    swarm = DescentSwarm(objective, config)
    swarm.add([1, 2], [(1.5, 0.0), (0.1, 0.0)])
    statuses = {}
    while len(swarm):
        rec = swarm.step()
        assert np.isfinite(rec.x).all()
        for i, s in zip(rec.ids, rec.status):
            if s != StopReason.RUNNING:
                statuses[int(i)] = int(s)
        if 1 in statuses and 2 in swarm.ids:
            out = swarm.cancel([2])
            assert list(out.ids) == [2] and out.status[0] == StopReason.CANCELLED and not out.moved[0]
            statuses[2] = int(out.status[0])
    assert statuses == {1: StopReason.DIVERGED, 2: StopReason.CANCELLED}


def test_huge_but_finite_points_are_not_called_diverged():
    """A sum of finite coordinates may overflow; the point itself has not diverged."""
    objective = objective_from_formula("0*x0 + 0*x1")
    swarm = DescentSwarm(objective, DescentConfig(steps=3, tol=0.0))
    rec = swarm.add([1], [(1e308, 1e308)])
    assert rec.status[0] == StopReason.RUNNING
