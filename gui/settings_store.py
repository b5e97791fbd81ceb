"""Remembered window geometry/state and panel values, through QSettings.

Each value of the Explorer's state is stored under its own key as JSON text and checked on load
by the same validators as session files, the command line and the panel
(:mod:`gui.model.validation`), so there is one set of ranges and one set of words. A corrupt or
out-of-range value falls back to its default *on its own*, with the real reason (the JSON
syntax error and where, a non-finite number, a number out of range, a wrong type…): a damaged
settings file loses only the bad values, each one logged as a warning and listed in
:attr:`AppSettings.warnings` for the window to show, and the app always starts.

What is read is a :class:`~gui.model.session.Session` (without run starts: they belong to session
files), which the window loads into its one state with ``ExplorerState.from_session``.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from gui.model.session import Session, config_to_dict, session_to_dict
from gui.model.validation import FIELD_VALIDATORS, ValidationError, decode_json, validate_config
from numerics import DescentConfig
from numerics.messages import QT_TRANSLATE_NOOP, Message

__all__ = ["AppSettings", "SETTINGS_VERSION", "load_settings", "save_settings"]

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1
_PANEL = "panel/"
_GEOMETRY_KEY = "window/geometry"
_STATE_KEY = "window/state"
_VERSION_KEY = "settings/version"

# Session fields kept in the settings, by their JSON (validator) names.
_SESSION_FIELDS = ("function", "formula", "view_box", "animation_speed", "theme", "layers", "arrow_mode",
                   "log_heatmap", "keep_paths")

DROPPED = QT_TRANSLATE_NOOP("numerics", "{reason}; using the default")
UNREADABLE = QT_TRANSLATE_NOOP("numerics", "unreadable value (not the text this program writes); using the default")
NOT_WINDOW_DATA = QT_TRANSLATE_NOOP("numerics", "not saved window data; using the default layout")
HYPER_RESET = QT_TRANSLATE_NOOP("numerics", "{reason}; resetting the hyper-parameters")
DESCENT_RESET = QT_TRANSLATE_NOOP("numerics", "{reason}; using the default descent settings")
FILE_UNREADABLE = QT_TRANSLATE_NOOP("numerics", "the settings file could not be read ({status}); using defaults")
TOO_LONG = QT_TRANSLATE_NOOP("numerics", "a value of {length} characters (the most is {limit}); using the default")
#: The longest value read from the settings: our longest is a 500-character formula as JSON.
MAX_VALUE_CHARS = 16_384
_DESCENT_FIELDS = tuple(name for name in FIELD_VALIDATORS if name.startswith("descent."))


@dataclass(frozen=True)
class AppSettings:
    """What the window restores at start-up.

    ``geometry``/``window_state`` are the bytes of ``QWidget.saveGeometry()`` and
    ``QMainWindow.saveState()`` (``None`` when absent or unusable). ``panel`` holds the control
    values (its ``starts`` are always empty). ``warnings`` lists the values that were dropped, in
    English (for logs); ``messages`` says the same as Messages, for the window to show in the
    reader's language (``gui.i18n.render``).
    """

    geometry: bytes | None = None
    window_state: bytes | None = None
    panel: Session = field(default_factory=Session)
    warnings: tuple[str, ...] = ()
    messages: tuple[Message, ...] = ()


def _to_json(value: Any) -> str:
    return json.dumps(value, allow_nan=False)


def save_settings(qsettings: QSettings, settings: AppSettings) -> None:
    """Write ``settings`` into ``qsettings`` (one key per value) and sync it to disk."""
    data = session_to_dict(settings.panel)
    qsettings.setValue(_VERSION_KEY, SETTINGS_VERSION)
    for key in _SESSION_FIELDS:
        qsettings.setValue(_PANEL + key, _to_json(data[key]))
    for dotted in _DESCENT_FIELDS:
        qsettings.setValue(_PANEL + dotted, _to_json(data["descent"][dotted.split(".", 1)[1]]))
    for key, blob in ((_GEOMETRY_KEY, settings.geometry), (_STATE_KEY, settings.window_state)):
        if blob is None:
            qsettings.remove(key)
        else:
            qsettings.setValue(key, QByteArray(bytes(blob)))
    qsettings.sync()


class _Reader:
    """Reads one key at a time; a bad value is logged, remembered and replaced by the default."""

    def __init__(self, qsettings: QSettings):
        self.qsettings = qsettings
        self.warnings: list[str] = []
        self.messages: list[Message] = []

    def warn(self, field: str, reason: Message) -> None:
        """Record that ``field`` was dropped and why (logged in English; the window shows the Message)."""
        error = ValidationError(field, reason)
        log.warning("settings: %s", error)
        self.warnings.append(str(error))
        self.messages.append(error.message)

    def panel_value(self, name: str, default: Any) -> Any:
        key = _PANEL + name
        if not self.qsettings.contains(key):
            return default
        raw = self.qsettings.value(key)
        if not isinstance(raw, str):
            # An INI value with a bare comma comes back as a list; anything not our JSON text is damage.
            self.warn(name, Message(UNREADABLE))
            return default
        if len(raw) > MAX_VALUE_CHARS:  # refused before json parses it (a formula is ≤ 500 characters)
            self.warn(name, Message(TOO_LONG, {"length": f"{len(raw):,}", "limit": f"{MAX_VALUE_CHARS:,}"}))
            return default
        try:
            return FIELD_VALIDATORS[name](decode_json(raw, name))
        except ValidationError as exc:  # the real reason: syntax and where, NaN, out of range, wrong type…
            self.warn(name, Message(DROPPED, {"reason": exc.reason}))
            return default

    def blob(self, key: str) -> bytes | None:
        if not self.qsettings.contains(key):
            return None
        raw = self.qsettings.value(key)
        if isinstance(raw, QByteArray):
            return bytes(raw.data())
        if isinstance(raw, (bytes, bytearray)):
            return bytes(raw)
        self.warn(key, Message(NOT_WINDOW_DATA))
        return None


def _descent_config(reader: _Reader, default: DescentConfig) -> DescentConfig:
    defaults = config_to_dict(default)
    values = {}
    for dotted in _DESCENT_FIELDS:
        key = dotted.split(".", 1)[1]
        values[key] = reader.panel_value(dotted, _default_field(dotted, defaults[key]))
    try:
        return validate_config(DescentConfig(**values))
    except ValidationError as exc:
        # Each value was fine alone but they clash (a hyper-parameter of another optimizer…):
        # the hyper-parameters are the dependent part, drop them first.
        reader.warn(exc.field, Message(HYPER_RESET, {"reason": exc.reason}))
    try:
        return validate_config(DescentConfig(**{**values, "hyper": ()}))
    except ValidationError as exc:
        reader.warn(exc.field, Message(DESCENT_RESET, {"reason": exc.reason}))
        return default


def _default_field(name: str, json_value: Any) -> Any:
    # Defaults go through the validator too, so they have the same type as loaded values.
    return FIELD_VALIDATORS[name](json_value)


def load_settings(qsettings: QSettings) -> AppSettings:
    """Read what :func:`save_settings` wrote; every unusable value falls back to its default alone."""
    reader = _Reader(qsettings)
    if qsettings.status() != QSettings.Status.NoError:
        reader.warn("settings", Message(FILE_UNREADABLE, {"status": qsettings.status().name}))
    default = Session()
    base = session_to_dict(default)
    values = {name: reader.panel_value(name, _default_field(name, base[name])) for name in _SESSION_FIELDS}

    # A formula takes precedence over a function name; with neither usable, the default function.
    if values["formula"] is not None:
        values["function"] = None
    elif values["function"] is None:
        values["function"] = default.function
    panel = dataclasses.replace(default, **values, config=_descent_config(reader, default.config), starts=())
    return AppSettings(
        geometry=reader.blob(_GEOMETRY_KEY),
        window_state=reader.blob(_STATE_KEY),
        panel=panel,
        warnings=tuple(reader.warnings),
        messages=tuple(reader.messages),
    )

