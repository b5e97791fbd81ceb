"""The canvas's colour keys: |∇f| for the arrows and f for the heatmap, each titled above its bar;
a diverging heatmap centred on 0 where f changes sign."""
import numpy as np
import pyqtgraph as pg
import pytest
from pyqtgraph.Qt import QtWidgets

from gui.canvas import FieldCanvas
from gui.canvas.heatmap_layer import HeatmapLayer, centred_levels, changes_sign
from gui.canvas.legends import blended_colormap, log_ticks
from gui.model.theme import DARK, LIGHT
from numerics import CATALOGUE


@pytest.fixture
def canvas(qtbot):
    c = FieldCanvas()
    c.resize(700, 520)
    qtbot.addWidget(c)
    c.show()
    qtbot.waitExposed(c)
    return c


def show(canvas, objective):
    canvas.set_objective(objective)
    QtWidgets.QApplication.processEvents()
    canvas.settle_for_export()
    QtWidgets.QApplication.processEvents()


def test_each_title_sits_right_above_its_own_bar_inside_the_canvas(canvas):
    show(canvas, CATALOGUE["himmelblau"])
    legends = canvas.legends
    width = canvas.plot.width()
    for title, bar, text in ((legends.arrows_title, legends.arrows, "|∇f|"),
                             (legends.heatmap_title, legends.heatmap, "f − min f")):
        assert title.isVisible() and bar.isVisible()
        assert title.text == text
        t, b = title.sceneBoundingRect(), bar.sceneBoundingRect()
        assert 0 <= b.top() - t.bottom() <= 6  # directly above, not beside
        assert t.left() < b.center().x() < t.right() or abs(t.left() - b.left()) < 10
        assert t.right() <= width + 1 and b.right() <= width + 1  # inside the canvas, not past it
    assert legends.arrows.sceneBoundingRect().bottom() < legends.heatmap_title.sceneBoundingRect().top()
    view = canvas.view_box.sceneBoundingRect()
    assert legends.column.sceneBoundingRect().left() >= view.right() - 1  # beside the field, over nothing


def test_the_heatmap_key_spans_f_in_view_and_follows_the_layer(canvas):
    show(canvas, CATALOGUE["sphere"])
    levels = canvas.legends.heatmap.levels()
    xa, xb, ya, yb = canvas.view_box_range()
    top = CATALOGUE["sphere"].value(np.array([max(-xa, xb), max(-ya, yb)]))
    assert levels[0] == pytest.approx(0.0, abs=0.05) and levels[1] == pytest.approx(top, rel=0.05)
    assert not canvas.heatmap.diverging
    width = canvas.view_box.width()
    canvas.set_layer_visible("heatmap", False)
    QtWidgets.QApplication.processEvents()
    assert not canvas.legends.heatmap.isVisible() and canvas.legends.arrows.isVisible()
    assert canvas.view_box.width() == width  # hiding a key moves nothing (no recompute for it)


def test_a_saddle_gets_a_diverging_map_centred_on_zero(canvas):
    show(canvas, CATALOGUE["saddle"])
    heat = canvas.heatmap
    assert heat.diverging and heat.key_levels[0] == -heat.key_levels[1]
    assert canvas.legends.heatmap_title.text == "f"
    # f > 0 along x0 (red side), f < 0 along x1 (blue side), 0 at the neutral middle
    lut = heat.key_colormap.map(np.array([0.0, 0.5, 1.0]), mode="byte")[:, :3].astype(int)
    low, middle, high = lut
    assert low[2] > low[0] and high[0] > high[2]  # blue below 0, red above
    assert middle.min() > 200  # light theme: near white at 0
    canvas.set_theme(DARK)
    show(canvas, CATALOGUE["saddle"])
    middle = canvas.heatmap.key_colormap.map(np.array([0.5]), mode="byte")[0, :3]
    assert middle.max() < 60  # dark theme: the ground stays dark at 0


def test_a_one_signed_f_keeps_the_sequential_map_and_log_scales_never_diverge():
    layer = HeatmapLayer()
    layer.set_colormap(LIGHT.heatmap_colormap, 0.45, LIGHT.heatmap_diverging_colormap)
    x = np.linspace(-1, 1, 5)
    layer.set_grid(x, x, np.add.outer(x**2, x**2) + 1.0, log=False)
    assert not layer.diverging
    layer.set_grid(x, x, np.subtract.outer(x**2, x**2), log=False)
    assert layer.diverging and layer.key_levels == (-1.0, 1.0)
    layer.set_grid(x, x, np.subtract.outer(x**2, x**2), log=True)  # log10(f − min + ε) is one-signed by design
    assert not layer.diverging
    assert changes_sign((-1.0, 2.0)) and not changes_sign((0.0, 2.0)) and not changes_sign(None)
    assert centred_levels((-1.0, 3.0)) == (-3.0, 3.0)


def test_the_heatmap_levels_cover_the_view_not_the_panning_margin():
    layer = HeatmapLayer()
    x = np.linspace(-4, 4, 81)
    z = np.add.outer(x**2, x**2)
    layer.set_grid(x, x, z, log=False, view=(-2, 2, -2, 2))
    assert layer.key_levels == pytest.approx((0.0, 8.0))


def test_log_keys_read_as_values_at_whole_decades():
    assert log_ticks(0.4, 3.2) == [(1.0, "10"), (2.0, "100"), (3.0, "10³")]
    few = [text for _, text in log_ticks(-5.5, -4.1)]  # one decade only: 2× and 5× added
    assert "10⁻⁵" in few and "2·10⁻⁵" in few and len(few) >= 3


def test_the_heatmap_key_shows_the_colours_as_seen_through_the_opacity():
    cmap = pg.ColorMap(pos=[0.0, 1.0], color=[(0, 0, 255), (255, 0, 0)])
    seen = blended_colormap(cmap, 0.5, "#ffffff").map(np.array([0.0, 1.0]), mode="byte")[:, :3]
    assert seen.tolist() == [[128, 128, 255], [255, 128, 128]]
