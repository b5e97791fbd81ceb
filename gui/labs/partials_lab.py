"""Partial derivatives lab: the point on the field, the two slices through it, their tangents.

Default: the book's x0² + x1² at (3, 4), where slicing and ``numerical_diff`` give
6.00000000000378 and 7.999999999999119. Click the field (or type, or drag a slice's line) to move
the point. All numbers come from ``numerics.labs.partials``; every text follows the language
(:meth:`PartialsLab.retranslate_ui` rebuilds the titles and the readout).
"""

from __future__ import annotations


import pyqtgraph as pg
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from gui.canvas.field_canvas import FieldCanvas
from gui.labs.figure_style import add_legend, finite_xy, monospace_font, rename_legend_entry
from gui.labs.lab_base import LabWidget, compact
from gui.labs.number_field import number_edit, read_number
from gui.labs.objective_row import ObjectiveChooserMixin, select_objective
from gui.labs.scheme_names import scheme_name
from gui.workers.compute_thread import ComputeThread
from numerics.differentiation import SCHEMES
from numerics.functions import Objective, get_objective
from numerics.labs.partials import BOOK_H, BOOK_OBJECTIVE, BOOK_POINT, BOOK_SCHEME, book_partials, partials_at
from numerics.numbers import format_number, format_point


class PartialsLab(ObjectiveChooserMixin, LabWidget):
    title = "Partial derivatives"

    def __init__(self, compute: ComputeThread | None = None, parent: QWidget | None = None) -> None:
        super().__init__(compute, parent)
        self.objective: Objective = get_objective("sphere")
        self.point = BOOK_POINT
        self.h = 1e-4
        self.scheme = "central"
        self._build_controls()
        self._build_figure()
        self.set_theme(self.theme)
        self._load_objective(self.objective, BOOK_POINT)
        self.retranslate_ui()

    def _build_controls(self) -> None:
        c = self.controls
        self.add_objective_rows("sphere", "x0**2 + x0*x1")
        self.x0_edit = number_edit(3.0)
        self.x1_edit = number_edit(4.0)
        self.bind(self.x0_edit.setToolTip, lambda: self.tr("x0 of the point"))
        self.bind(self.x1_edit.setToolTip, lambda: self.tr("x1 of the point"))
        c.addRow("x0", self.x0_edit)
        c.addRow("x1", self.x1_edit)
        self.h_edit = number_edit(1e-4)
        self.bind(self.h_edit.setToolTip, lambda: self.tr("the step of numerical_diff (the book: 1e-4)"))
        c.addRow("h", self.h_edit)
        self.scheme_box = compact(QComboBox())
        for scheme in SCHEMES:
            self.scheme_box.addItem(scheme_name(scheme), scheme)
        self.scheme_box.setCurrentIndex(SCHEMES.index("central"))
        self.add_row(lambda: self.tr("scheme"), self.scheme_box)
        hint = QLabel()
        self.bind(hint.setText, lambda: self.tr("Click the field to move the point; drag the dotted lines in the slices."))
        hint.setWordWrap(True)
        c.addRow(hint)
        self.connect_objective_rows()

        for edit in (self.x0_edit, self.x1_edit, self.h_edit):
            edit.editingFinished.connect(self._on_edits)
        self.scheme_box.currentIndexChanged.connect(self._on_edits)

    def _build_figure(self) -> None:
        self.canvas = FieldCanvas(theme=self.theme)
        self.canvas.set_layer_visible("field", False)
        self.canvas.startRequested.connect(lambda a, b: self.set_point((a, b)))
        self.cross = pg.PlotDataItem()
        self.marker = pg.ScatterPlotItem(size=10)
        self.canvas.overlay.addItem(self.cross)
        self.canvas.overlay.addItem(self.marker)

        self.readout = QLabel()
        self.readout.setFont(monospace_font())
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.readout.setWordWrap(True)
        self.readout.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.slice_plots = []
        self.slice_items = []
        for axis in (0, 1):
            plot = self.make_plot(left="f", bottom=f"x{axis}")
            add_legend(plot, self.theme)
            curve = plot.plot(name=self.tr("slice"))
            tangent = plot.plot(name=self.tr("tangent"))
            dot = plot.plot(symbol="o", symbolSize=8, pen=None)
            line = pg.InfiniteLine(angle=90, movable=True)
            line.sigPositionChangeFinished.connect(lambda ln, a=axis: self._on_line(a, ln))
            plot.addItem(line)
            self.slice_plots.append(plot)
            self.slice_items.append((curve, tangent, dot, line))

        grid = QGridLayout()
        grid.addWidget(self.canvas, 0, 0)
        grid.addWidget(self.readout, 0, 1)
        grid.addWidget(self.slice_plots[0], 1, 0)
        grid.addWidget(self.slice_plots[1], 1, 1)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        self.figure_layout.addLayout(grid)

    def retranslate_ui(self) -> None:
        """Every text in the language shown: the bound ones, the catalogue, the schemes, the
        legends, and the slices' titles and the readout (rebuilt from the point shown)."""
        super().retranslate_ui()
        self.retranslate_objective_rows()
        for i in range(self.scheme_box.count()):
            self.scheme_box.setItemText(i, scheme_name(self.scheme_box.itemData(i)))
        for plot, (curve, tangent, _dot, _line) in zip(self.slice_plots, self.slice_items):
            legend = plot.getPlotItem().legend
            rename_legend_entry(legend, curve, self.tr("slice"))
            rename_legend_entry(legend, tangent, self.tr("tangent"))
        self.update_all()

    # -- public API ------------------------------------------------------------------------------
    def run_preset_blocking(self) -> None:
        """The book: x0² + x1² at (3, 4), central differences with h = 1e−4."""
        self.h_edit.setText(format_number(BOOK_H, ascii_minus=True))
        self.h = BOOK_H
        self.scheme_box.blockSignals(True)
        self.scheme_box.setCurrentIndex(SCHEMES.index(BOOK_SCHEME))
        self.scheme_box.blockSignals(False)
        self.scheme = BOOK_SCHEME
        select_objective(self.function_box, BOOK_OBJECTIVE)
        self._show_formula_row(False)
        self._load_objective(get_objective(BOOK_OBJECTIVE), BOOK_POINT)
        self.settle(self.canvas)

    def set_point(self, point: tuple[float, float]) -> None:
        self.point = (float(point[0]), float(point[1]))
        self.x0_edit.setText(repr(self.point[0]))
        self.x1_edit.setText(repr(self.point[1]))
        self.update_all()

    # -- slots -----------------------------------------------------------------------------------
    @Slot()
    def _on_edits(self, *_args) -> None:
        try:
            x0 = read_number(self.x0_edit, "x0")
            x1 = read_number(self.x1_edit, "x1")
            h = read_number(self.h_edit, "h")
        except ValueError as exc:
            self.show_error(exc)
            return
        if not 0 < h <= 1:
            self.show_error(lambda: self.tr("h must be between 0 and 1"))
            return
        self.clear_error()
        self.h = h
        self.scheme = self.scheme_box.currentData()
        self.point = (x0, x1)
        self.update_all()

    def _on_line(self, axis: int, line) -> None:
        p = list(self.point)
        p[axis] = float(line.value())
        self.set_point((p[0], p[1]))

    # -- drawing ---------------------------------------------------------------------------------
    def objective_chosen(self, obj: Objective) -> None:
        self._load_objective(obj, None)

    def _load_objective(self, obj: Objective, point) -> None:
        self.objective = obj
        if point is None:
            b = obj.box
            point = ((b[0] + b[1]) / 2 + 0.3 * (b[1] - b[0]) / 2, (b[2] + b[3]) / 2 + 0.3 * (b[3] - b[2]) / 2)
        self.canvas.set_objective(obj)
        self.set_point(point)

    def redraw(self) -> None:
        self.canvas.set_theme(self.theme)
        self.update_all()

    def update_all(self) -> None:
        theme = self.theme
        try:
            s0, s1 = partials_at(self.objective, self.point, self.h, self.scheme)
        except (ValueError, TypeError, ArithmeticError) as exc:
            self.show_error(exc)
            return
        x0, x1 = self.point
        b = self.objective.box
        # The two slices drawn on the field: the row x1 = const and the column x0 = const.
        self.cross.setData([b[0], b[1], x0, x0], [x1, x1, b[2], b[3]], connect="pairs",
                           pen=pg.mkPen(theme.foreground, width=1, style=Qt.PenStyle.DashLine))
        self.marker.setData([x0], [x1], brush=pg.mkBrush(theme.path_colors[1]), pen=pg.mkPen(theme.foreground))
        names = ("x0", "x1")
        for s, plot, (curve, tangent, dot, line) in zip((s0, s1), self.slice_plots, self.slice_items):
            other = names[1 - s.axis]
            fixed = self.point[1 - s.axis]
            plot.setTitle(self.tr("f along %1 with %2 = %3").replace("%1", names[s.axis]).replace("%2", other)
                          .replace("%3", format_number(fixed)), color=theme.foreground)
            curve.setData(*finite_xy(s.t, s.values), pen=pg.mkPen(theme.path_colors[0], width=2))
            tangent.setData(*finite_xy(s.tangent_t, s.tangent_y),
                            pen=pg.mkPen(theme.path_colors[1], width=2, style=Qt.PenStyle.DashLine))
            dot.setData(*finite_xy([s.at], [s.f_at]), symbolBrush=theme.path_colors[1], symbolPen=theme.foreground)
            line.blockSignals(True)
            line.setValue(s.at)
            line.blockSignals(False)
            line.setPen(pg.mkPen(theme.foreground, style=Qt.PenStyle.DotLine))
            finite = s.values[s.values == s.values]
            if finite.size:
                pad = 0.08 * (float(finite.max() - finite.min()) or 1.0)
                plot.setYRange(float(finite.min()) - pad, float(finite.max()) + pad, padding=0)
            plot.setXRange(float(s.t[0]), float(s.t[-1]), padding=0.02)
        self.readout.setText(self._readout_html(s0, s1))

    def _readout_html(self, s0, s1) -> str:
        fg = self.theme.foreground
        where = (self.tr("at %1, %2 difference, h = %3").replace("%1", format_point(self.point))
                 .replace("%2", scheme_name(self.scheme)).replace("%3", format_number(self.h)))
        head = f"<p><b>f(x0, x1) = {self.objective.formula}</b><br>{where}</p>"
        rows = []
        for s in (s0, s1):
            rows.append((self.tr("%1 numerical").replace("%1", s.symbol), format_number(s.numerical, None)))
            rows.append((self.tr("%1 exact").replace("%1", s.symbol),
                         format_number(s.exact, None) if s.exact is not None
                         else self.tr("— (formula: no analytic ∇f)")))
            if s.abs_error is not None:
                rows.append(("   " + self.tr("|error|"), f"{s.abs_error:.3e}"))
        book_values = book_partials(self.objective, self.point, self.h, self.scheme)
        if book_values is not None:
            ok = (s0.numerical, s1.numerical) == book_values
            same = self.tr("identical ✓") if ok else self.tr("differs")
            rows.append((self.tr("the book prints"), f"{format_number(book_values[0], None)}, "
                         f"{format_number(book_values[1], None)} ({same})"))
        cells = "".join(f"<tr><td style='padding-right:12px'>{k}</td><td>{v}</td></tr>" for k, v in rows)
        note = "<p>" + self.tr("Each partial derivative is the slope of a one-variable slice: fix the other "
                               "variable, differentiate the rest (the book's function_tmp1 and function_tmp2).") + "</p>"
        return f"<div style='color:{fg}'>{head}<table>{cells}</table>{note}</div>"
