"""The Network tab's live figures: loss per iteration, accuracy per epoch, decision regions, digits.

Each class wraps a ``pg.PlotWidget`` made by the lab (``LabWidget.make_plot``, so the theme reaches
it) and draws a :class:`~gui.labs.network_run.TrainingHistory` or an update's view of the net.
Everything drawn per update is a handful of ``setData``/``setImage`` calls on arrays: no Python
loop over points, pixels or grid cells (the digit grid's 50 labels are the one small loop).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QWidget

from gui.i18n import translate
from gui.labs.figure_style import add_legend, style_legend
from gui.labs.network_run import DIGIT_COLUMNS, DIGIT_ROWS, TrainingHistory
from gui.model.theme import Theme, grid_item_color
from numerics.network import Dataset, DecisionRegions

CONTEXT = "NetworkPlots"
LOSS_RAW = QT_TRANSLATE_NOOP("NetworkPlots", "mini-batch loss")
LOSS_SMOOTH = QT_TRANSLATE_NOOP("NetworkPlots", "average of %n iterations")
TRAIN_ACC = QT_TRANSLATE_NOOP("NetworkPlots", "train acc")
TEST_ACC = QT_TRANSLATE_NOOP("NetworkPlots", "test acc")

#: Misclassified digits are framed in this red (readable on both themes).
WRONG = "#d62728"
#: The raw loss is drawn faint (this alpha of 255) under its moving average, as in the book's figure.
RAW_ALPHA = 70
#: Pixels per digit tile: 28 of the image, a 2-pixel frame around it, a 2-pixel gap; the label's row.
TILE = 34
LABEL_ROW = 12
#: Up to this many epochs the accuracy curves carry a marker per epoch.
MAX_MARKED_EPOCHS = 60


def _rgb(colour: str) -> np.ndarray:
    return np.array(QColor(colour).getRgb()[:3], dtype=np.float64)


def class_colours(theme: Theme, n: int) -> list[str]:
    return [theme.path_color(k) for k in range(n)]


def cheap_grid(plot: pg.PlotWidget, theme: Theme, grid: pg.GridItem | None = None) -> pg.GridItem | None:
    """Replace the axes' own grid (``style_plot`` turns it on) by one ``GridItem``, or by none.

    The axes replay their grid lines from a QPicture on every repaint — 6 ms per axis here, four
    plots redrawn 10 times a second while a net trains — where a GridItem paints its few lines
    directly (the field canvas does the same). ``grid=None`` only switches the axes' grid off.
    """
    item = plot.getPlotItem()
    for name in ("left", "bottom", "right", "top"):
        item.getAxis(name).setGrid(False)
    if grid is not None:
        grid.setPen(pg.mkPen(grid_item_color(theme), width=1))
    return grid


def rename_legend_entry(legend: pg.LegendItem, item, name: str) -> None:
    """Give ``item``'s entry of ``legend`` a new name (a language switch, a new window size)."""
    for sample, label in legend.items:
        if sample.item is item:
            label.setText(name)
            return


def new_grid(plot: pg.PlotWidget) -> pg.GridItem:
    grid = pg.GridItem(textPen=None)
    grid.setTickSpacing(x=[None, None], y=[None, None])  # major lines only, like the axes' grid
    grid.setZValue(-100)
    plot.getPlotItem().getViewBox().addItem(grid, ignoreBounds=True)
    return grid


