"""The vector-field canvas: −∇f arrows over a heatmap and contours of f, with descent paths.

Each layer is one graphics item (see the layer modules). The canvas owns the view: when the user
pans or zooms, a single-shot timer (debounce) recomputes the arrows for the visible region at
about one arrow per ``ARROW_SPACING_PX`` pixels, and f at screen-ish resolution. All mathematics
comes from ``numerics``; this module only decides where to evaluate and how to draw.

Where the computation runs: a canvas given a ``ComputeThread`` (the window's: ``compute=`` or
:meth:`FieldCanvas.set_compute`) submits each recompute as a job (:mod:`gui.canvas.field_job`)
under one key, so a newer view supersedes an older one (a stale field is never drawn) and a slow
formula never blocks pan, zoom or anything else on the GUI thread; the frame is drawn when it
arrives. A canvas without one (the labs' figures, headless export) computes at once, and
``recompute(sync=True)`` / :meth:`FieldCanvas.wait_until_drawn` give any canvas a finished
picture for an export. A failure of the user's maths, on either path, is a ``computeFailed``
message (the window shows it in its status bar) and clears the layers it could not compute.
"""
from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt import QtCore, QtGui, QtWidgets

from gui.canvas.arrows import ArrowMode, arrow_lengths, arrow_vertices, magnitude_classes, quiver_polygons
from gui.canvas.contour_layer import ContourLayer
from gui.canvas.critical_layer import CriticalLayer
from gui.canvas.field_job import FieldFrame, FieldRequest, compute_field_frame
from gui.canvas.field_layer import ArrowFieldItem
from gui.canvas.grid_spacing import arrow_grid
from gui.canvas.heatmap_layer import HeatmapLayer
from gui.canvas.legends import ColourLegends
from gui.canvas.paths_layer import PLAIN, PathsLayer, PathStyle, drawable_prefix
from gui.canvas.swarm_drag import SwarmDragViewBox
from gui.i18n import Retranslatable, render
from gui.model.runs import Cohort
from numerics.descent import DescentConfig, StopReason
from gui.model.theme import LIGHT, THEMES, Theme, grid_item_color
from numerics import Field
from numerics.jobs import run_to_end

if TYPE_CHECKING:
    from gui.model.explorer_state import ExplorerState
    from gui.workers.compute_thread import ComputeThread, Job, JobError

log = logging.getLogger(__name__)

LAYERS = ("field", "heatmap", "contours", "critical", "paths")
# stacking order: ground first, paths and critical points on top
Z_HEATMAP, Z_GRID, Z_CONTOURS, Z_FIELD, Z_OVERLAY, Z_PATHS, Z_CRITICAL = -20, -15, -10, 0, 5, 10, 20

BOOK_AXIS = np.arange(-2, 2.5, 0.25)  #: the book's ch. 4 quiver grid (gradient_2d.py), 18 points
BOOK_STEP = 0.25
#: the book view's shaft width, in grid cells: plt.quiver's 0.005 of the axes' width on [−2, 2]
#: is 0.08 of a cell; a little more reads better on a screen and a slide
BOOK_SHAFT = 0.09
BOOK_TICK_PT, BOOK_LABEL_PT = 11.0, 12.0


def book_axes(view: tuple[float, float, float, float]) -> tuple[np.ndarray, np.ndarray]:
    """The book view's grid for ``view``: the book's ``arange(-2, 2.5, 0.25)`` and every point of
    the same 0.25 lattice inside the view (a view wider than [−2, 2] has no empty band)."""
    axes = []
    for lo, hi in ((view[0], view[1]), (view[2], view[3])):
        k = np.arange(np.ceil(lo / BOOK_STEP - 1e-9), np.floor(hi / BOOK_STEP + 1e-9) + 1)
        if len(k) > 400:  # an absurd zoom-out: the lattice alone
            k = k[:: int(np.ceil(len(k) / 400))]
        axes.append(np.union1d(BOOK_AXIS, k * BOOK_STEP))
    return axes[0], axes[1]
BOOK_LIMITS = (-2.0, 2.0)


