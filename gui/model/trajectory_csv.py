"""Descent trajectories to and from CSV.

Qt-free on purpose: the headless CLI writes trajectories without starting Qt, and the
window reuses the same code for "File → Export trajectories".

One row per recorded step; the first line is the header. Columns ``run,step,x0,x1,f,grad0,grad1``
(in that order, as before), then the run's own settings and how it ended:
``function,optimizer,lr,hyper,verdict`` — the catalogue name or the formula text, the update rule,
η, the hyper-parameters as ``name=value`` pairs joined by ``;``, and the run's verdict code
(``numerics.diagnosis.Verdict``: ``minimum``, ``saddle``, ``diverged`` …, empty while unknown),
repeated on every row of the run. Runs are numbered from 1, as in the window. Floats are written
with ``repr`` (the shortest text that reads back to the same double), so a file read back with
:func:`read_trajectories_csv` gives bit-identical arrays. Files of the old seven columns still
read (their settings and verdicts are empty).

Safety: a file is written row by row straight into the temporary file of
:func:`gui.model.atomic_write.atomic_output` (never held whole in memory; a device, a FIFO or a
folder at the path is refused, a link is written through). A file is read only if it is a
regular file of at most ``MAX_CSV_BYTES`` (:mod:`gui.model.safe_read`: a FIFO or ``/dev/zero`` is
refused at once), UTF-8 with or without a byte-order mark; every problem of its content is a
:class:`TrajectoryCsvFormatError` (a ``ValueError``) naming the line.
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

from gui.model.atomic_write import OutputError, atomic_output
from gui.model.safe_read import DecodeError, InputError, decode_utf8, describe_path, read_bytes
from numerics.messages import QT_TRANSLATE_NOOP, Message

__all__ = [
    "CSV_COLUMNS",
    "PATH_COLUMNS",
    "RUN_COLUMNS",
    "Trajectory",
    "MAX_CSV_BYTES",
    "TrajectoryCsvError",
    "TrajectoryCsvFormatError",
    "read_trajectories_csv",
    "trajectories_from_result",
    "write_trajectories_csv",
]

#: The path columns, first and in this order (the whole header of files written before verdicts).
PATH_COLUMNS: tuple[str, ...] = ("run", "step", "x0", "x1", "f", "grad0", "grad1")
#: The run's settings and verdict, repeated on each of its rows.
RUN_COLUMNS: tuple[str, ...] = ("function", "optimizer", "lr", "hyper", "verdict")
CSV_COLUMNS: tuple[str, ...] = PATH_COLUMNS + RUN_COLUMNS


#: The largest CSV file read (about 700,000 rows): parsing costs several times the file's size.
MAX_CSV_BYTES = 64 << 20
#: Rows formatted at a time while writing: a million-step run is never one list of a million rows.
_ROWS_PER_BLOCK = 1 << 13

CANNOT_WRITE = QT_TRANSLATE_NOOP("numerics", "cannot write trajectories to {path}: {problem}")
CANNOT_READ = QT_TRANSLATE_NOOP("numerics", "cannot read trajectories from {path}: {problem}")
IN_SOURCE = QT_TRANSLATE_NOOP("numerics", "{source}: {problem}")
AT_LINE = QT_TRANSLATE_NOOP("numerics", "{source}, line {line}: {problem}")
STREAM = QT_TRANSLATE_NOOP("numerics", "trajectory CSV")
EXPECTED_HEADER = QT_TRANSLATE_NOOP("numerics", "expected the header {header}")
FIELD_COUNT = QT_TRANSLATE_NOOP("numerics", "expected {expected} fields, got {got}")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("numerics", "not a number in {row}")
BAD_HYPER = QT_TRANSLATE_NOOP("numerics", "hyper must be name=value pairs joined by “;”, got “{text}”")
STEP_ORDER = QT_TRANSLATE_NOOP("numerics", "run {run} step {step}, expected step {expected}")
NOT_FINITE = QT_TRANSLATE_NOOP("numerics", "x0 and x1 must be finite")
FIELD_TOO_LONG = QT_TRANSLATE_NOOP("numerics", "a field is longer than {limit} characters")
NOT_CSV = QT_TRANSLATE_NOOP("numerics", "not readable as CSV ({problem})")


class TrajectoryCsvError(OSError):
    """The CSV file could not be written or read; ``message`` (a Message) names the path and why."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message

    def __str__(self) -> str:
        return str(self.message)


class TrajectoryCsvFormatError(ValueError):
    """The CSV text is not a trajectory file; ``message`` says where (``line``, 1-based) and why."""

    def __init__(self, source: str | Message, problem: Message, line: int | None = None) -> None:
        self.line = line
        self.message = (Message(AT_LINE, {"source": source, "line": line, "problem": problem})
                        if line is not None else Message(IN_SOURCE, {"source": source, "problem": problem}))
        super().__init__(str(self.message))


