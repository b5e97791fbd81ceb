"""Descent paths: thinned drawing, exact clicks on long paths, markers on short ones, legends."""
import numpy as np
import pyqtgraph as pg
import pytest
from pyqtgraph.Qt import QtWidgets

from gui.canvas import FieldCanvas
from gui.canvas.paths_layer import MARKER_MAX_POINTS, MAX_DRAWN_VERTICES, drawable_prefix, thin_indices
from numerics import CATALOGUE


@pytest.fixture
def canvas(qtbot):
    c = FieldCanvas(CATALOGUE["rosenbrock"])
    c.resize(640, 520)
    qtbot.addWidget(c)
    c.show()
    qtbot.waitExposed(c)
    QtWidgets.QApplication.processEvents()
    c.recompute()
    return c


def spiral(n, turns=5):
    """``n`` points winding ``turns`` times into (1, 1): a long path most of whose steps are sub-pixel."""
    t = np.linspace(0.0, 1.0, n)
    r = 1.5 * (1.0 - t) + 1e-3
    a = 2 * np.pi * turns * t
    return np.stack([1.0 + r * np.cos(a), 1.0 + r * np.sin(a)], axis=-1)


def segment_distance(p, a, b):
    """Distance of each point ``p`` (m, 2) to the polyline through ``a`` → ``b`` segments (k, 2)."""
    ab = b - a
    t = np.clip(((p[:, None] - a) * ab).sum(-1) / np.maximum((ab * ab).sum(-1), 1e-300), 0, 1)
    closest = a + t[..., None] * ab
    return np.hypot(*(p[:, None] - closest).transpose(2, 0, 1)).min(axis=1)


def test_a_100k_point_path_draws_a_few_thousand_vertices_close_to_the_full_line(canvas):
    xy = spiral(100_000)
    canvas.add_path(1)
    assert canvas.set_path(1, xy) == 100_000
    drawn = canvas.paths.drawn_points(1)
    assert 100 < len(drawn) <= MAX_DRAWN_VERTICES
    np.testing.assert_array_equal(drawn[0], xy[0])
    np.testing.assert_array_equal(drawn[-1], xy[-1])  # the head of an animated run is exact
    # every full point lies within a pixel's diagonal of the drawn line
    px = canvas.view_box.viewPixelSize()
    sample = xy[::97]
    d = segment_distance(sample / px, drawn[:-1] / px, drawn[1:] / px)
    assert d.max() <= 1.5
    assert canvas.path_item(1).opts["symbol"] is None  # no marker per step on a long path


def test_clicks_on_a_long_path_still_give_the_exact_step(canvas, qtbot):
    xy = spiral(100_000)
    canvas.add_path(4)
    canvas.set_path(4, xy)
    drawn = canvas.paths.drawn_points(4)
    assert len(drawn) < len(xy) // 20  # most steps are not drawn vertices
    px = tuple(float(v) for v in canvas.view_box.viewPixelSize())
    for step in (0, 12_345, 54_321, 99_999):
        hit = canvas.paths.nearest_vertex(*xy[step], px, canvas.PATH_HIT_PX)
        assert hit is not None and hit[0] == 4
        # the nearest of the full points, which on a dense path may be a neighbouring step
        d = np.hypot((xy[:, 0] - xy[step, 0]) / px[0], (xy[:, 1] - xy[step, 1]) / px[1])
        assert hit[1] == int(np.argmin(d)) == step


def test_zooming_in_rethins_the_path_for_the_new_scale(canvas, qtbot):
    canvas.add_path(2)
    xy = spiral(50_000, turns=20)
    canvas.set_path(2, xy)
    coarse = canvas.paths.drawn_points(2)
    canvas.view_box.setRange(xRange=(0.8, 1.2), yRange=(0.8, 1.2), padding=0)
    with qtbot.waitSignal(canvas.fieldUpdated, timeout=2000):
        pass  # the debounced recompute re-thins the paths too
    fine = canvas.paths.drawn_points(2)
    assert len(fine) <= MAX_DRAWN_VERTICES
    px = canvas.view_box.viewPixelSize()
    (xa, xb), (ya, yb) = canvas.view_box.viewRange()
    shown = xy[(xy[:, 0] > xa) & (xy[:, 0] < xb) & (xy[:, 1] > ya) & (xy[:, 1] < yb)][::41]
    # in the view, within a pixel's diagonal of the full line; the copy thinned for the
    # zoomed-out view was not
    assert segment_distance(shown / px, fine[:-1] / px, fine[1:] / px).max() <= 1.5
    assert segment_distance(shown / px, coarse[:-1] / px, coarse[1:] / px).max() > 1.5


