"""Choosing the 2-D objective of a lab: the catalogue's combo box, and a formula row.

``catalogue_combo`` is the plain "f" row (the race, the optimizers, the step inspector);
``ObjectiveChooserMixin`` adds a formula entry beneath it (the partials and basins labs).
Titles are shown in the language of the moment: :func:`retranslate_catalogue_combo` sets them
again after a language switch.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QSizePolicy

from gui.i18n import render, translate
from gui.labs.lab_base import compact, labelled_row
from numerics.functions import CATALOGUE, Objective, get_objective
from numerics.functions import FORMULA_NAME

#: The last entry of a lab's function combo box: "type your own formula" (in x0, x1 here; the
#: derivative lab's formulas are in x). Its item data is ``"formula"``; a source text of the
#: "labs" context (shown through ``gui.i18n.translate("labs", FORMULA_LABEL)``).
FORMULA_LABEL = QT_TRANSLATE_NOOP("labs", "Formula…")


def catalogue_combo(default: str, *, with_formula: bool = False) -> QComboBox:
    """The catalogue's functions by title (item data: the name), ``default`` selected."""
    box = compact(QComboBox())
    for obj in CATALOGUE.values():
        box.addItem(render(obj.title_message), obj.name)
    if with_formula:
        box.addItem(translate("labs", FORMULA_LABEL), FORMULA_NAME)
    box.setCurrentIndex(list(CATALOGUE).index(default))
    return box


def retranslate_catalogue_combo(box: QComboBox) -> None:
    """Set the titles of a :func:`catalogue_combo` again, in the language shown now."""
    for i in range(box.count()):
        name = box.itemData(i)
        box.setItemText(i, translate("labs", FORMULA_LABEL) if name == FORMULA_NAME
                        else render(CATALOGUE[name].title_message))


def add_function_row(form: QFormLayout, box: QComboBox) -> None:
    """The "f" row: ``box`` across the whole control column, not in the field column beside the
    widest label ("optimizer", "f(x0, x1) ="), where titles like "Stretched bowl (x0²/20 + x1²,
    ch. 6)" were cut."""
    label = QLabel("f")
    label.setBuddy(box)
    form.addRow(labelled_row(label, box))
    box.setSizePolicy(QSizePolicy.Policy.Expanding, box.sizePolicy().verticalPolicy())


def select_objective(box: QComboBox, name: str) -> None:
    """Show catalogue entry ``name`` in ``box`` without emitting its signals."""
    box.blockSignals(True)
    box.setCurrentIndex(box.findData(name))
    box.blockSignals(False)


class ObjectiveChooserMixin:
    """A catalogue combo box plus a formula row, for labs on 2-D objectives (a ``LabWidget``).

    The lab calls :meth:`add_objective_rows` while building its controls and implements
    :meth:`objective_chosen`, which receives every objective the user picks or types.
    """

    def add_objective_rows(self, default: str, placeholder: str) -> None:
        """The "f" row and the formula row (hidden until "Formula…" is chosen); ``placeholder``
        is an example formula, shown as "e.g. …" in the language shown."""
        form = self.controls
        self.function_box = catalogue_combo(default, with_formula=True)
        add_function_row(form, self.function_box)
        self.formula_edit = QLineEdit()
        self.bind(self.formula_edit.setPlaceholderText, lambda: self.tr("e.g. %1").replace("%1", placeholder))
        self.formula_button = QPushButton()
        self.bind(self.formula_button.setText, lambda: self.tr("Use"))
        self.formula_row = labelled_row(self.formula_edit, self.formula_button)
        form.addRow("f(x0, x1) =", self.formula_row)

    def retranslate_objective_rows(self) -> None:
        """The catalogue's titles in the language shown now (the lab's ``retranslate_ui`` calls it)."""
        retranslate_catalogue_combo(self.function_box)

    def connect_objective_rows(self) -> None:
        """Hide the formula row and wire the rows up (once every control exists)."""
        self._show_formula_row(False)
        self.function_box.currentIndexChanged.connect(self._on_function)
        self.formula_button.clicked.connect(self._apply_formula)
        self.formula_edit.returnPressed.connect(self._apply_formula)

    def objective_chosen(self, obj: Objective) -> None:  # pragma: no cover - every lab overrides it
        raise NotImplementedError

    def set_formula(self, text: str) -> bool:
        """Switch to the formula entry and apply ``text``; False (with the message shown) if bad."""
        self.function_box.setCurrentIndex(self.function_box.count() - 1)
        self.formula_edit.setText(text)
        return self._apply_formula()

    def _show_formula_row(self, visible: bool) -> None:
        self.set_rows_visible(self.formula_row, visible=visible)

    @Slot(int)
    def _on_function(self, index: int) -> None:
        name = self.function_box.itemData(index)
        self._show_formula_row(name == FORMULA_NAME)
        if name != FORMULA_NAME:
            self.clear_error()
            self.objective_chosen(get_objective(name))

    @Slot()
    def _apply_formula(self) -> bool:
        from numerics.formula import FormulaError
        from numerics.functions import objective_from_formula

        try:
            obj = objective_from_formula(self.formula_edit.text())
            obj.value([[0.5, 0.5]])
        except (FormulaError, ValueError, TypeError, ArithmeticError) as exc:
            self.show_error(exc)
            return False
        self.clear_error()
        self.objective_chosen(obj)
        return True
