"""Legends under their plot, where they cover no curve.

A legend pinned inside a plot covers whatever runs through its corner: the derivative lab's
legend sat on the sine curve, and the |error| legend on float32's complex-step band or a
subnormal rise — every spot inside the |error| plot lies on some function's curves. A legend in
a row of the plot's own layout, under the x axis, covers nothing and moves with the plot.
"""
from __future__ import annotations

import pyqtgraph as pg

from gui.labs.figure_style import style_legend
from gui.model.theme import Theme

#: the plot item's layout rows: title 0, top axis 1, view box 2, bottom axis 3; the legend goes next
LEGEND_ROW = 4
LABEL_SIZE = "9pt"


def legend_under(plot: pg.PlotWidget, theme: Theme, columns: int = 1) -> pg.LegendItem:
    """A legend in a row under ``plot``'s x axis, in ``columns`` columns; items plotted with a
    ``name`` afterwards join it, as with ``PlotItem.addLegend``. Not anchored to the view box
    (addLegend's): the plot's layout places it."""
    item = plot.getPlotItem()
    legend = pg.LegendItem(offset=None, labelTextSize=LABEL_SIZE)
    item.legend = legend  # PlotItem.addItem adds named items to item.legend
    item.layout.addItem(legend, LEGEND_ROW, 1)
    legend.setColumnCount(columns)
    style_legend(legend, theme)
    return legend
