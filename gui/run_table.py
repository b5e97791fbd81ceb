"""The run table: one row per run (colour, start, steps, final x, f, |∇f|, how it ended).

A small ``QAbstractTableModel`` over the :class:`~gui.run_controller.RunController`'s runs, fed
by its signals; it shows what the user has seen so far (the revealed steps), not what the worker
has computed ahead. The Outcome column shows a run's verdict (``numerics.diagnosis``: "minimum",
"saddle point", "diverged" …) with its one-sentence explanation as the tooltip.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QStyle, QTableView, QWidget

from gui.i18n import Retranslatable, render
from gui.model.runs import Run
from gui.run_controller import RunController
from numerics.numbers import format_number, format_point
from numerics.diagnosis import LABEL_BARELY_MOVED, LABEL_STILL_DESCENDING, Verdict, verdict_label

UPDATE_MS = 150
#: The headers: source texts of the "RunTable" context ("#", "f" and "|∇f|" are notation).
COLUMNS = ("#", QT_TRANSLATE_NOOP("RunTable", "Start"), QT_TRANSLATE_NOOP("RunTable", "Steps"),
           QT_TRANSLATE_NOOP("RunTable", "Final x"), "f", "|∇f|", QT_TRANSLATE_NOOP("RunTable", "Outcome"))
_TIPS = (
    QT_TRANSLATE_NOOP("RunTable", "Run number, beside the colour of its path"),
    QT_TRANSLATE_NOOP("RunTable", "Where you clicked: the start point x⁽⁰⁾"),
    QT_TRANSLATE_NOOP("RunTable", "Steps taken so far"),
    QT_TRANSLATE_NOOP("RunTable", "The last point shown"),
    QT_TRANSLATE_NOOP("RunTable", "f at the last point shown"),
    QT_TRANSLATE_NOOP("RunTable", "Length of the gradient at the last point shown"),
    QT_TRANSLATE_NOOP("RunTable", "What really happened: minimum, saddle point, diverged, plateau … (or that "
                                  "it is still running); hover a cell for the sentence that explains it"),
)
STOP_COLUMN = 6
#: Words of a run that has no verdict yet (the verdicts' own words come from numerics.diagnosis).
RUNNING = QT_TRANSLATE_NOOP("RunTable", "running")
PAUSED = QT_TRANSLATE_NOOP("RunTable", "paused")
FAILED = QT_TRANSLATE_NOOP("RunTable", "failed")
JUDGING = QT_TRANSLATE_NOOP("RunTable", "ended …")
#: Every word the Outcome column can show, in English (the column is sized for the longest).
SHORT_STOP = (RUNNING, PAUSED, FAILED, JUDGING, LABEL_BARELY_MOVED, LABEL_STILL_DESCENDING,
              *(str(verdict_label(v)) for v in Verdict))
#: Verdicts that say the settings or the function let the run run away: shown in red.
ALARMING = frozenset({Verdict.DIVERGED, Verdict.UNBOUNDED, Verdict.GRADIENT_LOST})
#: What the fixed columns are sized for: three significant digits keep every f and |∇f| inside.
#: Start and Final x share the rest, and grow (never shrink: no jumping while runs animate) to
#: the widest point shown, so no cell is ever elided: when they outgrow the pane the table
#: scrolls sideways. Tooltips give six digits.
_SAMPLES = {0: "99", 2: "99999", 4: "1.23e−18", 5: "9.99e−9"}
_STRETCHED = (1, 3)
#: columns as wide as the widest text shown so far: the two points, f and |∇f| (sized for three
#: digits: "0.000541" is wider) and Outcome (sized for the common words; a rare long one,
#: "unbounded below", widens it when it appears)
_GROWN = (*_STRETCHED, 4, 5, STOP_COLUMN)
_OUTCOME_SAMPLES = (RUNNING, JUDGING)
SWATCH = 10  # pixels: the run's colour beside its number


def fmt(value: float, digits: int = 4) -> str:
    """``digits`` significant digits with a real minus sign; "—" when undefined."""
    if value is None or not math.isfinite(value):
        return "—" if value is None or math.isnan(value) else ("∞" if value > 0 else "−∞")
    text = f"{value:.{digits}g}"
    if "e" in text:  # 1e-05 → 1e−5: the exponent's padding only costs width
        mantissa, exponent = text.split("e")
        text = f"{mantissa}e{int(exponent)}"
    return text.replace("-", "−")


def fmt_point(x, digits: int = 4) -> str:
    return f"({fmt(float(x[0]), digits)}, {fmt(float(x[1]), digits)})"


#: The table is narrow: three digits there, the step box and the tooltips give four.
TABLE_DIGITS = 3


def _cell_point(x, digits: int) -> str:
    """A point in a table cell: the column header says it is a point, so no parentheses."""
    return format_point(x, digits, brackets=False)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RunTable", text)


def short_status(run: Run) -> str:
    """The run's verdict in a word or two (``Run.status_text()`` is the whole sentence)."""
    if run.error is not None:
        return _tr(FAILED)
    if run.diagnosis is not None:
        return render(run.diagnosis.label)
    if run.stop_reason is not None:
        return _tr(JUDGING)
    return _tr(PAUSED) if run.paused else _tr(RUNNING)


