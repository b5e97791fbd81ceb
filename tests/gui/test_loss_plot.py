"""Loss plot: min/max envelope keeps every extreme; log axis only when f > 0 everywhere shown."""

from __future__ import annotations

import numpy as np

from gui.loss_plot import LossPlot, envelope


def test_envelope_keeps_extremes_in_order():
    rng = np.random.default_rng(0)
    values = rng.normal(size=100_003)
    values[51_234] = 50.0
    values[77_777] = -50.0
    steps = np.arange(len(values), dtype=float)
    s, v = envelope(steps, values, 2000)
    assert len(v) <= 2003 + 2
    assert np.all(np.diff(s) > 0)  # still a function of the step
    assert v.max() == 50.0 and v.min() == -50.0
    np.testing.assert_array_equal(v, values[s.astype(int)])  # only real samples, none invented
    assert s[-1] == steps[-1]


def test_envelope_leaves_short_curves_alone():
    steps, values = np.arange(10.0), np.linspace(1, 2, 10)
    s, v = envelope(steps, values, 2000)
    np.testing.assert_array_equal(v, values)


class _Run:
    def __init__(self, run_id, values):
        self.run_id, self.color, self.values = run_id, "#0072b2", np.asarray(values, dtype=float)


def test_log_axis_only_for_positive_values(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.show_runs([_Run(1, [10.0, 1.0, 0.1, np.nan])])
    assert plot.log_y and "1 undefined" in plot.note.text()
    x, y = plot._curves[1].getData()
    assert len(y) == 3 and np.isfinite(y).all()
    plot.show_runs([_Run(1, [1.0, 0.0, -1.0])])
    assert not plot.log_y and "linear" in plot.note.text()
    plot.show_runs([])
    assert plot.run_ids() == []


def test_huge_values_get_no_si_prefix_and_empty_plot_shows_decades(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(400, 300)
    plot.show()
    qtbot.waitExposed(plot)
    plot.show_runs([_Run(1, [1.0, 1e6, 1e12])])
    qtbot.wait(50)  # the axis picks its prefix when the range settles
    axis = plot.plot.getAxis("left")
    assert axis.autoSIPrefixScale == 1.0 and "x1e" not in axis.labelString()
    plot.show_runs([])
    (_, _), (y0, y1) = plot.plot.viewRange()
    assert (y0, y1) == (-2, 2)  # log units: 10⁻² … 10²
