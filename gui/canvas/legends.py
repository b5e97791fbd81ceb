"""The canvas's colour keys: one bar per colour on the canvas, each titled right above itself.

- **|∇f|** for the arrows: stepped, since the arrows come in a handful of colour classes; on a
  log scale its ticks are powers of ten (the values themselves, not their logarithms).
- **f** for the heatmap, in the colours the heatmap is *seen* in (its colour map blended with
  the background at the heatmap's opacity). A sequential map when f keeps one sign; a
  diverging map centred on 0 when f changes sign (a saddle's two halves must not both read as
  "blue"), so 0 is the map's middle and the bar shows it.

The two keys are stacked in ONE column right of the plot, each under its own title: a title
above its bar cannot be read as the label of the plot beside the canvas (a rotated axis label
~50 px right of the bar was read as "|∇f| f" next to the loss plot), and one column costs the
field less width than the old single bar with its label did. The column's width is fixed:
showing, hiding or retitling a key never re-lays out the plot (which would move the view after
the field was computed for it).
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

#: the keys' cell in the plot item's layout (column 2 is the unused right axis)
KEYS_ROW, KEYS_COLUMN = 2, 5
BAR_WIDTH = 12
#: bar plus tick values (the bars' axes are 45 px wide)
KEYS_WIDTH = 62
TITLE_SIZE = "9pt"
#: samples of a colour map blended for the heatmap's key
KEY_SAMPLES = 64
_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def log_ticks(lo: float, hi: float) -> list[tuple[float, str]]:
    """Ticks for a bar spanning log10 values ``lo … hi``: the powers of ten inside (and 2× and
    5× them when fewer than two decades fit), written as the values themselves (0.1, 10, 10⁵)."""
    ticks = []
    for k in range(int(np.ceil(lo - 1e-9)), int(np.floor(hi + 1e-9)) + 1):
        ticks.append((float(k), _power_text(k)))
    if len(ticks) < 2:
        for k in range(int(np.floor(lo)), int(np.ceil(hi)) + 1):
            for m in (2.0, 5.0):
                v = k + np.log10(m)
                if lo - 1e-9 <= v <= hi + 1e-9:
                    ticks.append((float(v), f"{m:g}·{_power_text(k)}" if abs(k) >= 3 else f"{m * 10.0**k:g}"))
        ticks.sort()
    return ticks


def _power_text(k: int) -> str:
    return f"{10.0**k:g}" if -2 <= k <= 2 else "10" + str(k).translate(_SUPERSCRIPT)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ColourLegends", text)


def blended_colormap(cmap: pg.ColorMap, opacity: float, background: str) -> pg.ColorMap:
    """``cmap`` as it looks drawn at ``opacity`` over ``background`` (the heatmap's key)."""
    pos = np.linspace(0.0, 1.0, KEY_SAMPLES)
    rgb = cmap.map(pos, mode="float")[:, :3]
    back = np.array(pg.mkColor(background).getRgbF()[:3])
    mixed = back + opacity * (rgb - back)
    return pg.ColorMap(pos=pos, color=np.round(255 * mixed).astype(np.uint8))


class ColourLegends:
    """The two colour keys of a canvas's plot item, stacked in one column (see the module docstring)."""

    def __init__(self, plot_item: pg.PlotItem) -> None:
        self.column = pg.GraphicsLayout()
        self.column.layout.setContentsMargins(0, 0, 0, 0)
        self.column.layout.setVerticalSpacing(2)
        self.arrows_title = pg.LabelItem("", size=TITLE_SIZE, justify="left")
        self.arrows = self._bar()
        self.heatmap_title = pg.LabelItem("", size=TITLE_SIZE, justify="left")
        self.heatmap = self._bar()
        for row, item in enumerate((self.arrows_title, self.arrows, self.heatmap_title, self.heatmap)):
            self.column.addItem(item, row=row, col=0)
        plot_item.layout.addItem(self.column, KEYS_ROW, KEYS_COLUMN)
        self._layout = plot_item.layout
        self._foreground = "#000000"
        self._titles = {"arrows": "", "heatmap": ""}
        self._log = {"arrows": None, "heatmap": None}
        self._set_title("arrows", _tr("|∇f|"))
        self._set_title("heatmap", _tr("f"))
        self.set_visible(True, True)

    @staticmethod
    def _bar() -> pg.ColorBarItem:
        bar = pg.ColorBarItem(values=(0.0, 1.0), width=BAR_WIDTH, interactive=False, colorMapMenu=False)
        # "|∇f| (x0.001)" over ticks 100 … 900 hides the real numbers 0.1 … 0.9
        bar.axis.enableAutoSIPrefix(False)
        return bar

    # -- looks ---------------------------------------------------------------------------------
    def set_foreground(self, colour: str) -> None:
        self._foreground = colour
        pen = pg.mkPen(colour)
        for bar in (self.arrows, self.heatmap):
            bar.axis.setPen(pen)
            bar.axis.setTextPen(pen)
            bar.getAxis("left").setPen(pen)
            bar.getAxis("left").setTextPen(pen)
        for key in self._titles:
            self._set_title(key, self._titles[key], force=True)

    def _set_title(self, key: str, text: str, force: bool = False) -> None:
        if text == self._titles[key] and not force:
            return  # each setText re-lays out the label (~1 ms a repaint)
        self._titles[key] = text
        (self.arrows_title if key == "arrows" else self.heatmap_title).setText(
            text, color=self._foreground, size=TITLE_SIZE)

    def _set_ticks(self, key: str, bar: pg.ColorBarItem, levels: tuple[float, float], log: bool) -> None:
        """Automatic ticks on a linear bar; on a log bar the values at whole decades."""
        ticks = log_ticks(*levels) if log else None
        if (log, ticks) != self._log[key]:
            self._log[key] = (log, ticks)
            bar.axis.setTicks([ticks] if ticks else None)

    # -- what they show ------------------------------------------------------------------------
    def show_arrows(self, levels: tuple[float, float], log: bool, cmap: pg.ColorMap | None = None) -> None:
        """The arrows' |∇f| from ``levels[0]`` to ``levels[1]`` (log10 values when ``log``)."""
        if cmap is not None:
            self.arrows.setColorMap(cmap)
        if self.arrows.levels() != tuple(levels):
            self.arrows.setLevels(values=levels)
        self._set_ticks("arrows", self.arrows, levels, log)
        self._set_title("arrows", _tr("|∇f|"))

    def show_heatmap(self, levels: tuple[float, float], log: bool, cmap: pg.ColorMap, opacity: float,
                     background: str) -> None:
        """The heatmap's f over ``levels`` (log: log10 of f − its minimum), drawn with ``cmap``."""
        self.heatmap.setColorMap(blended_colormap(cmap, opacity, background))
        if self.heatmap.levels() != tuple(levels):
            self.heatmap.setLevels(values=levels)
        self._set_ticks("heatmap", self.heatmap, levels, log)
        self._set_title("heatmap", _tr("f − min f") if log else _tr("f"))

    def set_visible(self, arrows: bool, heatmap: bool) -> None:
        """Show each key (a hidden one leaves its height to the other; the column keeps its width
        while either is shown, and gives it back to the plot when neither is: the book view)."""
        for items, on in (((self.arrows_title, self.arrows), arrows), ((self.heatmap_title, self.heatmap), heatmap)):
            for item in items:
                item.setVisible(on)
                item.setMaximumHeight(1e6 if on else 0)
                item.setMinimumHeight(0)
        self.column.setVisible(arrows or heatmap)
        self._layout.setColumnFixedWidth(KEYS_COLUMN, KEYS_WIDTH if (arrows or heatmap) else 0)