class LossPlot:
    """The book's loss figure: every iteration's mini-batch loss, faint, under its moving average."""

    def __init__(self, plot: pg.PlotWidget, theme: Theme) -> None:
        self.plot = plot
        self.grid = new_grid(plot)
        # Fixed ranges, set per run: an axis whose range moves re-lays its ticks out on every frame.
        plot.getPlotItem().getViewBox().disableAutoRange()
        self.y_top = 1.0
        self.x_end = 1
        self.legend = add_legend(plot, theme, offset=(-10, 10))
        self.raw = plot.plot([], [], name=translate(CONTEXT, LOSS_RAW), connect="finite")
        self.smooth = plot.plot([], [], name=translate(CONTEXT, LOSS_SMOOTH, 5), connect="finite")
        for item in (self.raw, self.smooth):
            item.setClipToView(True)
            item.setDownsampling(auto=True, method="peak")
        self.window = 5
        self.set_theme(theme)

    def set_theme(self, theme: Theme) -> None:
        colour = QColor(theme.path_color(0))
        faint = QColor(colour)
        faint.setAlpha(RAW_ALPHA)
        self.raw.setPen(pg.mkPen(faint, width=1))
        self.smooth.setPen(pg.mkPen(colour, width=2))
        style_legend(self.legend, theme)
        cheap_grid(self.plot, theme, self.grid)

    def show(self, history: TrainingHistory) -> None:
        n = history.count
        losses = history.losses.values
        x = history.iterations.values.astype(np.float64)
        self.raw.setData(x, losses.astype(np.float64))
        sx, sy = history.smoothed()
        self.smooth.setData(sx, sy)
        if history.window != self.window:
            self.window = history.window
            rename_legend_entry(self.legend, self.smooth, translate(CONTEXT, LOSS_SMOOTH, self.window))
        # The x range is the whole run from its start; y grows only when a loss rises above it.
        x_end = max(history.planned, n, 1)
        finite = losses[np.isfinite(losses)]
        top = float(finite.max()) * 1.05 if finite.size else 1.0
        if x_end != self.x_end or top > self.y_top:
            self.x_end, self.y_top = x_end, max(top, self.y_top)
            self.plot.setRange(xRange=(0, x_end), yRange=(0, self.y_top), padding=0.02)

    def retranslate(self) -> None:
        """The legend in the language shown (the page calls it on a language switch)."""
        rename_legend_entry(self.legend, self.raw, translate(CONTEXT, LOSS_RAW))
        rename_legend_entry(self.legend, self.smooth, translate(CONTEXT, LOSS_SMOOTH, self.window))

    def clear(self) -> None:
        self.raw.setData([], [])
        self.smooth.setData([], [])
        self.y_top = 0.0
        self.x_end = 0


class AccuracyPlot:
    """The book's accuracy figure: train and test accuracy at every epoch, 0 … 1."""

    def __init__(self, plot: pg.PlotWidget, theme: Theme) -> None:
        self.plot = plot
        self.grid = new_grid(plot)
        plot.getPlotItem().getViewBox().disableAutoRange()
        plot.setYRange(0, 1.0, padding=0.02)
        self.x_end = 1.0
        self.legend = add_legend(plot, theme, offset=(-10, -10))
        self.train = plot.plot([], [], name=translate(CONTEXT, TRAIN_ACC), symbol="o", symbolSize=5)
        self.test = plot.plot([], [], name=translate(CONTEXT, TEST_ACC), symbol="s", symbolSize=5)
        self.set_theme(theme)

    def set_theme(self, theme: Theme) -> None:
        for item, k, style in ((self.train, 0, None), (self.test, 1, pg.QtCore.Qt.PenStyle.DashLine)):
            colour = theme.path_color(k)
            pen = pg.mkPen(colour, width=2) if style is None else pg.mkPen(colour, width=2, style=style)
            item.setPen(pen)
            item.setSymbolPen(pg.mkPen(colour))
            item.setSymbolBrush(pg.mkBrush(colour))
        style_legend(self.legend, theme)
        cheap_grid(self.plot, theme, self.grid)

    def retranslate(self) -> None:
        """The legend in the language shown (the page calls it on a language switch)."""
        rename_legend_entry(self.legend, self.train, translate(CONTEXT, TRAIN_ACC))
        rename_legend_entry(self.legend, self.test, translate(CONTEXT, TEST_ACC))

    def show(self, history: TrainingHistory) -> None:
        epochs = history.acc_epochs.values.astype(np.float64)
        # Markers on every epoch while they can be told apart (the book's ten-odd epochs); a 2-D set
        # evaluates hundreds of epochs, where markers would only hide the lines.
        symbols = ("o", "s") if epochs.size <= MAX_MARKED_EPOCHS else (None, None)
        self.train.setData(epochs, history.train_acc.values, symbol=symbols[0])
        self.test.setData(epochs, history.test_acc.values, symbol=symbols[1])
        self.set_epochs(history.planned_epochs())

    def set_epochs(self, epochs: float) -> None:
        """The x range: the run's last epoch (set once per run, not per frame)."""
        epochs = max(float(epochs), 1.0)
        if epochs != self.x_end:
            self.x_end = epochs
            self.plot.setXRange(0, epochs, padding=0.02)

    def clear(self) -> None:
        self.train.setData([], [])
        self.test.setData([], [])


