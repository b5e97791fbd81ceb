"""The 3-D view: f over the view box as a surface, with every run's path on it and a ball per run.

It shows what the 2-D canvas shows — the same function, box, log scale, theme and runs — by
following the window's :class:`~gui.model.explorer_state.ExplorerState` and its
:class:`~gui.run_controller.RunController`; a click on the 2-D canvas starts a run, and both
views draw it. Mouse: drag turns the surface, the wheel zooms, *Reset view* goes back.

It costs nothing while hidden: the GL widget is only made the first time the view is shown
(a window with a ``QOpenGLWidget`` composes itself through OpenGL), and while hidden the view
neither renders nor follows the runs; what changed meanwhile is caught up with in one pass when
it is shown again. Where no OpenGL context can be had (``gl_probe``) the view says so in words
and builds nothing.

The surface is computed on the window's compute thread (``surface_mesh_job``); each animation
frame appends only the newly revealed segments (``PathLines``) and moves the balls.
"""
from __future__ import annotations

import functools
import math
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from gui.canvas3d.gl_probe import opengl_unavailable_reason
from gui.canvas3d.surface_mesh import GRID, HEIGHT, LIFT, SurfaceMesh, path_segments, surface_mesh, \
    surface_mesh_job, vertex_colors
from gui.i18n import Retranslatable, render
from gui.model.theme import LIGHT, THEMES, Theme

if TYPE_CHECKING:
    from gui.model.explorer_state import ExplorerState
    from gui.model.runs import Cohort
    from gui.run_controller import RunController
    from gui.workers.compute_thread import ComputeThread, Job

__all__ = ["DEFAULT_CAMERA", "StaticPath", "SurfaceView"]

#: The camera Reset view returns to: the box seen from its front left, a little above.
DEFAULT_CAMERA = {"distance": 4.7, "elevation": 34.0, "azimuth": -112.0}
CAMERA_CENTRE = (0.0, -0.1, HEIGHT * 0.3)
#: a narrower lens than pyqtgraph's 60°: less distortion of the near corner
CAMERA_FOV = 45.0
SURFACE_KEY = "surface-3d"
#: ball size in pixels: a single run's, and a swarm member's (hundreds of them)
BALL_PX, SWARM_BALL_PX = 13.0, 6.0
BALL_LIFT = 2.5 * LIFT
#: the most segments one source (a cohort) draws: longer or larger ones draw every k-th step
SEGMENT_BUDGET = 8000
#: opacity of a ball where the surface hides it
GHOST_ALPHA = 0.35
#: critical points are pins: a stem this high above the surface, a dot on top, the label beside it
#: (in the theme's critical colour, never a run colour: the runs' balls are the coloured dots)
CRITICAL_PX = 8.0
CRITICAL_STEM = 0.14
#: the relevant state fields, and what each asks for
_SURFACE_FIELDS = frozenset({"function", "formula", "view_box", "log_heatmap"})
_LOOK_FIELDS = frozenset({"theme", "show_paths", "show_critical"})


class StaticPath:
    """Finished paths (the command line's runs), read like a :class:`Cohort`: ``xs (k, 2)`` for one
    run, or ``(k, n, 2)`` for n runs in lockstep (NaN after a run's end, as ``DescentResult.xs``)."""

    def __init__(self, xs: np.ndarray) -> None:
        xs = np.array(xs, dtype=float)
        self._x = xs.reshape(-1, 1, 2) if xs.ndim == 2 else xs
        self.n_shown = len(self._x)
        self.size = self._x.shape[1]
        self.swarm = self.size > 1

    def block(self, first: int, last: int) -> np.ndarray:
        return self._x[first:last]

    def current_points(self) -> np.ndarray:
        """Each run's last finite point (NaN for a run with none)."""
        finite = np.isfinite(self._x).all(axis=-1)  # (k, n)
        last = len(self._x) - 1 - np.argmax(finite[::-1], axis=0)
        points = self._x[last, np.arange(self.size)]
        points[~finite.any(axis=0)] = np.nan
        return points


