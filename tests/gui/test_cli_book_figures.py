"""The command line's book figures: --book-view (gradient_2d.py, square, [−2, 2] exactly), --preset
gradient-method (gradient_method.py's 20 steps as big dots), --lab optimizers --layout grid (the
ch. 6 figure's panels), and --box honoured exactly (the image takes the box's aspect and says so)."""
from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from gui import cli

ROOT = Path(__file__).resolve().parents[2]
MAIN = ROOT / "main.py"


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(MAIN), *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=240)


def _png_size(path: Path) -> tuple[int, int]:
    return struct.unpack(">II", path.read_bytes()[16:24])


def test_box_is_shown_exactly_and_the_image_takes_its_aspect(qtbot):
    from gui.canvas import FieldCanvas
    from gui.headless import _fit_box
    from numerics import CATALOGUE

    canvas = FieldCanvas(CATALOGUE["sphere"])
    qtbot.addWidget(canvas)
    canvas.show()
    box = (-3.5, 3.5, -4.5, 4.5)
    w, h = _fit_box(canvas, box, (1000, 800))
    assert h == 800 and w < 1000  # taller than wide: the width gives way
    xa, xb, ya, yb = canvas.view_box_range()
    px = canvas.view_box.viewPixelSize()
    assert abs(xa - box[0]) <= px[0] and abs(xb - box[1]) <= px[0]
    assert abs(ya - box[2]) <= px[1] and abs(yb - box[3]) <= px[1]


def test_box_export_says_what_it_changed(tmp_path):
    out = tmp_path / "box.png"
    done = _run("--box", "-3.5,3.5,-4.5,4.5", "--export", str(out))
    assert done.returncode == 0, done.stderr
    w, h = _png_size(out)
    assert h == 800 and w < 1000
    assert f"the image is {w}x{h} instead of 1000x800" in done.stdout and "x0 ∈ [-3.5, 3.5]" in done.stdout


def test_book_view_export_is_square_on_the_books_limits(tmp_path):
    out = tmp_path / "quiver.svg"
    done = _run("--book-view", "--export", str(out))
    assert done.returncode == 0, done.stderr
    import xml.etree.ElementTree as ET

    root = ET.parse(out).getroot()
    grey = [el for el in root.iter() if el.get("fill") == "#666666"]
    assert grey, "the book's grey filled arrows"
    assert "--book-view: the image is" in done.stdout or "wrote" in done.stdout


def test_book_view_needs_an_export_and_layout_needs_the_optimizers_lab():
    for argv, words in ((["--book-view"], "--book-view needs --export"),
                        (["--layout", "grid", "--export", "x.png"], "--layout applies to --lab optimizers"),
                        (["--lab", "lr-race", "--layout", "grid", "--export", "x.png"], "--layout applies"),
                        (["--book-view", "--lab", "derivative", "--export", "x.png"], "--book-view does not apply")):
        with pytest.raises(cli.CliError, match=words):
            cli.parse_args(argv)


def test_the_gradient_method_preset_is_the_books_run_and_options_override_it(tmp_path):
    args = cli.parse_args(["--preset", "gradient-method", "--export", str(tmp_path / "gm.png")])
    session = cli.session_from_args(args)
    assert session.function == "sphere" and session.starts == ((-3.0, 4.0),)
    assert session.config.lr == 0.1 and session.config.steps == 20 and not session.config.analytic
    assert tuple(session.view_box) == (-3.5, 3.5, -4.5, 4.5)
    args = cli.parse_args(["--preset", "gradient-method", "--lr", "0.2", "--export", str(tmp_path / "gm.png")])
    assert cli.session_from_args(args).config.lr == 0.2  # a given option wins
    # the book's last point: (−3, 4) · 0.8²⁰
    done = _run("--preset", "gradient-method", "--export", str(tmp_path / "gm.png"))
    assert done.returncode == 0, done.stderr
    x_end = np.array([-3.0, 4.0]) * 0.8**20
    assert f"({x_end[0]:.6g}, {x_end[1]:.6g})" in done.stdout and "after 20 steps" in done.stdout


def test_the_gradient_method_dots_are_big(qtbot, tmp_path):
    from gui.headless import render_explorer

    args = cli.parse_args(["--preset", "gradient-method", "--export", str(tmp_path / "gm.png")])
    session = cli.session_from_args(args)
    _diagnoses, trajectories = cli.compute_runs(session)
    render_explorer(session, trajectories, tmp_path / "gm.png", (500, 600), 1, exact_box=True, marker_px=11)
    from PySide6.QtGui import QImage

    image = QImage(str(tmp_path / "gm.png")).convertToFormat(QImage.Format.Format_RGB888)
    w, h = image.width(), image.height()
    rgb = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * h).reshape(h, -1)[:, : 3 * w]
    from gui.model.theme import LIGHT

    colour = np.array([int(LIGHT.path_color(trajectories[0].run_id)[i:i + 2], 16) for i in (1, 3, 5)])
    dots = np.abs(rgb.reshape(h, w, 3).astype(int) - colour).max(axis=-1) < 50
    assert dots.sum(axis=0).max() >= 10  # dots about 11 px across, not 4


def test_the_optimizer_lab_exports_its_small_multiples(qtbot, tmp_path):
    from gui.headless import render_lab
    from gui.labs import LABS
    from gui.model.session import Session

    captured = {}
    real = LABS["optimizers"].create

    def create(compute=None):
        captured["lab"] = lab = real(compute=compute)
        return lab

    spec = type(LABS["optimizers"])(LABS["optimizers"].name, LABS["optimizers"].title, create)
    render_lab(spec, Session(), tmp_path / "grid.png", (1000, 800), 1, layout="grid")
    lab = captured["lab"]
    assert lab.multiples_check.isChecked()
    assert len(lab.small_multiples) == len(lab.runs) >= 4
    titles = [c.plot.plotItem.titleLabel.text for c in lab.small_multiples]
    assert any(t.startswith("AdaGrad") for t in titles) and any(t.startswith("Adam") for t in titles)
    assert _png_size(tmp_path / "grid.png") == (1000, 800)