class RegionView:
    """A 2-D dataset: the class the net predicts on a grid as an image, the points over it.

    Training points are filled discs, test points hollow squares, in their class's colour; the
    image is the predicted class's colour, stronger where the net is more confident.
    """

    def __init__(self, plot: pg.PlotWidget, theme: Theme) -> None:
        self.plot = plot
        plot.setAspectLocked(True)
        plot.getPlotItem().getViewBox().disableAutoRange()
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-10)
        plot.addItem(self.image)
        # One scatter item per class and split, each with ONE pen and brush: pyqtgraph then paints
        # them from one cached symbol, where per-point pens cost a style look-up per point and frame.
        self.point_items: list[pg.ScatterPlotItem] = []
        self.theme = theme
        self.dataset: Dataset | None = None
        self.regions: DecisionRegions | None = None

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        cheap_grid(self.plot, theme)  # the image is the ground: no grid over it
        if self.dataset is not None:
            self.set_dataset(self.dataset)
        if self.regions is not None:
            self.show(self.regions)

    def set_dataset(self, dataset: Dataset) -> None:
        """The points of a 2-D dataset (its box becomes the view)."""
        self.dataset = dataset
        self.regions = None
        self.image.clear()
        for item in self.point_items:
            self.plot.removeItem(item)
        self.point_items = []
        edge = pg.mkPen(self.theme.foreground, width=0.6)
        x_train, t_train = np.asarray(dataset.x_train), np.asarray(dataset.t_train)
        x_test, t_test = np.asarray(dataset.x_test), np.asarray(dataset.t_test)
        for k, colour in enumerate(class_colours(self.theme, dataset.n_classes)):  # a loop over classes
            train = pg.ScatterPlotItem(pos=x_train[t_train == k], size=6, symbol="o", pen=edge,
                                       brush=pg.mkBrush(colour))
            test = pg.ScatterPlotItem(pos=x_test[t_test == k], size=7, symbol="s",
                                      pen=pg.mkPen(colour, width=1.6), brush=pg.mkBrush(self.theme.background))
            for item in (train, test):
                self.plot.addItem(item)
                self.point_items.append(item)
        b = dataset.box
        self.plot.setRange(xRange=(b[0], b[1]), yRange=(b[2], b[3]), padding=0)

    def show(self, regions: DecisionRegions) -> None:
        """Draw the net's decision regions (a fresh ``DecisionRegions`` from the worker)."""
        self.regions = regions
        n_classes = self.dataset.n_classes if self.dataset is not None else int(regions.labels.max()) + 1
        lut = np.array([_rgb(c) for c in class_colours(self.theme, n_classes)])
        background = _rgb(self.theme.background)
        # Confidence 1/C (a guess) shows the background; certainty, a strong tint of the class.
        floor = 1.0 / n_classes
        strength = np.clip((regions.confidence - floor) / (1.0 - floor), 0.0, 1.0)[..., None]
        mix = 0.15 + 0.45 * strength
        rgb = background + mix * (lut[regions.labels] - background)
        self.image.setImage(np.clip(rgb, 0, 255).astype(np.uint8), autoLevels=False, levels=(0, 255))
        x0, x1 = regions.x0, regions.x1
        dx = (x0[-1] - x0[0]) / max(len(x0) - 1, 1)
        dy = (x1[-1] - x1[0]) / max(len(x1) - 1, 1)
        self.image.setRect(QRectF(x0[0] - dx / 2, x1[0] - dy / 2, len(x0) * dx, len(x1) * dy))

    def clear(self) -> None:
        self.regions = None
        self.image.clear()


