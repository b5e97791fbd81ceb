"""A small Qt-free evented model: typed fields, change callbacks, coalesced batches.

The pattern of napari's ``EventedModel`` and glue's viewer ``State``, in a few dozen lines and
without their dependencies. A subclass declares fields as annotated class attributes::

    class Looks(EventedModel):
        theme: str = evented_field("light", validate=check_theme)
        opacity: float = 0.5                     # a plain default: no validation

and then::

    looks.on_change("theme", lambda value: ...)      # one field, called with the new value
    looks.on_any_change(lambda names: ...)           # any field, called with the SET of changed names
    looks.update(theme="dark", opacity=0.8)          # several fields at once: subscribers told once
    with looks.hold():                               # coalesce whatever happens inside
        looks.theme = "dark"
        looks.opacity = 0.8

Rules (each one what keeps a bound GUI from computing twice or looping):

* Every value goes through one path, :meth:`EventedModel.update`: each field's ``validate``
  (raw value → typed value, or raise), then the model's :meth:`_normalise` hook (dependent
  fields, e.g. "a new function resets the view box"), then :meth:`_check` (cross-field
  consistency). Only when all of that passes is anything stored: an update is all or nothing.
* A value equal to the stored one is no change: nobody is told.
* Inside :meth:`hold` (nestable) changes are collected; when the outermost hold ends each
  changed field's callbacks run once with its final value, then the any-change callbacks once
  with the set of names. A field set and set back inside a hold is no change.
* A callback that changes the model while being told of a change is not re-entered: its
  changes are told in a following round, after every subscriber has seen the current one.
"""

from __future__ import annotations

import contextlib
import dataclasses
import inspect
from collections.abc import Callable, Iterator, Mapping
from typing import Any, ClassVar

__all__ = ["EventedModel", "FieldSpec", "evented_field"]

_MISSING = object()
#: Rounds of "a callback changed the model again" before we call it a feedback loop.
MAX_ROUNDS = 100


@dataclasses.dataclass(frozen=True)
class FieldSpec:
    """How one field behaves: its default and the validator every value passes through."""

    default: Any = _MISSING
    default_factory: Callable[[], Any] | None = None
    validate: Callable[[Any], Any] | None = None
    doc: str = ""

    def initial(self) -> Any:
        if self.default_factory is not None:
            return self.default_factory()
        if self.default is _MISSING:
            raise TypeError("a field needs a default or a default_factory")
        return self.default


def evented_field(default: Any = _MISSING, *, default_factory: Callable[[], Any] | None = None,
                  validate: Callable[[Any], Any] | None = None, doc: str = "") -> Any:
    """Declare a field (typed ``Any`` so ``x: float = evented_field(0.1, ...)`` type-checks)."""
    return FieldSpec(default, default_factory, validate, doc)


class _FieldAccess:
    """Class attribute standing for one field: reads the stored value, writes through update()."""

    def __init__(self, name: str, spec: FieldSpec) -> None:
        self.name = name
        self.spec = spec

    def __get__(self, instance: "EventedModel | None", owner: type) -> Any:
        if instance is None:
            return self
        return instance._values[self.name]

    def __set__(self, instance: "EventedModel", value: Any) -> None:
        instance.update(**{self.name: value})


