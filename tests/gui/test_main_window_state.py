"""The window, the panel, the menus and the canvas share one ExplorerState: one user action, one
field computation; sessions and settings load with one update; no feedback between views."""

from __future__ import annotations

import dataclasses

import math

import pytest
from PySide6.QtCore import QSettings, Qt

from gui.model.session import Session, save_session
from numerics import CATALOGUE, DescentConfig


class Computations:
    """Counts the canvas's field computations (its compute entry point) and fieldUpdated signals."""

    def __init__(self, window, monkeypatch):
        self.computes = 0
        self.updates = 0
        self.draws = 0
        canvas = window.canvas
        compute, draw = canvas._compute_field, canvas.field_item.set_arrows

        def counted_compute():
            self.computes += 1
            compute()

        def counted_draw(*args, **kwargs):
            self.draws += 1
            draw(*args, **kwargs)

        monkeypatch.setattr(canvas, "_compute_field", counted_compute)
        monkeypatch.setattr(canvas.field_item, "set_arrows", counted_draw)
        canvas.fieldUpdated.connect(self._updated)

    def _updated(self) -> None:
        self.updates += 1

    def reset(self) -> None:
        self.computes = self.updates = self.draws = 0


@pytest.fixture
def counted(qtbot, window, monkeypatch):
    counts = Computations(window, monkeypatch)
    settle(qtbot, window)
    counts.reset()
    return counts


def settle(qtbot, window) -> None:
    """Let every deferred recompute (the canvas's debounce) happen, and its field be drawn (it is
    computed on the window's compute thread)."""
    qtbot.wait(4 * window.canvas.DEBOUNCE_MS)
    assert window.canvas.wait_until_drawn()


def test_choosing_a_function_computes_the_field_once(qtbot, window, counted):
    combo = window.controls.function_combo
    combo.setCurrentIndex(combo.findData("himmelblau"))  # what a user's pick does
    settle(qtbot, window)
    assert (counted.computes, counted.updates) == (1, 1)
    assert window.canvas.objective is CATALOGUE["himmelblau"] is window.state.objective
    counted.reset()
    window.controls.set_function("rosenbrock")  # the same through the panel's API
    settle(qtbot, window)
    assert (counted.computes, counted.updates) == (1, 1)
    assert window.canvas.log_heatmap and window.actions["log_heatmap"].isChecked()  # Rosenbrock's own choice


def test_a_formula_computes_the_field_once(qtbot, window, counted):
    edit = window.controls.formula_field.edit
    qtbot.keyClicks(edit, "x0**2 + 2*x1**2")
    assert counted.computes == 0  # typing validates, it does not apply
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert (counted.computes, counted.updates) == (1, 1)
    assert window.canvas.objective.name == "formula" and window.canvas.field_options["numerical"]
    assert window.controls.function_combo.currentData() == "formula"


def test_a_theme_change_restyles_without_recomputing(qtbot, window, counted):
    window.actions["theme_dark"].trigger()
    settle(qtbot, window)
    # The field does not depend on colours: no computation at all, the arrows redrawn once.
    assert (counted.computes, counted.updates, counted.draws) == (0, 0, 1)
    assert window.state.theme == "dark" and window.theme.name == "dark" and window.canvas.theme.name == "dark"
    assert window.actions["theme_dark"].isChecked() and not window.actions["theme_light"].isChecked()


def test_loading_a_session_is_one_update_and_one_computation(qtbot, window, counted, tmp_path):
    path = tmp_path / "s.json"
    session = Session(function="rosenbrock", view_box=(-1.0, 1.0, -0.5, 1.5),
                      config=DescentConfig(optimizer="Momentum", lr=0.002, hyper=(("momentum", 0.5),),
                                           analytic=False, h=1e-3),
                      animation_speed=math.inf, theme="dark", arrow_mode="unit", log_heatmap=False,
                      layers={"field": True, "heatmap": False, "contours": True, "critical": True, "paths": True})
    save_session(path, session)
    told = []
    window.state.on_any_change(told.append)
    assert window.open_session(path)
    settle(qtbot, window)
    assert len(told) == 1  # one update of the state …
    assert (counted.computes, counted.updates) == (1, 1)  # … one field computation
    canvas = window.canvas
    assert canvas.objective.box == (-1.0, 1.0, -0.5, 1.5) and canvas.theme.name == "dark"
    assert canvas.field_options == {"numerical": True, "h": 1e-3, "scheme": "central"}
    assert canvas.arrow_mode == "unit" and not canvas.log_heatmap and not canvas.layer_visible("heatmap")
    # The menus and the panel show the same state.
    assert window.actions["arrows_unit"].isChecked() and not window.actions["layer_heatmap"].isChecked()
    assert not window.actions["log_heatmap"].isChecked()
    assert window.controls.lr_field.value() == 0.002 and window.controls.optimizer_combo.currentData() == "Momentum"
    assert window.controls.hyper_fields["momentum"].value() == 0.5
    assert window.controls.gradient_combo.currentIndex() == 1 and window.controls.speed() == math.inf
    # η and the step limit are not Rosenbrock's defaults: they count as the user's own.
    assert window.current_session() == dataclasses.replace(session, lr_by_hand=True, steps_by_hand=True)