class DigitGrid(QWidget):
    """MNIST: the first test digits, each with the label the net predicts; wrong ones framed red.

    A plain widget that paints one prepared image: per update the picture is drawn once with a
    QPainter (the 50 labels, the red frames) and a repaint is a single ``drawImage``, all in C++.
    As 50 pyqtgraph text items it cost 6 ms of Python per repaint, each call waiting for the GIL
    the training holds (the main source of the GUI's lateness while MNIST trained).
    """

    #: Pixels of the prepared image per pixel of a digit (sharp when the widget is larger).
    SCALE = 2

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.title = ""
        self.digits: np.ndarray | None = None  # (n, 28, 28) in [0, 1]
        self.truth: np.ndarray | None = None
        self.predicted: np.ndarray | None = None
        self._tiles: np.ndarray | None = None  # the digits as RGB, drawn once per dataset and theme
        self._picture: QImage | None = None
        self.setMinimumSize(200, 200)

    def set_title(self, text: str) -> None:
        self.title = text
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._tiles = None
        self._draw()

    def set_dataset(self, dataset: Dataset | None) -> None:
        if dataset is None or dataset.box is not None:
            self.digits = self.truth = self.predicted = None
        else:
            n = DIGIT_ROWS * DIGIT_COLUMNS
            self.digits = np.asarray(dataset.x_test[:n], dtype=np.float64).reshape(-1, 28, 28)
            t = np.asarray(dataset.t_test[:n])
            self.truth = t.argmax(axis=1) if t.ndim == 2 else t.astype(np.intp)
            self.predicted = None
        self._tiles = None
        self._draw()

    def show_predictions(self, predicted: np.ndarray) -> None:
        predicted = np.asarray(predicted)
        if self.predicted is not None and np.array_equal(predicted, self.predicted) and self._picture is not None:
            return  # late in training most updates change no label: nothing to redraw
        self.predicted = predicted
        self._draw()

    def clear(self) -> None:
        self.predicted = None
        self._draw()

    def wrong(self) -> np.ndarray:
        """Which shown digits the net gets wrong (all False before a prediction)."""
        if self.predicted is None or self.truth is None:
            return np.zeros(0 if self.truth is None else len(self.truth), dtype=bool)
        return self.predicted != self.truth

    def label_texts(self) -> list[str]:
        """The label under each shown digit: the predicted class, "p ≠ t" when wrong."""
        if self.predicted is None or self.truth is None:
            return []
        return [f"{p}" if p == t else f"{p} ≠ {t}" for p, t in zip(self.predicted.tolist(), self.truth.tolist())]

    def _draw(self) -> None:
        """Prepare the picture: the digits (ink on paper), frames and labels (GUI thread, ~1 ms)."""
        if self.digits is None:
            self._picture = None
            self.update()
            return
        n = len(self.digits)
        rows, cols, cell_h = DIGIT_ROWS, DIGIT_COLUMNS, TILE + LABEL_ROW
        if self._tiles is None:
            paper, ink = _rgb(self.theme.background), _rgb(self.theme.foreground)
            tiles = np.empty((rows * cols, cell_h, TILE, 3))
            tiles[:] = paper
            tiles[:n, 3:31, 3:31] = paper + self.digits[..., None] * (ink - paper)
            grid = tiles.reshape(rows, cols, cell_h, TILE, 3).transpose(0, 2, 1, 3, 4).reshape(rows * cell_h, cols * TILE, 3)
            self._tiles = np.ascontiguousarray(np.clip(grid, 0, 255).astype(np.uint8))
        tiles = self._tiles
        base = QImage(tiles.data, tiles.shape[1], tiles.shape[0], tiles.strides[0], QImage.Format.Format_RGB888)
        s = self.SCALE
        picture = QImage(tiles.shape[1] * s, tiles.shape[0] * s, QImage.Format.Format_RGB32)
        painter = QPainter(picture)
        try:
            painter.drawImage(QRectF(0, 0, picture.width(), picture.height()), base)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            font = QFont()
            font.setPixelSize(11 * s)
            painter.setFont(font)
            wrong = self.wrong()
            texts = self.label_texts()
            for k, text in enumerate(texts):  # 50 digits: one frame and one label each
                row, col = divmod(k, cols)
                x, y = col * TILE * s, row * cell_h * s
                bad = bool(wrong[k])
                if bad:
                    painter.setPen(QPen(QColor(WRONG), 2 * s))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(QRectF(x + 2 * s, y + 2 * s, 30 * s, 30 * s))
                painter.setPen(QColor(WRONG if bad else self.theme.foreground))
                painter.drawText(QRectF(x, y + 33 * s, TILE * s, LABEL_ROW * s),
                                 int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), text)
        finally:
            painter.end()
        self._picture = picture
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor(self.theme.background))
            painter.setPen(QColor(self.theme.foreground))
            font = QFont()
            font.setPointSizeF(font.pointSizeF() * 1.2)
            painter.setFont(font)
            title_h = painter.fontMetrics().height() + 8
            painter.drawText(QRectF(0, 0, self.width(), title_h), int(Qt.AlignmentFlag.AlignCenter), self.title)
            if self._picture is None:
                return
            area = QRectF(4, title_h, self.width() - 8, self.height() - title_h - 4)
            ratio = self._picture.width() / self._picture.height()
            w = min(area.width(), area.height() * ratio)
            h = w / ratio
            target = QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, self._picture)
        finally:
            painter.end()
