"""Image export: PNG (1× or 2×), SVG (vector, via QSvgGenerator) and the clipboard.

pyqtgraph's own SVGExporter raises on Qt ≥ 6.11, so SVG goes through ``QSvgGenerator`` and a
``QPainter``. Files are written to a temporary file beside the target and moved into place, so
a failed export never leaves a half-written file (nor destroys an older one); only a new path or a
regular file is written (a link: its target), never a device, a FIFO or a folder, and the path is
checked before anything is rendered (:mod:`gui.model.atomic_write`).
"""
from __future__ import annotations

import contextlib
import html

import os
import re
from pathlib import Path

import pyqtgraph as pg
from pyqtgraph.Qt import QtCore, QtGui, QtWidgets
from PySide6.QtSvg import QSvgGenerator

from gui.model.atomic_write import OutputError, resolve_target, write_atomically
from gui.model.safe_read import describe_path
from gui.svg_bake import CLIP_END, CLIP_START, bake_svg, compose_svg


class ExportError(OSError):
    """An export failed; the message says why in words a user can act on (``str()``), and for a
    failed write ``errno`` and ``filename`` are the OS's."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else super().__str__()


def _target(widget: QtWidgets.QWidget) -> QtWidgets.QWidget:
    # a FieldCanvas (or anything else holding a plot) exports its plot, not the frame around it
    plot = getattr(widget, "plot", None)
    return plot if isinstance(plot, QtWidgets.QWidget) else widget


def _check_suffix(path: Path, suffix: str) -> None:
    if path.suffix.lower() != suffix:
        raise ExportError(QtCore.QCoreApplication.translate("export", "Cannot export to %1: the file name must end in %2.")
                          .replace("%1", repr(path.name)).replace("%2", suffix))


def _failure(path: Path, exc: OutputError) -> ExportError:
    """The OutputError of a write (a device or FIFO in the way, no space left…) in a user's words."""
    from gui.i18n import render

    text = (QtCore.QCoreApplication.translate("export", "Cannot write %1: %2.")  # a literal: lupdate extracts it
            .replace("%1", describe_path(path)).replace("%2", render(exc.message)))
    error = ExportError(text)
    error.errno, error.filename = exc.errno, exc.filename
    return error


def _check_target(path: Path) -> None:
    """Refuse a path that could not be written before rendering anything (see atomic_write)."""
    try:
        resolve_target(path)
    except OutputError as exc:
        raise _failure(path, exc) from exc


def _write_atomically(path: Path, data: bytes) -> None:
    try:
        write_atomically(path, data)
    except OutputError as exc:
        raise _failure(path, exc) from exc


def settle(widget: QtWidgets.QWidget) -> None:
    """Let every canvas in ``widget`` (or ``widget`` itself) finish what it would draw next:
    layouts applied, a pending field recompute done now. Exports call this first, so a picture
    written right after a resize (the command line does that) equals the window's."""
    QtWidgets.QApplication.processEvents()
    for item in [widget, *widget.findChildren(QtWidgets.QWidget)]:
        finish = getattr(item, "settle_for_export", None)
        if callable(finish):
            finish()


def render_image(widget: QtWidgets.QWidget, scale: float = 1) -> QtGui.QImage:
    """The widget (a canvas: its plot) rendered at ``scale`` × its logical size."""
    if not scale > 0:
        raise ExportError(QtCore.QCoreApplication.translate("export", "The export scale must be positive, got %1.")
                          .replace("%1", str(scale)))
    settle(widget)
    target = _target(widget)
    size = target.size()
    image = QtGui.QImage(
        max(1, round(size.width() * scale)), max(1, round(size.height() * scale)),
        QtGui.QImage.Format.Format_ARGB32_Premultiplied,
    )
    # device pixel ratio = scale: Qt lays out at logical size and paints every pixel crisply
    image.setDevicePixelRatio(scale)
    image.fill(target.palette().color(target.backgroundRole()))
    painter = QtGui.QPainter(image)
    try:
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        with _export_mode(target, painter):
            # QWidget.render explicitly: QGraphicsView overrides render() with a scene-only signature
            QtWidgets.QWidget.render(target, painter, QtCore.QPoint())
        _paint_native_windows(target, painter)
    finally:
        painter.end()
    return image


def _paint_native_windows(target: QtWidgets.QWidget, painter: QtGui.QPainter) -> None:
    """Paint what embedded native windows show (QWidget.render leaves them blank).

    A widget that embeds one (the 3-D view draws in a QOpenGLWindow of its own) offers
    ``native_window_snapshot() -> (holder widget, QImage) | None``; the picture goes where the
    holder is, so a whole-window export shows the 3-D pane as the window does.
    """
    for widget in target.findChildren(QtWidgets.QWidget):
        snapshot = getattr(widget, "native_window_snapshot", None)
        if snapshot is None or not widget.isVisible():
            continue
        taken = snapshot()
        if taken is None:
            continue
        holder, picture = taken
        origin = holder.mapTo(target, QtCore.QPoint(0, 0))
        painter.drawImage(QtCore.QRectF(QtCore.QPointF(origin), QtCore.QSizeF(holder.size())), picture)


