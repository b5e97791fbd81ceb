"""Partial derivatives lab: the book's numbers, clicking the field, a formula, export."""

from __future__ import annotations

import pytest

from gui.export import export_png
from numerics.labs import book

LAB = "partials"


def test_preset_prints_the_books_partials_and_exports(lab, tmp_path):
    text = lab.readout.text()
    assert repr(book.PARTIALS_AT_3_4[0]) in text and repr(book.PARTIALS_AT_3_4[1]) in text
    assert "identical ✓" in text
    assert export_png(lab.export_target(), tmp_path / "partials.png").stat().st_size > 0


def test_clicking_the_field_moves_the_point(lab):
    lab.canvas.startRequested.emit(1.0, -2.0)
    assert lab.point == (1.0, -2.0)
    assert lab.x0_edit.text() == "1.0" and lab.x1_edit.text() == "-2.0"
    text = lab.readout.text()
    assert "∂f/∂x0 exact</td><td>2<" in text and "∂f/∂x1 exact</td><td>−4<" in text
    curve, tangent, dot, line = lab.slice_items[1]
    assert line.value() == -2.0


def test_typed_point_and_bad_input(lab):
    lab.x0_edit.setText("abc")
    lab.x0_edit.editingFinished.emit()
    assert "not a number" in lab.message.text() and lab.point == (3.0, 4.0)
    lab.x0_edit.setText("2")
    lab.x0_edit.editingFinished.emit()
    assert lab.point == (2.0, 4.0) and not lab.message.isVisibleTo(lab)


def test_formula_has_no_exact_values(lab):
    assert lab.set_formula("x0*x1")
    assert "no analytic" in lab.readout.text()
    assert not lab.set_formula("x0 +")
    assert lab.message.text()


def test_slice_legends_follow_the_theme(lab):
    """Legend text in the theme's foreground, on its background: never dark on dark."""
    from PySide6.QtGui import QColor

    from gui.model.theme import DARK, LIGHT

    for theme in (DARK, LIGHT, DARK):
        lab.set_theme(theme)
        legends = [plot.getPlotItem().legend for plot in lab._plots if plot.getPlotItem().legend is not None]
        assert legends, "the slice plots have legends"
        for legend in legends:
            assert legend.items
            for _sample, label in legend.items:
                assert QColor(label.opts["color"]).name() == QColor(theme.foreground).name()
            assert legend.brush().color().name() == QColor(theme.background).name()
