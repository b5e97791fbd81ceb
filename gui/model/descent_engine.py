"""The descent job the compute thread runs for the Explorer: every live run, one batch per setting.

Runs arrive through a thread-safe inbox (a click adds one start, a swarm thousands); runs that share
the function and the settings live in one :class:`numerics.descent.DescentSwarm`, so the cost of a
step grows with the number of *settings*, not of runs. The job yields a :class:`DescentBundle` of
everything computed since the last one at most ``emit_interval`` apart, and ``None`` checkpoints
between steps so the compute thread stays responsive. It returns when no run is left; the run
controller starts a new one when the next run arrives.
"""

from __future__ import annotations

import queue
import time
from collections.abc import Generator, Iterable
from dataclasses import dataclass

import numpy as np

from numerics.descent import CancelToken, DescentConfig, DescentSwarm, StopReason, SwarmStep

#: Bundles go to the GUI at most this often (its reveal timer runs at 30 frames a second).
EMIT_INTERVAL = 1 / 30


@dataclass(frozen=True)
class StartRuns:
    """Inbox message: descend ``objective`` with ``config`` from ``starts`` (M, 2) as runs ``ids``."""

    ids: np.ndarray
    starts: np.ndarray
    objective: object
    config: DescentConfig


@dataclass(frozen=True)
class CancelRuns:
    """Inbox message: stop computing runs ``ids`` (the GUI has already ended them)."""

    ids: np.ndarray


@dataclass(frozen=True)
class DescentBundle:
    """New points (``ids``/``step``/``x``/``value``/``grad``, one row each) and the runs that ended
    (``ended_ids``/``ended_status``), since the previous bundle. Fresh arrays, owned by the receiver."""

    ids: np.ndarray
    step: np.ndarray
    x: np.ndarray
    value: np.ndarray
    grad: np.ndarray
    ended_ids: np.ndarray
    ended_status: np.ndarray
    #: runs whose function or optimizer raised: (their ids, "TypeName: text"); they end there
    failures: tuple[tuple[np.ndarray, str], ...] = ()

    @classmethod
    def of(cls, records: Iterable[SwarmStep], failures=()) -> "DescentBundle":
        records = list(records)
        if not records:
            empty = np.empty(0, dtype=np.int64)
            return cls(empty, empty, np.empty((0, 2)), np.empty(0), np.empty((0, 2)), empty, np.empty(0, np.int8),
                       tuple(failures))
        moved = np.concatenate([r.moved for r in records])
        status = np.concatenate([r.status for r in records])
        ids = np.concatenate([r.ids for r in records])
        ended = status != StopReason.RUNNING
        return cls(ids[moved], np.concatenate([r.step for r in records])[moved],
                   np.concatenate([r.x for r in records])[moved], np.concatenate([r.value for r in records])[moved],
                   np.concatenate([r.grad for r in records])[moved], ids[ended], status[ended], tuple(failures))


def descent_engine(inbox: "queue.SimpleQueue[StartRuns | CancelRuns]", *, cancel: CancelToken,
                   emit_interval: float = EMIT_INTERVAL) -> Generator[DescentBundle | None, None, None]:
    """Advance every run in ``inbox`` until none is left (see the module docstring)."""
    swarms: dict[tuple[int, DescentConfig], DescentSwarm] = {}
    pending: list[SwarmStep] = []
    failures: list[tuple[np.ndarray, str]] = []
    last_emit = time.perf_counter()
    while not cancel.cancelled:
        while True:
            try:
                request = inbox.get_nowait()
            except queue.Empty:
                break
            if isinstance(request, StartRuns):
                key = (id(request.objective), request.config)
                try:
                    swarm = swarms.get(key) or DescentSwarm(request.objective, request.config)
                    pending.append(swarm.add(request.ids, request.starts))
                    swarms[key] = swarm
                except Exception as exc:  # noqa: BLE001 - user maths may fail anywhere: report it
                    failures.append((np.array(request.ids, dtype=np.int64), _describe(exc)))
            else:
                for swarm in swarms.values():
                    swarm.cancel(request.ids)  # the GUI ended them already: nothing to report
        for key, swarm in list(swarms.items()):
            try:
                if len(swarm):
                    pending.append(swarm.step())
            except Exception as exc:  # noqa: BLE001 - the runs of this setting fail, the others go on
                failures.append((swarm.ids, _describe(exc)))
                del swarms[key]
                continue
            if not len(swarm):
                del swarms[key]
        now = time.perf_counter()
        if (pending or failures) and (not swarms or now - last_emit >= emit_interval):
            last_emit = now
            yield DescentBundle.of(pending, failures)
            pending, failures = [], []
        if not swarms and inbox.empty():
            return
        yield None


def _describe(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
