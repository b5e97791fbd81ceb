"""The dark theme's paths stand out from its arrows: no path colour is drawn over arrows of its
own colour (orange runs on orange arrows was the defect; the arrows are greys now)."""
import numpy as np
import pyqtgraph as pg

from gui.model.theme import DARK

#: the least RGB distance between a path colour and any arrow colour class
MIN_DISTANCE = 40.0


def _rgb(hex_colour: str) -> np.ndarray:
    return np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)], dtype=float)


def _arrow_colours(theme, classes: int = 8) -> np.ndarray:
    lo, hi = theme.arrow_colormap_span
    centres = lo + (hi - lo) * (np.arange(classes) + 0.5) / classes
    return pg.colormap.get(theme.arrow_colormap).map(centres, mode="byte")[:, :3].astype(float)


def test_no_dark_path_colour_matches_an_arrow_colour():
    arrows = _arrow_colours(DARK)
    for colour in DARK.path_colors:
        nearest = np.linalg.norm(arrows - _rgb(colour), axis=1).min()
        assert nearest >= MIN_DISTANCE, f"{colour} is {nearest:.0f} from an arrow colour"


def test_the_dark_arrows_carry_no_hue():
    arrows = _arrow_colours(DARK)
    assert (arrows.max(axis=1) - arrows.min(axis=1) < 8).all()  # greys: lightness alone is |∇f|
