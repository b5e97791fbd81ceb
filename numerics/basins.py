"""Basins of attraction: where does descent from every cell of a grid end up?

Every start of an ``n × n`` grid descends at once (one batch). Each end point is then labelled by
the critical point it reached: a known one of the objective's catalogue entry, or — for a user
formula, or a local minimum the catalogue does not list — a cluster of end points classified by
the eigenvalues of a numerical Hessian (minimum / saddle / maximum).
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass, replace
from typing import ClassVar

import numpy as np
from numpy.typing import ArrayLike

from numerics.descent import CancelToken, DescentConfig, StopReason, iterate_descent
from numerics.differentiation import numerical_hessian
from numerics.field import grid_points
from numerics.functions import CriticalPoint
from numerics.messages import QT_TRANSLATE_NOOP, message
from numerics.types import Box, InspectableObjective, ScalarField, VectorField
from numerics.jobs import Progress, ProgressMarks, run_to_end

#: Labels of attractors the basin map found itself (not among the objective's critical points).
FOUND_LABELS = {
    "minimum": QT_TRANSLATE_NOOP("numerics", "minimum {number} (found)"),
    "saddle": QT_TRANSLATE_NOOP("numerics", "saddle {number} (found)"),
    "maximum": QT_TRANSLATE_NOOP("numerics", "maximum {number} (found)"),
}

#: End points closer than this fraction of the box diagonal count as the same place.
MATCH_FRACTION = 0.01
#: Hessian eigenvalues smaller than this (in absolute value) count as zero: a flat region.
FLAT_CURVATURE = 1e-4
#: Beyond this many provisional clusters the end points have no structure worth labelling.
MAX_CLUSTERS = 256


@dataclass(frozen=True)
class BasinMap:
    """Labels of an ``n × n`` grid of starts; ``labels[i, j]`` is for the start ``P[i, j]``."""

    DIVERGED: ClassVar[int] = -1
    NOT_CONVERGED: ClassVar[int] = -2
    #: Stopped because ∇f vanished on a flat region (a plateau), not at a critical point.
    STALLED: ClassVar[int] = -3

    box: Box
    labels: np.ndarray  # (n, n) int
    attractors: tuple[CriticalPoint, ...]
    final_x: np.ndarray  # (n, n, 2)
    stop: np.ndarray  # (n, n) StopReason codes

    def counts(self) -> dict[int, int]:
        """How many starts carry each label."""
        keys, counts = np.unique(self.labels, return_counts=True)
        return dict(zip(keys.tolist(), counts.tolist()))


def _hessian(f: ScalarField, points: np.ndarray, grad: VectorField | None = None, h: float = 1e-3) -> np.ndarray:
    """Hessians ``(..., 2, 2)``: central differences of the analytic gradient when there is one
    (error ~h², rounding ~eps/h), else second differences of f (rounding ~eps/h²)."""
    if grad is None:
        return numerical_hessian(f, points, h=h)
    step = 1e-5
    columns = []
    for i in range(points.shape[-1]):  # a loop over dimensions, not points
        e = np.zeros(points.shape[-1])
        e[i] = step
        columns.append((grad(points + e) - grad(points - e)) / (2 * step))
    jac = np.stack(columns, axis=-1)
    return (jac + np.swapaxes(jac, -1, -2)) / 2


def classify_critical_points(f: ScalarField, points: ArrayLike, h: float = 1e-3,
                             grad: VectorField | None = None) -> np.ndarray:
    """Kinds of stationary points ``(..., 2)`` from Hessian eigenvalues: an array of strings.

    "minimum" (all > 0), "maximum" (all < 0), "saddle" (mixed signs), "flat" (a zero eigenvalue:
    the second-order test cannot tell, as on a plateau or its rim). With ``grad`` the Hessian
    comes from the analytic gradient, which resolves curvatures far below ``FLAT_CURVATURE``.
    """
    eig = np.linalg.eigvalsh(_hessian(f, np.asarray(points, dtype=np.float64), grad, h))
    kinds = np.full(eig.shape[:-1], "saddle", dtype=object)
    kinds[(eig > FLAT_CURVATURE).all(axis=-1)] = "minimum"
    kinds[(eig < -FLAT_CURVATURE).all(axis=-1)] = "maximum"
    kinds[(np.abs(eig) <= FLAT_CURVATURE).any(axis=-1)] = "flat"
    return kinds.astype(str)


def _cluster(points: np.ndarray, radius: float) -> tuple[np.ndarray, np.ndarray]:
    """Group points closer than ``radius``: (labels (N,), centres (C, 2)).

    Points are bucketed on a grid of cell size ``radius`` (vectorised), then buckets whose centres
    lie within ``radius`` of each other are merged (a cluster may straddle a cell edge).
    """
    keys = np.floor(points / radius).astype(np.int64)
    _, inverse = np.unique(keys, axis=0, return_inverse=True)
    inverse = inverse.reshape(-1)
    n = inverse.max() + 1
    centres = np.zeros((n, 2))
    np.add.at(centres, inverse, points)
    centres /= np.bincount(inverse, minlength=n)[:, None]
    if n > 1:
        close = np.linalg.norm(centres[:, None] - centres[None], axis=-1) < radius
        root = np.arange(n)
        for _ in range(n):  # label propagation over the (small) bucket graph
            new_root = np.where(close, root[None, :], n).min(axis=1)
            if np.array_equal(new_root, root):
                break
            root = new_root
        _, root = np.unique(root, return_inverse=True)
        inverse = root[inverse]
        n = root.max() + 1
        centres = np.zeros((n, 2))
        np.add.at(centres, inverse, points)
        centres /= np.bincount(inverse, minlength=n)[:, None]
    return inverse, centres


def basin_map(objective: InspectableObjective, box: Box, n: int, config: DescentConfig,
              cancel: CancelToken | None = None,
              progress: Callable[[float], None] | None = None) -> BasinMap | None:
    """Descend from every cell of an ``n × n`` grid over ``box`` and label where each start ends.

    :func:`iter_basin_map` run to its end on this thread: returns None when ``cancel`` fired;
    ``progress(fraction)`` is called about a hundred times.
    """
    return run_to_end(iter_basin_map(objective, box, n, config, cancel), progress)


def iter_basin_map(objective: InspectableObjective, box: Box, n: int, config: DescentConfig,
                   cancel: CancelToken | None = None) -> Generator[Progress | None, None, BasinMap | None]:
    """The basin map as a job: yields a checkpoint after every descent step (a few ms for 200 × 200
    starts) and ``Progress`` about a hundred times; returns the ``BasinMap``, or None when ``cancel``
    fired. Starts leaving the box grown 1000× count as diverged unless the config says otherwise.
    """
    if config.escape_box is None:
        config = replace(config, escape_box=tuple(box))
    _, _, grid = grid_points(box, n, n)
    starts = grid.reshape(-1, 2)
    marks = ProgressMarks(config.steps)
    last = None
    for last in iterate_descent(objective, starts, config, cancel):
        yield marks.at(last.step)
    if (last.status == StopReason.CANCELLED).any():
        return None

    final, stop = last.x, last.status
    diag = float(np.hypot(box[1] - box[0], box[3] - box[2]))
    radius = MATCH_FRACTION * diag
    labels = np.full(len(starts), BasinMap.NOT_CONVERGED, dtype=np.int64)
    labels[stop == StopReason.DIVERGED] = BasinMap.DIVERGED
    settled = stop != StopReason.DIVERGED

    attractors: list[CriticalPoint] = list(objective.critical_points)
    if attractors:
        known = np.array([cp.x for cp in attractors], dtype=np.float64)
        dist = np.linalg.norm(final[:, None, :] - known[None], axis=-1)
        nearest = dist.argmin(axis=1)
        hit = settled & (dist[np.arange(len(final)), nearest] < radius)
        labels[hit] = nearest[hit]
    yield None

    # Starts that converged (|∇f| < tol) but at no known critical point: a plateau, or a critical
    # point the catalogue does not list. Starts that merely ran out of steps stay NOT_CONVERGED.
    stationary = np.flatnonzero((labels == BasinMap.NOT_CONVERGED) & (stop == StopReason.CONVERGED))
    if len(stationary):
        kinds = classify_critical_points(objective.f, final[stationary], grad=objective.grad)
        yield None
        flat = kinds == "flat"
        labels[stationary[flat]] = BasinMap.STALLED
        rest = stationary[~flat]
        if len(rest):
            member, centres = _cluster(final[rest], radius)
            yield None
            if len(centres) <= MAX_CLUSTERS:
                centre_kinds = classify_critical_points(objective.f, centres, grad=objective.grad)
                for c, (centre, kind) in enumerate(zip(centres, centre_kinds)):
                    if kind == "flat":
                        labels[rest[member == c]] = BasinMap.STALLED
                        continue
                    labels[rest[member == c]] = len(attractors)
                    number = sum(a.kind == kind for a in attractors) + 1
                    attractors.append(CriticalPoint(x=(float(centre[0]), float(centre[1])), kind=str(kind),
                                                    label=message(FOUND_LABELS[str(kind)], number=number)))
    # Also when every start stopped early (converged or diverged) and the marks never reached 1.
    yield Progress(1.0)
    return BasinMap(tuple(box), labels.reshape(n, n), tuple(attractors), final.reshape(n, n, 2).copy(),
                    stop.reshape(n, n).copy())
