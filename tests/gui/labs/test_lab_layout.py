"""The labs at the window's default size: no control cut (combo boxes, number and hyper-parameter
fields show their whole text), the basins grid reads "200 × 200", the step inspector opens with
its point, both arrows and their labels inside the view."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QStyle, QStyleOptionComboBox

from gui.labs import LABS

#: the lab area of a 1280×800 window (tabs, menu and status bar take the rest)
LAB_SIZE = (1280, 720)
#: labs of other work packages, not laid out here
OTHERS = {"network"}


def _text_fits_combo(combo: QComboBox) -> bool:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) <= field.width()


def _text_fits_edit(edit: QLineEdit) -> bool:
    margins = edit.textMargins()
    room = edit.contentsRect().width() - margins.left() - margins.right() - 4  # Fusion's frame padding
    return edit.fontMetrics().horizontalAdvance(edit.text()) <= room


@pytest.fixture(params=["en", "ko", "ja"])
def language(request):
    """The labs in English and in the two translations, whose labels are longer."""
    from gui import i18n

    i18n.set_language(request.param)
    yield request.param
    i18n.set_language("en")


@pytest.mark.parametrize("name", [n for n in LABS if n not in OTHERS])
def test_no_control_of_a_lab_is_cut_at_the_default_size(qtbot, name, language):
    lab = LABS[name].create()
    qtbot.addWidget(lab)
    lab.resize(*LAB_SIZE)
    lab.show()
    qtbot.waitExposed(lab)
    QApplication.processEvents()
    try:
        cut = []
        for combo in lab.controls_panel.findChildren(QComboBox):
            for index in range(combo.count()) if combo.isVisibleTo(lab) else ():
                combo.setCurrentIndex(index)  # every entry, the longest title included
                if combo.isEnabled() and not _text_fits_combo(combo):
                    cut.append(combo.currentText())
        for edit in lab.controls_panel.findChildren(QLineEdit):
            if edit.isVisibleTo(lab) and edit.parent() is not None and not isinstance(edit.parent(), QComboBox):
                if edit.text() and not _text_fits_edit(edit):
                    cut.append(edit.text())
        assert not cut, f"cut in the {name} lab ({language}): {cut}"
    finally:
        lab.shutdown()


def test_the_basins_grid_reads_as_the_grid_it_is(qtbot):
    lab = LABS["basins"].create()
    qtbot.addWidget(lab)
    spin = lab.resolution_spin
    assert spin.text() == f"{spin.value()} × {spin.value()}"
    spin.setValue(60)
    assert spin.text() == "60 × 60"
    lab.shutdown()


def test_the_step_inspector_opens_with_its_arrows_and_labels_in_view(qtbot):
    lab = LABS["step-inspector"].create()
    qtbot.addWidget(lab)
    lab.resize(*LAB_SIZE)
    lab.show()
    qtbot.waitExposed(lab)
    QApplication.processEvents()
    view = lab.canvas.view_box.sceneBoundingRect()
    tips = lab._drawn
    xa, xb, ya, yb = lab.canvas.view_box_range()
    assert ((tips[:, 0] >= xa) & (tips[:, 0] <= xb) & (tips[:, 1] >= ya) & (tips[:, 1] <= yb)).all()
    for label in (lab.grad_label, lab.update_label):
        rect = label.sceneBoundingRect()
        assert label.toPlainText() if hasattr(label, "toPlainText") else True
        assert view.contains(rect), f"{label.textItem.toPlainText()!r} is cut at the view's edge"
    # a point typed at the far edge brings its arrows into view too (the view only widens)
    width = xb - xa
    lab.set_point(xa + 0.01 * width, yb - 0.01 * (yb - ya))
    QApplication.processEvents()
    xa2, xb2, ya2, yb2 = lab.canvas.view_box_range()
    tips = lab._drawn
    assert xa2 <= xa and xb2 >= xb
    assert ((tips[:, 0] >= xa2) & (tips[:, 0] <= xb2) & (tips[:, 1] >= ya2) & (tips[:, 1] <= yb2)).all()
    assert np.isfinite(tips).all()
    lab.shutdown()
