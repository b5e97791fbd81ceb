"""The labs' number inputs: text fields read through ``numerics.numbers``, and step boxes.

Inputs that start a computation report when editing is finished — Enter, focus-out, an arrow
click — never on every keystroke: typing "20000" into a step box must start one computation,
not five (1, 20, 200, 2000, 20000).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QSpinBox

from numerics.numbers import format_number, parse_number


def number_edit(value: float, tip: str = "", width: int | None = None) -> QLineEdit:
    """A text field holding ``value`` (10 significant digits, an ASCII minus the user can edit)."""
    edit = QLineEdit(format_number(value, 10, ascii_minus=True))
    if tip:
        edit.setToolTip(tip)
    if width:
        edit.setMaximumWidth(width)
    return edit


def read_number(edit: QLineEdit, name: str) -> float:
    """The finite number in ``edit``, or ``NumberError`` (a ``ValueError``) naming the field."""
    return parse_number(edit.text(), name=name)


def step_box(value: int, maximum: int, minimum: int = 1, tip: str = "") -> QSpinBox:
    """A spin box whose ``valueChanged`` fires when editing is finished, not per keystroke."""
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setValue(value)
    box.setKeyboardTracking(False)
    if tip:
        box.setToolTip(tip)
    return box
