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

#: Per display platform: None (OpenGL works) or the reason's source text and what fills its %1, %2.
#: The source text is kept, not its translation: the reason is said in the language shown at
#: each call (a language switch after the probe).
_cache: dict[str, tuple[str, tuple[str, ...]] | None] = {}


def _tr(text: str, *args: str) -> str:
    text = QCoreApplication.translate(CONTEXT, text)
    for i, arg in enumerate(args, start=1):
        text = text.replace(f"%{i}", arg)
    return text


def opengl_unavailable_reason() -> str | None:
    """``None`` when the 3-D view can draw here, else why not (translated into the language shown).

    Needs a ``QGuiApplication``. Cached per display platform: trying costs a context creation.
    """
    platform = QGuiApplication.platformName()
    if platform not in _cache:
        _cache[platform] = _probe(platform)
    reason = _cache[platform]
    return None if reason is None else _tr(reason[0], *reason[1])


def _probe(platform: str) -> tuple[str, tuple[str, ...]] | None:
    context = QOpenGLContext()
    if not context.create():
        return NO_CONTEXT, (platform,)
    surface = QOffscreenSurface()
    surface.setFormat(context.format())
    surface.create()
    try:
        if not surface.isValid() or not context.makeCurrent(surface):
            return NOT_CURRENT, (platform,)
        version = context.format().version()
        context.doneCurrent()
    finally:
        surface.destroy()
    if tuple(version) < MIN_GL_VERSION:
        wanted = ".".join(map(str, MIN_GL_VERSION))
        return TOO_OLD, (wanted, ".".join(map(str, version)))
    try:
        import OpenGL.GL  # noqa: F401 - PyOpenGL, which pyqtgraph.opengl needs
        import pyqtgraph.opengl  # noqa: F401
    except Exception as exc:  # noqa: BLE001 - ImportError, or PyOpenGL failing to find libGL
        return NO_PYOPENGL, (f"{type(exc).__name__}: {exc}",)
    return None


def forget() -> None:
    """Probe again next time (tests)."""
    _cache.clear()
