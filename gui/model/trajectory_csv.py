"""Descent trajectories to and from CSV.

Qt-free on purpose: the headless CLI writes trajectories without starting Qt, and the
window reuses the same code for "File → Export trajectories".

One row per recorded step, columns ``run,step,x0,x1,f,grad0,grad1``. Floats are written
with ``repr`` (the shortest text that reads back to the same double), so a file read back
with :func:`read_trajectories_csv` gives bit-identical arrays.
"""

from __future__ import annotations

import csv
import io
import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import numpy as np

from gui.model.atomic_write import write_atomically

__all__ = [
    "CSV_COLUMNS",
    "Trajectory",
    "TrajectoryCsvError",
    "read_trajectories_csv",
    "trajectories_from_result",
    "write_trajectories_csv",
]

CSV_COLUMNS: tuple[str, ...] = ("run", "step", "x0", "x1", "f", "grad0", "grad1")


class TrajectoryCsvError(OSError):
    """The CSV file could not be written or read; the message is meant for the user."""


@dataclass(frozen=True, eq=False)
class Trajectory:
    """One run's recorded path: ``xs (n, 2)``, ``values (n,)``, ``grads (n, 2)``.

    Row ``k`` is step ``k`` of the run (step 0 is the start point).
    """

    run_id: int
    xs: np.ndarray
    values: np.ndarray
    grads: np.ndarray

    def __post_init__(self) -> None:
        xs = np.asarray(self.xs, dtype=float)
        values = np.asarray(self.values, dtype=float)
        grads = np.asarray(self.grads, dtype=float)
        n = xs.shape[0] if xs.ndim == 2 else -1
        if xs.shape != (n, 2) or values.shape != (n,) or grads.shape != (n, 2):
            raise ValueError(
                f"run {self.run_id}: expected xs (n, 2), values (n,), grads (n, 2); got "
                f"{xs.shape}, {values.shape}, {grads.shape}"
            )
        # Frozen dataclass: normalise the arrays through object.__setattr__.
        object.__setattr__(self, "run_id", int(self.run_id))
        object.__setattr__(self, "xs", xs)
        object.__setattr__(self, "values", values)
        object.__setattr__(self, "grads", grads)

    def __len__(self) -> int:
        return self.xs.shape[0]


def trajectories_from_result(result: Any, run_ids: Sequence[int] | None = None) -> list[Trajectory]:
    """Cut a ``numerics.DescentResult`` into one :class:`Trajectory` per start.

    Only the ``n_points[i]`` recorded steps of start ``i`` are kept (the padding after a
    start stopped is dropped). ``run_ids`` defaults to ``0 … N-1``.
    """
    n_points = np.asarray(result.n_points)
    if run_ids is None:
        run_ids = range(len(n_points))
    if len(run_ids) != len(n_points):
        raise ValueError(f"{len(run_ids)} run ids for {len(n_points)} starts")
    return [
        Trajectory(rid, result.xs[i, :n].copy(), result.values[i, :n].copy(), result.grads[i, :n].copy())
        for i, (rid, n) in enumerate(zip(run_ids, n_points.tolist()))
    ]


def _as_trajectory(run: Trajectory | tuple) -> Trajectory:
    if isinstance(run, Trajectory):
        return run
    try:
        run_id, xs, values, grads = run
    except (TypeError, ValueError):
        raise ValueError("each run must be a Trajectory or a (run_id, xs, values, grads) tuple") from None
    return Trajectory(run_id, xs, values, grads)


def _write_rows(stream: IO[str], runs: Iterable[Trajectory | tuple]) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for run in map(_as_trajectory, runs):
        n = len(run)
        # One column block per run; tolist() gives Python floats, whose str() is repr().
        columns = (
            [run.run_id] * n,
            range(n),
            run.xs[:, 0].tolist(),
            run.xs[:, 1].tolist(),
            run.values.tolist(),
            run.grads[:, 0].tolist(),
            run.grads[:, 1].tolist(),
        )
        writer.writerows(zip(*columns))


def write_trajectories_csv(path_or_file: str | os.PathLike | IO[str], runs: Iterable[Trajectory | tuple]) -> None:
    """Write ``runs`` as CSV to a path or an open text stream.

    ``runs`` holds :class:`Trajectory` objects or ``(run_id, xs, values, grads)`` tuples.
    For a path the text goes to a temporary file in the same directory first and replaces
    the target only when complete, so a failure never leaves a half-written file.
    Raises :class:`TrajectoryCsvError` (an ``OSError``) when the path cannot be written,
    ``ValueError`` for malformed runs.
    """
    if not isinstance(path_or_file, (str, os.PathLike)):
        _write_rows(path_or_file, runs)
        return
    path = Path(path_or_file)
    # Render first: a malformed run must not even create the temporary file.
    buffer = io.StringIO()
    _write_rows(buffer, runs)
    try:
        write_atomically(path, buffer.getvalue())
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise TrajectoryCsvError(f"cannot write trajectories to {path}: {reason}") from exc


def _parse_rows(stream: IO[str], source: str) -> list[Trajectory]:
    reader = csv.reader(stream)
    header = next(reader, None)
    if header is None or tuple(h.strip() for h in header) != CSV_COLUMNS:
        raise ValueError(f"{source}: expected the header {','.join(CSV_COLUMNS)}")
    runs: dict[int, list[list[float]]] = {}
    for line_no, row in enumerate(reader, start=2):
        if not row:
            continue
        if len(row) != len(CSV_COLUMNS):
            raise ValueError(f"{source}, line {line_no}: expected {len(CSV_COLUMNS)} fields, got {len(row)}")
        try:
            run_id, step = int(row[0]), int(row[1])
            numbers = [float(v) for v in row[2:]]
        except ValueError:
            raise ValueError(f"{source}, line {line_no}: not a number in {row!r}") from None
        rows = runs.setdefault(run_id, [])
        # Steps must be 0, 1, 2 … within a run, otherwise the file has been edited or truncated.
        if step != len(rows):
            raise ValueError(f"{source}, line {line_no}: run {run_id} step {step}, expected step {len(rows)}")
        if not all(math.isfinite(v) for v in numbers[:2]):
            raise ValueError(f"{source}, line {line_no}: x0 and x1 must be finite")
        rows.append(numbers)
    result = []
    for run_id, rows in runs.items():
        table = np.array(rows, dtype=float).reshape(-1, 5)
        result.append(Trajectory(run_id, table[:, 0:2], table[:, 2], table[:, 3:5]))
    return result


def read_trajectories_csv(path_or_file: str | os.PathLike | IO[str]) -> list[Trajectory]:
    """Read a file written by :func:`write_trajectories_csv`, runs in order of first appearance.

    Raises :class:`TrajectoryCsvError` when the file cannot be opened and ``ValueError``
    (naming the line) when its content is malformed.
    """
    if not isinstance(path_or_file, (str, os.PathLike)):
        return _parse_rows(path_or_file, "trajectory CSV")
    path = Path(path_or_file)
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            return _parse_rows(handle, str(path))
    except UnicodeDecodeError:
        raise ValueError(f"{path}: not a text file") from None
    except OSError as exc:
        raise TrajectoryCsvError(f"cannot read trajectories from {path}: {exc.strerror or exc}") from exc
