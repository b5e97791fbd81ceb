"""Critical points of any objective over a box, and the curvature scale that says what "flat" means.

The catalogue lists its functions' minima, saddles and maxima by hand; a typed formula has none.
:func:`find_critical_points` finds them: Newton's method on the gradient (numerical for a formula)
from a grid of seeds, all seeds at once, then the seeds that converged inside the box are merged
and classified by the eigenvalues of the Hessian. Points where the Hessian is ≈ 0 (a plateau, the
degenerate monkey saddle) are left out: the second-order test cannot name them, and a flat region
is not a point to label.

What counts as "≈ 0" must not depend on the units of f, so curvatures are compared with the scale
of the view (:class:`ViewScale`): a curvature λ changes f by about λ·L²/2 across a view of diagonal
L, and it counts as zero when that is below ``FLAT_RTOL`` (a millionth) of the spread of f over
the view. :mod:`numerics.diagnosis` uses the same scale and Hessians.

API (Qt-free, batched over points ``(..., 2)``)::

    view_scale(objective, box) -> ViewScale(box, diagonal, spread)
    hessians(objective, points) -> (..., 2, 2)
    flat_tolerance(scale, values, numerical) -> (...)   # |λ| at or below this counts as 0
    curvature(objective, points, scale, values=None) -> Curvature(eigenvalues, vectors, flat)
    find_critical_points(objective, box=None, *, seeds=SEEDS) -> tuple[CriticalPoint, ...]
    critical_point_label(kind, number) -> Message       # "minimum 1", "saddle 2", … translatable
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from numerics.basins import _cluster, _hessian
from numerics.differentiation import numerical_hessian
from numerics.functions import LABEL_MAXIMUM, LABEL_MINIMUM, LABEL_SADDLE, CriticalPoint
from numerics.messages import Message, message

__all__ = [
    "DEDUPE_FRACTION",
    "FLAT_RTOL",
    "SEEDS",
    "Curvature",
    "ViewScale",
    "critical_point_label",
    "curvature",
    "find_critical_points",
    "flat_tolerance",
    "hessians",
    "view_scale",
]

#: A curvature counts as zero when, across the whole view, it would change f by less than this
#: fraction of the spread of f over the view (λ·L² ≤ FLAT_RTOL·spread). A millionth is far below
#: any curvature a learner could see in the heatmap and far above the rounding of the Hessians.
FLAT_RTOL = 1e-6
#: Second differences of f (no analytic gradient) carry rounding noise ~eps·|f|/h²; eigenvalues
#: below this many times that noise are not trusted to have a sign.
HESSIAN_NOISE_FACTOR = 64.0
#: Step of the second differences of f (``numerical_hessian``'s default, basins' choice).
HESSIAN_H = 1e-3
#: A Hessian is trusted only when second differences of f at step 2h give eigenvalues within this
#: fraction of it (plus their rounding noise): on a smooth f they agree to ~h², where f is not
#: smooth (max(…, 0), abs, the rim of the plateau) they differ by O(1) and the "curvature" is an
#: artefact of the step, so the point counts as flat.
CONSISTENCY_RTOL = 0.1
#: Points per axis of the grid f is sampled on to measure its spread over the view.
SPREAD_SAMPLES = 17

#: Seeds per axis for Newton's method (a 12 × 12 grid of cell centres).
SEEDS = 12
#: Newton iterations at most (all seeds at once; stops early once every seed has settled).
NEWTON_ITERATIONS = 40
#: One Newton step is cut to this fraction of the box diagonal: far from a critical point the
#: Hessian may be nearly singular and its step would throw the seed out of the view.
MAX_STEP_FRACTION = 0.25
#: A seed has converged when its last step was below this fraction of the box diagonal …
STEP_RTOL = 1e-7
#: … and |∇f| is below this fraction of the view's typical slope (spread / diagonal).
GRAD_RTOL = 1e-6
#: The numerical gradient's step, as a fraction of the box diagonal (1e-4 on a box 10 wide).
GRADIENT_H_FRACTION = 1e-5
#: Critical points closer than this fraction of the box diagonal are the same point.
DEDUPE_FRACTION = 1e-3

_EPS = float(np.finfo(np.float64).eps)
_KIND_ORDER = {"minimum": 0, "saddle": 1, "maximum": 2}

# (the label texts live beside CriticalPoint, in numerics.functions: the catalogue uses them too)
_LABELS = {"minimum": LABEL_MINIMUM, "saddle": LABEL_SADDLE, "maximum": LABEL_MAXIMUM}


@dataclass(frozen=True)
class ViewScale:
    """How big a view is: its box, its diagonal L and the spread of f over it (max − min)."""

    box: tuple[float, float, float, float]
    diagonal: float
    spread: float

    @property
    def curvature(self) -> float:
        """The curvature that changes f by its whole spread across the view: spread / L²."""
        return self.spread / self.diagonal**2

    @property
    def slope(self) -> float:
        """A typical |∇f| over the view: spread / L."""
        return self.spread / self.diagonal


def view_scale(objective, box=None) -> ViewScale:
    """The scale of ``objective`` over ``box`` (its own box by default): f on a 17 × 17 grid.

    Non-finite values (a formula undefined somewhere) are ignored; a view where f is constant or
    nowhere finite has spread 0, so only an exactly zero curvature counts as flat there.
    """
    box = tuple(float(v) for v in (objective.box if box is None else box))
    x0 = np.linspace(box[0], box[1], SPREAD_SAMPLES)
    x1 = np.linspace(box[2], box[3], SPREAD_SAMPLES)
    grid = np.stack(np.meshgrid(x0, x1), axis=-1)
    with np.errstate(all="ignore"):
        values = np.asarray(objective.value(grid), dtype=np.float64)
    finite = values[np.isfinite(values)]
    spread = float(finite.max() - finite.min()) if finite.size else 0.0
    diagonal = float(np.hypot(box[1] - box[0], box[3] - box[2]))
    return ViewScale(box, diagonal, spread if np.isfinite(spread) else 0.0)


def hessians(objective, points: ArrayLike, *, h: float = HESSIAN_H) -> np.ndarray:
    """Hessians ``(..., 2, 2)`` at ``points`` ``(..., 2)``: central differences of the analytic
    gradient when the objective has one, else second differences of f (``numerical_hessian``)."""
    points = np.asarray(points, dtype=np.float64)
    with np.errstate(all="ignore"):
        return _hessian(objective.f, points, getattr(objective, "grad", None), h)


def flat_tolerance(scale: ViewScale, values: ArrayLike, numerical: bool) -> np.ndarray:
    """The |λ| at or below which an eigenvalue counts as 0, per point (``values`` = f there).

    ``numerical`` says the Hessian came from second differences of f, whose rounding noise grows
    with |f|: the tolerance is then never below ``HESSIAN_NOISE_FACTOR`` times that noise.
    """
    values = np.abs(np.asarray(values, dtype=np.float64))
    tol = np.full(values.shape, FLAT_RTOL * scale.curvature)
    if numerical:
        noise = HESSIAN_NOISE_FACTOR * _EPS * (np.where(np.isfinite(values), values, 0.0) + scale.spread)
        tol = np.maximum(tol, noise / HESSIAN_H**2)
    return tol


@dataclass(frozen=True)
class Curvature:
    """Hessian eigenvalues at a batch of points and the tolerance under which they count as 0."""

    eigenvalues: np.ndarray  # (..., 2), ascending
    vectors: np.ndarray  # (..., 2, 2), eigenvectors in the columns
    flat: np.ndarray  # (...), |λ| ≤ flat is "≈ 0"; inf where the Hessian is not to be trusted


def curvature(objective, points: ArrayLike, scale: ViewScale, values: ArrayLike | None = None) -> Curvature:
    """The Hessian's eigen-decomposition at ``points`` ``(..., 2)`` and its flatness tolerance.

    ``values`` (f at the points) may be passed when already known. Every Hessian is checked
    against second differences of f at step 2h; where the two disagree by more than
    ``CONSISTENCY_RTOL`` (f is not smooth there, e.g. on the rim of the plateau, where the third
    derivative jumps) the point gets an infinite tolerance: nothing can be read from its curvature.
    """
    points = np.asarray(points, dtype=np.float64)
    numerical = not objective.has_analytic_gradient
    if values is None:
        with np.errstate(all="ignore"):
            values = objective.value(points)
    values = np.asarray(values, dtype=np.float64)
    hess = hessians(objective, points)
    bad = ~np.isfinite(hess).all(axis=(-1, -2))
    eig, vec = np.linalg.eigh(np.where(bad[..., None, None], 0.0, hess))
    flat = flat_tolerance(scale, values, numerical)
    with np.errstate(all="ignore"):
        coarse = numerical_hessian(objective.f, points, h=2 * HESSIAN_H)
        coarse_ok = np.isfinite(coarse).all(axis=(-1, -2))
        eig2 = np.linalg.eigvalsh(np.where(coarse_ok[..., None, None], coarse, 0.0))
        change = np.abs(eig2 - eig).max(axis=-1)
        magnitude = np.where(np.isfinite(values), np.abs(values), 0.0) + scale.spread
        noise = HESSIAN_NOISE_FACTOR * _EPS * magnitude / (2 * HESSIAN_H) ** 2
        allowed = CONSISTENCY_RTOL * np.abs(eig).max(axis=-1) + noise
    untrusted = bad | ~coarse_ok | ~(change <= allowed)
    return Curvature(eig, vec, np.where(untrusted, np.inf, flat))


def critical_point_label(kind: str, number: int) -> Message:
    """The translatable label of the ``number``-th found point of ``kind`` ("saddle 2")."""
    return message(_LABELS[kind], number=int(number))


def _gradient(objective, points: np.ndarray, h: float) -> np.ndarray:
    if objective.has_analytic_gradient:
        return np.asarray(objective.gradient(points), dtype=np.float64)
    return np.asarray(objective.gradient(points, numerical=True, h=h, scheme="central"), dtype=np.float64)


def _seeds(box: tuple[float, float, float, float], n: int) -> np.ndarray:
    """Cell centres of an ``n × n`` grid over ``box``, flattened to ``(n², 2)``."""
    x0 = box[0] + (np.arange(n) + 0.5) * (box[1] - box[0]) / n
    x1 = box[2] + (np.arange(n) + 0.5) * (box[3] - box[2]) / n
    return np.stack(np.meshgrid(x0, x1), axis=-1).reshape(-1, 2)


def _solve_2x2(hess: np.ndarray, g: np.ndarray) -> np.ndarray:
    """H⁻¹g for a batch of 2 × 2 systems by Cramer's rule (NaN where H is singular)."""
    a, b, c, d = hess[:, 0, 0], hess[:, 0, 1], hess[:, 1, 0], hess[:, 1, 1]
    det = a * d - b * c
    with np.errstate(all="ignore"):
        return np.stack([(d * g[:, 0] - b * g[:, 1]) / det, (a * g[:, 1] - c * g[:, 0]) / det], axis=-1)


