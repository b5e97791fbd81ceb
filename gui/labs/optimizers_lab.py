"""Optimizer comparison: SGD, Momentum, Nesterov, AdaGrad, RMSProp and Adam from the same start.

Default: the book's ch. 6 figure — the bowl x0²/20 + x1² from (−7, 2), 30 steps, SGD η = 0.95,
Momentum 0.1, AdaGrad 1.5, Adam 0.3 (plus RMSProp 0.1; Nesterov off). Paths are overlaid on one
field, or drawn as small multiples (one field per optimizer, like the book's four panels). The
optimizers run on the compute thread (``numerics.labs.comparison``). Texts follow the language:
each optimizer row's tooltips are set again by :meth:`_ContenderRow.retranslate`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QWidget

from gui.canvas.field_canvas import FieldCanvas
from gui.i18n import render
from gui.labs.lab_base import labelled_row
from gui.labs.number_field import number_edit, read_number
from gui.labs.paths_lab import Lane, PathsLab
from gui.workers.compute_thread import ComputeThread
from numerics.labs.comparison import BOOK_CH6, ComparisonPreset, Contender, iter_comparison
from numerics.labs.hyper_text import default_hyper, format_hyper, parse_hyper
from numerics.numbers import format_number
from numerics.optimizers import OPTIMIZERS

#: The order of the optimizer rows (and of their colours, which stay put while ticking).
ORDER = ("SGD", "Momentum", "Nesterov", "AdaGrad", "RMSProp", "Adam")
#: One dash pattern per optimizer (in line widths), so that paths lying on one another stay
#: apart on the overlaid field (AdaGrad's runs under RMSProp's from (−7, 2)) and in the loss plot.
DASHES: dict[str, tuple[float, ...] | None] = {
    "SGD": None, "Momentum": (6.0, 3.0), "Nesterov": (1.5, 2.5), "AdaGrad": (8.0, 3.0, 1.5, 3.0),
    "RMSProp": (3.0, 3.0), "Adam": (10.0, 2.5, 2.0, 2.5, 2.0, 2.5),
}
#: an optimizer row: its check box this wide (so the η boxes line up), its hyper-parameters
#: indented under it by this much
NAME_WIDTH, HYPER_INDENT = 110, 22


class _ContenderRow:
    """The controls of one optimizer: on/off, η, hyper-parameters."""

    def __init__(self, contender: Contender) -> None:
        self.name = contender.optimizer
        self.check = QCheckBox(self.name)
        self.lr = number_edit(contender.lr, width=70)
        spec = OPTIMIZERS[self.name].HYPERPARAMETERS
        self.hyper = QLineEdit()
        self.hyper.setEnabled(bool(spec))
        # Two lines across the whole control column: the name and η, then the hyper-parameters
        # under them (side by side, Adam's "beta1=0.9, beta2=0.999" was cut to "-0.9, beta2=0.999").
        self.check.setMinimumWidth(NAME_WIDTH)
        self.line = labelled_row(self.check, self.lr)
        self.line.layout().addStretch(1)
        indent = QWidget()
        indent.setFixedWidth(HYPER_INDENT)
        self.hyper_line = labelled_row(indent, self.hyper)
        self.has_hyper = bool(spec)
        self.set(contender)
        self.retranslate()

    def retranslate(self) -> None:
        """The tooltips in the language shown (the name is the same in every language)."""
        spec = OPTIMIZERS[self.name].HYPERPARAMETERS
        self.lr.setToolTip(QCoreApplication.translate("OptimizersLab", "learning rate η of %1").replace("%1", self.name))
        self.hyper.setToolTip("\n".join(f"{k}: {render(v.doc_message)} ({format_number(v.low)} … {format_number(v.high)})"
                                        for k, v in spec.items())
                              or QCoreApplication.translate("OptimizersLab", "%1 has no hyper-parameters besides η")
                              .replace("%1", self.name))

    def widgets(self) -> tuple[QWidget, ...]:
        return self.check, self.lr, self.hyper

    def set(self, contender: Contender) -> None:
        """Show ``contender`` (without signals: the caller recomputes once)."""
        for w in self.widgets():
            w.blockSignals(True)
        self.check.setChecked(contender.enabled)
        self.lr.setText(format_number(contender.lr, 10, ascii_minus=True))
        self.hyper.setText(format_hyper(contender.hyper or default_hyper(self.name)))
        for w in self.widgets():
            w.blockSignals(False)

    def contender(self) -> Contender:
        lr = read_number(self.lr, QCoreApplication.translate("OptimizersLab", "η of %1").replace("%1", self.name))
        return Contender(self.name, lr, parse_hyper(self.hyper.text(), self.name), self.check.isChecked())


class OptimizersLab(PathsLab):
    title = "Optimizers"
    preset_default = BOOK_CH6

    def __init__(self, compute: ComputeThread | None = None, parent: QWidget | None = None) -> None:
        super().__init__(compute, parent)
        self.small_multiples: list[FieldCanvas] = []
        self._build_controls()
        self._build_figure()
        self.set_theme(self.theme)
        self.retranslate_ui()
        self.recompute()

    def retranslate_ui(self) -> None:
        """Every text in the language shown: the bound ones, the optimizer rows' tooltips, and
        the runs shown (legends, titles) rebuilt."""
        for row in self.rows.values():
            row.retranslate()
        super().retranslate_ui()

    def _build_controls(self) -> None:
        self.build_common_controls()
        c = self.controls
        heading = QLabel()
        self.bind(heading.setText, lambda: self.tr("optimizer: η, hyper-parameters"))
        c.addRow(heading)
        by_name = {ct.optimizer: ct for ct in BOOK_CH6.contenders}
        self.rows: dict[str, _ContenderRow] = {}
        for name in ORDER:
            row = _ContenderRow(by_name.get(name, Contender(name, 0.1, enabled=False)))
            self.rows[name] = row
            c.addRow(row.line)
            if row.has_hyper:
                c.addRow(row.hyper_line)
            row.check.toggled.connect(self.recompute)
            row.lr.editingFinished.connect(self.recompute)
            row.hyper.editingFinished.connect(self.recompute)
        self.multiples_check = QCheckBox()
        self.bind(self.multiples_check.setText, lambda: self.tr("small multiples (one field each)"))
        c.addRow(self.multiples_check)
        self.multiples_check.toggled.connect(self.draw_runs)

    def _build_figure(self) -> None:
        self.build_common_figure()
        self.multiples = QWidget()
        self.multiples_grid = QGridLayout(self.multiples)
        self.multiples_grid.setContentsMargins(0, 0, 0, 0)
        self.multiples.hide()
        self.loss_plot.setMaximumHeight(300)  # the plot and, under it, its legend
        self.figure_layout.addWidget(self.canvas, 3)
        self.figure_layout.addWidget(self.multiples, 3)
        self.figure_layout.addWidget(self.loss_plot, 1)

    # -- the PathsLab hooks ----------------------------------------------------------------------
    def read_request(self) -> ComparisonPreset:
        contenders = tuple(row.contender() for row in self.rows.values())
        return ComparisonPreset(objective=self.function_box.currentData(), start=self.read_start(),
                                steps=self.steps_spin.value(), contenders=contenders,
                                analytic=not self.numerical_check.isChecked())

    def fill_controls(self, preset: ComparisonPreset) -> None:
        for ct in preset.contenders:
            self.rows[ct.optimizer].set(ct)

    def job_for(self, preset: ComparisonPreset):
        return iter_comparison, (preset, self.canvas.objective)

    def canvases(self) -> list[FieldCanvas]:
        return [self.canvas, *self.small_multiples]

    # -- public API ------------------------------------------------------------------------------
    def set_small_multiples(self, on: bool) -> None:
        self.multiples_check.setChecked(on)

    # -- drawing ---------------------------------------------------------------------------------
    def _color(self, name: str) -> str:
        # One colour per optimizer whatever is ticked, so colours stay put while toggling.
        return self.theme.path_color(ORDER.index(name))

    def _ensure_multiples(self, n: int) -> None:
        while len(self.small_multiples) < n:
            c = FieldCanvas(self.canvas.objective, theme=self.theme)
            c.startRequested.connect(self._on_canvas_click)
            c.set_keys_visible(False)  # the panels share one colouring: no key in each
            self.small_multiples.append(c)
        cols = 2 if n <= 4 else 3
        for i, c in enumerate(self.small_multiples):
            self.multiples_grid.removeWidget(c)
            if i < n:
                self.multiples_grid.addWidget(c, i // cols, i % cols)
            # After addWidget: reparenting hides a widget.
            c.setVisible(i < n)

    def draw_runs(self) -> None:
        theme = self.theme
        multiples = self.multiples_check.isChecked()
        self.canvas.setVisible(not multiples)
        self.multiples.setVisible(multiples)
        if multiples:
            self._ensure_multiples(len(self.runs))
        lanes = []
        for i, run in enumerate(self.runs):
            ct = run.contender
            color = self._color(ct.optimizer)
            ended = "" if run.diagnosis is None else f"{render(run.diagnosis.label)}, "
            lanes.append(Lane(color, run.path, f"{ct.label}: {ended}f = {format_number(run.final_value, 3)}",
                              ct.optimizer, run.values, DASHES.get(ct.optimizer)))
            if multiples:
                canvas = self.small_multiples[i]
                canvas.clear_paths()
                if canvas.objective is not self.canvas.objective:
                    canvas.set_objective(self.canvas.objective)
                canvas.add_path(0, color)
                canvas.set_path(0, self.clipped(run.path))
                canvas.plot.setTitle(f"{ct.optimizer} (η = {format_number(ct.lr)})", color=theme.foreground)
        self.show_lanes(lanes, on_canvas=not multiples)
        self.loss_legend.setColumnCount(max(1, len(self.runs)))  # one row along the bottom
        grad = self.tr("numerical ∇f") if not self.preset.analytic else self.tr("analytic ∇f")
        self.loss_plot.setTitle(self.tr("f against the step (%1, %n steps; log scale)", "", self.preset.steps)
                                .replace("%1", grad), color=theme.foreground)
