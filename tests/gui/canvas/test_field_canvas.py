"""The vector-field canvas, driven the way a user drives it (pytest-qt, offscreen)."""
import numpy as np
import pytest
from pyqtgraph.Qt import QtCore, QtWidgets

from gui.canvas.field_canvas import BOOK_AXIS
from gui.model.theme import DARK, LIGHT
from numerics import CATALOGUE, Objective

Qt = QtCore.Qt


@pytest.fixture
def canvas(make_canvas):
    return make_canvas()


def show(canvas, objective):
    canvas.set_objective(objective)
    # the title appears with the first objective and shrinks the plot: let the layout settle
    QtWidgets.QApplication.processEvents()
    canvas.recompute()  # for the final size, without waiting for the debounce
    return canvas


def arrows(canvas):
    """(tail, tip, left, right) per arrow from the ONE field item's vertices."""
    x, y = canvas.field_item.getData()
    v = np.stack([x, y], axis=-1).reshape(-1, 6, 2)
    return v[:, 0], v[:, 1], v[:, 3], v[:, 5]


def view_to_viewport(canvas, x, y):
    scene = canvas.plot.plotItem.vb.mapViewToScene(QtCore.QPointF(x, y))
    return canvas.plot.mapFromScene(scene)


@pytest.mark.parametrize("name", ["sphere", "himmelblau", "rosenbrock", "saddle", "six_hump_camel"])
def test_every_arrow_is_six_vertices_pointing_along_minus_the_gradient(canvas, name):
    objective = CATALOGUE[name]
    show(canvas, objective)
    assert canvas.field_item.opts["connect"] == "pairs"
    x, _ = canvas.field_item.getData()
    origins = canvas.field_item.origins
    assert len(origins) > 100
    assert len(x) == 6 * len(origins)
    tail, tip, _, _ = arrows(canvas)
    np.testing.assert_allclose((tail + tip) / 2, origins, atol=1e-9)  # centred on their point
    minus_grad = -objective.gradient(origins)
    norm = np.hypot(*minus_grad.T)
    moving = norm > 1e-9 * norm.max()
    shaft = tip - tail
    cos = np.sum(shaft * minus_grad, axis=1)[moving] / (np.hypot(*shaft.T)[moving] * norm[moving])
    np.testing.assert_allclose(cos, 1.0, atol=1e-9)
    # scaled mode: length ∝ |∇f|, the longest 0.9 of the spacing between arrows
    lengths = np.hypot(*shaft.T)
    np.testing.assert_allclose(lengths, 0.9 * canvas.arrow_step * norm / norm.max(), rtol=1e-9, atol=1e-12)


def test_arrows_follow_the_numerical_gradient_when_asked(canvas):
    objective = CATALOGUE["himmelblau"]
    show(canvas, objective)
    canvas.set_field_options(numerical=True, h=1e-1, scheme="forward")
    tail, tip, _, _ = arrows(canvas)
    origins = canvas.field_item.origins
    want = -objective.gradient(origins, numerical=True, h=1e-1, scheme="forward")
    shaft = tip - tail
    cross = shaft[:, 0] * want[:, 1] - shaft[:, 1] * want[:, 0]
    np.testing.assert_allclose(cross / (np.hypot(*shaft.T) * np.hypot(*want.T) + 1e-300), 0, atol=1e-9)
    # forward differences with h = 0.1 are visibly not the analytic gradient
    exact = -objective.gradient(origins)
    assert not np.allclose(want, exact, rtol=1e-3)


def test_unit_mode_arrows_all_have_the_same_length(canvas):
    show(canvas, CATALOGUE["rosenbrock"])
    canvas.set_arrow_mode("unit")
    tail, tip, _, _ = arrows(canvas)
    lengths = np.hypot(*(tip - tail).T)
    # except at a grid point exactly on the minimum (1, 1): no direction, no arrow
    moving = np.hypot(*CATALOGUE["rosenbrock"].gradient(canvas.field_item.origins).T) > 0
    assert moving.sum() >= len(moving) - 1
    np.testing.assert_allclose(lengths[moving], 0.9 * canvas.arrow_step, rtol=1e-9)
    np.testing.assert_array_equal(lengths[~moving], 0.0)
    with pytest.raises(ValueError):
        canvas.set_arrow_mode("long")


def test_colour_classes_rise_with_the_gradient_and_the_colour_bar_spans_it(canvas):
    show(canvas, CATALOGUE["sphere"])
    origins, classes = canvas.field_item.origins, canvas.field_item.classes
    magnitude = np.hypot(*CATALOGUE["sphere"].gradient(origins).T)
    order = np.argsort(magnitude)
    assert np.all(np.diff(classes[order]) >= 0)
    assert classes[order[0]] == 0 and classes[order[-1]] == canvas.N_COLOR_CLASSES - 1
    lo, hi = canvas.color_bar.levels()
    assert lo == pytest.approx(magnitude.min()) and hi == pytest.approx(magnitude.max())


