"""One lane of a lab: descent from one start with one configuration, collected as a job.

The learning-rate race and the optimizer comparison both run several lanes from the same start
and draw each lane's path and f against the step. A lane of 20 000 steps takes about a second, so
it is a job (``numerics.jobs``): it yields a checkpoint every :data:`CHECKPOINT_STEPS` steps and
returns the :class:`LanePath`.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass

import numpy as np

from numerics.descent import CancelToken, DescentConfig, StopReason, iterate_descent
from numerics.types import ObjectiveLike, Point
from numerics.jobs import Progress

#: Steps between checkpoints: one start's step costs 15–50 µs, so a checkpoint every ~0.5 ms.
CHECKPOINT_STEPS = 16


@dataclass(frozen=True)
class LanePath:
    """Every point the start moved to (step 0 = the start), with f and ∇f there, and why it stopped."""

    xs: np.ndarray  # (n, 2)
    values: np.ndarray  # (n,)
    grads: np.ndarray  # (n, 2)
    stop: StopReason


def iter_lane_path(objective: ObjectiveLike, start: Point, config: DescentConfig,
                   cancel: CancelToken | None = None,
                   report: Callable[[int], Progress | None] | None = None,
                   ) -> Generator[Progress | None, None, LanePath]:
    """Descend from ``start`` and collect the path; ``report(step)`` gives what each checkpoint
    yields (a caller's ``ProgressMarks`` over all its lanes), ``None`` without it."""
    config.validate()
    steps = int(config.steps)
    xs = np.empty((steps + 1, 2))
    values = np.empty(steps + 1)
    grads = np.empty((steps + 1, 2))
    n = 0
    stop = StopReason.RUNNING
    for record in iterate_descent(objective, np.asarray([start], dtype=np.float64), config, cancel):
        if record.moved[0]:
            xs[n], values[n], grads[n] = record.x[0], record.value[0], record.grad[0]
            n += 1
        stop = StopReason(int(record.status[0]))
        if record.step % CHECKPOINT_STEPS == 0:
            yield report(record.step) if report is not None else None
    return LanePath(xs[:n].copy(), values[:n].copy(), grads[:n].copy(), stop)
