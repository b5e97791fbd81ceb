"""Step inspector: one optimizer step at a time, drawn as arrows and written out with numbers.

At the current point the canvas shows ∇f and the update the next step will make (one graphics
item for both arrows); the panel below writes that update out — x_new = x − η·∇f, or the
optimizer's own rule with its state (velocity, accumulated squares, moments). "Next step", N or
→ takes it. Click the field to choose the point. The maths is ``numerics.labs.step_inspector``;
its written-out lines are Messages (``describe_step_messages``), shown with ``gui.i18n.render``.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from gui.canvas.arrows import arrow_vertices
from gui.canvas.field_canvas import FieldCanvas
from gui.i18n import render, translate
from gui.labs.figure_style import monospace_font
from gui.labs.lab_base import LabWidget, compact, labelled_row
from gui.labs.number_field import number_edit, read_number
from gui.labs.objective_row import add_function_row, catalogue_combo, retranslate_catalogue_combo, select_objective
from gui.workers.compute_thread import ComputeThread
from numerics.functions import get_objective
from numerics.labs.hyper_text import default_hyper, format_hyper, parse_hyper
from numerics.numbers import format_number
from numerics.labs.step_inspector import StepInspector, StepRecord, arrow_vectors, describe_step_messages, vec
from numerics.messages import message_of
from numerics.optimizers import OPTIMIZERS

# The book's ch. 6 bowl and Momentum start: the velocity makes the update differ from −η·∇f.
PRESET_OBJECTIVE = "bowl"
PRESET_OPTIMIZER = "Momentum"
PRESET_LR = 0.1
PRESET_POINT = (-7.0, 2.0)
PRESET_STEPS = 3
#: the room, in pixels, kept around the arrows' tips for their labels
LABEL_ROOM_PX = (120, 26)
#: The optimizers' state, by its key in ``Optimizer.state()``, as the panel names it (source texts
#: of the "StepInspectorLab" context; a key not listed is shown as it is).
STATE_NAMES = {
    "velocity": QT_TRANSLATE_NOOP("StepInspectorLab", "velocity"),
    "squares": QT_TRANSLATE_NOOP("StepInspectorLab", "squares"),
    "first_moment": QT_TRANSLATE_NOOP("StepInspectorLab", "first_moment"),
    "second_moment": QT_TRANSLATE_NOOP("StepInspectorLab", "second_moment"),
    "iteration": QT_TRANSLATE_NOOP("StepInspectorLab", "iteration"),
}


class StepInspectorLab(LabWidget):
    title = "Step inspector"

    def __init__(self, compute: ComputeThread | None = None, parent: QWidget | None = None) -> None:
        super().__init__(compute, parent)
        self.model = StepInspector(get_objective("sphere"), "SGD", 0.1, point=PRESET_POINT)
        self.next_record: StepRecord | None = None
        self._build_controls()
        self._build_figure()
        self.set_theme(self.theme)
        self.retranslate_ui()
        for key in ("N", "Right"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.next_step)

    def _build_controls(self) -> None:
        c = self.controls
        self.function_box = catalogue_combo("sphere")
        add_function_row(c, self.function_box)
        self.optimizer_box = compact(QComboBox())
        self.optimizer_box.addItems(list(OPTIMIZERS))  # names: the same in every language
        self.add_row(lambda: self.tr("optimizer"), self.optimizer_box)
        self.lr_edit = number_edit(0.1)
        self.bind(self.lr_edit.setToolTip, lambda: self.tr("learning rate η"))
        c.addRow("η", self.lr_edit)
        self.hyper_edit = QLineEdit()
        self.bind(self.hyper_edit.setToolTip, lambda: self.tr("Hyper-parameters as name=value, e.g. momentum=0.9"))
        self.add_row(lambda: self.tr("hyper"), self.hyper_edit)
        self.numerical_check = QCheckBox()
        self.bind(self.numerical_check.setText, lambda: self.tr("numerical gradient"))
        c.addRow(self.numerical_check)
        self.x0_edit = number_edit(PRESET_POINT[0], width=80)
        self.x1_edit = number_edit(PRESET_POINT[1], width=80)
        self.add_row(lambda: self.tr("point"), labelled_row(self.x0_edit, self.x1_edit))
        self.next_button = QPushButton()
        self.ten_button = QPushButton()
        self.restart_button = QPushButton()
        self.bind(self.next_button.setText, lambda: self.tr("Next step  (N, →)"))
        self.bind(self.ten_button.setText, lambda: self.tr("10 steps"))
        self.bind(self.restart_button.setText, lambda: self.tr("Restart here"))
        c.addRow(self.next_button)
        c.addRow(labelled_row(self.ten_button, self.restart_button))
        hint = QLabel()
        self.bind(hint.setText, lambda: self.tr(
            "Click the field to put the point there. The optimizer forgets its state "
            "(velocity, squares, moments) whenever you move the point or change a setting."))
        hint.setWordWrap(True)
        c.addRow(hint)
        self._fill_hyper()

        self.function_box.currentIndexChanged.connect(self._on_function)
        self.optimizer_box.currentIndexChanged.connect(self._on_optimizer)
        self.lr_edit.editingFinished.connect(self.apply_settings)
        self.hyper_edit.editingFinished.connect(self.apply_settings)
        self.numerical_check.toggled.connect(self.apply_settings)
        self.x0_edit.editingFinished.connect(self._on_point_edit)
        self.x1_edit.editingFinished.connect(self._on_point_edit)
        self.next_button.clicked.connect(self.next_step)
        self.ten_button.clicked.connect(lambda: self.next_step(10))
        self.restart_button.clicked.connect(self._on_point_edit)

    def _build_figure(self) -> None:
        self.canvas = FieldCanvas(self.model.objective, theme=self.theme)
        self.canvas.startRequested.connect(self.set_point)
        self.canvas.view_box.sigResized.connect(lambda *_: self.fit_view())
        self.canvas.add_path(0, self.theme.path_color(0))
        # Both arrows (∇f and the update) in ONE item: a GraphItem with one pen per segment.
        # Above the paths (the overlay layer lies under them): the arrows start on the path.
        self.arrows = pg.GraphItem()
        self.arrows.setZValue(30)
        self.canvas.view_box.addItem(self.arrows, ignoreBounds=True)
        self.grad_label = pg.TextItem("", anchor=(0, 1))
        self.update_label = pg.TextItem("", anchor=(0, 0))
        for label in (self.grad_label, self.update_label):
            label.setZValue(31)
            self.canvas.view_box.addItem(label, ignoreBounds=True)
        self.text = QLabel()
        self.text.setFont(monospace_font())
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setWordWrap(True)
        self.figure_layout.addWidget(self.canvas, 1)
        self.figure_layout.addWidget(self.text)

    def retranslate_ui(self) -> None:
        """Every text in the language shown: the bound ones, the catalogue, the arrows' labels
        and the written-out step (rebuilt from the step shown)."""
        super().retranslate_ui()
        retranslate_catalogue_combo(self.function_box)
        self._refresh()

    # -- public API ------------------------------------------------------------------------------
    def run_preset_blocking(self) -> None:
        """The bowl from (−7, 2), Momentum with η = 0.1 (the book's ch. 6): three steps, the fourth previewed."""
        select_objective(self.function_box, PRESET_OBJECTIVE)
        for w in (self.optimizer_box, self.numerical_check):
            w.blockSignals(True)
        self.optimizer_box.setCurrentText(PRESET_OPTIMIZER)
        self.numerical_check.setChecked(False)
        for w in (self.optimizer_box, self.numerical_check):
            w.blockSignals(False)
        self.lr_edit.setText(repr(PRESET_LR))
        self._fill_hyper()
        self.model = StepInspector(get_objective(PRESET_OBJECTIVE), PRESET_OPTIMIZER, PRESET_LR, point=PRESET_POINT)
        self.canvas.set_objective(self.model.objective)
        self.set_point(*PRESET_POINT)
        self.next_step(PRESET_STEPS)
        self.settle(self.canvas)

    @Slot(float, float)
    def set_point(self, x0: float, x1: float) -> None:
        try:
            self.model.set_point((x0, x1))
        except ValueError as exc:
            self.show_error(exc)
            return
        self.clear_error()
        self.x0_edit.setText(format_number(x0, ascii_minus=True))
        self.x1_edit.setText(format_number(x1, ascii_minus=True))
        self._refresh()
        self.fit_view()

    def fit_view(self) -> None:
        """Widen the view (never narrow it) so that the point, both arrows and their labels are
        inside it: the book's start (−7, 2) sits near the edge and ∇f points away from the
        minimum, off the canvas. Called for a new point and whenever the canvas is resized."""
        drawn = getattr(self, "_drawn", None)
        if drawn is None or not np.isfinite(drawn).all():
            return
        xa, xb, ya, yb = self.canvas.view_box_range()
        sx, sy = self.canvas._pixel_size()
        # room around the tips for the labels written beside them (about 120 × 24 px)
        mx, my = LABEL_ROOM_PX[0] * sx, LABEL_ROOM_PX[1] * sy
        lo = drawn.min(axis=0) - (mx, my)
        hi = drawn.max(axis=0) + (mx, my)
        if lo[0] >= xa and hi[0] <= xb and lo[1] >= ya and hi[1] <= yb:
            return
        self.canvas.view_box.setRange(xRange=(min(xa, lo[0]), max(xb, hi[0])),
                                      yRange=(min(ya, lo[1]), max(yb, hi[1])), padding=0)

    @Slot()
    def next_step(self, count: int = 1) -> None:
        """Take ``count`` steps (stops with a message if a step would overflow)."""
        for _ in range(int(count) if count else 1):
            try:
                self.model.next_step()
            except ArithmeticError as exc:
                self.show_error(exc)
                break
        else:
            self.clear_error()
        self._refresh()

    @Slot()
    def apply_settings(self) -> bool:
        """Read optimizer, η, hyper-parameters and gradient mode; restart at the current point."""
        name = self.optimizer_box.currentText()
        try:
            lr = read_number(self.lr_edit, "η")
            hyper = parse_hyper(self.hyper_edit.text(), name)
            model = StepInspector(self.model.objective, name, lr, hyper, point=tuple(self.model.point),
                                  numerical=self.numerical_check.isChecked())
        except ValueError as exc:
            self.show_error(exc)
            return False
        self.clear_error()
        self.model = model
        self._refresh()
        return True

    # -- slots -----------------------------------------------------------------------------------
    def _fill_hyper(self) -> None:
        name = self.optimizer_box.currentText()
        self.hyper_edit.setText(format_hyper(default_hyper(name)))
        self.hyper_edit.setEnabled(bool(OPTIMIZERS[name].HYPERPARAMETERS))

    @Slot(int)
    def _on_optimizer(self, _i: int) -> None:
        self._fill_hyper()
        self.apply_settings()

    @Slot(int)
    def _on_function(self, _i: int) -> None:
        obj = get_objective(self.function_box.currentData())
        self.model.objective = obj
        self.canvas.set_objective(obj)
        b = obj.box
        self.set_point(b[0] + 0.8 * (b[1] - b[0]), b[2] + 0.8 * (b[3] - b[2]))
        self.apply_settings()

    @Slot()
    def _on_point_edit(self) -> None:
        try:
            x0 = read_number(self.x0_edit, self.tr("point x0"))
            x1 = read_number(self.x1_edit, self.tr("point x1"))
        except ValueError as exc:
            self.show_error(exc)
            return
        self.set_point(x0, x1)

    # -- drawing ---------------------------------------------------------------------------------
    def redraw(self) -> None:
        self.canvas.set_theme(self.theme)
        self._refresh()

    def _refresh(self) -> None:
        theme = self.theme
        m = self.model
        self.canvas.set_path(0, np.asarray(m.history))
        try:
            rec = m.preview()
        except ArithmeticError as exc:
            rec = None
            self.text.setText(self.tr("The next step cannot be taken: %1").replace("%1", render(message_of(exc))))
        self.next_record = rec
        if rec is None:
            self.arrows.setData(pos=np.zeros((0, 2)), adj=np.zeros((0, 2), dtype=int))
            return
        box = m.objective.box
        grad_vec, scale = arrow_vectors(rec, box, max_fraction=0.2)
        update = rec.update
        # The update is drawn to scale unless it would leave the view by far (a diverging η).
        upd_vec, upd_scale = arrow_vectors(update, box, max_fraction=1.0)
        self._drawn = np.array([rec.x, rec.x + grad_vec, rec.x + upd_vec])
        origins = np.array([rec.x, rec.x])
        vectors = np.array([grad_vec, upd_vec])
        lengths = np.hypot(vectors[:, 0], vectors[:, 1])
        pos = arrow_vertices(origins, vectors, lengths, pivot="tail", head_fraction=0.18)
        adj = np.arange(len(pos)).reshape(-1, 2)
        colors = [QColor(theme.path_color(1)), QColor(theme.path_color(2))]
        pens = np.array([tuple(colors[i // 3].getRgb()) + (2.5,) for i in range(len(adj))],
                        dtype=[("red", np.ubyte), ("green", np.ubyte), ("blue", np.ubyte),
                               ("alpha", np.ubyte), ("width", float)])
        self.arrows.setData(pos=pos, adj=adj, pen=pens, size=0, symbolPen=None, symbolBrush=None, pxMode=True)
        drawn = self.tr("%1 (drawn ×%2)")
        grad_text = "∇f" if scale == 1.0 else drawn.replace("%1", "∇f").replace("%2", f"{scale:.2g}")
        upd_name = "−η·∇f" if m.optimizer_name == "SGD" else self.tr("update")
        upd_text = upd_name if upd_scale == 1.0 else drawn.replace("%1", upd_name).replace("%2", f"{upd_scale:.2g}")
        for label in (self.grad_label, self.update_label):
            fill = QColor(theme.background)
            fill.setAlpha(200)
            label.fill = pg.mkBrush(fill)
        self.grad_label.setText(grad_text, color=theme.path_color(1))
        self.grad_label.setPos(*(rec.x + grad_vec))
        self.update_label.setText(upd_text, color=theme.path_color(2))
        self.update_label.setPos(*(rec.x + upd_vec))

        lines = [render(line) for line in describe_step_messages(rec, m.optimizer_name, m.lr, m.hyperparameters)]
        head = (f"{m.optimizer_name}: {m.formula}    (η = {format_number(m.lr)}"
                + "".join(f", {k} = {format_number(v)}" for k, v in m.hyperparameters.items()) + ")")
        taken = self.tr("%n steps taken", "", m.step_count)
        if m.records:
            last = m.records[-1]
            taken += self.tr("; the last went %1 → %2").replace("%1", vec(last.x)).replace("%2", vec(last.x_new))
        state = ""
        if rec.state_before:
            state = self.tr("state now: %1").replace("%1", ";  ".join(
                f"{translate('StepInspectorLab', STATE_NAMES.get(k, k))} = {_state_text(v)}"
                for k, v in rec.state_before.items()))
        text = [head, taken] + ([state] if state else []) + ["", self.tr("next step:")] + lines
        self.text.setText("\n".join(text))
        self.text.setStyleSheet(f"color: {theme.foreground};")


def _state_text(value) -> str:
    """One entry of an optimizer's state: a 2-vector as ``(a, b)``, a count (Adam's iteration,
    one per point: shape (1,) once it has stepped) as a whole number."""
    return vec(value) if np.size(value) == 2 else str(int(np.ravel(value)[0]))
