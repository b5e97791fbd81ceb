"""Descent paths: one item, append-only raster cache on screen, vectors in exports, exact clicks."""
import numpy as np
import pyqtgraph as pg
import pytest
from pyqtgraph.Qt import QtWidgets

from gui.canvas.paths_layer import MAX_DRAWN_VERTICES, PathsLayer, drawable_prefix, thin_indices
from gui.export import render_image
from gui.model.runs import Cohort
from numerics import DescentConfig
from numerics import CATALOGUE


@pytest.fixture
def canvas(make_canvas):
    c = make_canvas(CATALOGUE["rosenbrock"])
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


def pixel(canvas, x, y):
    """Widget pixel of data point (x, y)."""
    p = canvas.plot.mapFromScene(canvas.view_box.mapViewToScene(pg.Point(x, y)))
    return p.x(), p.y()


def count_color(image, color, box=None, tol=40):
    """Pixels of ``image`` within ``tol`` of ``color`` (per channel), optionally inside box (x0, y0, x1, y1)."""
    from pyqtgraph import functions as fn

    arr = fn.ndarray_from_qimage(image.convertToFormat(image.Format.Format_RGB32))[..., :3].astype(int)
    if box is not None:
        x0, y0, x1, y1 = (int(v) for v in box)
        arr = arr[max(y0, 0):y1, max(x0, 0):x1]
    c = pg.mkColor(color)
    target = np.array([c.blue(), c.green(), c.red()])  # RGB32 is BGRA in memory
    return int((np.abs(arr - target).max(axis=-1) <= tol).sum())


def test_a_path_is_drawn_where_its_points_are_and_cleared_with_clear_paths(canvas, qtbot):
    canvas.add_path(1, "#ff00ff")
    canvas.set_path(1, np.array([[-1.5, 2.0], [0.0, 2.0], [1.5, 2.0]]))
    canvas.plot.viewport().update()
    qtbot.wait(50)
    (xa, ya), (xb, _yb) = pixel(canvas, -1.5, 2.0), pixel(canvas, 1.5, 2.0)
    image = canvas.plot.grab().toImage()
    on_line = count_color(image, "#ff00ff", (xa, ya - 4, xb, ya + 5))
    assert on_line >= 0.8 * (xb - xa)  # a solid line along the whole path
    assert count_color(image, "#ff00ff") - on_line < 60  # and nowhere else (bar the start marker)
    canvas.clear_paths()
    qtbot.wait(50)
    assert count_color(canvas.plot.grab().toImage(), "#ff00ff") == 0


def test_highlighted_paths_are_thicker_and_palette_colours_follow_the_theme(canvas, qtbot):
    from gui.model.theme import DARK, LIGHT

    canvas.add_path(1)
    canvas.add_path(2, color="#123456")
    canvas.set_path(1, np.array([[-1.0, 1.0], [1.0, 1.0]]))
    canvas.set_path(2, np.array([[-1.0, -1.0], [1.0, -1.0]]))
    qtbot.wait(50)
    assert canvas.paths.color_of(1) == LIGHT.path_colors[0]
    thin = count_color(canvas.plot.grab().toImage(), LIGHT.path_colors[0], tol=20)
    canvas.set_highlighted([1])
    qtbot.wait(50)
    thick = count_color(canvas.plot.grab().toImage(), LIGHT.path_colors[0], tol=20)
    assert thick > 1.5 * thin
    canvas.set_theme(DARK)
    assert canvas.paths.color_of(1) == DARK.path_colors[0]
    assert canvas.paths.color_of(2) == "#123456"  # chosen colours stay
    canvas.remove_path(1)
    with pytest.raises(KeyError):
        canvas.paths.color_of(1)


def cohort(n_steps, starts, steps_budget=None):
    """A cohort with a straight-line history: member m at step k is start + k·(0.01, 0.005)."""
    starts = np.asarray(starts, float)
    c = Cohort(1, None, DescentConfig(steps=steps_budget or n_steps), starts, 0, swarm=len(starts) > 1)
    k = np.arange(n_steps + 1)
    members = np.repeat(np.arange(len(starts)), len(k))
    steps = np.tile(k, len(starts))
    x = starts[members] + steps[:, None] * np.array([0.01, 0.005])
    c.receive(members, steps, x, np.zeros(len(x)), np.zeros((len(x), 2)))
    return c


def test_growing_a_path_draws_only_the_new_segments(canvas, qtbot, monkeypatch):
    c = cohort(1000, [(-1.5, -1.0)])
    canvas.add_cohort(c, "#00aa00")
    canvas.plot.viewport().update()
    qtbot.wait(30)  # the cache exists now
    drawn = []
    original = PathsLayer._paint_entry

    def recording(self, painter, entry, first, last, thin):
        drawn.append((first, last))
        return original(self, painter, entry, first, last, thin)

    monkeypatch.setattr(PathsLayer, "_paint_entry", recording)
    batches = []
    original_batch = PathsLayer._paint_batch

    def recording_batch(self, painter, batch):
        batches.append([(first, last) for _e, first, last in batch])
        return original_batch(self, painter, batch)

    monkeypatch.setattr(PathsLayer, "_paint_batch", recording_batch)
    old = 0
    for new in (1, 2, 10, 400, 1001):
        c.n_shown = new
        canvas.grow_cohort(c, old, new)
        old = new
    assert drawn == [(0, 1)]  # the start: line, start marker; then plain growth is batched
    assert batches == [[(0, 2)], [(1, 10)], [(9, 400)], [(399, 1001)]]
    drawn.clear()
    batches.clear()
    canvas.plot.viewport().repaint()  # a repaint blits the cache: nothing is drawn again
    assert drawn == [] and batches == []


def test_a_thousand_runs_repaint_from_the_cache_and_export_as_vectors(canvas, qtbot, monkeypatch):
    rng = np.random.default_rng(0)
    c = cohort(50, rng.uniform(-1.5, 1.0, (1000, 2)))
    c.n_shown = 51
    canvas.add_cohort(c, "#aa5500")
    canvas.plot.viewport().repaint()
    calls = []
    original = PathsLayer._paint_entry
    monkeypatch.setattr(PathsLayer, "_paint_entry",
                        lambda self, *a, **k: (calls.append(1), original(self, *a, **k))[1])
    canvas.plot.viewport().repaint()
    assert calls == []  # on screen: one image blit for all thousand paths
    image = render_image(canvas, scale=2)  # an export draws the paths from the data
    assert calls == [1]
    assert image.width() == 2 * canvas.width()
    # every member's path is drawn: its heads move with the swarm
    assert canvas.paths.head_count == 1000


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




def test_a_static_path_is_a_finished_cohort(canvas):
    canvas.add_path(5, "#123456")
    canvas.set_path(5, np.array([[0.0, 0.0], [0.5, 0.5], [1.0, 0.7]]))
    cohort = canvas._static[5]
    assert cohort.ended and not cohort.computing and not cohort.animating
    canvas.set_path(5, np.empty((0, 2)))  # an empty path is finished too
    assert canvas._static[5].ended
