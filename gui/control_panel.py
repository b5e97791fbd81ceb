"""The Explorer's control panel: function, optimizer, stopping rule, gradient, animation.

The panel is a *view* of :class:`~gui.model.explorer_state.ExplorerState`: a widget the user
changes writes the state (one ``update``), and a state change, from here or anywhere else
(a session, the settings, the command line), updates the widgets. Widgets set by the state
report their change back, which writes an equal value and so changes nothing: no loop, and no
signal blocking needed on the state's side. The panel keeps no value of its own.

Every number is typed into a :class:`~gui.controls.validated_field.NumberField`, which refuses
out-of-range text with the reason shown under it, keeps its last accepted value, and commits
when editing is finished (Enter or focus out), not on every keystroke. A value the user commits
for η or the step limit is "set by hand" (``ExplorerState.lr_by_hand``/``steps_by_hand``): a new
function then keeps it instead of bringing its own default.

Under η the panel shows the stability bound at the last start (λmax of the Hessian there and the
largest stable η of plain gradient descent, 2/λmax: ``ExplorerState.stability``), and "Suggest η"
sets η from ``numerics.suggest_lr`` there.

Every text is set in :meth:`ControlPanel.retranslate_ui` (titles, labels, tooltips, combo items:
``self.texts`` for the fixed ones, loops over the combos' item data for the rest), called at the
end of ``__init__`` and again on View ▸ Language; texts made from the state (the stability
readout, the formula item's tooltip) are made again there too.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.controls.formula_field import FormulaField
from gui.controls.validated_field import LogNumberField, NumberField
from gui.i18n import Retranslatable, TranslatedTexts, render, translate
from gui.labs.scheme_names import scheme_name
from gui.model.explorer_state import OBJECTIVE_FIELDS, ExplorerState
from gui.model.validation import LIMITS, ValidationError
from numerics.descent import DescentConfig
from numerics.differentiation import SCHEMES
from numerics.functions import CATALOGUE, FORMULA_NAME
from numerics.messages import Message
from numerics.numbers import format_number
from numerics.optimizers import OPTIMIZERS

if TYPE_CHECKING:
    from numerics.functions import Objective

log = logging.getLogger(__name__)

#: The learning rates a user may type: the session files' range (numerics accepts a wider one
#: for its own labs), so whatever the panel accepts saves and loads again.
LR_RANGE = (LIMITS["lr"].low, LIMITS["lr"].high)
#: Animation speeds offered, in steps per second; ``math.inf`` reveals steps as they arrive.
SPEEDS: tuple[float, ...] = (1.0, 3.0, 10.0, 30.0, 100.0, 300.0, 1000.0, 3000.0, math.inf)
#: The function combo's item data for "Your formula" (the catalogue names are the others).
FORMULA_ITEM = FORMULA_NAME  # the combo's item data for "your formula"

#: Each scheme's formula and error, shown on its combo item (source texts of "ControlPanel").
SCHEME_TIPS = {
    "forward": QT_TRANSLATE_NOOP("ControlPanel", "(f(x+h) − f(x)) / h: error ∝ h"),
    "backward": QT_TRANSLATE_NOOP("ControlPanel", "(f(x) − f(x−h)) / h: error ∝ h"),
    "central": QT_TRANSLATE_NOOP("ControlPanel", "(f(x+h) − f(x−h)) / 2h: error ∝ h², the book's choice"),
    "richardson": QT_TRANSLATE_NOOP("ControlPanel", "central differences at h and h/2 combined: error ∝ h⁴"),
    "complex": QT_TRANSLATE_NOOP("ControlPanel", "Im f(x + ih) / h: no cancellation, exact to rounding for analytic f"),
}

_DESCENT_NUMBERS = ("lr", "steps", "tol", "h")


def speed_label(speed: float) -> str:
    """An animation speed as the speed combo shows it, in the language shown ("30 steps/s", "instant")."""
    if math.isinf(speed):
        return QCoreApplication.translate("ControlPanel", "instant")
    return QCoreApplication.translate("ControlPanel", "%1 steps/s").replace("%1", format_number(speed))


class ControlPanel(Retranslatable, QWidget):
    """Side panel of the Explorer tab, bound to ``state`` (a fresh :class:`ExplorerState` if None).

    Signals (mirrors of the state, for Qt code that prefers signals):
        objectiveChanged(Objective): the objective shown changed.
        speedChanged(float): animation speed in steps per second (``math.inf``: instant).
    """

    objectiveChanged = Signal(object)
    speedChanged = Signal(float)

    def __init__(self, state: ExplorerState | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state if state is not None else ExplorerState()
        self.hyper_fields: dict[str, NumberField] = {}
        self._hyper_optimizer: str | None = None  # whose fields hyper_fields are
        self.texts = TranslatedTexts("ControlPanel")  # the fixed texts, set again on a language switch

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(8)
        layout.addWidget(self._build_function_group())
        layout.addWidget(self._build_optimizer_group())
        layout.addWidget(self._build_stopping_group())
        layout.addWidget(self._build_gradient_group())
        layout.addWidget(self._build_animation_group())
        layout.addStretch(1)
        self._show(frozenset(self.state.fields))
        self.state.on_any_change(self._on_state_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every text of the panel in the language shown (again after each language switch)."""
        if not hasattr(self, "speed_combo"):  # a LanguageChange before __init__ has built the panel
            return
        self.texts.apply()
        for i in range(self.function_combo.count()):
            name = self.function_combo.itemData(i)
            self.function_combo.setItemText(
                i, self.tr("Your formula") if name == FORMULA_ITEM else render(CATALOGUE[name].title_message))
        for i in range(self.scheme_combo.count()):
            scheme = self.scheme_combo.itemData(i)
            self.scheme_combo.setItemText(i, scheme_name(scheme))
            self.scheme_combo.setItemData(i, translate("ControlPanel", SCHEME_TIPS.get(scheme, scheme)),
                                          Qt.ItemDataRole.ToolTipRole)
        for i in range(self.speed_combo.count()):
            self.speed_combo.setItemText(i, speed_label(float(self.speed_combo.itemData(i))))
        self.steps_field.set_texts(name=self.tr("steps"), tooltip=self.tr("Most steps a run takes before it stops"))
        self.tol_field.set_texts(name=self.tr("tolerance"), tooltip=self.tr(
            "A run stops when |∇f| falls below this (its verdict then says whether at a minimum, a saddle, "
            "a maximum or a plateau)"))
        self.lr_field.set_texts(tooltip=self.tr("Learning rate η: how far each step moves along −∇f"))
        self.h_field.set_texts(tooltip=self.tr("Finite-difference step h (the book uses 1e-4)"))
        for key, field in self.hyper_fields.items():
            field.set_texts(tooltip=render(OPTIMIZERS[self._hyper_optimizer].HYPERPARAMETERS[key].doc_message))
        self._show_formula_label()
        self._show_formula_item()
        self._show_gradient()
        self._show_stability()

    # -- construction --------------------------------------------------------------------------
    def _build_function_group(self) -> QGroupBox:
        box = QGroupBox()
        self.texts.bind(box.setTitle, lambda: self.tr("Function"))
        form = QFormLayout(box)
        self.function_combo = QComboBox()
        self.texts.bind(self.function_combo.setToolTip,
                        lambda: self.tr("The function f whose gradient field is drawn and descended"))
        for name, objective in CATALOGUE.items():
            self.function_combo.addItem(render(objective.title_message), name)
        self.function_combo.addItem(self.tr("Your formula"), FORMULA_ITEM)
        self.formula_label = QLabel()
        self.formula_label.setWordWrap(True)
        self.formula_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formula_field = FormulaField()
        self.keep_paths_check = QCheckBox()
        self.texts.bind(self.keep_paths_check.setText, lambda: self.tr("Keep paths when changing function"))
        self.texts.bind(self.keep_paths_check.setToolTip,
                        lambda: self.tr("Off: changing the function clears the paths; on: they stay drawn"))
        form.addRow(self.function_combo)
        form.addRow(self.formula_label)
        form.addRow(self.formula_field)
        form.addRow(self.keep_paths_check)
        self.function_combo.currentIndexChanged.connect(self._on_function_index)
        self.formula_field.formulaApplied.connect(self._on_formula_applied)
        self.formula_field.edit.textChanged.connect(lambda _text: self._show_formula_item())
        self.keep_paths_check.toggled.connect(
            lambda on: self._write(self._show_keep_paths, keep_paths=bool(on)))
        return box

    def _build_optimizer_group(self) -> QGroupBox:
        box = QGroupBox()
        self.texts.bind(box.setTitle, lambda: self.tr("Optimizer"))
        self.optimizer_form = QFormLayout(box)
        self.optimizer_combo = QComboBox()
        self.texts.bind(self.optimizer_combo.setToolTip, lambda: self.tr("The update rule applied at every step"))
        for name in OPTIMIZERS:
            self.optimizer_combo.addItem(name, name)  # names: the same in every language
        self.optimizer_rule = QLabel()
        self.optimizer_rule.setWordWrap(True)
        self.texts.bind(self.optimizer_rule.setToolTip, lambda: self.tr("The update rule, as in the book"))
        self.lr_field = LogNumberField("η", *LR_RANGE, self.state.lr)
        self.optimizer_form.addRow(self._form_label(lambda: self.tr("Rule")), self.optimizer_combo)
        self.optimizer_form.addRow("", self.optimizer_rule)
        self.optimizer_form.addRow("η", self.lr_field)
        self.stability_label = QLabel()
        self.stability_label.setWordWrap(True)
        self.stability_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.texts.bind(self.stability_label.setToolTip, lambda: self.tr(
            "On a quadratic, a step of plain gradient descent multiplies the error along the steepest "
            "curvature λmax by 1 − η·λmax: it shrinks only while η < 2/λmax"))
        self.suggest_button = QPushButton()
        self.texts.bind(self.suggest_button.setText, lambda: self.tr("Suggest η"))
        self.texts.bind(self.suggest_button.setToolTip, lambda: self.tr(
            "Set η to 1/λmax over the part of the view below the last start (the centre of the view "
            "before any start): safe for plain gradient descent"))
        self.optimizer_form.addRow("", self.stability_label)
        self.optimizer_form.addRow("", self.suggest_button)
        self.optimizer_combo.currentIndexChanged.connect(
            lambda i: self._write(self._show_optimizer, optimizer=self.optimizer_combo.itemData(i)))
        self.lr_field.valueChanged.connect(lambda v: self._write(self._show_numbers, lr=v, lr_by_hand=True))
        self.suggest_button.clicked.connect(lambda: self.suggest_lr())
        return box

    def _build_stopping_group(self) -> QGroupBox:
        box = QGroupBox()
        self.texts.bind(box.setTitle, lambda: self.tr("Stopping"))
        form = QFormLayout(box)
        # names and tooltips: retranslate_ui (the names are in the reasons shown under the fields)
        self.steps_field = NumberField("steps", LIMITS["steps"].low, LIMITS["steps"].high, self.state.steps,
                                       integer=True, name=self.tr("steps"))
        self.tol_field = NumberField("tolerance", LIMITS["tol"].low, LIMITS["tol"].high, self.state.tol,
                                     name=self.tr("tolerance"))
        form.addRow(self._form_label(lambda: self.tr("Steps")), self.steps_field)
        form.addRow("|∇f| <", self.tol_field)
        self.steps_field.valueChanged.connect(
            lambda v: self._write(self._show_numbers, steps=int(v), steps_by_hand=True))
        self.tol_field.valueChanged.connect(lambda v: self._write(self._show_numbers, tol=v))
        return box

    def _build_gradient_group(self) -> QGroupBox:
        box = QGroupBox()
        self.texts.bind(box.setTitle, lambda: self.tr("Gradient"))
        form = QFormLayout(box)
        self.gradient_combo = QComboBox()
        self.gradient_combo.addItem("", True)
        self.gradient_combo.addItem("", False)
        self.texts.bind(lambda text: self.gradient_combo.setItemText(0, text), lambda: self.tr("analytic (exact formula)"))
        self.texts.bind(lambda text: self.gradient_combo.setItemText(1, text),
                        lambda: self.tr("numerical (finite differences)"))
        self.texts.bind(self.gradient_combo.setToolTip, lambda: self.tr("How ∇f is computed, for the arrows and for descent"))
        self.h_field = NumberField("h", LIMITS["h"].low, LIMITS["h"].high, self.state.h)
        self.scheme_combo = QComboBox()
        for scheme in SCHEMES:
            self.scheme_combo.addItem(scheme_name(scheme), scheme)  # names and tips: retranslate_ui
        self.texts.bind(self.scheme_combo.setToolTip, lambda: self.tr("Difference scheme used for the numerical gradient"))
        form.addRow("∇f", self.gradient_combo)
        form.addRow("h", self.h_field)
        form.addRow(self._form_label(lambda: self.tr("Scheme")), self.scheme_combo)
        self.gradient_combo.currentIndexChanged.connect(self._on_gradient_index)
        self.h_field.valueChanged.connect(lambda v: self._write(self._show_numbers, h=v))
        self.scheme_combo.currentIndexChanged.connect(
            lambda i: self._write(self._show_gradient, scheme=self.scheme_combo.itemData(i)))
        return box

    def _build_animation_group(self) -> QGroupBox:
        box = QGroupBox()
        self.texts.bind(box.setTitle, lambda: self.tr("Animation"))
        form = QFormLayout(box)
        self.speed_combo = QComboBox()
        for speed in SPEEDS:
            self.speed_combo.addItem(speed_label(speed), speed)
        self.texts.bind(self.speed_combo.setToolTip,
                        lambda: self.tr("How fast computed steps are drawn (computing is never slowed)"))
        form.addRow(self._form_label(lambda: self.tr("Speed")), self.speed_combo)
        self.speed_combo.currentIndexChanged.connect(
            lambda i: self._write(self._show_speed, animation_speed=float(self.speed_combo.itemData(i))))
        return box

    def _form_label(self, text: Callable[[], str]) -> QLabel:
        """A form row's label whose text follows the language."""
        label = QLabel()
        self.texts.bind(label.setText, text)
        return label

    # -- queries (all answered by the state) ----------------------------------------------------
    def objective(self) -> "Objective":
        """The objective the Explorer currently shows."""
        return self.state.objective

    def number_fields(self) -> list[NumberField]:
        """Every numeric field, hyper-parameters included (for validation)."""
        return [self.lr_field, *self.hyper_fields.values(), self.steps_field, self.tol_field, self.h_field]

    def invalid_reasons(self) -> list[str]:
        """Why the panel cannot start a run now (empty when every field's text is accepted)."""
        return [f.error() for f in self.number_fields() if not f.is_valid()]

    def numerical_gradient(self) -> bool:
        """Whether ∇f is computed by finite differences (always so for a user formula)."""
        return self.state.numerical_gradient

    def config(self) -> DescentConfig:
        """The descent settings now; raises ``ValueError`` naming every refused field.

        A field whose text is refused is the user's unfinished business: starting a run with
        the last accepted value instead would run something other than what is shown.
        """
        reasons = self.invalid_reasons()
        if reasons:
            raise ValueError(self.tr("fix the highlighted setting first: %1").replace("%1", "; ".join(reasons)))
        return self.state.descent_config()

    def speed(self) -> float:
        """Animation speed in steps per second (``math.inf`` for instant)."""
        return self.state.animation_speed

    def keep_paths(self) -> bool:
        return self.state.keep_paths

    def describe(self) -> str:
        """One line summarising the settings (for the status bar and exports), in the language shown."""
        state = self.state
        hyper = ", ".join(f"{k}={format_number(v)}" for k, v in state.hyper)
        # %1 optimizer, %2 η, %3 its hyper-parameters (names and numbers: the same in every language)
        return (self.tr("%1 η=%2%3, ≤%n steps", "", int(state.steps)).replace("%1", state.optimizer)
                .replace("%2", format_number(state.lr)).replace("%3", f" ({hyper})" if hyper else ""))

    # -- changes (each one state update) --------------------------------------------------------
    def set_function(self, name: str) -> None:
        """Show the catalogue function ``name``; raises ``KeyError`` listing known names."""
        if name not in CATALOGUE:
            raise KeyError(f"unknown objective {name!r}; known objectives: {', '.join(CATALOGUE)}")
        self.state.update(function=name)

    def set_formula(self, text: str, box: tuple[float, float, float, float] | None = None) -> None:
        """Show the user formula ``text``; raises ``FormulaError`` (with the reason) if refused."""
        from numerics.functions import objective_from_formula

        objective_from_formula(text) if box is None else objective_from_formula(text, box=tuple(box))
        self.state.update(formula=text.strip(), view_box=None if box is None else tuple(box))

    def set_objective(self, objective: "Objective") -> None:
        """Show ``objective``: a catalogue entry (possibly with another box) or a formula objective."""
        if objective.name == FORMULA_ITEM:
            self.state.update(formula=objective.formula, view_box=tuple(objective.box))
            return
        if objective.name not in CATALOGUE:
            raise KeyError(f"unknown objective {objective.name!r}; known objectives: {', '.join(CATALOGUE)}")
        own = tuple(CATALOGUE[objective.name].box)
        self.state.update(function=objective.name, view_box=None if tuple(objective.box) == own else objective.box)

    def suggest_lr(self) -> float:
        """Set η from ``numerics.suggest_lr`` at the last start (the "Suggest η" button)."""
        return self.state.suggest_lr()

    def stability_text(self) -> str:
        """What the panel says under η: the stability bound at the last start."""
        return self.stability_label.text()

    def set_speed(self, speed: float) -> None:
        """Select ``math.inf`` (instant) or the offered speed closest to ``speed`` on a log scale."""
        speed = float(speed)
        if not speed > 0:
            raise ValueError(f"the animation speed must be positive, got {speed:g}")
        finite = [s for s in SPEEDS if math.isfinite(s)]
        best = math.inf if math.isinf(speed) else min(finite, key=lambda s: abs(math.log(s / speed)))
        self.state.update(animation_speed=best)

    def apply_config(self, config: DescentConfig) -> None:
        """Show ``config`` (the escape box aside: that follows the view box)."""
        self.state.update(optimizer=config.optimizer, lr=config.lr, hyper=config.hyper, steps=config.steps,
                          tol=config.tol, h=config.h, scheme=config.scheme, analytic=config.analytic)

    # -- widget → state -------------------------------------------------------------------------
    def _write(self, resync: Callable[[], None], **changes: Any) -> None:
        """Write what a widget now shows into the state; then make the widget show the state.

        The resync matters when the state did not take the value as shown (an equal value, or a
        refusal): the widget must not go on showing something the state does not hold.
        """
        try:
            self.state.update(**changes)
        except ValidationError as exc:  # widgets only offer valid values; log, don't crash a slot
            log.warning("control panel: %s", exc)
        resync()

    def _on_function_index(self, index: int) -> None:
        name = self.function_combo.itemData(index)
        if name == FORMULA_ITEM:
            # "Your formula" applies the formula box; without an accepted formula there, stay.
            if not self.formula_field.apply():
                self._show_objective()
            return
        self._write(self._show_objective, function=name)

    def _on_formula_applied(self, text: str) -> None:
        if self.state.formula is not None and text.strip() == self.state.formula.strip():
            self._show_objective()  # the formula shown already (with its box): nothing to change
            return
        self._write(self._show_objective, formula=text)

    def _on_gradient_index(self, index: int) -> None:
        numerical = not self.gradient_combo.itemData(index)
        if numerical != self.state.numerical_gradient:
            # Only a real choice changes the user's preference: a formula showing "numerical"
            # must not turn "analytic" off for the catalogue functions chosen after it.
            self._write(self._show_gradient, analytic=not numerical)
        else:
            self._show_gradient()

    def _on_hyper(self, key: str, value: float) -> None:
        hyper = dict(self.state.hyper)
        hyper[key] = value
        self._write(self._show_hyper_values, hyper=tuple(hyper.items()))

    # -- state → widgets ------------------------------------------------------------------------
    def _on_state_changed(self, names: frozenset[str]) -> None:
        self._show(names)
        if names & OBJECTIVE_FIELDS:
            self.objectiveChanged.emit(self.state.objective)
        if "animation_speed" in names:
            self.speedChanged.emit(self.state.animation_speed)

    def _show(self, names: frozenset[str]) -> None:
        if names & OBJECTIVE_FIELDS:
            self._show_objective()
        if names & {"optimizer", "hyper"}:
            self._show_optimizer()
        if names & set(_DESCENT_NUMBERS):
            self._show_numbers()
        if names & (OBJECTIVE_FIELDS | {"analytic", "scheme"}):
            self._show_gradient()
        if names & (OBJECTIVE_FIELDS | {"probe"}):
            self._show_stability()
        if "animation_speed" in names:
            self._show_speed()
        if "keep_paths" in names:
            self._show_keep_paths()

    def _show_objective(self) -> None:
        state = self.state
        if state.formula is not None and self.formula_field.text().strip() != state.formula.strip():
            self.formula_field.set_text(state.formula)  # before the combo: choosing the item applies the box
        self._show_formula_item()
        self.function_combo.setCurrentIndex(self.function_combo.findData(state.function or FORMULA_ITEM))
        self._show_formula_label()

    def _show_formula_label(self) -> None:
        objective = self.state.objective
        text = f"f(x0, x1) = {objective.formula}"
        self.formula_label.setText(text)
        self.formula_label.setToolTip(render(objective.description_message) if objective.description else text)

    def _show_formula_item(self) -> None:
        model = self.function_combo.model()
        if isinstance(model, QStandardItemModel):
            usable = self.state.formula is not None or (bool(self.formula_field.text().strip())
                                                        and self.formula_field.error() is None)
            item = model.item(self.function_combo.findData(FORMULA_ITEM))
            item.setEnabled(usable)
            item.setToolTip(self.tr("Your formula (from the box below)") if usable
                            else self.tr("Type a formula below and press Enter"))

    def _show_optimizer(self) -> None:
        name = self.state.optimizer
        self.optimizer_combo.setCurrentIndex(self.optimizer_combo.findData(name))
        if name != self._hyper_optimizer:
            self._rebuild_hyper_fields(name)
        self._show_hyper_values()

    def _rebuild_hyper_fields(self, name: str) -> None:
        for field in self.hyper_fields.values():
            self.optimizer_form.removeRow(field)
        self.hyper_fields = {}
        self._hyper_optimizer = name
        cls = OPTIMIZERS[name]
        self.optimizer_rule.setText(getattr(cls, "formula", "") or name)
        values = dict(self.state.hyper)
        for key, spec in cls.HYPERPARAMETERS.items():
            symbol = spec.doc.split(":", 1)[0].strip() if ":" in spec.doc else key
            field = NumberField(symbol, spec.low, spec.high, values.get(key, spec.default), tooltip=render(spec.doc_message))
            field.valueChanged.connect(lambda v, k=key: self._on_hyper(k, v))
            self.hyper_fields[key] = field
            self.optimizer_form.addRow(f"{key} {symbol}" if symbol != key else key, field)

    def _show_hyper_values(self) -> None:
        for key, value in self.state.hyper:
            if key in self.hyper_fields:
                self.hyper_fields[key].set_value(value)

    def _show_numbers(self) -> None:
        state = self.state
        for field, value in ((self.lr_field, state.lr), (self.steps_field, state.steps),
                             (self.tol_field, state.tol), (self.h_field, state.h)):
            field.set_value(value)

    def _show_gradient(self) -> None:
        state = self.state
        analytic_ok = state.objective.has_analytic_gradient
        model = self.gradient_combo.model()
        if isinstance(model, QStandardItemModel):
            item = model.item(0)
            item.setEnabled(analytic_ok)
            item.setToolTip("" if analytic_ok else self.tr("A typed formula has no exact gradient: finite differences only"))
        numerical = state.numerical_gradient
        self.gradient_combo.setCurrentIndex(1 if numerical else 0)
        self.scheme_combo.setCurrentIndex(self.scheme_combo.findData(state.scheme))
        self.h_field.setEnabled(numerical)
        self.scheme_combo.setEnabled(numerical)

    def _show_stability(self) -> None:
        if self.state.probe is None:
            self.stability_label.setText(self.tr(
                "Click the field: λmax at the start and the largest stable η (2/λmax) show here."))
            return
        try:
            text = render(self.state.stability())
        except Exception as exc:  # noqa: BLE001 - a formula undefined at the point is not an error
            carried = getattr(exc, "message", None)
            reason = render(carried) if isinstance(carried, Message) else f"{type(exc).__name__}: {exc}"
            text = self.tr("No stability bound at the start: %1").replace("%1", reason)
        self.stability_label.setText(text)

    def _show_speed(self) -> None:
        speed = self.state.animation_speed
        index = self.speed_combo.findData(speed)
        if index < 0:
            # A session or the command line may hold a speed the list does not offer: show it as
            # it is (snapping it to an offered one would change the state behind the user's back).
            index = sum(1 for i in range(self.speed_combo.count()) if self.speed_combo.itemData(i) < speed)
            self.speed_combo.insertItem(index, speed_label(speed), speed)
        self.speed_combo.setCurrentIndex(index)

    def _show_keep_paths(self) -> None:
        self.keep_paths_check.setChecked(self.state.keep_paths)