def test_restoring_settings_computes_the_field_once(qtbot, window, counted, tmp_path):
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    from gui.settings_store import AppSettings, save_settings

    save_settings(store, AppSettings(panel=Session(function="himmelblau", theme="dark", arrow_mode="unit")))
    window.restore_settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settle(qtbot, window)
    assert (counted.computes, counted.updates) == (1, 1)
    assert window.canvas.objective is CATALOGUE["himmelblau"] and window.canvas.arrow_mode == "unit"
    window._persist_to = None  # do not write the test's store again on close


def test_options_that_do_not_change_the_arrows_compute_nothing(qtbot, window, counted):
    controls = window.controls
    controls.h_field.set_text("1e-3")  # h only matters for a numerical gradient: sphere is analytic
    controls.scheme_combo.setCurrentIndex(controls.scheme_combo.findData("forward"))
    controls.lr_field.set_text("0.05")
    controls.steps_field.set_text("500")
    window.actions["arrows_unit"].trigger()  # a redraw, not a computation
    settle(qtbot, window)
    assert counted.computes == 0 and counted.draws == 1
    controls.gradient_combo.setCurrentIndex(1)  # numerical now: the arrows change
    settle(qtbot, window)
    assert counted.computes == 1
    assert window.canvas.field_options == {"numerical": True, "h": 1e-3, "scheme": "forward"}


def test_number_boxes_commit_when_editing_is_finished(qtbot, window, counted):
    controls = window.controls
    controls.gradient_combo.setCurrentIndex(1)
    settle(qtbot, window)
    counted.reset()
    told = []
    window.state.on_change("h", told.append)
    edit = controls.h_field.edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "0.5e-3")  # "0.5" is a valid h on the way: nothing is committed yet
    settle(qtbot, window)
    assert told == [] and counted.computes == 0 and controls.h_field.is_valid()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert told == [0.5e-3] and counted.computes == 1


def test_the_menus_and_the_panel_follow_a_state_written_elsewhere(qtbot, window):
    state = window.state
    state.update(show_contours=False, arrow_mode="unit", keep_paths=True, steps=42, optimizer="Adam",
                 animation_speed=12.5)
    assert not window.actions["layer_contours"].isChecked() and window.actions["arrows_unit"].isChecked()
    assert window.controls.keep_paths_check.isChecked() and window.controls.steps_field.value() == 42
    assert set(window.controls.hyper_fields) == {"beta1", "beta2"}
    # A speed the list does not offer is shown as it is, not snapped (that would change the state).
    assert window.controls.speed_combo.currentData() == 12.5 and state.animation_speed == 12.5
    window.actions["layer_contours"].trigger()
    assert state.show_contours and window.canvas.layer_visible("contours")


def test_a_formula_does_not_switch_off_analytic_gradients_for_later_functions(qtbot, window):
    window.controls.set_formula("x0**2 + x1**2")
    assert window.controls.gradient_combo.currentIndex() == 1  # a formula has no analytic gradient
    window.controls.set_function("himmelblau")
    assert not window.state.numerical_gradient and window.controls.gradient_combo.currentIndex() == 0
    assert window.controls.config().analytic


def test_a_session_with_analytic_gradients_loads_analytic_over_a_formula(qtbot, window, tmp_path):
    window.controls.set_formula("x0**2 + x1**2")
    path = tmp_path / "s.json"
    save_session(path, Session(function="sphere"))
    assert window.open_session(path)
    assert window.controls.config().analytic and window.controls.gradient_combo.currentIndex() == 0
