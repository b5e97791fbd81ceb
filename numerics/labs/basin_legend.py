"""Basins lab: its default run and the legend that names every colour of a basin map.

``numerics.basin_map`` does the work (descent from every grid cell, matching end points to known
critical points, clustering and Hessian-classifying the rest); this module turns its labels into
legend entries with counts, and holds the lab's default settings.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from numerics.basins import BasinMap
from numerics.descent import DescentConfig
from numerics.messages import QT_TRANSLATE_NOOP, Message, literal, message

#: Grid size of the default map (the issue asks for at least 200 × 200).
DEFAULT_RESOLUTION = 200


@dataclass(frozen=True)
class BasinPreset:
    """The basins lab's settings: function, optimizer, η, steps and grid size."""

    objective: str = "himmelblau"
    optimizer: str = "SGD"
    lr: float = 0.01
    steps: int = 500
    resolution: int = DEFAULT_RESOLUTION
    tol: float = 1e-6
    hyper: tuple[tuple[str, float], ...] = ()
    analytic: bool = True

    def config(self) -> DescentConfig:
        return DescentConfig(optimizer=self.optimizer, lr=float(self.lr), hyper=self.hyper, steps=int(self.steps),
                             tol=float(self.tol), analytic=self.analytic).validate()


BOOK_BASINS = BasinPreset()

#: Words for the special labels of ``BasinMap``: (kind, the legend's English text).
SPECIAL_LABELS: dict[int, tuple[str, str]] = {
    BasinMap.DIVERGED: ("diverged", QT_TRANSLATE_NOOP("numerics", "diverged (left the view ×1000 or overflowed)")),
    BasinMap.NOT_CONVERGED: ("not converged", QT_TRANSLATE_NOOP("numerics", "not converged (out of steps)")),
    BasinMap.STALLED: ("stalled", QT_TRANSLATE_NOOP("numerics", "stalled on a flat region (∇f = 0, no critical point)")),
}
#: An attractor's legend text: its label and where it is (notation only: not a source text to translate).
ATTRACTOR_TEXT = "{label} ({x0:.3g}, {x1:.3g})"


@dataclass(frozen=True)
class LegendEntry:
    """One colour of the map: its label, what it means, and how many starts carry it."""

    label: int  # ≥ 0: index into BasinMap.attractors; < 0: one of BasinMap's special labels
    kind: str  # "minimum", "saddle", "maximum", "diverged", "not converged", "stalled"
    text: str  # English; ``message`` is what a legend shows (translated)
    count: int
    fraction: float
    x: tuple[float, float] | None  # the attractor's position, None for special labels
    message: Message = field(default=None, compare=False, repr=False)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.message is None:
            object.__setattr__(self, "message", literal(self.text))


def legend_entries(bmap: BasinMap, include_empty: bool = False) -> list[LegendEntry]:
    """Legend rows for a basin map: attractors first (in their order), then the special labels.

    Attractors nobody reaches (saddles and maxima attract a set of measure zero) are left out
    unless ``include_empty``.
    """
    counts = bmap.counts()
    total = int(np.asarray(bmap.labels).size) or 1
    rows = []
    for k, cp in enumerate(bmap.attractors):
        n = counts.get(k, 0)
        if n or include_empty:
            text = message(ATTRACTOR_TEXT, label=cp.label_message, x0=cp.x[0], x1=cp.x[1])
            rows.append(LegendEntry(k, cp.kind, str(text), n, n / total, cp.x, text))
    for label, (kind, text) in SPECIAL_LABELS.items():
        n = counts.get(label, 0)
        if n or include_empty:
            rows.append(LegendEntry(label, kind, text, n, n / total, None, message(text)))
    return rows


def label_to_index(labels: np.ndarray, n_attractors: int) -> np.ndarray:
    """Map labels to rows of a colour table: attractors 0…K−1, then diverged, not converged, stalled.

    Lets a widget colour the whole map with one table look-up instead of a mask per label.
    """
    labels = np.asarray(labels)
    out = labels.astype(np.int64).copy()
    for offset, special in enumerate((BasinMap.DIVERGED, BasinMap.NOT_CONVERGED, BasinMap.STALLED)):
        out[labels == special] = n_attractors + offset
    return out
