"""Control panel: values validated with reasons (never clamped), config, formula box, signals."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt

from gui.control_panel import LR_RANGE, ControlPanel
from gui.controls.validated_field import LogNumberField, NumberField
from gui.model.validation import read_number
from numerics.descent import DescentConfig
from numerics.functions import CATALOGUE
from numerics.optimizers import OPTIMIZERS


@pytest.fixture
def panel(qtbot):
    widget = ControlPanel()
    qtbot.addWidget(widget)
    return widget


def test_out_of_range_lr_is_refused_with_the_reason_not_clamped(qtbot, panel):
    panel.lr_field.set_text("0.5")
    assert panel.lr_field.value() == 0.5
    panel.lr_field.set_text("1000")
    assert not panel.lr_field.is_valid()
    assert panel.lr_field.value() == 0.5  # last accepted value kept, nothing clamped to 100
    assert "η must be" in panel.lr_field.error() and "1e−6" in panel.lr_field.error() and "100" in panel.lr_field.error()
    assert not panel.lr_field.error_label.isHidden()
    assert "border" in panel.lr_field.edit.styleSheet()
    assert panel.lr_field.edit.text() == "1000"  # what the user typed is not lost
    with pytest.raises(ValueError, match="η must be"):
        panel.config()
    panel.lr_field.set_text("0.02")
    assert panel.lr_field.is_valid() and panel.lr_field.error_label.isHidden()
    assert panel.config().lr == 0.02


@pytest.mark.parametrize("text", ["", "abc", "1e-7", "nan", "inf", "-0.1", "1e400"])
def test_bad_lr_texts_are_refused(qtbot, panel, text):
    panel.lr_field.set_text(text)
    assert not panel.lr_field.is_valid()
    assert panel.lr_field.error()
    assert panel.config  # the panel is still usable once fixed
    panel.lr_field.set_text("0.1")
    assert panel.config().lr == 0.1


def test_steps_must_be_whole_and_in_range(qtbot, panel):
    for bad in ("2.5", "0", "2000000"):
        panel.steps_field.set_text(bad)
        assert not panel.steps_field.is_valid(), bad
        assert "steps must be a whole number between 1 and 1e6" in panel.steps_field.error()
    panel.steps_field.set_text("250")
    assert panel.config().steps == 250


def test_the_panel_accepts_exactly_the_session_files_learning_rates(qtbot, panel):
    from gui.model.session import LIMITS, SessionError, validate_field

    low, high = LIMITS["lr"].low, LIMITS["lr"].high
    assert LR_RANGE == (low, high)
    panel.lr_field.set_text(repr(high * 2))
    assert not panel.lr_field.is_valid()
    with pytest.raises(SessionError):
        validate_field("descent.lr", high * 2)
    panel.lr_field.set_text(repr(low))
    assert panel.lr_field.is_valid() and validate_field("descent.lr", panel.config().lr) == low


def test_log_slider_and_text_stay_in_sync(qtbot, panel):
    field = panel.lr_field
    assert isinstance(field, LogNumberField)
    field.set_text("0.001")
    assert field.slider.value() == field._to_tick(0.001)
    field.slider.setValue(field.slider.maximum())
    assert field.value() == LR_RANGE[1]
    field.slider.setValue(field.slider.minimum())
    assert field.value() == LR_RANGE[0]
    field.slider.setValue(field._to_tick(1.0))
    assert field.value() == pytest.approx(1.0)


def test_config_reflects_every_control(qtbot, panel):
    panel.optimizer_combo.setCurrentIndex(panel.optimizer_combo.findData("Momentum"))
    panel.hyper_fields["momentum"].set_text("0.5")
    panel.lr_field.set_text("0.03")
    panel.steps_field.set_text("42")
    panel.tol_field.set_text("1e-5")
    panel.gradient_combo.setCurrentIndex(1)
    panel.h_field.set_text("1e-3")
    panel.scheme_combo.setCurrentIndex(panel.scheme_combo.findData("forward"))
    config = panel.config()
    assert config == DescentConfig(optimizer="Momentum", lr=0.03, hyper=(("momentum", 0.5),), steps=42,
                                   tol=1e-5, h=1e-3, scheme="forward", analytic=False,
                                   escape_box=panel.objective().box)


def test_hyper_parameter_fields_follow_the_optimizer_specs(qtbot, panel):
    for name, cls in OPTIMIZERS.items():
        panel.optimizer_combo.setCurrentIndex(panel.optimizer_combo.findData(name))
        assert set(panel.hyper_fields) == set(cls.HYPERPARAMETERS)
        for key, spec in cls.HYPERPARAMETERS.items():
            field = panel.hyper_fields[key]
            assert (field.low, field.high) == (spec.low, spec.high)
            field.set_text(str(spec.high * 2 + 1))
            assert not field.is_valid()
            field.set_text(str(spec.default))
            assert field.is_valid()
        assert dict(panel.config().hyper).keys() == cls.HYPERPARAMETERS.keys()


def test_every_control_has_a_one_line_tooltip(qtbot, panel):
    controls = [panel.function_combo, panel.formula_field.edit, panel.keep_paths_check, panel.optimizer_combo,
                panel.lr_field.edit, panel.lr_field.slider, panel.steps_field.edit, panel.tol_field.edit,
                panel.gradient_combo, panel.h_field.edit, panel.scheme_combo, panel.speed_combo,
                *[f.edit for f in panel.hyper_fields.values()]]
    for control in controls:
        tip = control.toolTip()
        assert tip and "\n" not in tip, control


def test_function_change_emits_objective(qtbot, panel):
    with qtbot.waitSignal(panel.objectiveChanged) as changed:
        panel.set_function("himmelblau")
    assert changed.args[0] is CATALOGUE["himmelblau"]
    assert panel.config().escape_box == CATALOGUE["himmelblau"].box
    with pytest.raises(KeyError, match="known objectives"):
        panel.set_function("nope")


def test_speed_choices(qtbot, panel):
    with qtbot.waitSignal(panel.speedChanged) as changed:
        panel.set_speed(math.inf)
    assert changed.args == [math.inf] and panel.speed() == math.inf
    panel.set_speed(95)
    assert panel.speed() == 100.0
    panel.set_speed(10_000)  # a fast finite speed is a finite speed, not "instant"
    assert panel.speed() == 3000.0
    panel.set_speed(math.inf)
    assert panel.speed() == math.inf
    with pytest.raises(ValueError):
        panel.set_speed(0)


def test_formula_box_validates_live_and_applies(qtbot, panel):
    box = panel.formula_field
    box.set_text("x0**2 + (x1")
    assert box.error()
    assert "border" in box.edit.styleSheet()
    assert box.message.text() == box.error() and not box.message.isHidden()
    assert not box.use_button.isEnabled()
    box.set_text("__import__('os')")
    assert box.error()
    box.set_text("x0**2 + 2*x1**2")
    assert box.error() is None and box.use_button.isEnabled()
    with qtbot.waitSignal(panel.objectiveChanged) as changed:
        qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    objective = changed.args[0]
    assert objective.name == "formula" and not objective.has_analytic_gradient
    # A formula has no analytic gradient: the panel switches to numerical and disables analytic.
    assert panel.numerical_gradient() and not panel.config().analytic
    assert panel.h_field.isEnabled() and panel.scheme_combo.isEnabled()
    panel.gradient_combo.setCurrentIndex(0)
    assert panel.numerical_gradient()


def test_the_panels_number_reader_accepts_typographic_minus_and_reads_whole_numbers_exactly():
    assert read_number("−1e−3") == -1e-3
    assert read_number(" 12 ") == 12 and isinstance(read_number("12"), int)
    assert read_number("1" + "0" * 30) == 10**30  # exact, not 1e30
    with pytest.raises(ValueError):
        read_number("1,5")


def test_number_field_set_value_refuses_out_of_range(qtbot):
    field = NumberField("x", 0, 1, 0.5)
    qtbot.addWidget(field)
    with pytest.raises(ValueError, match="x must be a number between 0 and 1"):
        field.set_value(2)
    assert field.value() == 0.5


# ---------------------------------------------------------------- bound to the state


def test_the_panel_is_a_view_of_its_state(qtbot):
    from gui.model.explorer_state import ExplorerState

    state = ExplorerState()
    panel = ControlPanel(state)
    qtbot.addWidget(panel)
    assert panel.state is state
    with qtbot.waitSignal(panel.objectiveChanged) as changed:
        state.update(function="himmelblau", optimizer="Adam", lr=0.02, steps=321, animation_speed=math.inf)
    assert changed.args[0] is CATALOGUE["himmelblau"]
    assert panel.function_combo.currentData() == "himmelblau" and panel.optimizer_combo.currentData() == "Adam"
    assert panel.lr_field.value() == 0.02 and panel.lr_field.edit.text() == "0.02"
    assert panel.steps_field.value() == 321 and panel.speed_combo.currentData() == math.inf
    assert set(panel.hyper_fields) == set(OPTIMIZERS["Adam"].HYPERPARAMETERS)
    # and the widgets write it
    panel.hyper_fields["beta1"].set_text("0.5")
    assert dict(state.hyper)["beta1"] == 0.5
    panel.keep_paths_check.setChecked(True)
    assert state.keep_paths


def test_a_state_change_is_one_update_without_echo(qtbot, panel):
    told = []
    panel.state.on_any_change(told.append)
    panel.state.update(function="rosenbrock", h=1e-3, scheme="forward", analytic=False, tol=1e-5)
    # The widgets that followed wrote equal values back: no second change, nothing moved.
    assert len(told) == 1
    assert panel.state.view_box is None and panel.scheme_combo.currentData() == "forward"
    assert panel.gradient_combo.currentIndex() == 1 and panel.h_field.isEnabled()


def test_number_boxes_commit_on_enter_or_focus_out_not_per_keystroke(qtbot, panel):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication

    def focus_out(widget):
        # The offscreen platform never activates a window under pytest: deliver the focus loss.
        QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))

    told = []
    panel.state.on_change("steps", told.append)
    edit = panel.steps_field.edit
    edit.selectAll()
    qtbot.keyClicks(edit, "20000")  # "2", "20", "200", "2000" are valid steps on the way
    assert told == [] and panel.state.steps == 100 and panel.steps_field.is_valid()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert told == [20000]
    edit.selectAll()
    qtbot.keyClicks(edit, "300")
    assert told == [20000]
    focus_out(edit)  # focus out finishes editing too
    assert told == [20000, 300]
    focus_out(panel.tol_field.edit)  # leaving an untouched field commits nothing
    assert told == [20000, 300] and panel.state.tol == 1e-8


def test_text_that_is_not_a_number_names_what_was_expected(qtbot, panel):
    panel.lr_field.set_text("abc")
    assert panel.lr_field.error() == ("η: “abc” is not a number; type e.g. 0.1, −3 or 1e−3; "
                                      "expected a number between 1e−6 and 100")
    panel.steps_field.set_text("1" + "0" * 400)
    assert panel.steps_field.error() == "steps must be a whole number between 1 and 1e6, got a whole number of 401 digits"
    assert panel.state.lr == 0.1 and panel.state.steps == 100


def test_a_session_value_is_shown_exactly_and_focus_does_not_round_it(qtbot, panel):
    panel.state.lr = 0.0123456789012345
    assert panel.lr_field.edit.text() == "0.0123456789012345"
    panel.lr_field.edit.editingFinished.emit()
    assert panel.state.lr == 0.0123456789012345


def test_the_function_brings_its_default_eta_unless_the_user_typed_one(qtbot, panel):
    panel.set_function("himmelblau")
    assert panel.lr_field.value() == CATALOGUE["himmelblau"].default_lr
    assert panel.steps_field.value() == CATALOGUE["himmelblau"].default_steps
    panel.lr_field.set_text("0.004")  # committed by the user: set by hand
    assert panel.state.lr_by_hand and not panel.state.steps_by_hand
    panel.set_function("rosenbrock")
    assert panel.lr_field.value() == 0.004
    assert panel.steps_field.value() == CATALOGUE["rosenbrock"].default_steps


def test_the_stability_bound_shows_for_the_last_start_and_suggest_sets_eta(qtbot, panel):
    assert "Click the field" in panel.stability_text()
    panel.state.update(probe=(-3.0, 4.0))  # what the window writes when a run starts there
    assert "λmax = 2" in panel.stability_text() and "2/λmax = 1" in panel.stability_text()
    panel.lr_field.set_text("5")
    panel.suggest_button.click()
    assert panel.lr_field.value() == 0.5 == panel.state.lr  # 1/λmax on the sphere
    panel.set_function("himmelblau")
    assert "Click the field" in panel.stability_text()  # that start was on another function
