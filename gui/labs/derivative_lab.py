"""Derivative lab: f, its tangent at a draggable x, and |error| against h for every scheme.

The default reproduces the book's ``gradient_1d`` figure (function_1 with its tangent at x = 5)
and prints the book's numbers; the h slider runs from 1e−1 down to the book's 1e−50, where the
derivative comes out exactly 0. All numbers come from ``numerics.labs.derivative``; its texts
(function titles, scheme formulas, the note on vanishing steps) are Messages shown with
``gui.i18n.render``, and :meth:`DerivativeLab.retranslate_ui` rebuilds every text built from data.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QWidget,
)

from gui.i18n import render, translate
from gui.labs.figure_style import NOTE_STYLE, finite_xy, monospace_font, rename_legend_entry
from gui.labs.lab_base import LabWidget, compact, labelled_row
from gui.labs.legend_placement import legend_under
from gui.labs.number_field import read_number
from gui.labs.objective_row import FORMULA_LABEL
from gui.labs.scheme_names import scheme_name
from gui.workers.compute_thread import ComputeThread
from numerics.labs.derivative import (
    BOOK_H,
    FUNCTIONS_1D,
    Function1D,
    book_derivative,
    complex_step_supported,
    derivative_readout,
    error_curves,
    function_curve,
    h_to_slider,
    scheme_title,
    slider_maximum,
    slider_to_h,
    slope_guides,
    tangent_segment,
    vanishing_step_message,
)
from numerics.differentiation import SCHEMES
from numerics.numbers import format_number
from numerics.functions import FORMULA_NAME

STEPS_PER_DECADE = 10
#: the second preset: a function whose error curves show both truncation slopes, and where
SLOPES_PRESET = ("exp", 1.0)


def has_no_truncation(curve) -> bool:
    """Whether ``curve`` (an ``ErrorCurve``) is exact but for rounding even at its largest h."""
    i = int(np.argmax(curve.hs))
    return bool(curve.exact_hits[i] or curve.errors[i] <= 1e3 * curve.floor)


class DerivativeLab(LabWidget):
    """f and its tangent (top), the readout, and the log–log error sweep (bottom)."""

    title = "Derivative"

    def __init__(self, compute: ComputeThread | None = None, parent: QWidget | None = None) -> None:
        super().__init__(compute, parent)
        self.fn: Function1D = FUNCTIONS_1D["function_1"]
        self.x = self.fn.default_x
        self.h = BOOK_H
        self.scheme = "central"
        self.precision = "float64"
        self.central_exact = False  #: the central difference had no truncation error (a quadratic)
        self._build_controls()
        self._build_figure()
        self.set_theme(self.theme)
        self._load_function(self.fn)
        self.retranslate_ui()

    # -- construction ----------------------------------------------------------------------------
    def _build_controls(self) -> None:
        c = self.controls
        self.function_box = compact(QComboBox())
        for fn in FUNCTIONS_1D.values():
            self.function_box.addItem(fn.formula, fn.name)  # a formula: notation; its title is the tooltip
        self.function_box.addItem("", FORMULA_NAME)  # "Formula…": in retranslate_ui
        self.bind(self.function_box.setToolTip,
                  lambda: self.tr("The function to differentiate (the book's function_1 first)"))
        c.addRow("f", self.function_box)
        both = QPushButton()
        self.bind(both.setText, lambda: self.tr("eˣ at x = 1: both truncation slopes"))
        self.bind(both.setToolTip, lambda: self.tr(
            "The second preset: forward and backward differences fall with slope 1, central with slope 2, "
            "until rounding takes over (on the book's quadratic the central difference has no truncation "
            "error at all)"))
        both.clicked.connect(self.show_both_slopes)
        self.both_slopes_button = both
        c.addRow("", both)

        self.formula_edit = QLineEdit()
        self.bind(self.formula_edit.setPlaceholderText,
                  lambda: self.tr("e.g. %1  (variable x)").replace("%1", "x**3 - 2*x"))
        self.bind(self.formula_edit.setToolTip,
                  lambda: self.tr("A formula in x: + − * / ** and sin, cos, exp, log, sqrt, abs …"))
        self.range_lo = QLineEdit("-3")
        self.range_hi = QLineEdit("3")
        for edit in (self.range_lo, self.range_hi):
            edit.setMaximumWidth(60)
        self.formula_button = QPushButton()
        self.bind(self.formula_button.setText, lambda: self.tr("Use"))
        self.formula_row = labelled_row(self.formula_edit, self.formula_button)
        range_from, range_to = QLabel(), QLabel()
        self.bind(range_from.setText, lambda: self.tr("x from"))
        self.bind(range_to.setText, lambda: self.tr("to"))
        self.range_row = labelled_row(range_from, self.range_lo, range_to, self.range_hi)
        c.addRow("f(x) =", self.formula_row)
        c.addRow("", self.range_row)
        self._set_formula_rows_visible(False)

        self.x_spin = QDoubleSpinBox()
        self.x_spin.setDecimals(4)
        self.x_spin.setKeyboardTracking(False)
        self.bind(self.x_spin.setToolTip, lambda: self.tr("Where to differentiate; or drag the vertical line in the plot"))
        c.addRow("x", self.x_spin)

        self.h_slider = QSlider(Qt.Orientation.Horizontal)
        self.h_slider.setRange(0, slider_maximum(STEPS_PER_DECADE))
        self.bind(self.h_slider.setToolTip,
                  lambda: self.tr("The step h, on a log scale from 1e−1 (left) to 1e−50 (right)"))
        self.h_label = QLabel()
        self.h_label.setFont(monospace_font())
        c.addRow("h", self.h_slider)
        c.addRow("", self.h_label)
        book_h = QPushButton()
        tiny_h = QPushButton("1e−50")
        self.bind(book_h.setText, lambda: self.tr("1e−4 (book)"))
        self.bind(book_h.setToolTip, lambda: self.tr("The book's step, h = 1e−4"))
        self.bind(tiny_h.setToolTip, lambda: self.tr("The book's example of a step too small for float64"))
        book_h.clicked.connect(lambda: self.set_h(BOOK_H))
        tiny_h.clicked.connect(lambda: self.set_h(1e-50))
        c.addRow("", labelled_row(book_h, tiny_h))

        self.scheme_box = compact(QComboBox())
        for s in SCHEMES:
            self.scheme_box.addItem(render(scheme_title(s)), s)
        self.scheme_box.setCurrentIndex(SCHEMES.index("central"))
        self.add_row(lambda: self.tr("scheme"), self.scheme_box)

        self.precision_box = QComboBox()
        self.precision_box.addItems(["float64", "float32"])
        self.bind(self.precision_box.setToolTip, lambda: self.tr("Compute f and x ± h in double or single precision"))
        self.add_row(lambda: self.tr("precision"), self.precision_box)

        self.function_box.currentIndexChanged.connect(self._on_function_choice)
        self.formula_button.clicked.connect(self._apply_formula)
        self.formula_edit.returnPressed.connect(self._apply_formula)
        self.x_spin.valueChanged.connect(self._on_x_spin)
        self.h_slider.valueChanged.connect(self._on_h_slider)
        self.scheme_box.currentIndexChanged.connect(self._on_scheme)
        self.precision_box.currentIndexChanged.connect(self._on_precision)

    def _build_figure(self) -> None:
        self.curve_plot = self.make_plot(left="f(x)", bottom="x")
        self.curve_legend = legend_under(self.curve_plot, self.theme, columns=2)  # covers no curve
        self.f_item = self.curve_plot.plot(name="f(x)")
        self.tangent_item = self.curve_plot.plot(name=self._tangent_name())
        self.point_item = self.curve_plot.plot(symbol="o", symbolSize=8)
        self.x_line = pg.InfiniteLine(angle=90, movable=True)
        self.bind(self.x_line.setToolTip, lambda: self.tr("Drag to move x"))
        self.curve_plot.addItem(self.x_line)
        self.x_line.sigPositionChanged.connect(self._on_line_dragged)

        self.readout = QLabel()
        self.readout.setFont(monospace_font())
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.readout.setWordWrap(True)

        self.sweep_plot = self.make_plot(bottom="h")
        self.bind(lambda text: self.sweep_plot.setLabel("left", text), lambda: self.tr("|error|"))
        self.sweep_plot.setLogMode(x=True, y=True)
        # Under the plot, not in it: every spot inside lies on some function's curves (the
        # rounding plateau, float32's complex-step band, a subnormal rise …).
        self.sweep_legend = legend_under(self.sweep_plot, self.theme, columns=4)
        self.sweep_items: dict[str, pg.PlotDataItem] = {}
        self.guide_items: list[pg.PlotDataItem] = []
        self.guide_labels: list[pg.TextItem] = []
        self.zero_item = self.sweep_plot.plot(name=self._zero_name(), pen=None, symbol="x", symbolSize=5)
        self.exact_item = self.sweep_plot.plot(name=self._exact_name(), pen=None, symbol="t", symbolSize=5)
        self.current_item = self.sweep_plot.plot(symbol="o", symbolSize=10, pen=None)
        self.h_line = pg.InfiniteLine(angle=90, movable=False)
        self.sweep_plot.addItem(self.h_line)

        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)

        self.figure_layout.addWidget(self.curve_plot, 5)
        self.figure_layout.addWidget(self.readout)
        self.figure_layout.addWidget(self.sweep_plot, 6)
        self.figure_layout.addWidget(self.note)

    # -- texts -----------------------------------------------------------------------------------
    def _tangent_name(self) -> str:
        return self.tr("tangent from the numerical derivative")

    def _zero_name(self) -> str:
        return self.tr("derivative = 0 (x ± h == x)")

    def _exact_name(self) -> str:
        return self.tr("error exactly 0 (drawn at ½·eps·|f′|)")

    def retranslate_ui(self) -> None:
        """Every text in the language shown: the bound ones, the combo boxes' items, the legends,
        then the titles, readout and note (rebuilt from the numbers shown)."""
        super().retranslate_ui()
        for i, fn in enumerate(FUNCTIONS_1D.values()):
            self.function_box.setItemData(i, render(fn.title_message), Qt.ItemDataRole.ToolTipRole)
        self.function_box.setItemText(self.function_box.count() - 1, translate("labs", FORMULA_LABEL))
        for i, s in enumerate(SCHEMES):
            self.scheme_box.setItemText(i, render(scheme_title(s)))
        rename_legend_entry(self.curve_legend, self.tangent_item, self._tangent_name())
        rename_legend_entry(self.sweep_legend, self.zero_item, self._zero_name())
        rename_legend_entry(self.sweep_legend, self.exact_item, self._exact_name())
        for scheme, item in self.sweep_items.items():
            rename_legend_entry(self.sweep_legend, item, scheme_name(scheme))
        if hasattr(self, "fn"):
            self.update_all()

    # -- public API (tests, CLI) -----------------------------------------------------------------
    def run_preset_blocking(self) -> None:
        """The book's figure: function_1, tangent at x = 5, central difference with h = 1e−4."""
        self.function_box.setCurrentIndex(list(FUNCTIONS_1D).index("function_1"))
        self.scheme_box.setCurrentIndex(SCHEMES.index("central"))
        self.precision_box.setCurrentIndex(0)
        self.set_h(BOOK_H)
        self.set_x(5.0)
        self.settle()

    def show_both_slopes(self) -> None:
        """The second preset: eˣ at x = 1, central difference, float64, h = 1e−4. Its |error|
        curves show both truncation slopes — 1 (forward, backward) and 2 (central) — before
        rounding takes over, which the book's quadratic cannot (its central difference is exact)."""
        name, x = SLOPES_PRESET
        self.function_box.setCurrentIndex(list(FUNCTIONS_1D).index(name))
        self.scheme_box.setCurrentIndex(SCHEMES.index("central"))
        self.precision_box.setCurrentIndex(0)
        self.set_h(BOOK_H)
        self.set_x(x)

    def set_x(self, x: float) -> None:
        """Move the point of tangency (clamped to the function's domain)."""
        lo, hi = self.fn.domain
        self.x = float(min(max(x, lo), hi))
        self._sync_x_widgets()
        self.update_all()

    def set_h(self, h: float) -> None:
        self.h = float(h)
        self.h_slider.blockSignals(True)
        self.h_slider.setValue(h_to_slider(self.h, STEPS_PER_DECADE))
        self.h_slider.blockSignals(False)
        self.update_all()

    def set_function(self, name: str) -> None:
        self.function_box.setCurrentIndex(list(FUNCTIONS_1D).index(name))

    def set_formula(self, text: str, lo: float = -3.0, hi: float = 3.0) -> bool:
        """Use a formula in x; returns False (message shown, text kept) when it is refused."""
        self.function_box.setCurrentIndex(self.function_box.count() - 1)
        self.formula_edit.setText(text)
        self.range_lo.setText(repr(lo))
        self.range_hi.setText(repr(hi))
        return self._apply_formula()

    # -- slots ---------------------------------------------------------------------------------
    def _set_formula_rows_visible(self, visible: bool) -> None:
        self.set_rows_visible(self.formula_row, self.range_row, visible=visible)

    @Slot(int)
    def _on_function_choice(self, index: int) -> None:
        name = self.function_box.itemData(index)
        self._set_formula_rows_visible(name == FORMULA_NAME)
        if name == FORMULA_NAME:
            return
        self.clear_error()
        self._load_function(FUNCTIONS_1D[name])

    @Slot()
    def _apply_formula(self) -> bool:
        from numerics.formula import FormulaError
        from numerics.labs.derivative import function_from_formula

        try:
            lo = read_number(self.range_lo, self.tr("x from"))
            hi = read_number(self.range_hi, self.tr("x to"))
            fn = function_from_formula(self.formula_edit.text(), (lo, hi))
            with np.errstate(all="ignore"):
                probe = np.asarray(fn.f(np.linspace(lo, hi, 5)), dtype=np.float64)
        except (FormulaError, ValueError, TypeError, ArithmeticError) as exc:
            self.show_error(exc)
            return False
        if probe.shape != (5,):
            self.show_error(lambda: self.tr("the formula must give one value per x"))
            return False
        self.clear_error()
        self._load_function(fn)
        return True

    @Slot(float)
    def _on_x_spin(self, value: float) -> None:
        if value != self.x:
            self.set_x(value)

    @Slot(object)
    def _on_line_dragged(self, line) -> None:
        value = float(line.value())
        if value != self.x:
            self.set_x(value)

    @Slot(int)
    def _on_h_slider(self, position: int) -> None:
        self.h = slider_to_h(position, STEPS_PER_DECADE)
        self.update_all()

    @Slot(int)
    def _on_scheme(self, index: int) -> None:
        self.scheme = self.scheme_box.itemData(index)
        self.update_all()

    @Slot(int)
    def _on_precision(self, index: int) -> None:
        self.precision = self.precision_box.itemText(index)
        self.update_all()

    # -- drawing -------------------------------------------------------------------------------
    def _load_function(self, fn: Function1D) -> None:
        self.fn = fn
        lo, hi = fn.domain
        self.x_spin.blockSignals(True)
        self.x_spin.setRange(lo, hi)
        self.x_spin.setSingleStep((hi - lo) / 100)
        self.x_spin.blockSignals(False)
        self.x_line.setBounds((lo, hi))
        # Complex step needs an f that takes complex input.
        ok = complex_step_supported(fn, (lo + hi) / 2)
        model = self.scheme_box.model()
        model.item(SCHEMES.index("complex")).setEnabled(ok)
        if not ok and self.scheme == "complex":
            self.scheme_box.setCurrentIndex(SCHEMES.index("central"))
        self.x = float(min(max(fn.default_x, lo), hi))
        self._sync_x_widgets()
        self.update_all()
        self.curve_plot.getPlotItem().enableAutoRange()

    def _sync_x_widgets(self) -> None:
        self.x_spin.blockSignals(True)
        self.x_spin.setValue(self.x)
        self.x_spin.blockSignals(False)
        self.x_line.blockSignals(True)
        self.x_line.setValue(self.x)
        self.x_line.blockSignals(False)

    def redraw(self) -> None:
        self.update_all()

    def update_all(self) -> None:
        theme = self.theme
        fn, x, h = self.fn, self.x, self.h
        self.h_label.setText(f"h = {h:.1e}".replace("e-", "e−"))
        self.curve_plot.setTitle(self.tr("f(x) = %1 and its tangent").replace("%1", fn.formula),
                                 color=theme.foreground)
        try:
            r = derivative_readout(fn, x, h, self.scheme, self.precision)
        except ValueError as exc:
            self.show_error(exc)
            return
        colors = theme.path_colors

        t, y = function_curve(fn)
        self.f_item.setData(t, y, connect="finite", pen=pg.mkPen(colors[0], width=2))
        slope = r.value if math.isfinite(r.value) else 0.0
        tt, ty = tangent_segment(fn, x, slope)
        self.tangent_item.setData(*finite_xy(tt, ty), pen=pg.mkPen(colors[1], width=2, style=Qt.PenStyle.DashLine))
        with np.errstate(all="ignore"):
            fx = float(np.real(fn.f(np.float64(x))))
        self.point_item.setData(*finite_xy([x], [fx]), pen=None, symbolBrush=colors[1], symbolPen=theme.foreground)
        self.x_line.setPen(pg.mkPen(theme.foreground, width=1, style=Qt.PenStyle.DotLine))
        # Keep the view on the function, not on the tangent's far ends.
        finite_y = y[np.isfinite(y)]
        if finite_y.size:
            pad = 0.08 * (finite_y.max() - finite_y.min() or 1.0)
            self.curve_plot.setYRange(finite_y.min() - pad, finite_y.max() + pad, padding=0)
        self.curve_plot.setXRange(*fn.domain, padding=0.02)

        self.readout.setText(self._readout_html(r))
        self._draw_sweep(r)
        note = render(vanishing_step_message(x, self.precision))
        if r.step_vanished:
            note = (self.tr("<b>h = %1 is too small here.</b> %2")
                    .replace("%1", f"{h:.0e}".replace("e-", "e−")).replace("%2", note))
        self.note.setText("<br>".join([note, *self._notes(r)]))

    def _notes(self, r) -> list[str]:
        """What the curves cannot say by themselves: the quadratic's exact central difference,
        float32's 1e−50, the float32 complex step's floor."""
        notes = []
        if self.central_exact:
            notes.append(self.tr(
                "The central difference is exact on a quadratic such as the book's function_1: "
                "(f(x+h) − f(x−h))/2h = f′(x) for every h, so its |error| is rounding alone and shows no "
                "slope 2. The button “eˣ at x = 1” shows both truncation slopes."))
        if self.precision == "float32":
            notes.append(self.tr(
                "In float32, 1e−50 is itself 0.0 (the smallest float32 is about 1.4e−45): x + h == x "
                "because h is 0, and the difference quotient is 0/1e−50 = 0."))
            if self.scheme == "complex" or "complex" in self.sweep_items:
                floor = 0.5 * float(np.finfo(np.float32).eps) * abs(r.reference)
                notes.append(self.tr(
                    "The complex step has no cancellation, but in float32 f itself is computed in single "
                    "precision: its |error| stays near ½·eps·|f′| ≈ %1 whatever h (a band, not a slope); "
                    "below 1.2e−38 the step is subnormal and loses digits.").replace("%1", f"{floor:.1e}"))
        return notes
    def _readout_html(self, r) -> str:
        fg = self.theme.foreground
        at = format_number(r.x)
        rows = [
            (self.tr("numerical f′(%1)").replace("%1", at), format_number(r.value, 16)),
            (self.tr("%1 f′(%2)").replace("%1", render(r.reference_kind_message)).replace("%2", at),
             format_number(r.reference, 16)),
            (self.tr("absolute error"), f"{r.abs_error:.3e}"),
            (self.tr("relative error"), f"{r.rel_error:.3e}" if math.isfinite(r.rel_error) else "—"),
        ]
        book_value = book_derivative(self.fn, r.x, r.h, r.scheme, r.precision)
        if book_value is not None:
            same = self.tr("identical ✓") if book_value == r.value else self.tr("differs")
            rows.append((self.tr("the book prints"), f"{format_number(book_value, 16)}  ({same})"))
        cells = "".join(f"<tr><td style='padding-right:14px'>{k}</td><td>{v}</td></tr>" for k, v in rows)
        return f"<table style='color:{fg}'>{cells}</table>"

    def _draw_sweep(self, r) -> None:
        theme = self.theme
        curves = error_curves(self.fn, self.x, self.precision)
        present = {c.scheme for c in curves}
        for scheme in list(self.sweep_items):
            if scheme not in present:
                item = self.sweep_items.pop(scheme)
                self.sweep_plot.removeItem(item)
                self.sweep_legend.removeItem(item)  # by item: its name follows the language
        for i, c in enumerate(curves):
            item = self.sweep_items.get(c.scheme)
            if item is None:
                item = self.sweep_items[c.scheme] = self.sweep_plot.plot(name=scheme_name(c.scheme))
            width = 3 if c.scheme == self.scheme else 1.5
            item.setData(c.hs, c.errors, pen=pg.mkPen(theme.path_colors[i % len(theme.path_colors)], width=width))
        zero_h = np.concatenate([c.hs[c.zero_derivative] for c in curves[:1]] or [np.empty(0)])
        zero_e = np.concatenate([c.errors[c.zero_derivative] for c in curves[:1]] or [np.empty(0)])
        self.zero_item.setData(zero_h, zero_e, symbolPen=theme.foreground, symbolBrush=None)
        exact = [c for c in curves if c.exact_hits.any()]
        ex_h = np.concatenate([c.hs[c.exact_hits] for c in exact]) if exact else np.empty(0)
        ex_e = np.concatenate([c.errors[c.exact_hits] for c in exact]) if exact else np.empty(0)
        self.exact_item.setData(ex_h, ex_e, symbolPen=theme.foreground, symbolBrush=theme.background)

        for item in self.guide_items:
            self.sweep_plot.removeItem(item)
        for label in self.guide_labels:
            self.sweep_plot.removeItem(label)
        self.guide_items, self.guide_labels = [], []
        # On a quadratic the central difference has no truncation error: no slope-2 line to draw
        # on its curve, and one drawn on the forward curve would mislead (the note says so instead).
        central = next((c for c in curves if c.scheme == "central"), None)
        self.central_exact = central is not None and has_no_truncation(central)
        for g in (g for g in slope_guides(curves) if not (g.order == 2 and self.central_exact)):
            item = pg.PlotDataItem(g.hs, g.errors, pen=pg.mkPen(theme.foreground, width=1, style=Qt.PenStyle.DashLine))
            self.sweep_plot.addItem(item)
            # TextItems are placed in the plot's (log10) coordinates.
            label = pg.TextItem(render(g.label_message), color=theme.foreground, anchor=(1.05, 0.5),
                                fill=pg.mkBrush(theme.background))
            label.setPos(math.log10(g.hs[1]), math.log10(g.errors[1]))
            self.sweep_plot.addItem(label)
            self.guide_items.append(item)
            self.guide_labels.append(label)

        err = r.abs_error if r.abs_error > 0 else curves[0].floor
        if math.isfinite(err):
            self.current_item.setData([r.h], [err], symbolBrush=theme.highlight, symbolPen=theme.background)
        self.h_line.setPos(math.log10(r.h))
        self.h_line.setPen(pg.mkPen(theme.foreground, style=Qt.PenStyle.DotLine))
        self.sweep_plot.setTitle(self.tr("|error| of f′(%1) against h, %2  (current scheme thick)")
                                 .replace("%1", format_number(self.x)).replace("%2", self.precision),
                                 color=theme.foreground)
