"""The Network tab's live figures: loss per iteration, accuracy per epoch, decision regions, digits.

Each class wraps a ``pg.PlotWidget`` made by the lab (``LabWidget.make_plot``, so the theme reaches
it) and draws a :class:`~gui.labs.network_run.TrainingHistory` or an update's view of the net.
Everything drawn per update is a handful of ``setData``/``setImage`` calls on arrays: no Python
loop over points, pixels or grid cells (the digit grid's 50 labels are the one small loop).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QFont

from gui.i18n import translate
from gui.labs.figure_style import add_legend, style_legend
from gui.labs.network_run import DIGIT_COLUMNS, DIGIT_ROWS, TrainingHistory
from gui.model.theme import Theme
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
#: Pixels per digit tile: 28 of the image, a 2-pixel frame around it, a 2-pixel gap.
TILE = 34
LABEL_ROW = 12
#: Up to this many epochs the accuracy curves carry a marker per epoch.
MAX_MARKED_EPOCHS = 60


def _rgb(colour: str) -> np.ndarray:
    return np.array(QColor(colour).getRgb()[:3], dtype=np.float64)


def class_colours(theme: Theme, n: int) -> list[str]:
    return [theme.path_color(k) for k in range(n)]


class LossPlot:
    """The book's loss figure: every iteration's mini-batch loss, faint, under its moving average."""

    def __init__(self, plot: pg.PlotWidget, theme: Theme) -> None:
        self.plot = plot
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

    def show(self, history: TrainingHistory) -> None:
        n = history.count
        x = history.iterations.values.astype(np.float64)
        self.raw.setData(x, history.losses.values.astype(np.float64))
        sx, sy = history.smoothed()
        self.smooth.setData(sx, sy)
        if history.window != self.window:
            self.window = history.window
            self._rename(self.smooth, translate(CONTEXT, LOSS_SMOOTH, self.window))
        self.plot.setXRange(0, max(history.planned, n, 1), padding=0.02)

    def _rename(self, item, name: str) -> None:
        for sample, label in self.legend.items:
            if sample.item is item:
                label.setText(name)
                return

    def clear(self) -> None:
        self.raw.setData([], [])
        self.smooth.setData([], [])


class AccuracyPlot:
    """The book's accuracy figure: train and test accuracy at every epoch, 0 … 1."""

    def __init__(self, plot: pg.PlotWidget, theme: Theme) -> None:
        self.plot = plot
        plot.setYRange(0, 1.0, padding=0.02)
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

    def show(self, history: TrainingHistory) -> None:
        epochs = history.acc_epochs.values.astype(np.float64)
        # Markers on every epoch while they can be told apart (the book's ten-odd epochs); a 2-D set
        # evaluates hundreds of epochs, where markers would only hide the lines.
        symbols = ("o", "s") if epochs.size <= MAX_MARKED_EPOCHS else (None, None)
        self.train.setData(epochs, history.train_acc.values, symbol=symbols[0])
        self.test.setData(epochs, history.test_acc.values, symbol=symbols[1])
        last = float(epochs[-1]) if epochs.size else 1.0
        self.plot.setXRange(0, max(last, 1.0), padding=0.02)

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
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-10)
        plot.addItem(self.image)
        self.train_points = pg.ScatterPlotItem(size=6, symbol="o")
        self.test_points = pg.ScatterPlotItem(size=7, symbol="s")
        plot.addItem(self.train_points)
        plot.addItem(self.test_points)
        self.theme = theme
        self.dataset: Dataset | None = None
        self.regions: DecisionRegions | None = None

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        if self.dataset is not None:
            self.set_dataset(self.dataset)
        if self.regions is not None:
            self.show(self.regions)

    def set_dataset(self, dataset: Dataset) -> None:
        """The points of a 2-D dataset (its box becomes the view)."""
        self.dataset = dataset
        self.regions = None
        self.image.clear()
        colours = [QColor(c) for c in class_colours(self.theme, dataset.n_classes)]
        edge = pg.mkPen(self.theme.foreground, width=0.6)
        self.train_points.setData(pos=np.asarray(dataset.x_train), pen=edge,
                                  brush=[pg.mkBrush(colours[k]) for k in np.asarray(dataset.t_train)])
        self.test_points.setData(pos=np.asarray(dataset.x_test), brush=pg.mkBrush(self.theme.background),
                                 pen=[pg.mkPen(colours[k], width=1.6) for k in np.asarray(dataset.t_test)])
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


