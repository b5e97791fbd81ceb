"""Legend rows and colour-table indices for basin maps."""

from __future__ import annotations

import numpy as np
import pytest

from numerics.basins import BasinMap, basin_map
from numerics.functions import get_objective
from numerics.labs.basin_legend import BOOK_BASINS, label_to_index, legend_entries


@pytest.fixture(scope="module")
def himmelblau_map():
    obj = get_objective("himmelblau")
    return basin_map(obj, obj.box, 40, BOOK_BASINS.config())


def test_himmelblau_shows_four_minima(himmelblau_map):
    rows = legend_entries(himmelblau_map)
    minima = [r for r in rows if r.kind == "minimum"]
    assert len(minima) == 4
    assert all(r.count > 0 for r in rows)
    assert sum(r.fraction for r in rows) == pytest.approx(1.0)
    assert sum(r.count for r in rows) == 40 * 40
    assert "(3, 2)" in " ".join(r.text for r in minima)  # Himmelblau's famous minimum


def test_include_empty_lists_every_attractor_and_special_label(himmelblau_map):
    rows = legend_entries(himmelblau_map, include_empty=True)
    assert len(rows) == len(himmelblau_map.attractors) + 3
    assert {r.kind for r in rows if r.label < 0} == {"diverged", "not converged", "stalled"}


def test_label_to_index_puts_special_labels_after_the_attractors():
    labels = np.array([[0, 2, BasinMap.DIVERGED], [BasinMap.NOT_CONVERGED, BasinMap.STALLED, 1]])
    idx = label_to_index(labels, 3)
    assert idx.tolist() == [[0, 2, 3], [4, 5, 1]]


def test_plateau_starts_stall():
    obj = get_objective("plateau")
    bmap = basin_map(obj, obj.box, 30, BOOK_BASINS.config())
    kinds = {r.kind for r in legend_entries(bmap)}
    assert "minimum" in kinds and "stalled" in kinds
