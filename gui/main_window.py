"""The main window: the Explorer tab (panel | canvas | runs) and one tab per learning lab.

The window only wires things together: the panel says what the user chose, the canvas says where
the user clicked, the :class:`~gui.run_controller.RunController` computes (on its worker thread)
and animates runs, the table, loss plot and step box show them. File operations go through
``gui.export``, ``gui.model.trajectory_csv`` and ``gui.model.session``; their errors become message boxes and
the window stays up. ``QFileDialog`` is used only in the menu handlers, so tests call the
underlying methods (``export_canvas_image`` …) with paths directly.

Translatable texts (see ``gui/i18n.py``): the menus are built once, in ``_build_menus``, and
every title, text and tip is *bound* to ``self.texts`` (a ``gui.i18n.TranslatedTexts``), which
sets it now and again in ``retranslate_ui`` on every language switch. To add an action, give the
``action`` helper functions that return the translated texts::

    view_menu.addAction(action("grid", lambda: self.tr("Show &grid"), self.toggle_grid, "Ctrl+G",
                               lambda: self.tr("Draw the grid lines"), checkable=True))

(``lambda: self.tr("…")`` — a literal in ``self.tr``, so lupdate extracts it in the
``MainWindow`` context; for a text with numbers put in:
``lambda: self.tr("Release a %1×%1 grid").replace("%1", str(SWARM_SIDE))``), a new menu is
``self._menu(bar, lambda: self.tr("&Tools"))``. Then add the translations to
``resources/i18n/pending/main_window.json`` and run ``tools/update_translations.py``.
"""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gui import i18n
from gui.canvas.field_canvas import FieldCanvas
from gui.canvas3d.surface_view import SurfaceView
from gui.control_panel import ControlPanel
from gui import help_text
from gui.loss_plot import LossPlot
from gui.window_shortcuts import WindowShortcutGuard
from gui.run_controller import RunController
from gui.run_table import RunTable, fmt, fmt_point
from gui.formula_critical_points import FormulaCriticalPoints
from gui.run_verdicts import RunVerdicts
from gui.step_details import StepDetails
from gui.workers.compute_thread import ComputeThread
from gui.palette import theme_palette
from gui.model.explorer_state import LAYER_FIELDS, OBJECTIVE_FIELDS, ExplorerState
from gui.model.theme import LIGHT, THEMES, Theme
from gui.model.validation import reason_of
from numerics.diagnosis import Verdict, verdict_label

#: (layer, label): the labels are source texts of the "MainWindow" context, translated where shown.
LAYERS = (("field", QT_TRANSLATE_NOOP("MainWindow", "Field arrows")),
          ("heatmap", QT_TRANSLATE_NOOP("MainWindow", "Heatmap")),
          ("contours", QT_TRANSLATE_NOOP("MainWindow", "Contours")),
          ("critical", QT_TRANSLATE_NOOP("MainWindow", "Critical points")),
          ("paths", QT_TRANSLATE_NOOP("MainWindow", "Paths")))
#: Theme names → their menu texts and tips ("MainWindow" context); another theme shows its name.
THEME_TEXTS = {"light": (QT_TRANSLATE_NOOP("MainWindow", "Light"), QT_TRANSLATE_NOOP("MainWindow", "Light colours")),
               "dark": (QT_TRANSLATE_NOOP("MainWindow", "Dark"), QT_TRANSLATE_NOOP("MainWindow", "Dark colours"))}
#: The smallest default window; on a larger screen the window grows (up to PREFERRED_SIZE) and the
#: canvas takes all of the extra width.
DEFAULT_SIZE = (1280, 800)
PREFERRED_SIZE = (1560, 940)
STATUS_MS = 8000
#: How long the warning that no font covers the chosen language stays in the status bar.
FONT_NOTICE_MS = 30_000
VIEWS_UPDATE_MS = 200
#: with no run selected, the loss plot shows the last this many finished runs
LOSS_UNSELECTED_RUNS = 12
#: a swarm is this many starts on a side, spread over the visible field
SWARM_SIDE = 30


def _reason(exc: BaseException) -> str:
    """Why ``exc`` happened, in the current language: its ``Message`` when it carries one
    (``gui.model.validation.reason_of``), else its text."""
    return i18n.render(reason_of(exc))


