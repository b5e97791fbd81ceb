"""Step inspector lab: keys and buttons step, clicks move the point, the text has the numbers."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from gui.export import export_png

LAB = "step-inspector"


def test_preset_has_three_steps_and_a_preview(lab, tmp_path):
    assert lab.model.step_count == 3 and lab.model.optimizer_name == "Momentum"
    assert "v_new = α·v − η·∇f" in lab.text.text() and "velocity" in lab.text.text()
    pos = lab.arrows.pos
    assert pos.shape == (12, 2)  # two arrows, six vertices each, in one item
    np.testing.assert_allclose(pos[0], lab.model.point)
    assert export_png(lab.export_target(), tmp_path / "step.png").stat().st_size > 0


def test_keys_and_button_take_the_previewed_step(lab, qtbot):
    preview = lab.next_record.x_new.copy()
    lab.setFocus()
    qtbot.keyClick(lab, Qt.Key.Key_N)
    assert lab.model.step_count == 4
    np.testing.assert_array_equal(lab.model.point, preview)
    qtbot.keyClick(lab, Qt.Key.Key_Right)
    assert lab.model.step_count == 5
    lab.next_button.click()
    lab.ten_button.click()
    assert lab.model.step_count == 16


def test_click_on_the_canvas_restarts_there(lab):
    lab.canvas.startRequested.emit(2.0, -1.0)
    assert lab.model.step_count == 0 and lab.model.point.tolist() == [2.0, -1.0]
    assert "x = (2, −1)" in lab.text.text()


def test_sgd_writes_x_minus_eta_grad(lab):
    lab.optimizer_box.setCurrentText("SGD")
    assert "x_new = x − η·∇f" in lab.text.text()
    lab.lr_edit.setText("zero")
    assert not lab.apply_settings()
    assert "not a number" in lab.message.text() and lab.model.optimizer_name == "SGD"


def test_overflowing_step_is_reported(lab):
    lab.optimizer_box.setCurrentText("SGD")
    lab.lr_edit.setText("999")
    assert lab.apply_settings()
    lab.set_point(1e300, 1e300)
    lab.next_step()
    assert "smaller η" in lab.message.text() or "cannot be taken" in lab.text.text()
    assert lab.model.point.tolist() == [1e300, 1e300]
