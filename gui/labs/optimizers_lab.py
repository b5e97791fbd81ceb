"""Optimizer comparison: SGD, Momentum, Nesterov, AdaGrad, RMSProp and Adam from the same start.

Default: the book's ch. 6 figure — the bowl x0²/20 + x1² from (−7, 2), 30 steps, SGD η = 0.95,
Momentum 0.1, AdaGrad 1.5, Adam 0.3 (plus RMSProp 0.1; Nesterov off). Paths are overlaid on one
field, or drawn as small multiples (one field per optimizer, like the book's four panels).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QSpinBox, QWidget

from gui.canvas.field_canvas import FieldCanvas
from gui.labs.common import (LabWidget, add_legend, labelled_row, legend_proxy, number_edit, parse_float, style_legend,
                             style_plot)
from numerics.functions import CATALOGUE, get_objective
from numerics.labs.comparison import BOOK_CH6, ComparisonPreset, ComparisonRun, Contender, run_comparison
from numerics.labs.race import clip_to_box, positive_for_log
from numerics.optimizers import OPTIMIZERS

MAX_STEPS = 20_000


def parse_hyper(text: str, optimizer: str) -> tuple[tuple[str, float], ...]:
    """``"momentum=0.9, …"`` → ``(("momentum", 0.9), …)``; ValueError with the reason."""
    pairs = []
    for part in (p.strip() for p in text.replace(";", ",").split(",")):
        if not part:
            continue
        if "=" not in part:
            raise ValueError(f"{optimizer}: write hyper-parameters as name=value, got {part!r}")
        name, value = (s.strip() for s in part.split("=", 1))
        pairs.append((name, parse_float(value, f"{optimizer} {name}")))
    return tuple(pairs)


class _ContenderRow:
    """The controls of one optimizer: on/off, η, hyper-parameters."""

    def __init__(self, contender: Contender) -> None:
        self.name = contender.optimizer
        self.check = QCheckBox(self.name)
        self.check.setChecked(contender.enabled)
        self.lr = number_edit(contender.lr, f"learning rate η of {self.name}", width=70)
        spec = OPTIMIZERS[self.name].HYPERPARAMETERS
        defaults = dict(contender.hyper) or {k: v.default for k, v in spec.items()}
        self.hyper = QLineEdit(", ".join(f"{k}={v:g}" for k, v in defaults.items()))
        self.hyper.setEnabled(bool(spec))
        self.hyper.setToolTip("\n".join(f"{k}: {v.doc} ({v.low:g} … {v.high:g})" for k, v in spec.items())
                              or f"{self.name} has no hyper-parameters besides η")
        self.widget = labelled_row(self.lr, self.hyper)

    def set(self, contender: Contender) -> None:
        for w in (self.check, self.lr, self.hyper):
            w.blockSignals(True)
        self.check.setChecked(contender.enabled)
        self.lr.setText(f"{contender.lr:g}")
        spec = OPTIMIZERS[self.name].HYPERPARAMETERS
        defaults = dict(contender.hyper) or {k: v.default for k, v in spec.items()}
        self.hyper.setText(", ".join(f"{k}={v:g}" for k, v in defaults.items()))
        for w in (self.check, self.lr, self.hyper):
            w.blockSignals(False)

    def contender(self) -> Contender:
        lr = parse_float(self.lr.text(), f"η of {self.name}")
        return Contender(self.name, lr, parse_hyper(self.hyper.text(), self.name), self.check.isChecked())


class OptimizersLab(LabWidget):
    title = "Optimizers"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preset: ComparisonPreset = BOOK_CH6
        self.runs: list[ComparisonRun] = []
        self.small_multiples: list[FieldCanvas] = []
        self._legend_proxies: list = []
        self._build_controls()
        self._build_figure()
        self.set_theme(self.theme)
        self.run_comparison()

    def _build_controls(self) -> None:
        c = self.controls
        self.function_box = self.add_catalogue_row(BOOK_CH6.objective)
        self.x0_edit = number_edit(BOOK_CH6.start[0], width=80)
        self.x1_edit = number_edit(BOOK_CH6.start[1], width=80)
        c.addRow("start", labelled_row(self.x0_edit, self.x1_edit))
        self.steps_spin = QSpinBox()
        self.steps_spin.setRange(1, MAX_STEPS)
        self.steps_spin.setValue(BOOK_CH6.steps)
        c.addRow("steps", self.steps_spin)
        self.numerical_check = QCheckBox("numerical gradient")
        c.addRow(self.numerical_check)
        c.addRow(QLabel("optimizer: η, hyper-parameters"))
        order = ["SGD", "Momentum", "Nesterov", "AdaGrad", "RMSProp", "Adam"]
        by_name = {ct.optimizer: ct for ct in BOOK_CH6.contenders}
        self.rows: dict[str, _ContenderRow] = {}
        for name in order:
            row = _ContenderRow(by_name.get(name, Contender(name, 0.1, enabled=False)))
            self.rows[name] = row
            c.addRow(row.check, row.widget)
            row.check.toggled.connect(self.run_comparison)
            row.lr.editingFinished.connect(self.run_comparison)
            row.hyper.editingFinished.connect(self.run_comparison)
        self.multiples_check = QCheckBox("small multiples (one field each)")
        c.addRow(self.multiples_check)
        self.function_box.currentIndexChanged.connect(self._on_function)
        for w in (self.x0_edit, self.x1_edit):
            w.editingFinished.connect(self.run_comparison)
        self.steps_spin.valueChanged.connect(self.run_comparison)
        self.numerical_check.toggled.connect(self.run_comparison)
        self.multiples_check.toggled.connect(self._draw)

    def _build_figure(self) -> None:
        self.canvas = FieldCanvas(get_objective(BOOK_CH6.objective), theme=self.theme)
        self.canvas.startRequested.connect(self._on_canvas_click)
        self.canvas_legend = pg.LegendItem(offset=(8, 8), labelTextSize="9pt")
        self.canvas_legend.setParentItem(self.canvas.view_box)
        self.multiples = QWidget()
        self.multiples_grid = QGridLayout(self.multiples)
        self.multiples_grid.setContentsMargins(0, 0, 0, 0)
        self.multiples.hide()
        self.loss_plot = self.make_plot(left="f", bottom="step")
        self.loss_plot.setLogMode(x=False, y=True)
        self.loss_plot.getAxis("left").enableAutoSIPrefix(False)
        self.loss_legend = add_legend(self.loss_plot, self.theme)
        # Bottom left: descending curves start high on the left, so that corner stays empty.
        self.loss_legend.anchor(itemPos=(0, 1), parentPos=(0, 1), offset=(8, -8))
        self.loss_plot.setMaximumHeight(260)
        self.figure_layout.addWidget(self.canvas, 3)
        self.figure_layout.addWidget(self.multiples, 3)
        self.figure_layout.addWidget(self.loss_plot, 1)

    # -- public API ------------------------------------------------------------------------------
    def run_preset_blocking(self) -> None:
        """The book's ch. 6 figure (see the module docstring)."""
        widgets = [self.function_box, self.x0_edit, self.x1_edit, self.steps_spin, self.numerical_check]
        for w in widgets:
            w.blockSignals(True)
        self.function_box.setCurrentIndex(list(CATALOGUE).index(BOOK_CH6.objective))
        self.x0_edit.setText(repr(BOOK_CH6.start[0]))
        self.x1_edit.setText(repr(BOOK_CH6.start[1]))
        self.steps_spin.setValue(BOOK_CH6.steps)
        self.numerical_check.setChecked(not BOOK_CH6.analytic)
        for w in widgets:
            w.blockSignals(False)
        for ct in BOOK_CH6.contenders:
            self.rows[ct.optimizer].set(ct)
        self.canvas.set_objective(get_objective(BOOK_CH6.objective))
        self.run_comparison()
        self.settle(self.canvas, *self.small_multiples)

    def set_small_multiples(self, on: bool) -> None:
        self.multiples_check.setChecked(on)

    @Slot()
    def run_comparison(self) -> None:
        """Run every ticked optimizer; a bad entry shows a message and changes nothing."""
        try:
            start = (parse_float(self.x0_edit.text(), "start x0"), parse_float(self.x1_edit.text(), "start x1"))
            contenders = tuple(row.contender() for row in self.rows.values())
            preset = ComparisonPreset(objective=self.function_box.currentData(), start=start,
                                      steps=self.steps_spin.value(), contenders=contenders,
                                      analytic=not self.numerical_check.isChecked())
            runs = run_comparison(preset, objective=self.canvas.objective)
        except (ValueError, ArithmeticError) as exc:
            self.show_error(str(exc))
            return
        self.clear_error()
        self.preset, self.runs = preset, runs
        self._draw()

    # -- slots -----------------------------------------------------------------------------------
    @Slot(int)
    def _on_function(self, _i: int) -> None:
        obj = get_objective(self.function_box.currentData())
        self.canvas.set_objective(obj)
        for c in self.small_multiples:
            c.set_objective(obj)
        self.run_comparison()

    @Slot(float, float)
    def _on_canvas_click(self, x0: float, x1: float) -> None:
        self.x0_edit.setText(f"{x0:.4g}")
        self.x1_edit.setText(f"{x1:.4g}")
        self.run_comparison()

    # -- drawing ---------------------------------------------------------------------------------
    def redraw(self) -> None:
        if hasattr(self, "canvas"):
            self.canvas.set_theme(self.theme)
            for c in self.small_multiples:
                c.set_theme(self.theme)
            style_plot(self.loss_plot, self.theme)
            self._draw()

    def _color(self, name: str) -> str:
        # One colour per optimizer whatever is ticked, so colours stay put while toggling.
        return self.theme.path_color(list(self.rows).index(name))

    def _ensure_multiples(self, n: int) -> None:
        while len(self.small_multiples) < n:
            c = FieldCanvas(self.canvas.objective, theme=self.theme)
            c.startRequested.connect(self._on_canvas_click)
            c.color_bar.hide()
            self.small_multiples.append(c)
        cols = 2 if n <= 4 else 3
        for i, c in enumerate(self.small_multiples):
            self.multiples_grid.removeWidget(c)
            if i < n:
                self.multiples_grid.addWidget(c, i // cols, i % cols)
            # After addWidget: reparenting hides a widget.
            c.setVisible(i < n)

    def _draw(self) -> None:
        theme = self.theme
        multiples = self.multiples_check.isChecked()
        self.canvas.setVisible(not multiples)
        self.multiples.setVisible(multiples)
        self.canvas.clear_paths()
        self.canvas_legend.clear()
        self._legend_proxies = []
        self.loss_plot.clear()
        self.loss_legend.clear()
        box = self.canvas.objective.box
        if multiples:
            self._ensure_multiples(len(self.runs))
        for i, run in enumerate(self.runs):
            color = self._color(run.contender.optimizer)
            path = clip_to_box(run.path, box, factor=3.0)
            label = f"{run.contender.label}: f = {run.final_value:.3g}"
            if multiples:
                canvas = self.small_multiples[i]
                canvas.clear_paths()
                if canvas.objective is not self.canvas.objective:
                    canvas.set_objective(self.canvas.objective)
                canvas.add_path(0, color)
                canvas.set_path(0, path)
                canvas.plot.setTitle(f"{run.contender.optimizer} (η = {run.contender.lr:g})", color=theme.foreground)
            else:
                self.canvas.add_path(i, color)
                self.canvas.set_path(i, path)
                proxy = legend_proxy(color)
                self._legend_proxies.append(proxy)
                self.canvas_legend.addItem(proxy, label)
            steps, values = positive_for_log(run.values)
            self.loss_plot.plot(steps, values, pen=pg.mkPen(color, width=2), name=run.contender.optimizer)
        self.loss_legend.setColumnCount(max(1, len(self.runs)))  # one row along the bottom
        for legend in (self.canvas_legend, self.loss_legend):
            style_legend(legend, theme)
        grad = "numerical" if not self.preset.analytic else "analytic"
        self.loss_plot.setTitle(f"f against the step ({grad} ∇f, {self.preset.steps} steps; log scale)",
                                color=theme.foreground)
