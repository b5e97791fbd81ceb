"""Themes: readable colours (WCAG contrast), distinct path colours, valid colour maps."""
import dataclasses

import numpy as np
import pyqtgraph as pg
import pytest

from gui.model.theme import DARK, LIGHT, THEMES, Theme


def luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance."""
    c = np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]) / 255
    c = np.where(c <= 0.03928, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return float(c @ [0.2126, 0.7152, 0.0722])


def contrast(a: str, b: str) -> float:
    lo, hi = sorted((luminance(a), luminance(b)))
    return (hi + 0.05) / (lo + 0.05)


def test_wcag_formula_matches_the_standards_extremes():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#777777") == pytest.approx(1.0)


def test_themes_are_registered_by_name_and_frozen():
    assert THEMES == {"light": LIGHT, "dark": DARK}
    with pytest.raises(dataclasses.FrozenInstanceError):
        LIGHT.background = "#000000"


def test_light_is_the_printable_white_one():
    assert LIGHT.background == "#ffffff"
    assert luminance(LIGHT.foreground) < 0.05
    assert luminance(DARK.background) < 0.05 < luminance(DARK.foreground)


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=lambda t: t.name)
def test_text_and_marks_are_readable_on_the_background(theme: Theme):
    assert contrast(theme.foreground, theme.background) >= 7.0  # WCAG AAA for text
    assert contrast(theme.critical, theme.background) >= 7.0
    # WCAG 1.4.11: graphical objects need 3:1 against what is next to them
    for colour in theme.path_colors:
        assert contrast(colour, theme.background) >= 3.0, colour
    assert contrast(theme.book_arrow, theme.background) >= 3.0


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=lambda t: t.name)
def test_path_colours_are_distinct_and_cycle(theme: Theme):
    assert len(set(theme.path_colors)) == len(theme.path_colors) >= 6
    assert theme.path_color(len(theme.path_colors)) == theme.path_colors[0]


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=lambda t: t.name)
def test_colour_maps_exist_and_arrow_colours_stay_readable(theme: Theme):
    pg.colormap.get(theme.heatmap_colormap)
    arrows = pg.colormap.get(theme.arrow_colormap)
    lo, hi = theme.arrow_colormap_span
    rgb = arrows.map(np.linspace(lo, hi, 8), mode="byte")[:, :3]
    hexes = ["#%02x%02x%02x" % tuple(c) for c in rgb]
    # even the gentlest-slope class must stand out from the background
    assert min(contrast(h, theme.background) for h in hexes) >= 2.5
    # steeper slopes get more contrast: the eye goes to the big arrows first
    assert contrast(hexes[-1], theme.background) > contrast(hexes[0], theme.background)


def test_grid_item_colour_mixes_toward_the_background_to_reach_grid_alpha():
    from gui.model.theme import GRID_ITEM_MAX_ALPHA, grid_item_color

    # light: black grid at alpha 0.12 on white, drawn by GridItem at its own alpha ≈ 0.196
    r, g, b = grid_item_color(LIGHT)
    expected = round(255 * (1 - LIGHT.grid_alpha / GRID_ITEM_MAX_ALPHA))
    assert r == g == b == expected
    assert grid_item_color(DARK) != (255, 255, 255)
