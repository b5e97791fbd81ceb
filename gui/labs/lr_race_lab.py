"""Learning-rate race: several η from one start with the same optimizer, side by side.

Default: the book's ch. 4.4.1 experiment — the sphere from (−3, 4), 100 steps of gradient
descent with the numerical gradient, η = 0.1 (converges), 10 (diverges), 1e−10 (barely moves).
The table prints the final points next to the book's. All numbers come from ``numerics.labs.race``.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor, QPixmap, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from gui.canvas.field_canvas import FieldCanvas
from gui.labs.common import (LabWidget, add_legend, labelled_row, legend_proxy, number_edit, parse_float, style_legend,
                             style_plot)
from numerics.functions import CATALOGUE, get_objective
from numerics.labs import book
from numerics.labs.race import BOOK_RACE, RacePreset, RaceRun, Verdict, clip_to_box, parse_learning_rate, \
    positive_for_log, run_race
from numerics.optimizers import OPTIMIZERS

MAX_STEPS = 20_000  # the race runs on the GUI thread: 20k steps × a few lanes stay well under 0.5 s
VERDICT_MARK = {Verdict.CONVERGED: "✓", Verdict.DIVERGED: "✗", Verdict.BARELY_MOVED: "…", Verdict.STILL_DESCENDING: "→"}


def fmt9(v: float) -> str:
    """Nine significant digits, as numpy prints the book's arrays."""
    return f"{v:.9g}"


