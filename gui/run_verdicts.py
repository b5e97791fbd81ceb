"""Verdicts for the Explorer's runs: each run's end, diagnosed once it is shown.

The :class:`~gui.run_controller.RunController` says which runs' ends are now shown
(``runsEnded``); this object asks :mod:`numerics.diagnosis` what really happened to them and
stores the :class:`~numerics.diagnosis.Diagnosis` on their cohort (``Cohort.diagnoses``), where
the run table, the step box, the status bar, the CSV and the session read it. The GUI never
re-derives the maths: it only gathers each run's shown tail (``Cohort.tails``).

Cost (``numerics.diagnosis``, ``benchmarks/bench_verdicts.py``): one run < 1 ms, so a few ends
are diagnosed at once, on the GUI thread, before the controller's per-run ``runEnded`` (the status
sentence can follow it). Many ends at once — a swarm of 900 takes 18–36 ms — are a job on the
compute thread, in chunks of ``JOB_CHUNK`` runs; their verdicts arrive a few milliseconds later,
``runsDiagnosed`` tells.
"""

from __future__ import annotations

import itertools

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from gui.model.runs import Cohort
from gui.run_controller import RunController
from gui.workers.compute_thread import ComputeThread
from numerics.diagnosis import Diagnosis, RunTails, diagnose_tails

__all__ = ["JOB_CHUNK", "SYNC_LIMIT", "RunVerdicts", "diagnose_job"]

#: Ends diagnosed on the GUI thread at most (≈ 1 ms); more go to the compute thread as a job.
SYNC_LIMIT = 16


#: Runs per batched call inside the job: 900 at once hold the GIL for ~30 ms; 128 for a few, with
#: a checkpoint between (the compute thread's slices stay short and the GUI thread responsive).
JOB_CHUNK = 128


def diagnose_job(objective, config, tails: RunTails, *, cancel=None):
    """The diagnosis as a job: batched calls of ``JOB_CHUNK`` runs, a checkpoint after each."""
    out: list[Diagnosis] = []
    for first in range(0, len(tails), JOB_CHUNK):
        yield None
        part = RunTails(*(getattr(tails, name)[first:first + JOB_CHUNK] for name in RunTails.__dataclass_fields__))
        out += diagnose_tails(objective, config, part)
    return out


class RunVerdicts(QObject):
    """Diagnoses every run of ``controller`` whose end is shown.

    Signals: ``runsDiagnosed(list[int])`` — these runs' ``diagnosis`` is now set.
    """

    runsDiagnosed = Signal(object)

    def __init__(self, controller: RunController, compute: ComputeThread, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.compute = compute
        self._keys = itertools.count()
        self._jobs: dict[str, object] = {}
        controller.runsEnded.connect(self._on_ended)
        controller.runsCleared.connect(self._on_cleared)

    def pending(self) -> bool:
        """Whether some verdicts are still being computed."""
        return bool(self._jobs)

    @Slot(object)
    def _on_ended(self, run_ids: list) -> None:
        runs = self.controller.runs
        by_cohort: dict[int, tuple[Cohort, list[int]]] = {}
        for rid in run_ids:
            run = runs.get(rid)
            if run is not None and run.error is None and run.diagnosis is None:
                by_cohort.setdefault(run.cohort.first_id, (run.cohort, []))[1].append(run.member)
        for cohort, members in by_cohort.values():
            members = np.array(members, dtype=np.int64)
            tails = cohort.tails(members)
            if len(members) <= SYNC_LIMIT:
                self._store(cohort, members, diagnose_tails(cohort.objective, cohort.config, tails))
                continue
            key = f"run-verdicts-{next(self._keys)}"  # one job per batch of ends: none supersedes another
            job = self.compute.submit(diagnose_job, cohort.objective, cohort.config, tails, key=key)
            self._jobs[key] = job
            job.finished.connect(lambda result, c=cohort, m=members: self._store(c, m, result))
            job.done.connect(lambda k=key: self._jobs.pop(k, None))

    def _store(self, cohort: Cohort, members: np.ndarray, diagnoses: list[Diagnosis]) -> None:
        run = self.controller.runs.get(cohort.first_id)
        if run is None or run.cohort is not cohort:
            return  # cleared or removed since: its numbers may now belong to another run
        for member, diagnosis in zip(members.tolist(), diagnoses):
            cohort.diagnoses[member] = diagnosis
        self.runsDiagnosed.emit((members + cohort.first_id).tolist())

    @Slot()
    def _on_cleared(self) -> None:
        for job in list(self._jobs.values()):
            job.cancel()
        self._jobs.clear()
