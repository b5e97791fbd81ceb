"""How a lab's figure looks: plots, legends and readout text in the theme's colours.

Everything a reader of an exported lab image sees is styled here, so the light and dark themes
(and the CLI, which renders a lab that was never in a window) agree.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont, QFontDatabase

from gui.model.theme import Theme

#: Style of the small explanatory notes under a lab's plots.
NOTE_STYLE = "font-size: 11px;"


def monospace_font(point_size: int | None = None) -> QFont:
    """The system's fixed-width font, for readouts whose digits should line up."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if point_size:
        font.setPointSize(point_size)
    return font


def style_plot(plot: pg.PlotWidget, theme: Theme) -> None:
    """Background, axes, grid and title in the theme's colours."""
    plot.setBackground(theme.background)
    item = plot.getPlotItem()
    for name in ("left", "bottom", "right", "top"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(theme.foreground))
        axis.setTextPen(pg.mkPen(theme.foreground))
        axis.setGrid(int(255 * theme.grid_alpha * 1.5))
    title = item.titleLabel.text
    if title:
        item.setTitle(title, color=theme.foreground)
    for label_name in ("left", "bottom"):
        axis = item.getAxis(label_name)
        if axis.labelText:
            axis.setLabel(axis.labelText, units=axis.labelUnits or None, color=theme.foreground)
    if item.legend is not None:
        style_legend(item.legend, theme)


def style_legend(legend: pg.LegendItem, theme: Theme) -> None:
    """Theme a legend, including the labels it already holds (pyqtgraph only styles new ones)."""
    legend.setLabelTextColor(theme.foreground)
    legend.setBrush(pg.mkBrush(QColor(theme.background)))
    legend.setPen(pg.mkPen(theme.contour))
    for _sample, label in legend.items:
        label.setText(label.text, color=theme.foreground)


def add_legend(plot: pg.PlotWidget, theme: Theme, offset=(10, 10)) -> pg.LegendItem:
    legend = plot.addLegend(offset=offset, labelTextSize="9pt")
    style_legend(legend, theme)
    return legend


def legend_proxy(color: str, width: float = 2.0) -> pg.PlotDataItem:
    """A stand-in for a legend sample.

    The canvas's path items carry per-point symbol lists, which pyqtgraph's legend sample cannot
    paint (it crashes in drawSymbol); a plain line in the same colour can.
    """
    return pg.PlotDataItem(pen=pg.mkPen(color, width=width + 1))


def finite_xy(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Drop the pairs pyqtgraph must not see (non-finite)."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    keep = np.isfinite(x) & np.isfinite(y)
    return x[keep], y[keep]


def rename_legend_entry(legend: pg.LegendItem, item: pg.GraphicsObject, text: str) -> None:
    """Give ``item``'s entry in ``legend`` the text ``text`` (after a language switch), keeping its
    style; an item the legend does not list is left alone."""
    label = legend.getLabel(item)
    if label is not None and label.text != text:
        label.setText(text)
