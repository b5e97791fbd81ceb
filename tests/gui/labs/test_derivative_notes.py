"""The derivative lab says what its curves cannot: the book's quadratic has an exact central
difference (no slope-2 guide then), a second preset shows both truncation slopes, float32 makes
1e−50 itself 0, the float32 complex step is a band at single precision; legends cover no curve."""
import numpy as np
from PySide6.QtWidgets import QApplication

from numerics.differentiation import SCHEMES

LAB = "derivative"


def _guide_orders(lab):
    return sorted(int(label.textItem.toPlainText().split()[-1]) for label in lab.guide_labels)


def test_the_books_quadratic_has_no_slope_2_guide_and_says_why(lab):
    assert lab.fn.name == "function_1" and lab.central_exact
    assert _guide_orders(lab) == [1]
    assert "central difference is exact" in lab.note.text()


def test_the_second_preset_shows_both_truncation_slopes(lab):
    lab.show_both_slopes()
    assert lab.fn.name == "exp" and lab.x == 1.0 and not lab.central_exact
    assert _guide_orders(lab) == [1, 2]
    assert "central difference is exact" not in lab.note.text()
    # the curves themselves: slope 1 (forward) and 2 (central) over h = 1e−3 … 1e−1
    for scheme, order in (("forward", 1), ("central", 2)):
        x, y = lab.sweep_items[scheme].getData()  # log10 h, log10 |error|
        keep = (x >= -3) & (x <= -1)
        slope = np.polyfit(x[keep], y[keep], 1)[0]
        assert abs(slope - order) < 0.1, (scheme, slope)


def test_float32_says_that_1e_50_is_zero_and_explains_the_complex_step(lab):
    lab.precision_box.setCurrentIndex(1)
    assert "1e−50 is itself 0.0" in lab.note.text()
    lab.set_function("sin")
    lab.scheme_box.setCurrentIndex(SCHEMES.index("complex"))
    assert "complex step has no cancellation" in lab.note.text()
    lab.precision_box.setCurrentIndex(0)
    assert "1e−50 is itself 0.0" not in lab.note.text()


def test_the_legends_cover_no_curve(lab):
    for preset in (lambda: None, lab.show_both_slopes, lambda: lab.set_function("sin")):
        preset()
        QApplication.processEvents()
        for plot, legend in ((lab.curve_plot, lab.curve_legend), (lab.sweep_plot, lab.sweep_legend)):
            view = plot.getPlotItem().vb.sceneBoundingRect()
            assert legend.isVisible() and len(legend.items) >= 2
            assert not legend.sceneBoundingRect().intersects(view)  # under the plot, beside no curve