class EventedModel:
    """Base class of the Qt-free observable models (see the module docstring)."""

    #: name → spec, in declaration order (base classes' fields first).
    fields: ClassVar[dict[str, FieldSpec]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields = dict(getattr(cls, "fields", {}))
        for name in inspect.get_annotations(cls):  # this class's own, as written (strings)
            if name.startswith("_") or name == "fields":
                continue
            raw = cls.__dict__.get(name, _MISSING)
            if isinstance(raw, _FieldAccess):  # pragma: no cover - redeclared in the same class body
                spec = raw.spec
            elif isinstance(raw, FieldSpec):
                spec = raw
            elif raw is _MISSING:
                raise TypeError(f"{cls.__name__}.{name} needs a default")
            else:
                spec = FieldSpec(default=raw)
            fields[name] = spec
            setattr(cls, name, _FieldAccess(name, spec))
        cls.fields = fields

    def __init__(self, **values: Any) -> None:
        self._values: dict[str, Any] = {}
        for name, spec in self.fields.items():
            initial = spec.initial()
            self._values[name] = spec.validate(initial) if spec.validate is not None else initial
        self._field_callbacks: dict[str, list[Callable[[Any], None]]] = {name: [] for name in self.fields}
        self._any_callbacks: list[Callable[[frozenset[str]], None]] = []
        self._hold_depth = 0
        self._before: dict[str, Any] = {}  # value of each field touched since the hold began
        self._emitting = False
        if values:
            self.update(**values)  # nobody has subscribed yet: validated, not told

    # -- reading --------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """Every field's current value, by name (a fresh dict)."""
        return dict(self._values)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values == other._values  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment] - mutable

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={value!r}" for name, value in self._values.items())
        return f"{type(self).__name__}({inner})"

    # -- subscribing ----------------------------------------------------------------------------
    def on_change(self, name: str, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        """Call ``callback(new_value)`` after field ``name`` changed; returns ``callback``."""
        if name not in self.fields:
            raise KeyError(f"{type(self).__name__} has no field {name!r}; fields: {', '.join(self.fields)}")
        self._field_callbacks[name].append(callback)
        return callback

    def on_any_change(self, callback: Callable[[frozenset[str]], None]) -> Callable[[frozenset[str]], None]:
        """Call ``callback(names)`` once per change (or held batch) with the set of changed fields."""
        self._any_callbacks.append(callback)
        return callback

    def disconnect(self, callback: Callable[..., None]) -> None:
        """Remove ``callback`` wherever it was subscribed (unknown callbacks are ignored)."""
        for callbacks in (*self._field_callbacks.values(), self._any_callbacks):
            while callback in callbacks:
                callbacks.remove(callback)

    # -- writing --------------------------------------------------------------------------------
    def update(self, **changes: Any) -> frozenset[str]:
        """Set several fields at once, all validated first; returns the names that changed.

        Raises whatever a validator, :meth:`_normalise` or :meth:`_check` raises, with nothing
        stored. Subscribers are told once, after every field is stored (at the end of the
        outermost :meth:`hold` if one is open).
        """
        unknown = [name for name in changes if name not in self.fields]
        if unknown:
            raise KeyError(f"{type(self).__name__} has no field {unknown[0]!r}; fields: {', '.join(self.fields)}")
        proposed = dict(self._values)
        for name, value in changes.items():
            validate = self.fields[name].validate
            proposed[name] = validate(value) if validate is not None else value
        proposed = self._normalise(proposed, frozenset(changes))
        self._check(proposed)
        changed = frozenset(name for name in self.fields if not _same(proposed[name], self._values[name]))
        with self.hold():
            for name in changed:
                self._before.setdefault(name, self._values[name])
                self._values[name] = proposed[name]
        return changed

    @contextlib.contextmanager
    def hold(self) -> Iterator[None]:
        """Collect changes; tell subscribers once when the outermost hold ends (nestable)."""
        self._hold_depth += 1
        try:
            yield
        finally:
            self._hold_depth -= 1
            if self._hold_depth == 0 and not self._emitting:
                self._emit()

    batch = hold  #: the same context manager under napari's name

    # -- hooks for subclasses -------------------------------------------------------------------
    def _normalise(self, proposed: dict[str, Any], given: frozenset[str]) -> dict[str, Any]:
        """Adjust dependent fields of ``proposed`` (all fields, ``given`` ones set by the caller)."""
        return proposed

    def _check(self, proposed: Mapping[str, Any]) -> None:
        """Raise if the fields of ``proposed`` do not fit together; nothing is stored then."""

    # -- internals ------------------------------------------------------------------------------
    def _emit(self) -> None:
        self._emitting = True
        try:
            for _round in range(MAX_ROUNDS):
                changed = frozenset(n for n, old in self._before.items() if not _same(old, self._values[n]))
                self._before = {}
                if not changed:
                    return
                self._tell(changed)
            raise RuntimeError(f"{type(self).__name__}: callbacks kept changing the model ({MAX_ROUNDS} rounds)")
        finally:
            self._emitting = False
            self._before = {}

    def _tell(self, changed: frozenset[str]) -> None:
        # Every subscriber hears of the change even if an earlier one raised; the first error
        # is raised afterwards, so a broken subscriber cannot leave the others out of date.
        errors: list[BaseException] = []
        for name in self.fields:  # declaration order: deterministic
            if name in changed:
                for callback in list(self._field_callbacks[name]):
                    _call(errors, callback, self._values[name])
        for callback in list(self._any_callbacks):
            _call(errors, callback, changed)
        if errors:
            raise errors[0]


def _call(errors: list[BaseException], callback: Callable[[Any], None], argument: Any) -> None:
    try:
        callback(argument)
    except Exception as exc:  # noqa: BLE001 - re-raised by _tell once everyone has been told
        errors.append(exc)


def _same(a: Any, b: Any) -> bool:
    """Equality that never raises and treats NaN like itself (so NaN is not a change every time)."""
    if a is b:
        return True
    if isinstance(a, float) and isinstance(b, float) and a != a and b != b:
        return True
    try:
        return bool(a == b)
    except Exception:  # noqa: BLE001 - e.g. numpy arrays: compare as "not the same object"
        return False