def initial_size() -> tuple[int, int]:
    """Up to PREFERRED_SIZE where the screen has room for it (90% of its free area), never less
    than DEFAULT_SIZE (the window manager fits a window that is larger than a small screen)."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return DEFAULT_SIZE
    free = screen.availableGeometry()
    width = max(min(PREFERRED_SIZE[0], int(free.width() * 0.9)), DEFAULT_SIZE[0])
    height = max(min(PREFERRED_SIZE[1], int(free.height() * 0.9)), DEFAULT_SIZE[1])
    return width, height


class MainWindow(i18n.Retranslatable, QMainWindow):
    """Gradient Explorer's window.

    Attributes used by tests and other modules: ``canvas`` (FieldCanvas), ``controls``
    (ControlPanel), ``runs`` (RunController), ``run_table`` (RunTable), ``loss_plot`` (LossPlot),
    ``step_details`` (StepDetails), ``tabs`` (QTabWidget, "Explorer" first, then the labs),
    ``cursor_label`` (the status-bar readout), ``last_message`` (the last message box shown),
    ``state`` (the :class:`~gui.model.explorer_state.ExplorerState` everything above follows),
    ``texts`` (the menus', tabs' and labels' translatable texts, set again by ``retranslate_ui``).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Gradient Explorer")  # the program's name: not translated
        from gui.app import application_icon

        self.setWindowIcon(application_icon())
        #: Every text of the menus, tabs and status bar labels, in the current language.
        self.texts = i18n.TranslatedTexts("MainWindow")
        self._cursor_placeholder = True
        self._font_noticed: set[str] = set()
        self.resize(*initial_size())
        self.theme: Theme = LIGHT
        self.last_message: QMessageBox | None = None
        self._help: QDialog | None = None
        self._persist_to: QSettings | None = None
        self._closed = False
        self._labs: dict[int, tuple[object, QWidget | None]] = {}
        self._dirty_runs: set[int] = set()
        self._views_timer = QTimer(self)
        self._views_timer.setSingleShot(True)
        self._views_timer.setInterval(VIEWS_UPDATE_MS)
        self._views_timer.timeout.connect(self._refresh_views)

        #: Everything the Explorer shows and runs with (gui.model.explorer_state): the panel and
        #: the menus write it; the canvas, the runs' speed and this window's looks follow it.
        self.state = ExplorerState()
        self.canvas = FieldCanvas()
        self.controls = ControlPanel(self.state)
        # The one compute thread of this window: descent runs, labs and the field all run on it.
        self.compute = ComputeThread("compute", parent=self)
        self.canvas.set_compute(self.compute)  # pan and zoom never wait for a slow formula's field
        self.runs = RunController(self.canvas, self.theme.path_colors, compute=self.compute,
                                  speed=self.controls.speed(), parent=self)
        #: Each run's verdict once its end is shown (numerics.diagnosis): the table, the status
        #: line, the step box, the CSV and the session read it from the run.
        self.verdicts = RunVerdicts(self.runs, self.compute, parent=self)
        self.run_table = RunTable(self.runs, verdicts=self.verdicts)
        #: A typed formula's minima, saddles and maxima, found as a job and marked on the canvas.
        self.formula_points = FormulaCriticalPoints(self.state, self.canvas, self.compute, parent=self)
        self.loss_plot = LossPlot()
        self.step_details = StepDetails()
        self.cursor_label = QLabel()
        self.texts.bind(self.cursor_label.setToolTip, lambda: self.tr("Cursor position, f and ∇f there"))
        self.statusBar().addPermanentWidget(self.cursor_label)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_explorer(), "")
        self.texts.bind(lambda text: self.tabs.setTabText(0, text), lambda: self.tr("Explorer"))
        self.setCentralWidget(self.tabs)
        self._add_lab_tabs()
        self._build_surface_dock()
        self._build_menus()
        self._connect()
        self.retranslate_ui()

        self.canvas.set_theme(self.theme)
        self.loss_plot.set_theme(self.theme)
        # The canvas starts following the state in the first showEvent, so the first field is
        # computed once, at the size it is shown at, after the settings and the command line
        # have filled the state: computed here it would be thrown away (a start-up cost for nothing).
        self._field_deferred = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._field_deferred:
            self._field_deferred = False
            self.canvas.bind_state(self.state)
            self.formula_points.mark()  # found before the canvas had the formula: mark them now
        super().showEvent(event)

    # -- layout --------------------------------------------------------------------------------
    def _build_explorer(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidget(self.controls)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.controls.sizeHint().width() + 18)
        scroll.setMaximumWidth(440)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.run_table)
        right.addWidget(self.loss_plot)
        right.addWidget(self.step_details)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 3)
        right.setStretchFactor(2, 2)
        right.setChildrenCollapsible(False)
        # Air between the canvas's colour-bar label and the loss plot's axis label.
        right.setContentsMargins(6, 0, 0, 0)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("explorer-splitter")
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.canvas)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([300, 510, 470])  # the run table needs ~470 px for typical values
        self.right_splitter = right
        return self.splitter

    def _build_surface_dock(self) -> None:
        """The 3-D view in a dock beside the canvas (View ▸ 3-D view), hidden at first.

        It follows the state and the runs itself, and only while shown: hidden it neither
        renders nor updates, and its GL widget is made the first time it is shown.
        """
        # A GL window of its own: the rest of the window keeps painting without OpenGL (see SurfaceView).
        self.surface_view = SurfaceView(self.state, compute=self.compute, native_window=True)
        self.surface_view.bind_runs(self.runs)
        dock = QDockWidget(self)
        self.texts.bind(dock.setWindowTitle, lambda: self.tr("3-D view"))
        dock.setObjectName("surface-dock")  # saveState/restoreState find it by name
        # Not floatable: a floating dock is a new top-level window, whose new GL context would
        # lose the surface's buffers.
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        dock.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.BottomDockWidgetArea)
        dock.setWidget(self.surface_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()
        self.surface_dock = dock

    def show_surface_view(self, visible: bool = True) -> None:
        """Show (or hide) the 3-D view beside the canvas."""
        was_hidden = self.surface_dock.isHidden()
        self.surface_dock.setVisible(bool(visible))
        if visible and was_hidden:  # a restored layout keeps its own width
            # 40% of the canvas and the readouts beside it, taken from both (left alone, the canvas,
            # the splitter's stretchy pane, would lose it all)
            sizes = self.splitter.sizes()
            want = max(360, int(0.4 * (sizes[1] + sizes[2])))
            from_right = max(0, min(want // 2, sizes[2] - self.right_splitter.minimumSizeHint().width()))
            self.resizeDocks([self.surface_dock], [want], Qt.Orientation.Horizontal)
            self.splitter.setSizes([sizes[0], max(200, sizes[1] - (want - from_right)), sizes[2] - from_right])

    def _add_lab_tabs(self) -> None:
        """One tab per lab in ``gui.labs.LABS``; each lab widget is built when first shown."""
        try:
            from gui.labs import LABS
        except Exception:  # noqa: BLE001 - the Explorer must work without (or with broken) labs
            return
        for spec in LABS.values():
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            index = self.tabs.addTab(holder, "")
            # A lab's title is a source text of the "labs" context (gui.labs marks it for lupdate).
            self.texts.bind(lambda text, i=index: self.tabs.setTabText(i, text),
                            lambda s=spec: i18n.translate("labs", getattr(s, "title", str(s))))
            self._labs[index] = (spec, None)
        self.tabs.currentChanged.connect(self._ensure_lab)

    @Slot(int)
    def _ensure_lab(self, index: int) -> None:
        if index not in self._labs or self._labs[index][1] is not None:
            return
        spec, _ = self._labs[index]
        holder = self.tabs.widget(index)
        try:
            widget = spec.create(compute=self.compute)
        except Exception as exc:  # noqa: BLE001 - a broken lab must not take the window down
            widget = QLabel(self.tr("This lab could not be opened:\n%1: %2")
                            .replace("%1", type(exc).__name__).replace("%2", _reason(exc)))
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if hasattr(widget, "set_theme"):
            try:
                widget.set_theme(self.theme)
            except Exception:  # noqa: BLE001
                pass
        holder.layout().addWidget(widget)
        self._labs[index] = (spec, widget)

    def lab_widget(self, name: str) -> QWidget | None:
        """The widget of lab ``name`` (built on demand), or ``None`` if there is no such lab."""
        for index, (spec, _) in self._labs.items():
            if getattr(spec, "name", None) == name:
                self._ensure_lab(index)
                return self._labs[index][1]
        return None

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.actions: dict[str, QAction] = {}

        def action(key: str, text, slot, shortcut=None, tip=None, checkable=False, checked=False):
            """A window action; ``text`` and ``tip`` are functions returning the translated texts
            (``lambda: self.tr("…")``), set now and again on every language switch."""
            act = QAction(self)
            texts.bind(act.setText, text)
            texts.bind(act.setStatusTip, tip if tip is not None else str)
            texts.bind(act.setToolTip, tip if tip is not None else lambda: i18n.strip_mnemonic(texts.text(text)))
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            if checkable:
                act.setCheckable(True)
                act.setChecked(checked)
                act.toggled.connect(slot)
            else:
                act.triggered.connect(lambda _checked=False: slot())
            self.actions[key] = act
            return act

        texts = self.texts
        file_menu = self._menu(bar, lambda: self.tr("&File"))
        file_menu.addAction(action("export_image", lambda: self.tr("Export &image…"), self._menu_export_image,
                                   "Ctrl+E", lambda: self.tr("Save the figure (PNG 1×/2×, SVG) or the whole window (PNG)")))
        file_menu.addAction(action("export_surface", lambda: self.tr("Export &3-D view…"), self._menu_export_surface,
                                   tip=lambda: self.tr("Save the 3-D view as PNG")))
        file_menu.addAction(action("export_csv", lambda: self.tr("Export &trajectories…"), self._menu_export_csv,
                                   "Ctrl+Shift+E", lambda: self.tr("Save every run's steps as CSV")))
        file_menu.addSeparator()
        file_menu.addAction(action("open_session", lambda: self.tr("&Open session…"), self._menu_open_session,
                                   QKeySequence.StandardKey.Open, lambda: self.tr("Restore a saved session")))
        file_menu.addAction(action("save_session", lambda: self.tr("Save &session…"), self._menu_save_session,
                                   QKeySequence.StandardKey.Save, lambda: self.tr("Save function, settings and run starts")))
        file_menu.addSeparator()
        quit_action = action("quit", lambda: self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit,
                             lambda: self.tr("Close Gradient Explorer"))
        if quit_action.shortcut().isEmpty():
            quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        file_menu.addAction(quit_action)

        edit_menu = self._menu(bar, lambda: self.tr("&Edit"))
        edit_menu.addAction(action("copy_image", lambda: self.tr("&Copy image"), self.copy_image,
                                   QKeySequence.StandardKey.Copy, lambda: self.tr("Copy the current figure to the clipboard")))

        # The View menu's check marks are bound to the state: toggling one writes the state, and
        # _show_view_menu makes them follow the state (an equal value written back changes nothing).
        state = self.state
        view_menu = self._menu(bar, lambda: self.tr("&View"))
        for name, label in LAYERS:
            view_menu.addAction(action(f"layer_{name}", label, lambda on, n=name: state.set_layer(n, bool(on)),
                                       tip=lambda lb=label: self.tr("Show or hide the %1").replace("%1", self.tr(lb).lower()),
                                       checkable=True, checked=state.layers()[name]))
        view_menu.addSeparator()
        arrows = self._menu(view_menu, lambda: self.tr("Arrow &length"))
        group = QActionGroup(self)
        for mode, label, tip in (("scaled", lambda: self.tr("Scaled by |∇f|"), lambda: self.tr("Arrow length proportional to |∇f|")),
                                 ("unit", lambda: self.tr("Unit length"), lambda: self.tr("Every arrow the same length"))):
            act = action(f"arrows_{mode}", label, lambda on, m=mode: on and state.update(arrow_mode=m),
                         tip=tip, checkable=True, checked=mode == state.arrow_mode)
            group.addAction(act)
            arrows.addAction(act)
        view_menu.addAction(action("log_heatmap", lambda: self.tr("&Log heatmap"), lambda on: state.update(log_heatmap=bool(on)),
                                   tip=lambda: self.tr("Colour f on a log scale"), checkable=True, checked=state.log_heatmap))
        theme_menu = self._menu(view_menu, lambda: self.tr("&Theme"))
        theme_group = QActionGroup(self)
        for name in THEMES:
            label, tip = THEME_TEXTS.get(name, (name.capitalize(), name.capitalize()))
            act = action(f"theme_{name}", label, lambda on, n=name: on and state.update(theme=n),
                         tip=tip, checkable=True, checked=name == state.theme)
            theme_group.addAction(act)
            theme_menu.addAction(act)
        self._build_language_menu(view_menu, action)
        view_menu.addSeparator()
        view_menu.addAction(action("book_view", lambda: self.tr("&Book view"), self.canvas.book_view, "Ctrl+B",
                                   lambda: self.tr("The book's figure: 18×18 grey arrows on [−2, 2]²")))
        view_menu.addAction(action("reset_view", lambda: self.tr("&Reset view"), self.canvas.reset_view, "Ctrl+0",
                                   lambda: self.tr("Back to the function's own box")))
        view_menu.addSeparator()
        surface = action("surface_view", lambda: self.tr("&3-D view"), self.show_surface_view, "Ctrl+3",
                         lambda: self.tr("Show f as a surface beside the canvas, with the runs rolling on it"),
                         checkable=True, checked=False)
        # The check mark follows the dock, whichever way it is closed (its own × button too).
        self.surface_dock.visibilityChanged.connect(
            lambda _visible: surface.setChecked(not self.surface_dock.isHidden()))
        view_menu.addAction(surface)

        run_menu = self._menu(bar, lambda: self.tr("&Run"))
        run_menu.addAction(action("pause_all", lambda: self.tr("&Pause/Resume all"), self.toggle_pause_all, "Space",
                                  lambda: self.tr("Pause every run, or resume them")))
        run_menu.addAction(action("step_all", lambda: self.tr("&Step all"), self.runs.step_all, "Ctrl+Right",
                                  lambda: self.tr("Show one more step of every run (pauses them)")))
        run_menu.addAction(action("cancel_all", lambda: self.tr("&Cancel all"), self.cancel_all, "Esc",
                                  lambda: self.tr("Stop every run")))
        run_menu.addAction(action("swarm", lambda: self.tr("S&warm over the view"), lambda: self.start_swarm(), "Ctrl+Shift+S",
                                  lambda: self.tr("Release a %1×%1 grid of starts over the visible field, all descending "
                                             "together with the panel's settings").replace("%1", str(SWARM_SIDE))))
        run_menu.addSeparator()
        run_menu.addAction(action("clear_paths", lambda: self.tr("C&lear paths"), self.clear_paths, "Ctrl+K",
                                  lambda: self.tr("Remove every path (cancels running ones)")))

        help_menu = self._menu(bar, lambda: self.tr("&Help"))
        help_menu.addAction(action("how_to", lambda: self.tr("&How to use"), self.show_help,
                                   QKeySequence.StandardKey.HelpContents, lambda: self.tr("A short guide")))
        help_menu.addAction(action("about", lambda: self.tr("&About"), self.show_about,
                                   tip=lambda: self.tr("About Gradient Explorer")))
        # Shortcuts of menu actions work only for actions the window knows.
        self.addActions(list(self.actions.values()))
        # Export works while a text field has the focus (a QLineEdit claims Ctrl+E for itself).
        self._shortcut_guard = WindowShortcutGuard(self, [self.actions["export_image"], self.actions["export_csv"]])
        self.menus = {"run": run_menu, "view": view_menu}
        self.tabs.currentChanged.connect(self._on_tab_changed)

    def _menu(self, parent, title):
        """A menu (of the menu bar or of another menu) whose title follows the language."""
        menu = parent.addMenu("")
        self.texts.bind(menu.setTitle, title)
        return menu

    def _build_language_menu(self, view_menu, action) -> None:
        """View ▸ Language: System, then each language by its own name (never translated)."""
        menu = self._menu(view_menu, lambda: self.tr("Lan&guage"))
        group = QActionGroup(self)
        for choice in i18n.CHOICES:
            if choice == "system":
                text = lambda: self.tr("&System (%1)").replace("%1", i18n.ENDONYMS[i18n.system_language()])
                tip = lambda: self.tr("Follow the language of the system")
            else:
                text = tip = lambda c=choice: i18n.ENDONYMS[c]
            # Not a checkable action of the helper: ``toggled`` also fires when retranslate_ui
            # checks the current choice, and only the user's choice is remembered.
            act = action(f"language_{choice}", text, lambda c=choice: self.set_language(c), tip=tip)
            act.setCheckable(True)
            group.addAction(act)
            menu.addAction(act)
        self.menus_language = menu

    def retranslate_ui(self) -> None:
        """Every text of the window in the current language (called again on each LanguageChange)."""
        self.texts.apply()
        if self._cursor_placeholder:
            self.cursor_label.setText(self.tr("Move the mouse over the field"))
        elif getattr(self, "_cursor_at", None) is not None:  # the readout, in the new language
            self._show_cursor(*self._cursor_at)
        self._retranslate_help()
        if hasattr(self, "actions"):
            self.actions[f"language_{i18n.current_choice()}"].setChecked(True)
        self.statusBar().clearMessage()  # a status line in the old language
        language = i18n.current_language()
        notice = i18n.missing_font_notice(language)
        if notice is not None and language not in self._font_noticed:  # said once, not at every switch
            self._font_noticed.add(language)
            i18n.missing_font_notice_once(language)  # and logged once
            self.statusBar().showMessage(notice, FONT_NOTICE_MS)

    def set_language(self, choice: str) -> str:
        """Show the window in ``choice`` (``"system"``, ``"en"``, ``"ko"``, ``"ja"``) and remember it
        where the settings are kept; returns the language shown. The texts change when Qt
        delivers the LanguageChange event (with the next events)."""
        language = i18n.set_language(choice)
        if self._persist_to is not None:
            i18n.save_language_choice(self._persist_to, choice)
        self.actions[f"language_{choice}"].setChecked(True)
        return language

    #: Actions that act on the Explorer's canvas and runs: off while a lab is shown, so their keys
    #: (Space, Esc, Ctrl+→ …) neither act on hidden runs nor clash with a lab's own shortcuts.
    EXPLORER_ONLY = ("pause_all", "step_all", "cancel_all", "clear_paths", "log_heatmap", "book_view",
                     "reset_view", "arrows_scaled", "arrows_unit", *(f"layer_{name}" for name, _ in LAYERS))

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        explorer = index == 0
        for key in self.EXPLORER_ONLY:
            self.actions[key].setEnabled(explorer)

    def _connect(self) -> None:
        self.canvas.startRequested.connect(self.start_run_at)
        self.canvas.swarmRequested.connect(lambda *box: self.start_swarm(box=box))
        self.canvas.cursorMoved.connect(self._show_cursor)
        self.canvas.pathPointClicked.connect(self.show_step)
        self.state.on_any_change(self._on_state_changed)  # the canvas binds itself on first show
        self.runs.runEnded.connect(self._on_run_ended)
        self.runs.runFailed.connect(self._on_run_failed)
        self.runs.runsChanged.connect(self._on_runs_changed)
        self.verdicts.runsDiagnosed.connect(self._on_runs_diagnosed)
        self.runs.runsCleared.connect(self._on_runs_cleared)
        self.run_table.runsSelected.connect(self._on_selection)
        self.canvas.computeFailed.connect(self._on_field_failed)
        self.canvas.fieldUpdated.connect(self._on_field_drawn)

    @Slot(str)
    def _on_field_failed(self, message: str) -> None:
        self._field_failure = self.tr("Could not draw the field: %1").replace("%1", message)
        self.status(self._field_failure)

    @Slot()
    def _on_field_drawn(self) -> None:
        # A field drawn again (the user chose another scheme…): its failure is no longer true.
        failure, self._field_failure = getattr(self, "_field_failure", None), None
        if failure is not None and self.statusBar().currentMessage() == failure:
            self.statusBar().clearMessage()

    # -- runs ----------------------------------------------------------------------------------
    @Slot(float, float)
    def start_run_at(self, x0: float, x1: float) -> int | None:
        """Start a descent at (x0, x1) with the panel's settings; returns the run id (None if refused)."""
        if not (math.isfinite(x0) and math.isfinite(x1)):
            return None
        try:
            config = self.controls.config()
        except ValueError as exc:
            self.status(self.tr("Not started: %1").replace("%1", _reason(exc)))
            return None
        refusal = self.history_refusal([(1, config.steps)])
        if refusal is not None:
            self.status(refusal)
            return None
        try:
            run_id = self.runs.start_run(self.controls.objective(), (x0, x1), config)
        except MemoryError as exc:  # the controller's own estimate: a message, never a traceback
            self.status(self.tr("Not started: %1").replace("%1", _reason(exc)))
            return None
        self.state.update(probe=(x0, x1))  # the panel reads the stability bound at this start
        self.status(self.tr("Run %1 started at %2 (%3)").replace("%1", str(run_id))
                    .replace("%2", fmt_point((x0, x1))).replace("%3", self.controls.describe()))
        return run_id

    def toggle_pause_all(self) -> None:
        if self.runs.all_paused():
            self.runs.resume_all()
            self.status(self.tr("Resumed all runs"))
        else:
            self.runs.pause_all()
            self.status(self.tr("Paused all runs"))

    def cancel_all(self) -> None:
        live = self.runs.any_live()
        self.runs.cancel_all()
        if live:
            self.status(self.tr("Cancelled all runs"))

    def clear_paths(self) -> None:
        self.runs.clear()
        self.status(self.tr("Paths cleared"))

    def start_swarm(self, n: int = SWARM_SIDE, box=None) -> list[int]:
        """Drop an n × n grid of starts over ``box`` (default: the visible field), all descending together."""
        try:
            config = self.controls.config()
        except ValueError as exc:
            self.status(self.tr("Not started: %1").replace("%1", _reason(exc)))
            return []
        x0a, x0b, x1a, x1b = self.canvas.view_box_range() if box is None else box
        # cell centres: no start sits on the view's edge
        gx = x0a + (np.arange(n) + 0.5) * (x0b - x0a) / n
        gy = x1a + (np.arange(n) + 0.5) * (x1b - x1a) / n
        starts = np.stack(np.meshgrid(gx, gy), axis=-1).reshape(-1, 2)
        refusal = self.history_refusal([(len(starts), config.steps)])
        if refusal is not None:
            self.status(refusal)
            return []
        try:
            ids = self.runs.start_runs(self.controls.objective(), starts, config, swarm=True)
        except MemoryError as exc:
            self.status(self.tr("Not started: %1").replace("%1", _reason(exc)))
            return []
        self.status(self.tr("Swarm of %n starts released (runs %1–%2)", "", len(ids))
                    .replace("%1", str(ids[0])).replace("%2", str(ids[-1])))
        return ids

    @Slot(object)
    def _on_runs_diagnosed(self, run_ids: list) -> None:
        """The status line says how runs ended, once their verdicts are known: one sentence per
        run, and one for a whole swarm (its counts per verdict) when its last verdict arrives."""
        last = self.runs.runs.get(run_ids[-1]) if run_ids else None
        if last is None:
            return
        cohort = last.cohort
        if not cohort.swarm:
            self.status(self.run_sentence(last.run_id))
        elif cohort.ended and all(d is not None for d in cohort.diagnoses):
            self.status(self.swarm_sentence(cohort))

    def run_sentence(self, run_id: int) -> str:
        """How run ``run_id`` ended, as the status line says it: "Run 3 — Diverged: f grew …"."""
        run = self.runs.run(run_id)
        ended = run.status_message()
        return self.tr("Run %1 — %2").replace("%1", str(run_id)).replace("%2", i18n.render(ended) if ended else "")

    def swarm_sentence(self, cohort) -> str:
        """A swarm's end in one sentence: how many runs ended with each verdict."""
        counts = {verdict: 0 for verdict in Verdict}
        for diagnosis in cohort.diagnoses:
            counts[diagnosis.verdict] += 1
        # "minimum: 880, saddle point: 20"; Japanese lists with 、
        parts = self.tr(", ", "between the verdict counts of a swarm").join(
            self.tr("%1: %2", "a verdict and how many runs ended with it")
            .replace("%1", i18n.render(verdict_label(v))).replace("%2", str(n))
            for v, n in counts.items() if n)
        last_id = cohort.first_id + cohort.size - 1
        return (self.tr("Swarm of %n runs (%1–%2) ended — %3.", "", cohort.size)
                .replace("%1", str(cohort.first_id)).replace("%2", str(last_id)).replace("%3", parts))

    @Slot(int, int)
    def _on_run_ended(self, run_id: int, reason: int) -> None:
        # The status sentence comes with the run's verdict (_on_runs_diagnosed), just before this.
        if not self.loss_plot.chosen or not self.loss_plot.run_ids():
            self._show_loss(self.run_table.selected_run_ids())  # a finished run's f, unasked for
        self._refresh_views(run_id)

    @Slot(int, str)
    def _on_run_failed(self, run_id: int, message: str) -> None:
        self.status(self.tr("Run %1 failed: %2").replace("%1", str(run_id)).replace("%2", message))
        self.show_message(self.tr("Run failed"),
                          self.tr("Run %1 stopped because computing it failed:\n\n%2\n\n"
                                  "The window keeps working; check the function or the settings.")
                          .replace("%1", str(run_id)).replace("%2", message),
                          QMessageBox.Icon.Warning)
        self._refresh_views(run_id)

    @Slot(object)
    def _on_runs_changed(self, run_ids: list) -> None:
        # Runs change every animation frame; the loss plot and step box follow a few times a
        # second (each redraw of a plot's axes costs milliseconds the animation needs).
        self._dirty_runs.update(run_ids)
        if not self._views_timer.isActive():
            self._views_timer.start()

    def _refresh_views(self, run_id: int | None = None) -> None:
        """Bring the loss plot and the step box up to date (for ``run_id``, or every changed run)."""
        ids = self._dirty_runs | ({run_id} if run_id is not None else set())
        self._dirty_runs = set()
        self._views_timer.stop()
        if any(i in self.loss_plot.run_ids() for i in ids):
            self.loss_plot.refresh()
        if self.step_details.run_id in ids and self.step_details.run_id in self.runs.runs:
            self.show_step(self.step_details.run_id, self.step_details.step)

    def _on_runs_cleared(self) -> None:
        self.loss_plot.show_runs([])
        self.step_details.clear()

    @Slot(list)
    def _on_selection(self, run_ids: list) -> None:
        self.canvas.set_highlighted(run_ids)
        self._show_loss(run_ids)

    def _show_loss(self, run_ids: list) -> None:
        """f against the step for the selected runs; with none selected, for the last finished
        runs (not a swarm's hundreds), so a run's loss shows as soon as it ends."""
        if run_ids:
            self.loss_plot.show_runs([self.runs.run(i) for i in run_ids if i in self.runs.runs])
            return
        finished = [run for run in self.runs.runs.values() if run.ended and not run.cohort.swarm]
        self.loss_plot.show_runs(finished[-LOSS_UNSELECTED_RUNS:], chosen=False)

    @Slot(int, int)
    def show_step(self, run_id: int, step: int) -> bool:
        """Show step ``step`` of run ``run_id`` in the step-details box."""
        run = self.runs.runs.get(run_id)
        return run is not None and self.step_details.show_step(run, step)

    # -- following the state -------------------------------------------------------------------
    def _on_state_changed(self, names: frozenset[str]) -> None:
        """What the window itself shows of the state (the panel and the canvas follow it themselves)."""
        state = self.state
        if names & OBJECTIVE_FIELDS:
            if not state.keep_paths:
                self.runs.clear()
            self._cursor_placeholder = True  # the old readout was of another f
            self.cursor_label.setText(self.tr("Move the mouse over the field"))
            # a catalogue function's title in the reader's language; a formula's as typed
            self.status(self.tr("%1: click the field to start a descent")
                        .replace("%1", i18n.render(state.objective.title_message)))
        if "animation_speed" in names:
            self.runs.set_speed(state.animation_speed)
        if "theme" in names:
            self._apply_theme(THEMES[state.theme])
        self._show_view_menu(names)

    def _show_view_menu(self, names: frozenset[str]) -> None:
        state = self.state
        for name, field in LAYER_FIELDS.items():
            if field in names:
                self.actions[f"layer_{name}"].setChecked(getattr(state, field))
        if "arrow_mode" in names:
            self.actions[f"arrows_{state.arrow_mode}"].setChecked(True)
        if "log_heatmap" in names:
            self.actions["log_heatmap"].setChecked(state.log_heatmap)
        if "theme" in names:
            self.actions[f"theme_{state.theme}"].setChecked(True)

    @Slot(float, float)
    def _show_cursor(self, x0: float, x1: float) -> None:
        state = self.state
        objective = state.objective
        point = np.array([x0, x1], dtype=float)
        try:
            with np.errstate(all="ignore"):
                value = float(objective.value(point))
                grad = objective.gradient(point, numerical=state.numerical_gradient, h=state.h, scheme=state.scheme)
            readout = f"f = {fmt(value)}   ∇f = {fmt_point(grad)}"
        except Exception as exc:  # noqa: BLE001 - an undefined point of a formula is not an error
            readout = self.tr("f undefined here (%1)").replace("%1", type(exc).__name__)
        self._cursor_placeholder, self._cursor_at = False, (x0, x1)
        self.cursor_label.setText(f"x = {fmt_point(point)}   {readout}")

    # -- looks ---------------------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        """Show ``theme`` (one of ``THEMES``): canvas, plots, paths and the window's own colours."""
        self.state.update(theme=theme.name)

    def _apply_theme(self, theme: Theme) -> None:
        # The canvas restyles itself from the state; everything else of the window follows here.
        self.theme = theme
        self.loss_plot.set_theme(theme)
        self.runs.set_palette(theme.path_colors)
        self.canvas.set_highlighted(self.run_table.selected_run_ids())  # re-adding paths drops it
        self.setPalette(theme_palette(theme))
        for _spec, widget in self._labs.values():
            if widget is not None and hasattr(widget, "set_theme"):
                widget.set_theme(theme)

    # -- messages ------------------------------------------------------------------------------
    def status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MS)

    def show_message(self, title: str, text: str, icon=QMessageBox.Icon.Information) -> QMessageBox:
        """A non-modal message box (one at a time: a new message replaces the old one)."""
        if self.last_message is not None:
            self.last_message.close()
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        box.show()
        self.last_message = box
        return box

    def show_help(self) -> QDialog:
        """The how-to, in a non-modal window that can stay open beside the field."""
        if self._help is None:
            self._help = QDialog(self)
            self._help.setModal(False)
            browser = QTextBrowser(self._help)
            browser.setOpenExternalLinks(False)
            layout = QVBoxLayout(self._help)
            layout.addWidget(browser)
            # A window of its own needs a way out besides the title bar (which some desktops hide).
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self._help)
            buttons.rejected.connect(self._help.close)
            layout.addWidget(buttons)
            self._help.browser = browser
            self._help.buttons = buttons
            self._help.resize(560, 620)
            self._retranslate_help()
        self._help.show()
        self._help.raise_()
        return self._help

    def _retranslate_help(self) -> None:
        """The help window's title and text, and the About box's if it is the message shown, in
        the current language."""
        if self._help is not None:
            self._help.setWindowTitle(i18n.translate(help_text.CONTEXT, help_text.HOW_TO_TITLE))
            self._help.browser.setHtml(help_text.how_to_html())
        about = self.last_message
        if about is not None and getattr(about, "is_about", False):
            about.setWindowTitle(i18n.translate(help_text.CONTEXT, help_text.ABOUT_TITLE))
            about.setText(help_text.about_html() + self.about_details())

    def show_about(self) -> QMessageBox:
        box = self.show_message(i18n.translate(help_text.CONTEXT, help_text.ABOUT_TITLE),
                                help_text.about_html() + self.about_details())
        box.setTextFormat(Qt.TextFormat.RichText)
        box.is_about = True  # retranslate_ui sets its text again
        from PySide6.QtGui import QIcon

        box.setIconPixmap(QIcon(self.windowIcon()).pixmap(64, 64))
        return box

    def about_details(self) -> str:
        """The About box's facts: version, the versions of Qt, PySide6, pyqtgraph and numpy, the licence."""
        import html

        import pyqtgraph
        import PySide6
        from PySide6.QtCore import qVersion

        from gui.app_info import LICENCE, version

        licence = LICENCE if LICENCE is not None else self.tr("no licence declared yet")
        shown_version = version()
        if shown_version == "unknown":  # gui.app_info found no metadata and no pyproject.toml
            shown_version = self.tr("unknown", "the app's version")
        rows = ((self.tr("Version"), shown_version), ("Qt", qVersion()), ("PySide6", PySide6.__version__),
                ("pyqtgraph", pyqtgraph.__version__), ("numpy", np.__version__), (self.tr("Licence"), licence))
        cells = "".join(f"<tr><td>{html.escape(k)}</td><td>&nbsp;{html.escape(v)}</td></tr>" for k, v in rows)
        return f"<table>{cells}</table>"

    # -- files (the methods tests call; the menu handlers only ask for a path) -----------------
    def export_target(self) -> QWidget:
        """The figure of the current tab: the canvas, or the open lab's ``export_target()``."""
        index = self.tabs.currentIndex()
        if index in self._labs:
            self._ensure_lab(index)
            widget = self._labs[index][1]
            target = getattr(widget, "export_target", None)
            return target() if callable(target) else widget
        return self.canvas

    def export_canvas_image(self, path: str | Path, scale: int = 1) -> None:
        """Write the current figure (canvas or lab) to ``path``: SVG if it ends in .svg, else PNG at ``scale``×."""
        from gui.export import export_png, export_svg

        target = self.export_target()
        if str(path).lower().endswith(".svg"):
            export_svg(target, path)
        else:
            export_png(target, path, scale=scale)

    def export_surface_image(self, path: str | Path) -> None:
        """Write the 3-D view to ``path`` as PNG (shown first if hidden); raises ``ExportError``."""
        if self.surface_dock.isHidden():
            self.show_surface_view(True)
        self.surface_view.export_png(path)

    def export_window_image(self, path: str | Path, scale: int = 1) -> None:
        """Write the whole window to ``path`` as PNG."""
        from gui.export import export_png

        export_png(self, path, scale=scale)

    def copy_image(self) -> None:
        from gui.export import ExportError, copy_image

        try:
            copy_image(self.export_target())
        except (ExportError, OSError) as exc:
            self.show_message(self.tr("Copy failed"), _reason(exc), QMessageBox.Icon.Warning)
            return
        self.status(self.tr("Figure copied to the clipboard"))

    def trajectories(self) -> list:
        """Every run's shown steps as ``gui.model.trajectory_csv.Trajectory`` (in run order), with
        its settings and verdict."""
        from gui.model.run_records import trajectory_of

        return [trajectory_of(run) for run in self.runs.runs.values()]

    def export_trajectories(self, path: str | Path) -> int:
        """Write every run's steps to ``path`` as CSV; returns the number of rows."""
        from gui.model.trajectory_csv import write_trajectories_csv

        trajectories = self.trajectories()
        write_trajectories_csv(path, trajectories)
        return sum(len(t.xs) for t in trajectories)

    def current_session(self):
        """Everything on screen as a ``gui.model.session.Session``: the state, plus every run with
        its own settings, the steps shown and its verdict (``gui.model.run_records``)."""
        from gui.model.run_records import record_of

        return self.state.to_session(runs=tuple(record_of(run) for run in self.runs.runs.values()))

    def apply_session(self, session, *, start_runs: bool = True) -> str | None:
        """Show ``session`` (already validated) with ONE state update, and replay its runs, each
        with its own settings (a cancelled run to the step it was cancelled at).

        Returns ``None``, or why its runs were not started: when their history could exceed the
        budget (``history_refusal``) the view is shown without them and the status bar says so.
        """
        from gui.model.run_records import replay_groups

        self.runs.clear()  # a session brings its own runs (or none), whatever keep-paths says
        self.state.from_session(session)
        if not start_runs:
            return None
        groups = replay_groups(session.run_records(), shown=self.state.objective)
        refusal = self.history_refusal([(len(group.starts), group.config.steps) for group in groups])
        if refusal is not None:
            self.status(refusal)
            return refusal
        for group in groups:
            try:
                ids = self.runs.start_runs(group.objective, group.starts, group.config, swarm=group.swarm)
            except MemoryError as exc:
                refusal = self.tr("Not started: %1").replace("%1", str(exc))
                self.status(refusal)
                return refusal
            if group.cancelled_at is not None:
                cohort = self.runs.run(ids[0]).cohort
                cohort.replay_cancelled, cohort.requested_steps = True, group.requested_steps
                if group.cancelled_at == 0:
                    self.runs.cancel(ids[0])  # cancelled at its start: before any step
        return None

    def history_refusal(self, requests: list[tuple[int, int]]) -> str | None:
        """Why runs ``requests = [(n_runs, steps), …]`` must not start (``None``: they may): their
        history could need more than ``HISTORY_BUDGET_BYTES`` together with what the runs shown
        already hold (1,000 runs of 10⁶ steps from a session would need 37 GiB)."""
        from gui.model.runs import HISTORY_BUDGET_BYTES, history_bytes

        need = sum(history_bytes(n, steps) for n, steps in requests)
        held = sum(history_bytes(c.size, max(c.max_received - 1, 0) if c.ended else c.config.steps)
                   for c in self.runs.cohorts())
        if need + held <= HISTORY_BUDGET_BYTES:
            return None
        runs = sum(n for n, _ in requests)
        text = self.tr("Not started: %1 runs of up to %2 steps could need %3 GiB, with %4 GiB held by the runs "
                       "shown (the limit is %5 GiB); clear paths, or use fewer runs or steps")
        for key, value in (("%1", str(runs)), ("%2", str(max(int(s) for _, s in requests))),
                           ("%3", f"{need / 2**30:.1f}"), ("%4", f"{held / 2**30:.1f}"),
                           ("%5", f"{HISTORY_BUDGET_BYTES / 2**30:.0f}")):
            text = text.replace(key, value)
        return text

    def open_session(self, path: str | Path) -> bool:
        """Load and show the session at ``path``; errors become a message box (returns False)."""
        from gui.model.session import SessionError, load_session

        try:
            session = load_session(path)
            refusal = self.apply_session(session)
        except (SessionError, OSError, ValueError) as exc:
            self.show_message(self.tr("Could not open the session"), f"{path}\n\n{_reason(exc)}",
                              QMessageBox.Icon.Warning)
            return False
        if refusal is not None:  # the view is shown; its runs would not fit in memory
            self.show_message(self.tr("Session opened without its runs"), f"{path}\n\n{refusal}",
                              QMessageBox.Icon.Warning)
            return True
        self.status(self.tr("Opened session %1").replace("%1", str(path)))
        return True

    def save_session(self, path: str | Path) -> bool:
        """Write the current session to ``path``; errors become a message box (returns False)."""
        from gui.model.session import save_session

        try:
            save_session(path, self.current_session())
        except (OSError, ValueError) as exc:
            self.show_message(self.tr("Could not save the session"), f"{path}\n\n{_reason(exc)}",
                              QMessageBox.Icon.Warning)
            return False
        self.status(self.tr("Saved session %1").replace("%1", str(path)))
        return True

    # -- menu handlers (the only places with file dialogs) -------------------------------------
    def _menu_export_image(self) -> None:
        # filter (in the current language) → (what, scale, suffix)
        filters = {self.tr("PNG image (*.png)"): ("canvas", 1, ".png"),
                   self.tr("PNG image, 2× resolution (*.png)"): ("canvas", 2, ".png"),
                   self.tr("SVG vector image (*.svg)"): ("canvas", 1, ".svg"),
                   self.tr("Whole window, PNG (*.png)"): ("window", 1, ".png")}
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export image"), "gradient-explorer.png",
                                                   ";;".join(filters))
        if not path:
            return
        target, scale, suffix = filters.get(chosen, ("canvas", 1, ".png"))
        if suffix == ".svg" and not path.lower().endswith(".svg"):
            path += ".svg"
        elif suffix != ".svg" and not path.lower().endswith((".png", ".svg")):
            path += ".png"
        self._guarded_export(lambda: self.export_window_image(path) if target == "window"
                             else self.export_canvas_image(path, scale), path)

    def _menu_export_surface(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export 3-D view"), "gradient-explorer-3d.png",
                                              self.tr("PNG image (*.png)"))
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        self._guarded_export(lambda: self.export_surface_image(path), path)

    def _guarded_export(self, write, path: str) -> bool:
        try:
            write()
        except Exception as exc:  # noqa: BLE001 - any failure to write is reported, the app stays up
            self.show_message(self.tr("Export failed"),
                              self.tr("Could not write %1:\n\n%2").replace("%1", path).replace("%2", _reason(exc)),
                              QMessageBox.Icon.Warning)
            return False
        self.status(self.tr("Wrote %1").replace("%1", path))
        return True

    def _menu_export_csv(self) -> None:
        if not self.runs.runs:
            self.show_message(self.tr("Nothing to export"), self.tr("Start a run first: click the field."))
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export trajectories"), "trajectories.csv",
                                              self.tr("CSV file (*.csv)"))
        if path:
            self._guarded_export(lambda: self.export_trajectories(path), path)

    def _menu_open_session(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open session"), "",
                                              self.tr("Gradient Explorer session (*.json)") + ";;"
                                              + self.tr("All files (*)"))
        if path:
            self.open_session(path)

    def _menu_save_session(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save session"), "session.json",
                                              self.tr("Gradient Explorer session (*.json)"))
        if path:
            self.save_session(path)

    # -- settings and closing ------------------------------------------------------------------
    def restore_settings(self, qsettings: QSettings | None = None) -> None:
        """Restore geometry, layout and panel values; from now on closing saves them there."""
        from gui.settings_store import load_settings

        qsettings = qsettings if qsettings is not None else QSettings()
        self._persist_to = qsettings
        settings = load_settings(qsettings)
        try:
            self.apply_session(settings.panel, start_runs=False)
        except (ValueError, KeyError) as exc:
            settings = dataclasses.replace(settings, warnings=(*settings.warnings, str(exc)),
                                           messages=(*settings.messages, reason_of(exc)))
        if settings.geometry:
            self.restoreGeometry(settings.geometry)
        if settings.window_state:
            self.restoreState(settings.window_state)
        splitter = qsettings.value("window/splitter")
        if splitter is not None:
            try:
                self.splitter.restoreState(splitter)
            except TypeError:
                pass
        if settings.messages:
            self.status(self.tr("Some saved settings were unusable and were reset: %1")
                        .replace("%1", self.tr("; ", "between the reasons of a list").join(
                            i18n.render(m) for m in settings.messages)))

    def save_settings(self, qsettings: QSettings | None = None) -> None:
        from gui.settings_store import AppSettings, save_settings

        qsettings = qsettings if qsettings is not None else self._persist_to
        if qsettings is None:
            return
        panel = dataclasses.replace(self.state.to_session(), starts=(), runs=())
        save_settings(qsettings, AppSettings(geometry=bytes(self.saveGeometry().data()),
                                             window_state=bytes(self.saveState().data()), panel=panel))
        qsettings.setValue("window/splitter", self.splitter.saveState())
        qsettings.sync()

    def shutdown(self) -> None:
        """Stop every thread this window started (idempotent)."""
        if self._closed:
            return
        self._closed = True
        self.surface_view.shutdown()
        self.runs.shutdown()
        self.compute.shutdown()
        for _spec, widget in self._labs.values():
            if widget is not None:
                stop = getattr(widget, "shutdown", None)
                if callable(stop):
                    try:
                        stop()
                    except Exception:  # noqa: BLE001 - closing must finish whatever a lab does
                        pass
                widget.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self._persist_to is not None and not self._closed:
            try:
                self.save_settings()
            except Exception as exc:  # noqa: BLE001 - failing to save must not block quitting
                print(f"gradient-explorer: could not save settings: {exc}")
        for dialog in (self.last_message, self._help):
            if dialog is not None:
                dialog.close()
        self.shutdown()
        super().closeEvent(event)
