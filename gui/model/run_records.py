"""The Explorer's runs as session records, and session records back as runs to replay (Qt-free).

Saving: :func:`record_of` (and :func:`trajectory_of`, for the CSV) turns a shown :class:`gui.model.runs.Run` into a
:class:`~gui.model.session.RunRecord` — its start, its own objective and settings, the steps
shown and its verdict. Loading: :func:`replay_groups` turns records back into what the window
starts, grouping a swarm's runs with equal settings into one cohort (one batch on the compute
thread; each click stays a run of its own), and building each objective once (the descent engine batches runs by
objective), so a reloaded session computes exactly what was shown: the same runs, numbered from 1
in the same order, each to the same end.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from gui.model.runs import Run
from gui.model.session import RunRecord, build_objective, objective_key
from gui.model.trajectory_csv import Trajectory
from numerics import DescentConfig, Objective, StopReason, Verdict

__all__ = ["ReplayGroup", "record_of", "replay_groups", "trajectory_of"]


def record_of(run: Run) -> RunRecord:
    """How ``run`` is saved: its own settings, the steps shown and its verdict.

    A run still computing (or whose verdict is still being worked out) has no verdict and is
    replayed in full; a cancelled one is replayed to the step it was cancelled at.
    """
    function, formula, box = objective_key(run.objective)
    verdict = None
    if run.error is None:
        if run.diagnosis is not None:
            verdict = run.diagnosis.code
        elif run.stop_reason == StopReason.CANCELLED:
            verdict = Verdict.CANCELLED.value
    start = (float(run.start[0]), float(run.start[1]))
    return RunRecord(start, function, formula, box, run.settings, run.steps_shown, verdict, bool(run.cohort.swarm))


def trajectory_of(run: Run) -> Trajectory:
    """``run``'s shown steps for the CSV, with its function (name or formula), optimizer, η,
    hyper-parameters and verdict code (empty while it has none)."""
    record = record_of(run)
    settings = run.settings
    return Trajectory(run.run_id, np.array(run.xs), np.array(run.values), np.array(run.grads),
                      function=record.function or record.formula or "", optimizer=settings.optimizer,
                      lr=float(settings.lr), hyper=tuple(settings.hyper), verdict=record.verdict or "")


@dataclass(frozen=True)
class ReplayGroup:
    """Runs to start together: ``starts`` (n, 2) on ``objective`` with ``config``.

    ``cancelled_at`` is the step a group of cancelled runs stopped at (their ``config`` stops
    there), ``requested_steps`` the step limit they were first started with.
    """

    objective: Objective
    config: DescentConfig
    starts: np.ndarray
    swarm: bool
    cancelled_at: int | None
    requested_steps: int | None


def replay_groups(records: Sequence[RunRecord], shown: Objective | None = None, *,
                  merge_clicks: bool = False) -> list[ReplayGroup]:
    """The records as groups to start, in order: a swarm's consecutive records with equal
    settings together, each click alone (its own cohort and colour) unless ``merge_clicks`` (the
    command line computes equal settings as one batch). ``shown`` (the window's objective) is
    used for the records of that objective, so its runs share its batch."""
    objectives: dict[tuple, Objective] = {}
    if shown is not None:
        objectives[objective_key(shown)] = shown
    groups: list[ReplayGroup] = []
    i = 0
    while i < len(records):
        first = records[i]
        key = first.replay_key()
        j = i + 1
        # A click is a cohort of its own (its own colour); a swarm's members go together.
        while (first.swarm or merge_clicks) and j < len(records) and records[j].replay_key() == key:
            j += 1
        which = (first.function, first.formula, first.box)
        objective = objectives.get(which)
        if objective is None:
            objective = objectives[which] = build_objective(*which)
        stop = first.cancelled_at
        groups.append(ReplayGroup(objective, first.replay_config(),
                                  np.array([r.start for r in records[i:j]], dtype=float).reshape(-1, 2),
                                  first.swarm, stop, None if stop is None else first.config.steps))
        i = j
    return groups
