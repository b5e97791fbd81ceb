"""Session files: everything needed to bring a view back, as versioned JSON.

Qt-free so the CLI can load and validate sessions without starting Qt.

A session is the Explorer's state (:class:`gui.model.explorer_state.ExplorerState`) serialised,
plus its runs. Each run is a :class:`RunRecord`: its start and its OWN settings (function or
formula and box, optimizer, η, hyper-parameters, step limit, tolerance, h, scheme, analytic
gradient), how many steps were shown and its verdict (``numerics.diagnosis.Verdict`` code), so a
reloaded session reproduces every run exactly: a diverged η = 5 run diverges again, a cancelled
run is computed to the step it was cancelled at and ends cancelled there. A session file is user input like any other: :func:`load_session` checks
every field with the validators of :mod:`gui.model.validation` (the one path the command line,
the settings store and the control panel use too: types, ranges, finiteness, the function name,
the formula through the real parser, the descent settings through ``DescentConfig.validate``)
and either returns a complete :class:`Session` or raises :class:`SessionError` naming the field;
nothing is applied half-way.

Versions: 1 is the original format; 2 adds ``log_heatmap`` and ``keep_paths``; 3 adds ``runs``
(every run's settings, steps and verdict; ``starts`` stays, the runs' starts) and
``lr_by_hand``/``steps_by_hand``. All load (a missing key takes its default; the starts of a
version 1 or 2 file run with the session's settings); files are written as version 3.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


from gui.model.atomic_write import OutputError, write_atomically
from gui.model.safe_read import DecodeError, InputError, decode_utf8, describe_path, read_bytes
from gui.model.validation import (
    ARROW_MODES,
    check_bool,
    check_box,
    FIELD_VALIDATORS,
    INSTANT,
    LAYER_NAMES,
    LIMITS,
    THEME_NAMES,
    Box,
    Limit,
    ValidationError,
    decode_json,
    describe,
    validate_config,
    validate_field,
)
from numerics import CATALOGUE, DescentConfig, Objective, Verdict, get_objective, objective_from_formula
from numerics.messages import QT_TRANSLATE_NOOP, Message

__all__ = [
    "ARROW_MODES",
    "DEFAULT_FUNCTION",
    "FIELD_VALIDATORS",
    "FORMAT",
    "INSTANT",
    "LAYER_NAMES",
    "LIMITS",
    "Limit",
    "MAX_SESSION_BYTES",
    "RunRecord",
    "Session",
    "SessionError",
    "build_objective",
    "SessionSaveError",
    "THEME_NAMES",
    "VERSION",
    "load_session",
    "save_session",
    "session_from_dict",
    "session_to_dict",
    "validate_config",
    "validate_field",
]

FORMAT = "gradient-explorer-session"
VERSION = 3
DEFAULT_FUNCTION = "sphere" if "sphere" in CATALOGUE else next(iter(CATALOGUE))

#: A session (file or dict) is invalid: the one error every validator raises. ``field`` names the
#: culprit, ``reason``/``message`` say why (Messages), ``str()`` is "field: reason" in English.
SessionError = ValidationError

EXPECTED_OBJECT = QT_TRANSLATE_NOOP("numerics", "must be a JSON object, got {got}")
NOT_A_SESSION = QT_TRANSLATE_NOOP("numerics", "not a Gradient Explorer session (expected “{format}”)")
EXPECTED_VERSION = QT_TRANSLATE_NOOP("numerics", "must be a whole number, got {got}")
VERSION_TOO_NEW = QT_TRANSLATE_NOOP("numerics", "version {version} is newer than this program reads ({newest})")
VERSION_UNKNOWN = QT_TRANSLATE_NOOP("numerics", "unknown version {version}")
UNKNOWN_FIELD = QT_TRANSLATE_NOOP("numerics", "unknown field")
BOTH_GIVEN = QT_TRANSLATE_NOOP("numerics", "give either a function name or a formula, not both")
NEITHER_GIVEN = QT_TRANSLATE_NOOP("numerics", "give a function name or a formula")
CANNOT_READ = QT_TRANSLATE_NOOP("numerics", "cannot read {path}: {problem}")
IN_FILE = QT_TRANSLATE_NOOP("numerics", "{path}: {reason}")
EXPECTED_RUNS = QT_TRANSLATE_NOOP("numerics", "must be a list of runs (objects), got {got}")
EXPECTED_VERDICT = QT_TRANSLATE_NOOP("numerics", "must be one of {choices} or null, got {got}")
STEPS_BEYOND_LIMIT = QT_TRANSLATE_NOOP("numerics", "{steps} steps shown, but the run's step limit is {limit}")
STARTS_NOT_RUNS = QT_TRANSLATE_NOOP("numerics", "must be the starts of the runs (or left out)")

#: The largest session file read: a session holds at most 1,000 starts (~50 KiB as written);
#: anything this large is not a session, and is refused before json parses it.
MAX_SESSION_BYTES = 1 << 20


def build_objective(function: str | None, formula: str | None, view_box: Box | None) -> Objective:
    """The objective a session or the Explorer's state shows: the formula (over ``view_box``, or
    its default box) or the catalogue function (the catalogue's object itself unless another box
    is given). Raises FormulaError / KeyError for text or names that were not validated."""
    if formula is not None:
        return objective_from_formula(formula) if view_box is None else objective_from_formula(formula, box=view_box)
    objective = get_objective(function)
    if view_box is None or tuple(objective.box) == tuple(view_box):
        return objective
    return dataclasses.replace(objective, box=tuple(view_box))


def objective_key(objective: Objective) -> tuple[str | None, str | None, Box | None]:
    """``(function, formula, box)`` that :func:`build_objective` turns back into ``objective``
    (``box`` None: a catalogue function's own box)."""
    if objective.name in CATALOGUE and objective.formula == CATALOGUE[objective.name].formula:
        own = tuple(CATALOGUE[objective.name].box)
        box = tuple(float(v) for v in objective.box)
        return objective.name, None, None if box == own else box  # type: ignore[return-value]
    return None, objective.formula, tuple(float(v) for v in objective.box)  # type: ignore[return-value]


@dataclass(frozen=True)
class RunRecord:
    """One run as a session keeps it: where it started, with exactly which settings, how far it
    was shown and how it ended.

    ``function``/``formula``/``box`` name its objective (as :func:`build_objective` takes them);
    ``config`` is the config it ran with (escape box included); ``steps`` the steps shown when
    saved (None: not recorded, a version 1 or 2 file); ``verdict`` its ``Verdict`` code (None:
    still running, failed, or not recorded); ``swarm``: started as part of a swarm.
    """

    start: tuple[float, float]
    function: str | None
    formula: str | None
    box: Box | None
    config: DescentConfig
    steps: int | None = None
    verdict: str | None = None
    swarm: bool = False

    @property
    def cancelled_at(self) -> int | None:
        """The step a cancelled run was cancelled at (None for any other run)."""
        return self.steps if self.verdict == Verdict.CANCELLED.value and self.steps is not None else None

    def objective(self) -> Objective:
        return build_objective(self.function, self.formula, self.box)

    def replay_config(self) -> DescentConfig:
        """What to compute to reproduce the run: a cancelled run only as far as it went (at least
        one step: a run cancelled at its start is cancelled again as soon as it starts)."""
        stop = self.cancelled_at
        return self.config if stop is None else dataclasses.replace(self.config, steps=max(stop, 1))

    def replay_key(self) -> tuple:
        """Runs with equal keys (one after the other) can be replayed together, as one cohort."""
        return (self.function, self.formula, self.box, self.config, self.cancelled_at, self.swarm)


@dataclass(frozen=True)
class Session:
    """A complete, valid view: objective, view box, descent settings, runs and looks.

    Exactly one of ``function`` (a catalogue name) and ``formula`` (user text) is set.
    ``view_box`` is ``None`` for "the objective's own box"; ``config.escape_box`` is ``None``
    for "the view box" (see :meth:`descent_config`). ``starts`` are the run starts
    in run order; ``layers`` maps every name of :data:`LAYER_NAMES` to its visibility.
    ``log_heatmap`` is ``None`` for "the objective's own choice" (version 1 files never say);
    ``keep_paths``: whether changing the function keeps the drawn paths.
    """

    function: str | None = DEFAULT_FUNCTION
    formula: str | None = None
    view_box: tuple[float, float, float, float] | None = None
    config: DescentConfig = field(default_factory=DescentConfig)
    animation_speed: float = 30.0
    starts: tuple[tuple[float, float], ...] = ()
    theme: str = "light"
    layers: Mapping[str, bool] = field(default_factory=lambda: dict.fromkeys(LAYER_NAMES, True))
    arrow_mode: str = "scaled"
    log_heatmap: bool | None = None
    keep_paths: bool = False
    #: Every run with its own settings (version 3); empty: ``starts`` run with ``config``.
    runs: tuple[RunRecord, ...] = ()
    #: Whether η / the step limit were set by hand (None: not recorded, version 1 or 2).
    lr_by_hand: bool | None = None
    steps_by_hand: bool | None = None

    def __post_init__(self) -> None:
        if self.runs:  # the starts are the runs' starts: one truth
            object.__setattr__(self, "starts", tuple(tuple(r.start) for r in self.runs))

    def run_records(self) -> tuple[RunRecord, ...]:
        """The runs to replay: ``runs``, or the plain ``starts`` with this session's settings."""
        if self.runs:
            return self.runs
        function, formula, box = objective_key(self.view_objective())
        config = self.descent_config()
        return tuple(RunRecord(tuple(p), function, formula, box, config) for p in self.starts)  # type: ignore[arg-type]

    def objective(self) -> Objective:
        """The ``numerics.Objective`` this session shows (formula objectives get the view box)."""
        if self.formula is not None:
            return build_objective(None, self.formula, self.view_box)
        return get_objective(self.function)

    def view_objective(self) -> Objective:
        """The objective with ``box`` = the view box: what the canvas shows and computes over."""
        return build_objective(self.function, self.formula, self.view_box)

    def descent_config(self) -> DescentConfig:
        """The config to run with: without an explicit escape box, a run diverges when it leaves
        the shown box grown ``numerics.descent.ESCAPE_FACTOR``× (as the basin map does)."""
        if self.config.escape_box is not None:
            return self.config
        return dataclasses.replace(self.config, escape_box=tuple(self.view_objective().box))


_DESCENT_KEYS = ("optimizer", "lr", "hyper", "steps", "tol", "h", "scheme", "analytic", "escape_box")
_TOP_KEYS = ("format", "version", "function", "formula", "view_box", "descent", "animation_speed",
             "starts", "theme", "layers", "arrow_mode", "log_heatmap", "keep_paths", "runs", "lr_by_hand",
             "steps_by_hand")
#: Top-level fields read by their validator as they are (``descent`` has its own reader).
_PLAIN_KEYS = ("function", "formula", "view_box", "animation_speed", "starts", "theme", "layers", "arrow_mode",
               "log_heatmap", "keep_paths")


def config_to_dict(config: DescentConfig) -> dict[str, Any]:
    """A ``DescentConfig`` as the JSON object stored under ``"descent"``."""
    return {
        "optimizer": config.optimizer,
        "lr": float(config.lr),
        "hyper": {name: float(v) for name, v in config.hyper},
        "steps": int(config.steps),
        "tol": float(config.tol),
        "h": float(config.h),
        "scheme": config.scheme,
        "analytic": bool(config.analytic),
        "escape_box": None if config.escape_box is None else [float(v) for v in config.escape_box],
    }


def config_from_dict(data: Any) -> DescentConfig:
    """Validate the ``"descent"`` object; missing keys take DescentConfig's defaults."""
    if not isinstance(data, Mapping):
        raise SessionError("descent", Message(EXPECTED_OBJECT, {"got": describe(data)}))
    unknown = sorted(str(k) for k in set(data) - set(_DESCENT_KEYS))
    if unknown:
        raise SessionError(f"descent.{unknown[0]}", Message(UNKNOWN_FIELD))
    values = {key: validate_field(f"descent.{key}", data[key]) for key in _DESCENT_KEYS if key in data}
    return validate_config(DescentConfig(**values))


_RUN_KEYS = ("start", "function", "formula", "box", "descent", "steps", "verdict", "swarm")
_VERDICT_CODES = tuple(v.value for v in Verdict)


def run_to_dict(run: RunRecord) -> dict[str, Any]:
    """A :class:`RunRecord` as the JSON object stored in ``"runs"``."""
    return {
        "start": [float(run.start[0]), float(run.start[1])],
        "function": run.function,
        "formula": run.formula,
        "box": None if run.box is None else [float(v) for v in run.box],
        "descent": config_to_dict(run.config),
        "steps": None if run.steps is None else int(run.steps),
        "verdict": run.verdict,
        "swarm": bool(run.swarm),
    }


def run_from_dict(data: Any, name: str, formulas: set[str] | None = None) -> RunRecord:
    """Validate one run object; field names in errors start with ``name`` (``runs[3]``).
    ``formulas`` holds formulas already parsed (a swarm's 900 runs share one)."""
    if not isinstance(data, Mapping):
        raise SessionError(name, Message(EXPECTED_OBJECT, {"got": describe(data)}))
    unknown = sorted(str(k) for k in set(data) - set(_RUN_KEYS))
    if unknown:
        raise SessionError(f"{name}.{unknown[0]}", Message(UNKNOWN_FIELD))
    try:
        start = validate_field("starts", [data.get("start")])[0]
    except SessionError as exc:
        raise SessionError(f"{name}.start" + exc.field.removeprefix("starts[0]"), exc.reason) from None
    try:
        function = validate_field("function", data.get("function"))
        formula = data.get("formula")
        if formula is not None and (formulas is None or formula not in formulas):
            formula = validate_field("formula", formula)
            if formulas is not None:
                formulas.add(formula)
        box = check_box("box", data.get("box"))
        config = config_from_dict(data.get("descent", {}))
    except SessionError as exc:
        raise SessionError(f"{name}.{exc.field}", exc.reason) from None
    if (function is None) == (formula is None):
        raise SessionError(f"{name}.function", Message(BOTH_GIVEN if function is not None else NEITHER_GIVEN))
    steps = data.get("steps")
    if steps is not None:
        if isinstance(steps, bool) or steps != 0:  # 0: a run cancelled at its start
            steps = LIMITS["steps"].check(f"{name}.steps", steps)
        if steps > config.steps:
            raise SessionError(f"{name}.steps", Message(STEPS_BEYOND_LIMIT, {"steps": steps, "limit": config.steps}))
    verdict = data.get("verdict")
    if verdict is not None and (not isinstance(verdict, str) or verdict not in _VERDICT_CODES):
        raise SessionError(f"{name}.verdict", Message(EXPECTED_VERDICT, {"choices": ", ".join(_VERDICT_CODES),
                                                                          "got": describe(verdict)}))
    swarm = check_bool(f"{name}.swarm")(data.get("swarm", False))
    return RunRecord(start, function, formula, box, config, None if steps is None else int(steps), verdict, swarm)


def runs_from_list(value: Any) -> tuple[RunRecord, ...]:
    """Validate the ``"runs"`` list (at most as many runs as a session may hold starts)."""
    if not isinstance(value, list):
        raise SessionError("runs", Message(EXPECTED_RUNS, {"got": describe(value)}))
    LIMITS["starts"].check("runs (count)", len(value))
    formulas: set[str] = set()
    return tuple(run_from_dict(item, f"runs[{i}]", formulas) for i, item in enumerate(value))


def session_to_dict(session: Session) -> dict[str, Any]:
    """The JSON-ready dict of ``session`` (with format and version)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "function": session.function,
        "formula": session.formula,
        "view_box": None if session.view_box is None else list(session.view_box),
        "descent": config_to_dict(session.config),
        "animation_speed": INSTANT if math.isinf(session.animation_speed) else float(session.animation_speed),
        "starts": [list(p) for p in session.starts],
        "theme": session.theme,
        "layers": dict(session.layers),
        "arrow_mode": session.arrow_mode,
        "log_heatmap": session.log_heatmap,
        "keep_paths": bool(session.keep_paths),
        "runs": [run_to_dict(run) for run in session.runs],
        "lr_by_hand": session.lr_by_hand,
        "steps_by_hand": session.steps_by_hand,
    }


def session_from_dict(data: Any) -> Session:
    """Validate a decoded session; raises SessionError naming the first bad field."""
    if not isinstance(data, Mapping):
        raise SessionError("session", Message(EXPECTED_OBJECT, {"got": describe(data)}))
    if data.get("format") != FORMAT:
        raise SessionError("format", Message(NOT_A_SESSION, {"format": FORMAT}))
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise SessionError("version", Message(EXPECTED_VERSION, {"got": describe(version)}))
    if version > VERSION:
        # Compared as ints: a 400-digit version is simply newer, never an OverflowError.
        shown = version if abs(version) < 10**6 else describe(version)
        raise SessionError("version", Message(VERSION_TOO_NEW, {"version": shown, "newest": VERSION}))
    if version < 1:
        shown = version if abs(version) < 10**6 else describe(version)
        raise SessionError("version", Message(VERSION_UNKNOWN, {"version": shown}))
    unknown = sorted(str(k) for k in set(data) - set(_TOP_KEYS))
    if unknown:
        raise SessionError(unknown[0], Message(UNKNOWN_FIELD))

    values: dict[str, Any] = {key: validate_field(key, data[key]) for key in _PLAIN_KEYS if key in data}
    if "descent" in data:
        values["config"] = config_from_dict(data["descent"])
    if "runs" in data:
        runs = runs_from_list(data["runs"])
        if runs:
            if "starts" in values and values["starts"] != tuple(tuple(r.start) for r in runs):
                raise SessionError("starts", Message(STARTS_NOT_RUNS))
            values["runs"] = runs
    for key in ("lr_by_hand", "steps_by_hand"):
        if data.get(key) is not None:
            values[key] = check_bool(key)(data[key])
    if values.get("formula") is not None:
        values.setdefault("function", None)
        if values["function"] is not None:
            raise SessionError("formula", Message(BOTH_GIVEN))
    elif values.get("function", DEFAULT_FUNCTION) is None:
        raise SessionError("function", Message(NEITHER_GIVEN))
    return Session(**values)


class SessionSaveError(OSError):
    """A session could not be written; ``message`` says where and why, ``str()`` in English."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


CANNOT_SAVE = QT_TRANSLATE_NOOP("numerics", "cannot save the session to {path}: {problem}")


def load_session(path: str | os.PathLike) -> Session:
    """Read and validate a session file. Raises SessionError (also for unreadable or corrupt files).

    Only a regular file of at most ``MAX_SESSION_BYTES`` is read (a FIFO, a device or a folder is
    refused before reading, without blocking); UTF-8 with or without a byte-order mark.
    """
    path = Path(path)
    shown = describe_path(path)
    try:
        text = decode_utf8(read_bytes(path, MAX_SESSION_BYTES))
    except DecodeError as exc:
        raise SessionError("session", Message(IN_FILE, {"path": shown, "reason": exc.message})) from None
    except InputError as exc:
        raise SessionError("session", Message(CANNOT_READ, {"path": shown, "problem": exc.message})) from None
    try:
        data = decode_json(text, "session")
    except SessionError as exc:
        raise SessionError("session", Message(IN_FILE, {"path": shown, "reason": exc.reason})) from None
    return session_from_dict(data)


def save_session(path: str | os.PathLike, session: Session) -> None:
    """Write ``session`` as JSON, atomically (temp file + replace). Raises SessionSaveError (an
    OSError) whose message names the path and the reason.

    The session is validated first, so a file written here always loads again. Only a new path
    or a regular file is written (a link: its target); see :mod:`gui.model.atomic_write`.
    """
    data = session_to_dict(session)
    session_from_dict(data)
    text = json.dumps(data, indent=2, allow_nan=False) + "\n"
    path = Path(path)
    try:
        write_atomically(path, text)
    except OutputError as exc:
        raise SessionSaveError(Message(CANNOT_SAVE, {"path": describe_path(path), "problem": exc.message})) from exc