@contextlib.contextmanager
def _export_mode(target: QtWidgets.QWidget, painter: QtGui.QPainter):
    """pyqtgraph's export mode for every item of ``target``'s scene while it is rendered.

    Scatter symbols are then drawn as shapes, not cached pixmaps, and the paths layer draws vectors
    instead of its on-screen raster cache, so an export is sharp at any scale and in SVG.
    """
    scene = target.scene() if isinstance(target, QtWidgets.QGraphicsView) else None
    items = [i for i in scene.items() if hasattr(i, "setExportMode")] if scene is not None else []
    for item in items:
        item.setExportMode(True, {"antialias": True, "painter": painter})
    try:
        yield
    finally:
        for item in items:
            item.setExportMode(False)


def export_png(widget: QtWidgets.QWidget, path: str | os.PathLike, scale: float = 1) -> Path:
    """Write ``widget`` as a PNG ``scale`` × its logical size (2 for print/slides).

    A ``FieldCanvas`` exports its plot; a main window exports the whole window. Raises
    ``ExportError`` for a wrong extension, a missing folder or an unwritable file.
    """
    path = Path(path)
    _check_suffix(path, ".png")
    _check_target(path)  # a FIFO, a device or a missing folder: refused before rendering
    image = render_image(widget, scale)
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ExportError(QtCore.QCoreApplication.translate("export", "Cannot encode %1 as PNG.")
                          .replace("%1", path.name))
    _write_atomically(path, bytes(buffer.data()))
    return path


def export_svg(widget: QtWidgets.QWidget, path: str | os.PathLike) -> Path:
    """Write ``widget`` as a vector SVG (a ``FieldCanvas``: its plot).

    Plots are rendered through their scene, so arrows, contours and paths stay vector paths;
    text stays text. The resolution is the widget's logical DPI, so font sizes match the screen.
    The drawing is then baked (``gui.svg_bake``) so that librsvg, Qt's renderer, browsers and
    Inkscape show the same picture.
    """
    path = Path(path)
    _check_suffix(path, ".svg")
    _check_target(path)
    settle(widget)
    target = _target(widget)
    dpi = target.logicalDpiX()
    # Each widget of the figure is drawn into a document of its own, at its own origin, and the
    # documents are placed side by side: QWidget.render draws a child through a redirected
    # painter whose offset QSvgGenerator leaves out of the clip paths it writes (a label's clip
    # lands at the figure's top left and hides the label in every viewer that clips).
    parts = []
    with _export_mode_all(target):
        for child, offset, visible in _widgets_to_draw(target):
            # Like QWidget.render: the target's background always, a child's if it fills its own.
            background = child is target or child.autoFillBackground()
            parts.append((offset, visible, _widget_svg(child, dpi, path.name, background)))
    svg = compose_svg((target.width(), target.height()), dpi, parts, title=path.stem,
                      description="Gradient Explorer export")
    # Strokes and clips baked into the geometry: librsvg ignores non-scaling strokes, Qt's own
    # renderer ignores clip paths, and slides are made from SVGs (see gui.svg_bake).
    _write_atomically(path, bake_svg(_with_generic_font_fallback(svg)))
    return path


def _widgets_to_draw(target: QtWidgets.QWidget):
    """``(widget, offset in target, visible rect in the widget)`` for ``target`` and every shown
    widget inside it, parents before children (the order they are painted in); a plot is one
    widget (its scene), not its viewport and scroll bars."""
    out = []

    def visit(widget: QtWidgets.QWidget, clip: QtCore.QRect) -> None:
        offset = widget.mapTo(target, QtCore.QPoint(0, 0)) if widget is not target else QtCore.QPoint(0, 0)
        rect = QtCore.QRect(offset, widget.size()).intersected(clip)
        if rect.isEmpty():
            return
        out.append((widget, (offset.x(), offset.y()), rect.translated(-offset)))
        if isinstance(widget, pg.GraphicsView):
            return
        for child in widget.children():
            if isinstance(child, QtWidgets.QWidget) and not child.isWindow() and child.isVisibleTo(target):
                visit(child, rect)

    visit(target, QtCore.QRect(QtCore.QPoint(0, 0), target.size()))
    return out


@contextlib.contextmanager
def _export_mode_all(target: QtWidgets.QWidget):
    """pyqtgraph's export mode for every plot in ``target`` (see :func:`_export_mode`), with
    clip markers around what each view box clips (see :class:`_ClipMarker`)."""
    views = [target] if isinstance(target, pg.GraphicsView) else []
    views += target.findChildren(pg.GraphicsView)
    markers = []
    with contextlib.ExitStack() as stack:
        for view in views:
            stack.enter_context(_export_mode(view, None))
            for item in view.scene().items():
                if item.flags() & QtWidgets.QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape:
                    markers += [_ClipMarker(item, CLIP_START, -_MARKER_Z), _ClipMarker(item, CLIP_END, _MARKER_Z)]
        try:
            yield
        finally:
            for marker in markers:
                marker.scene().removeItem(marker) if marker.scene() is not None else None


