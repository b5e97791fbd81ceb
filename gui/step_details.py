"""The step-details box: one step of one run, as recorded (x, f, ∇f, η∇f, the next x).

Every number comes from the run's recorded arrays; nothing is recomputed, so what is shown is
what the descent actually did. For SGD the step taken is exactly −η∇f; for the other rules the
box also shows the step actually taken, so the difference the optimizer makes is visible.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from gui.i18n import Retranslatable, render, translate
from gui.run_table import fmt, fmt_point

if TYPE_CHECKING:
    from gui.run_controller import Run

PLACEHOLDER = QT_TRANSLATE_NOOP("StepDetails", "Click a point of a path to see that step: x, ∇f, η∇f and the next x.")


class StepDetails(Retranslatable, QGroupBox):
    """Shows one step of one run; :meth:`show_step` fills it, :meth:`clear` empties it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label)
        self.run_id: int | None = None
        self.step: int | None = None
        self._run: Run | None = None  # the run shown, to write its step again in another language
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The title, the tooltip and the step shown (or the placeholder) in the current language."""
        self.setTitle(self.tr("Step details"))
        self.setToolTip(self.tr("The numbers of the step you clicked, as the run recorded them"))
        if self._run is None or not self.show_step(self._run, self.step):
            self.clear()

    def clear(self) -> None:
        self.run_id = self.step = None
        self._run = None
        self.label.setText(translate("StepDetails", PLACEHOLDER))

    def show_step(self, run: "Run", step: int) -> bool:
        """Show step ``step`` of ``run``; returns False (box unchanged) if it was not shown yet."""
        if not 0 <= step < run.n_shown:
            return False
        self.run_id, self.step, self._run = run.run_id, step, run
        x = run.xs[step]
        grad = run.grads[step]
        lr = float(run.config.lr)
        rows = [
            (self.tr("run"), f"<span style='color:{run.color}'>■</span> {run.run_id} "
                             f"({run.config.optimizer}, η = {fmt(lr)})"),
            (self.tr("step k"), str(step)),
            ("x⁽ᵏ⁾", fmt_point(x)),
            ("f(x⁽ᵏ⁾)", fmt(float(run.values[step]))),
            ("∇f(x⁽ᵏ⁾)", fmt_point(grad)),
            ("|∇f|", fmt(float(np.linalg.norm(grad)))),
            ("η∇f", fmt_point(lr * grad)),
        ]
        if step + 1 < run.n_shown:
            nxt = run.xs[step + 1]
            rows.append(("x⁽ᵏ⁺¹⁾", fmt_point(nxt)))
            if run.config.optimizer != "SGD":
                rows.append((self.tr("step taken"), fmt_point(nxt - x)))
        else:
            ended = run.status_message()
            rows.append(("x⁽ᵏ⁺¹⁾", self.tr("— (last point shown)") if ended is None
                         else f"— ({render(ended)})"))
        body = "".join(f"<tr><td style='padding-right:8px'><b>{name}</b></td><td>{value}</td></tr>"
                       for name, value in rows)
        self.label.setText(f"<table>{body}</table>")
        return True
