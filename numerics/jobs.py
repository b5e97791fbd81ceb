"""Long computations written as generators ("jobs"), so a front end can run them in slices.

A job yields often — every few milliseconds of work — and returns its result:

- ``None``: a checkpoint ("you may pause me here, or cancel me");
- :class:`Progress`: a checkpoint that also says how far the job is (0 … 1);
- its ``return`` value is the result (``StopIteration.value``).

The GUI's compute thread (``gui.workers.compute_thread``) advances jobs between checkpoints and
turns ``Progress`` into a signal; code without a GUI (tests, the command line, benchmarks) runs a
job to the end with :func:`run_to_end`. Nothing here knows about threads or Qt.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Generator
from typing import Any, TypeVar

__all__ = ["JobGenerator", "Progress", "ProgressMarks", "run_to_end"]

T = TypeVar("T")


class Progress(float):
    """Yield ``Progress(fraction)`` from a job to report how far it is (0 … 1)."""


#: What a job is: a generator yielding checkpoints (``None`` or ``Progress``) and returning ``T``.
JobGenerator = Generator[Progress | None, None, T]


class ProgressMarks:
    """About ``marks`` evenly spaced :class:`Progress` values over ``total`` units of work.

    ``yield marks.at(done)`` at every checkpoint: it gives ``Progress`` when ``done`` has crossed
    the next mark and ``None`` otherwise, so a job of a million steps still reports ~100 times
    (each report is a signal the GUI thread has to handle).
    """

    def __init__(self, total: float, marks: int = 100) -> None:
        if marks < 1:
            raise ValueError(f"marks must be at least 1, got {marks!r}")
        self._total = max(float(total), 1e-300)
        self._marks = int(marks)
        self._next = 1  # the index of the next mark to report

    def at(self, done: float) -> Progress | None:
        fraction = min(1.0, max(0.0, done / self._total))
        # A hair of slack: 29/100 · 100 is 28.999999999999996 in floating point.
        reached = math.floor(fraction * self._marks + 1e-9)
        if reached < self._next:
            return None
        self._next = reached + 1
        return Progress(fraction)


def run_to_end(job: Generator[Any, None, T], progress: Callable[[float], None] | None = None) -> T:
    """Run ``job`` to its end on this thread; ``progress(fraction)`` hears every ``Progress`` it yields."""
    while True:
        try:
            value = next(job)
        except StopIteration as stop:
            return stop.value
        if progress is not None and isinstance(value, Progress):
            progress(float(value))
