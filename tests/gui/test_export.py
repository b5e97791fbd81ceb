"""Image export: sizes, vector content, clipboard, and failures that leave nothing behind."""
import os
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from pyqtgraph.Qt import QtGui, QtWidgets

from gui.export import ExportError, copy_image, export_png, export_svg
from numerics import CATALOGUE

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def canvas(qtbot, make_canvas):
    c = make_canvas(size=(500, 400))
    c.set_objective(CATALOGUE["himmelblau"])
    QtWidgets.QApplication.processEvents()
    c.recompute()
    c.add_path(1, color="#0072b2")
    c.set_path(1, np.array([[0.0, 0.0], [1.0, 1.0], [2.0, 1.5], [3.0, 2.0]]))
    return c


@pytest.mark.parametrize("scale", [1, 2])
def test_png_is_the_plot_at_scale_times_its_size(canvas, tmp_path, scale):
    path = export_png(canvas, tmp_path / "field.png", scale=scale)
    image = QtGui.QImage(str(path))
    plot = canvas.plot
    assert (image.width(), image.height()) == (plot.width() * scale, plot.height() * scale)
    # the plot, not a blank page: the light theme's white plus darker arrows and text
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20


def test_png_of_a_plain_widget_is_the_whole_widget(qtbot, tmp_path):
    w = QtWidgets.QLabel("hello")
    w.resize(120, 40)
    qtbot.addWidget(w)
    path = export_png(w, tmp_path / "label.png", scale=2)
    assert QtGui.QImage(str(path)).size().toTuple() == (240, 80)


def test_svg_parses_and_holds_the_arrows_and_the_run_path_as_paths(canvas, tmp_path):
    path = export_svg(canvas, tmp_path / "field.svg")
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG}svg"
    strokes = {}
    for el in root.iter(f"{SVG}path"):
        colour = el.get("stroke") or _inherited_stroke(root, el)
        strokes.setdefault(colour, []).append(el.get("d", ""))
    arrow_colours = {p.color().name() for p in canvas.field_item._class_pens}
    n_arrows = len(canvas.field_item.origins)
    arrow_moves = sum(d.count("M") for c in arrow_colours for d in strokes.get(c, []))
    # every stroke of every arrow (3 per arrow) starts a subpath, in the class colours
    assert arrow_moves == 3 * n_arrows
    run = [d for d in strokes.get("#0072b2", []) if d.count("L") >= 3]
    assert run, "the run's polyline is missing"
    assert root.get("width") and root.get("viewBox") == f"0 0 {canvas.plot.width()} {canvas.plot.height()}"


def _inherited_stroke(root, el):
    parents = {c: p for p in root.iter() for c in p}
    while el in parents:
        el = parents[el]
        if el.get("stroke"):
            return el.get("stroke")
    return None


@pytest.mark.parametrize("exporter", [export_png, export_svg])
def test_wrong_extension_is_refused_with_a_readable_message(canvas, tmp_path, exporter):
    with pytest.raises(ExportError, match="must end in"):
        exporter(canvas, tmp_path / "field.jpg")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("exporter,name", [(export_png, "f.png"), (export_svg, "f.svg")])