def test_arrows_are_about_one_per_28_pixels_and_aligned_to_the_data(canvas):
    show(canvas, CATALOGUE["sphere"])
    px = canvas.plot.plotItem.vb.viewPixelSize()[0]
    assert 28 / (4 / 3) <= canvas.arrow_step / px <= 28 * (4 / 3)
    ratios = canvas.field_item.origins / canvas.arrow_step
    np.testing.assert_allclose(ratios, np.round(ratios), atol=1e-6)


def test_zooming_recomputes_the_field_for_the_visible_region_after_the_debounce(canvas, qtbot):
    show(canvas, CATALOGUE["himmelblau"])
    step_before = canvas.arrow_step
    updates = []
    canvas.fieldUpdated.connect(lambda: updates.append(1))
    with qtbot.waitSignal(canvas.fieldUpdated, timeout=2000):
        # several range changes in a row, as a wheel zoom makes them: one recompute
        for half in (2.0, 1.5, 1.0):
            canvas.plot.plotItem.vb.setRange(xRange=(3 - half, 3 + half), yRange=(2 - half, 2 + half), padding=0)
    qtbot.wait(2 * canvas.DEBOUNCE_MS)
    assert len(updates) == 1
    xa, xb, ya, yb = canvas.view_box_range()
    o = canvas.field_item.origins
    assert (o[:, 0] >= xa).all() and (o[:, 0] <= xb).all() and (o[:, 1] >= ya).all() and (o[:, 1] <= yb).all()
    assert canvas.arrow_step < step_before / 3
    # the heatmap covers the new view too, at finer resolution than before
    rect = canvas.heatmap.mapRectToParent(canvas.heatmap.boundingRect())
    assert rect.left() <= xa and rect.right() >= xb and rect.top() <= ya and rect.bottom() >= yb


def test_left_click_requests_a_start_at_the_clicked_data_point(canvas, qtbot):
    show(canvas, CATALOGUE["himmelblau"])
    target = (1.25, -2.5)
    pos = view_to_viewport(canvas, *target)
    with qtbot.waitSignal(canvas.startRequested, timeout=1000) as blocker:
        qtbot.mouseClick(canvas.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    px, py = canvas.plot.plotItem.vb.viewPixelSize()
    x, y = blocker.args
    assert abs(x - target[0]) <= px and abs(y - target[1]) <= py


def test_a_drag_pans_instead_of_starting_a_run(canvas, qtbot):
    show(canvas, CATALOGUE["sphere"])
    before = canvas.view_box_range()
    starts = []
    canvas.startRequested.connect(lambda *a: starts.append(a))
    vp = canvas.plot.viewport()
    a, b = view_to_viewport(canvas, 0, 0), view_to_viewport(canvas, 2, 1)
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=a)
    for t in np.linspace(0, 1, 6)[1:]:
        qtbot.mouseMove(vp, QtCore.QPoint(round(a.x() + t * (b.x() - a.x())), round(a.y() + t * (b.y() - a.y()))))
        qtbot.wait(20)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=b)
    assert starts == []
    assert canvas.view_box_range()[0] < before[0] - 1  # dragged right: the view moved left


