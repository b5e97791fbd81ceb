"""Image exports never replace what is not a regular file (issue 12, defect 4): a device node, a
FIFO or a folder at the path is refused before anything is rendered, naming the path and the
reason; a link is written through to its target; a full disk is reported and the old file kept."""
from __future__ import annotations

import os
import stat

import pytest
from pyqtgraph.Qt import QtGui, QtWidgets

import gui.export
from gui.export import ExportError, export_png, export_svg
from numerics import CATALOGUE
from tests.special_files import mknod_copy, tiny_disk


@pytest.fixture
def canvas(qtbot, make_canvas):
    c = make_canvas(size=(300, 240))
    c.set_objective(CATALOGUE["sphere"])
    QtWidgets.QApplication.processEvents()
    c.recompute()
    return c


@pytest.fixture
def no_rendering(monkeypatch):
    """Fail the test if anything is rendered: refusals come before the work."""
    def refuse(*_args, **_kwargs):
        raise AssertionError("rendered although the path was refused")

    monkeypatch.setattr(gui.export, "render_image", refuse)
    monkeypatch.setattr(gui.export, "QSvgGenerator", refuse)


@pytest.mark.parametrize("exporter, name", [(export_png, "out.png"), (export_svg, "out.svg")])
@pytest.mark.parametrize("source", ["/dev/null", "/dev/full"])
def test_a_device_node_is_refused_before_rendering_and_kept(canvas, tmp_path, no_rendering, exporter, name, source):
    node = mknod_copy(source, tmp_path / name)
    rdev = os.stat(node).st_rdev
    with pytest.raises(ExportError) as info:
        exporter(canvas, node)
    assert str(info.value) == (f"Cannot write {node}: it is a device, not a regular file; "
                               "it was left as it is.")
    assert stat.S_ISCHR(os.lstat(node).st_mode) and os.lstat(node).st_rdev == rdev
    assert os.listdir(tmp_path) == [name]


@pytest.mark.parametrize("exporter, name", [(export_png, "out.png"), (export_svg, "out.svg")])
def test_a_fifo_and_a_folder_are_refused_before_rendering(canvas, tmp_path, no_rendering, exporter, name):
    fifo = tmp_path / name
    os.mkfifo(fifo)
    with pytest.raises(ExportError, match="named pipe"):
        exporter(canvas, fifo)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    folder = tmp_path / ("dir" + name[-4:])
    folder.mkdir()
    with pytest.raises(ExportError, match="it is a folder"):
        exporter(canvas, folder)
    with pytest.raises(ExportError, match="does not exist"):
        exporter(canvas, tmp_path / "missing" / name)
    assert sorted(os.listdir(tmp_path)) == sorted([name, folder.name])


def test_a_link_is_written_through_to_its_target(canvas, tmp_path):
    real = tmp_path / "real.png"
    real.write_bytes(b"old")
    link = tmp_path / "link.png"
    link.symlink_to(real)
    export_png(canvas, link)
    assert link.is_symlink() and not QtGui.QImage(str(real)).isNull()
    assert sorted(os.listdir(tmp_path)) == ["link.png", "real.png"]


def test_a_full_disk_is_reported_and_the_old_file_kept(canvas, tmp_path):
    with tiny_disk(tmp_path / "tiny", size="16k") as disk:
        target = disk / "big.png"
        target.write_bytes(b"old")
        with pytest.raises(ExportError, match="No space left on device") as info:
            export_png(canvas, target, scale=2)
        assert str(target) in str(info.value)
        assert target.read_bytes() == b"old" and os.listdir(disk) == ["big.png"]


def test_a_name_too_long_is_said_in_words(canvas, tmp_path, no_rendering):
    with pytest.raises(ExportError, match="bytes long; this folder allows at most 255"):
        export_png(canvas, tmp_path / ("n" * 300 + ".png"))