def find_critical_points(objective, box=None, *, seeds: int = SEEDS) -> tuple[CriticalPoint, ...]:
    """Minima, saddles and maxima of ``objective`` inside ``box`` (its own box by default).

    Newton's method x ← x − H⁻¹∇f runs from a ``seeds × seeds`` grid all at once (numerical
    gradient for a formula, step ``GRADIENT_H_FRACTION`` of the box diagonal); seeds that
    converged (tiny last step and tiny |∇f|) inside the box are merged when closer than
    ``DEDUPE_FRACTION`` of the diagonal and classified by the Hessian's eigenvalues. Flat points
    (an eigenvalue ≈ 0, see ``flat_tolerance``) are left out. The result is ordered minima,
    saddles, maxima, each by f then position, labelled "minimum 1", "saddle 1", … (English text
    of ``critical_point_label``).
    """
    scale = view_scale(objective, box)
    box = scale.box
    diag = scale.diagonal
    h = GRADIENT_H_FRACTION * diag
    x = _seeds(box, int(seeds))
    settled = np.zeros(len(x), dtype=bool)
    with np.errstate(all="ignore"):
        for _ in range(NEWTON_ITERATIONS):  # iterations of one batched solve, not a loop over points
            g = _gradient(objective, x, h)
            step = _solve_2x2(hessians(objective, x), g)
            length = np.hypot(step[:, 0], step[:, 1])
            cap = MAX_STEP_FRACTION * diag
            step *= np.where(length > cap, cap / length, 1.0)[:, None]
            x = x - step
            settled = length <= STEP_RTOL * diag
            if not np.isfinite(x).all():
                x[~np.isfinite(x).all(axis=1)] = np.nan
            alive = np.isfinite(length) & ~settled
            if not alive.any():
                break
        g = _gradient(objective, x, h)
    gnorm = np.hypot(g[:, 0], g[:, 1])
    lo = np.array([box[0], box[2]])
    hi = np.array([box[1], box[3]])
    inside = np.isfinite(x).all(axis=1) & (x >= lo).all(axis=1) & (x <= hi).all(axis=1)
    tol_grad = GRAD_RTOL * scale.slope if scale.spread > 0 else 0.0
    keep = inside & settled & (gnorm <= tol_grad)
    if not keep.any():
        return ()
    _, centres = _cluster(x[keep], DEDUPE_FRACTION * diag)
    with np.errstate(all="ignore"):
        values = objective.value(centres)
    curv = curvature(objective, centres, scale, values)
    eig, flat = curv.eigenvalues, curv.flat
    kinds = np.full(len(centres), "", dtype=object)
    kinds[(eig[:, 0] < -flat) & (eig[:, 1] > flat)] = "saddle"
    kinds[eig[:, 0] > flat] = "minimum"
    kinds[eig[:, 1] < -flat] = "maximum"
    named = np.flatnonzero(kinds != "")
    order = sorted(named, key=lambda i: (_KIND_ORDER[kinds[i]], values[i], centres[i, 0], centres[i, 1]))
    counts = {kind: 0 for kind in _KIND_ORDER}
    found = []
    for i in order:  # a loop over the (few) distinct critical points, to number them
        kind = str(kinds[i])
        counts[kind] += 1
        found.append(CriticalPoint((float(centres[i, 0]), float(centres[i, 1])), kind,
                                   critical_point_label(kind, counts[kind])))
    return tuple(found)
