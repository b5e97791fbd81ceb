"""A report of where things are on screen, for the test that drives the real window.

The real-window test (``tests/gui/test_real_window.py``) starts ``main.py`` on an X server, clicks
with xdotool and takes screenshots of the screen. To click on the field and look near the click it
needs to know where, in screen pixels, the field's view box is and what data range it shows.
When ``GRADIENT_EXPLORER_WINDOW_REPORT`` names a file, the app writes that as JSON once the first
field is drawn, and again whenever the field is redrawn or a run ends (written to a temporary file
and moved into place, so the test never reads half a report). Nothing happens without the variable.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QObject, QPoint

ENV = "GRADIENT_EXPLORER_WINDOW_REPORT"


def _global_rect(widget, rect) -> list[int]:
    top_left = widget.mapToGlobal(QPoint(int(rect.left()), int(rect.top())))
    return [top_left.x(), top_left.y(), int(rect.width()), int(rect.height())]


class WindowReport(QObject):
    """Writes :meth:`report` to ``path`` whenever the window's field is drawn or a run ends."""

    def __init__(self, window, path: str | os.PathLike) -> None:
        super().__init__(window)
        self.window = window
        self.path = Path(path)
        window.canvas.fieldUpdated.connect(self.write)
        window.runs.runEnded.connect(lambda *_: self.write())

    def report(self) -> dict:
        canvas = self.window.canvas
        plot = canvas.plot
        view = canvas.view_box.sceneBoundingRect()
        view_rect = plot.mapFromScene(view).boundingRect()
        field = self.window.controls.formula_field.edit
        return {
            "window": _global_rect(self.window, self.window.rect()),
            "view_box": _global_rect(plot, view_rect),
            "view_range": list(canvas.view_box_range()),
            "formula_field": _global_rect(field, field.rect()),
            "runs": {str(run_id): {"start": [float(v) for v in run.start], "ended": bool(run.ended),
                                    "color": run.color}
                     for run_id, run in self.window.runs.runs.items()},
        }

    def write(self) -> None:
        temporary = self.path.with_name(self.path.name + ".tmp")
        temporary.write_text(json.dumps(self.report()), encoding="utf-8")
        os.replace(temporary, self.path)


def install_from_environment(window) -> WindowReport | None:
    """A :class:`WindowReport` for ``window`` if ``GRADIENT_EXPLORER_WINDOW_REPORT`` is set."""
    path = os.environ.get(ENV)
    return WindowReport(window, path) if path else None
