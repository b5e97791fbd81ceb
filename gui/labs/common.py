"""Pieces every lab shares: the two-pane layout, themed plots, number fields, messages.

A lab is a ``LabWidget``: controls on the left, the *figure* on the right. The figure is what
File ▸ Export image and the CLI render (``export_target``), so everything a reader of the image
needs — plots, legends, readouts — lives in it, and the controls do not.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QHBoxLayout,
    QWidget,
)

from gui.palette import theme_palette
from gui.model.theme import LIGHT, Theme
from numerics.functions import CATALOGUE, Objective, get_objective

ERROR_STYLE = "color: #b00020;"
NOTE_STYLE = "font-size: 11px;"
CONTROLS_WIDTH = 290


def monospace_font(point_size: int | None = None) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if point_size:
        font.setPointSize(point_size)
    return font


def format_value(value: float | None, digits: int = 16) -> str:
    """A number for a readout: up to 16 significant digits (the book prints 0.1999999999990898)."""
    if value is None:
        return "—"
    if not math.isfinite(value):
        return "∞" if value > 0 else "−∞" if value < 0 else "NaN"
    return f"{value:.{digits}g}".replace("-", "−")


def format_short(value: float | None, digits: int = 4) -> str:
    return format_value(value, digits)


def parse_float(text: str, what: str) -> float:
    """A finite number typed by the user, or ``ValueError`` naming the field."""
    cleaned = text.strip().replace("−", "-")
    if not cleaned:
        raise ValueError(f"{what}: type a number")
    try:
        value = float(cleaned)
    except ValueError:
        raise ValueError(f"{what}: {text.strip()!r} is not a number") from None
    if not math.isfinite(value):
        raise ValueError(f"{what} must be finite")
    return value


class LabWidget(QWidget):
    """Base of every lab: a control column and a figure.

    Subclasses fill ``self.controls`` (a QFormLayout in a scroll area) and ``self.figure_layout``,
    and implement ``run_preset_blocking``.
    """

    title = "Lab"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme: Theme = LIGHT
        self._plots: list[pg.PlotWidget] = []

        panel = QWidget()
        self.controls_layout = QVBoxLayout(panel)
        self.controls_layout.setContentsMargins(6, 6, 6, 6)
        self.controls = QFormLayout()
        self.controls.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.controls_layout.addLayout(self.controls)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.controls_layout.addWidget(self.message)
        self.controls_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFixedWidth(CONTROLS_WIDTH)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.controls_panel = scroll

        self.figure = QWidget()
        self.figure.setAutoFillBackground(True)
        self.figure_layout = QVBoxLayout(self.figure)
        self.figure_layout.setContentsMargins(6, 6, 6, 6)
        self.figure_layout.setSpacing(4)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        layout.addWidget(self.figure, 1)

    # -- the lab contract ----------------------------------------------------------------------
    def export_target(self) -> QWidget:
        """What File ▸ Export image and the CLI render: the figure, without the controls."""
        return self.figure

    def run_preset_blocking(self) -> None:  # pragma: no cover - every lab overrides it
        raise NotImplementedError

    def shutdown(self) -> None:
        """Stop any background work (labs without threads have none)."""

    def settle(self, *canvases) -> None:
        """Lay the lab out at its final size, then redraw ``canvases`` for their final views.

        The headless CLI renders a lab that was never shown: without this its layouts are not
        applied, the canvases keep a default-size view and the debounced field recompute never
        runs, so arrows would cover only part of the exported picture.
        """
        from PySide6.QtWidgets import QApplication

        if not self.isVisible():
            self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
            self.show()
        app = QApplication.instance()
        if app is not None:
            app.processEvents()
        for canvas in canvases:
            if canvas.isVisibleTo(self):
                canvas.recompute()

    # -- messages ------------------------------------------------------------------------------
    def show_error(self, text: str) -> None:
        """Tell the user what is wrong; nothing they typed is lost."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def clear_error(self) -> None:
        self.show_error("")

    # -- plots and theme -----------------------------------------------------------------------
    @staticmethod
    def compact(combo):
        """Let a combo box shrink to the control column (long entries show in the popup)."""
        combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        return combo

    def add_catalogue_row(self, default: str, *, with_formula: bool = False) -> QComboBox:
        """An "f" row listing the catalogue (and "Formula…" last), ``default`` selected."""
        box = self.compact(QComboBox())
        for obj in CATALOGUE.values():
            box.addItem(obj.title, obj.name)
        if with_formula:
            box.addItem(FORMULA_ITEM, "formula")
        box.setCurrentIndex(list(CATALOGUE).index(default))
        self.controls.addRow("f", box)
        return box

    def make_plot(self, title: str = "", left: str = "", bottom: str = "") -> pg.PlotWidget:
        plot = pg.PlotWidget()
        plot.setMenuEnabled(False)
        plot.showGrid(x=True, y=True)
        if title:
            plot.setTitle(title)
        if left:
            plot.setLabel("left", left)
        if bottom:
            plot.setLabel("bottom", bottom)
        plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._plots.append(plot)
        style_plot(plot, self.theme)
        return plot

    def set_theme(self, theme: Theme) -> None:
        """Recolour the figure (its background is exported too) and every plot."""
        self.theme = theme
        # The whole palette, not just the figure's background: its tables and headers paint
        # with Base/Button, which a lab shown on its own (the CLI) would take from the light style.
        pal = theme_palette(theme)
        pal.setColor(self.figure.backgroundRole(), QColor(theme.background))
        pal.setColor(self.figure.foregroundRole(), QColor(theme.foreground))
        self.figure.setPalette(pal)
        for label in self.figure.findChildren(QLabel):
            # A style sheet (font size) would override a palette colour: extend the sheet instead.
            base = label.property("baseStyle")
            if base is None:
                base = label.styleSheet()
                label.setProperty("baseStyle", base)
            label.setStyleSheet(f"{base} color: {theme.foreground};")
        for plot in self._plots:
            style_plot(plot, theme)
        self.redraw()

    def redraw(self) -> None:
        """Redraw items whose colours come from the theme (subclasses)."""


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


