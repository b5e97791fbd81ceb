"""Colour themes for the canvas and the window: LIGHT (book-like, printable) and DARK.

A theme is plain data; the widgets that draw read it in their ``set_theme``.
Colour maps are named by their pyqtgraph name (``pg.colormap.get(name)``).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Theme:
    """Every colour a themed widget needs.

    Colours are ``"#rrggbb"`` strings (``"#rrggbbaa"`` where a translucent colour is wanted).
    """

    name: str
    background: str
    foreground: str  #: axis lines, tick labels, titles
    grid: str  #: grid lines (drawn with ``grid_alpha``)
    grid_alpha: float
    arrow_colormap: str  #: colours arrows by |∇f|
    arrow_colormap_span: tuple[float, float]  #: part of the map used, (lowest |∇f|, highest |∇f|)
    heatmap_colormap: str  #: colours f
    heatmap_opacity: float  #: < 1 so the arrows stay the figure and the heatmap the ground
    contour: str
    book_arrow: str  #: the single grey of the book's quiver figure
    critical: str  #: critical point markers and their labels
    critical_fill: str
    highlight: str  #: outline around highlighted path markers
    path_colors: tuple[str, ...]  #: qualitative palette, cycled per run
    #: colours f where it changes sign over the view, 0 in the map's neutral middle
    heatmap_diverging_colormap: str = "CET-D1A"

    def path_color(self, index: int) -> str:
        """Palette colour for the ``index``-th run (cycles)."""
        return self.path_colors[index % len(self.path_colors)]


# Okabe-Ito: distinguishable under the common colour-vision deficiencies, prints well on white.
_OKABE_ITO = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000", "#f0e442")

LIGHT = Theme(
    name="light",
    background="#ffffff",
    foreground="#202020",
    grid="#000000",
    grid_alpha=0.12,
    # Dark end on white: the longest (most important) arrows are the most visible ones.
    arrow_colormap="inferno",
    # from orange (gentle slopes) to near-black (steep ones): readable on white and on pale blue
    arrow_colormap_span=(0.72, 0.0),
    # white (low f) to blue (high f): a pale ground the warm/dark arrows stand out on
    heatmap_colormap="CET-L12",
    heatmap_opacity=0.45,
    contour="#7a7a7a",
    book_arrow="#666666",  # the colour the book passes to plt.quiver
    critical="#000000",
    critical_fill="#ffffff",
    highlight="#000000",
    # Okabe-Ito's orange, sky blue and yellow fall below 3:1 contrast on white (WCAG's minimum
    # for graphics): keep the rest, add a dark purple and a dark ochre instead
    path_colors=("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#000000", "#6a3d9a", "#8c6400"),
    # blue (f < 0) through white (0) to red (f > 0)
    heatmap_diverging_colormap="CET-D1",
)

DARK = Theme(
    name="dark",
    background="#15171c",
    foreground="#d8d8d8",
    grid="#ffffff",
    grid_alpha=0.15,
    # from mid grey (gentle slopes) to white (steep ones): no hue, so that no path colour (orange,
    # vermillion, yellow …) is ever drawn over arrows of its own colour
    arrow_colormap="CET-L1",
    arrow_colormap_span=(0.45, 1.0),
    # black (low f) through blue to cyan (high f), dimmed: grey arrows stand out on it
    heatmap_colormap="CET-L6",
    heatmap_opacity=0.5,
    contour="#8c8c8c",
    book_arrow="#b0b0b0",
    critical="#ffffff",
    critical_fill="#15171c",
    highlight="#ffffff",
    # The bright colours first (the first runs are the most looked at): Okabe-Ito's dark blue is
    # faint on the blue heatmap, so it comes last; black is unreadable here, and white would lie
    # on the steepest (white) arrows: a light violet instead.
    path_colors=("#56b4e9", "#e69f00", "#009e73", "#cc79a7", "#d55e00", "#f0e442", "#c9a0ff", "#0072b2"),
    # blue (f < 0) through near-black (0) to red (f > 0): the dark ground stays dark at 0
    heatmap_diverging_colormap="CET-D4",
)

THEMES: dict[str, Theme] = {LIGHT.name: LIGHT, DARK.name: DARK}


#: pyqtgraph's GridItem draws each level with its own alpha, at most 50/255 (about 0.2).
GRID_ITEM_MAX_ALPHA = 50 / 255


def grid_item_color(theme: Theme) -> tuple[int, int, int]:
    """The colour to give a ``pg.GridItem`` so its lines reach the theme's ``grid_alpha``: the
    grid colour mixed toward the background, since the item sets the alpha itself."""
    mix = min(1.0, theme.grid_alpha / GRID_ITEM_MAX_ALPHA)
    grid, back = _rgb(theme.grid), _rgb(theme.background)
    return tuple(int(round(b + mix * (g - b))) for g, b in zip(grid, back))


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)
