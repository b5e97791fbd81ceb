"""Derivative lab driven like a user: move x, change h and scheme, type formulas, export."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from gui.export import export_png
from numerics.labs import book

LAB = "derivative"


def test_preset_shows_the_books_number_and_exports(lab, tmp_path):
    assert repr(book.DIFF_FUNCTION_1[5.0]) in lab.readout.text()
    assert "identical ✓" in lab.readout.text()
    out = export_png(lab.export_target(), tmp_path / "derivative.png")
    img = QImage(str(out))
    assert img.width() >= lab.export_target().width() and not img.isNull()


def test_dragging_x_to_10_gives_the_second_book_number(lab):
    lab.x_line.setValue(10.0)  # what a drag does, and emits sigPositionChanged
    assert lab.x == 10.0 and lab.x_spin.value() == 10.0
    assert repr(book.DIFF_FUNCTION_1[10.0]) in lab.readout.text()
    slope = (lab.tangent_item.yData[1] - lab.tangent_item.yData[0]) / (lab.tangent_item.xData[1] - lab.tangent_item.xData[0])
    assert slope == pytest.approx(book.DIFF_FUNCTION_1[10.0])


def test_h_slider_down_to_1e_minus_50_explains_the_zero(lab):
    lab.h_slider.setValue(lab.h_slider.maximum())
    assert lab.h == pytest.approx(1e-50)
    assert "too small" in lab.note.text() and "x + h == x" in lab.note.text()
    assert "numerical f′(5)</td><td>0<" in lab.readout.text()
    # The tangent from a zero derivative is flat.
    assert lab.tangent_item.yData[0] == lab.tangent_item.yData[1]


def test_scheme_and_precision_change_the_readout(lab):
    before = lab.readout.text()
    lab.scheme_box.setCurrentIndex(lab.scheme_box.findData("forward"))
    assert lab.scheme == "forward" and lab.readout.text() != before
    assert lab.sweep_items["forward"].opts["pen"].widthF() > lab.sweep_items["central"].opts["pen"].widthF()
    lab.precision_box.setCurrentText("float32")
    assert lab.precision == "float32" and "float32" in lab.note.text()


def test_formula_box_accepts_x_and_refuses_bad_text_keeping_it(lab):
    assert lab.set_formula("x**3 - 2*x", -2.0, 2.0)
    assert "reference (complex step)" in lab.readout.text()
    assert not lab.set_formula("x +* 2")
    assert lab.message.isVisibleTo(lab) and lab.message.text()
    assert lab.formula_edit.text() == "x +* 2"
    assert not lab.set_formula("x0 + x1")
    assert "write x" in lab.message.text()


def test_sweep_plots_every_scheme_and_slope_guides(lab):
    assert set(lab.sweep_items) == {"forward", "backward", "central", "richardson", "complex"}
    # the book's quadratic: the central difference is exact, so no slope-2 guide (a note says so)
    assert [g.textItem.toPlainText() for g in lab.guide_labels] == ["slope 1"]
    lab.show_both_slopes()
    assert [g.textItem.toPlainText() for g in lab.guide_labels] == ["slope 1", "slope 2"]