_MARKER_Z = 1e30


class _ClipMarker(QtWidgets.QGraphicsItem):
    """A rectangle the size of its parent's shape, in a colour ``gui.svg_bake`` recognises: the
    first and the last child of an item that clips its children, so that the SVG says which run
    of the drawing the clip applies to (QSvgGenerator's own clip paths are unreliable)."""

    def __init__(self, clipper: QtWidgets.QGraphicsItem, rgb: tuple[int, int, int], z: float) -> None:
        super().__init__(clipper)
        self.setZValue(z)
        self._colour = QtGui.QColor(*rgb, 128)

    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802 - Qt API
        return self.parentItem().shape().boundingRect()

    def paint(self, painter, option, widget=None) -> None:
        if painter.paintEngine().type() == QtGui.QPaintEngine.Type.SVG:
            painter.fillRect(self.boundingRect(), self._colour)


def _widget_svg(widget: QtWidgets.QWidget, dpi: int, name: str, background: bool) -> bytes:
    """``widget`` alone (no child widgets) as an SVG document of its own size, at its origin."""
    width, height = max(1, widget.width()), max(1, widget.height())
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    # SVG 1.1 (not the default Tiny 1.2) carries clip paths: the view box clips its items
    generator = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)
    generator.setOutputDevice(buffer)
    generator.setSize(QtCore.QSize(width, height))
    generator.setViewBox(QtCore.QRect(0, 0, width, height))
    generator.setResolution(dpi)
    painter = QtGui.QPainter()
    if not painter.begin(generator):
        raise ExportError(QtCore.QCoreApplication.translate("export", "Cannot start an SVG drawing for %1.")
                          .replace("%1", name))
    try:
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        if isinstance(widget, pg.GraphicsView):
            # The view's background is a cached pixmap and would land in the SVG as an image:
            # paint it as a rectangle, then the scene as vectors.
            painter.fillRect(QtCore.QRectF(0, 0, width, height), widget.backgroundBrush())
            source = widget.mapToScene(widget.viewport().rect()).boundingRect()
            widget.scene().render(painter, QtCore.QRectF(0, 0, width, height), source)
        else:
            flags = QtWidgets.QWidget.RenderFlag.DrawWindowBackground if background else QtWidgets.QWidget.RenderFlag(0)
            QtWidgets.QWidget.render(widget, painter, QtCore.QPoint(), QtGui.QRegion(), flags)
    finally:
        painter.end()
    return bytes(buffer.data())


_FONT_FAMILY = re.compile(rb'font-family="([^"]*)"')


def _with_generic_font_fallback(svg: bytes) -> bytes:
    """Qt names its default family "Sans Serif", which no SVG viewer knows (browsers then fall
    back to a serif face); append the CSS generic family to every font-family. A text with
    Korean or Japanese in it also names the families that draw it (``gui.i18n.cjk_font_families``,
    the shown language's first): a generic face may lack Hangul or kana, and Han characters are
    drawn differently for each language. Latin-only texts keep the generic face, as on screen."""
    generic = _FONT_FAMILY.sub(lambda m: b'font-family="' + m.group(1) + b', sans-serif"'
                               if not m.group(1).endswith(b"sans-serif") else m.group(0), svg)
    if not _CJK.search(html.unescape(generic.decode("utf-8", "replace"))):
        return generic
    from gui.i18n import cjk_font_families

    cjk = b'font-family="\\1, ' + ", ".join(cjk_font_families()).encode() + b', sans-serif"'

    def name_cjk_families(m: re.Match) -> bytes:
        if b"CJK" in m.group(1) or not _CJK.search(html.unescape(m.group(2).decode("utf-8", "replace"))):
            return m.group(0)
        tag = _GENERIC_FAMILY.sub(cjk, m.group(1))
        return tag + m.group(2) + m.group(3)

    return _TEXT_ELEMENT.sub(name_cjk_families, generic)


_TEXT_ELEMENT = re.compile(rb"(<text\b[^>]*>)(.*?)(</text>)", re.S)
_GENERIC_FAMILY = re.compile(rb'font-family="([^"]*?), sans-serif"')
#: Hangul (jamo, compatibility jamo, syllables), kana, CJK ideographs, full-width forms.
_CJK = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]")


def copy_image(widget: QtWidgets.QWidget, scale: float = 1) -> QtGui.QImage:
    """Put the widget's picture (a canvas: its plot) on the clipboard; returns the image."""
    image = render_image(widget, scale)
    QtGui.QGuiApplication.clipboard().setImage(image)
    return image
