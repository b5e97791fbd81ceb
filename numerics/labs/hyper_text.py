"""Hyper-parameters as the labs' text fields hold them: ``"momentum=0.9, …"``.

The optimizer lab and the step inspector let the learner type an optimizer's constants in one
line; this module reads that line (numbers through ``numerics.numbers``) and writes it back.
The ranges are checked where the optimizer is made (``make_optimizer``), not here.
"""

from __future__ import annotations

from numerics.messages import QT_TRANSLATE_NOOP, message
from numerics.numbers import NumberError, format_number, parse_number
from numerics.optimizers import OPTIMIZERS

NOT_NAME_VALUE = QT_TRANSLATE_NOOP("numerics", "{optimizer}: write hyper-parameters as name=value, got “{part}”")

Hyper = tuple[tuple[str, float], ...]


def parse_hyper(text: str, optimizer: str) -> Hyper:
    """``"momentum=0.9; …"`` → ``(("momentum", 0.9), …)`` (commas or semicolons between pairs).

    Raises :class:`~numerics.numbers.NumberError` (a ``ValueError`` with a ``.message``) naming the
    optimizer and the pair that is not ``name=value`` or whose value is not a number.
    """
    pairs = []
    for part in (p.strip() for p in text.replace(";", ",").split(",")):
        if not part:
            continue
        name, sep, value = (s.strip() for s in part.partition("="))
        if not sep or not name:
            raise NumberError(message(NOT_NAME_VALUE, optimizer=optimizer, part=part), part)
        pairs.append((name, parse_number(value, name=f"{optimizer} {name}")))
    return tuple(pairs)


def default_hyper(optimizer: str) -> Hyper:
    """The optimizer's own defaults, in its order."""
    return tuple((k, v.default) for k, v in OPTIMIZERS[optimizer].HYPERPARAMETERS.items())


def format_hyper(pairs: Hyper) -> str:
    """The text a field shows for ``pairs`` (ASCII minus: the learner may edit it)."""
    return ", ".join(f"{k}={format_number(v, ascii_minus=True)}" for k, v in pairs)

