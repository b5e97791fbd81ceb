"""The Qt widget palette that goes with a plot theme (gui/theme.py stays free of Qt)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory

from gui.model.theme import Theme


def theme_palette(theme: Theme) -> QPalette:
    """A widget palette matching ``theme``: every role a widget paints with (tables, headers,
    fields, buttons), so a dark figure has no white table in it even without a dark parent
    (the command line renders a lab on its own). The light theme keeps the style's palette."""
    palette = QApplication.style().standardPalette() if QApplication.instance() else QPalette()
    if theme.name != "dark":
        palette.setColor(QPalette.ColorRole.Window, QColor(theme.background))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.foreground))
        return palette
    bg, fg = QColor(theme.background), QColor(theme.foreground)
    base = bg.lighter(130)
    for role, colour in ((QPalette.ColorRole.Window, bg), (QPalette.ColorRole.WindowText, fg),
                         (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, bg.lighter(115)),
                         (QPalette.ColorRole.Text, fg), (QPalette.ColorRole.Button, bg.lighter(120)),
                         (QPalette.ColorRole.ButtonText, fg), (QPalette.ColorRole.ToolTipBase, base),
                         (QPalette.ColorRole.ToolTipText, fg), (QPalette.ColorRole.Highlight, QColor("#2f5f8f")),
                         (QPalette.ColorRole.HighlightedText, QColor("#ffffff"))):
        palette.setColor(role, colour)
    palette.setColor(QPalette.ColorRole.PlaceholderText, fg.darker(150))
    palette.setColor(QPalette.ColorRole.BrightText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, fg.darker(170))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, fg.darker(170))
    return palette


class OutlinedStyle(QProxyStyle):
    """Fusion, with check boxes and radio buttons that keep a visible outline on a dark palette.

    Fusion draws an indicator's frame in the window colour made darker (``darker(140)``): on the
    dark theme's near-black window that frame vanishes and an unticked box cannot be seen. On a
    dark palette the frame is drawn again in the text colour, half transparent.
    """

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802 - Qt API
        super().drawPrimitive(element, option, painter, widget)
        if element not in (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton):
            return
        palette = option.palette
        if palette.color(QPalette.ColorRole.Window).lightness() >= 128:
            return  # a light palette: Fusion's own frame is visible
        outline = QColor(palette.color(QPalette.ColorRole.Text))
        outline.setAlpha(150)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(outline, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 1.5, 1.5)
        painter.restore()


def application_style() -> QStyle:
    """The style of the application: Fusion (it honours the palette on every platform, so the
    dark theme looks whole) with outlines that stay visible on it (:class:`OutlinedStyle`)."""
    return OutlinedStyle()
