"""``--view 3d --export FILE``: the 3-D view rendered without a window, written as PNG.

A 2-D export runs on Qt's offscreen platform, which has no OpenGL. The 3-D view needs a display
that offers OpenGL: the one of the session (``DISPLAY`` / ``WAYLAND_DISPLAY``), or a virtual one
(``xvfb-run``; Mesa's llvmpipe renders it in software). :func:`prepare_gl_platform` picks it
before the ``QApplication`` exists; without one the render fails with the words of the 3-D
view's own fallback message (``gl_probe``). The widget is laid out without being shown on
screen, like the 2-D export's.
"""
from __future__ import annotations

import os
from pathlib import Path

__all__ = ["prepare_gl_platform", "render_surface"]


def prepare_gl_platform() -> str | None:
    """Choose a display platform that can offer OpenGL, before the ``QApplication`` exists.

    A platform the caller chose (``QT_QPA_PLATFORM``) is kept. Otherwise X11 (xcb) where
    ``DISPLAY`` is set, Wayland where only ``WAYLAND_DISPLAY`` is, and offscreen (no OpenGL:
    the render then says so) without either. Also makes every GL context share with every other
    (pyqtgraph compiles its shaders once per process). Returns the platform chosen.
    """
    from PySide6.QtCore import QCoreApplication, Qt

    if "QT_QPA_PLATFORM" not in os.environ:
        if os.environ.get("DISPLAY"):
            os.environ["QT_QPA_PLATFORM"] = "xcb"
        elif os.environ.get("WAYLAND_DISPLAY"):
            os.environ["QT_QPA_PLATFORM"] = "wayland"
        else:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if QCoreApplication.instance() is None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    return os.environ.get("QT_QPA_PLATFORM")


def render_surface(session, trajectories: list, path: Path, size: tuple[int, int]) -> None:
    """Write the 3-D view of ``session`` with ``trajectories`` drawn on it to ``path`` (PNG), the
    GL picture ``size`` pixels. Raises ``gui.export.ExportError`` (no OpenGL here, or writing failed)."""
    from gui.canvas3d.surface_view import SurfaceView
    from gui.export import ExportError
    from gui.headless import _fit_target, _qt_application
    from gui.model.explorer_state import ExplorerState
    from gui.model.theme import THEMES

    _qt_application()
    theme = THEMES[session.theme]
    state = ExplorerState()
    state.from_session(session)
    view = SurfaceView(state)  # no compute thread: the surface is computed at once
    try:
        if not view.gl_available:
            raise ExportError(view.fallback_label.text())
        for run in trajectories:
            view.add_static_path(run.xs.copy(), theme.path_color(run.run_id))
        view.resize(*size)
        _fit_target(view, view.gl_view, size)  # shows it (off screen): the surface is drawn now
        view.export_png(path)
    finally:
        view.shutdown()
        view.close()
        view.deleteLater()
