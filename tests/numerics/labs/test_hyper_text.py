"""Hyper-parameters typed in one line: read, refused with a reason, written back."""

from __future__ import annotations

import pytest

from numerics.labs.hyper_text import default_hyper, format_hyper, parse_hyper
from numerics.messages import Message
from numerics.numbers import NumberError


def test_parse_pairs_with_commas_semicolons_and_unicode_minus():
    assert parse_hyper("momentum=0.9", "Momentum") == (("momentum", 0.9),)
    assert parse_hyper(" beta1 = 0.8 ; beta2=0.999, ", "Adam") == (("beta1", 0.8), ("beta2", 0.999))
    assert parse_hyper("eps=1e−8", "Adam") == (("eps", 1e-8),)
    assert parse_hyper("", "SGD") == ()


@pytest.mark.parametrize("text, words", [("momentum 0.9", "name=value"), ("=0.9", "name=value"),
                                         ("momentum=fast", "not a number"), ("momentum=", "type a number")])
def test_bad_pairs_are_refused_naming_the_optimizer(text, words):
    with pytest.raises(NumberError, match=words) as info:
        parse_hyper(text, "Momentum")
    assert "Momentum" in str(info.value)
    assert isinstance(info.value.message, Message) and str(info.value.message) == str(info.value)


def test_defaults_round_trip_through_the_text():
    for optimizer in ("SGD", "Momentum", "Adam", "RMSProp"):
        pairs = default_hyper(optimizer)
        assert parse_hyper(format_hyper(pairs), optimizer) == pairs
    assert format_hyper((("eps", -1e-8),)) == "eps=-1e-8"