@dataclass(eq=False)
class _Source:
    """One drawn path source (a cohort or a static path) and what has been drawn of it."""

    data: object
    color: str
    drawn: int = 0  #: points of each member shown when last drawn
    tip: int = -1  #: the last step drawn as a vertex (a multiple of ``stride``)
    lines: object = None  #: PathLines, made with the GL view
    balls: np.ndarray = field(default_factory=lambda: np.empty((0, 3)))
    stride: int = field(init=False)  #: every stride-th step is a vertex

    def __post_init__(self) -> None:
        # At most SEGMENT_BUDGET segments for the source, whatever it grows to: llvmpipe draws
        # ~1 µs a segment, so a 900-run swarm of 100 steps in full (89k) is 90 ms a frame.
        config = getattr(self.data, "config", None)
        steps = int(config.steps) + 1 if config is not None else int(self.data.n_shown)
        self.stride = max(1, math.ceil(self.data.size * max(steps - 1, 1) / SEGMENT_BUDGET))


# pyqtgraph compiles each shader program once per process and keeps it in a class attribute; a
# program belongs to the context it was compiled in, so a GL view whose context shares nothing
# with that one (no Qt.AA_ShareOpenGLContexts, as in the tests) makes them compile again.
_programs_context: weakref.ref | None = None


def _forget_programs_unless_shared(context) -> None:
    global _programs_context
    from PySide6.QtGui import QOpenGLContext

    previous = _programs_context() if _programs_context is not None else None
    try:
        shared = previous is not None and QOpenGLContext.areSharing(previous, context)
    except RuntimeError:  # the old context's C++ object is gone
        shared = False
    if not shared and previous is not None:
        import pyqtgraph.opengl as gl
        from pyqtgraph.opengl import shaders

        for cls in (gl.GLLinePlotItem, gl.GLScatterPlotItem, gl.GLImageItem, gl.GLVolumeItem):
            cls._shaderProgram = None
        for program in shaders.ShaderProgram.names.values():
            program.prog = None
    if not shared:
        _programs_context = weakref.ref(context)


#: Embedded QOpenGLWindows whose container still exists (see SurfaceView._build_gl).
_EMBEDDED_WINDOWS: set = set()


@functools.lru_cache(maxsize=2)
def _gl_view_class(native_window: bool):
    """The GL view class, defined only once OpenGL is known to work (it imports PyOpenGL).

    ``native_window``: pyqtgraph's view as a ``QOpenGLWindow`` of its own, embedded with
    ``QWidget.createWindowContainer``. A ``QOpenGLWidget`` would make its top-level window compose
    every repaint through OpenGL from its first show on, hidden again or not: measured in
    llvmpipe (benchmarks/bench_surface.py), the 2-D canvas's rebuild and repaint 2.5× slower. A
    window of its own leaves the rest of the app's painting as it was. The command line's export
    renders a never-shown view, which only a ``QOpenGLWidget`` can (``native_window=False``).
    """
    import time

    from pyqtgraph.opengl.GLViewWidget import GLViewMixin, GLViewWidget
    from PySide6.QtOpenGL import QOpenGLWindow

    bases = (GLViewMixin, QOpenGLWindow) if native_window else (GLViewWidget,)

    class SurfaceGLView(*bases):  # type: ignore[misc]
        """pyqtgraph's GL view, timing its frames (``last_frame_ms``, GPU work included when
        ``finish_frames``) and recompiling shaders for a context of its own."""

        def __init__(self) -> None:
            super().__init__()
            self.last_frame_ms = math.nan
            self.finish_frames = False
            self.frames = 0

        def devicePixelRatioF(self) -> float:  # noqa: N802 - QWidget's name, which GLViewMixin calls
            return float(self.devicePixelRatio())

        def initializeGL(self) -> None:  # noqa: N802 - Qt API
            _forget_programs_unless_shared(self.context())
            super().initializeGL()

        def paintGL(self) -> None:  # noqa: N802 - Qt API
            start = time.perf_counter()
            super().paintGL()
            if self.finish_frames:
                from OpenGL import GL

                GL.glFinish()
            self.last_frame_ms = (time.perf_counter() - start) * 1e3
            self.frames += 1

    return SurfaceGLView


@functools.lru_cache(maxsize=8)
def _lookup_table(name: str) -> np.ndarray:
    """The 256 colours of a pyqtgraph colour map (3 ms to make: once per theme)."""
    return pg.colormap.get(name).getLookupTable(nPts=256, alpha=False)


def _rgba(color: str | QColor, alpha: float = 1.0) -> tuple[float, float, float, float]:
    r, g, b, _a = pg.mkColor(color).getRgbF()
    return (r, g, b, alpha)


