"""Number entry that refuses out-of-range input with a reason, instead of clamping it.

A :class:`NumberField` keeps the last value it accepted. While the text does not parse or is out
of range, the field gets a red border, the reason appears right under it ("η must be between
1e−6 and 100") and ``value()`` still returns the last accepted number: nothing typed is lost and
nothing is silently changed. :class:`LogNumberField` adds a log-scale slider kept in sync.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSlider, QVBoxLayout, QWidget

#: Style for a field whose text was refused (kept small: only the border changes).
INVALID_STYLE = "QLineEdit { border: 2px solid #d62728; border-radius: 3px; padding: 1px; }"
ERROR_LABEL_STYLE = "color: #d62728; font-size: 11px;"


def format_number(value: float) -> str:
    """Short text for a number, with a real minus sign for the user to read ("1e−06" → "1e−6")."""
    text = f"{value:g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}e{int(exponent)}"
    return text.replace("-", "−")


def parse_number(text: str) -> float:
    """Parse what a user types ("0.1", "1e-6", "1E−6"; the typographic minus is accepted).

    Raises ``ValueError`` with a short reason.
    """
    cleaned = text.strip().replace("\u2212", "-").replace(" ", "")
    if not cleaned:
        raise ValueError("enter a number")
    try:
        value = float(cleaned)
    except ValueError:
        raise ValueError(f"“{text.strip()}” is not a number") from None
    if not math.isfinite(value):
        raise ValueError("enter a finite number")
    return value


class NumberField(QWidget):
    """A line edit for one bounded number, with the refusal reason shown under it.

    Args:
        symbol: the name used in messages ("η", "steps", "h").
        low, high: the accepted closed range.
        value: the initial value (must be in range).
        integer: accept whole numbers only.
        tooltip: one line shown on hover.

    Signals:
        valueChanged(float): a new value was accepted.
        validityChanged(bool): the text switched between accepted and refused.
    """

    valueChanged = Signal(float)
    validityChanged = Signal(bool)

    def __init__(self, symbol: str, low: float, high: float, value: float, *,
                 integer: bool = False, tooltip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.symbol = symbol
        self.low = float(low)
        self.high = float(high)
        self.integer = integer
        self._value = float(value)
        self._valid = True
        self.edit = QLineEdit(format_number(self._value).replace("−", "-"))
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

    # -- public API ----------------------------------------------------------------------------
    def value(self) -> float:
        """The last accepted value (unchanged while the text is refused)."""
        return int(self._value) if self.integer else self._value

    def is_valid(self) -> bool:
        """Whether the current text is accepted."""
        return self._valid

    def error(self) -> str:
        """The reason the current text is refused, or ``""``."""
        return "" if self._valid else self.error_label.text()

    def range_message(self) -> str:
        """The rule, in the words shown to the user."""
        kind = "a whole number" if self.integer else "a number"
        return (f"{self.symbol} must be {kind} between {format_number(self.low)} "
                f"and {format_number(self.high)}")

    def set_value(self, value: float) -> None:
        """Set the value programmatically; raises ``ValueError`` (with the reason) when out of range."""
        self._check(float(value))
        self.edit.setText(self._display(float(value)))

    def set_text(self, text: str) -> None:
        """Type ``text`` as the user would (accepted or refused with a reason)."""
        self.edit.setText(text)

    # -- internals -----------------------------------------------------------------------------
    def _display(self, value: float) -> str:
        return str(int(value)) if self.integer else format_number(value).replace("−", "-")

    def _check(self, value: float) -> float:
        if self.integer and value != int(value):
            raise ValueError(self.range_message())
        if not self.low <= value <= self.high:
            raise ValueError(self.range_message())
        return value

    def _on_text(self, text: str) -> None:
        try:
            value = self._check(parse_number(text))
        except ValueError as exc:
            message = str(exc)
            if message in ("enter a number", "enter a finite number") or message.endswith("is not a number"):
                message = f"{message}: {self.range_message()}"
            self._set_valid(False, message)
            return
        self._set_valid(True, "")
        if value != self._value:
            self._value = value
            self._on_accepted(value)
            self.valueChanged.emit(self.value())

    def _on_accepted(self, value: float) -> None:
        """Hook for subclasses that mirror the value elsewhere (the slider)."""

    def _set_valid(self, valid: bool, message: str) -> None:
        self.edit.setStyleSheet("" if valid else INVALID_STYLE)
        self.error_label.setText(message)
        self.error_label.setVisible(not valid)
        self.edit.setToolTip(self.toolTip() if valid else message)
        if valid != self._valid:
            self._valid = valid
            self.validityChanged.emit(valid)


class LogNumberField(NumberField):
    """A :class:`NumberField` with a log-scale slider beside it (both always agree).

    The slider has ``ticks_per_decade`` positions per power of ten; moving it writes a value
    rounded to three significant digits into the text, which is then validated like typing.
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
        self.slider.setToolTip(tooltip + " (log scale)" if tooltip else "log scale")
        self.slider.setPageStep(ticks_per_decade)
        self.edit.setMaximumWidth(90)
        self._row.insertWidget(0, self.slider, 2)
        self._sync_slider(self._value)
        self.slider.valueChanged.connect(self._on_slider)

    def _to_tick(self, value: float) -> int:
        return round((math.log10(value) - self._log_low) * self._ticks)

    def _sync_slider(self, value: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(self._to_tick(value))
        self.slider.blockSignals(False)

    def _on_slider(self, tick: int) -> None:
        value = 10 ** (self._log_low + tick / self._ticks)
        value = min(max(float(f"{value:.3g}"), self.low), self.high)
        self.edit.setText(self._display(value))

    def _on_accepted(self, value: float) -> None:
        self._sync_slider(value)