def test_clicking_near_a_path_vertex_selects_it_instead_of_starting(canvas, qtbot):
    show(canvas, CATALOGUE["himmelblau"])
    canvas.add_path(7)
    canvas.set_path(7, np.array([[0.0, 0.0], [1.0, 1.0], [2.0, 1.5]]))
    starts = []
    canvas.startRequested.connect(lambda *a: starts.append(a))
    px = canvas.plot.plotItem.vb.viewPixelSize()[0]
    pos = view_to_viewport(canvas, 1.0 + 3 * px, 1.0)  # 3 px off the vertex
    with qtbot.waitSignal(canvas.pathPointClicked, timeout=1000) as blocker:
        qtbot.mouseClick(canvas.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [7, 1]
    assert starts == []
    # far from every vertex: a start again
    with qtbot.waitSignal(canvas.startRequested, timeout=1000):
        qtbot.mouseClick(canvas.plot.viewport(), Qt.MouseButton.LeftButton, pos=view_to_viewport(canvas, -3, -3))


def test_mouse_move_reports_the_cursor_in_data_coordinates(canvas, qtbot):
    show(canvas, CATALOGUE["sphere"])
    with qtbot.waitSignal(canvas.cursorMoved, timeout=1000) as blocker:
        qtbot.mouseMove(canvas.plot.viewport(), view_to_viewport(canvas, -1.5, 2.0))
    px, py = canvas.plot.plotItem.vb.viewPixelSize()
    assert abs(blocker.args[0] + 1.5) <= px and abs(blocker.args[1] - 2.0) <= py


def test_book_view_is_the_books_quiver_with_filled_heads_and_no_empty_bands(canvas):
    show(canvas, CATALOGUE["sphere"])
    canvas.book_view()
    assert len(BOOK_AXIS) == 18
    origins = canvas.field_item.origins
    # the book's 18 × 18 grid, plus the same 0.25 lattice wherever the view is wider than [−2, 2]
    book = {(float(a), float(b)) for a in BOOK_AXIS for b in BOOK_AXIS}
    assert book <= {tuple(map(float, p)) for p in origins}
    np.testing.assert_allclose(origins / 0.25, np.round(origins / 0.25), atol=1e-9)
    xa, xb, ya, yb = canvas.view_box_range()
    assert min(xb - xa, yb - ya) == pytest.approx(4.0, abs=1e-9)  # limits exactly [−2, 2] on the short side
    assert origins[:, 0].min() - xa < 0.25 and xb - origins[:, 0].max() < 0.25  # no empty band
    assert origins[:, 1].min() - ya < 0.25 and yb - origins[:, 1].max() < 0.25
    # plt.quiver's arrows: filled polygons, the shaft's tail centred on the point, the tip along −∇f
    polygons = canvas.field_item.polygons
    assert polygons.shape == (len(origins), 8, 2)
    tail = 0.5 * (polygons[:, 0] + polygons[:, 6])
    np.testing.assert_allclose(tail, origins, atol=1e-12)
    grad = CATALOGUE["sphere"].gradient(origins)
    long = np.hypot(*grad.T) > 0.5 * np.hypot(*grad.T).max()  # arrows longer than their head
    expected = -grad / np.hypot(*grad.T).max() * 0.9 * 0.25
    np.testing.assert_allclose((polygons[:, 3] - tail)[long], expected[long], atol=1e-12)
    # the head is three shafts wide
    width = np.hypot(*(polygons[:, 0] - polygons[:, 6]).T)[long]
    head = np.hypot(*(polygons[:, 2] - polygons[:, 4]).T)[long]
    np.testing.assert_allclose(head, 3 * width)
    assert canvas.field_item._fill[1].color().name() == LIGHT.book_arrow
    assert not canvas.heatmap.isVisible() and not canvas.contours.isVisible()
    assert not canvas.color_bar.isVisible()
    assert canvas.plot.plotItem.getAxis("bottom").style["tickFont"].pointSizeF() >= 11  # readable
    canvas.reset_view()
    assert canvas.heatmap.isVisible() and canvas.contours.isVisible() and not canvas.book_mode
    assert canvas.field_item.polygons is None


def test_non_finite_path_points_never_reach_pyqtgraph(canvas):
    show(canvas, CATALOGUE["himmelblau"])
    canvas.add_path(1)
    xy = np.array([[0.0, 0.0], [1.0, 1.0], [np.inf, 2.0], [3.0, np.nan], [4.0, 4.0]])
    assert canvas.set_path(1, xy) == 2
    np.testing.assert_array_equal(canvas.paths.shown_points(1), xy[:2])
    assert canvas.set_path(1, np.array([[0.0, 0.0], [1e300, 0.0]])) == 1
    with pytest.raises(ValueError, match=r"\(n, 2\)"):
        canvas.set_path(1, np.zeros((3, 3)))
    with pytest.raises(KeyError):
        canvas.set_path(99, np.zeros((1, 2)))


def test_paths_far_away_do_not_move_the_view(canvas, qtbot):
    show(canvas, CATALOGUE["sphere"])
    before = canvas.view_box_range()
    canvas.add_path(3)
    canvas.set_path(3, np.array([[0.0, 0.0], [500.0, -800.0]]))
    qtbot.wait(2 * canvas.DEBOUNCE_MS)
    assert canvas.view_box_range() == pytest.approx(before)


def test_layers_can_be_hidden_by_name(canvas):
    show(canvas, CATALOGUE["himmelblau"])
    items = {"field": canvas.field_item, "heatmap": canvas.heatmap, "contours": canvas.contours,
             "critical": canvas.critical}
    for name, item in items.items():
        canvas.set_layer_visible(name, False)
        assert not item.isVisible()
        canvas.set_layer_visible(name, True)
        assert item.isVisible()
    with pytest.raises(ValueError, match="unknown layer"):
        canvas.set_layer_visible("basins", True)


def test_critical_points_are_one_scatter_with_a_symbol_per_kind_and_labels(canvas):
    objective = CATALOGUE["himmelblau"]
    show(canvas, objective)
    spots = canvas.critical.scatter.data
    assert len(spots) == len(objective.critical_points)
    symbols = {cp.kind: s for cp, s in zip(objective.critical_points, spots["symbol"])}
    assert len(set(symbols.values())) == len(symbols) == 3  # minimum, saddle, maximum
    assert [label.toPlainText() for label in canvas.critical.labels] == [cp.label for cp in objective.critical_points]


def test_log_heatmap_colours_log_f(canvas):
    objective = CATALOGUE["rosenbrock"]
    show(canvas, objective)
    assert canvas.log_heatmap == objective.log_heatmap
    canvas.set_log_heatmap(True)
    values = canvas.heatmap.values
    assert np.nanmax(values) - np.nanmin(values) == pytest.approx(6.0)  # six decades below the top
    canvas.set_log_heatmap(False)
    assert np.nanmin(canvas.heatmap.values) >= 0  # Rosenbrock itself, not its log


def log_x0() -> Objective:
    return Objective(
        name="log_x0", title="log(x0) + x1²", formula="log(x0) + x1**2",
        f=lambda p: np.log(p[..., 0]) + p[..., 1] ** 2, grad=None, box=(-3.0, 3.0, -3.0, 3.0),
    )


def test_log_x0_draws_only_where_f_is_defined(canvas):
    show(canvas, log_x0())
    z = canvas.heatmap.values
    assert np.isnan(z).any() and np.isfinite(z).any()
    image = canvas.heatmap.image
    # columns left of x0 = 0 are blank, the rest coloured
    rect = canvas.heatmap.mapRectToParent(canvas.heatmap.boundingRect())
    x0 = rect.left() + (np.arange(image.shape[1]) + 0.5) * rect.width() / image.shape[1]
    assert np.isnan(image[:, x0 < -1e-2]).all()
    assert np.isfinite(image[:, x0 > 0.05]).all()
    origins = canvas.field_item.origins
    assert len(origins) and (origins[:, 0] > 0).all()
    x, y = canvas.field_item.getData()
    assert np.isfinite(x).all() and np.isfinite(y).all()
    cx, cy = canvas.contours.getData()
    assert np.nanmin(cx) >= -1e-9  # contour lines stop where f stops


def test_an_objective_that_raises_is_reported_and_the_canvas_stays_up(canvas, qtbot):
    def broken(p):
        raise ZeroDivisionError("boom")

    bad = Objective(name="bad", title="bad", formula="1/0", f=broken, grad=None, box=(-1.0, 1.0, -1.0, 1.0))
    with qtbot.waitSignal(canvas.computeFailed, timeout=1000) as blocker:
        canvas.set_objective(bad)
    assert "boom" in blocker.args[0]
    show(canvas, CATALOGUE["sphere"])
    assert len(canvas.field_item.origins) > 0


def test_theme_switch_restyles_background_axes_and_arrows(canvas):
    show(canvas, CATALOGUE["sphere"])
    light_pens = [p.color().name() for p in canvas.field_item._class_pens]
    canvas.set_theme(DARK)
    assert canvas.plot.backgroundBrush().color().name() == DARK.background
    assert canvas.plot.plotItem.getAxis("bottom").textPen().color().name() == DARK.foreground
    assert canvas.color_bar.axis.textPen().color().name() == DARK.foreground
    dark_pens = [p.color().name() for p in canvas.field_item._class_pens]
    assert dark_pens != light_pens and len(set(dark_pens)) == canvas.N_COLOR_CLASSES
    # the picture itself changed: mostly dark pixels now
    image = canvas.plot.grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2).lightness() < 128


def test_overlay_draws_in_data_coordinates(canvas):
    import pyqtgraph as pg

    show(canvas, CATALOGUE["sphere"])
    dot = pg.ScatterPlotItem(x=[1.0], y=[2.0])
    canvas.overlay.addItem(dot)
    scene_pos = dot.mapToScene(QtCore.QPointF(1.0, 2.0))
    view = canvas.plot.plotItem.vb.mapSceneToView(scene_pos)
    assert (view.x(), view.y()) == pytest.approx((1.0, 2.0))


def test_colour_bar_shows_plain_numbers_for_small_gradients(canvas, qtbot):
    from numerics import objective_from_formula

    show(canvas, objective_from_formula("0.001*(x0**2 + x1**2)"))
    qtbot.wait(50)
    axis = canvas.color_bar.axis
    assert axis.autoSIPrefixScale == 1.0 and "x0.001" not in axis.labelString()