class FieldCanvas(Retranslatable, QtWidgets.QWidget):
    """Vector field of −∇f, heatmap and contours of f, critical points and descent paths.

    Signals: ``startRequested(x0, x1)`` on a left click that is not a drag (data coordinates),
    ``cursorMoved(x0, x1)``, ``pathPointClicked(run_id, step)`` when the click lands within
    ``PATH_HIT_PX`` of a path vertex (instead of ``startRequested``), ``fieldUpdated()`` after
    the layers were recomputed and drawn, ``computeFailed(message)`` when the objective raised
    (the message names the function and the reason).

    ``compute``: the ``ComputeThread`` the field is computed on (``None``: on the calling thread).

    The canvas can follow an :class:`~gui.model.explorer_state.ExplorerState`
    (:meth:`bind_state`): every change of the state, however many fields it touches, is applied
    inside :meth:`deferred`, so it costs at most one field computation.

    On a language switch (:meth:`retranslate_ui`) the title and the critical points' labels are
    said again in the language shown; nothing is recomputed.
    """

    startRequested = QtCore.Signal(float, float)
    #: a Shift-drag drew this box (x0_min, x0_max, x1_min, x1_max): release a swarm over it
    swarmRequested = QtCore.Signal(float, float, float, float)
    cursorMoved = QtCore.Signal(float, float)
    pathPointClicked = QtCore.Signal(int, int)
    fieldUpdated = QtCore.Signal()
    computeFailed = QtCore.Signal(str)

    ARROW_SPACING_PX = 28
    N_COLOR_CLASSES = 8
    HEATMAP_PX_PER_CELL = 2
    HEATMAP_MAX_CELLS = 400
    HEATMAP_MARGIN = 0.25  #: heatmap covers this fraction of the view beyond each edge
    DEBOUNCE_MS = 50
    PATH_HIT_PX = 6.0

    def __init__(self, objective=None, theme: Theme = LIGHT, parent: QtWidgets.QWidget | None = None, *,
                 compute: "ComputeThread | None" = None) -> None:
        super().__init__(parent)
        self.compute: ComputeThread | None = compute  #: where the field is computed (None: here)
        self._job: Job | None = None  # the field computation in flight, if any
        self.job_key = f"field-canvas-{id(self)}"  #: the key its jobs are submitted under
        self._sync_next = False  # recompute(sync=True): the next computation runs here, now
        self.objective = None
        self.theme = theme
        self.arrow_mode: ArrowMode = "scaled"
        self.log_heatmap = False
        self.field_options = {"numerical": False, "h": 1e-4, "scheme": "central"}
        self.book_mode = False
        self.field: Field | None = None  #: the field behind the arrows last drawn
        self.arrow_step = 1.0  #: data distance between neighbouring arrows
        self.last_compute_ms = 0.0  #: computing time of the last field drawn (field + heatmap + contours)
        self._visible = dict.fromkeys(LAYERS, True)
        self.keys_visible = True  #: the colour keys beside the plot (small multiples share one figure's)
        self._deferred = 0  # depth of deferred() blocks
        self._pending_compute = False  # a recompute was asked for inside deferred()
        self._pending_draw = False  # a redraw of the arrows was asked for inside deferred()
        self.state: ExplorerState | None = None  #: the state followed (bind_state), if any

        # Shift-drag draws a rectangle of starts (a swarm); a plain drag pans as ever.
        self.plot = pg.PlotWidget(viewBox=SwarmDragViewBox())
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        item = self.plot.plotItem
        self.view_box: pg.ViewBox = item.vb
        item.setAspectLocked(True)  # arrows must meet contours at right angles on screen
        item.hideButtons()
        item.setMenuEnabled(False)  # its Export… dialog uses pyqtgraph's SVG exporter (broken on Qt 6.11)
        self.view_box.setMenuEnabled(False)
        # Axes only ever grow to fit their tick labels: with the aspect locked, an axis that also
        # shrinks can oscillate (a narrower axis widens the view, the new range's labels are wider,
        # the axis grows back …) — at 1280×800 the book view resized ~40 times a second.
        for name in ("left", "bottom"):
            self.plot.plotItem.getAxis(name).setStyle(autoReduceTextSpace=False)
        self.view_box.disableAutoRange()
        self.view_box.setLimits(minXRange=1e-9, minYRange=1e-9, maxXRange=1e9, maxYRange=1e9)
        item.setLabel("bottom", "x0")
        item.setLabel("left", "x1")
        # One GridItem instead of the axes' own grid: the axes replay their grid lines from a
        # QPicture on every repaint (~18 ms at 800×800 px, more than 10k arrows cost).
        self.grid = pg.GridItem(textPen=None)
        self.grid.setTickSpacing(x=[None, None], y=[None, None])  # major lines only, like the axes' grid
        self.grid.setZValue(Z_GRID)
        self.view_box.addItem(self.grid, ignoreBounds=True)

        self.heatmap = HeatmapLayer()
        self.contours = ContourLayer()
        self.field_item = ArrowFieldItem()
        self.overlay = pg.ItemGroup()  #: labs draw extra items here, in data coordinates
        self.critical = CriticalLayer()
        for layer, z in ((self.heatmap, Z_HEATMAP), (self.contours, Z_CONTOURS), (self.field_item, Z_FIELD),
                         (self.overlay, Z_OVERLAY), (self.critical, Z_CRITICAL)):
            layer.setZValue(z)
            self.view_box.addItem(layer, ignoreBounds=True)
        self.paths = PathsLayer(self.view_box, Z_PATHS)
        self._path_palette_index: dict[int, int] = {}  # static paths coloured from the theme palette
        self._static: dict[int, Cohort] = {}
        self._static_colors: dict[int, str] = {}
        self._static_styles: dict[int, PathStyle] = {}
        self._next_palette_index = 0

        # One key per colour, each titled above its own bar: |∇f| for the arrows, f for the heatmap.
        self.legends = ColourLegends(item)
        self.color_bar = self.legends.arrows  #: the arrows' key (|∇f|)

        self._debounce = QtCore.QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.DEBOUNCE_MS)
        self._debounce.timeout.connect(self.recompute)
        self.view_box.sigRangeChanged.connect(self._schedule)
        self.view_box.sigResized.connect(self._schedule)
        scene = self.plot.scene()
        scene.sigMouseClicked.connect(self._on_click)
        self.view_box.swarmBoxDrawn.connect(self.swarmRequested)
        scene.sigMouseMoved.connect(self._on_move)

        self.set_theme(theme)
        if objective is not None:
            self.set_objective(objective)

    # --- following a state ----------------------------------------------------------------

    def bind_state(self, state: "ExplorerState") -> None:
        """Show ``state`` now (one computation) and follow each of its changes (at most one each).

        The canvas only reads the state: objective and box, gradient options, log heatmap,
        arrow mode, layers and theme.
        """
        if self.state is not None:
            self.state.disconnect(self._follow_state)
        self.state = state
        state.on_any_change(self._follow_state)
        self._apply_state(frozenset(state.fields), settle=False)  # the first frame as soon as possible

    def _follow_state(self, names: frozenset[str]) -> None:
        self._apply_state(names, settle=True)

    def _apply_state(self, names: frozenset[str], settle: bool) -> None:
        """Apply the changed fields ``names`` of the state with at most one computation.

        With ``settle``, a new objective is computed after the debounce: its new range changes
        the axes' tick labels, so their width, so the plot's size, one layout pass later.
        Computed at once, the field would be computed again for the settled size.
        """
        from gui.model.explorer_state import FIELD_OPTION_FIELDS, LAYER_FIELDS, OBJECTIVE_FIELDS

        state = self.state
        new_objective = bool(names & OBJECTIVE_FIELDS) and state.objective is not self.objective
        with self.deferred(settle=settle and new_objective):
            if "theme" in names:
                self.set_theme(THEMES[state.theme])
            if new_objective:
                self.set_objective(state.objective)
            if names & (OBJECTIVE_FIELDS | FIELD_OPTION_FIELDS) and self._options_differ(*state.field_options()):
                self.set_field_options(*state.field_options())
            if new_objective or "log_heatmap" in names:
                if state.log_heatmap != self.log_heatmap:
                    self.set_log_heatmap(state.log_heatmap)
            if "arrow_mode" in names and state.arrow_mode != self.arrow_mode:
                self.set_arrow_mode(state.arrow_mode)
            for layer, field in LAYER_FIELDS.items():
                if field in names and getattr(state, field) != self._visible[layer]:
                    self.set_layer_visible(layer, getattr(state, field))

    def _options_differ(self, numerical: bool, h: float, scheme: str) -> bool:
        """Whether arrows computed with these options would differ (h and the scheme only
        matter for a numerical gradient)."""
        now = self.field_options
        if numerical != now["numerical"]:
            return True
        return numerical and (h != now["h"] or scheme != now["scheme"])

    @contextlib.contextmanager
    def deferred(self, settle: bool = False) -> Iterator[None]:
        """Collect recomputes and redraws asked for inside; do at most one of each at the end
        (with ``settle``, the recompute after the debounce: once the layout has settled)."""
        self._deferred += 1
        try:
            yield
        finally:
            self._deferred -= 1
            if self._deferred == 0:
                compute, draw = self._pending_compute, self._pending_draw
                self._pending_compute = self._pending_draw = False
                if compute and settle:
                    self._schedule()
                elif compute:
                    self.recompute()  # draws the arrows too
                elif draw:
                    self._draw_field()

    def retranslate_ui(self) -> None:
        """The title and the critical points' labels in the language shown (View ▸ Language)."""
        if getattr(self, "objective", None) is None:
            return
        self.plot.plotItem.setTitle(render(self.objective.title_message), color=self.theme.foreground)
        self.critical.retranslate()

    # --- objective, options and view --------------------------------------------------------

    def set_objective(self, objective) -> None:
        """Show ``objective``: view reset to its box, every layer recomputed now."""
        self.objective = objective
        self.log_heatmap = bool(getattr(objective, "log_heatmap", False))
        self.critical.set_points(objective.critical_points)
        self.plot.plotItem.setTitle(render(objective.title_message), color=self.theme.foreground)
        self.reset_view()

    def set_field_options(self, numerical: bool, h: float = 1e-4, scheme: str = "central") -> None:
        """Arrows from the analytic gradient, or numerical with step ``h`` and ``scheme``."""
        self.field_options = {"numerical": bool(numerical), "h": float(h), "scheme": str(scheme)}
        self.recompute()

    def set_arrow_mode(self, mode: ArrowMode) -> None:
        """``"scaled"``: length ∝ |∇f| (the book's look); ``"unit"``: direction only."""
        if mode not in ("scaled", "unit"):
            raise ValueError(f"arrow mode must be 'scaled' or 'unit', not {mode!r}")
        self.arrow_mode = mode
        self._draw_field()

    def set_log_heatmap(self, on: bool) -> None:
        """Colour f (and the arrows' |∇f|) on a log scale."""
        self.log_heatmap = bool(on)
        self.recompute()

    def set_layer_visible(self, name: str, visible: bool) -> None:
        """Show or hide one of ``"field", "heatmap", "contours", "critical", "paths"``."""
        if name not in LAYERS:
            raise ValueError(f"unknown layer {name!r}; layers are {', '.join(LAYERS)}")
        self._visible[name] = bool(visible)
        self._apply_visibility()
        if visible and name in ("heatmap", "contours", "field"):
            self.recompute()  # hidden layers are not kept up to date while hidden

    def set_keys_visible(self, visible: bool) -> None:
        """Show or hide the colour keys (|∇f|, f) and give their column to the plot."""
        self.keys_visible = bool(visible)
        self._apply_visibility()

    def layer_visible(self, name: str) -> bool:
        """Whether the layer is currently shown (book view hides heatmap and contours)."""
        return self._shown(name)

    def reset_view(self) -> None:
        """Back to the objective's box, leaving the book view."""
        self.book_mode = False
        self.set_figure_fonts(False)
        self._apply_visibility()
        if self.objective is not None:
            x0a, x0b, x1a, x1b = self.objective.box
            self.view_box.setRange(xRange=(x0a, x0b), yRange=(x1a, x1b), padding=0.02)
        self.recompute()

    def book_view(self) -> None:
        """The book's figure (``gradient_2d.py``): grey arrows on ``arange(-2, 2.5, 0.25)``, limits
        exactly [−2, 2], as ``plt.quiver`` draws them: filled heads, length ∝ |∇f|, the tail on
        the grid point; heatmap and contours hidden, larger fonts. A view that is not square
        shows more of the same 0.25 lattice (no empty bands); an export made square shows the
        book's 18 × 18 (``gui.cli --book-view``). Leave with :meth:`reset_view` or :meth:`set_objective`.
        """
        self.book_mode = True
        self.set_figure_fonts(True)
        self._apply_visibility()
        self.view_box.setRange(xRange=BOOK_LIMITS, yRange=BOOK_LIMITS, padding=0)
        self.recompute()

    def set_figure_fonts(self, on: bool) -> None:
        """Larger tick and axis text (11 and 12 pt), for a figure read from a page or a slide:
        the book view, and the book's figures exported from the command line."""
        item = self.plot.plotItem
        font = QtGui.QFont()
        if on:
            font.setPointSizeF(BOOK_TICK_PT)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setStyle(tickFont=font if on else None)
            axis.label.setFont(QtGui.QFont(font.family(), int(BOOK_LABEL_PT)) if on else QtGui.QFont())

    def settle_for_export(self) -> None:
        """Bring the layers up to date for the current size and view now, if a recompute is
        pending (``gui.export`` calls this: an export shows what the window shows once the
        debounce has run, not the field computed for the size before the last resize)."""
        if self._debounce.isActive() or self._pending_compute:
            self.recompute(sync=True)
        else:
            self.wait_until_drawn()

    def view_box_range(self) -> tuple[float, float, float, float]:
        """The visible region as a box ``(x0_min, x0_max, x1_min, x1_max)``."""
        (xa, xb), (ya, yb) = self.view_box.viewRange()
        return float(xa), float(xb), float(ya), float(yb)

    # --- theme ----------------------------------------------------------------------------

    def set_theme(self, theme: Theme) -> None:
        """Restyle background, axes, labels, grid, arrows, heatmap, contours, paths, colour bar."""
        self.theme = theme
        item = self.plot.plotItem
        self.plot.setBackground(theme.background)
        fg = pg.mkPen(theme.foreground)
        for name in ("left", "bottom", "top", "right"):
            axis = item.getAxis(name)
            axis.setPen(fg)
            axis.setTextPen(fg)
        self.grid.setPen(pg.mkPen(grid_item_color(theme), width=1))
        item.titleLabel.setText(item.titleLabel.text, color=theme.foreground)
        for name, text in (("bottom", "x0"), ("left", "x1")):
            item.setLabel(name, text, color=theme.foreground)
        self.legends.set_foreground(theme.foreground)

        self._class_pens = [pg.mkPen(c, width=1) for c in self._class_colors()]
        self.color_bar.setColorMap(self._stepped_colormap())
        self.heatmap.set_colormap(theme.heatmap_colormap, theme.heatmap_opacity, theme.heatmap_diverging_colormap)
        self._show_heatmap_key()
        self.contours.set_color(theme.contour)
        self.critical.set_colors(theme.critical, theme.critical_fill)
        for path_id, index in self._path_palette_index.items():
            self._static_colors[path_id] = theme.path_color(index)
            if path_id in self._static:
                self.paths.set_color(self._static[path_id], theme.path_color(index))
        self._draw_field()

    def _class_colors(self) -> list[QtGui.QColor]:
        cmap = pg.colormap.get(self.theme.arrow_colormap)
        lo, hi = self.theme.arrow_colormap_span
        centres = lo + (hi - lo) * (np.arange(self.N_COLOR_CLASSES) + 0.5) / self.N_COLOR_CLASSES
        return cmap.map(centres, mode="qcolor")

    def _stepped_colormap(self) -> pg.ColorMap:
        """The colour bar shows the classes as the steps they are, not a smooth ramp."""
        k = self.N_COLOR_CLASSES
        edges = np.arange(k + 1) / k
        pos = np.repeat(edges, 2)[1:-1]
        colors = [c for c in self._class_colors() for _ in (0, 1)]
        return pg.ColorMap(pos=pos, color=colors)

    # --- paths -------------------------------------------------------------------------------

    # The run controller's cohorts (gui.model.runs): one layer item draws them all, append-only.
    def add_cohort(self, cohort: Cohort, color: str) -> None:
        self.paths.add(cohort, color)

    def grow_cohort(self, cohort: Cohort, old_n: int, new_n: int) -> None:
        self.paths.grow(cohort, old_n, new_n)

    def grow_cohorts(self, changes) -> None:
        """Every ``(cohort, old_n, new_n)`` revealed in one frame, drawn together."""
        self.paths.grow_many(changes)

    def redraw_cohort(self, cohort: Cohort) -> None:
        self.paths.redraw(cohort)

    def remove_cohort(self, cohort: Cohort) -> None:
        self.paths.remove(cohort)

    def set_cohort_color(self, cohort: Cohort, color: str) -> None:
        self.paths.set_color(cohort, color)

    # Static paths (the labs' races, the command line's finished runs): the same layer.
    def add_path(self, path_id: int, color: str | None = None, style: PathStyle | None = None) -> None:
        """Reserve a path drawn in ``color`` (default: the theme's palette, recoloured with it),
        in ``style`` (dashes, dot size; default: a plain line with small dots)."""
        if color is None:
            index = self._next_palette_index
            self._next_palette_index += 1
            self._path_palette_index[path_id] = index
            color = self.theme.path_color(index)
        else:
            self._path_palette_index.pop(path_id, None)
        self._static_colors[path_id] = color
        self._static_styles[path_id] = style or PLAIN
        self.set_path(path_id, np.empty((0, 2)))

    def set_path(self, path_id: int, xy: np.ndarray) -> int:
        """Show the points ``xy`` ``(n, 2)`` as path ``path_id``; only the leading finite points are drawn.

        Returns the number of points drawn. ``KeyError`` for an unknown path, ``ValueError`` for
        a wrongly shaped array. The view does not move, however far the path runs.
        """
        color = self._static_colors[path_id]
        pts = drawable_prefix(xy)
        old = self._static.pop(path_id, None)
        if old is not None:
            self.paths.remove(old)
        cohort = Cohort(path_id, None, DescentConfig(steps=max(len(pts) - 1, 1)), pts[:1].copy() if len(pts) else np.zeros((1, 2)), 0)
        if len(pts):
            cohort.receive(np.zeros(len(pts), dtype=np.int64), np.arange(len(pts)), pts,
                           np.full(len(pts), np.nan), np.full((len(pts), 2), np.nan))
            cohort.n_shown = len(pts)
        # A finished path, ended and shown, through the cohort's own bookkeeping (its counters too).
        cohort.mark_computed(np.zeros(1, dtype=np.int64), np.array([StopReason.STEP_LIMIT], dtype=np.int8))
        cohort.settle()
        self._static[path_id] = cohort
        self.paths.add(cohort, color, self._static_styles.get(path_id, PLAIN))
        return len(pts)

    def set_highlighted(self, run_ids: Iterable[int]) -> None:
        """Draw these runs thicker; the others normally."""
        self.paths.set_highlighted(run_ids)

    def remove_path(self, path_id: int) -> None:
        """Remove one static path (unknown ids are ignored)."""
        cohort = self._static.pop(path_id, None)
        if cohort is not None:
            self.paths.remove(cohort)
        self._static_colors.pop(path_id, None)
        self._static_styles.pop(path_id, None)
        self._path_palette_index.pop(path_id, None)

    def clear_paths(self) -> None:
        """Remove every path and restart the palette."""
        self.paths.clear()
        self._static.clear()
        self._static_colors.clear()
        self._static_styles.clear()
        self._path_palette_index.clear()
        self._next_palette_index = 0

    # --- recomputing ---------------------------------------------------------------------------

    def _schedule(self, *_args) -> None:
        # restart: a drag that keeps moving costs nothing until it pauses for DEBOUNCE_MS
        self._debounce.start()

    def recompute(self, *, sync: bool = False) -> None:
        """Recompute every visible layer for the current view (the debounce calls this); inside
        :meth:`deferred`, once at its end. With a compute thread the layers are drawn when the
        job finishes (a newer recompute supersedes it); ``sync=True`` computes here and now."""
        self._debounce.stop()
        if sync:
            self._sync_next = True
        if self._deferred:
            self._pending_compute = True
            return
        self.paths.refresh()  # re-thin the drawn paths for the new scale
        self.critical.place_labels(self.view_box_range(), self._pixel_size())
        if self.objective is None:
            self._sync_next = False
            return
        self._compute_field()

    def set_compute(self, compute: "ComputeThread | None") -> None:
        """Compute the field on ``compute`` from now on (``None``: on the GUI thread)."""
        self._cancel_job()
        self.compute = compute

    @property
    def computing(self) -> bool:
        """Whether a field computation is in flight or waiting for the debounce."""
        return self._job is not None or self._debounce.isActive() or self._pending_compute

    def wait_until_drawn(self, timeout_ms: int = 30_000) -> bool:
        """Process events until the pending field is drawn (a debounced one is started now);
        returns whether it was within ``timeout_ms``. For exports and tests, never in a slot."""
        deadline = time.perf_counter() + timeout_ms / 1e3
        app = QtCore.QCoreApplication.instance()
        rounds = 0  # a layout that keeps resizing the view must not keep this waiting forever
        while time.perf_counter() < deadline:
            if self._debounce.isActive() and rounds < 3:  # a layout change asked for another field
                rounds += 1
                self.recompute()
            if self._job is None and (not self._debounce.isActive() or rounds >= 3):
                return True
            app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if self._job is not None:
                QtCore.QThread.msleep(1)
        return self._job is None

    def _cancel_job(self) -> None:
        job, self._job = self._job, None
        if job is not None:
            job.cancel()  # nothing it computes from now on is delivered

    def _compute_field(self) -> None:
        """The one entry point of a field computation (what the tests count): on the compute
        thread as a job superseding the previous one, or here when there is none (or sync)."""
        sync, self._sync_next = self._sync_next, False
        request = self._field_request()
        if self.compute is None or sync or self.compute.is_shut_down:
            self._cancel_job()
            try:
                frame = run_to_end(compute_field_frame(request))
            except Exception as exc:  # noqa: BLE001 - the user's maths may fail anywhere: a message
                self._failed(exc)
                return
            self._show_frame(frame)
            return
        job = self.compute.submit(compute_field_frame, request, key=self.job_key)
        self._job = job
        job.finished.connect(self._on_job_finished)
        job.errored.connect(self._on_job_errored)

    @QtCore.Slot(object)
    def _on_job_finished(self, frame: FieldFrame) -> None:
        if self.sender() is not self._job:
            return  # a job this canvas no longer waits for
        self._job = None
        self._show_frame(frame)

    @QtCore.Slot(object)
    def _on_job_errored(self, error: "JobError") -> None:
        if self.sender() is not self._job:
            return
        self._job = None
        self._failed(error.exception)

    def _failed(self, exc: BaseException) -> None:
        """Say why the field could not be computed, and show no stale layers under the new title."""
        from gui.i18n import render

        reason = getattr(exc, "message", None)
        text = render(reason) if reason is not None and not isinstance(reason, str) else (str(exc) or type(exc).__name__)
        title_message = getattr(self.objective, "title_message", None)
        title = render(title_message) if title_message is not None else getattr(self.objective, "title", "f")
        log.info("computing the field of %s failed: %s", getattr(self.objective, "title", "f"), text)
        self.field = None
        self.field_item.set_arrows(np.empty((0, 2)), np.empty((0, 2)), np.empty(0, dtype=np.int64), self._class_pens)
        self.heatmap.clear()
        self.contours.set_lines(np.empty((0, 2)))
        self.computeFailed.emit(
            QtCore.QCoreApplication.translate("FieldCanvas", "Could not evaluate %1: %2").replace("%1", title)
            .replace("%2", text))

    def _field_request(self) -> FieldRequest:
        """Where to evaluate for the current view (cheap: grids and sizes, no maths)."""
        if self.book_mode:
            x0, x1 = book_axes(self.view_box_range())
            self.arrow_step = BOOK_STEP
        else:
            xa, xb, ya, yb = self.view_box_range()
            x0, x1, self.arrow_step = arrow_grid((xa, xb, ya, yb), self._px_per_unit(), self.ARROW_SPACING_PX)
        points = np.stack(np.meshgrid(x0, x1), axis=-1)
        heat_box, heat_shape = None, (2, 2)
        if self._shown("heatmap") or self._shown("contours"):
            xa, xb, ya, yb = self.view_box_range()
            mx, my = (xb - xa) * self.HEATMAP_MARGIN, (yb - ya) * self.HEATMAP_MARGIN
            heat_box = (xa - mx, xb + mx, ya - my, yb + my)
            ppu = self._px_per_unit()
            nx = int(np.clip((heat_box[1] - heat_box[0]) * ppu / self.HEATMAP_PX_PER_CELL, 2, self.HEATMAP_MAX_CELLS))
            ny = int(np.clip((heat_box[3] - heat_box[2]) * ppu / self.HEATMAP_PX_PER_CELL, 2, self.HEATMAP_MAX_CELLS))
            heat_shape = (nx, ny)
        options = self.field_options
        return FieldRequest(self.objective, points, numerical=options["numerical"], h=options["h"],
                            scheme=options["scheme"], heat_box=heat_box, heat_shape=heat_shape,
                            log_heatmap=self.log_heatmap, view=self.view_box_range())

    def _show_frame(self, frame: FieldFrame) -> None:
        """Draw a computed frame: arrows, heatmap, contours (the GUI only draws)."""
        self.field = frame.field
        self._draw_field()
        if frame.heat is not None:
            x0, x1, z = frame.heat
            # the colours span what is in view, not the margin kept for panning
            self.heatmap.set_grid(x0, x1, z, frame.request.log_heatmap, view=frame.request.view)
            self._show_heatmap_key()
            self.contours.set_lines(frame.contours)
        self.last_compute_ms = frame.compute_ms
        self.fieldUpdated.emit()

    def _show_heatmap_key(self) -> None:
        """The f key: the heatmap's levels and colours as last drawn."""
        heatmap = self.heatmap
        if heatmap.key_levels is not None:
            self.legends.show_heatmap(heatmap.key_levels, self.log_heatmap, heatmap.key_colormap, heatmap.opacity_value,
                                      self.theme.background)

    def _pixel_size(self) -> tuple[float, float]:
        """One pixel in data units along x and y (a typical size before the first layout)."""
        xa, xb, ya, yb = self.view_box_range()
        w, h = self.view_box.width(), self.view_box.height()
        return (xb - xa) / (w if w > 10 else 600.0), (yb - ya) / (h if h > 10 else 600.0)

    def _px_per_unit(self) -> float:
        xa, xb, _, _ = self.view_box_range()
        width = self.view_box.width()
        # before the widget is laid out the view box has no size yet: assume a typical one
        return (width if width > 10 else 600.0) / (xb - xa)

    def _draw_field(self) -> None:
        if self._deferred:
            self._pending_draw = True
            return
        if self.field is None:
            return
        f = self.field
        pts = f.points.reshape(-1, 2)
        direction = f.direction.reshape(-1, 2)
        magnitude = f.magnitude.reshape(-1)
        ok = np.isfinite(magnitude)  # numerics marks a cell undefined in magnitude and direction alike
        pts, direction, magnitude = pts[ok], direction[ok], magnitude[ok]
        if self.book_mode:
            lengths = arrow_lengths(magnitude, self.arrow_step, self.arrow_mode)
            polygons = quiver_polygons(pts, direction, lengths, BOOK_SHAFT * self.arrow_step)
            self.field_item.set_filled_arrows(polygons, pts, self.theme.book_arrow)
            return
        lengths = arrow_lengths(magnitude, self.arrow_step, self.arrow_mode)
        verts = arrow_vertices(pts, direction, lengths, pivot="mid")
        classes, edges = magnitude_classes(magnitude, self.N_COLOR_CLASSES, log=self.log_heatmap)
        self.field_item.set_arrows(verts, pts, classes, self._class_pens)
        # On a log scale the bar spans log10 |∇f| and its axis writes the ticks as powers of ten.
        ends = (edges[0], edges[-1])
        levels = tuple(float(np.log10(e)) for e in ends) if self.log_heatmap else tuple(float(e) for e in ends)
        self.legends.show_arrows(levels, self.log_heatmap)  # changes only what changed (~1.5 ms a relayout)

    # --- visibility --------------------------------------------------------------------------

    def _shown(self, name: str) -> bool:
        if self.book_mode and name in ("heatmap", "contours"):
            return False
        return self._visible[name]

    def _apply_visibility(self) -> None:
        self.field_item.setVisible(self._shown("field"))
        keys = self.keys_visible and not self.book_mode
        self.legends.set_visible(keys and self._shown("field"), keys and self._shown("heatmap"))
        self.heatmap.setVisible(self._shown("heatmap"))
        self.contours.setVisible(self._shown("contours"))
        self.critical.setVisible(self._shown("critical"))
        self.paths.set_visible(self._shown("paths"))

    # --- mouse -------------------------------------------------------------------------------

    def _on_click(self, ev) -> None:
        if ev.button() != QtCore.Qt.MouseButton.LeftButton or ev.double():
            return
        pos = ev.scenePos()
        if not self.view_box.sceneBoundingRect().contains(pos):
            return  # on an axis or the colour bar
        p = self.view_box.mapSceneToView(pos)
        x, y = float(p.x()), float(p.y())
        px = self.view_box.viewPixelSize()
        hit = self.paths.nearest_vertex(x, y, (float(px[0]), float(px[1])), self.PATH_HIT_PX)
        if hit is not None:
            self.pathPointClicked.emit(int(hit[0]), int(hit[1]))
        else:
            self.startRequested.emit(x, y)

    def _on_move(self, pos) -> None:
        if self.view_box.sceneBoundingRect().contains(pos):
            p = self.view_box.mapSceneToView(pos)
            self.cursorMoved.emit(float(p.x()), float(p.y()))