@dataclass(frozen=True, eq=False)
class Trajectory:
    """One run's recorded path: ``xs (n, 2)``, ``values (n,)``, ``grads (n, 2)``, with the run's
    settings and verdict (empty/None when not known: an old file).

    Row ``k`` is step ``k`` of the run (step 0 is the start point).
    """

    run_id: int
    xs: np.ndarray
    values: np.ndarray
    grads: np.ndarray
    function: str = ""  #: catalogue name, or the formula text
    optimizer: str = ""
    lr: float | None = None
    hyper: tuple[tuple[str, float], ...] = ()
    verdict: str = ""  #: a numerics.diagnosis.Verdict code

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
        object.__setattr__(self, "hyper", tuple((str(k), float(v)) for k, v in self.hyper))

    def __len__(self) -> int:
        return self.xs.shape[0]


def trajectories_from_result(result: Any, run_ids: Sequence[int] | None = None, *, function: str = "",
                             config: Any = None, verdicts: Sequence[str] | None = None) -> list[Trajectory]:
    """Cut a ``numerics.DescentResult`` into one :class:`Trajectory` per start.

    Only the ``n_points[i]`` recorded steps of start ``i`` are kept (the padding after a
    start stopped is dropped). ``run_ids`` defaults to ``1 … N`` (runs are numbered from 1, as in
    the window). ``function``, ``config`` (the ``DescentConfig`` they ran with) and ``verdicts``
    (one code per start) fill the settings columns. The trajectories are views of the result's
    arrays, not copies: the command line writes a result of up to the history budget, and a copy
    would double that.
    """
    n_points = np.asarray(result.n_points)
    if run_ids is None:
        run_ids = range(1, len(n_points) + 1)
    if len(run_ids) != len(n_points):
        raise ValueError(f"{len(run_ids)} run ids for {len(n_points)} starts")
    if verdicts is not None and len(verdicts) != len(n_points):
        raise ValueError(f"{len(verdicts)} verdicts for {len(n_points)} starts")
    settings: dict[str, Any] = {"function": function}
    if config is not None:
        settings.update(optimizer=config.optimizer, lr=float(config.lr), hyper=tuple(config.hyper))
    return [
        Trajectory(rid, result.xs[i, :n], result.values[i, :n], result.grads[i, :n],
                   verdict="" if verdicts is None else str(verdicts[i]), **settings)
        for i, (rid, n) in enumerate(zip(run_ids, n_points.tolist()))
    ]


def format_hyper(hyper: Sequence[tuple[str, float]]) -> str:
    """``momentum=0.9;…`` (``repr`` floats: they read back exactly); empty for none."""
    return ";".join(f"{name}={float(value)!r}" for name, value in hyper)


def parse_hyper(text: str) -> tuple[tuple[str, float], ...]:
    """The inverse of :func:`format_hyper`; raises ``ValueError`` on anything else."""
    pairs = []
    for part in filter(None, (p.strip() for p in text.split(";"))):
        name, sep, value = part.partition("=")
        if not sep or not name.strip():
            raise ValueError(text)
        pairs.append((name.strip(), float(value)))
    return tuple(pairs)


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
        settings = (run.function, run.optimizer, "" if run.lr is None else repr(float(run.lr)),
                    format_hyper(run.hyper), run.verdict)
        # Block by block: a million-step run never becomes a million Python rows at once.
        for a in range(0, n, _ROWS_PER_BLOCK):
            b = min(n, a + _ROWS_PER_BLOCK)
            # One column block per run; tolist() gives Python floats, whose str() is repr().
            columns = (
                [run.run_id] * (b - a),
                range(a, b),
                run.xs[a:b, 0].tolist(),
                run.xs[a:b, 1].tolist(),
                run.values[a:b].tolist(),
                run.grads[a:b, 0].tolist(),
                run.grads[a:b, 1].tolist(),
                *([value] * (b - a) for value in settings),
            )
            writer.writerows(zip(*columns))


def write_trajectories_csv(path_or_file: str | os.PathLike | IO[str], runs: Iterable[Trajectory | tuple]) -> None:
    """Write ``runs`` as CSV to a path or an open text stream.

    ``runs`` holds :class:`Trajectory` objects or ``(run_id, xs, values, grads)`` tuples.
    For a path the rows stream into a temporary file in the same directory, which replaces the
    target only when complete, so a failure never leaves a half-written file; only a new path or
    a regular file is written (see :mod:`gui.model.atomic_write`). Raises
    :class:`TrajectoryCsvError` (an ``OSError``) naming the path and the reason when it cannot be
    written (a device or FIFO in the way, no space left…), ``ValueError`` for malformed runs.
    """
    if not isinstance(path_or_file, (str, os.PathLike)):
        _write_rows(path_or_file, runs)
        return
    path = Path(path_or_file)
    # Check every run first: a malformed run must not even create the temporary file.
    checked = [_as_trajectory(run) for run in runs]
    try:
        with atomic_output(path) as handle:
            text = io.TextIOWrapper(handle, encoding="utf-8", newline="", write_through=False)
            try:
                _write_rows(text, checked)
                text.flush()
            finally:
                text.detach()  # atomic_output closes the file itself
    except OutputError as exc:
        raise TrajectoryCsvError(Message(CANNOT_WRITE, {"path": describe_path(path), "problem": exc.message})) from exc


