"""The Network tab's ``simpleNet`` page: the gradient of a loss with respect to a 2×3 weight matrix.

Chapter 4.4.2 in one table: the book's ``W`` (or a random one), the input x = (0.6, 0.9), the
target t = (0, 0, 1), the scores x·W, the loss, and ``dW = numerical_gradient(f, net.W)`` with
``f = lambda w: net.loss(x, t)`` — every entry of dW read out in words: "raising w₁₁ by h raises the
loss by about 0.22·h". With the book's W the numbers are the book's (agreement to ~1e−7: the book
printed W rounded). Twelve loss evaluations: microseconds, so no job is needed.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QWidget

from gui.labs.figure_style import NOTE_STYLE, monospace_font
from gui.labs.lab_base import LabWidget, labelled_row
from gui.workers.compute_thread import ComputeThread
from numerics.network import SimpleNet, book, numerical_gradient_params, softmax
from numerics.numbers import format_number

SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉"


def subscript(i: int, j: int) -> str:
    """``w₁₂`` numbering, 1-based as the book's text writes it."""
    return SUBSCRIPTS[i + 1] + SUBSCRIPTS[j + 1]


class SimpleNetPage(LabWidget):
    """The 2×3 dW table and its reading; ``W`` is the book's until *Random W* is pressed."""

    def __init__(self, compute: ComputeThread | None = None, parent: QWidget | None = None) -> None:
        super().__init__(compute, parent)
        self.x = np.array(book.SIMPLE_NET_X, dtype=np.float64)
        self.t = np.array(book.SIMPLE_NET_T, dtype=np.float64)
        self.net = SimpleNet(np.array(book.SIMPLE_NET_W))
        self.dW = np.zeros((2, 3))
        self.is_book = True

        self.book_button = QPushButton()
        self.random_button = QPushButton()
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2**31 - 1)
        self.seed_label = QLabel()
        self.controls.addRow(self.book_button)
        self.controls.addRow(self.seed_label, labelled_row(self.seed_spin, self.random_button))
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.controls.addRow(self.explain)
        self.book_button.clicked.connect(self.use_book_w)
        self.random_button.clicked.connect(self.use_random_w)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.w_title, self.w_table = QLabel(), self._table()
        self.dw_title, self.dw_table = QLabel(), self._table()
        self.readout = QLabel()
        self.readout.setWordWrap(True)
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.check = QLabel()
        self.check.setWordWrap(True)
        self.check.setStyleSheet(NOTE_STYLE)
        for widget in (self.heading, self.w_title, self.w_table, self.dw_title, self.dw_table, self.readout, self.check):
            self.figure_layout.addWidget(widget)
        self.figure_layout.addStretch(1)
        self.retranslate_ui()
        self.set_theme(self.theme)
        self.recompute()

    @staticmethod
    def _table() -> QTableWidget:
        table = QTableWidget(2, 3)
        table.setFont(monospace_font())
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setMaximumHeight(96)
        return table

    def retranslate_ui(self) -> None:
        super().retranslate_ui()  # the bound texts and the error shown (LabWidget)
        self.book_button.setText(self.tr("The book's W"))
        self.random_button.setText(self.tr("Random W"))
        self.random_button.setToolTip(self.tr("Draw W from N(0, 1) with this seed (as the book's "
                                              "np.random.randn(2, 3) after np.random.seed)"))
        self.seed_label.setText(self.tr("seed"))
        self.explain.setText(self.tr(
            "f = lambda w: net.loss(x, t) ignores its argument: numerical_gradient nudges net.W itself, "
            "one entry at a time, by ±h, and puts it back. Each entry of dW says how fast the loss "
            "changes when that one weight changes."))
        self.w_title.setText(self.tr("W (weights: 2 inputs × 3 classes)"))
        self.dw_title.setText(self.tr("dW = numerical_gradient(f, net.W)"))
        for table in (self.w_table, self.dw_table):
            table.setHorizontalHeaderLabels([self.tr("class %1").replace("%1", str(j + 1)) for j in range(3)])
            table.setVerticalHeaderLabels([self.tr("input %1").replace("%1", str(i + 1)) for i in range(2)])
        if hasattr(self, "dW"):
            self._show()

    # -- W ---------------------------------------------------------------------------------------
    @Slot()
    def use_book_w(self) -> None:
        self.net = SimpleNet(np.array(book.SIMPLE_NET_W))
        self.is_book = True
        self.recompute()

    @Slot()
    def use_random_w(self) -> None:
        self.net = SimpleNet(seed=self.seed_spin.value())
        self.is_book = False
        self.recompute()

    def recompute(self) -> None:
        """dW by the book's idiom: the closure reads ``net.W``, which is nudged in place."""
        net, x, t = self.net, self.x, self.t
        f = lambda w: net.loss(x, t)  # noqa: E731 - the book's idiom, on purpose
        self.dW = numerical_gradient_params(f, net.W)
        self._show()

    def reading(self, i: int, j: int) -> str:
        """One entry of dW in words."""
        g = float(self.dW[i, j])
        name = "w" + subscript(i, j)
        amount = format_number(abs(g), 2)
        if g > 0:
            text = self.tr("raising %1 by h raises the loss by about %2·h")
        elif g < 0:
            text = self.tr("raising %1 by h lowers the loss by about %2·h")
        else:
            text = self.tr("raising %1 by h leaves the loss as it is")
        return text.replace("%1", name).replace("%2", amount)

    def _show(self) -> None:
        fg = self.theme.foreground
        scores = self.net.predict(self.x)
        probs = softmax(scores)
        loss = self.net.loss(self.x, self.t)
        vec = lambda v: "(" + ", ".join(format_number(float(a), 8) for a in v) + ")"  # noqa: E731
        which = self.tr("the book's W") if self.is_book else self.tr("a random W (seed %1)").replace(
            "%1", str(self.seed_spin.value()))
        title = self.tr("simpleNet (section 4.4.2)")  # not inside the f-string: lupdate would not see it
        self.heading.setText(
            f"<div style='color:{fg}'><b>{title}</b> — {which}<br>"
            + self.tr("x = %1, t = %2 (the right answer is class 3)").replace("%1", vec(self.x)).replace("%2", vec(self.t))
            + "<br>" + self.tr("scores x·W = %1, softmax = %2, argmax = class %3").replace("%1", vec(scores))
            .replace("%2", vec(probs)).replace("%3", str(int(np.argmax(scores)) + 1))
            + "<br>" + self.tr("loss = %1").replace("%1", format_number(loss, None)) + "</div>")
        for table, values in ((self.w_table, self.net.W), (self.dw_table, self.dW)):
            for i in range(2):
                for j in range(3):
                    item = QTableWidgetItem(format_number(float(values[i, j]), 8))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    table.setItem(i, j, item)
        lines = [self.reading(i, j) for i in range(2) for j in range(3)]
        self.readout.setText(f"<div style='color:{fg}'>" + "<br>".join(lines) + "</div>")
        # Why the table looks as it does, true for any W: dW[i, j] = x_i·(y_j − t_j).
        notes = [self.tr("Each entry is x_i·(softmax_j − t_j): the second row is %1 × the first (x₂/x₁), and "
                         "each row sums to 0 (the probabilities and t both sum to 1).")
                 .replace("%1", format_number(self.x[1] / self.x[0], 3))]
        if self.is_book:
            diff = float(np.max(np.abs(self.dW - np.array(book.SIMPLE_NET_DW))))
            printed = "[" + ", ".join("[" + ", ".join(format_number(v, 8) for v in row) + "]"
                                      for row in book.SIMPLE_NET_DW) + "]"
            notes.append(self.tr("The book prints dW = %1: the same to %2 (it printed W rounded to 8 digits).")
                         .replace("%1", printed).replace("%2", format_number(diff, 2)))
        self.check.setText(" ".join(notes))

    # -- the lab contract ------------------------------------------------------------------------
    def run_preset_blocking(self) -> None:
        self.use_book_w()
        self.settle()

    def redraw(self) -> None:
        self._show()