class LearningRateRaceLab(LabWidget):
    title = "Learning-rate race"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preset: RacePreset = BOOK_RACE
        self.runs: list[RaceRun] = []
        self._build_controls()
        self._build_figure()
        self.set_theme(self.theme)
        self._fill_rates(BOOK_RACE.learning_rates)
        self.run_race()

    # -- construction ----------------------------------------------------------------------------
    def _build_controls(self) -> None:
        c = self.controls
        self.function_box = self.add_catalogue_row("sphere")
        self.x0_edit = number_edit(-3.0, width=80)
        self.x1_edit = number_edit(4.0, width=80)
        c.addRow("start", labelled_row(self.x0_edit, self.x1_edit))
        self.steps_spin = QSpinBox()
        self.steps_spin.setRange(1, MAX_STEPS)
        self.steps_spin.setValue(100)
        c.addRow("steps", self.steps_spin)
        self.optimizer_box = self.compact(QComboBox())
        self.optimizer_box.addItems(list(OPTIMIZERS))
        c.addRow("optimizer", self.optimizer_box)
        self.numerical_check = QCheckBox("numerical gradient (as the book)")
        self.numerical_check.setChecked(True)
        c.addRow(self.numerical_check)

        self.rate_list = QListWidget()
        self.rate_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.rate_list.setMaximumHeight(130)
        self.rate_list.setToolTip("The learning rates in the race (each gets its own colour)")
        c.addRow("η", self.rate_list)
        self.rate_edit = QLineEdit()
        self.rate_edit.setPlaceholderText("e.g. 0.01 or 1e-3")
        self.add_button = QPushButton("Add")
        c.addRow("", labelled_row(self.rate_edit, self.add_button))
        self.remove_button = QPushButton("Remove selected")
        self.book_button = QPushButton("Book preset")
        c.addRow("", labelled_row(self.remove_button, self.book_button))

        self.add_button.clicked.connect(self._on_add)
        self.rate_edit.returnPressed.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self.book_button.clicked.connect(self.run_preset_blocking)
        self.function_box.currentIndexChanged.connect(self._on_function)
        for w in (self.x0_edit, self.x1_edit):
            w.editingFinished.connect(self.run_race)
        self.steps_spin.valueChanged.connect(self.run_race)
        self.optimizer_box.currentIndexChanged.connect(self.run_race)
        self.numerical_check.toggled.connect(self.run_race)

    def _build_figure(self) -> None:
        self.canvas = FieldCanvas(get_objective("sphere"), theme=self.theme)
        self.canvas.startRequested.connect(self._on_canvas_click)
        self.canvas_legend = pg.LegendItem(offset=(8, 8), labelTextSize="9pt")
        self.canvas_legend.setParentItem(self.canvas.view_box)
        self.loss_plot = self.make_plot(title="f against the step", left="f", bottom="step")
        self.loss_plot.setLogMode(x=False, y=True)
        # f spans 1e−18 … 1e27 here: an SI prefix like "×1e+27" on a log axis only confuses.
        self.loss_plot.getAxis("left").enableAutoSIPrefix(False)
        self.loss_legend = add_legend(self.loss_plot, self.theme)
        # Bottom left: descending curves start high on the left, so that corner stays empty.
        self.loss_legend.anchor(itemPos=(0, 1), parentPos=(0, 1), offset=(8, -8))
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(["η", "final x0", "final x1", "f(final)", "", "the book"])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setMaximumHeight(150)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.addWidget(self.canvas, 0, 0)
        grid.addWidget(self.loss_plot, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.figure_layout.addLayout(grid, 1)
        self.figure_layout.addWidget(self.table)

    # -- public API ------------------------------------------------------------------------------
    def run_preset_blocking(self) -> None:
        """The book's race: sphere from (−3, 4), 100 numerical-gradient SGD steps, η = 0.1, 10, 1e−10."""
        widgets = (self.function_box, self.x0_edit, self.x1_edit, self.steps_spin, self.optimizer_box,
                   self.numerical_check)
        for w in widgets:
            w.blockSignals(True)
        self.function_box.setCurrentIndex(list(CATALOGUE).index(BOOK_RACE.objective))
        self.x0_edit.setText(repr(BOOK_RACE.start[0]))
        self.x1_edit.setText(repr(BOOK_RACE.start[1]))
        self.steps_spin.setValue(BOOK_RACE.steps)
        self.optimizer_box.setCurrentIndex(list(OPTIMIZERS).index(BOOK_RACE.optimizer))
        self.numerical_check.setChecked(not BOOK_RACE.analytic)
        for w in widgets:
            w.blockSignals(False)
        self._fill_rates(BOOK_RACE.learning_rates)
        self.canvas.set_objective(get_objective(BOOK_RACE.objective))
        self.run_race()
        self.settle(self.canvas)

    def learning_rates(self) -> list[float]:
        return [float(self.rate_list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.rate_list.count())]

    def add_learning_rate(self, text: str) -> bool:
        """Add η typed as text; False (and a message, text kept) when it is not a valid rate."""
        try:
            lr = parse_learning_rate(text)
        except ValueError as exc:
            self.show_error(str(exc))
            return False
        if lr in self.learning_rates():
            self.show_error(f"η = {lr:g} is already in the race")
            return False
        self.clear_error()
        self._fill_rates(self.learning_rates() + [lr])
        self.run_race()
        return True

    def remove_learning_rates(self, rates) -> None:
        self._fill_rates([lr for lr in self.learning_rates() if lr not in set(rates)])
        self.run_race()

    @Slot()
    def run_race(self) -> None:
        """Run every lane with the current settings and redraw (bad settings: message, no change)."""
        try:
            start = (parse_float(self.x0_edit.text(), "start x0"), parse_float(self.x1_edit.text(), "start x1"))
            preset = RacePreset(objective=self.function_box.currentData(), start=start,
                                learning_rates=tuple(self.learning_rates()), steps=self.steps_spin.value(),
                                optimizer=self.optimizer_box.currentText(),
                                analytic=not self.numerical_check.isChecked())
            runs = run_race(preset, objective=self.canvas.objective)
        except (ValueError, ArithmeticError) as exc:
            self.show_error(str(exc))
            return
        self.clear_error()
        self.preset, self.runs = preset, runs
        self._draw()

    # -- slots -----------------------------------------------------------------------------------
    def _fill_rates(self, rates) -> None:
        self.rate_list.clear()
        for lr in rates:
            item = QListWidgetItem(f"η = {lr:g}")
            item.setData(Qt.ItemDataRole.UserRole, float(lr))
            self.rate_list.addItem(item)
        self._color_rates()

    def _color_rates(self) -> None:
        for i in range(self.rate_list.count()):
            pix = QPixmap(12, 12)
            pix.fill(QColor(self.theme.path_color(i)))
            self.rate_list.item(i).setIcon(QIcon(pix))

    @Slot()
    def _on_add(self) -> None:
        if self.add_learning_rate(self.rate_edit.text()):
            self.rate_edit.clear()

    @Slot()
    def _on_remove(self) -> None:
        chosen = [float(it.data(Qt.ItemDataRole.UserRole)) for it in self.rate_list.selectedItems()]
        if chosen:
            self.remove_learning_rates(chosen)

    @Slot(int)
    def _on_function(self, _index: int) -> None:
        obj = get_objective(self.function_box.currentData())
        self.canvas.set_objective(obj)
        self.run_race()

    @Slot(float, float)
    def _on_canvas_click(self, x0: float, x1: float) -> None:
        self.x0_edit.setText(f"{x0:.4g}")
        self.x1_edit.setText(f"{x1:.4g}")
        self.run_race()

    # -- drawing ---------------------------------------------------------------------------------
    def redraw(self) -> None:
        if hasattr(self, "canvas"):
            self.canvas.set_theme(self.theme)
            style_plot(self.loss_plot, self.theme)
            self._color_rates()
            self._draw()

    def _draw(self) -> None:
        theme = self.theme
        self.canvas.clear_paths()
        self.canvas_legend.clear()
        self._legend_proxies: list[pg.PlotDataItem] = []
        self.loss_plot.clear()
        self.loss_legend.clear()
        box = self.canvas.objective.box
        for i, run in enumerate(self.runs):
            color = theme.path_color(i)
            label = f"η = {run.lr:g}: {run.verdict.value}"
            self.canvas.add_path(i, color)
            # A diverging lane is cut where it leaves the view ×3: the rest is a line to 1e13.
            self.canvas.set_path(i, clip_to_box(run.path, box, factor=3.0))
            proxy = legend_proxy(color)
            self._legend_proxies.append(proxy)
            self.canvas_legend.addItem(proxy, label)
            steps, values = positive_for_log(run.values)
            self.loss_plot.plot(steps, values, pen=pg.mkPen(color, width=2), name=label)
        for legend in (self.canvas_legend, self.loss_legend):
            style_legend(legend, theme)
        self.loss_plot.setTitle(f"f against the step ({self.preset.optimizer}, "
                                f"{'numerical' if not self.preset.analytic else 'analytic'} ∇f; log scale)",
                                color=theme.foreground)
        self._fill_table()

    def _fill_table(self) -> None:
        is_book = (self.preset.objective == BOOK_RACE.objective and self.preset.start == BOOK_RACE.start
                   and self.preset.steps == BOOK_RACE.steps and self.preset.optimizer == BOOK_RACE.optimizer
                   and self.preset.analytic == BOOK_RACE.analytic)
        self.table.setRowCount(len(self.runs))
        rows_height = sum(self.table.rowHeight(r) for r in range(len(self.runs))) or 30
        self.table.setFixedHeight(min(220, self.table.horizontalHeader().height() + rows_height + 6))
        for row, run in enumerate(self.runs):
            book_point = book.RACE_FINAL_POINTS.get(run.lr) if is_book else None
            cells = [
                f"{run.lr:g}",
                fmt9(run.final[0]),
                fmt9(run.final[1]),
                f"{run.final_value:.4g}",
                f"{VERDICT_MARK[run.verdict]} {run.verdict.value}",
                "" if book_point is None else f"({book_point[0]:.9g}, {book_point[1]:.9g})",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 0:
                    pix = QPixmap(10, 10)
                    pix.fill(QColor(self.theme.path_color(row)))
                    item.setIcon(QIcon(pix))
                self.table.setItem(row, col, item)
