"""Optimizer comparison: several update rules from the same start on the same function.

The default is the book's ch. 6 figure (``optimizer_compare_naive.py``): the bowl x0²/20 + x1²
from (−7, 2), 30 steps with the analytic gradient, SGD η = 0.95, Momentum 0.1, AdaGrad 1.5,
Adam 0.3; RMSProp (0.1) and Nesterov (0.1, off by default) join them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from numerics.descent import DescentConfig, StopReason, run_descent
from numerics.functions import Objective, get_objective
from numerics.optimizers import OPTIMIZERS


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

    def config(self, contender: Contender, box: tuple[float, float, float, float] | None) -> DescentConfig:
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

    @property
    def final(self) -> np.ndarray:
        return self.path[-1]

    @property
    def final_value(self) -> float:
        return float(self.values[-1])


def run_comparison(preset: ComparisonPreset = BOOK_CH6, objective: Objective | None = None,
                   contenders: Sequence[Contender] | None = None, cancel=None) -> list[ComparisonRun]:
    """Run every enabled contender from the preset's start; raises ValueError on a bad setting."""
    objective = objective if objective is not None else get_objective(preset.objective)
    contenders = preset.contenders if contenders is None else tuple(contenders)
    starts = np.asarray([preset.start], dtype=np.float64)
    if not np.isfinite(starts).all():
        raise ValueError(f"the start must have finite coordinates, got {preset.start!r}")
    runs = []
    for c in contenders:
        if not c.enabled:
            continue
        if c.optimizer not in OPTIMIZERS:
            raise ValueError(f"unknown optimizer {c.optimizer!r}; choose one of {', '.join(OPTIMIZERS)}")
        config = preset.config(c, objective.box).validate()
        result = run_descent(objective, starts, config, cancel=cancel)
        path = result.path(0)
        values = result.values[0, : len(path)]
        runs.append(ComparisonRun(c, path.copy(), values.copy(), StopReason(int(result.stop[0]))))
    return runs


def with_contender(preset: ComparisonPreset, index: int, **changes) -> ComparisonPreset:
    """A copy of ``preset`` with contender ``index`` changed (lr, hyper, enabled …)."""
    items = list(preset.contenders)
    if "lr" in changes and not (math.isfinite(changes["lr"]) and changes["lr"] > 0):
        raise ValueError(f"the learning rate must be positive and finite, got {changes['lr']!r}")
    items[index] = replace(items[index], **changes)
    return replace(preset, contenders=tuple(items))
