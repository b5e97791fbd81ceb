"""The "Formula…" box: live validation by the real parser, its message and column shown in place.

Nothing typed is ever evaluated by Python: the text goes to ``numerics.formula.parse_formula``
(an allowlist AST parser), which either returns a vectorised function or raises
``FormulaError`` with a reason (and, when it knows one, the column of the culprit). The reason is
the error's :class:`~numerics.messages.Message`, shown through ``gui.i18n.render`` and said again
after a language switch.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from gui.controls.validated_field import ERROR_LABEL_STYLE, INVALID_STYLE
from gui.i18n import Retranslatable, render
from numerics.messages import Message

OK_LABEL_STYLE = "color: #2a7a2a; font-size: 11px;"


def check_formula(text: str) -> str | None:
    """``None`` when ``text`` is a formula the parser accepts, else the reason for the user (in
    the language shown; the column of the culprit, when known, is part of it)."""
    from numerics.formula import FormulaError, parse_formula

    try:
        parse_formula(text)
    except FormulaError as exc:
        carried = getattr(exc, "message", None)
        if isinstance(carried, Message):
            return render(carried)  # "<reason> at column <n> — <hint>", translated
        message = str(exc)
        column = getattr(exc, "column", None)
        if isinstance(column, int) and "column" not in message:
            message = f"column {column}: {message}"
        return message
    except Exception as exc:  # noqa: BLE001 - whatever the parser trips on must reach the user as text
        return f"{type(exc).__name__}: {exc}"
    return None


class FormulaField(Retranslatable, QWidget):
    """A line edit for f(x0, x1) with a "Use" button; refuses invalid text with the parser's reason.

    Signals:
        formulaApplied(str): the user asked for a formula the parser accepted (Enter or "Use").
    """

    formulaApplied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.use_button = QPushButton()
        self.use_button.setEnabled(False)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.use_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self._error: str | None = None
        self.edit.textChanged.connect(self._validate)
        self.edit.returnPressed.connect(self.apply)
        self.use_button.clicked.connect(self.apply)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every text in the language shown; the verdict on the text typed is said again."""
        if not hasattr(self, "use_button"):  # a LanguageChange before __init__ has built the widgets
            return
        self.edit.setPlaceholderText(self.tr("Formula…  e.g. x0**2 + x1**2"))
        self.edit.setToolTip(self.tr("Type f(x0, x1) and press Enter: + − * / ** and sin, cos, exp, log, sqrt, abs…"))
        self.use_button.setText(self.tr("Use"))
        self.use_button.setToolTip(self.tr("Draw this formula's field (gradients are then numerical)"))
        if self.edit.text().strip():
            self._validate(self.edit.text())

    def text(self) -> str:
        return self.edit.text()

    def error(self) -> str | None:
        """The parser's reason for refusing the current text (``None`` when accepted or empty)."""
        return self._error

    def set_text(self, text: str) -> None:
        """Type ``text`` as the user would (validated live)."""
        self.edit.setText(text)

    def apply(self) -> bool:
        """Emit ``formulaApplied`` if the current text is accepted; return whether it was."""
        text = self.edit.text().strip()
        if not text or self._error is not None:
            return False
        self.formulaApplied.emit(text)
        return True

    def _validate(self, text: str) -> None:
        if not text.strip():
            self._error = None
            self.edit.setStyleSheet("")
            self.message.hide()
            self.use_button.setEnabled(False)
            return
        self._error = check_formula(text)
        valid = self._error is None
        self.edit.setStyleSheet("" if valid else INVALID_STYLE)
        self.message.setStyleSheet(OK_LABEL_STYLE if valid else ERROR_LABEL_STYLE)
        self.message.setText(self.tr("valid formula: press Enter to use it") if valid else self._error)
        self.message.show()
        self.use_button.setEnabled(valid)
