"""Path styles: dashes that keep overlapping paths apart, and the big dots of the book's
gradient_method figure; both in the window and in exports."""
import numpy as np
import pytest
from pyqtgraph.Qt import QtWidgets

from gui.canvas import FieldCanvas
from gui.canvas.arrows import quiver_polygons
from gui.canvas.paths_layer import PathStyle
from gui.export import render_image
from numerics import CATALOGUE

BLUE = np.array([0, 114, 178])


@pytest.fixture
def canvas(qtbot):
    c = FieldCanvas()
    c.resize(500, 420)
    qtbot.addWidget(c)
    c.show()
    qtbot.waitExposed(c)
    c.set_objective(CATALOGUE["sphere"])
    for layer in ("field", "heatmap", "contours", "critical"):
        c.set_layer_visible(layer, False)
    QtWidgets.QApplication.processEvents()
    return c


def _blue_columns(canvas, style):
    canvas.clear_paths()
    canvas.add_path(1, "#0072b2", style)
    canvas.set_path(1, np.array([[-2.5, 0.5], [2.5, 0.5]]))
    image = render_image(canvas).convertToFormat(render_image(canvas).Format.Format_RGB888)
    w, h = image.width(), image.height()
    rows = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * h).reshape(h, -1)[:, : 3 * w]
    rgb = rows.reshape(h, w, 3).astype(int)
    blue = np.abs(rgb - BLUE).max(axis=-1) < 60
    return blue.any(axis=0), blue


def test_a_dashed_path_has_gaps_a_plain_one_none(canvas):
    plain, _ = _blue_columns(canvas, PathStyle(marker_px=0.01))
    dashed, _ = _blue_columns(canvas, PathStyle(dash=(4.0, 4.0), marker_px=0.01))
    span = np.flatnonzero(plain)
    inside = slice(span[0] + 20, span[-1] - 20)
    assert plain[inside].all()
    gaps = (~dashed[inside]).mean()
    assert 0.3 < gaps < 0.7  # dashes as long as the gaps between them


def test_big_dots_are_big(canvas):
    path = np.stack([np.linspace(-2, 2, 9), np.zeros(9)], axis=1)
    canvas.clear_paths()
    for size in (4.0, 12.0):
        canvas.clear_paths()
        canvas.add_path(1, "#0072b2", PathStyle(marker_px=size, line_width=0.5))
        canvas.set_path(1, path)
        image = render_image(canvas).convertToFormat(render_image(canvas).Format.Format_RGB888)
        w, h = image.width(), image.height()
        rgb = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * h).reshape(h, -1)[:, : 3 * w]
        blue = (np.abs(rgb.reshape(h, w, 3).astype(int) - BLUE).max(axis=-1) < 60)
        # the tallest column right of the middle (away from the start's square): a dot's diameter
        tall = blue[:, w // 2:].sum(axis=0).max()
        assert tall == pytest.approx(size, abs=2.5)


def test_quiver_polygons_match_matplotlib_for_a_long_and_a_short_arrow():
    long, short = quiver_polygons([[0, 0], [1, 1]], [[1, 0], [0, -1]], [1.0, 0.05], 0.02)
    # matplotlib's _h_arrows in shaft widths: tail (0, ±0.5), head base at L − 4.5 / L − 5, tip at L
    np.testing.assert_allclose(long, 0.02 * np.array([[0, .5], [45.5, .5], [45, 1.5], [50, 0], [45, -1.5],
                                                      [45.5, -.5], [0, -.5], [0, .5]]))
    # shorter than its head: the head alone, shrunk to the arrow's length, pointing down from (1, 1)
    assert short[3] == pytest.approx([1.0, 0.95])
    assert np.hypot(*(short[2] - short[4])) == pytest.approx(3 * 0.02 * 0.05 / (5 * 0.02))