class RunTableModel(QAbstractTableModel):
    """Rows are run ids in start order; cells read the live ``Run`` objects."""

    def __init__(self, controller: RunController, verdicts=None, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._ids: list[int] = []
        self._rows: dict[int, int] = {}  # run id → row: lookups stay O(1) with thousands of runs
        # Rows change every animation frame; the eye reads numbers far slower, and every
        # dataChanged repaints the view: coalesce updates to a few per second.
        self._dirty: set[int] = set()
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(UPDATE_MS)
        self._flush_timer.timeout.connect(self.flush)
        controller.runsAdded.connect(self._on_added)
        controller.runsChanged.connect(self._on_changed)
        controller.runsEnded.connect(self._on_ended)
        controller.runFailed.connect(lambda run_id, _msg: self._on_ended([run_id]))
        controller.runRemoved.connect(self._on_removed)
        controller.runsCleared.connect(self._on_cleared)
        if verdicts is not None:  # gui.run_verdicts.RunVerdicts: a verdict shows as soon as it is known
            verdicts.runsDiagnosed.connect(self._on_ended)

    # -- model API -----------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return _tr(COLUMNS[section])
            if role == Qt.ItemDataRole.ToolTipRole:
                return _tr(_TIPS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        run = self.controller.runs.get(self._ids[index.row()])
        if run is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(run, column)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return QColor(run.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STOP_COLUMN:
                ended = run.status_message()
                return render(ended) if ended is not None else short_status(run)
            return self._text(run, column, digits=6)
        if role == Qt.ItemDataRole.ForegroundRole and column == STOP_COLUMN:
            if run.error is not None or (run.diagnosis is not None and run.diagnosis.verdict in ALARMING):
                return QColor("#d62728")
        if role == Qt.ItemDataRole.TextAlignmentRole and 1 <= column <= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return run.run_id
        return None

    def run_id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, run_id: int) -> int:
        try:
            return self._rows[run_id]
        except KeyError:
            raise ValueError(f"run {run_id} is not in the table") from None

    # -- cells ---------------------------------------------------------------------------------
    @staticmethod
    def _text(run: Run, column: int, digits: int = TABLE_DIGITS) -> str:
        if column == 0:
            return str(run.run_id)
        if column == 1:
            return _cell_point(run.start, digits)
        if column == 2:
            return str(run.steps_shown)
        if column == STOP_COLUMN:
            return short_status(run)
        if run.n_shown == 0:
            return "—"
        last = run.n_shown - 1
        if column == 3:
            return _cell_point(run.xs[last], digits)
        if column == 4:
            return format_number(float(run.values[last]), digits)
        if column == 5:
            return format_number(float(np.linalg.norm(run.grads[last])), digits)
        return ""

    # -- controller signals --------------------------------------------------------------------
    def _on_added(self, run_ids: list) -> None:
        row = len(self._ids)
        self.beginInsertRows(QModelIndex(), row, row + len(run_ids) - 1)
        for k, run_id in enumerate(run_ids):
            self._rows[run_id] = row + k
        self._ids.extend(run_ids)
        self.endInsertRows()

    def _on_changed(self, run_ids: list) -> None:
        self._dirty.update(run_ids)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _on_ended(self, run_ids: list) -> None:
        self._dirty.update(run_ids)
        self.flush()  # the stop reason appears at once

    def flush(self) -> None:
        """Repaint the rows of runs that changed since the last flush."""
        self._flush_timer.stop()
        rows = sorted(self._rows[r] for r in self._dirty if r in self._rows)
        self._dirty.clear()
        if rows:
            self.dataChanged.emit(self.index(rows[0], 0), self.index(rows[-1], len(COLUMNS) - 1))

    def _on_removed(self, run_id: int) -> None:
        try:
            row = self._rows[run_id]
        except KeyError:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._ids[row]
        self._rows = {run_id: k for k, run_id in enumerate(self._ids)}
        self.endRemoveRows()

    def _on_cleared(self) -> None:
        self.beginResetModel()
        self._ids.clear()
        self._rows.clear()
        self._dirty.clear()
        self.endResetModel()


class RunTable(Retranslatable, QTableView):
    """The run table view. ``selectionChanged`` is re-emitted as ``runsSelected(list[int])``."""

    runsSelected = Signal(list)

    def __init__(self, controller: RunController, parent: QWidget | None = None, *, verdicts=None) -> None:
        super().__init__(parent)
        self.table_model = RunTableModel(controller, verdicts, self)
        self.setModel(self.table_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        # Fixed widths measured once from sample texts: columns that followed their contents
        # would jump on every animation frame and push the Stop column out of sight.
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setIconSize(QSize(SWATCH, SWATCH))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self._needed = dict.fromkeys(_GROWN, 0)  # the widest text shown so far in Start, Final x, Outcome
        self._fit_columns()
        self.table_model.dataChanged.connect(lambda first, last, *_: self._grow(first.row(), last.row()))
        self.table_model.rowsInserted.connect(lambda _parent, first, last: self._grow(first, last))
        self.table_model.modelReset.connect(self._reset_widths)
        self.selectionModel().selectionChanged.connect(lambda *_: self.runsSelected.emit(self.selected_run_ids()))
        self.controller = controller
        # Widths only grow while runs animate (no jumping); once every run has ended they are
        # measured afresh, so a diverging run's passing 1e12 leaves no needless scroll bar.
        controller.runsEnded.connect(lambda *_: QTimer.singleShot(0, self._refit_when_idle))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The tooltip, the headers and the Outcome words in the current language, the columns
        measured again for them."""
        self.setToolTip(self.tr("Select runs to highlight them; right-click to pause, step, cancel or remove them"))
        model = self.table_model
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        rows = model.rowCount()
        if rows:
            model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, len(COLUMNS) - 1))
        self._reset_widths()  # the words' widths changed: measured again (Outcome and the points)
        if rows:
            self._grow(0, rows - 1)

    def _fit_columns(self) -> None:
        metrics = self.fontMetrics()
        header_metrics = self.horizontalHeader().fontMetrics()
        # A cell's text margins (Fusion: focus-frame margin + 1 per side) and a little air.
        padding = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 4
        for column, samples in _SAMPLES.items():
            samples = (samples,) if isinstance(samples, str) else tuple(map(_tr, samples))
            width = max(*(metrics.horizontalAdvance(text) for text in samples),
                        header_metrics.horizontalAdvance(_tr(COLUMNS[column])))
            self.setColumnWidth(column, width + padding + (SWATCH + 4 if column == 0 else 0))
        self.horizontalHeader().setMinimumSectionSize(metrics.horizontalAdvance("(…)") + padding)
        self._padding = padding
        needed = getattr(self, "_needed", {})  # a style change may come before __init__ set it
        # the points' floor is their header: they grow to what they show (a wider floor made the
        # table scroll for a few pixels with short points beside a long one)
        floor = max(header_metrics.horizontalAdvance(_tr(COLUMNS[c])) for c in _STRETCHED) + padding
        outcome = max(header_metrics.horizontalAdvance(_tr(COLUMNS[STOP_COLUMN])),
                      *(metrics.horizontalAdvance(_tr(t)) for t in _OUTCOME_SAMPLES)) + padding
        floors = {c: floor for c in _STRETCHED} | {STOP_COLUMN: outcome} | {c: self.columnWidth(c) for c in (4, 5)}
        self._needed = {c: max(needed.get(c, 0), floors[c]) for c in _GROWN}
        self._lay_out_columns()

    def _grow(self, first: int, last: int) -> None:
        """Widen Start or Final x to the texts of the changed rows that are on screen (a swarm
        changes thousands of rows a frame; only the visible ones can be elided)."""
        top = self.rowAt(0)
        bottom = self.rowAt(self.viewport().height() - 1)
        top = first if top < 0 else max(first, top)
        bottom = last if bottom < 0 else min(last, bottom)
        if bottom - top > 200:  # before the first layout every row counts as visible
            bottom = top + 200
        metrics = self.fontMetrics()
        model = self.table_model
        grown = False
        for column in _GROWN:
            widest = max((metrics.horizontalAdvance(model.data(model.index(row, column)) or "")
                          for row in range(top, bottom + 1)), default=0) + self._padding
            if widest > self._needed[column]:
                self._needed[column] = widest
                grown = True
        if grown:
            self._lay_out_columns()

    def _reset_widths(self) -> None:
        self._needed = {}
        self._fit_columns()

    def _refit_when_idle(self) -> None:
        if self.controller.any_live():
            return
        self.table_model.flush()
        self._reset_widths()
        rows = self.table_model.rowCount()
        if rows:
            self._grow(0, rows - 1)

    def _lay_out_columns(self) -> None:
        """Start and Final x share what the fixed columns leave, each at least as wide as its
        widest text; when that is more than the pane, the table scrolls sideways."""
        for column in _GROWN:
            if column not in _STRETCHED:
                self.setColumnWidth(column, self._needed[column])
        fixed = sum(self.columnWidth(c) for c in range(len(COLUMNS)) if c not in _STRETCHED)
        free = self.viewport().width() - fixed
        # each its widest text, and what is left shared equally (whole pixels: never one too many)
        spare = max(0, free - 1 - sum(self._needed[c] for c in _STRETCHED)) // len(_STRETCHED)
        for column in _STRETCHED:
            self.setColumnWidth(column, int(self._needed[column] + spare))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if hasattr(self, "_padding"):
            self._lay_out_columns()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_columns()

    def run_menu(self, run_ids: list[int]) -> QMenu:
        """The per-run actions for ``run_ids`` (what right-clicking the selected rows shows)."""
        ctl = self.controller
        menu = QMenu(self)
        live = [i for i in run_ids if i in ctl.runs and not ctl.run(i).ended]
        paused = [i for i in live if ctl.run(i).paused]
        # One run or several: English says "run 3" or "runs 1, 2" (the ids are listed, not counted,
        # so this is a choice of two texts rather than a %n plural; Korean and Japanese say both alike).
        several = len(run_ids) > 1
        entries = (
            (self.tr("Pause runs %1") if several else self.tr("Pause run %1"),
             lambda: [ctl.pause(i) for i in live], bool(live) and len(paused) < len(live)),
            (self.tr("Resume runs %1") if several else self.tr("Resume run %1"),
             lambda: [ctl.resume(i) for i in paused], bool(paused)),
            (self.tr("Step runs %1") if several else self.tr("Step run %1"),
             lambda: [ctl.step(i) for i in live], bool(live)),
            (self.tr("Cancel runs %1") if several else self.tr("Cancel run %1"),
             lambda: [ctl.cancel(i) for i in live], bool(live)),
            (self.tr("Remove runs %1") if several else self.tr("Remove run %1"),
             lambda: [ctl.remove(i) for i in run_ids], bool(run_ids)),
        )
        ids = self.tr(", ", "between run numbers").join(map(str, run_ids))
        for text, slot, enabled in entries:
            act = menu.addAction(text.replace("%1", ids))
            act.setEnabled(enabled)
            act.triggered.connect(slot)
        return menu

    def _context_menu(self, pos) -> None:
        index = self.indexAt(pos)
        if index.isValid() and index.row() not in {i.row() for i in self.selectionModel().selectedRows()}:
            self.select_runs([self.table_model.run_id_at(index.row())])
        run_ids = self.selected_run_ids()
        if run_ids:
            self.run_menu(run_ids).exec(self.viewport().mapToGlobal(pos))

    def selected_run_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [self.table_model.run_id_at(row) for row in rows]

    def select_runs(self, run_ids) -> None:
        """Select exactly ``run_ids`` (those still in the table)."""
        selection = self.selectionModel()
        selection.clearSelection()
        for run_id in run_ids:
            try:
                row = self.table_model.row_of(run_id)
            except ValueError:
                continue
            selection.select(self.table_model.index(row, 0),
                             QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


__all__ = ["COLUMNS", "RunTable", "RunTableModel", "fmt", "fmt_point", "short_status"]