class SurfaceView(Retranslatable, QWidget):
    """f over the state's view box in 3-D, with the runs of a :class:`RunController` on it.

    Attributes for the window and tests: ``gl_view`` (the ``GLViewWidget``, ``None`` until shown or
    without OpenGL), ``fallback_label`` (the words shown instead, or ``None``), ``info_label``
    (what is raised, cuts, undefined parts), ``reset_button``, ``mesh`` (the
    :class:`~gui.canvas3d.surface_mesh.SurfaceMesh` shown), ``surface_item``, ``ball_item``,
    ``critical_item``. Signal ``surfaceShown()`` whenever a new surface is on screen.

    Its words (the button, the note under the view, the words shown without OpenGL, the critical
    points' labels) are set again in the language shown by :meth:`retranslate_ui`.
    """

    surfaceShown = Signal()

    def __init__(self, state: "ExplorerState | None" = None, *, compute: "ComputeThread | None" = None,
                 native_window: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surface-view")
        self._native_window = bool(native_window)  # see _gl_view_class
        self._gl_holder: QWidget | None = None
        self.compute = compute
        self.state: ExplorerState | None = None
        self.runs: RunController | None = None
        self.theme: Theme = LIGHT
        self.mesh: SurfaceMesh | None = None
        self.gl_view = None
        self.fallback_label: QLabel | None = None
        self.surface_item = self.ball_item = self.ghost_ball_item = self.critical_item = self.frame_item = self.critical_stems = self.labels_item = None
        self._built = False
        self._pending: set[str] = set()  # state fields changed while nothing was drawn
        self._runs_stale = True  # the runs must be drawn afresh (shown again, new surface)
        self._runs_connected = False
        self._sources: dict[int, _Source] = {}  # by first run id (static paths: negative keys)
        self._static_key = 0
        self._job: Job | None = None
        self._frame_labels: list = []  # (position, text, colour) of the box's axes
        self._critical_labels: list = []  # … and of the critical points
        self._show_paths = True
        self._show_critical = True
        self._fallback_reason = None  # () -> the words shown instead of the GL view, in the language shown
        self._mesh_error = None  # why the last surface could not be computed (a JobError), if it failed

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 0, 6, 4)
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.info_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset_camera)
        bar.addWidget(self.info_label, 1)
        bar.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignTop)
        self._bar = bar
        self._layout.addLayout(bar)

        # Runs change every animation frame and state changes come in bursts: the balls and the
        # labels follow once per event-loop pass.
        self._balls_timer = QTimer(self)
        self._balls_timer.setSingleShot(True)
        self._balls_timer.setInterval(0)
        self._balls_timer.timeout.connect(self._refresh_balls)
        self.retranslate_ui()
        if state is not None:
            self.bind_state(state)

    def retranslate_ui(self) -> None:
        """Every word of the view in the language shown (again after each language switch)."""
        if not hasattr(self, "_balls_timer"):  # a LanguageChange before __init__ has built the view
            return
        self.reset_button.setText(self.tr("Reset view"))
        self.reset_button.setToolTip(self.tr("Back to the starting camera: the whole surface, seen from the front left"))
        if self.fallback_label is not None and self._fallback_reason is not None:
            self.fallback_label.setText(self._fallback_reason())
        if self._mesh_error is not None:
            self._on_mesh_failed(self._mesh_error)
        elif self.mesh is not None and self.gl_view is not None:
            self._describe()
            self._draw_critical()

    # -- wiring ----------------------------------------------------------------------------------
    def bind_state(self, state: "ExplorerState") -> None:
        """Follow ``state``: its objective and box, log scale, theme, paths and critical layers."""
        if self.state is not None:
            self.state.disconnect(self._on_state)
        self.state = state
        state.on_any_change(self._on_state)
        self._on_state(frozenset(state.fields))

    def bind_runs(self, runs: "RunController") -> None:
        """Draw the runs of ``runs`` (followed only while this view is shown)."""
        self._disconnect_runs()
        self.runs = runs
        self._runs_stale = True
        if self._live():
            self._sync()

    def add_static_path(self, xs: np.ndarray, color: str) -> int:
        """Draw a finished path ``xs (k, 2)`` — or ``(k, n, 2)``: n of them, one source — in ``color``
        (the command line's runs); returns its key."""
        self._static_key -= 1
        self._sources[self._static_key] = _Source(StaticPath(xs), color)
        self._runs_stale = True
        if self._live():
            self._sync()
        return self._static_key

    # -- being shown -----------------------------------------------------------------------------
    @property
    def gl_available(self) -> bool:
        """Whether this view draws (asks the probe before it was first shown)."""
        self.ensure_built()
        return self.gl_view is not None

    def ensure_built(self) -> None:
        """Make the GL widget (or the words in its place); done at the first show otherwise."""
        if self._built:
            return
        self._built = True
        reason = opengl_unavailable_reason()
        if reason is None:
            try:
                self._build_gl()
            except Exception as exc:  # noqa: BLE001 - a broken GL stack must not take the window down
                self.gl_view = None
                failure = f"{type(exc).__name__}: {exc}"
                self._fallback_reason = lambda: self.tr(
                    "The 3-D view could not start OpenGL (%1). Everything else works as usual.").replace("%1", failure)
                reason = self._fallback_reason()
        else:
            self._fallback_reason = lambda: opengl_unavailable_reason() or ""
        if reason is not None:
            self.fallback_label = QLabel(reason)
            self.fallback_label.setObjectName("surface-fallback")
            self.fallback_label.setWordWrap(True)
            self.fallback_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.fallback_label.setMargin(24)
            self._layout.insertWidget(0, self.fallback_label, 1)
            if self.isVisible():  # a child added to a shown widget stays hidden until shown
                self.fallback_label.show()
            self.reset_button.setEnabled(False)
            self.info_label.clear()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.ensure_built()
        if self.gl_view is not None:
            self._sync()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().hideEvent(event)
        # Hidden, nothing is followed per frame: the runs are drawn afresh when shown again.
        self._disconnect_runs()
        self._runs_stale = True

    def _live(self) -> bool:
        return self.gl_view is not None and self.isVisible()

    # -- GL scene --------------------------------------------------------------------------------
    def _build_gl(self) -> None:
        import pyqtgraph.opengl as gl

        view = _gl_view_class(self._native_window)()
        if self._native_window:
            holder = QWidget.createWindowContainer(view, self)
            holder.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            # The container owns the window in C++, but PySide leaves the window's wrapper owning it
            # too: collected with this widget, it would free the window under the container, which
            # reads it when the application is destroyed (a segmentation fault at exit). So the
            # wrapper stays alive until the container itself is gone, taking the window along.
            _EMBEDDED_WINDOWS.add(view)
            holder.destroyed.connect(lambda *_args, window=view: _EMBEDDED_WINDOWS.discard(window))
        else:
            holder = view
        holder.setMinimumSize(200, 160)
        self.gl_view, self._gl_holder = view, holder
        self.surface_item = gl.GLSurfacePlotItem(computeNormals=False, smooth=True, glOptions="opaque")
        self.surface_item.setVisible(False)
        view.addItem(self.surface_item)
        self.frame_item = gl.GLLinePlotItem(mode="lines", width=1.0, glOptions="translucent")
        self.frame_item.setVisible(False)
        view.addItem(self.frame_item)
        # A ball behind a hill (in a valley seen from its far side) still shows, faintly: the same
        # balls drawn first without the depth test, translucent, then the real ones over them.
        from OpenGL import GL

        see_through = {GL.GL_DEPTH_TEST: False, GL.GL_BLEND: True, GL.GL_CULL_FACE: False,
                       "glBlendFuncSeparate": (GL.GL_SRC_ALPHA, GL.GL_ONE_MINUS_SRC_ALPHA, GL.GL_ONE,
                                               GL.GL_ONE_MINUS_SRC_ALPHA)}
        self.ghost_ball_item = gl.GLScatterPlotItem(pxMode=True, glOptions=see_through)
        self.ghost_ball_item.setDepthValue(9)
        view.addItem(self.ghost_ball_item)
        self.ball_item = gl.GLScatterPlotItem(pxMode=True, glOptions="translucent")
        self.ball_item.setDepthValue(10)  # after the lines: a ball covers its path's end
        view.addItem(self.ball_item)
        self.critical_item = gl.GLScatterPlotItem(pxMode=True, glOptions="translucent")
        view.addItem(self.critical_item)
        self.critical_stems = gl.GLLinePlotItem(mode="lines", width=1.5, glOptions="translucent")
        self.critical_stems.setVisible(False)
        view.addItem(self.critical_stems)
        from gui.canvas3d.labels import LabelsItem

        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 9.0))
        self.labels_item = LabelsItem(font)
        self.labels_item.setDepthValue(20)  # last: over everything
        view.addItem(self.labels_item)
        self.reset_camera()
        self._apply_theme(self.theme)
        # Last: inserted into a shown widget, the GL view is shown (and this view synced) at once.
        self._layout.insertWidget(0, holder, 1)
        if self.isVisible():  # a child added to a shown widget stays hidden until shown
            holder.show()

    def reset_camera(self) -> None:
        """The starting camera: the whole surface from its front left, a little above."""
        if self.gl_view is None:
            return
        from pyqtgraph import Vector

        self.gl_view.opts["center"] = Vector(*CAMERA_CENTRE)
        self.gl_view.opts["fov"] = CAMERA_FOV
        self.gl_view.setCameraPosition(**DEFAULT_CAMERA)

    # -- following the state ---------------------------------------------------------------------
    def _on_state(self, names: frozenset[str]) -> None:
        relevant = set(names) & (_SURFACE_FIELDS | _LOOK_FIELDS)
        if not relevant:
            return
        self._pending |= relevant
        if self._live():
            self._sync()

    def _sync(self) -> None:
        """Bring everything shown up to date with one pass: what changed while hidden included."""
        if not self._live():
            return
        pending, self._pending = self._pending, set()
        state = self.state
        if state is not None:
            if "theme" in pending:
                self._apply_theme(THEMES[state.theme])
            if pending & {"show_paths", "show_critical"}:
                self._show_paths, self._show_critical = state.show_paths, state.show_critical
                self._apply_visibility()
            if pending & _SURFACE_FIELDS:
                self._request_surface()
        if self.runs is not None and not self._runs_connected:
            self._connect_runs()
        if self._runs_stale and self.mesh is not None and not self.pending_surface():
            self._redraw_runs()

    def _request_surface(self) -> None:
        state = self.state
        objective, box, log = state.objective, tuple(state.objective.box), bool(state.log_heatmap)
        if self.compute is None:
            self._show_mesh(surface_mesh(objective, box, GRID, log))
            return
        job = self.compute.submit(surface_mesh_job, objective, box, GRID, log, key=SURFACE_KEY)
        self._job = job
        job.finished.connect(self._on_mesh_computed)
        job.errored.connect(self._on_mesh_failed)

    @Slot(object)
    def _on_mesh_computed(self, mesh: SurfaceMesh) -> None:
        if self.gl_view is not None:
            self._show_mesh(mesh)

    @Slot(object)
    def _on_mesh_failed(self, error) -> None:
        self._mesh_error = error
        carried = getattr(getattr(error, "exception", None), "message", None)
        reason = render(carried) if carried is not None and not isinstance(carried, str) else str(error)
        self.info_label.setText(self.tr("The surface could not be computed: %1").replace("%1", reason))

    def pending_surface(self) -> bool:
        """Whether a surface is being computed (tests and the command line wait on it)."""
        return self._job is not None and self._job.running

    def _show_mesh(self, mesh: SurfaceMesh) -> None:
        self._job = None
        self._mesh_error = None
        self.mesh = mesh
        self._draw_surface()
        self._draw_frame()
        self._draw_critical()
        self._describe()
        self._runs_stale = True  # every path's heights are the new surface's
        if self._live():
            self._redraw_runs()
        self.surfaceShown.emit()

    def _draw_surface(self) -> None:
        mesh = self.mesh
        if mesh is None or self.surface_item is None:
            return
        cx, cy, s = mesh.scale
        lut = _lookup_table(self.theme.heatmap_colormap)
        colors = vertex_colors(mesh, lut).reshape(-1, 4)
        self.surface_item.setData(x=((mesh.x0 - cx) / s).astype(np.float32), y=((mesh.x1 - cy) / s).astype(np.float32),
                                  z=np.ascontiguousarray(mesh.heights.T), colors=colors)
        self.surface_item.setVisible(True)

    def _draw_frame(self) -> None:
        """The box's outline on the floor and its axes' names and ends, in the theme's foreground."""
        import pyqtgraph.opengl as gl

        mesh = self.mesh
        if mesh is None or self.gl_view is None:
            return
        xa, xb, ya, yb = mesh.box
        corners = mesh.scene_xy(np.array([[xa, ya], [xb, ya], [xb, yb], [xa, yb]]))
        floor = np.column_stack([corners, np.zeros(4)])
        post = np.array([[*corners[3], 0.0], [*corners[3], HEIGHT]])  # the f axis, at the far left corner
        edges = np.concatenate([floor[[0, 1, 1, 2, 2, 3, 3, 0]], post])
        self.frame_item.setData(pos=edges.astype(np.float32), color=_rgba(self.theme.foreground, 0.55))
        self.frame_item.setVisible(True)
        (x_lo, y_lo), (x_hi, _), (_, y_hi) = corners[0], corners[1], corners[2]
        pad = 0.08
        labels = (
            ((0.5 * (x_lo + x_hi), y_lo - 2 * pad, 0.0), "x0"),
            ((x_lo, y_lo - pad, 0.0), f"{xa:g}"), ((x_hi, y_lo - pad, 0.0), f"{xb:g}"),
            # x1 along the left edge: the camera looks from the front left, so that edge is near
            ((x_lo - 2 * pad, 0.5 * (y_lo + y_hi), 0.0), "x1"),
            ((x_lo - pad, y_lo, 0.0), f"{ya:g}"), ((x_lo - pad, y_hi, 0.0), f"{yb:g}"),
            ((x_lo, y_hi, HEIGHT + 0.05), "f"),
        )
        self._frame_labels = [(pos, text, pg.mkColor(self.theme.foreground)) for pos, text in labels]
        self._show_labels()

    def _draw_critical(self) -> None:
        mesh, view = self.mesh, self.gl_view
        if mesh is None or view is None:
            return
        points = tuple(getattr(self.state.objective, "critical_points", ())) if self.state is not None else ()
        xy = np.array([cp.x for cp in points], dtype=float).reshape(-1, 2)
        foot = mesh.scene_points(xy, lift=0.0) if len(xy) else np.empty((0, 3))
        on_surface = np.isfinite(foot).all(axis=1)
        foot = foot[on_surface]
        top = foot + (0.0, 0.0, CRITICAL_STEM)
        color = _rgba(self.theme.critical)
        self.critical_item.setData(pos=top.astype(np.float32), color=color, size=CRITICAL_PX)
        self.critical_stems.setData(pos=np.stack([foot, top], axis=1).reshape(-1, 3).astype(np.float32),
                                    color=_rgba(self.theme.critical, 0.8))
        self.critical_stems.setVisible(len(foot) > 0)
        shown = (cp for cp, ok in zip(points, on_surface) if ok)
        self._critical_labels = [(p + (0.0, 0.0, 0.02), render(cp.label_message), pg.mkColor(self.theme.critical))
                                 for cp, p in zip(shown, top)]
        self._apply_visibility()

    def _show_labels(self) -> None:
        if self.labels_item is not None:
            self.labels_item.set_labels(self._frame_labels + (self._critical_labels if self._show_critical else []))

    def _describe(self) -> None:
        """The label under the view: what is raised, where it was cut, where f is undefined."""
        mesh = self.mesh
        parts = [self.tr("Height and colour: log₁₀(f − min f), as the heatmap") if mesh.log
                 else self.tr("Height and colour: f, as the heatmap")]
        if mesh.clip_at is not None:
            parts.append(self.tr("f is cut at %1 (its %2th percentile): the top %3% of the box, where f "
                                 "explodes, is drawn flat.")
                         .replace("%1", f"{mesh.clip_at:.4g}").replace("%2", "98")
                         .replace("%3", f"{100 * mesh.clipped_fraction:.1f}"))
        if mesh.mostly_flat and not mesh.log:
            parts.append(self.tr("Most of the surface is flat beside its highest values (f grows by orders of "
                                 "magnitude over the box): View ▸ Log heatmap may show it better."))
        if mesh.undefined_fraction > 0:
            parts.append(self.tr("f is undefined on %1% of the box (grey, on the floor).")
                         .replace("%1", f"{100 * mesh.undefined_fraction:.1f}"))
        parts.append(self.tr("Drag to turn, wheel to zoom."))
        self.info_label.setText("  ".join(parts))

    # -- looks -----------------------------------------------------------------------------------
    def _apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        if self.gl_view is None:
            return
        self.gl_view.setBackgroundColor(pg.mkColor(theme.background))
        if self.mesh is not None:
            self._draw_surface()
            self._draw_frame()
            self._draw_critical()

    def _apply_visibility(self) -> None:
        if self.ball_item is not None:
            self.ball_item.setVisible(self._show_paths)
            self.ghost_ball_item.setVisible(self._show_paths)
        for source in self._sources.values():
            if source.lines is not None:
                source.lines.set_visible(self._show_paths)
        if self.critical_item is not None:
            self.critical_item.setVisible(self._show_critical)
            self.critical_stems.setVisible(self._show_critical and self.critical_stems.pos is not None
                                           and len(self.critical_stems.pos) > 0)
        self._show_labels()

    # -- runs ------------------------------------------------------------------------------------
    def _connect_runs(self) -> None:
        runs = self.runs
        runs.runsAdded.connect(self._on_runs_added)
        runs.runsChanged.connect(self._on_runs_changed)
        runs.runRemoved.connect(self._on_run_removed)
        runs.runsCleared.connect(self._on_runs_cleared)
        self._runs_connected = True
        self._runs_stale = True

    def _disconnect_runs(self) -> None:
        if not self._runs_connected or self.runs is None:
            return
        runs = self.runs
        for signal, slot in ((runs.runsAdded, self._on_runs_added), (runs.runsChanged, self._on_runs_changed),
                             (runs.runRemoved, self._on_run_removed), (runs.runsCleared, self._on_runs_cleared)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self._runs_connected = False

    def _redraw_runs(self) -> None:
        """Every path drawn afresh from the data (shown again, or a new surface)."""
        if self.mesh is None or self.gl_view is None:
            return
        static = {k: s for k, s in self._sources.items() if k < 0}
        for source in self._sources.values():
            if source.lines is not None:
                source.lines.clear()
        self._sources = {}
        for key, source in static.items():
            self._sources[key] = _Source(source.data, source.color)
        if self.runs is not None:
            for cohort in self.runs.cohorts():
                self._sources[cohort.first_id] = _Source(cohort, self.runs.run(cohort.first_id).color)
        for source in self._sources.values():
            self._grow(source)
        self._runs_stale = False
        self._refresh_balls()

    @Slot(object)
    def _on_runs_added(self, ids: list) -> None:
        if self.mesh is None or self.runs is None or not ids:
            return
        seen = set()
        for rid in ids:
            run = self.runs.runs.get(rid)
            if run is None or run.cohort.first_id in seen or run.cohort.first_id in self._sources:
                continue
            seen.add(run.cohort.first_id)
            source = _Source(run.cohort, run.color)
            self._sources[run.cohort.first_id] = source
            self._grow(source)
        self._balls_timer.start()

    @Slot(object)
    def _on_runs_changed(self, _ids: list) -> None:
        """A frame: each cohort that advanced draws its new segments (and a theme's new colour)."""
        if self.mesh is None or self.runs is None:
            return
        runs = self.runs.runs
        for key, source in self._sources.items():
            if key < 0:
                continue
            run = runs.get(key)
            if run is not None and run.color != source.color:
                source.color = run.color
                if source.lines is not None:
                    source.lines.set_color(_rgba(run.color))
            self._grow(source)
        self._balls_timer.start()

    @Slot(int)
    def _on_run_removed(self, run_id: int) -> None:
        source = self._sources.pop(run_id, None)  # a cohort goes with its first run id
        if source is not None and source.lines is not None:
            source.lines.clear()
        self._balls_timer.start()

    @Slot()
    def _on_runs_cleared(self) -> None:
        for key in [k for k in self._sources if k >= 0]:
            source = self._sources.pop(key)
            if source.lines is not None:
                source.lines.clear()
        self._balls_timer.start()

    def _grow(self, source: _Source) -> None:
        """Draw what ``source`` revealed since it was last drawn (all of it, if it shrank)."""
        from gui.canvas3d.path_lines import PathLines

        data, mesh = source.data, self.mesh
        n = int(data.n_shown)
        if source.lines is None:
            source.lines = PathLines(self.gl_view, _rgba(source.color))
            source.lines.set_visible(self._show_paths)
        if n < source.drawn:  # a cancelled run drops what it computed beyond what was shown
            source.lines.clear()
            source.drawn, source.tip = 0, -1
        if n > source.drawn:
            stride = source.stride
            # vertices at every stride-th step up to the last one shown (the ball marks the tip)
            last = ((n - 1) // stride) * stride
            if last > source.tip:
                first = max(source.tip, 0)
                source.lines.append(path_segments(mesh, data.block(first, last + 1)[::stride]))
                source.tip = last
            source.drawn = n
            pos = mesh.scene_points(data.current_points(), lift=BALL_LIFT)
            source.balls = pos[np.isfinite(pos).all(axis=1)]

    def _refresh_balls(self) -> None:
        """One ball per run at its last shown point, in its run's colour."""
        if self.ball_item is None:
            return
        sources = [s for s in self._sources.values() if len(s.balls)]
        if not sources:
            self.ball_item.setData(pos=np.zeros((0, 3), np.float32))
            self.ghost_ball_item.setData(pos=np.zeros((0, 3), np.float32))
            return
        pos = np.concatenate([s.balls for s in sources]).astype(np.float32)
        colors = np.concatenate([np.tile(_rgba(s.color), (len(s.balls), 1)) for s in sources]).astype(np.float32)
        sizes = np.concatenate([np.full(len(s.balls), SWARM_BALL_PX if getattr(s.data, "swarm", False) else BALL_PX)
                                for s in sources]).astype(np.float32)
        self.ball_item.setData(pos=pos, color=colors, size=sizes)
        ghost = colors.copy()
        ghost[:, 3] = GHOST_ALPHA
        self.ghost_ball_item.setData(pos=pos, color=ghost, size=sizes)

    # -- for tests and the window ---------------------------------------------------------------
    def path_vertex_count(self) -> int:
        """Vertices of every path drawn (two per segment)."""
        return sum(s.lines.vertex_count for s in self._sources.values() if s.lines is not None)

    def ball_positions(self) -> np.ndarray:
        """Every ball's scene position ``(n, 3)`` (a copy)."""
        pos = getattr(self.ball_item, "pos", None)
        return np.empty((0, 3)) if pos is None else np.array(pos, dtype=float).reshape(-1, 3)

    # -- export ----------------------------------------------------------------------------------
    def native_window_snapshot(self):
        """``(container, picture)`` of the embedded GL window for ``gui.export`` (None without one)."""
        if not self._native_window or self._gl_holder is None or not self._gl_holder.isVisible():
            return None
        try:
            return self._gl_holder, self.grab_image()
        except Exception:  # noqa: BLE001 - a whole-window export must not fail for its 3-D pane
            return None

    def grab_image(self) -> QImage:
        """The view as it is on screen, rendered afresh. Raises ``ExportError`` without OpenGL."""
        from gui.export import ExportError

        self.ensure_built()
        if self.gl_view is None:
            raise ExportError(self.fallback_label.text() if self.fallback_label is not None
                              else self.tr("The 3-D view is not available."))
        self._balls_timer.stop()
        self._refresh_balls()
        if self._native_window:
            # A QOpenGLWindow's grab reads what it last drew, without drawing: draw the scene as it
            # is now into the back buffer, which the grab then reads.
            self.gl_view.makeCurrent()
            self.gl_view.paintGL()
        image = self.gl_view.grabFramebuffer()
        if image.isNull():
            raise ExportError(self.tr("The 3-D view could not be rendered."))
        return image

    def export_png(self, path: str | Path) -> None:
        """Write the view to ``path`` as PNG (atomically). Raises ``ExportError``."""
        from gui.export import ExportError
        from gui.model.atomic_write import write_atomically

        path = Path(path)
        if path.suffix.lower() != ".png":
            raise ExportError(self.tr("Cannot export the 3-D view to %1: the file name must end in .png.")
                              .replace("%1", path.name))
        image = self.grab_image()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise ExportError(self.tr("Could not encode the 3-D view as PNG."))
        buffer.close()
        if not path.parent.is_dir():
            raise ExportError(self.tr("Cannot export to %1: the folder %2 does not exist.")
                              .replace("%1", str(path)).replace("%2", str(path.parent)))
        try:
            write_atomically(path, bytes(data.data()))
        except OSError as exc:
            raise ExportError(self.tr("Cannot write %1: %2.").replace("%1", str(path))
                              .replace("%2", str(exc.strerror or exc))) from exc

    def shutdown(self) -> None:
        """Stop following the runs, cancel a surface being computed, and let the GL window go."""
        self._disconnect_runs()
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self._release_native_window()

    def _release_native_window(self) -> None:
        """Let the window container go (deferred), and with it the QOpenGLWindow it owns."""
        if not self._native_window or self._gl_holder is None:
            return
        holder = self._gl_holder
        self.gl_view = self._gl_holder = None
        holder.hide()
        holder.deleteLater()
