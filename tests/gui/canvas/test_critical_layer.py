"""Critical-point labels stay inside the view and clear of each other."""
import itertools

import pytest
from pyqtgraph.Qt import QtCore, QtWidgets

from gui.canvas import FieldCanvas
from numerics import CATALOGUE


def make_canvas(qtbot, name, size):
    c = FieldCanvas()
    c.resize(*size)
    qtbot.addWidget(c)
    c.show()
    qtbot.waitExposed(c)
    c.set_objective(CATALOGUE[name])
    QtWidgets.QApplication.processEvents()
    c.recompute()
    return c


def label_rects(canvas):
    return [label.sceneBoundingRect() for label in canvas.critical.labels]


@pytest.mark.parametrize("name, size", [("himmelblau", (420, 360)), ("six_hump_camel", (420, 360)),
                                        ("himmelblau", (760, 620))])
def test_every_label_stays_inside_the_view(qtbot, name, size):
    canvas = make_canvas(qtbot, name, size)
    view = canvas.view_box.sceneBoundingRect()
    rects = label_rects(canvas)
    assert len(rects) == len(CATALOGUE[name].critical_points)
    for label, rect in zip(canvas.critical.labels, rects):
        assert view.contains(rect), f"{label.textItem.toPlainText()!r} sticks out of the view"


def test_labels_do_not_cover_each_other_at_a_normal_size(qtbot):
    canvas = make_canvas(qtbot, "himmelblau", (760, 620))
    for a, b in itertools.combinations(label_rects(canvas), 2):
        assert not a.intersects(b)


def test_a_label_near_the_top_right_corner_moves_left_and_below(qtbot):
    canvas = make_canvas(qtbot, "himmelblau", (600, 500))
    # global minimum 1 at (3, 2) sits a few pixels from the view's top-right corner
    canvas.view_box.setRange(xRange=(0.0, 3.05), yRange=(-1.0, 2.05), padding=0)
    canvas.recompute()
    index = [cp.label for cp in CATALOGUE["himmelblau"].critical_points].index("global minimum 1")
    label = canvas.critical.labels[index]
    rect = label.sceneBoundingRect()
    point = canvas.view_box.mapViewToScene(QtCore.QPointF(3.0, 2.0))
    assert rect.right() < point.x() and rect.top() > point.y()
    assert canvas.view_box.sceneBoundingRect().contains(rect)

