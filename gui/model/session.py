"""Session files: everything needed to bring a view back, as versioned JSON.

Qt-free so the CLI can load and validate sessions without starting Qt.

A session file is user input like any other: :func:`load_session` checks every field
(types, ranges, finiteness, the function name, the formula through the real parser, the
descent settings through ``DescentConfig.validate``) and either returns a complete
:class:`Session` or raises :class:`SessionError` naming the field; nothing is applied
half-way. The per-field checks live in :data:`FIELD_VALIDATORS` and the ranges in
:data:`LIMITS`, which the CLI and the settings store reuse (one source of truth).
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from gui.model.atomic_write import write_atomically
from numerics import CATALOGUE, OPTIMIZERS, SCHEMES, DescentConfig, get_objective
from numerics import LIMITS as _DESCENT_LIMITS
from numerics.formula import FormulaError, parse_formula

__all__ = [
    "DEFAULT_FUNCTION",
    "FIELD_VALIDATORS",
    "FORMAT",
    "LAYER_NAMES",
    "LIMITS",
    "Limit",
    "Session",
    "SessionError",
    "VERSION",
    "load_session",
    "save_session",
    "session_from_dict",
    "session_to_dict",
    "validate_field",
]

FORMAT = "gradient-explorer-session"
VERSION = 1

LAYER_NAMES: tuple[str, ...] = ("field", "heatmap", "contours", "critical", "paths")
THEME_NAMES: tuple[str, ...] = ("light", "dark")
ARROW_MODES: tuple[str, ...] = ("scaled", "unit")
DEFAULT_FUNCTION = "sphere" if "sphere" in CATALOGUE else next(iter(CATALOGUE))


@dataclass(frozen=True)
class Limit:
    """Inclusive range of a numeric setting, as the GUI's spin boxes allow it."""

    low: float
    high: float
    integer: bool = False

    def check(self, name: str, value: Any) -> float | int:
        """Return ``value`` as float (or int) if it is a number inside the range, else raise SessionError."""
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise SessionError(name, f"expected a number, got {_describe(value)}")
        if not math.isfinite(value):
            raise SessionError(name, f"expected a finite number, got {value!r}")
        if self.integer and isinstance(value, float):
            if not value.is_integer():
                raise SessionError(name, f"expected a whole number, got {value!r}")
            value = int(value)
        if not self.low <= value <= self.high:
            raise SessionError(name, f"{value!r} is outside {self.low:g} … {self.high:g}")
        return int(value) if self.integer else float(value)


# The ranges the window's controls accept. Steps, tolerance and h are numerics' own limits
# (numerics.descent.LIMITS); the learning rate is narrower on purpose: numerics accepts η down
# to 1e-12 because the learning-rate race shows η = 1e-10, but a user types 1e-6 … 100.
LIMITS: dict[str, Limit] = {
    "lr": Limit(1e-6, 100.0),
    "steps": Limit(*_DESCENT_LIMITS["steps"], integer=True),
    "tol": Limit(*_DESCENT_LIMITS["tol"]),
    "h": Limit(*_DESCENT_LIMITS["h"]),
    "animation_speed": Limit(1.0, 10_000.0),  # steps drawn per second; math.inf (INSTANT) also allowed
    "coordinate": Limit(-1e6, 1e6),  # start points and view-box edges
    "starts": Limit(0, 1000, integer=True),  # how many runs a session may hold
}


class SessionError(ValueError):
    """A session (file or dict) is invalid; ``field`` names the culprit, the message says why."""

    def __init__(self, field_name: str, reason: str):
        super().__init__(f"{field_name}: {reason}")
        self.field = field_name
        self.reason = reason


def _describe(value: Any) -> str:
    text = repr(value)
    return f"{type(value).__name__} {text if len(text) <= 40 else text[:37] + '...'}"


