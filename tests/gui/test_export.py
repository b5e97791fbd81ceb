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
