"""The Explorer window's state: one observable, Qt-free object behind the panel, menus and canvas.

Everything the Explorer shows and runs with lives here — the function or formula and its box,
the descent settings, the animation speed, the looks (theme, layers, arrow mode, log heatmap)
and keep-paths — and nowhere else. The control panel and the menus write it and follow it, the
canvas subscribes to it (``FieldCanvas.bind_state``), the command line and the settings store
fill it through sessions, and a session *is* this state serialised plus the run starts
(:meth:`ExplorerState.to_session`, :meth:`ExplorerState.from_session`).

Every value passes the validators of :mod:`gui.model.validation` on the way in, and the fields
are checked together (a function *or* a formula, hyper-parameters that belong to the optimizer)
before anything is stored, so the state is always one the app can run with. Changes made in one
:meth:`~gui.model.evented.EventedModel.update` (or inside ``hold()``) reach subscribers once:
one user action, one field computation.

Defaults that work: a new function brings its own η and step limit (``Objective.default_lr``,
``default_steps``: a first click anywhere in its view reaches a minimum), unless the user set that
value by hand (``lr_by_hand``, ``steps_by_hand``: the panel sets them when the user commits a
value). ``probe`` is the last start point, where the panel reads the stability bound
(:meth:`ExplorerState.stability`, :meth:`ExplorerState.suggest_lr`); it is not part of a session.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

import numpy as np

from gui.model.evented import EventedModel, evented_field
from gui.model.session import DEFAULT_FUNCTION, RunRecord, Session, build_objective
from gui.model.validation import (
    EXPECTED_POINT,
    FIELD_VALIDATORS,
    LAYER_NAMES,
    LIMITS,
    Box,
    ValidationError,
    check_bool,
    check_hyper_for,
    describe,
    validate_config,
)
from numerics import CATALOGUE, OPTIMIZERS, DescentConfig, Objective, stability_message, suggest_lr
from numerics.labs.race import nice_learning_rate
from numerics.messages import QT_TRANSLATE_NOOP, Message

__all__ = ["DESCENT_FIELDS", "FIELD_OPTION_FIELDS", "LAYER_FIELDS", "OBJECTIVE_FIELDS", "ExplorerState"]

BOTH_GIVEN = QT_TRANSLATE_NOOP("numerics", "give either a function name or a formula, not both")
NEITHER_GIVEN = QT_TRANSLATE_NOOP("numerics", "give a function name or a formula")

#: The fields that decide the objective (and so the whole field on the canvas).
OBJECTIVE_FIELDS = frozenset({"function", "formula", "view_box"})
#: The fields of a DescentConfig, by the state's names.
DESCENT_FIELDS = ("optimizer", "lr", "hyper", "steps", "tol", "h", "scheme", "analytic", "escape_box")
#: The fields that decide how the canvas's arrows are computed (besides the objective).
FIELD_OPTION_FIELDS = frozenset({"analytic", "h", "scheme"})
#: Layer name → the boolean field that shows it.
LAYER_FIELDS: dict[str, str] = {name: f"show_{name}" for name in LAYER_NAMES}

_DEFAULT_CONFIG = DescentConfig()
_OBJECTIVE_CACHE_SIZE = 4


def _validator(session_name: str):
    return FIELD_VALIDATORS[session_name]


def _check_probe(value: Any) -> tuple[float, float] | None:
    """None, or a point of two coordinates in the start points' range."""
    if value is None:
        return None
    if not isinstance(value, (list, tuple, np.ndarray)) or len(value) != 2:
        raise ValidationError("probe", Message(EXPECTED_POINT, {"got": describe(value)}))
    return tuple(float(LIMITS["coordinate"].check(f"probe[{k}]", v)) for k, v in enumerate(value))  # type: ignore[return-value]


#: Significant digits of a suggested η: what the panel shows, and a little below the exact 1/Λ.
SUGGEST_DIGITS = 3