def test_a_short_path_shows_a_marker_per_step_and_a_start_marker(canvas):
    canvas.add_path(3, color="#ff0000")
    xy = spiral(40)
    canvas.set_path(3, xy)
    item = canvas.path_item(3)
    assert item.opts["symbol"] == "o"
    x, y = item.getData()
    np.testing.assert_array_equal(np.stack([x, y], axis=-1), xy)  # short paths are drawn whole
    assert len(item.scatter.data) == 40  # one dot per step
    start = canvas.paths._starts[3]
    np.testing.assert_array_equal(np.array(start.getData()).T, xy[:1])
    assert start.data[0]["symbol"] == "s" or start.opts["symbol"] == "s"
    # past the threshold the dots go, the start marker stays
    canvas.set_path(3, spiral(MARKER_MAX_POINTS + 1))
    assert item.opts["symbol"] is None and len(start.data) == 1
    canvas.set_path(3, xy)
    assert item.opts["symbol"] == "o"


def test_a_path_item_in_a_legend_paints(canvas):
    canvas.add_path(1)
    canvas.set_path(1, spiral(50))
    canvas.add_path(2)
    canvas.set_path(2, spiral(5_000))
    canvas.set_highlighted([1])
    legend = pg.LegendItem(offset=(8, 8))
    legend.setParentItem(canvas.view_box)
    legend.addItem(canvas.path_item(1), "short")
    legend.addItem(canvas.path_item(2), "long")
    image = canvas.grab().toImage()  # used to crash in the legend sample's drawSymbol
    assert image.width() > 0


def test_thin_indices_keeps_the_first_point_in_each_cell_and_the_ends_of_excursions():
    pts = np.array([[0.1, 0.1], [0.2, 0.3], [0.4, 0.2], [1.5, 0.2], [1.6, 0.5], [1.6, 0.9],
                    [1.7, 1.1], [1.8, 1.2]])
    np.testing.assert_array_equal(thin_indices(pts, (1.0, 1.0)), [0, 3, 6, 7])
    # far to the right of the view the whole excursion is one run: its first and last points
    far = np.array([[0.0, 0.0], [9.61, 0.0], [9.62, 0.0], [9.625, 0.01], [9.63, 0.02], [0.5, 0.5]])
    np.testing.assert_array_equal(thin_indices(far, (1e-3, 1e-3), view=(-2, 2, -2, 2)), [0, 1, 4, 5])
    np.testing.assert_array_equal(thin_indices(far, (1e-3, 1e-3)), np.arange(6))
    # too many distinct cells: the cells grow until the cap holds
    zigzag = np.stack([np.arange(1000.0), np.tile([0.0, 50.0], 500)], axis=-1)
    idx = thin_indices(zigzag, (1.0, 1.0), max_vertices=100)
    assert len(idx) <= 100 and idx[0] == 0 and idx[-1] == 999
    # a degenerate pixel size thins nothing rather than failing
    np.testing.assert_array_equal(thin_indices(pts, (0.0, 1.0)), np.arange(8))


def test_drawable_prefix_cuts_at_the_first_bad_point():
    xy = np.array([[0.0, 0.0], [1.0, 1.0], [2.0, np.nan], [3.0, 3.0]])
    np.testing.assert_array_equal(drawable_prefix(xy), xy[:2])
    assert len(drawable_prefix(np.array([[1e13, 0.0], [0.0, 0.0]]))) == 0
    assert len(drawable_prefix(np.array([[0.0, 0.0], [0.0, -np.inf]]))) == 1
    assert drawable_prefix(np.empty((0, 2))).shape == (0, 2)


def test_long_drawn_lines_are_stroked_segment_by_segment_short_ones_as_one_path(canvas):
    canvas.add_path(1)
    canvas.set_path(1, spiral(100_000))
    assert canvas.path_item(1).curve.opts["segmentedLineMode"] == "on"
    canvas.set_path(1, spiral(50))
    assert canvas.path_item(1).curve.opts["segmentedLineMode"] == "off"
