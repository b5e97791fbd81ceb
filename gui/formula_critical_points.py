"""Critical points of a typed formula, found on the compute thread and marked like the catalogue's.

A catalogue function lists its minima, saddles and maxima by hand (``Objective.critical_points``,
which the canvas marks in ``set_objective``); a formula has none. When the Explorer shows a
formula, :func:`numerics.critical_points.find_critical_points` (batched Newton from a grid of seeds
over the view, merged, classified by the Hessian) runs as ONE job on the window's compute thread —
superseded by key when the formula or its box changes, so a stale result is never drawn — and the
points it finds are handed to the canvas's critical-points layer, labelled "saddle 1", "minimum 1" ….
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from gui.model.explorer_state import OBJECTIVE_FIELDS, ExplorerState
from gui.workers.compute_thread import ComputeThread
from numerics.critical_points import find_critical_points
from numerics.functions import FORMULA_NAME, CriticalPoint, Objective

__all__ = ["JOB_KEY", "FormulaCriticalPoints", "critical_points_job"]

JOB_KEY = "formula-critical-points"


def critical_points_job(objective: Objective, *, cancel=None):
    """The search as a job: one batched computation (a checkpoint first, so a newer formula typed
    at once supersedes it before it starts)."""
    yield None
    return find_critical_points(objective)


class FormulaCriticalPoints(QObject):
    """Follows ``state``: for a formula, finds its critical points and marks them on ``canvas``.

    Signals: ``found(tuple[CriticalPoint, ...])`` — the points of the formula shown now.
    """

    found = Signal(object)

    def __init__(self, state: ExplorerState, canvas, compute: ComputeThread, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.canvas = canvas
        self.compute = compute
        self._objective: Objective | None = None  # the formula searched (or being searched)
        self._points: tuple[CriticalPoint, ...] | None = None
        state.on_any_change(self._on_state)
        self._on_state(OBJECTIVE_FIELDS)

    @property
    def points(self) -> tuple[CriticalPoint, ...] | None:
        """The shown formula's critical points once found (None: not a formula, or still searching)."""
        return self._points

    def _on_state(self, names: frozenset[str]) -> None:
        if not names & OBJECTIVE_FIELDS:
            return
        objective = self.state.objective
        if objective is self._objective:
            return
        self._objective, self._points = None, None
        if objective.name != FORMULA_NAME:
            self.compute.cancel(JOB_KEY)
            return
        self._objective = objective
        job = self.compute.submit(critical_points_job, objective, key=JOB_KEY)
        job.finished.connect(lambda points, o=objective: self._found(o, points))

    def _found(self, objective: Objective, points: tuple[CriticalPoint, ...]) -> None:
        if objective is not self._objective:
            return  # another function since (a superseded job delivers nothing, but be sure)
        self._points = tuple(points)
        self.mark()
        self.found.emit(self._points)

    def mark(self) -> None:
        """Put the points on the canvas if it shows their formula (it resets the layer to
        ``objective.critical_points`` whenever it is given an objective, e.g. on its first show)."""
        if self._points is not None and self.canvas.objective is self._objective:
            self.canvas.critical.set_points(self._points)