def _parse_rows(stream: IO[str], source: str | Message) -> list[Trajectory]:
    reader = csv.reader(stream)
    try:
        return _parse_records(reader, source)
    except csv.Error as exc:  # a field over csv.field_size_limit(), a NUL, a stray quote…
        problem = (Message(FIELD_TOO_LONG, {"limit": f"{csv.field_size_limit():,}"}) if "field limit" in str(exc)
                   else Message(NOT_CSV, {"problem": str(exc)}))
        raise TrajectoryCsvFormatError(source, problem, max(reader.line_num, 1)) from None


def _parse_records(reader: Any, source: str | Message) -> list[Trajectory]:
    header = next(reader, None)
    if header is not None and header and header[0].startswith("\ufeff"):
        header[0] = header[0][1:]  # a byte-order mark some editors put in front of UTF-8
    columns = None if header is None else tuple(h.strip() for h in header)
    if columns not in (CSV_COLUMNS, PATH_COLUMNS):  # this format, or the old one without settings
        raise TrajectoryCsvFormatError(source, Message(EXPECTED_HEADER, {"header": ",".join(CSV_COLUMNS)}))
    width = len(columns)
    n_path = len(PATH_COLUMNS)
    runs: dict[int, list[list[float]]] = {}
    settings: dict[int, dict[str, Any]] = {}
    for row in reader:
        line_no = reader.line_num
        if not row:
            continue
        if len(row) != width:
            raise TrajectoryCsvFormatError(
                source, Message(FIELD_COUNT, {"expected": width, "got": len(row)}), line_no)
        try:
            run_id, step = int(row[0]), int(row[1])
            numbers = [float(v) for v in row[2:n_path]]
            fresh = width > n_path and run_id not in settings  # a run's settings: from its first row
            lr = row[n_path + 2].strip() if fresh else ""
            lr_value = float(lr) if lr else None
        except ValueError:
            shown = repr(row) if len(repr(row)) <= 200 else repr(row)[:197] + "…"
            raise TrajectoryCsvFormatError(source, Message(NOT_A_NUMBER, {"row": shown}), line_no) from None
        if fresh:
            function, optimizer, _lr, hyper, verdict = row[n_path:]
            try:
                pairs = parse_hyper(hyper)
            except ValueError:
                raise TrajectoryCsvFormatError(source, Message(BAD_HYPER, {"text": hyper[:80]}), line_no) from None
            settings[run_id] = {"function": function, "optimizer": optimizer.strip(), "lr": lr_value,
                                "hyper": pairs, "verdict": verdict.strip()}
        rows = runs.setdefault(run_id, [])
        # Steps must be 0, 1, 2 … within a run, otherwise the file has been edited or truncated.
        if step != len(rows):
            raise TrajectoryCsvFormatError(
                source, Message(STEP_ORDER, {"run": run_id, "step": step, "expected": len(rows)}), line_no)
        if not all(math.isfinite(v) for v in numbers[:2]):
            raise TrajectoryCsvFormatError(source, Message(NOT_FINITE), line_no)
        rows.append(numbers)
    result = []
    for run_id, rows in runs.items():
        table = np.array(rows, dtype=float).reshape(-1, 5)
        result.append(Trajectory(run_id, table[:, 0:2], table[:, 2], table[:, 3:5], **settings.get(run_id, {})))
    return result


def read_trajectories_csv(path_or_file: str | os.PathLike | IO[str], *,
                          max_bytes: int = MAX_CSV_BYTES) -> list[Trajectory]:
    """Read a file written by :func:`write_trajectories_csv`, runs in order of first appearance.

    Only a regular file of at most ``max_bytes`` is read: a FIFO, a device or a folder is refused
    at once. Raises :class:`TrajectoryCsvError` when the file cannot be opened or is refused, and
    :class:`TrajectoryCsvFormatError` (a ``ValueError``, naming the line) when its content is not
    UTF-8 or not a trajectory file.
    """
    if not isinstance(path_or_file, (str, os.PathLike)):
        return _parse_rows(path_or_file, Message(STREAM))
    path = Path(path_or_file)
    shown = describe_path(path)
    try:
        text = decode_utf8(read_bytes(path, max_bytes))
    except DecodeError as exc:
        raise TrajectoryCsvFormatError(shown, exc.message) from None
    except InputError as exc:
        raise TrajectoryCsvError(Message(CANNOT_READ, {"path": shown, "problem": exc.message})) from None
    return _parse_rows(io.StringIO(text, newline=""), shown)
