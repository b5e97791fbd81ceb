"""Optimizer comparison: several update rules from the same start on the same function.

The default is the book's ch. 6 figure (``optimizer_compare_naive.py``): the bowl x0²/20 + x1²
from (−7, 2), 30 steps with the analytic gradient, SGD η = 0.95, Momentum 0.1, AdaGrad 1.5,
Adam 0.3; RMSProp (0.1) and Nesterov (0.1, off by default) join them.
"""

from __future__ import annotations

import math
from collections.abc import Generator, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from numerics.descent import CancelToken, DescentConfig, StopReason
from numerics.diagnosis import Diagnosis, diagnose_path
from numerics.functions import get_objective
from numerics.jobs import Progress, ProgressMarks, run_to_end
from numerics.labs.lane import iter_lane_path
from numerics.labs.race import inspectable
from numerics.messages import QT_TRANSLATE_NOOP, MessageError, message
from numerics.optimizers import OPTIMIZERS, UNKNOWN_OPTIMIZER
from numerics.types import Box, ObjectiveLike


START_NOT_FINITE = QT_TRANSLATE_NOOP("numerics", "the start must have finite coordinates, got {start}")
LR_NOT_POSITIVE = QT_TRANSLATE_NOOP("numerics", "the learning rate must be positive and finite, got {lr}")


@dataclass(frozen=True)
class Contender:
    """One optimizer in the comparison, with its learning rate and hyper-parameters."""

    optimizer: str
    lr: float
    hyper: tuple[tuple[str, float], ...] = ()
    enabled: bool = True

    @property
    def label(self) -> str:
        extra = "".join(f", {k}={v:g}" for k, v in self.hyper)
        return f"{self.optimizer} (η={self.lr:g}{extra})"


@dataclass(frozen=True)
class ComparisonPreset:
    objective: str = "bowl"
    start: tuple[float, float] = (-7.0, 2.0)
    steps: int = 30
    contenders: tuple[Contender, ...] = (
        Contender("SGD", 0.95),
        Contender("Momentum", 0.1),
        Contender("AdaGrad", 1.5),
        Contender("RMSProp", 0.1),
        Contender("Adam", 0.3),
        Contender("Nesterov", 0.1, enabled=False),
    )
    analytic: bool = True
    h: float = 1e-4
    scheme: str = "central"

    def config(self, contender: Contender, box: Box | None) -> DescentConfig:
        """Every step is run (tol = 0) unless the point leaves ``box`` grown 1000× (diverged)."""
        return DescentConfig(optimizer=contender.optimizer, lr=float(contender.lr), hyper=contender.hyper,
                             steps=self.steps, tol=0.0, h=self.h, scheme=self.scheme,
                             analytic=self.analytic, escape_box=box)


BOOK_CH6 = ComparisonPreset()


@dataclass(frozen=True)
class ComparisonRun:
    contender: Contender
    path: np.ndarray  # (n, 2), finite points only
    values: np.ndarray  # (n,)
    stop: StopReason
    #: How it ended (``numerics.diagnosis``): the legend's word ("minimum", "oscillating" …).
    diagnosis: Diagnosis | None = None

    @property
    def final(self) -> np.ndarray:
        return self.path[-1]

    @property
    def final_value(self) -> float:
        return float(self.values[-1])


def iter_comparison(preset: ComparisonPreset = BOOK_CH6, objective: ObjectiveLike | None = None,
                    contenders: Sequence[Contender] | None = None, cancel: CancelToken | None = None,
                    ) -> Generator[Progress | None, None, list[ComparisonRun]]:
    """The comparison as a job (``numerics.jobs``): every enabled contender from the preset's
    start, one after the other; raises ValueError on a bad setting before any descent."""
    objective = objective if objective is not None else get_objective(preset.objective)
    contenders = preset.contenders if contenders is None else tuple(contenders)
    if not all(math.isfinite(v) for v in preset.start):
        raise MessageError(message(START_NOT_FINITE, start=repr(preset.start)))
    enabled = [c for c in contenders if c.enabled]
    for c in enabled:
        if c.optimizer not in OPTIMIZERS:
            raise MessageError(message(UNKNOWN_OPTIMIZER, name=repr(c.optimizer), choices=", ".join(OPTIMIZERS)))
    configs = [preset.config(c, objective.box).validate() for c in enabled]
    marks = ProgressMarks(len(enabled) * preset.steps)
    runs = []
    for i, (c, config) in enumerate(zip(enabled, configs)):
        lane = yield from iter_lane_path(objective, preset.start, config, cancel,
                                         report=lambda step, done=i * preset.steps: marks.at(done + step))
        runs.append(ComparisonRun(c, lane.xs, lane.values, lane.stop,
                                  diagnose_path(inspectable(objective), config, lane.xs, lane.values, lane.grads,
                                                lane.stop)))
    return runs


def run_comparison(preset: ComparisonPreset = BOOK_CH6, objective: ObjectiveLike | None = None,
                   contenders: Sequence[Contender] | None = None, cancel: CancelToken | None = None,
                   ) -> list[ComparisonRun]:
    """:func:`iter_comparison` run to its end on this thread."""
    return run_to_end(iter_comparison(preset, objective, contenders, cancel))


def with_contender(preset: ComparisonPreset, index: int, **changes: Any) -> ComparisonPreset:
    """A copy of ``preset`` with contender ``index`` changed (lr, hyper, enabled …)."""
    items = list(preset.contenders)
    if "lr" in changes and not (math.isfinite(changes["lr"]) and changes["lr"] > 0):
        raise MessageError(message(LR_NOT_POSITIVE, lr=repr(changes["lr"])))
    items[index] = replace(items[index], **changes)
    return replace(preset, contenders=tuple(items))
