"""Headless rendering: the Explorer view or a lab drawn offscreen and written as PNG or SVG.

The command line (``gui.cli``) checks every input first, then calls :func:`render_explorer` or
:func:`render_lab`; they build the same widgets the window shows, bound to the same
``ExplorerState`` set-up, lay them out at the requested size without showing them, and export
through ``gui.export``. A problem found while rendering (a formula that cannot be drawn, a lab
that failed) raises :class:`RenderError` with the words the command line prints.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from gui.cli_language import translate

APPLICATION_NAME = "gradient-explorer"


class RenderError(Exception):
    """Rendering failed for a reason the user can act on; ``str()`` is the message."""


# Qt's offscreen plugin says this on every show(); it is noise, not a problem with the export.
_QT_NOISE = ("This plugin does not support propagateSizeHints()",)


def _quiet_qt_messages() -> None:
    from PySide6.QtCore import qInstallMessageHandler

    def handler(mode, context, message: str) -> None:
        if message in _QT_NOISE:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)


def _qt_application():
    # Offscreen unless the caller chose a platform: a headless export must never need a display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        _quiet_qt_messages()
        app = QApplication([APPLICATION_NAME])
    return app


def _lay_out(widget) -> None:
    """Give a never-shown widget its real geometry: layouts and pyqtgraph's view boxes only
    settle on show and resize events. WA_DontShowOnScreen keeps it invisible even when a caller
    chose a real display platform."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    widget.show()
    QApplication.processEvents()


def _fit_target(widget, target, size: tuple[int, int]) -> None:
    """Lay ``widget`` out so that ``target`` (its exported part: a lab's figure, without the
    controls beside it) gets ``size``; the controls' share is measured, then added on."""
    from PySide6.QtWidgets import QApplication

    widget.resize(*size)
    _lay_out(widget)
    for _ in range(3):  # layouts with stretch factors may need a second look
        extra_w, extra_h = size[0] - target.width(), size[1] - target.height()
        if extra_w == 0 and extra_h == 0:
            break
        widget.resize(widget.width() + extra_w, widget.height() + extra_h)
        QApplication.processEvents()


def _export_widget(widget, path: Path, scale: int) -> None:
    from gui.export import export_png, export_svg

    if path.suffix.lower() == ".svg":
        export_svg(widget, path)
    else:
        export_png(widget, path, scale=scale)


def _fit_box(canvas, box: tuple[float, float, float, float], size: tuple[int, int]) -> tuple[int, int]:
    """Resize ``canvas`` so that its plot shows exactly ``box`` at equal scales (the aspect is
    locked, so a box of another aspect than the plot would be widened): the largest plot of the
    box's aspect inside ``size``, the axes and keys around it measured and added on. Returns the
    canvas's size (to the pixel: the box is then exact to within a pixel)."""
    from PySide6.QtWidgets import QApplication

    aspect = (box[1] - box[0]) / (box[3] - box[2])
    w, h = size
    for _ in range(4):  # the tick labels' widths change with the range: measure again
        canvas.resize(w, h)
        QApplication.processEvents()
        canvas.view_box.setRange(xRange=box[:2], yRange=box[2:], padding=0)
        QApplication.processEvents()
        frame_w, frame_h = w - canvas.view_box.width(), h - canvas.view_box.height()
        plot_w, plot_h = size[0] - frame_w, size[1] - frame_h
        if plot_w / plot_h > aspect:
            plot_w = plot_h * aspect
        else:
            plot_h = plot_w / aspect
        fitted = (max(16, round(plot_w + frame_w)), max(16, round(plot_h + frame_h)))
        if fitted == (w, h):
            break
        w, h = fitted
    canvas.view_box.setRange(xRange=box[:2], yRange=box[2:], padding=0)
    return w, h


