"""The Explorer's control panel: function, optimizer, stopping rule, gradient, animation.

Every number is typed into a :class:`~gui.controls.validated_field.NumberField`, which refuses
out-of-range text with the reason shown under it and keeps its last accepted value. The panel
never starts anything itself: it tells the window what changed (signals) and answers what the
current objective, descent settings and animation speed are.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from gui.controls.formula_field import FormulaField
from gui.controls.validated_field import LogNumberField, NumberField, format_number
from gui.model.session import LIMITS
from numerics.descent import DescentConfig
from numerics.differentiation import SCHEMES
from numerics.functions import CATALOGUE, objective_from_formula
from numerics.optimizers import OPTIMIZERS

if TYPE_CHECKING:
    from numerics.functions import Objective

#: The learning rates a user may type: the session files' range (numerics accepts a wider one
#: for its own labs), so whatever the panel accepts saves and loads again.
LR_RANGE = (LIMITS["lr"].low, LIMITS["lr"].high)
#: Animation speeds offered, in steps per second; ``math.inf`` reveals steps as they arrive.
SPEEDS: tuple[float, ...] = (1.0, 3.0, 10.0, 30.0, 100.0, 300.0, 1000.0, 3000.0, math.inf)
DEFAULT_SPEED = 30.0
FORMULA_ITEM = "formula"

SCHEME_TIPS = {
    "forward": "(f(x+h) − f(x)) / h: error ∝ h",
    "backward": "(f(x) − f(x−h)) / h: error ∝ h",
    "central": "(f(x+h) − f(x−h)) / 2h: error ∝ h², the book's choice",
    "richardson": "central differences at h and h/2 combined: error ∝ h⁴",
    "complex": "Im f(x + ih) / h: no cancellation, exact to rounding for analytic f",
}


def speed_label(speed: float) -> str:
    return "instant" if math.isinf(speed) else f"{speed:g} steps/s"


class ControlPanel(QWidget):
    """Side panel of the Explorer tab.

    Signals:
        objectiveChanged(Objective): the user picked a catalogue function or applied a formula.
        fieldOptionsChanged(bool numerical, float h, str scheme): what the field arrows use changed.
        speedChanged(float): animation speed in steps per second (``math.inf``: instant).
        settingsChanged(): any value changed (for persisting).
    """

    objectiveChanged = Signal(object)
    fieldOptionsChanged = Signal(bool, float, str)
    speedChanged = Signal(float)
    settingsChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._objective: Objective = next(iter(CATALOGUE.values()))
        self._hyper_values: dict[str, dict[str, float]] = {
            name: {key: spec.default for key, spec in cls.HYPERPARAMETERS.items()}
            for name, cls in OPTIMIZERS.items()
        }
        self.hyper_fields: dict[str, NumberField] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(8)
        layout.addWidget(self._build_function_group())
        layout.addWidget(self._build_optimizer_group())
        layout.addWidget(self._build_stopping_group())
        layout.addWidget(self._build_gradient_group())
        layout.addWidget(self._build_animation_group())
        layout.addStretch(1)
        self._rebuild_hyper_fields()
        self._sync_gradient_controls()

    # -- construction --------------------------------------------------------------------------
    def _build_function_group(self) -> QGroupBox:
        box = QGroupBox("Function")
        form = QFormLayout(box)
        self.function_combo = QComboBox()
        self.function_combo.setToolTip("The function f whose gradient field is drawn and descended")
        for name, objective in CATALOGUE.items():
            self.function_combo.addItem(objective.title, name)
        self.function_combo.addItem("Your formula", FORMULA_ITEM)
        self._set_formula_item_enabled(False)
        self.formula_label = QLabel()
        self.formula_label.setWordWrap(True)
        self.formula_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formula_label.setToolTip("The current f, in the syntax the Formula box accepts")
        self.formula_field = FormulaField()
        self.keep_paths_check = QCheckBox("Keep paths when changing function")
        self.keep_paths_check.setToolTip("Off: changing the function clears the paths; on: they stay drawn")
        form.addRow(self.function_combo)
        form.addRow(self.formula_label)
        form.addRow(self.formula_field)
        form.addRow(self.keep_paths_check)
        self.function_combo.currentIndexChanged.connect(self._on_function_index)
        self.formula_field.formulaApplied.connect(self.set_formula)
        self.keep_paths_check.toggled.connect(self.settingsChanged)
        self._show_formula_text()
        return box

    def _build_optimizer_group(self) -> QGroupBox:
        box = QGroupBox("Optimizer")
        self.optimizer_form = QFormLayout(box)
        self.optimizer_combo = QComboBox()
        self.optimizer_combo.setToolTip("The update rule applied at every step")
        for name in OPTIMIZERS:
            self.optimizer_combo.addItem(name, name)
        self.optimizer_rule = QLabel()
        self.optimizer_rule.setWordWrap(True)
        self.optimizer_rule.setToolTip("The update rule, as in the book")
        self.lr_field = LogNumberField(
            "η", *LR_RANGE, 0.1, tooltip="Learning rate η: how far each step moves along −∇f")
        self.optimizer_form.addRow("Rule", self.optimizer_combo)
        self.optimizer_form.addRow("", self.optimizer_rule)
        self.optimizer_form.addRow("η", self.lr_field)
        self.optimizer_combo.currentIndexChanged.connect(self._on_optimizer)
        self.lr_field.valueChanged.connect(self.settingsChanged)
        return box

    def _build_stopping_group(self) -> QGroupBox:
        box = QGroupBox("Stopping")
        form = QFormLayout(box)
        self.steps_field = NumberField("steps", LIMITS["steps"].low, LIMITS["steps"].high, 100, integer=True,
                                       tooltip="Most steps a run takes before it stops")
        self.tol_field = NumberField("tolerance", LIMITS["tol"].low, LIMITS["tol"].high, 1e-8,
                                     tooltip="A run has converged when |∇f| falls below this")
        form.addRow("Steps", self.steps_field)
        form.addRow("|∇f| <", self.tol_field)
        self.steps_field.valueChanged.connect(self.settingsChanged)
        self.tol_field.valueChanged.connect(self.settingsChanged)
        return box

    def _build_gradient_group(self) -> QGroupBox:
        box = QGroupBox("Gradient")
        form = QFormLayout(box)
        self.gradient_combo = QComboBox()
        self.gradient_combo.addItem("analytic (exact formula)", True)
        self.gradient_combo.addItem("numerical (finite differences)", False)
        self.gradient_combo.setToolTip("How ∇f is computed, for the arrows and for descent")
        self.h_field = NumberField("h", LIMITS["h"].low, LIMITS["h"].high, 1e-4,
                                   tooltip="Finite-difference step h (the book uses 1e-4)")
        self.scheme_combo = QComboBox()
        for scheme in SCHEMES:
            self.scheme_combo.addItem(scheme, scheme)
            self.scheme_combo.setItemData(self.scheme_combo.count() - 1, SCHEME_TIPS.get(scheme, scheme),
                                          Qt.ItemDataRole.ToolTipRole)
        self.scheme_combo.setCurrentIndex(max(self.scheme_combo.findData("central"), 0))
        self.scheme_combo.setToolTip("Difference scheme used for the numerical gradient")
        form.addRow("∇f", self.gradient_combo)
        form.addRow("h", self.h_field)
        form.addRow("Scheme", self.scheme_combo)
        self.gradient_combo.currentIndexChanged.connect(self._on_gradient_options)
        self.h_field.valueChanged.connect(self._on_gradient_options)
        self.scheme_combo.currentIndexChanged.connect(self._on_gradient_options)
        return box

    def _build_animation_group(self) -> QGroupBox:
        box = QGroupBox("Animation")
        form = QFormLayout(box)
        self.speed_combo = QComboBox()
        for speed in SPEEDS:
            self.speed_combo.addItem(speed_label(speed), speed)
        self.speed_combo.setCurrentIndex(SPEEDS.index(DEFAULT_SPEED))
        self.speed_combo.setToolTip("How fast computed steps are drawn (computing is never slowed)")
        form.addRow("Speed", self.speed_combo)
        self.speed_combo.currentIndexChanged.connect(lambda _i: self._emit_speed())
        return box

    # -- queries -------------------------------------------------------------------------------
    def objective(self) -> "Objective":
        """The objective the Explorer currently shows."""
        return self._objective

    def number_fields(self) -> list[NumberField]:
        """Every numeric field, hyper-parameters included (for validation)."""
        return [self.lr_field, *self.hyper_fields.values(), self.steps_field, self.tol_field, self.h_field]

    def invalid_reasons(self) -> list[str]:
        """Why the panel cannot start a run now (empty when every field is accepted)."""
        return [f.error() for f in self.number_fields() if not f.is_valid()]

    def numerical_gradient(self) -> bool:
        """Whether ∇f is computed by finite differences (always so for a user formula)."""
        return not (self.gradient_combo.currentData() and self._objective.has_analytic_gradient)

    def config(self) -> DescentConfig:
        """The descent settings now; raises ``ValueError`` naming every refused field.

        The escape box is the objective's box: a run has diverged when it leaves that box grown
        ``numerics.descent.ESCAPE_FACTOR``×, so a blown-up run stops long before overflow.
        """
        reasons = self.invalid_reasons()
        if reasons:
            raise ValueError("fix the highlighted setting first: " + "; ".join(reasons))
        optimizer = self.optimizer_combo.currentData()
        hyper = tuple((key, float(field.value())) for key, field in self.hyper_fields.items())
        config = DescentConfig(
            optimizer=optimizer, lr=float(self.lr_field.value()), hyper=hyper,
            steps=int(self.steps_field.value()), tol=float(self.tol_field.value()),
            h=float(self.h_field.value()), scheme=self.scheme_combo.currentData(),
            analytic=not self.numerical_gradient(), escape_box=tuple(self._objective.box))
        return config.validate()

    def speed(self) -> float:
        """Animation speed in steps per second (``math.inf`` for instant)."""
        return float(self.speed_combo.currentData())

    def keep_paths(self) -> bool:
        return self.keep_paths_check.isChecked()

    # -- changes -------------------------------------------------------------------------------
    def set_function(self, name: str) -> None:
        """Show the catalogue function ``name``; raises ``KeyError`` listing known names."""
        if name not in CATALOGUE:
            raise KeyError(f"unknown objective {name!r}; known objectives: {', '.join(CATALOGUE)}")
        index = self.function_combo.findData(name)
        if index == self.function_combo.currentIndex():
            if self._objective.name != name:
                self._set_objective(CATALOGUE[name])
            return
        self.function_combo.setCurrentIndex(index)

    def set_formula(self, text: str, box: tuple[float, float, float, float] | None = None) -> None:
        """Show the user formula ``text``; raises ``FormulaError`` (with the reason) if refused."""
        objective = (objective_from_formula(text) if box is None
                     else objective_from_formula(text, box=tuple(box)))
        if self.formula_field.text().strip() != text.strip():
            self.formula_field.set_text(text)
        self._set_formula_item_enabled(True)
        self.function_combo.blockSignals(True)
        self.function_combo.setCurrentIndex(self.function_combo.findData(FORMULA_ITEM))
        self.function_combo.blockSignals(False)
        self._set_objective(objective)

    def set_objective(self, objective: "Objective") -> None:
        """Show ``objective``: a catalogue entry (possibly with another box) or a formula objective."""
        if objective.name == FORMULA_ITEM:
            self.formula_field.set_text(objective.formula)
            self._set_formula_item_enabled(True)
        elif objective.name not in CATALOGUE:
            raise KeyError(f"unknown objective {objective.name!r}; known objectives: {', '.join(CATALOGUE)}")
        self.function_combo.blockSignals(True)
        self.function_combo.setCurrentIndex(self.function_combo.findData(objective.name))
        self.function_combo.blockSignals(False)
        self._set_objective(objective)

    def set_speed(self, speed: float) -> None:
        """Select ``math.inf`` (instant) or the offered speed closest to ``speed`` on a log scale."""
        speed = float(speed)
        if not speed > 0:
            raise ValueError(f"the animation speed must be positive, got {speed:g}")
        finite = [s for s in SPEEDS if math.isfinite(s)]
        best = math.inf if math.isinf(speed) else min(finite, key=lambda s: abs(math.log(s / speed)))
        self.speed_combo.setCurrentIndex(SPEEDS.index(best))

    def apply_config(self, config: DescentConfig) -> None:
        """Show ``config`` in the fields (already validated by whoever built it)."""
        self.optimizer_combo.setCurrentIndex(self.optimizer_combo.findData(config.optimizer))
        self.lr_field.set_value(config.lr)
        values = self._hyper_values[config.optimizer]
        values.update(dict(config.hyper))
        for key, field in self.hyper_fields.items():
            field.set_value(values[key])
        self.steps_field.set_value(config.steps)
        self.tol_field.set_value(config.tol)
        self.h_field.set_value(config.h)
        self.scheme_combo.setCurrentIndex(self.scheme_combo.findData(config.scheme))
        self.gradient_combo.setCurrentIndex(0 if config.analytic else 1)
        self._sync_gradient_controls()

    # -- internals -----------------------------------------------------------------------------
    def _set_formula_item_enabled(self, enabled: bool) -> None:
        model = self.function_combo.model()
        if isinstance(model, QStandardItemModel):
            item = model.item(self.function_combo.findData(FORMULA_ITEM))
            item.setEnabled(enabled)
            item.setToolTip("Type a formula below and press Enter" if not enabled else "Your last formula")

    def _on_function_index(self, index: int) -> None:
        name = self.function_combo.itemData(index)
        if name == FORMULA_ITEM:
            if not self.formula_field.apply():
                # The box no longer holds an accepted formula: stay on what is shown.
                current = FORMULA_ITEM if self._objective.name == FORMULA_ITEM else self._objective.name
                self.function_combo.blockSignals(True)
                self.function_combo.setCurrentIndex(self.function_combo.findData(current))
                self.function_combo.blockSignals(False)
        else:
            self._set_objective(CATALOGUE[name])

    def _set_objective(self, objective: "Objective") -> None:
        self._objective = objective
        self._show_formula_text()
        self._sync_gradient_controls()
        self.objectiveChanged.emit(objective)
        self._emit_field_options()
        self.settingsChanged.emit()

    def _show_formula_text(self) -> None:
        objective = self._objective
        text = f"f(x0, x1) = {objective.formula}"
        self.formula_label.setText(text)
        self.formula_label.setToolTip(getattr(objective, "description", "") or text)

    def _on_optimizer(self, _index: int) -> None:
        self._rebuild_hyper_fields()
        self.settingsChanged.emit()

    def _rebuild_hyper_fields(self) -> None:
        for field in self.hyper_fields.values():
            self.optimizer_form.removeRow(field)
        self.hyper_fields = {}
        name = self.optimizer_combo.currentData()
        cls = OPTIMIZERS[name]
        self.optimizer_rule.setText(getattr(cls, "formula", "") or name)
        values = self._hyper_values[name]
        for key, spec in cls.HYPERPARAMETERS.items():
            symbol = spec.doc.split(":", 1)[0].strip() if ":" in spec.doc else key
            field = NumberField(symbol, spec.low, spec.high, values[key], tooltip=spec.doc)
            field.valueChanged.connect(lambda v, k=key, n=name: self._on_hyper(n, k, v))
            self.hyper_fields[key] = field
            self.optimizer_form.addRow(f"{key} {symbol}" if symbol != key else key, field)

    def _on_hyper(self, optimizer: str, key: str, value: float) -> None:
        self._hyper_values[optimizer][key] = value
        self.settingsChanged.emit()

    def _sync_gradient_controls(self) -> None:
        model = self.gradient_combo.model()
        analytic_ok = self._objective.has_analytic_gradient
        if isinstance(model, QStandardItemModel):
            item = model.item(0)
            item.setEnabled(analytic_ok)
            item.setToolTip("" if analytic_ok else "A typed formula has no exact gradient: finite differences only")
        if not analytic_ok and self.gradient_combo.currentIndex() == 0:
            self.gradient_combo.blockSignals(True)
            self.gradient_combo.setCurrentIndex(1)
            self.gradient_combo.blockSignals(False)
        numerical = self.numerical_gradient()
        self.h_field.setEnabled(numerical)
        self.scheme_combo.setEnabled(numerical)

    def _on_gradient_options(self, *_args) -> None:
        self._sync_gradient_controls()
        self._emit_field_options()
        self.settingsChanged.emit()

    def _emit_field_options(self) -> None:
        self.fieldOptionsChanged.emit(self.numerical_gradient(), float(self.h_field.value()),
                                      self.scheme_combo.currentData())

    def _emit_speed(self) -> None:
        self.speedChanged.emit(self.speed())
        self.settingsChanged.emit()

    def describe(self) -> str:
        """One line summarising the settings (for the status bar and exports)."""
        hyper = ", ".join(f"{k}={format_number(f.value())}" for k, f in self.hyper_fields.items())
        return (f"{self.optimizer_combo.currentData()} η={format_number(self.lr_field.value())}"
                + (f" ({hyper})" if hyper else "") + f", ≤{int(self.steps_field.value())} steps")
