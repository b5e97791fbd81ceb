"""FieldCanvas following an ExplorerState: deferred() coalesces, bind_state applies each change once."""

from __future__ import annotations

import pytest

from gui.canvas.field_canvas import FieldCanvas
from gui.model.explorer_state import ExplorerState
from gui.model.theme import DARK, LIGHT
from numerics import CATALOGUE


class Counts:
    def __init__(self, canvas: FieldCanvas, monkeypatch):
        self.computes = 0
        self.updates = 0
        compute = canvas._compute_field

        def counted():
            self.computes += 1
            compute()

        monkeypatch.setattr(canvas, "_compute_field", counted)
        canvas.fieldUpdated.connect(self._updated)

    def _updated(self):
        self.updates += 1


@pytest.fixture
def canvas(make_canvas):
    return make_canvas(size=(500, 400))


def settle(qtbot, canvas):
    qtbot.wait(4 * canvas.DEBOUNCE_MS)


def test_deferred_coalesces_every_recompute_and_redraw_into_one(qtbot, canvas, monkeypatch):
    canvas.set_objective(CATALOGUE["himmelblau"])
    settle(qtbot, canvas)
    counts = Counts(canvas, monkeypatch)
    with canvas.deferred():
        canvas.reset_view()
        canvas.set_field_options(True, 1e-3, "forward")
        canvas.set_log_heatmap(False)
        canvas.set_layer_visible("heatmap", True)
        canvas.set_theme(DARK)
        assert counts.computes == 0  # nothing while deferred
    assert (counts.computes, counts.updates) == (1, 1)
    settle(qtbot, canvas)
    assert counts.computes == 1  # and no debounced recompute left behind
    assert canvas.field_options == {"numerical": True, "h": 1e-3, "scheme": "forward"}


def test_bind_state_applies_the_state_then_each_change_once(qtbot, canvas, monkeypatch):
    state = ExplorerState(function="himmelblau", theme="dark", arrow_mode="unit", show_contours=False)
    counts = Counts(canvas, monkeypatch)
    canvas.bind_state(state)
    assert counts.computes == 1  # the first frame at once
    assert canvas.objective is CATALOGUE["himmelblau"] and canvas.theme is DARK
    assert canvas.arrow_mode == "unit" and not canvas.layer_visible("contours")
    settle(qtbot, canvas)
    counts.computes = counts.updates = 0

    state.update(function="rosenbrock", view_box=(-1.0, 1.0, -0.5, 1.5), theme="light", analytic=False,
                 show_contours=True)
    settle(qtbot, canvas)  # a new objective is computed once the layout settled (its axes change width)
    assert (counts.computes, counts.updates) == (1, 1)
    assert canvas.objective.box == (-1.0, 1.0, -0.5, 1.5) and canvas.theme is LIGHT
    assert canvas.log_heatmap  # Rosenbrock's own choice, through the state
    assert canvas.field_options["numerical"] and canvas.layer_visible("contours")


def test_changes_that_do_not_touch_the_arrows_compute_nothing(qtbot, canvas, monkeypatch):
    state = ExplorerState()
    canvas.bind_state(state)
    settle(qtbot, canvas)
    counts = Counts(canvas, monkeypatch)
    state.update(lr=0.5, steps=7, h=1e-2, scheme="forward", keep_paths=True, animation_speed=100.0)
    state.update(arrow_mode="unit", show_heatmap=False)  # a redraw and a hide: no computation
    settle(qtbot, canvas)
    assert counts.computes == 0
    state.analytic = False  # now h and the scheme are used
    assert counts.computes == 1 and canvas.field_options == {"numerical": True, "h": 1e-2, "scheme": "forward"}


def test_binding_another_state_stops_following_the_first(qtbot, canvas):
    first, second = ExplorerState(), ExplorerState(function="himmelblau")
    canvas.bind_state(first)
    canvas.bind_state(second)
    first.function = "rosenbrock"
    settle(qtbot, canvas)
    assert canvas.objective is CATALOGUE["himmelblau"]
