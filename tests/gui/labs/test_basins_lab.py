"""Basins lab: the worker thread computes, reports progress, cancels, and shuts down cleanly."""

from __future__ import annotations

import numpy as np
import pytest

from gui.export import export_png

LAB = "basins"
RUN_PRESET = False  # the lab computes its default map when first shown


def test_preset_shows_four_himmelblau_basins_and_exports(lab, tmp_path):
    lab.run_preset_blocking()
    assert lab.bmap.labels.shape == (200, 200)
    minima = [k for k, cp in enumerate(lab.bmap.attractors) if cp.kind == "minimum"]
    assert len(minima) == 4 and set(np.unique(lab.bmap.labels)) >= set(minima)
    assert lab.image.image.shape == (200, 200, 4)
    assert lab.legend.text().count("global minimum") == 4
    assert export_png(lab.export_target(), tmp_path / "basins.png").stat().st_size > 0


def test_compute_on_the_worker_thread(lab, qtbot):
    lab.resolution_spin.setValue(60)
    lab.steps_spin.setValue(200)
    assert lab.start_compute()
    assert lab.is_computing() and lab.progress_bar.isVisibleTo(lab)
    with qtbot.waitSignal(lab.computed, timeout=10_000):
        pass
    assert lab.bmap.labels.shape == (60, 60) and not lab.is_computing()
    assert lab.progress_bar.value() == 1000 and not lab.progress_bar.isVisibleTo(lab)


def test_cancel_a_long_map(lab, qtbot):
    lab.function_box.setCurrentText("Rosenbrock")
    lab.lr_edit.setText("1e-5")
    lab.steps_spin.setValue(20_000)
    lab.resolution_spin.setValue(300)
    assert lab.start_compute()
    qtbot.waitUntil(lambda: lab.progress_bar.value() > 0, timeout=10_000)
    lab.cancel_button.click()
    assert not lab.is_computing() and not lab.cancel_button.isEnabled()
    assert lab.status.text() == "cancelled" and lab.bmap is None


def test_bad_settings_and_a_formula(lab, qtbot):
    lab.lr_edit.setText("-1")
    assert not lab.start_compute()
    assert "η" in lab.message.text() or "learning rate" in lab.message.text()
    lab.lr_edit.setText("0.05")
    assert lab.set_formula("(x0**2 - 1)**2 + x1**2")
    assert lab.numerical_check.isChecked()
    lab.resolution_spin.setValue(40)
    lab.steps_spin.setValue(300)
    assert lab.start_compute()
    assert lab.wait_until_computed()
    found = [cp for cp in lab.bmap.attractors if cp.kind == "minimum"]
    assert sorted(round(cp.x[0]) for cp in found) == [-1, 1]
    assert "found" in lab.legend.text()


def test_shutdown_stops_the_labs_own_thread_and_is_idempotent(lab):
    thread = lab.compute.thread  # a lab made on its own computes on a thread of its own
    lab.shutdown()
    assert thread.isFinished() and not lab.is_computing()
    lab.shutdown()
    with pytest.raises(RuntimeError):
        lab.start_compute()


def test_first_show_computes_the_default_map_in_the_background(lab, qtbot):
    # The fixture showed the lab: the default map is on its way without a click.
    assert lab.is_computing()
    assert lab.wait_until_computed()
    assert lab.bmap.labels.shape == (200, 200)
    assert "global minimum" in lab.legend.text()