def test_missing_folder_raises_export_error(canvas, tmp_path, exporter, name):
    with pytest.raises(ExportError, match="does not exist"):
        exporter(canvas, tmp_path / "nope" / name)
    assert isinstance(ExportError("x"), OSError)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_unwritable_folder_raises_and_leaves_no_half_written_file(canvas, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="Cannot write"):
            export_png(canvas, locked / "f.png")
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_a_folder_in_the_way_raises_and_leaves_no_temporary(canvas, tmp_path):
    (tmp_path / "f.png").mkdir()  # fails for root too, unlike a read-only folder
    with pytest.raises(ExportError, match="Cannot write"):
        export_png(canvas, tmp_path / "f.png")
    assert [p.name for p in tmp_path.iterdir()] == ["f.png"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(canvas, tmp_path, monkeypatch):
    target = tmp_path / "f.svg"
    target.write_text("old")

    def refuse(*_args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match="Permission denied"):
        export_svg(canvas, target)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.svg"]


def test_copy_image_puts_the_plot_on_the_clipboard(canvas):
    image = copy_image(canvas)
    clip = QtGui.QGuiApplication.clipboard().image()
    assert not clip.isNull()
    assert clip.size() == image.size() == canvas.plot.size()


def test_svg_text_falls_back_to_a_generic_sans_serif_family(canvas, tmp_path):
    root = ET.parse(export_svg(canvas, tmp_path / "field.svg")).getroot()
    families = {el.get("font-family") for el in root.iter() if el.get("font-family")}
    assert families and all(f.endswith("sans-serif") for f in families)


# -- the SVG rasterised by other renderers is the PNG export --------------------------------------
#
# The same view exported as PNG and as SVG, the SVG rasterised by librsvg (rsvg-convert) and by
# Qt's own renderer, must be the same picture. Glyphs differ between renderers (hinting, pango
# against Qt's font engine) and antialiased edges by a fraction of a pixel, so the pictures are
# compared as 8×8-pixel block means: at most 1 % of the blocks may differ by more than 24/255 and
# the mean block difference may not exceed 3/255. Measured on the canvas below: 0.06 % of the
# blocks above 24/255, mean 1.2/255; the SVG before its strokes were baked (librsvg drew every
# 1.5-px path as a ~70-px band): 100 % and 176/255. The run's path must keep its width (the
# pixels of its colour within 0.8–1.25 × the PNG's: measured 0.94, unbaked 6.5) and stay inside
# the axes although it runs to (9, 9), far outside the view (Qt's renderer ignores clip paths).

BLOCK, BLOCK_THRESHOLD, MAX_BLOCKS, MAX_BLOCK_MEAN = 8, 24.0, 0.01, 3.0
PATH_RGB = (0, 114, 178)


def _blocks(rgb, n=BLOCK):
    h, w = rgb.shape[0] // n * n, rgb.shape[1] // n * n
    return rgb[:h, :w].reshape(h // n, n, w // n, n, 3).mean(axis=(1, 3))


def _same_picture(a, b):
    assert a.shape == b.shape
    diff = np.abs(_blocks(a) - _blocks(b)).max(axis=-1)
    return float((diff > BLOCK_THRESHOLD).mean()), float(diff.mean())


def _path_pixels(rgb):
    return np.abs(rgb - np.array(PATH_RGB)).max(axis=-1) < 40


def _rasterise_with_rsvg(svg, png, size):
    import shutil
    import subprocess

    if shutil.which("rsvg-convert") is None:
        pytest.skip("rsvg-convert is not installed (Debian: librsvg2-bin; .ci/run installs it)")
    subprocess.run(["rsvg-convert", "-w", str(size[0]), "-h", str(size[1]), str(svg), "-o", str(png)], check=True)


def _rasterise_with_qt(svg, png, size):
    from PySide6.QtSvg import QSvgRenderer

    image = QtGui.QImage(size[0], size[1], QtGui.QImage.Format.Format_RGB32)
    image.fill(QtGui.QColor("white"))
    painter = QtGui.QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    image.save(str(png))


@pytest.fixture
def escaping_canvas(canvas):
    canvas.set_path(1, np.array([[0.0, 0.0], [1.0, 1.0], [2.0, 1.5], [3.0, 2.0], [9.0, 9.0]]))
    return canvas


@pytest.mark.parametrize("rasterise", [_rasterise_with_rsvg, _rasterise_with_qt], ids=["librsvg", "qt"])
def test_the_svg_rasterised_is_the_png_export(escaping_canvas, tmp_path, rasterise):
    from tests.gui.test_images import read_rgb

    canvas = escaping_canvas
    size = (canvas.plot.width(), canvas.plot.height())
    png = read_rgb(export_png(canvas, tmp_path / "view.png"))
    svg = export_svg(canvas, tmp_path / "view.svg")
    assert b"non-scaling-stroke" not in svg.read_bytes()
    rasterise(svg, tmp_path / "svg.png", size)
    drawn = read_rgb(tmp_path / "svg.png")
    differing, mean = _same_picture(png, drawn)
    assert differing <= MAX_BLOCKS and mean <= MAX_BLOCK_MEAN, (differing, mean)
    ratio = _path_pixels(drawn).sum() / _path_pixels(png).sum()
    assert 0.8 <= ratio <= 1.25, ratio
    # nothing of the path outside the view box (plus half a stroke)
    view = canvas.view_box.sceneBoundingRect()
    outside = np.ones(drawn.shape[:2], bool)
    outside[int(view.top()) - 2:int(view.bottom()) + 3, int(view.left()) - 2:int(view.right()) + 3] = False
    assert not (_path_pixels(drawn) & outside).any()


def test_a_lab_figure_svg_keeps_every_text_and_matches_its_png(qtbot, tmp_path):
    from gui.labs.derivative_lab import DerivativeLab
    from tests.gui.test_images import read_rgb

    lab = DerivativeLab()
    qtbot.addWidget(lab)
    lab.resize(1000, 800)
    lab.run_preset_blocking()
    figure = lab.export_target()
    png = read_rgb(export_png(figure, tmp_path / "lab.png"))
    svg = export_svg(figure, tmp_path / "lab.svg")
    texts = " ".join("".join(t.itertext()) for t in ET.parse(svg).getroot().iter(f"{SVG}text"))
    for words in ("numerical f", "the book prints", "|error| of f", "slope 2", "tangent from the numerical"):
        assert words in texts
    _rasterise_with_rsvg(svg, tmp_path / "svg.png", (figure.width(), figure.height()))
    differing, mean = _same_picture(png, read_rgb(tmp_path / "svg.png"))
    assert differing <= MAX_BLOCKS and mean <= MAX_BLOCK_MEAN, (differing, mean)


def test_an_export_right_after_a_resize_shows_the_field_for_that_size(canvas, tmp_path):
    """The command line resizes a figure and exports at once: the field must be the one the
    window shows at that size (it was the one computed for the size before: 5×3 huge arrows)."""
    from gui.canvas.grid_spacing import arrow_grid

    canvas.resize(1000, 800)
    QtWidgets.QApplication.processEvents()  # the resize is laid out; its recompute still waits
    export_png(canvas, tmp_path / "big.png")
    xa, xb, ya, yb = canvas.view_box_range()
    _, _, step = arrow_grid((xa, xb, ya, yb), canvas.view_box.width() / (xb - xa), canvas.ARROW_SPACING_PX)
    assert canvas.arrow_step == step
    assert len(canvas.field_item.origins) > 300


def test_the_basins_lab_draws_every_arrow_visibly(qtbot):
    """Himmelblau's |∇f| spans four decades: arrows scaled by it vanished but at the corners."""
    from gui.labs import LABS

    lab = LABS["basins"].create()
    qtbot.addWidget(lab)
    assert lab.canvas.arrow_mode == "unit"
    lab.shutdown()
