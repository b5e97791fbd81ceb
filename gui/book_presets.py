"""The book's figures as command-line presets (``gui.cli --book-view``, ``--preset NAME``).

Each preset is the command line of one of the book's matplotlib scripts, written out as the
options a user would type (so the same validation reads them, and any option given beside the
preset overrides it), plus how the export draws it. Qt-free: plain data.

- ``--book-view`` — ``gradient_2d.py``: −∇f of x0² + x1² as grey quiver arrows on the 18 × 18
  grid ``arange(-2, 2.5, 0.25)``, limits [−2, 2]; exported square so both limits are exact.
- ``--preset gradient-method`` — ``gradient_method.py``: 20 steps of gradient descent on
  x0² + x1² from (−3, 4) with η = 0.1 and the book's numerical gradient, limits
  x0 ∈ [−3.5, 3.5], x1 ∈ [−4.5, 4.5]; each step a big dot, so their shrinking spacing shows.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class BookFigure:
    """One of the book's figures as options: ``options`` maps an argparse destination to the value
    the user would have typed (text, as argparse hands it on); ``marker_px`` is the dot size of the
    runs' steps in the export (None: the usual small dots)."""

    name: str
    script: str
    description: str
    options: dict = field(default_factory=dict)
    marker_px: float | None = None


GRADIENT_METHOD = BookFigure(
    name="gradient-method",
    script="gradient_method.py",
    description="20 steps of gradient descent from (−3, 4), η = 0.1, on x0² + x1²: big dots whose spacing shrinks",
    options={"function": "sphere", "start": [("-3", "4")], "lr": "0.1", "steps": "20",
             "box": ("-3.5", "3.5", "-4.5", "4.5"), "numerical": True},
    marker_px=11.0,
)

#: ``--preset NAME`` → the figure
PRESETS: dict[str, BookFigure] = {GRADIENT_METHOD.name: GRADIENT_METHOD}

#: gradient_2d.py's limits, and the square export ``--book-view`` writes when no --size is given
BOOK_VIEW_BOX = (-2.0, 2.0, -2.0, 2.0)
BOOK_VIEW_SIZE = (640, 640)
#: the function --book-view shows when none is given (the book's function_2)
BOOK_VIEW_FUNCTION = "sphere"


def apply_preset(args, preset: BookFigure) -> list[str]:
    """Fill the options of ``args`` (an argparse namespace) that the user left out with
    ``preset``'s; returns the destinations it filled. Options given by hand win."""
    filled = []
    for dest, value in preset.options.items():
        if dest == "function" and getattr(args, "formula", None) is not None:
            continue  # the user's own formula replaces the preset's function
        current = getattr(args, dest, None)
        if current is None or current is False or current == []:
            setattr(args, dest, value)
            filled.append(dest)
    return filled
