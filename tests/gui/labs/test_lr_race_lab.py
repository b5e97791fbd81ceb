"""Learning-rate race lab: the book's table, adding and removing rates, bad input, export."""

from __future__ import annotations

import numpy as np
import pytest

from gui.export import export_png

LAB = "lr-race"


def table(lab):
    return [[lab.table.item(r, c).text() for c in range(lab.table.columnCount())] for r in range(lab.table.rowCount())]


def test_preset_reproduces_the_book_and_exports(lab, tmp_path):
    rows = table(lab)
    # The book prints [-6.11110793e-10  8.14814391e-10] …; the table writes numbers the app's way.
    assert [r[0] for r in rows] == ["0.1", "10", "1e−10"]
    assert rows[0][1:3] == ["−6.11110793e−10", "8.14814391e−10"]
    assert rows[1][1:3] == ["−2.58983747e13", "−1.29524862e12"]
    assert rows[2][1:3] == ["−2.99999994", "3.99999992"]
    assert [r[5] for r in rows] == [f"({r[1]}, {r[2]})" for r in rows]  # the book's column agrees
    # How each lane ended, in the app's one vocabulary: η = 10 is the gradient lost at |x| ≈ 1e13.
    assert [r[4].split(" ", 1)[1] for r in rows] == ["minimum", "gradient lost", "barely moved"]
    assert "x ± h equals x" in lab.table.item(1, 4).toolTip()
    assert export_png(lab.export_target(), tmp_path / "race.png").stat().st_size > 0


def test_paths_on_the_canvas_are_finite_and_near_the_view(lab):
    for run_id in range(3):
        xy = lab.canvas.paths.shown_points(run_id)
        assert len(xy) >= 2 and np.isfinite(xy).all()
        assert np.abs(xy).max() < 100  # the η = 10 lane is cut at the view ×3


def test_add_and_remove_a_learning_rate(lab, qtbot):
    lab.rate_edit.setText("0.05")
    lab.add_button.click()
    assert lab.learning_rates() == [0.1, 10.0, 1e-10, 0.05] and lab.rate_edit.text() == ""
    assert lab.wait_until_computed()
    assert lab.table.rowCount() == 4
    lab.rate_list.item(1).setSelected(True)
    lab.remove_button.click()
    assert lab.learning_rates() == [0.1, 1e-10, 0.05]
    assert lab.wait_until_computed()
    assert lab.table.rowCount() == 3 and [r.lr for r in lab.runs] == [0.1, 1e-10, 0.05]


def test_bad_rate_is_refused_and_kept(lab):
    lab.rate_edit.setText("fast")
    lab.add_button.click()
    assert "not a number" in lab.message.text() and not lab.is_computing()
    assert lab.rate_edit.text() == "fast" and len(lab.learning_rates()) == 3
    lab.rate_edit.setText("0.1")
    lab.add_button.click()
    assert "already" in lab.message.text()


def test_changing_optimizer_reruns(lab):
    lab.optimizer_box.setCurrentText("Momentum")
    assert lab.wait_until_computed()
    assert lab.preset.optimizer == "Momentum"
    assert table(lab)[0][5] == ""  # no longer the book's experiment


def _mean_lightness(widget) -> float:
    image = widget.grab().toImage()
    xs = range(2, image.width() - 2, 7)
    ys = range(2, image.height() - 2, 5)
    return float(np.mean([image.pixelColor(x, y).lightness() for x in xs for y in ys]))


def test_dark_theme_reaches_the_table_even_without_a_dark_window(lab):
    """The CLI renders a lab on its own: its table must not stay white in the dark theme."""
    from PySide6.QtGui import QPalette

    from gui.model.theme import DARK, LIGHT

    lab.set_theme(DARK)
    palette = lab.table.palette()
    assert palette.color(QPalette.ColorRole.Base).lightness() < 80
    assert palette.color(QPalette.ColorRole.Text).lightness() > 170
    assert lab.table.horizontalHeader().palette().color(QPalette.ColorRole.ButtonText).lightness() > 170
    assert _mean_lightness(lab.table) < 90
    lab.set_theme(LIGHT)  # and back: a white table again
    assert _mean_lightness(lab.table) > 200


def test_eta_1_is_oscillating_in_the_table_and_the_legend_whatever_the_steps(lab):
    for steps in (99, 100):
        lab.steps_spin.setValue(steps)
        lab.rate_edit.setText("1")
        lab.add_button.click() if 1.0 not in lab.learning_rates() else lab.recompute()
        assert lab.wait_until_computed()
        row = [r.lr for r in lab.runs].index(1.0)
        assert lab.table.item(row, 4).text() == "↔ oscillating"
        assert "η·λmax = 2" in lab.table.item(row, 4).toolTip()
        assert "η = 1: oscillating" in [label.text for _, label in lab.canvas_legend.items]


def test_suggest_eta_adds_the_stable_rate_for_the_start(lab):
    assert lab.suggest_learning_rate() == 0.5  # the sphere: 1/λmax with λmax = 2
    assert lab.wait_until_computed()
    assert 0.5 in lab.learning_rates()
    row = [r.lr for r in lab.runs].index(0.5)
    assert lab.table.item(row, 4).text() == "✓ minimum"