def render_explorer(session, trajectories: list, path: Path, size: tuple[int, int], scale: int, *,
                    book_view: bool = False, exact_box: bool = False, marker_px: float | None = None,
                    size_given: bool = True) -> list[str]:
    """Draw the Explorer's view of ``session`` with ``trajectories`` and write it to ``path``.

    ``book_view``: the book's quiver figure (``FieldCanvas.book_view``) on exactly [−2, 2]²;
    ``exact_box``: the session's view box exactly (``--box``). Either way the image takes the
    box's aspect; the returned notes say so when that changed the size (``size_given``: the size
    was the user's). ``marker_px``: the size of the runs' dots (the book's gradient_method).
    """
    from gui.book_presets import BOOK_VIEW_BOX
    from gui.canvas.field_canvas import FieldCanvas
    from gui.canvas.paths_layer import PathStyle
    from gui.model.explorer_state import ExplorerState
    from gui.model.theme import THEMES

    app = _qt_application()
    theme = THEMES[session.theme]
    # The window's own set-up: the session loaded into an ExplorerState, the canvas bound to it.
    state = ExplorerState()
    state.from_session(session)
    canvas = FieldCanvas()
    failures: list[str] = []
    canvas.computeFailed.connect(failures.append)  # a formula that cannot be evaluated on the grid
    canvas.resize(*size)
    canvas.bind_state(state)
    style = PathStyle(marker_px=marker_px) if marker_px else None
    for run in trajectories:
        canvas.add_path(run.run_id, theme.path_color(run.run_id), style)
        canvas.set_path(run.run_id, run.xs.copy())
    notes: list[str] = []
    try:
        _lay_out(canvas)
        box = BOOK_VIEW_BOX if book_view else (tuple(session.view_box) if exact_box and session.view_box else None)
        if book_view:
            canvas.book_view()
        elif marker_px:
            canvas.set_figure_fonts(True)  # one of the book's figures (--preset): its fonts too
        if box is not None:
            fitted = _fit_box(canvas, box, size)
            if fitted != tuple(size):
                option = "--book-view" if book_view else "--box"
                asked = f"{size[0]}x{size[1]}"
                if not size_given:
                    asked = translate("cli", "{size} (the default size)").format(size=asked)
                notes.append(translate("cli", "{option}: the image is {width}x{height} instead of {asked}, so that "
                                              "x0 ∈ [{a:g}, {b:g}] and x1 ∈ [{c:g}, {d:g}] fill it at equal scales").format(
                    option=option, width=fitted[0], height=fitted[1], asked=asked, a=box[0], b=box[1], c=box[2], d=box[3]))
        # The resize scheduled a debounced recompute for the final size: run it now, not in 50 ms.
        canvas.recompute()
        app.processEvents()
        if failures:
            raise RenderError(failures[-1])
        _export_widget(canvas, path, scale)
    finally:
        canvas.close()
        canvas.deleteLater()
    return notes


def render_lab(spec, session, path: Path, size: tuple[int, int], scale: int, *, layout: str | None = None) -> None:
    """Draw lab ``spec``'s preset, computed to the end, and write its figure to ``path``;
    ``layout="grid"``: the optimizer lab's small multiples (one panel per optimizer)."""
    _qt_application()
    from gui.model.theme import THEMES

    widget = spec.create()
    try:
        widget.set_theme(THEMES[session.theme])
        if layout is not None:
            widget.set_small_multiples(layout == "grid")
        # The preset is computed on the lab's compute thread: render only what it finished.
        widget.run_preset_blocking()
        if not widget.wait_until_computed():
            raise RenderError(translate("cli", "--lab: the {name} lab did not finish computing its preset").format(
                name=repr(spec.name)))
        if widget.message.text():  # the lab's own words for what failed
            raise RenderError(f"--lab {spec.name}: {widget.message.text()}")
        target = widget.export_target()
        _fit_target(widget, target, size)
        _export_widget(target, path, scale)
    finally:
        widget.shutdown()  # stops any background work before the widget goes
        widget.close()
        widget.deleteLater()
