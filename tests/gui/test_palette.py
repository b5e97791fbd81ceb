"""The widget palette of a theme, and the style that keeps check boxes visible on it."""
import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QCheckBox, QStyle, QStyleFactory, QStyleOptionButton

from gui.model.theme import DARK, LIGHT
from gui.palette import OutlinedStyle, theme_palette


def _indicator(style, theme, qtbot) -> tuple[QImage, QColor]:
    box = QCheckBox("numerical gradient")
    qtbot.addWidget(box)
    box.setStyle(style)
    box.setPalette(theme_palette(theme))
    box.resize(160, 24)
    option = QStyleOptionButton()
    box.initStyleOption(option)
    rect = style.subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    return image.copy(rect), QColor(theme.background)


def _frame_contrast(image: QImage, background: QColor) -> float:
    """The largest lightness difference from the background along the indicator's border."""
    w, h = image.width(), image.height()
    border = [(x, y) for x in range(w) for y in (0, 1, h - 2, h - 1)] + [(x, y) for y in range(h) for x in (0, 1, w - 2, w - 1)]
    return max(abs(image.pixelColor(x, y).lightness() - background.lightness()) for x, y in border)


def test_an_unticked_box_keeps_a_visible_frame_on_the_dark_theme(qtbot):
    plain, back = _indicator(QStyleFactory.create("Fusion"), DARK, qtbot)
    outlined, _ = _indicator(OutlinedStyle(), DARK, qtbot)
    assert _frame_contrast(plain, back) < 40  # the defect: Fusion's frame is near-black on near-black
    assert _frame_contrast(outlined, back) >= 80


def test_the_light_theme_keeps_fusions_own_frame(qtbot):
    plain, back = _indicator(QStyleFactory.create("Fusion"), LIGHT, qtbot)
    outlined, _ = _indicator(OutlinedStyle(), LIGHT, qtbot)
    assert _frame_contrast(outlined, back) == pytest.approx(_frame_contrast(plain, back))
