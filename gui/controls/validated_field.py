"""Number entry that refuses out-of-range input with a reason, instead of clamping it.

A :class:`NumberField` keeps the last value it accepted. The text is checked on every keystroke
(red border, and the reason right under it: "η must be a number between 1e−6 and 100, got
1000") but a value is *committed* — ``valueChanged`` emitted — only when editing is finished
(Enter or focus out), so typing "20000" is one change, not five. While the text is refused,
``value()`` still returns the last accepted number: nothing typed is lost and nothing is
silently changed. :class:`LogNumberField` adds a log-scale slider kept in sync.

Text is read by ``gui.model.validation.read_number`` (``numerics.numbers.parse_number``, and
whole numbers exactly) and checked by ``gui.model.validation.Limit.check``: the same reader and the same rule (and words) as the
command line, session files and the settings store.

The reason is kept as a :class:`~numerics.messages.Message` and shown through ``gui.i18n.render``:
after a language switch (or :meth:`NumberField.set_texts`, which gives the field its name in the
new language) the reason under the field is said again in the language shown.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSlider, QVBoxLayout, QWidget

from gui.i18n import Retranslatable, render
from gui.model.validation import NAMED_REASON, TEXT_EXPECTED, Limit, ValidationError, read_number
from numerics.messages import Message, MessageError
from numerics.numbers import NumberError, format_number

__all__ = ["ERROR_LABEL_STYLE", "INVALID_STYLE", "LogNumberField", "NumberField"]

#: Style for a field whose text was refused (kept small: only the border changes).
INVALID_STYLE = "QLineEdit { border: 2px solid #d62728; border-radius: 3px; padding: 1px; }"
ERROR_LABEL_STYLE = "color: #d62728; font-size: 11px;"


class NumberField(Retranslatable, QWidget):
    """A line edit for one bounded number, with the refusal reason shown under it.

    Args:
        symbol: the field's symbol ("η", "steps", "h"): its object name ``field-<symbol>``, and
            the name used in messages unless ``name`` is given.
        low, high: the accepted closed range.
        value: the initial value (must be in range).
        integer: accept whole numbers only.
        tooltip: one line shown on hover.
        name: the field's name in messages, in the language shown ("steps" → "단계 수"); the
            owner gives it again, with the tooltip, after a language switch (:meth:`set_texts`).

    Signals:
        valueChanged(float): a new value was committed (Enter, focus out, the slider, ``set_text``).
        validityChanged(bool): the text switched between accepted and refused.
    """

    valueChanged = Signal(float)
    validityChanged = Signal(bool)

    def __init__(self, symbol: str, low: float, high: float, value: float, *,
                 integer: bool = False, tooltip: str = "", name: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.symbol = symbol
        self.name = symbol if name is None else name
        self.limit = Limit(low, high, integer)
        self.low = float(low)
        self.high = float(high)
        self.integer = integer
        self._value = self.limit.check(symbol, value)
        self._valid = True
        self._error: Message | None = None  # why the text is refused, rendered where shown
        self.edit = QLineEdit(self._display(self._value))
        self.edit.setToolTip(tooltip)
        self.edit.setObjectName(f"field-{symbol}")
        self.error_label = QLabel("")
        self.error_label.setStyleSheet(ERROR_LABEL_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addWidget(self.edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self._row)
        layout.addWidget(self.error_label)
        self.setToolTip(tooltip)
        self.edit.textChanged.connect(self._on_text)
        self.edit.editingFinished.connect(self._on_editing_finished)

    # -- public API ----------------------------------------------------------------------------
    def value(self) -> float:
        """The last committed value (unchanged while the text is refused or being edited)."""
        return int(self._value) if self.integer else self._value

    def is_valid(self) -> bool:
        """Whether the current text is accepted."""
        return self._valid

    def error(self) -> str:
        """The reason the current text is refused (in the language shown), or ``""``."""
        return "" if self._valid or self._error is None else render(self._error)

    def error_message(self) -> Message | None:
        """The reason the current text is refused, as a Message (None when accepted)."""
        return None if self._valid else self._error

    def range_message(self) -> str:
        """The rule, in the words shown to the user."""
        return render(self.limit.rule(self.name))

    def set_texts(self, *, name: str | None = None, tooltip: str | None = None) -> None:
        """Give the field its name in messages and its tooltip (in the language now shown); the
        reason under a refused text is said again with them."""
        if name is not None:
            self.name = name
        if tooltip is not None:
            self._set_tooltip(tooltip)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Say the reason for a refused text again, in the language shown."""
        if hasattr(self, "edit"):  # the mixin may call this before __init__ has built the edit
            self._on_text(self.edit.text())

    def set_value(self, value: float) -> None:
        """Show ``value`` (a program's value, not an edit: no ``valueChanged``); raises
        ``ValueError`` with the reason when out of range."""
        try:
            checked = self.limit.check(self.name, value)
        except ValidationError as exc:
            raise MessageError(Message(NAMED_REASON, {"name": self.name, "reason": exc.reason})) from None
        self._value = checked
        self._on_accepted(float(checked))
        if self._parse(self.edit.text()) != checked:
            self.edit.setText(self._display(checked))  # exact text: a later focus-out commits nothing new
        self._set_valid(True, None)

    def set_text(self, text: str) -> None:
        """Type ``text`` and finish editing, as the user would (committed, or refused with a reason)."""
        self.edit.setText(text)
        self._commit()

    # -- internals -----------------------------------------------------------------------------
    def _display(self, value: float) -> str:
        # The shortest text that reads back as exactly this value: showing it never changes it.
        return str(int(value)) if self.integer else format_number(value, None, ascii_minus=True)

    def _parse(self, text: str) -> float | int | None:
        """The accepted value of ``text``, or None (the reason is then shown by _on_text)."""
        try:
            return self._check(text)
        except ValueError:
            return None

    def _check(self, text: str) -> float | int:
        """The value ``text`` stands for; ``MessageError`` with the words to show when refused."""
        try:
            number = read_number(text, name=self.name)
        except NumberError as exc:
            raise MessageError(Message(TEXT_EXPECTED, {"reason": exc.message,
                                                       "allowed": self.limit.allowed()})) from None
        try:
            return self.limit.check(self.name, number)
        except ValidationError as exc:
            raise MessageError(Message(NAMED_REASON, {"name": self.name, "reason": exc.reason})) from None

    def _on_text(self, text: str) -> None:
        # Every keystroke: show whether the text is acceptable; commit nothing yet.
        try:
            self._check(text)
        except MessageError as exc:
            self._set_valid(False, exc.message)
            return
        self._set_valid(True, None)

    def _on_editing_finished(self) -> None:
        if self.edit.isModified():  # focus passing through an untouched field commits nothing
            self.edit.setModified(False)
            self._commit()

    def _commit(self) -> None:
        value = self._parse(self.edit.text())
        if value is None or value == self._value:
            return
        self._value = value
        self._on_accepted(float(value))
        self.valueChanged.emit(float(self.value()))

    def _on_accepted(self, value: float) -> None:
        """Hook for subclasses that mirror the value elsewhere (the slider)."""

    def _set_tooltip(self, tooltip: str) -> None:
        self.setToolTip(tooltip)
        if self._valid:
            self.edit.setToolTip(tooltip)

    def _set_valid(self, valid: bool, message: Message | None) -> None:
        self._error = message
        text = "" if message is None else render(message)
        self.edit.setStyleSheet("" if valid else INVALID_STYLE)
        self.error_label.setText(text)
        self.error_label.setVisible(not valid)
        self.edit.setToolTip(self.toolTip() if valid else text)
        if valid != self._valid:
            self._valid = valid
            self.validityChanged.emit(valid)


