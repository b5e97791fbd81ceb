"""Truthful verdicts for finished descent runs: what really happened, and the numbers that say so.

The runner (``numerics.descent``) stops a start for one of four reasons — |∇f| < tol, the step
limit, a non-finite or far-escaped point, cancellation — and those reasons alone mislead: a run
stopped at a saddle or frozen on a plateau also has |∇f| < tol, a run sliding to −∞ "diverged",
a run bouncing for ever between x and −x merely ran out of steps. The diagnosis reads the end of
each run (its last ``TAIL_POINTS`` points, values and gradients), the start and the curvature of
f where it matters, and names what happened with one word of :class:`Verdict` and one sentence
(a :class:`numerics.messages.Message`) carrying the numbers that justify it.

How each verdict is decided (thresholds below, each with its reason):

- ``gradient_lost``: the numerical gradient is exactly 0 where some coordinate has x ± h == x
  in floating point (checked before anything else: such a run looks converged or frozen).
- ``minimum`` / ``saddle`` / ``maximum`` / ``plateau``: the run stopped at a stationary point —
  the runner saw |∇f| < tol, or at the step limit the Newton distance |H⁻¹∇f| to the stationary
  point is below ``NEAR_RTOL`` of the view (the book's race runs with tol = 0) — classified by the
  Hessian's eigenvalues; where they are ≈ 0 (``numerics.critical_points.flat_tolerance``) or not
  to be trusted (f not smooth there), f on a small ring around the point decides: higher all
  round (or level in some directions) a minimum, lower all round a maximum, both a saddle, only
  level and lower — the plain and the rim of a plateau — a plateau.
- ``oscillating``: at the step limit, successive displacements reverse direction all through the
  tail (a period-2 pattern) and f, compared at the same phase of the bounce, is level. With plain
  gradient descent the message gives η·λmax at the point the bounce circles (Newton from the
  bounce's midpoint) when that is ≥ 2 — the reason it cannot settle.
- ``diverged``: f grows through the tail and ends above its start; or the runner stopped on a non-finite or far point
  without f falling towards it. With plain gradient descent the message names the point (the
  start or a tail point near the view) with the largest η·λmax ≥ 2, and 2/λmax there.
- ``unbounded``: f falls through the tail, ends below its start, and the run ended more than
  ``FAR_FACTOR`` view sizes away: no minimum that way, and a smaller η would not help.
- ``step_limit``: anything else at the step limit; "barely moved" when it went less than
  ``BARELY_MOVED`` of the view's diagonal.
- ``cancelled``: the runner's CANCELLED.

API (Qt-free; batched over runs, no loop over steps)::

    Verdict                      str enum; .value is the stable code for CSV and session files
    verdict_label(verdict) -> Message                  short table word ("saddle point")
    Diagnosis                    verdict, message, label, code and the numbers (fields below)
    RunTails                     the end of N runs: RunTails.from_result(result),
                                 RunTails.from_path(xs, values, grads, stop), RunTails.concat(tails)
    diagnose(objective, config, result, view_box=None) -> list[Diagnosis]
    diagnose_tails(objective, config, tails, view_box=None) -> list[Diagnosis]
    diagnose_path(objective, config, xs, values, grads, stop, view_box=None) -> Diagnosis
    descend_tails(objective, starts, config, cancel=None) -> RunTails   run keeping only the tails
    stability_bound(objective, x) -> (lambda_max, eta_max)          batched over points (..., 2)
    suggest_lr(objective, x, box=None) -> eta                         batched over points (..., 2)
    stability_message(objective, x, box=None) -> Message              for one start point

``view_box`` is the region the learner sees (default: the config's escape box, else the
objective's box); it sets the scale of "barely moved", "far away" and "flat".
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

import numpy as np
from numpy.typing import ArrayLike

from numerics.critical_points import ViewScale, _solve_2x2, curvature, hessians, view_scale
from numerics.descent import LIMITS, CancelToken, DescentConfig, DescentResult, StopReason, iterate_descent
from numerics.differentiation import default_h
from numerics.messages import QT_TRANSLATE_NOOP, Message, message

__all__ = [
    "BARELY_MOVED",
    "FAR_FACTOR",
    "TAIL_POINTS",
    "Diagnosis",
    "RunTails",
    "Verdict",
    "descend_tails",
    "diagnose",
    "diagnose_path",
    "diagnose_tails",
    "stability_bound",
    "stability_message",
    "suggest_lr",
    "verdict_label",
]

#: Points at the end of a run the diagnosis reads: enough for three reversals of a bounce.
TAIL_POINTS = 8
#: A run that moved less than this fraction of the view's diagonal "barely moved" (as the race did).
BARELY_MOVED = 1e-3
#: At the step limit a run is at its stationary point when the Newton step |H⁻¹∇f| to it is below
#: this fraction of the view's diagonal: far below a pixel, so the picture cannot contradict it.
NEAR_RTOL = 1e-6
#: f is level over the tail when the same-phase sums of two successive values change by less than
#: this relative amount. Rounding in a period-2 bounce changes f by ~1e-12; any real descent or
#: growth over 8 steps by far more.
LEVEL_RTOL = 1e-6
#: … plus this fraction of the spread of f over the view, so "level" also works where f ≈ 0.
LEVEL_FLOOR = 1e-12
#: A run that ended beyond the view grown this many times about its centre has left it for good.
FAR_FACTOR = 10.0
#: Curvatures are read only at points within the view grown this many times (the start always
#: counts): farther out a diverging run's points say nothing about the function the learner sees.
NEAR_VIEW_FACTOR = 3.0
#: The ring that decides a point whose Hessian is ≈ 0 has this radius (fraction of the diagonal)
#: and ``RING_DIRECTIONS`` points; f on it differs from f at the centre when it differs by more than
#: ``RING_RTOL`` of |f| + spread (rounding is ~1e-16 of that).
RING_FRACTION = 1e-2
RING_DIRECTIONS = 16
RING_RTOL = 1e-12
#: Newton steps that find the stationary point a bounce circles (from the bounce's midpoint).
BOUNCE_NEWTON_STEPS = 6
#: η·λmax counts as "at least 2" within this relative rounding (η = 1 on the sphere gives 2 ± 1e-12).
BOUNCE_RTOL = 1e-6
#: Coordinates of a bounce centre below this fraction of the view are shown as 0.
SNAP_RTOL = 1e-9
#: Grid used by ``suggest_lr`` to find the largest curvature below the start.
SUGGEST_SAMPLES = 33


class Verdict(str, Enum):
    """How a run ended. The values are stable codes, written to CSV and session files."""

    MINIMUM = "minimum"
    SADDLE = "saddle"
    MAXIMUM = "maximum"
    PLATEAU = "plateau"
    OSCILLATING = "oscillating"
    DIVERGED = "diverged"
    UNBOUNDED = "unbounded"
    GRADIENT_LOST = "gradient_lost"
    STEP_LIMIT = "step_limit"
    CANCELLED = "cancelled"

    @property
    def label(self) -> Message:
        """The short word for tables (``verdict_label``)."""
        return verdict_label(self)


# --- the words ----------------------------------------------------------------------------------

LABEL_MINIMUM = QT_TRANSLATE_NOOP("numerics", "minimum")
LABEL_SADDLE = QT_TRANSLATE_NOOP("numerics", "saddle point")
LABEL_MAXIMUM = QT_TRANSLATE_NOOP("numerics", "maximum")
LABEL_PLATEAU = QT_TRANSLATE_NOOP("numerics", "plateau")
LABEL_OSCILLATING = QT_TRANSLATE_NOOP("numerics", "oscillating")
LABEL_DIVERGED = QT_TRANSLATE_NOOP("numerics", "diverged")
LABEL_UNBOUNDED = QT_TRANSLATE_NOOP("numerics", "unbounded below")
LABEL_GRADIENT_LOST = QT_TRANSLATE_NOOP("numerics", "gradient lost")
LABEL_STEP_LIMIT = QT_TRANSLATE_NOOP("numerics", "out of steps")
LABEL_CANCELLED = QT_TRANSLATE_NOOP("numerics", "cancelled")
#: Finer words for a step-limit run (the race table's).
LABEL_BARELY_MOVED = QT_TRANSLATE_NOOP("numerics", "barely moved")
LABEL_STILL_DESCENDING = QT_TRANSLATE_NOOP("numerics", "still descending")

_LABELS = {
    Verdict.MINIMUM: LABEL_MINIMUM,
    Verdict.SADDLE: LABEL_SADDLE,
    Verdict.MAXIMUM: LABEL_MAXIMUM,
    Verdict.PLATEAU: LABEL_PLATEAU,
    Verdict.OSCILLATING: LABEL_OSCILLATING,
    Verdict.DIVERGED: LABEL_DIVERGED,
    Verdict.UNBOUNDED: LABEL_UNBOUNDED,
    Verdict.GRADIENT_LOST: LABEL_GRADIENT_LOST,
    Verdict.STEP_LIMIT: LABEL_STEP_LIMIT,
    Verdict.CANCELLED: LABEL_CANCELLED,
}

MINIMUM = QT_TRANSLATE_NOOP(
    "numerics", "Reached a minimum at step {steps}: f = {f:.4g} at ({x0:.4g}, {x1:.4g}) with |∇f| = {grad:.2g}, "
    "and f curves up in every direction there (Hessian eigenvalues {lam_min:.3g} and {lam_max:.3g}).")
MINIMUM_FLAT = QT_TRANSLATE_NOOP(
    "numerics", "Reached a minimum at step {steps}: f = {f:.4g} at ({x0:.4g}, {x1:.4g}) with |∇f| = {grad:.2g}, "
    "and f rises or stays level all around it, though its curvature alone could not tell "
    "(it is ≈ 0 or not defined there).")
SADDLE = QT_TRANSLATE_NOOP(
    "numerics", "Stopped at a saddle point at step {steps}: |∇f| = {grad:.2g} at ({x0:.4g}, {x1:.4g}), f = {f:.4g}, "
    "but a small push along ±({d0:.2f}, {d1:.2f}) would continue downhill (curvature {lam_min:.3g} that way).")
SADDLE_FLAT = QT_TRANSLATE_NOOP(
    "numerics", "Stopped at a saddle point at step {steps}: |∇f| = {grad:.2g} at ({x0:.4g}, {x1:.4g}), "
    "f = {f:.4g}; its curvature alone could not tell (it is ≈ 0 or not defined there), but a small push "
    "towards ({d0:.2f}, {d1:.2f}) would continue downhill.")
MAXIMUM = QT_TRANSLATE_NOOP(
    "numerics", "Stopped on a maximum at step {steps}: |∇f| = {grad:.2g} at ({x0:.4g}, {x1:.4g}), f = {f:.4g}, "
    "and f curves down in every direction (Hessian eigenvalues {lam_min:.3g} and {lam_max:.3g}), "
    "so any small push goes downhill.")
MAXIMUM_FLAT = QT_TRANSLATE_NOOP(
    "numerics", "Stopped on a maximum at step {steps}: |∇f| = {grad:.2g} at ({x0:.4g}, {x1:.4g}), f = {f:.4g}, "
    "and f falls all around it, so any small push goes downhill.")
PLATEAU = QT_TRANSLATE_NOOP(
    "numerics", "Stalled on a plateau at step {steps}: the gradient vanished at ({x0:.4g}, {x1:.4g}), "
    "where f = {f:.4g} is flat (Hessian ≈ 0) and not at a minimum, so descent has nothing to follow.")
OSCILLATING_SGD = QT_TRANSLATE_NOOP(
    "numerics", "Bouncing back and forth around ({c0:.4g}, {c1:.4g}) with f staying near {f:.4g}: η·λmax = "
    "{eta_lambda:.3g} there, and plain gradient descent settles only when η·λmax < 2, that is for "
    "η < 2/λmax = {eta_max:.3g}.")
OSCILLATING = QT_TRANSLATE_NOOP(
    "numerics", "Bouncing back and forth around ({c0:.4g}, {c1:.4g}) with f staying near {f:.4g}: the steps are "
    "too large to settle there; try a smaller η.")
DIVERGED_SGD = QT_TRANSLATE_NOOP(
    "numerics", "Diverged: f grew from {f_start:.3g} to {f_end:.3g} by step {steps} because η = {eta:.3g} is too "
    "large: at ({p0:.3g}, {p1:.3g}) λmax = {lam_max:.3g}, and plain gradient descent is stable there only "
    "for η < 2/λmax = {eta_max:.3g}.")
DIVERGED = QT_TRANSLATE_NOOP(
    "numerics", "Diverged: f grew from {f_start:.3g} to {f_end:.3g} by step {steps}, so the steps are too large "
    "for the curvature along the way; try a smaller η.")
DIVERGED_ABRUPT = QT_TRANSLATE_NOOP(
    "numerics", "Diverged at step {step}: the next point was not a finite number or lay far outside the view "
    "(the last good point is ({x0:.4g}, {x1:.4g}), f = {f:.4g}); try a smaller η.")
DIVERGED_UNDEFINED = QT_TRANSLATE_NOOP(
    "numerics", "Could not start: f or its gradient is not a finite number at ({x0:.4g}, {x1:.4g}).")
UNBOUNDED = QT_TRANSLATE_NOOP(
    "numerics", "Unbounded below: f fell from {f_start:.3g} to {f_end:.3g} and kept falling as the run left "
    "the view, so the function has no minimum that way and a smaller η would not help.")
GRADIENT_LOST = QT_TRANSLATE_NOOP(
    "numerics", "Gradient lost: the numerical gradient became exactly 0 at |x| = {x_abs:.3g}, because beyond "
    "about {limit:.2g} x ± h equals x in floating point for h = {h:.3g}; a larger h or the analytic "
    "gradient would go on.")
GRADIENT_LOST_CLIMBING = QT_TRANSLATE_NOOP(
    "numerics", "Gradient lost after f grew from {f_start:.3g} to {f_end:.3g}: at |x| = {x_abs:.3g} the numerical "
    "gradient became exactly 0, because beyond about {limit:.2g} x ± h equals x in floating point for "
    "h = {h:.3g}; a larger h or the analytic gradient would go on diverging.")
STEP_LIMIT_BARELY = QT_TRANSLATE_NOOP(
    "numerics", "Barely moved: by step {steps} it had gone only {distance:.2g} in a view {size:.3g} across; "
    "a larger η or more steps would get further.")
STEP_LIMIT_DESCENDING = QT_TRANSLATE_NOOP(
    "numerics", "Still descending when the step limit ({steps}) was reached: it moved {distance:.3g} and f fell "
    "from {f_start:.4g} to {f_end:.4g}; more steps would go on.")
STEP_LIMIT_WANDERING = QT_TRANSLATE_NOOP(
    "numerics", "Out of steps at step {steps} without settling: it moved {distance:.3g}, f went from "
    "{f_start:.4g} to {f_end:.4g}, and |∇f| is still {grad:.2g}.")
CANCELLED = QT_TRANSLATE_NOOP(
    "numerics", "Cancelled at step {steps} at ({x0:.4g}, {x1:.4g}), f = {f:.4g}.")

STABILITY = QT_TRANSLATE_NOOP(
    "numerics", "At the start λmax = {lam_max:.3g}: plain gradient descent is stable there for "
    "η < 2/λmax = {eta_max:.3g}; suggested η = {suggested:.3g} (1/λmax over the part of the view below the start).")
STABILITY_NO_BOUND = QT_TRANSLATE_NOOP(
    "numerics", "At the start f does not curve upward (λmax = {lam_max:.3g}), so no η is too large there; "
    "suggested η = {suggested:.3g} (1/λmax over the part of the view below the start).")


def verdict_label(verdict: Verdict | str) -> Message:
    """The short translatable word for a verdict (or its code), for tables and legends."""
    return message(_LABELS[Verdict(verdict)])


# --- the result ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Diagnosis:
    """One run's verdict, its explanation, and the numbers behind it.

    ``lambda_min``/``lambda_max`` are the Hessian's eigenvalues where the verdict is about: the end
    point (minimum, saddle, maximum, plateau), the point a bounce circles (oscillating), the point
    where a diverging plain descent was unstable, else the start (diverged); None elsewhere and where the Hessian
    is not to be trusted. ``eta_max`` = 2/λmax there (the largest stable η of plain gradient
    descent; None when λmax ≤ 0, and for verdicts other than oscillating and diverged),
    ``eta_lambda`` = η·λmax. ``direction`` is the unit direction a
    push continues downhill from a saddle. ``x_abs`` is |x| where the gradient was lost.
    """

    verdict: Verdict
    message: Message
    steps: int
    x: tuple[float, float]
    f: float
    grad_norm: float
    distance: float
    barely_moved: bool = False
    still_descending: bool = False
    lambda_min: float | None = None
    lambda_max: float | None = None
    eta_max: float | None = None
    eta_lambda: float | None = None
    direction: tuple[float, float] | None = None
    x_abs: float | None = None

    @property
    def code(self) -> str:
        """The stable string code for files (the verdict's value)."""
        return self.verdict.value

    @property
    def label(self) -> Message:
        """The short word for tables; a step-limit run says "barely moved" or "still descending"."""
        if self.verdict is Verdict.STEP_LIMIT:
            if self.barely_moved:
                return message(LABEL_BARELY_MOVED)
            if self.still_descending:
                return message(LABEL_STILL_DESCENDING)
        return verdict_label(self.verdict)


@dataclass(frozen=True)
class RunTails:
    """The end of N runs, which is all the diagnosis reads.

    ``xs`` ``(N, W, 2)``, ``values`` ``(N, W)``, ``grads`` ``(N, W, 2)`` hold each run's last W
    recorded points right-aligned (the last column is the last point), NaN-padded on the left for
    runs shorter than W. ``start``/``f_start``/``grad_start`` are step 0, ``steps`` the steps taken
    (points − 1), ``stop`` the runner's ``StopReason`` codes.
    """

    start: np.ndarray
    f_start: np.ndarray
    grad_start: np.ndarray
    xs: np.ndarray
    values: np.ndarray
    grads: np.ndarray
    steps: np.ndarray
    stop: np.ndarray

    def __len__(self) -> int:
        return len(self.stop)

    @classmethod
    def from_result(cls, result: DescentResult, width: int = TAIL_POINTS) -> "RunTails":
        """The tails of every run of a ``DescentResult`` (one gather, no loop)."""
        n_points = np.asarray(result.n_points, dtype=np.int64)
        idx = n_points[:, None] - width + np.arange(width)[None, :]
        ok = idx >= 0
        idx = np.maximum(idx, 0)
        rows = np.arange(len(n_points))[:, None]
        xs = np.where(ok[..., None], result.xs[rows, idx], np.nan)
        values = np.where(ok, result.values[rows, idx], np.nan)
        grads = np.where(ok[..., None], result.grads[rows, idx], np.nan)
        return cls(result.xs[:, 0].copy(), result.values[:, 0].copy(), result.grads[:, 0].copy(), xs, values,
                   grads, np.maximum(n_points - 1, 0), np.asarray(result.stop, dtype=np.int64).copy())

    @classmethod
    def from_path(cls, xs: ArrayLike, values: ArrayLike, grads: ArrayLike, stop: int | StopReason,
                  width: int = TAIL_POINTS) -> "RunTails":
        """The tail of one run kept as arrays ``(n, 2)``, ``(n,)``, ``(n, 2)`` (step 0 first)."""
        xs = np.asarray(xs, dtype=np.float64).reshape(-1, 2)
        values = np.asarray(values, dtype=np.float64).reshape(-1)
        grads = np.asarray(grads, dtype=np.float64).reshape(-1, 2)
        n = len(xs)
        if not (len(values) == len(grads) == n):
            raise ValueError(f"a path needs as many values and gradients as points, got {n}, {len(values)}, "
                             f"{len(grads)}")
        if n == 0:
            raise ValueError("a path needs at least its start point")
        k = min(n, width)
        tx = np.full((1, width, 2), np.nan)
        tv = np.full((1, width), np.nan)
        tg = np.full((1, width, 2), np.nan)
        tx[0, width - k:] = xs[n - k:]
        tv[0, width - k:] = values[n - k:]
        tg[0, width - k:] = grads[n - k:]
        return cls(xs[:1].copy(), values[:1].copy(), grads[:1].copy(), tx, tv, tg,
                   np.array([n - 1]), np.array([int(stop)]))

    @classmethod
    def concat(cls, tails: Sequence["RunTails"]) -> "RunTails":
        """Several tails (of equal width) as one batch."""
        return cls(*(np.concatenate([getattr(t, name) for t in tails]) for name in
                     ("start", "f_start", "grad_start", "xs", "values", "grads", "steps", "stop")))


# --- the decision -------------------------------------------------------------------------------

# Outcomes: a verdict plus which sentence explains it.
(_MIN, _MIN_FLAT, _SADDLE, _SADDLE_FLAT, _MAX, _MAX_FLAT, _PLATEAU, _OSC_SGD, _OSC, _DIV_SGD, _DIV,
 _DIV_ABRUPT, _DIV_UNDEFINED, _UNBOUNDED, _LOST, _LOST_CLIMBING, _BARELY, _DESCENDING, _WANDERING,
 _CANCELLED) = range(20)

_OUTCOMES: dict[int, tuple[Verdict, str]] = {
    _MIN: (Verdict.MINIMUM, MINIMUM),
    _MIN_FLAT: (Verdict.MINIMUM, MINIMUM_FLAT),
    _SADDLE: (Verdict.SADDLE, SADDLE),
    _SADDLE_FLAT: (Verdict.SADDLE, SADDLE_FLAT),
    _MAX: (Verdict.MAXIMUM, MAXIMUM),
    _MAX_FLAT: (Verdict.MAXIMUM, MAXIMUM_FLAT),
    _PLATEAU: (Verdict.PLATEAU, PLATEAU),
    _OSC_SGD: (Verdict.OSCILLATING, OSCILLATING_SGD),
    _OSC: (Verdict.OSCILLATING, OSCILLATING),
    _DIV_SGD: (Verdict.DIVERGED, DIVERGED_SGD),
    _DIV: (Verdict.DIVERGED, DIVERGED),
    _DIV_ABRUPT: (Verdict.DIVERGED, DIVERGED_ABRUPT),
    _DIV_UNDEFINED: (Verdict.DIVERGED, DIVERGED_UNDEFINED),
    _UNBOUNDED: (Verdict.UNBOUNDED, UNBOUNDED),
    _LOST: (Verdict.GRADIENT_LOST, GRADIENT_LOST),
    _LOST_CLIMBING: (Verdict.GRADIENT_LOST, GRADIENT_LOST_CLIMBING),
    _BARELY: (Verdict.STEP_LIMIT, STEP_LIMIT_BARELY),
    _DESCENDING: (Verdict.STEP_LIMIT, STEP_LIMIT_DESCENDING),
    _WANDERING: (Verdict.STEP_LIMIT, STEP_LIMIT_WANDERING),
    _CANCELLED: (Verdict.CANCELLED, CANCELLED),
}

_EPS = float(np.finfo(np.float64).eps)


def _lost_coordinates(x: np.ndarray, h: float, scheme: str) -> np.ndarray:
    """Per coordinate: the difference scheme's probe points all round back to x (x ± h == x)."""
    with np.errstate(all="ignore"):
        plus = (x + h) == x
        minus = (x - h) == x
    if scheme == "forward":
        return plus
    if scheme == "backward":
        return minus
    if scheme == "complex":  # x + ih is always a different point
        return np.zeros(x.shape, dtype=bool)
    return plus & minus


def _step_of(config: DescentConfig) -> float:
    """The difference step the run used (``h=None`` is the scheme's default)."""
    return float(default_h(config.scheme) if config.h is None else config.h)


def _lost_limit(h: float) -> float:
    """The |x| from which x + h rounds to x in float64: the power of two whose spacing exceeds 2h."""
    return float(2.0 ** math.ceil(math.log2(h * 2.0**53)))


def _stationary_kinds(objective, x: np.ndarray, f: np.ndarray, g: np.ndarray, scale: ViewScale, curv_eig,
                      curv_vec, flat) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Outcome, downhill direction and Newton distance |H⁻¹∇f| for each end point (all runs)."""
    lam1, lam2 = curv_eig[:, 0], curv_eig[:, 1]
    outcome = np.full(len(x), -1)
    outcome[(lam1 < -flat)] = _SADDLE
    outcome[lam2 < -flat] = _MAX
    outcome[lam1 > flat] = _MIN
    direction = curv_vec[:, :, 0].copy()  # eigenvector of the smallest eigenvalue

    # Degenerate points: the sign of f − f(x) on a small ring decides.
    degenerate = np.flatnonzero(outcome < 0)
    if len(degenerate):
        angles = np.arange(RING_DIRECTIONS) * (2 * np.pi / RING_DIRECTIONS)
        unit = np.stack([np.cos(angles), np.sin(angles)], axis=-1)
        centre = x[degenerate]
        ring = centre[:, None, :] + RING_FRACTION * scale.diagonal * unit[None]
        with np.errstate(all="ignore"):
            around = np.asarray(objective.value(ring), dtype=np.float64) - f[degenerate, None]
        tol = (RING_RTOL * (np.abs(f[degenerate]) + scale.spread))[:, None]
        higher = (around > tol).any(axis=1)
        lower = (around < -tol).any(axis=1)
        all_lower = (around < -tol).all(axis=1)
        kind = np.full(len(degenerate), _PLATEAU)
        kind[higher & ~lower] = _MIN_FLAT
        kind[all_lower] = _MAX_FLAT
        kind[higher & lower] = _SADDLE_FLAT
        outcome[degenerate] = kind
        lowest = np.nanargmin(np.where(np.isfinite(around), around, np.inf), axis=1)
        direction[degenerate] = unit[lowest]

    # Newton distance to the stationary point, in the eigenbasis: |c / λ| with c = Vᵀ g.
    with np.errstate(all="ignore"):
        c = np.einsum("nij,ni->nj", curv_vec, g)
        newton = np.hypot(c[:, 0] / curv_eig[:, 0], c[:, 1] / curv_eig[:, 1])
    newton = np.where(np.isfinite(newton), newton, np.inf)
    return outcome, direction, newton


def _bounce_centres(objective, config: DescentConfig, centre: np.ndarray, amplitude: np.ndarray) -> np.ndarray:
    """The stationary point a bounce circles: Newton from the midpoint of its last two points.

    On a quadratic the midpoint is that point; elsewhere a few Newton steps find it, and a result
    farther than the bounce's own size (or not finite) falls back to the midpoint.
    """
    numerical = not (config.analytic and objective.has_analytic_gradient)
    x = centre.copy()
    with np.errstate(all="ignore"):
        for _ in range(BOUNCE_NEWTON_STEPS):  # iterations of one batched solve
            g = np.asarray(objective.gradient(x, numerical=numerical, h=config.h, scheme=config.scheme),
                           dtype=np.float64)
            x = x - _solve_2x2(hessians(objective, x), g)  # NaN where H is singular: falls back below
        ok = np.isfinite(x).all(axis=-1) & (np.hypot(*(x - centre).T) <= amplitude)
    return np.where(ok[:, None], x, centre)


def diagnose_tails(objective, config: DescentConfig, tails: RunTails, view_box=None) -> list[Diagnosis]:
    """Verdicts for a batch of finished runs, all made with ``config`` on ``objective``.

    Cost: f on a 17 × 17 grid for the view's scale, Hessians at the W tail points, the start and
    the centre of a bounce of every run (twice over for a formula), a few Newton steps for the
    bounce centres, f on a 16-point ring around degenerate end points; then one small Python step
    per run to fill in its sentence.
    """
    n = len(tails)
    if n == 0:
        return []
    stop = np.asarray(tails.stop, dtype=np.int64)
    if (stop == StopReason.RUNNING).any():
        raise ValueError("only finished runs can be diagnosed; some are still running")
    box = view_box if view_box is not None else (config.escape_box if config.escape_box is not None
                                                 else objective.box)
    scale = view_scale(objective, box)
    diag = scale.diagonal
    xs, values, grads = tails.xs, tails.values, tails.grads
    width = values.shape[1]
    valid = np.isfinite(values) & np.isfinite(xs).all(axis=-1)
    n_valid = valid.sum(axis=1)
    x_end, f_end, g_end = xs[:, -1], values[:, -1], grads[:, -1]
    start, f_start = tails.start, tails.f_start
    steps = np.asarray(tails.steps, dtype=np.int64)
    rows = np.arange(n)
    lo = np.array([scale.box[0], scale.box[2]])
    hi = np.array([scale.box[1], scale.box[3]])
    mid, half = (lo + hi) / 2, (hi - lo) / 2
    sgd = config.optimizer == "SGD"
    lr = float(config.lr)
    numerical = not (config.analytic and objective.has_analytic_gradient)

    with np.errstate(all="ignore"):
        distance = np.hypot(*(x_end - start).T)
        grad_end = np.hypot(*g_end.T)

        # f over the tail: same-phase sums of two successive values (a period-2 bounce alternates).
        first = width - n_valid
        pairs = n_valid >= 4
        early = np.clip(first + (width - 2 - first) % 2, 0, width - 2)
        f_early = np.where(pairs, values[rows, early] + values[rows, early + 1],
                           2 * values[rows, np.clip(first, 0, width - 1)])
        f_late = np.where(pairs, values[:, -1] + values[:, -2], 2 * f_end)
        change = f_late - f_early
        level_tol = LEVEL_RTOL * (np.abs(f_early) + np.abs(f_late)) + 2 * LEVEL_FLOOR * scale.spread
        trend_known = n_valid >= 2
        growing = trend_known & (change > level_tol)
        falling = trend_known & (change < -level_tol)
        level = trend_known & ~growing & ~falling

        # Direction reversals: successive displacements pointing against each other.
        d = np.diff(xs, axis=1)
        d_ok = valid[:, 1:] & valid[:, :-1]
        dots = np.einsum("nki,nki->nk", d[:, :-1], d[:, 1:])
        dots_ok = d_ok[:, :-1] & d_ok[:, 1:]
        alternating = (dots_ok.sum(axis=1) >= 2) & np.where(dots_ok, dots < 0, True).all(axis=1)
        far = (np.abs(x_end - mid) > half * FAR_FACTOR).any(axis=1)

    limit = stop == StopReason.STEP_LIMIT
    bouncing = limit & alternating & level
    centre = x_end.copy()
    if bouncing.any():
        amplitude = np.hypot(*(xs[bouncing, -1] - xs[bouncing, -2]).T)
        centre[bouncing] = _bounce_centres(objective, config, (xs[bouncing, -1] + xs[bouncing, -2]) / 2,
                                           amplitude)

    # Curvature at every tail point, the start and the bounce centre, in one batch: (n, W + 2).
    curv = curvature(objective, np.concatenate([xs, start[:, None], centre[:, None]], axis=1), scale)
    lam, flat = curv.eigenvalues, curv.flat
    outcome_kind, direction, newton = _stationary_kinds(objective, x_end, f_end, g_end, scale, lam[:, width - 1],
                                                        curv.vectors[:, width - 1], flat[:, width - 1])
    lost = np.zeros(n, dtype=bool)
    if numerical:
        lost = (g_end == 0).all(axis=1) & _lost_coordinates(x_end, _step_of(config), config.scheme).any(axis=1)

    # Where a diverging plain descent was unstable: the start or a tail point near the view with
    # the largest η·λmax, if that is at least 2.
    cand = np.concatenate([start[:, None], xs], axis=1)
    cand_lam = np.concatenate([lam[:, width, 1][:, None], lam[:, :width, 1]], axis=1)
    with np.errstate(invalid="ignore"):
        in_view = (np.abs(cand - mid) <= half * NEAR_VIEW_FACTOR).all(axis=-1)
        in_view[:, 0] = True
        cand_trusted = np.concatenate([flat[:, width][:, None], flat[:, :width]], axis=1) < np.inf
        cand_lam = np.where(in_view & cand_trusted & np.isfinite(cand_lam), cand_lam, -np.inf)
    worst = cand_lam.argmax(axis=1)
    lam_worst = cand_lam[rows, worst]
    unstable = sgd & (lr * lam_worst >= 2)
    lam_centre = lam[:, width + 1, 1]
    bounce_explained = (sgd & np.isfinite(lam_centre) & np.isfinite(flat[:, width + 1])
                        & (lr * lam_centre >= 2 * (1 - BOUNCE_RTOL)))

    outcome = np.full(n, -1)
    ended = (stop == StopReason.CONVERGED) | limit
    diverged = stop == StopReason.DIVERGED
    stationary = (stop == StopReason.CONVERGED) | (limit & ((g_end == 0).all(axis=1) | (newton <= NEAR_RTOL * diag)))
    undecided = np.ones(n, dtype=bool)

    def take(mask: np.ndarray, value) -> None:
        chosen = undecided & mask
        outcome[chosen] = value if np.ndim(value) == 0 else value[chosen]
        undecided[chosen] = False

    take(stop == StopReason.CANCELLED, _CANCELLED)
    # Undefined at the start itself; a finite start whose first step jumped away diverged abruptly.
    with np.errstate(invalid="ignore"):
        start_undefined = ~(np.isfinite(f_start) & np.isfinite(tails.grad_start).all(axis=1))
    take(diverged & (start_undefined | (n_valid == 0)), _DIV_UNDEFINED)
    with np.errstate(invalid="ignore"):
        climbed = f_end > f_start + LEVEL_RTOL * (np.abs(f_start) + np.abs(f_end)) + LEVEL_FLOOR * scale.spread
    take(ended & lost, np.where(climbed, _LOST_CLIMBING, _LOST))
    take(ended & stationary, outcome_kind)
    take(bouncing, np.where(bounce_explained, _OSC_SGD, _OSC))
    take((limit | diverged) & growing & climbed, np.where(unstable, _DIV_SGD, _DIV))
    take((limit | diverged) & falling & far & (f_end < f_start), _UNBOUNDED)
    take(diverged, _DIV_ABRUPT)
    take(limit & (distance <= BARELY_MOVED * diag), _BARELY)
    take(limit & (f_end < f_start) & ~growing, _DESCENDING)
    take(limit, _WANDERING)

    h = _step_of(config)
    limit_x = _lost_limit(h) if numerical else math.inf
    out = []
    for i in range(n):  # O(1) per run: pick its numbers and fill in its sentence
        code = int(outcome[i])
        verdict, text = _OUTCOMES[code]
        args = {
            "steps": int(steps[i]), "step": int(steps[i]) + 1,
            "x0": float(x_end[i, 0]) + 0.0, "x1": float(x_end[i, 1]) + 0.0, "f": float(f_end[i]) + 0.0,
            "grad": float(grad_end[i]), "f_start": float(f_start[i]) + 0.0, "f_end": float(f_end[i]) + 0.0,
            "distance": float(distance[i]), "size": diag, "eta": lr, "h": h, "limit": limit_x,
        }
        at = None  # which of the curvature points the verdict's numbers come from
        if verdict in (Verdict.MINIMUM, Verdict.SADDLE, Verdict.MAXIMUM, Verdict.PLATEAU):
            at = width - 1
        elif verdict is Verdict.OSCILLATING:
            at = width + 1
            # The centre is a Newton estimate: its rounding-level digits (1e-21 for 0) are noise.
            c = np.where(np.abs(centre[i]) <= SNAP_RTOL * diag, 0.0, centre[i])
            args.update(c0=float(c[0]) + 0.0, c1=float(c[1]) + 0.0)
        elif code == _DIV_SGD:
            at = width if worst[i] == 0 else worst[i] - 1
            args.update(p0=float(cand[i, worst[i], 0]) + 0.0, p1=float(cand[i, worst[i], 1]) + 0.0)
        elif code == _DIV:
            at = width
        lam_min = lam_max = eta_max = eta_lambda = None
        eig = None if at is None else lam[i, at]
        if eig is not None and np.isfinite(eig).all() and np.isfinite(flat[i, at]):
            lam_min, lam_max = float(eig[0]), float(eig[1])
            if verdict in (Verdict.OSCILLATING, Verdict.DIVERGED) and lam_max > 0:
                eta_max, eta_lambda = 2.0 / lam_max, lr * lam_max
        down = None
        if verdict is Verdict.SADDLE:
            v = direction[i] / (np.hypot(*direction[i]) or 1.0)
            if code == _SADDLE and v[np.argmax(np.abs(v))] < 0:
                v = -v  # the sentence says ±v: show the sign whose larger component is positive
            down = (float(v[0]) + 0.0, float(v[1]) + 0.0)  # + 0.0 turns −0.0 into 0.0
            args.update(d0=down[0], d1=down[1])
        x_abs = float(np.hypot(*x_end[i])) if verdict is Verdict.GRADIENT_LOST else None
        args.update(lam_min=_or_nan(lam_min), lam_max=_or_nan(lam_max), eta_max=_or_nan(eta_max),
                    eta_lambda=_or_nan(eta_lambda), x_abs=_or_nan(x_abs))
        out.append(Diagnosis(
            verdict=verdict, message=Message(text, args), steps=int(steps[i]),
            x=(float(x_end[i, 0]), float(x_end[i, 1])), f=float(f_end[i]), grad_norm=float(grad_end[i]),
            distance=float(distance[i]), barely_moved=code == _BARELY, still_descending=code == _DESCENDING,
            lambda_min=lam_min, lambda_max=lam_max, eta_max=eta_max, eta_lambda=eta_lambda, direction=down,
            x_abs=x_abs))
    return out


def _or_nan(value: float | None) -> float:
    return math.nan if value is None else value


def diagnose(objective, config: DescentConfig, result: DescentResult, view_box=None) -> list[Diagnosis]:
    """Verdicts for every run of a ``run_descent`` result (``config`` is the one it ran with)."""
    return diagnose_tails(objective, config, RunTails.from_result(result), view_box)


def diagnose_path(objective, config: DescentConfig, xs: ArrayLike, values: ArrayLike, grads: ArrayLike,
                  stop: int | StopReason, view_box=None) -> Diagnosis:
    """The verdict of one run kept as arrays (the GUI's buffers): points ``(n, 2)`` from step 0,
    values ``(n,)``, gradients ``(n, 2)`` and the runner's stop reason."""
    return diagnose_tails(objective, config, RunTails.from_path(xs, values, grads, stop), view_box)[0]


def descend_tails(objective, starts: ArrayLike, config: DescentConfig, cancel: CancelToken | None = None,
                  width: int = TAIL_POINTS) -> RunTails:
    """Run a batch like ``run_descent`` but keep only each run's start and last ``width`` points.

    Memory is O(N·width) instead of O(N·steps): for long batch runs (defaults checks, the command
    line) whose verdicts are all that is wanted. The steps are the runner's own (``iterate_descent``).
    """
    starts = np.asarray(starts, dtype=np.float64)
    if starts.ndim != 2:
        raise ValueError(f"starts must be shaped (N, d), got {starts.shape}")
    n, dim = starts.shape
    ring_x = np.full((n, width, dim), np.nan)
    ring_v = np.full((n, width), np.nan)
    ring_g = np.full((n, width, dim), np.nan)
    count = np.zeros(n, dtype=np.int64)
    first = None
    stop = np.zeros(n, dtype=np.int64)
    for rec in iterate_descent(objective, starts, config, cancel):
        if first is None:
            first = rec
        moved = np.flatnonzero(rec.moved)
        slot = count[moved] % width
        ring_x[moved, slot] = rec.x[moved]
        ring_v[moved, slot] = rec.value[moved]
        ring_g[moved, slot] = rec.grad[moved]
        count[moved] += 1
        stop = rec.status
    idx = count[:, None] - width + np.arange(width)[None, :]
    ok = idx >= 0
    slot = idx % width
    rows = np.arange(n)[:, None]
    return RunTails(
        first.x.copy(), first.value.copy(), first.grad.copy(),
        np.where(ok[..., None], ring_x[rows, slot], np.nan), np.where(ok, ring_v[rows, slot], np.nan),
        np.where(ok[..., None], ring_g[rows, slot], np.nan), np.maximum(count - 1, 0),
        np.asarray(stop, dtype=np.int64).copy())


# --- the stability bound ------------------------------------------------------------------------


def stability_bound(objective, x: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    """λmax of the Hessian at points ``(..., 2)`` and the largest stable η of plain gradient
    descent there, 2/λmax — shaped ``(...)`` each.

    On a quadratic with largest curvature λmax, x ← x − η∇f multiplies the error along that
    direction by 1 − η·λmax: it shrinks only for η < 2/λmax. Where λmax ≤ 0 (f curves down or is
    flat in every direction) no η is unstable and ``eta_max`` is ``inf``; NaN where f is undefined.
    """
    x = np.asarray(x, dtype=np.float64)
    scale = view_scale(objective)
    curv = curvature(objective, x, scale)
    lam_max = curv.eigenvalues[..., 1]
    finite = np.isfinite(curv.flat)
    lam_max = np.where(finite, lam_max, np.nan)
    with np.errstate(divide="ignore", invalid="ignore"):
        eta_max = np.where(lam_max > 0, 2.0 / lam_max, np.inf)
    return lam_max, np.where(np.isnan(lam_max), np.nan, eta_max)


def suggest_lr(objective, x: ArrayLike, box=None) -> np.ndarray:
    """A safe η for plain gradient descent from each start ``(..., 2)``: 1/Λ, where Λ is the largest
    λmax of f at the start and over the part of the view (``box``, default the objective's) where f
    is not above f(start).

    Why: a descent that does not climb stays where f ≤ f(start), and η ≤ 1/Λ there makes every step
    lower f (the descent lemma); it is also half the stability limit 2/Λ, and on a quadratic the
    Newton step along the stiffest direction. Where f has no upward curvature anywhere below the
    start, the objective's ``default_lr`` (0.1 without one) is returned. Clipped to the lr limits.
    """
    x = np.asarray(x, dtype=np.float64)
    scale = view_scale(objective, box)
    b = scale.box
    grid = np.stack(np.meshgrid(np.linspace(b[0], b[1], SUGGEST_SAMPLES),
                                np.linspace(b[2], b[3], SUGGEST_SAMPLES)), axis=-1).reshape(-1, 2)
    with np.errstate(all="ignore"):
        f_grid = objective.value(grid)
        f_x = objective.value(x)
    curv_grid = curvature(objective, grid, scale, f_grid)
    curv_x = curvature(objective, x, scale, f_x)
    lam_grid = np.where(curv_grid.eigenvalues[:, 1] > curv_grid.flat, curv_grid.eigenvalues[:, 1], 0.0)
    lam_x = np.where(curv_x.eigenvalues[..., 1] > curv_x.flat, curv_x.eigenvalues[..., 1], 0.0)
    below = f_grid[None, :] <= np.reshape(f_x, (-1, 1))
    lam_below = np.where(below, lam_grid[None, :], 0.0).max(axis=1).reshape(np.shape(f_x))
    lam_ref = np.maximum(lam_x, lam_below)
    fallback = float(getattr(objective, "default_lr", 0.1))
    low, high = LIMITS["lr"][0], LIMITS["lr"][1]
    with np.errstate(divide="ignore"):
        eta = np.where(lam_ref > 0, 1.0 / lam_ref, fallback)
    return np.clip(eta, low, high)


def stability_message(objective, x: ArrayLike, box=None) -> Message:
    """What the control panel shows for a start point: λmax there, the largest stable η 2/λmax,
    and the suggested η (``suggest_lr``)."""
    point = np.asarray(x, dtype=np.float64).reshape(2)
    lam_max, eta_max = (float(v) for v in stability_bound(objective, point))
    suggested = float(suggest_lr(objective, point, box))
    if lam_max > 0:
        return message(STABILITY, lam_max=lam_max, eta_max=eta_max, suggested=suggested)
    return message(STABILITY_NO_BOUND, lam_max=lam_max, suggested=suggested)