@dataclass(frozen=True)
class Session:
    """A complete, valid view: objective, view box, descent settings, runs and looks.

    Exactly one of ``function`` (a catalogue name) and ``formula`` (user text) is set.
    ``view_box`` is ``None`` for "the objective's own box"; ``config.escape_box`` is ``None``
    for "the view box" (see :meth:`descent_config`). ``starts`` are the run starts
    in run order; ``layers`` maps every name of :data:`LAYER_NAMES` to its visibility.
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

    def objective(self):
        """The ``numerics.Objective`` this session shows (formula objectives get the view box)."""
        from numerics import objective_from_formula

        if self.formula is not None:
            if self.view_box is None:
                return objective_from_formula(self.formula)
            return objective_from_formula(self.formula, box=self.view_box)
        return get_objective(self.function)

    def view_objective(self):
        """The objective with ``box`` = the view box: what the canvas shows and computes over."""
        objective = self.objective()
        if self.view_box is None or tuple(objective.box) == tuple(self.view_box):
            return objective
        return dataclasses.replace(objective, box=tuple(self.view_box))

    def descent_config(self) -> DescentConfig:
        """The config to run with: without an explicit escape box, a run diverges when it leaves
        the shown box grown ``numerics.descent.ESCAPE_FACTOR``× (as the basin map does)."""
        if self.config.escape_box is not None:
            return self.config
        return dataclasses.replace(self.config, escape_box=tuple(self.view_objective().box))

    def starts_array(self) -> np.ndarray:
        """The run starts as a fresh ``(N, 2)`` float array."""
        return np.array(self.starts, dtype=float).reshape(-1, 2)


# ---------------------------------------------------------------- per-field validators
# Each takes the raw JSON value and returns the typed value, or raises SessionError naming
# the field. They are also used one by one by the settings store.


def _check_function(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise SessionError("function", f"expected a function name, got {_describe(value)}")
    try:
        get_objective(value)
    except KeyError as exc:
        raise SessionError("function", exc.args[0] if exc.args else f"unknown function {value!r}") from None
    return value


def _check_formula(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise SessionError("formula", f"expected formula text, got {_describe(value)}")
    try:
        parse_formula(value)
    except FormulaError as exc:
        raise SessionError("formula", str(exc)) from None
    return value


def _check_box(name: str, value: Any) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    if not isinstance(value, (list, tuple)) or len(value) != 4:
        raise SessionError(name, f"expected [x0_min, x0_max, x1_min, x1_max], got {_describe(value)}")
    box = tuple(LIMITS["coordinate"].check(f"{name}[{i}]", v) for i, v in enumerate(value))
    if not (box[0] < box[1] and box[2] < box[3]):
        raise SessionError(name, f"each minimum must be below its maximum, got {list(box)}")
    return box  # type: ignore[return-value]


def _check_view_box(value: Any):
    return _check_box("view_box", value)


def _check_choice(name: str, choices: tuple[str, ...]) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in choices or not isinstance(value, str):
            raise SessionError(name, f"expected one of {', '.join(choices)}; got {_describe(value)}")
        return value

    return check


def _check_bool(name: str) -> Callable[[Any], bool]:
    def check(value: Any) -> bool:
        if not isinstance(value, bool):
            raise SessionError(name, f"expected true or false, got {_describe(value)}")
        return value

    return check


def _check_limit(name: str, limit_name: str | None = None) -> Callable[[Any], float | int]:
    limit = LIMITS[limit_name or name]
    return lambda value: limit.check(name, value)


def _check_hyper(value: Any) -> tuple[tuple[str, float], ...]:
    """Names and finiteness only; which names and ranges fit is the optimizer's business."""
    if not isinstance(value, Mapping):
        raise SessionError("descent.hyper", f"expected an object of name: number, got {_describe(value)}")
    # Each optimizer's HyperParameter ranges apply later, in DescentConfig.validate.
    any_finite = Limit(-math.inf, math.inf)
    return tuple(sorted((str(name), any_finite.check(f"descent.hyper.{name}", number)) for name, number in value.items()))


def _check_starts(value: Any) -> tuple[tuple[float, float], ...]:
    if not isinstance(value, (list, tuple)):
        raise SessionError("starts", f"expected a list of [x0, x1] pairs, got {_describe(value)}")
    LIMITS["starts"].check("starts (count)", len(value))
    starts = []
    for i, point in enumerate(value):
        if not isinstance(point, (list, tuple)) or len(point) != 2:
            raise SessionError(f"starts[{i}]", f"expected [x0, x1], got {_describe(point)}")
        starts.append(tuple(LIMITS["coordinate"].check(f"starts[{i}][{k}]", v) for k, v in enumerate(point)))
    return tuple(starts)  # type: ignore[return-value]


INSTANT = "instant"  # JSON has no infinity: the window's "reveal at once" speed (math.inf) is this word


def _check_speed(value: Any) -> float:
    if value == INSTANT and isinstance(value, str):
        return math.inf
    if isinstance(value, float) and math.isinf(value) and value > 0:
        return math.inf
    try:
        return LIMITS["animation_speed"].check("animation_speed", value)
    except SessionError as exc:
        raise SessionError("animation_speed", f"{exc.reason} (or {INSTANT!r})") from None


def _check_layers(value: Any) -> dict[str, bool]:
    if not isinstance(value, Mapping):
        raise SessionError("layers", f"expected an object of layer: true/false, got {_describe(value)}")
    unknown = set(value) - set(LAYER_NAMES)
    if unknown:
        raise SessionError("layers", f"unknown layer {sorted(unknown)[0]!r}; known: {', '.join(LAYER_NAMES)}")
    layers = dict.fromkeys(LAYER_NAMES, True)
    for name, visible in value.items():
        layers[name] = _check_bool(f"layers.{name}")(visible)
    return layers