class LogNumberField(NumberField):
    """A :class:`NumberField` with a log-scale slider beside it (both always agree).

    The slider has ``ticks_per_decade`` positions per power of ten; moving it writes a value
    rounded to three significant digits into the text and commits it.
    """

    def __init__(self, symbol: str, low: float, high: float, value: float, *,
                 ticks_per_decade: int = 100, tooltip: str = "", parent: QWidget | None = None) -> None:
        if low <= 0:
            raise ValueError("a log-scale field needs a positive lower bound")
        super().__init__(symbol, low, high, value, tooltip=tooltip, parent=parent)
        self._ticks = ticks_per_decade
        self._log_low = math.log10(low)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, round((math.log10(high) - self._log_low) * ticks_per_decade))
        self._set_slider_tooltip(tooltip)
        self.slider.setPageStep(ticks_per_decade)
        self.edit.setMaximumWidth(90)
        self._row.insertWidget(0, self.slider, 2)
        self._sync_slider(self._value)
        self.slider.valueChanged.connect(self._on_slider)

    def _set_tooltip(self, tooltip: str) -> None:
        super()._set_tooltip(tooltip)
        self._set_slider_tooltip(tooltip)

    def _set_slider_tooltip(self, tooltip: str) -> None:
        self.slider.setToolTip(self.tr("%1 (log scale)").replace("%1", tooltip) if tooltip else self.tr("log scale"))

    def _to_tick(self, value: float) -> int:
        return round((math.log10(value) - self._log_low) * self._ticks)

    def _sync_slider(self, value: float) -> None:
        # Widget-side only: the slider follows the committed value without reporting a move.
        self.slider.blockSignals(True)
        self.slider.setValue(self._to_tick(value))
        self.slider.blockSignals(False)

    def _on_slider(self, tick: int) -> None:
        value = 10 ** (self._log_low + tick / self._ticks)
        value = min(max(float(f"{value:.3g}"), self.low), self.high)
        self.set_text(self._display(value))

    def _on_accepted(self, value: float) -> None:
        self._sync_slider(value)

