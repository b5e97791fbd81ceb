"""The Qt widget palette that goes with a plot theme (gui/theme.py stays free of Qt)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

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