def labelled_row(*widgets: QWidget) -> QWidget:
    """Widgets side by side without margins (for a form row)."""
    row = QWidget()
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        lay.addWidget(w)
    return row


def number_edit(value: float, tip: str = "", width: int | None = None) -> QLineEdit:
    edit = QLineEdit(format_value(value, 10).replace("−", "-"))
    if tip:
        edit.setToolTip(tip)
    if width:
        edit.setMaximumWidth(width)
    return edit


def finite_xy(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Drop the pairs pyqtgraph must not see (non-finite)."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    keep = np.isfinite(x) & np.isfinite(y)
    return x[keep], y[keep]


FORMULA_ITEM = "Formula…"


class ObjectiveChooserMixin:
    """A catalogue combo box plus a formula row, for labs on 2-D objectives (a ``LabWidget``).

    The lab calls :meth:`add_objective_rows` while building its controls and implements
    :meth:`objective_chosen`, which receives every objective the user picks or types.
    """

    def add_objective_rows(self, default: str, placeholder: str) -> None:
        form = self.controls
        self.function_box = self.add_catalogue_row(default, with_formula=True)
        self.formula_edit = QLineEdit()
        self.formula_edit.setPlaceholderText(placeholder)
        self.formula_button = QPushButton("Use")
        self.formula_row = labelled_row(self.formula_edit, self.formula_button)
        form.addRow("f(x0, x1) =", self.formula_row)

    def connect_objective_rows(self) -> None:
        """Hide the formula row and wire the rows up (once every control exists)."""
        self._show_formula_row(False)
        self.function_box.currentIndexChanged.connect(self._on_function)
        self.formula_button.clicked.connect(self._apply_formula)
        self.formula_edit.returnPressed.connect(self._apply_formula)

    def objective_chosen(self, obj: Objective) -> None:  # pragma: no cover - every lab overrides it
        raise NotImplementedError

    def set_formula(self, text: str) -> bool:
        """Switch to the formula entry and apply ``text``; False (with the message shown) if bad."""
        self.function_box.setCurrentIndex(self.function_box.count() - 1)
        self.formula_edit.setText(text)
        return self._apply_formula()

    def _show_formula_row(self, visible: bool) -> None:
        self.formula_row.setVisible(visible)
        label = self.controls.labelForField(self.formula_row)
        if label is not None:
            label.setVisible(visible)

    @Slot(int)
    def _on_function(self, index: int) -> None:
        name = self.function_box.itemData(index)
        self._show_formula_row(name == "formula")
        if name != "formula":
            self.clear_error()
            self.objective_chosen(get_objective(name))

    @Slot()
    def _apply_formula(self) -> bool:
        from numerics.formula import FormulaError
        from numerics.functions import objective_from_formula

        try:
            obj = objective_from_formula(self.formula_edit.text())
            obj.value([[0.5, 0.5]])
        except (FormulaError, ValueError, TypeError, ArithmeticError) as exc:
            self.show_error(str(exc))
            return False
        self.clear_error()
        self.objective_chosen(obj)
        return True