class DigitGrid:
    """MNIST: the first test digits, each with the label the net predicts; wrong ones framed red."""

    def __init__(self, plot: pg.PlotWidget, theme: Theme) -> None:
        self.plot = plot
        plot.setAspectLocked(True)
        plot.invertY(True)
        plot.hideAxis("left")
        plot.hideAxis("bottom")
        plot.showGrid(x=False, y=False)
        plot.setMouseEnabled(False, False)
        self.image = pg.ImageItem(axisOrder="row-major")
        plot.addItem(self.image)
        self.theme = theme
        self.digits: np.ndarray | None = None  # (n, 28, 28) in [0, 1]
        self.truth: np.ndarray | None = None
        self.predicted: np.ndarray | None = None
        self.labels: list[pg.TextItem] = []
        font = QFont()
        font.setPixelSize(11)
        for k in range(DIGIT_ROWS * DIGIT_COLUMNS):
            label = pg.TextItem("", anchor=(0.5, 0.0))
            label.setFont(font)
            row, col = divmod(k, DIGIT_COLUMNS)
            label.setPos(col * TILE + TILE / 2, row * (TILE + LABEL_ROW) + TILE - 2)
            plot.addItem(label)
            self.labels.append(label)
        width, height = DIGIT_COLUMNS * TILE, DIGIT_ROWS * (TILE + LABEL_ROW)
        plot.setRange(xRange=(0, width), yRange=(0, height), padding=0.01)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._draw()

    def set_dataset(self, dataset: Dataset | None) -> None:
        if dataset is None or dataset.box is not None:
            self.digits = self.truth = self.predicted = None
        else:
            n = DIGIT_ROWS * DIGIT_COLUMNS
            self.digits = np.asarray(dataset.x_test[:n], dtype=np.float64).reshape(-1, 28, 28)
            self.truth = np.asarray(dataset.t_test[:n]).reshape(len(self.digits), -1).argmax(axis=1) \
                if np.asarray(dataset.t_test).ndim == 2 else np.asarray(dataset.t_test[:n], dtype=np.intp)
            self.predicted = None
        self._draw()

    def show(self, predicted: np.ndarray) -> None:
        self.predicted = np.asarray(predicted)
        self._draw()

    def clear(self) -> None:
        self.predicted = None
        self._draw()

    def wrong(self) -> np.ndarray:
        """Which shown digits the net gets wrong (all False before a prediction)."""
        if self.predicted is None or self.truth is None:
            return np.zeros(0 if self.truth is None else len(self.truth), dtype=bool)
        return self.predicted != self.truth

    def _draw(self) -> None:
        if self.digits is None:
            self.image.clear()
            for label in self.labels:
                label.setText("")
            return
        n = len(self.digits)
        paper, ink, red = _rgb(self.theme.background), _rgb(self.theme.foreground), _rgb(WRONG)
        tiles = np.broadcast_to(paper, (n, TILE + LABEL_ROW, TILE, 3)).copy()
        tiles[:, 3:31, 3:31] = paper + self.digits[..., None] * (ink - paper)
        wrong = self.wrong()
        if wrong.any():
            frame = np.zeros((TILE + LABEL_ROW, TILE), dtype=bool)
            frame[1:33, 1:33] = True
            frame[3:31, 3:31] = False
            framed = tiles[wrong]
            framed[:, frame] = red
            tiles[wrong] = framed
        rows = np.zeros((DIGIT_ROWS * DIGIT_COLUMNS, TILE + LABEL_ROW, TILE, 3))
        rows[:] = paper
        rows[:n] = tiles
        grid = rows.reshape(DIGIT_ROWS, DIGIT_COLUMNS, TILE + LABEL_ROW, TILE, 3).transpose(0, 2, 1, 3, 4)
        image = grid.reshape(DIGIT_ROWS * (TILE + LABEL_ROW), DIGIT_COLUMNS * TILE, 3)
        self.image.setImage(image.astype(np.uint8), autoLevels=False, levels=(0, 255))
        self.image.setRect(QRectF(0, 0, image.shape[1], image.shape[0]))
        for k, label in enumerate(self.labels):
            if self.predicted is None or k >= n:
                label.setText("")
                continue
            bad = bool(wrong[k])
            text = f"{int(self.predicted[k])}" if not bad else f"{int(self.predicted[k])} ≠ {int(self.truth[k])}"
            label.setText(text, color=WRONG if bad else self.theme.foreground)