FIELD_VALIDATORS: dict[str, Callable[[Any], Any]] = {
    "function": _check_function,
    "formula": _check_formula,
    "view_box": _check_view_box,
    "animation_speed": _check_speed,
    "starts": _check_starts,
    "theme": _check_choice("theme", THEME_NAMES),
    "layers": _check_layers,
    "arrow_mode": _check_choice("arrow_mode", ARROW_MODES),
    "descent.optimizer": _check_choice("descent.optimizer", tuple(OPTIMIZERS)),
    "descent.lr": _check_limit("descent.lr", "lr"),
    "descent.hyper": _check_hyper,
    "descent.steps": _check_limit("descent.steps", "steps"),
    "descent.tol": _check_limit("descent.tol", "tol"),
    "descent.h": _check_limit("descent.h", "h"),
    "descent.scheme": _check_choice("descent.scheme", tuple(SCHEMES)),
    "descent.analytic": _check_bool("descent.analytic"),
    "descent.escape_box": lambda value: _check_box("descent.escape_box", value),
}
"""Validator per JSON field (dotted names inside ``descent``): raw value → typed value or SessionError."""


def validate_field(name: str, value: Any) -> Any:
    """Check one field by its JSON name (``"theme"``, ``"descent.lr"`` …); return the typed value."""
    try:
        validator = FIELD_VALIDATORS[name]
    except KeyError:
        raise SessionError(name, "unknown field") from None
    return validator(value)


def validate_config(config: DescentConfig, field_name: str = "descent") -> DescentConfig:
    """Run numerics' own consistency check (optimizer × hyper-parameters …) as a SessionError."""
    try:
        config.validate()
    except ValueError as exc:
        raise SessionError(field_name, str(exc)) from None
    return config


_DESCENT_KEYS = ("optimizer", "lr", "hyper", "steps", "tol", "h", "scheme", "analytic", "escape_box")
_TOP_KEYS = ("format", "version", "function", "formula", "view_box", "descent", "animation_speed",
             "starts", "theme", "layers", "arrow_mode")


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
        raise SessionError("descent", f"expected an object, got {_describe(data)}")
    unknown = set(data) - set(_DESCENT_KEYS)
    if unknown:
        raise SessionError(f"descent.{sorted(unknown)[0]}", "unknown field")
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
    }


def session_from_dict(data: Any) -> Session:
    """Validate a decoded session; raises SessionError naming the first bad field."""
    if not isinstance(data, Mapping):
        raise SessionError("session", f"expected a JSON object, got {_describe(data)}")
    if data.get("format") != FORMAT:
        raise SessionError("format", f"not a Gradient Explorer session (expected {FORMAT!r})")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise SessionError("version", f"expected a whole number, got {_describe(version)}")
    if version > VERSION:
        raise SessionError("version", f"version {version} is newer than this program reads ({VERSION})")
    if version < 1:
        raise SessionError("version", f"unknown version {version}")
    unknown = set(data) - set(_TOP_KEYS)
    if unknown:
        raise SessionError(sorted(unknown)[0], "unknown field")

    values: dict[str, Any] = {}
    for key in ("function", "formula", "view_box", "animation_speed", "starts", "theme", "layers", "arrow_mode"):
        if key in data:
            values[key] = validate_field(key, data[key])
    if "descent" in data:
        values["config"] = config_from_dict(data["descent"])
    if values.get("formula") is not None:
        values.setdefault("function", None)
        if values["function"] is not None:
            raise SessionError("formula", "give either a function name or a formula, not both")
    elif values.get("function", DEFAULT_FUNCTION) is None:
        raise SessionError("function", "give a function name or a formula")
    return Session(**values)


def _reject_constant(name: str) -> float:
    # json accepts NaN/Infinity by default; a session never legitimately holds them.
    raise SessionError("session", f"non-finite number {name} is not allowed")


def load_session(path: str | os.PathLike) -> Session:
    """Read and validate a session file. Raises SessionError (also for unreadable or corrupt files)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise SessionError("session", f"{path} is not a text file") from None
    except OSError as exc:
        raise SessionError("session", f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise SessionError("session", f"{path} is not valid JSON (line {exc.lineno}: {exc.msg})") from None
    except RecursionError:
        raise SessionError("session", f"{path} is nested too deeply") from None
    return session_from_dict(data)


def save_session(path: str | os.PathLike, session: Session) -> None:
    """Write ``session`` as JSON, atomically (temp file + replace). Raises OSError with a readable message.

    The session is validated first, so a file written here always loads again.
    """
    data = session_to_dict(session)
    session_from_dict(data)
    text = json.dumps(data, indent=2, allow_nan=False) + "\n"
    path = Path(path)
    try:
        write_atomically(path, text)
    except OSError as exc:
        raise OSError(f"cannot save the session to {path}: {exc.strerror or exc}") from exc

