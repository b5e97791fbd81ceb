"""EventedModel: typed fields with defaults, change callbacks, coalesced holds, one validation path."""

from __future__ import annotations

import math

import pytest

from gui.model.evented import EventedModel, evented_field


def _positive(value):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise ValueError(f"must be positive, got {value!r}")
    return float(value)


class Looks(EventedModel):
    theme: str = "light"
    width: float = evented_field(1.0, validate=_positive)
    tags: tuple = evented_field(default_factory=tuple)
    low: float = 0.0
    high: float = 1.0

    def _normalise(self, proposed, given):
        # a dependent field: a new theme resets the width unless it is given too
        if "theme" in given and "width" not in given and proposed["theme"] != self.theme:
            proposed["width"] = 2.0 if proposed["theme"] == "dark" else 1.0
        return proposed

    def _check(self, proposed):
        if not proposed["low"] < proposed["high"]:
            raise ValueError("low must be below high")


class Recorder:
    def __init__(self, model: EventedModel):
        self.any: list[frozenset[str]] = []
        self.fields: list[tuple[str, object]] = []
        model.on_any_change(self.any.append)
        for name in model.fields:
            model.on_change(name, lambda value, n=name: self.fields.append((n, value)))


def test_fields_have_defaults_and_keyword_values():
    assert list(Looks.fields) == ["theme", "width", "tags", "low", "high"]
    looks = Looks()
    assert (looks.theme, looks.width, looks.tags) == ("light", 1.0, ())
    other = Looks(width=3, low=-1.0)
    assert other.width == 3.0 and isinstance(other.width, float)  # through the validator
    assert other.values()["low"] == -1.0
    assert Looks() == Looks() and Looks() != other


def test_a_set_tells_the_field_and_any_change_once():
    looks = Looks()
    seen = Recorder(looks)
    looks.high = 5.0
    assert seen.fields == [("high", 5.0)]
    assert seen.any == [frozenset({"high"})]


def test_setting_an_equal_value_tells_nobody():
    looks = Looks()
    seen = Recorder(looks)
    looks.theme = "light"
    looks.update(width=1, high=1.0)  # 1 == 1.0 after validation
    assert looks.update(low=0.0) == frozenset()
    assert seen.any == [] and seen.fields == []


def test_update_changes_several_fields_with_one_any_change_call():
    looks = Looks()
    seen = Recorder(looks)
    changed = looks.update(low=-2.0, high=2.0, tags=("a",))
    assert changed == {"low", "high", "tags"}
    assert seen.any == [frozenset({"low", "high", "tags"})]
    assert sorted(seen.fields) == [("high", 2.0), ("low", -2.0), ("tags", ("a",))]


def test_hold_coalesces_and_nests():
    looks = Looks()
    seen = Recorder(looks)
    with looks.hold():
        looks.low = -1.0
        with looks.batch():  # the same context manager, nested
            looks.high = 3.0
            looks.low = -5.0
        assert seen.any == []  # nothing told while any hold is open
        assert looks.low == -5.0  # but the values are already there
    assert seen.any == [frozenset({"low", "high"})]
    assert seen.fields == [("low", -5.0), ("high", 3.0)]  # the final value, once each


def test_a_value_set_and_set_back_inside_a_hold_is_no_change():
    looks = Looks()
    seen = Recorder(looks)
    with looks.hold():
        looks.high = 9.0
        looks.high = 1.0
    assert seen.any == [] and seen.fields == []


def test_validation_refuses_and_stores_nothing():
    looks = Looks()
    seen = Recorder(looks)
    with pytest.raises(ValueError, match="positive"):
        looks.width = -1
    with pytest.raises(ValueError, match="positive"):
        looks.update(high=7.0, width=math.nan)  # all or nothing: high is not stored either
    with pytest.raises(ValueError, match="below high"):
        looks.update(low=3.0)  # the cross-field check
    with pytest.raises(KeyError, match="no field 'colour'"):
        looks.update(colour="red")
    assert (looks.width, looks.high, looks.low) == (1.0, 1.0, 0.0)
    assert seen.any == []


def test_normalise_sets_dependent_fields_in_the_same_change():
    looks = Looks()
    seen = Recorder(looks)
    looks.theme = "dark"
    assert looks.width == 2.0
    assert seen.any == [frozenset({"theme", "width"})]
    looks.update(theme="light", width=5.0)  # given together: the caller's width wins
    assert looks.width == 5.0


def test_changes_made_by_a_callback_are_told_in_a_next_round_not_re_entered():
    looks = Looks()
    rounds: list[frozenset[str]] = []
    depth = [0]

    def follow(names):
        depth[0] += 1
        assert depth[0] == 1, "re-entered"
        rounds.append(names)
        if "high" in names and looks.high > 10:
            looks.low = looks.high - 1  # a subscriber that reacts by changing the model
        depth[0] -= 1

    looks.on_any_change(follow)
    looks.high = 20.0
    assert rounds == [frozenset({"high"}), frozenset({"low"})]
    assert looks.low == 19.0


def test_a_failing_subscriber_does_not_keep_the_others_uninformed():
    looks = Looks()
    told = []

    def broken(_names):
        raise RuntimeError("subscriber bug")

    looks.on_any_change(broken)
    looks.on_any_change(told.append)
    with pytest.raises(RuntimeError, match="subscriber bug"):
        looks.high = 4.0
    assert told == [frozenset({"high"})] and looks.high == 4.0
    looks.disconnect(broken)
    looks.high = 5.0
    assert told[-1] == frozenset({"high"})


def test_a_feedback_loop_is_stopped_with_an_error():
    looks = Looks()
    looks.on_change("high", lambda value: setattr(looks, "high", value + 1))
    with pytest.raises(RuntimeError, match="kept changing"):
        looks.high = 2.0


def test_nan_is_no_change_when_set_again():
    class Reading(EventedModel):
        value: float = math.nan

    reading = Reading()
    seen = []
    reading.on_any_change(seen.append)
    reading.value = math.nan
    assert seen == []


def test_on_change_refuses_unknown_fields_and_disconnect_removes():
    looks = Looks()
    with pytest.raises(KeyError):
        looks.on_change("nope", print)
    seen = []
    looks.on_change("theme", seen.append)
    looks.disconnect(seen.append)
    looks.theme = "dark"
    assert seen == []


def test_a_field_without_default_is_a_class_definition_error():
    with pytest.raises(TypeError, match="needs a default"):
        class Broken(EventedModel):  # noqa: F841
            value: int
