"""Can this process draw OpenGL? Asked once, by trying, before any GL widget is made.

A ``QOpenGLWidget`` on a platform without OpenGL (``QT_QPA_PLATFORM=offscreen``, a remote X
session without GLX) prints warnings and shows a black rectangle at best. So the 3-D view first
creates a context and makes it current on an offscreen surface; only when that works, and
pyqtgraph's OpenGL module (PyOpenGL) imports, does it build its GL widget. Otherwise it shows
the reason in words in its place and nothing else of the app notices.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QGuiApplication, QOffscreenSurface, QOpenGLContext

#: pyqtgraph.opengl refuses contexts older than this
MIN_GL_VERSION = (2, 1)

CONTEXT = "SurfaceView"
NO_CONTEXT = QT_TRANSLATE_NOOP(
    "SurfaceView", "The 3-D view needs OpenGL, and no OpenGL context could be created on the “%1” display "
    "platform. Everything else works as usual. To see the surface, run Gradient Explorer on a desktop "
    "with OpenGL (or under xvfb-run with QT_QPA_PLATFORM=xcb).")
NOT_CURRENT = QT_TRANSLATE_NOOP(
    "SurfaceView", "The 3-D view needs OpenGL: a context was created but could not be used on the “%1” "
    "platform. Everything else works as usual.")
TOO_OLD = QT_TRANSLATE_NOOP(
    "SurfaceView", "The 3-D view needs OpenGL %1 or newer; this display offers %2. Everything else works "
    "as usual.")
NO_PYOPENGL = QT_TRANSLATE_NOOP(
    "SurfaceView", "The 3-D view needs the PyOpenGL package, which could not be loaded (%1). Everything "
    "else works as usual.")

_cache: dict[str, str | None] = {}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def opengl_unavailable_reason() -> str | None:
    """``None`` when the 3-D view can draw here, else why not (translated, for the user).

    Needs a ``QGuiApplication``. Cached per display platform: trying costs a context creation.
    """
    platform = QGuiApplication.platformName()
    if platform not in _cache:
        _cache[platform] = _probe(platform)
    return _cache[platform]


def _probe(platform: str) -> str | None:
    context = QOpenGLContext()
    if not context.create():
        return _tr(NO_CONTEXT).replace("%1", platform)
    surface = QOffscreenSurface()
    surface.setFormat(context.format())
    surface.create()
    try:
        if not surface.isValid() or not context.makeCurrent(surface):
            return _tr(NOT_CURRENT).replace("%1", platform)
        version = context.format().version()
        context.doneCurrent()
    finally:
        surface.destroy()
    if tuple(version) < MIN_GL_VERSION:
        wanted = ".".join(map(str, MIN_GL_VERSION))
        return _tr(TOO_OLD).replace("%1", wanted).replace("%2", ".".join(map(str, version)))
    try:
        import OpenGL.GL  # noqa: F401 - PyOpenGL, which pyqtgraph.opengl needs
        import pyqtgraph.opengl  # noqa: F401
    except Exception as exc:  # noqa: BLE001 - ImportError, or PyOpenGL failing to find libGL
        return _tr(NO_PYOPENGL).replace("%1", f"{type(exc).__name__}: {exc}")
    return None


def forget() -> None:
    """Probe again next time (tests)."""
    _cache.clear()
