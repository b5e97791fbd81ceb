"""Session files: everything needed to bring a view back, as versioned JSON.

Qt-free so the CLI can load and validate sessions without starting Qt.

A session is the Explorer's state (:class:`gui.model.explorer_state.ExplorerState`) serialised,
plus the run starts. A session file is user input like any other: :func:`load_session` checks
every field with the validators of :mod:`gui.model.validation` (the one path the command line,
the settings store and the control panel use too: types, ranges, finiteness, the function name,
the formula through the real parser, the descent settings through ``DescentConfig.validate``)
and either returns a complete :class:`Session` or raises :class:`SessionError` naming the field;
nothing is applied half-way.

Versions: 1 is the original format; 2 adds ``log_heatmap`` and ``keep_paths``. Both load (a
missing key takes its default); files are written as version 2.
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

import numpy as np

from gui.model.atomic_write import OutputError, write_atomically
from gui.model.safe_read import DecodeError, InputError, decode_utf8, describe_path, read_bytes
from gui.model.validation import (
    ARROW_MODES,
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
from numerics import CATALOGUE, DescentConfig, Objective, get_objective, objective_from_formula
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
VERSION = 2
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

    def starts_array(self) -> np.ndarray:
        """The run starts as a fresh ``(N, 2)`` float array."""
        return np.array(self.starts, dtype=float).reshape(-1, 2)


_DESCENT_KEYS = ("optimizer", "lr", "hyper", "steps", "tol", "h", "scheme", "analytic", "escape_box")
_TOP_KEYS = ("format", "version", "function", "formula", "view_box", "descent", "animation_speed",
             "starts", "theme", "layers", "arrow_mode", "log_heatmap", "keep_paths")
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
