"""Learning-rate race: several η from one start with the same optimizer, side by side.

Default: the book's ch. 4.4.1 experiment — the sphere from (−3, 4), 100 steps of gradient
descent with the numerical gradient, η = 0.1 (reaches the minimum), 10 (climbs until the numerical
gradient is lost at |x| ≈ 1e13), 1e−10 (barely moves).
The table prints the final points next to the book's, and how each lane ended in the app's one
vocabulary (``numerics.diagnosis``: η = 10 is "gradient lost", η = 1 "oscillating" …) with the
sentence that explains it as the tooltip. "Suggest η" adds the rate ``numerics.suggest_lr`` gives
for the start. All numbers come from ``numerics.labs.race``; the lanes run on the compute thread
(20 000 steps of every lane take seconds).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from gui.i18n import render
from gui.labs.lab_base import compact, labelled_row
from gui.labs.paths_lab import Lane, PathsLab
from gui.workers.compute_thread import ComputeThread
from numerics.diagnosis import Verdict
from numerics.labs.race import (
    BOOK_RACE,
    RacePreset,
    book_final_point,
    iter_race,
    parse_learning_rate,
    suggested_learning_rate,
)
from numerics.numbers import format_number, format_point
from numerics.optimizers import OPTIMIZERS

#: A sign before each verdict word in the table: reached, ran away, bounced, out of steps, stuck.
VERDICT_MARK = {Verdict.MINIMUM: "✓", Verdict.DIVERGED: "✗", Verdict.UNBOUNDED: "✗", Verdict.GRADIENT_LOST: "✗",
                Verdict.OSCILLATING: "↔", Verdict.STEP_LIMIT: "→", Verdict.SADDLE: "⋯", Verdict.PLATEAU: "⋯",
                Verdict.MAXIMUM: "⋯", Verdict.CANCELLED: ""}
#: Nine significant digits, as numpy prints the book's arrays.
BOOK_DIGITS = 9


class LearningRateRaceLab(PathsLab):
    title = "Learning-rate race"
    preset_default = BOOK_RACE

    def __init__(self, compute: ComputeThread | None = None, parent: QWidget | None = None) -> None:
        super().__init__(compute, parent)
        self._build_controls()
        self._build_figure()
        self.set_theme(self.theme)
        self._fill_rates(BOOK_RACE.learning_rates)
        self.retranslate_ui()
        self.recompute()

    def numerical_label(self) -> str:
        return self.tr("numerical gradient (as the book)")

    def retranslate_ui(self) -> None:
        """Every text in the language shown: the bound ones, the table's headers, and the runs
        shown (legends, title, table) rebuilt."""
        self.table.setHorizontalHeaderLabels(
            ["η", self.tr("final x0"), self.tr("final x1"), self.tr("f(final)"), "", self.tr("the book")])
        super().retranslate_ui()

    # -- construction ----------------------------------------------------------------------------
    def _build_controls(self) -> None:
        self.build_common_controls()
        c = self.controls
        self.optimizer_box = compact(QComboBox())
        self.optimizer_box.addItems(list(OPTIMIZERS))  # names: the same in every language
        self.add_row(lambda: self.tr("optimizer"), self.optimizer_box)

        self.rate_list = QListWidget()
        self.rate_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.rate_list.setMaximumHeight(130)
        self.bind(self.rate_list.setToolTip, lambda: self.tr("The learning rates in the race (each gets its own colour)"))
        c.addRow("η", self.rate_list)
        self.rate_edit = QLineEdit()
        self.bind(self.rate_edit.setPlaceholderText, lambda: self.tr("e.g. %1 or %2").replace("%1", "0.01")
                  .replace("%2", "1e-3"))
        self.add_button = QPushButton()
        self.bind(self.add_button.setText, lambda: self.tr("Add"))
        c.addRow("", labelled_row(self.rate_edit, self.add_button))
        self.remove_button = QPushButton()
        self.book_button = QPushButton()
        self.bind(self.remove_button.setText, lambda: self.tr("Remove selected"))
        self.bind(self.book_button.setText, lambda: self.tr("Book preset"))
        c.addRow("", labelled_row(self.remove_button, self.book_button))
        self.suggest_button = QPushButton()
        self.bind(self.suggest_button.setText, lambda: self.tr("Suggest η"))
        self.bind(self.suggest_button.setToolTip, lambda: self.tr(
            "Add η = 1/λmax over the part of the view below the start: safe for plain gradient descent "
            "(λmax: the largest curvature of f; steps are stable only for η < 2/λmax)"))
        c.addRow("", self.suggest_button)
        self.suggest_button.clicked.connect(self.suggest_learning_rate)

        self.add_button.clicked.connect(self._on_add)
        self.rate_edit.returnPressed.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self.book_button.clicked.connect(lambda: self.show_preset(BOOK_RACE))
        self.optimizer_box.currentIndexChanged.connect(self.recompute)

    def _build_figure(self) -> None:
        self.build_common_figure()
        self.table = QTableWidget(0, 6)  # its headers: in retranslate_ui
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

    # -- the PathsLab hooks ----------------------------------------------------------------------
    def read_request(self) -> RacePreset:
        return RacePreset(objective=self.function_box.currentData(), start=self.read_start(),
                          learning_rates=tuple(self.learning_rates()), steps=self.steps_spin.value(),
                          optimizer=self.optimizer_box.currentText(),
                          analytic=not self.numerical_check.isChecked())

    def fill_controls(self, preset: RacePreset) -> None:
        self.optimizer_box.blockSignals(True)
        self.optimizer_box.setCurrentText(preset.optimizer)
        self.optimizer_box.blockSignals(False)
        self._fill_rates(preset.learning_rates)

    def job_for(self, preset: RacePreset):
        return iter_race, (preset, None, self.canvas.objective)

    # -- public API ------------------------------------------------------------------------------
    def learning_rates(self) -> list[float]:
        return [float(self.rate_list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.rate_list.count())]

    def add_learning_rate(self, text: str) -> bool:
        """Add η typed as text; False (and a message, text kept) when it is not a valid rate."""
        try:
            lr = parse_learning_rate(text)
        except ValueError as exc:
            self.show_error(exc)
            return False
        if lr in self.learning_rates():
            shown = format_number(lr)
            self.show_error(lambda: self.tr("η = %1 is already in the race").replace("%1", shown))
            return False
        self.clear_error()
        self._fill_rates(self.learning_rates() + [lr])
        self.recompute()
        return True

    def suggest_learning_rate(self) -> float | None:
        """Add the suggested η for the start and function shown (``numerics.labs.race``); returns it."""
        try:
            lr = suggested_learning_rate(self.read_request(), self.canvas.objective)
        except ValueError as exc:
            self.show_error(exc)
            return None
        if lr not in self.learning_rates():
            self._fill_rates(self.learning_rates() + [lr])
            self.recompute()
        return lr

    def remove_learning_rates(self, rates) -> None:
        self._fill_rates([lr for lr in self.learning_rates() if lr not in set(rates)])
        self.recompute()

    # -- slots -----------------------------------------------------------------------------------
    def _fill_rates(self, rates) -> None:
        self.rate_list.clear()
        for lr in rates:
            item = QListWidgetItem(f"η = {format_number(lr)}")
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

    # -- drawing ---------------------------------------------------------------------------------
    def redraw(self) -> None:
        self._color_rates()
        super().redraw()

    def draw_runs(self) -> None:
        lanes = []
        for i, run in enumerate(self.runs):
            label = f"η = {format_number(run.lr)}: {render(run.label)}"
            lanes.append(Lane(self.theme.path_color(i), run.path, label, label, run.values))
        self.show_lanes(lanes)
        grad = self.tr("numerical ∇f") if not self.preset.analytic else self.tr("analytic ∇f")
        self.loss_plot.setTitle(self.tr("f against the step (%1, %2; log scale)").replace("%1", self.preset.optimizer)
                                .replace("%2", grad), color=self.theme.foreground)
        self._fill_table()

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.runs))
        rows_height = sum(self.table.rowHeight(r) for r in range(len(self.runs))) or 30
        self.table.setFixedHeight(min(220, self.table.horizontalHeader().height() + rows_height + 6))
        for row, run in enumerate(self.runs):
            book_point = book_final_point(self.preset, run.lr)
            cells = [
                format_number(run.lr),
                format_number(run.final[0], BOOK_DIGITS),
                format_number(run.final[1], BOOK_DIGITS),
                format_number(run.final_value, 4),
                f"{VERDICT_MARK[run.verdict]} {render(run.label)}".strip(),
                "" if book_point is None else format_point(book_point, BOOK_DIGITS),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 4:  # the verdict: its sentence, with the numbers behind it
                    item.setToolTip(render(run.diagnosis.message))
                if col == 0:
                    pix = QPixmap(10, 10)
                    pix.fill(QColor(self.theme.path_color(row)))
                    item.setIcon(QIcon(pix))
                self.table.setItem(row, col, item)