class ExplorerState(EventedModel):
    """What the Explorer shows and runs with. Field names follow ``DescentConfig`` and ``Session``.

    ``function`` (a catalogue name) or ``formula`` (user text) — exactly one is set;
    ``view_box`` is the box the function is shown over (``None``: its own box);
    ``escape_box`` as in ``DescentConfig`` (``None``: the view box); ``animation_speed`` in steps
    per second, ``math.inf`` = instant; ``analytic`` is the user's choice — a formula has no
    analytic gradient, so :attr:`numerical_gradient` is what is really used.
    """

    function: str | None = evented_field(DEFAULT_FUNCTION, validate=_validator("function"))
    formula: str | None = evented_field(None, validate=_validator("formula"))
    view_box: Box | None = evented_field(None, validate=_validator("view_box"))
    optimizer: str = evented_field(_DEFAULT_CONFIG.optimizer, validate=_validator("descent.optimizer"))
    lr: float = evented_field(_DEFAULT_CONFIG.lr, validate=_validator("descent.lr"))
    hyper: tuple[tuple[str, float], ...] = evented_field(_DEFAULT_CONFIG.hyper, validate=_validator("descent.hyper"))
    steps: int = evented_field(_DEFAULT_CONFIG.steps, validate=_validator("descent.steps"))
    tol: float = evented_field(_DEFAULT_CONFIG.tol, validate=_validator("descent.tol"))
    h: float = evented_field(_DEFAULT_CONFIG.h, validate=_validator("descent.h"))
    scheme: str = evented_field(_DEFAULT_CONFIG.scheme, validate=_validator("descent.scheme"))
    analytic: bool = evented_field(_DEFAULT_CONFIG.analytic, validate=_validator("descent.analytic"))
    escape_box: Box | None = evented_field(None, validate=_validator("descent.escape_box"))
    animation_speed: float = evented_field(30.0, validate=_validator("animation_speed"))
    keep_paths: bool = evented_field(False, validate=_validator("keep_paths"))
    theme: str = evented_field("light", validate=_validator("theme"))
    arrow_mode: str = evented_field("scaled", validate=_validator("arrow_mode"))
    log_heatmap: bool = evented_field(CATALOGUE[DEFAULT_FUNCTION].log_heatmap, validate=check_bool("log_heatmap"))
    show_field: bool = evented_field(True, validate=check_bool("layers.field"))
    show_heatmap: bool = evented_field(True, validate=check_bool("layers.heatmap"))
    show_contours: bool = evented_field(True, validate=check_bool("layers.contours"))
    show_critical: bool = evented_field(True, validate=check_bool("layers.critical"))
    show_paths: bool = evented_field(True, validate=check_bool("layers.paths"))
    lr_by_hand: bool = evented_field(False, validate=check_bool("lr_by_hand"))
    steps_by_hand: bool = evented_field(False, validate=check_bool("steps_by_hand"))
    probe: tuple[float, float] | None = evented_field(None, validate=_check_probe)

    def __init__(self, **values: Any) -> None:
        self._objectives: dict[tuple, Objective] = {}
        # The hyper-parameters last used with each optimizer: switching away and back keeps them.
        self._hyper_memory: dict[str, tuple[tuple[str, float], ...]] = {}
        super().__init__(**values)

    # -- derived values -------------------------------------------------------------------------
    @property
    def objective(self) -> Objective:
        """The objective shown, with ``box`` = the view box (a catalogue entry itself when unboxed)."""
        return self._objective_of(self._values)

    @property
    def numerical_gradient(self) -> bool:
        """Whether ∇f is computed by finite differences (always so for a formula)."""
        return not (self.analytic and self.objective.has_analytic_gradient)

    def field_options(self) -> tuple[bool, float, str]:
        """``(numerical, h, scheme)``: what the canvas's arrows are computed with."""
        return self.numerical_gradient, self.h, self.scheme

    def layers(self) -> dict[str, bool]:
        """Visibility by layer name (``"field", "heatmap", "contours", "critical", "paths"``)."""
        return {name: self._values[field] for name, field in LAYER_FIELDS.items()}

    def set_layer(self, name: str, visible: bool) -> None:
        """Show or hide one layer by its name."""
        if name not in LAYER_FIELDS:
            raise KeyError(f"unknown layer {name!r}; layers: {', '.join(LAYER_NAMES)}")
        self.update(**{LAYER_FIELDS[name]: visible})

    def descent_config(self) -> DescentConfig:
        """The settings a run starts with: the gradient actually used, and the escape box (the
        view box unless one was given: a run has diverged when it leaves that box grown
        ``numerics.descent.ESCAPE_FACTOR``×)."""
        escape = self.escape_box if self.escape_box is not None else tuple(self.objective.box)
        return DescentConfig(optimizer=self.optimizer, lr=self.lr, hyper=self.hyper, steps=self.steps,
                             tol=self.tol, h=self.h, scheme=self.scheme, analytic=not self.numerical_gradient,
                             escape_box=escape)

    # -- the stability bound --------------------------------------------------------------------
    def probe_point(self) -> tuple[float, float]:
        """Where the stability bound is read: the last start, else the centre of the view."""
        if self.probe is not None:
            return self.probe
        b = self.objective.box
        return ((b[0] + b[1]) / 2, (b[2] + b[3]) / 2)

    def stability(self) -> Message:
        """λmax of the Hessian at :meth:`probe_point`, the largest stable η of plain gradient
        descent there (2/λmax) and the suggested η, as one sentence (``numerics.diagnosis``)."""
        return stability_message(self.objective, self.probe_point(), self.objective.box)

    def suggested_lr(self) -> float:
        """``numerics.suggest_lr`` at :meth:`probe_point`, to ``SUGGEST_DIGITS`` significant digits
        (never rounded up: ``numerics.labs.race.nice_learning_rate``) and in the range a session accepts."""
        eta = nice_learning_rate(float(suggest_lr(self.objective, self.probe_point(), self.objective.box)),
                                 SUGGEST_DIGITS)
        limit = LIMITS["lr"]
        return float(min(max(eta, limit.low), limit.high))

    def suggest_lr(self) -> float:
        """Set η to :meth:`suggested_lr` (the "Suggest η" action); returns it. The suggestion
        belongs to this function, so another function still brings its own default η."""
        eta = self.suggested_lr()
        self.update(lr=eta, lr_by_hand=False)
        return eta

    # -- sessions -------------------------------------------------------------------------------
    def to_session(self, starts: tuple[tuple[float, float], ...] = (), runs: tuple[RunRecord, ...] = ()) -> Session:
        """This state as a :class:`Session` with ``runs`` (each with its own settings) or plain
        ``starts`` (run with this state's settings), ready for ``save_session``."""
        objective = self.objective
        if self.formula is not None:
            view_box: Box | None = tuple(objective.box)  # a formula's box is part of what it shows
        else:
            view_box = self.view_box
        config = dataclasses.replace(self.descent_config(), escape_box=self.escape_box)
        return Session(function=self.function, formula=self.formula, view_box=view_box, config=config,
                       animation_speed=self.animation_speed, starts=tuple(starts), theme=self.theme,
                       layers=self.layers(), arrow_mode=self.arrow_mode, log_heatmap=self.log_heatmap,
                       keep_paths=self.keep_paths, runs=tuple(runs), lr_by_hand=self.lr_by_hand,
                       steps_by_hand=self.steps_by_hand)

    @staticmethod
    def session_values(session: Session) -> dict[str, Any]:
        """The field values ``session`` describes (every field: loading it is deterministic)."""
        config = session.config
        values: dict[str, Any] = {
            "function": session.function, "formula": session.formula, "view_box": session.view_box,
            "optimizer": config.optimizer, "lr": config.lr, "hyper": config.hyper, "steps": config.steps,
            "tol": config.tol, "h": config.h, "scheme": config.scheme, "analytic": config.analytic,
            "escape_box": config.escape_box, "animation_speed": session.animation_speed,
            "keep_paths": session.keep_paths, "theme": session.theme, "arrow_mode": session.arrow_mode,
        }
        layers = dict(session.layers)
        values.update({field: layers.get(name, True) for name, field in LAYER_FIELDS.items()})
        if session.log_heatmap is not None:
            values["log_heatmap"] = session.log_heatmap
        return values

    def from_session(self, session: Session) -> frozenset[str]:
        """Show ``session`` (its starts aside) with ONE update; returns the names that changed.

        A session without ``log_heatmap`` (version 1) takes its objective's own choice.
        """
        values = self.session_values(session)
        objective = self._objective_of(values)
        if "log_heatmap" not in values:
            values["log_heatmap"] = objective.log_heatmap
        # Set by hand as the session says; a file that does not say (version 1 or 2): the user's
        # unless they are the function's defaults.
        values["lr_by_hand"] = (values["lr"] != objective.default_lr if session.lr_by_hand is None
                                else session.lr_by_hand)
        values["steps_by_hand"] = (values["steps"] != objective.default_steps if session.steps_by_hand is None
                                   else session.steps_by_hand)
        values["probe"] = None
        return self.update(**values)

    # -- EventedModel hooks ---------------------------------------------------------------------
    def update(self, **changes: Any) -> frozenset[str]:
        changed = super().update(**changes)
        self._hyper_memory[self.optimizer] = self.hyper
        return changed

    def _normalise(self, proposed: dict[str, Any], given: frozenset[str]) -> dict[str, Any]:
        current = self._values
        # A function replaces the formula and the other way round …
        if "formula" in given and proposed["formula"] is not None and "function" not in given:
            proposed["function"] = None
        if "function" in given and proposed["function"] is not None and "formula" not in given:
            proposed["formula"] = None
        # … and a *new* one shows its own box and log scale. Writing the shown function again
        # (as a widget following the state does) changes nothing.
        new_objective = (proposed["function"], proposed["formula"]) != (current["function"], current["formula"])
        if new_objective and "view_box" not in given:
            proposed["view_box"] = None
        if new_objective and self._objective_named(proposed):
            objective = self._objective_of(proposed)
            if "log_heatmap" not in given:
                proposed["log_heatmap"] = objective.log_heatmap
            # Defaults that work: the new function's η and step limit, unless set by hand.
            if "lr" not in given and not proposed["lr_by_hand"]:
                proposed["lr"] = objective.default_lr
            if "steps" not in given and not proposed["steps_by_hand"]:
                proposed["steps"] = objective.default_steps
            if "probe" not in given:
                proposed["probe"] = None  # a point of another function
        # Another optimizer brings its own hyper-parameters (the ones last used with it).
        if proposed["optimizer"] != current["optimizer"] and "hyper" not in given:
            proposed["hyper"] = self._hyper_memory.get(proposed["optimizer"], ())
        proposed["hyper"] = _complete_hyper(proposed["optimizer"], proposed["hyper"])
        return proposed

    def _check(self, proposed: Mapping[str, Any]) -> None:
        if proposed["function"] is not None and proposed["formula"] is not None:
            raise ValidationError("formula", Message(BOTH_GIVEN))
        if not self._objective_named(proposed):
            raise ValidationError("function", Message(NEITHER_GIVEN))
        check_hyper_for(proposed["optimizer"], proposed["hyper"])
        validate_config(DescentConfig(**{name: proposed[name] for name in DESCENT_FIELDS}))

    # -- internals ------------------------------------------------------------------------------
    @staticmethod
    def _objective_named(values: Mapping[str, Any]) -> bool:
        return values["function"] is not None or values["formula"] is not None

    def _objective_of(self, values: Mapping[str, Any]) -> Objective:
        key = (values["function"], values["formula"], values["view_box"])
        objective = self._objectives.get(key)
        if objective is None:
            objective = build_objective(*key)
            if len(self._objectives) >= _OBJECTIVE_CACHE_SIZE:
                self._objectives.pop(next(iter(self._objectives)))
            self._objectives[key] = objective  # the same object each time: equal objectives stay equal
        return objective


def _complete_hyper(optimizer: str, hyper: tuple[tuple[str, float], ...]) -> tuple[tuple[str, float], ...]:
    """Every hyper-parameter of ``optimizer`` in its declared order, defaults for those not given;
    names the optimizer does not take are kept, for ``_check`` to refuse with a reason."""
    given = dict(hyper)
    specs = OPTIMIZERS[optimizer].HYPERPARAMETERS
    known = tuple((name, float(given.pop(name, spec.default))) for name, spec in specs.items())
    return known + tuple(sorted(given.items()))
