"""Every text a user can see in a window, and which of it is still English (tests/gui/test_translations.py).

:func:`visible_texts` walks a widget tree: menus and their actions, tab titles, labels, buttons,
group boxes, combo items, table headers and cells, tooltips and status tips, placeholder texts,
spin box affixes, text views, the status bar, and inside every pyqtgraph view each title, axis
label, legend entry and text item. :func:`english_words` is the heuristic that says which words
of a text are English: a word with three or more ASCII letters in a row that is not a symbol,
a formula, a number format or a proper name of ``ALLOWED_WORDS`` / ``ALLOWED_PHRASES``.

Add to the allowlists only names and notation, never an ordinary word: the point of the test is
that a Korean or Japanese reader meets no English word that is not a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QProgressBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

#: Proper names and notation that stay as they are in every language (docs/GLOSSARY.md).
ALLOWED_WORDS = frozenset(w.lower() for w in """
    Rosenbrock Himmelblau Beale Booth Matyas Rastrigin Richardson Newton Hesse
    SGD Momentum Nesterov AdaGrad RMSProp Adam
    MNIST PNG SVG CSV JSON HTML PDF GPU CPU OpenGL GLX EGL Qt PySide PySide6 pyqtgraph numpy NumPy Python uv
    sin cos tan exp log ln sqrt abs tanh sinh cosh arcsin arccos arctan atan sigmoid relu ReLU softmax
    min max argmin argmax inf nan NaN
    alpha beta gamma delta epsilon eps eta lambda rho sigma theta tau
    Ctrl Shift Alt Esc Enter
    float float32 float64 dtype
    Linux Debian Ubuntu Windows macOS apt fonts noto cjk sudo
    simpleNet TwoLayerNet XOR dataset
""".split())
#: Whole phrases that are names (removed before the words are looked at).
ALLOWED_PHRASES = ("Gradient Explorer", "Deep Learning from Scratch", "gradient-explorer",
                   "English",  # View ▸ Language names each language in its own language
                   "Noto Sans CJK",
                   "ゼロから作るDeep Learning",  # the Japanese original's own title
                   "np.random.choice",  # the book's code, quoted
                   "t10k-images-idx3-ubyte.gz")  # a file name of the book's dataset/
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_']*")
_LETTERS = re.compile(r"[A-Za-z]{3,}")
_URL = re.compile(r"\b(?:https?://|www\.)\S+|\S+@\S+\.\w+|(?:/[\w.-]+){2,}")


def english_words(text: str) -> list[str]:
    """The words of ``text`` a reader would take for English (empty for symbols, numbers,
    formulas, names and identifiers such as ``x0``, ``function_2``, ``beta1``)."""
    for phrase in ALLOWED_PHRASES:
        text = text.replace(phrase, " ")
    text = _URL.sub(" ", text)
    words = []
    for word in _WORD.findall(text):
        word = word.strip("'")
        if word.endswith("'s"):
            word = word[:-2]
        if not _LETTERS.search(word) or any(c.isdigit() or c == "_" for c in word):
            continue  # a symbol, a short name (x0, f, lr) or an identifier (function_2, float64, beta1)
        if word.lower() in ALLOWED_WORDS:
            continue
        words.append(word)
    return words


@dataclass(frozen=True)
class Text:
    """One visible text and where it is (``where`` is for people reading a failure)."""

    where: str
    text: str


def _plain(text: str) -> str:
    if QtGuiNamespace.mightBeRichText(text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def _action_texts(action: QAction, where: str) -> Iterator[Text]:
    if action.isSeparator():
        return
    yield Text(f"{where} ▸ action", action.text())
    if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
        yield Text(f"{where} ▸ {action.text()} (tooltip)", action.toolTip())
    if action.statusTip():
        yield Text(f"{where} ▸ {action.text()} (status tip)", action.statusTip())
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield from _menu_texts(menu, f"{where} ▸ {action.text()}")


def _menu_texts(menu: QMenu, where: str) -> Iterator[Text]:
    yield Text(f"{where} (menu title)", menu.title())
    for action in menu.actions():
        yield from _action_texts(action, where)


def _scene_texts(view: QGraphicsView, where: str) -> Iterator[Text]:
    scene = view.scene()
    if scene is None:
        return
    for item in scene.items():
        kind = type(item).__name__
        if isinstance(item, pg.LabelItem):
            yield Text(f"{where} › {kind}", _plain(str(item.text)))
        elif isinstance(item, pg.TextItem):
            yield Text(f"{where} › {kind}", item.textItem.toPlainText())
        elif isinstance(item, pg.AxisItem):
            if item.label.isVisible() and item.labelText:
                yield Text(f"{where} › axis {item.orientation}", f"{item.labelText} {item.labelUnits or ''}".strip())
        elif isinstance(item, QGraphicsTextItem) and not isinstance(item.parentItem(), (pg.TextItem, pg.LabelItem)):
            if not isinstance(item.parentItem(), pg.AxisItem):
                yield Text(f"{where} › {kind}", item.toPlainText())
        elif isinstance(item, QGraphicsSimpleTextItem):
            yield Text(f"{where} › {kind}", item.text())
        tip = item.toolTip() if hasattr(item, "toolTip") else ""
        if tip:
            yield Text(f"{where} › {kind} (tooltip)", _plain(tip))


def _widget_texts(widget: QWidget, where: str) -> Iterator[Text]:
    name = f"{where} › {type(widget).__name__}" + (f"#{widget.objectName()}" if widget.objectName() else "")
    if (widget.isWindow() or isinstance(widget, QDockWidget)) and widget.windowTitle():
        yield Text(f"{name} (window title)", widget.windowTitle())
    for kind, value in (("tooltip", widget.toolTip()), ("status tip", widget.statusTip()),
                        ("what's this", widget.whatsThis())):
        if value:
            yield Text(f"{name} ({kind})", _plain(value))
    if isinstance(widget, QLabel):
        yield Text(name, _plain(widget.text()))
    elif isinstance(widget, QAbstractButton):
        yield Text(name, widget.text())
    elif isinstance(widget, QGroupBox):
        yield Text(name, widget.title())
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield Text(f"{name} item {i}", widget.itemText(i))
            tip = widget.itemData(i, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and tip:
                yield Text(f"{name} item {i} (tooltip)", _plain(tip))
    elif isinstance(widget, QLineEdit):
        yield Text(f"{name} (placeholder)", widget.placeholderText())
    elif isinstance(widget, QAbstractSpinBox):
        for attr in ("prefix", "suffix", "specialValueText"):
            if hasattr(widget, attr):
                yield Text(f"{name} ({attr})", getattr(widget, attr)())
    elif isinstance(widget, QProgressBar):
        yield Text(f"{name} (format)", widget.format())
    elif isinstance(widget, QTextEdit):
        yield Text(name, widget.toPlainText())
    elif isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield Text(f"{name} tab {i}", widget.tabText(i))
            if widget.tabToolTip(i):
                yield Text(f"{name} tab {i} (tooltip)", widget.tabToolTip(i))
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        rows = model.rowCount(QModelIndex())
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model: one column (its columnCount is private)
            columns = 1
        for orientation, count in ((Qt.Orientation.Horizontal, columns), (Qt.Orientation.Vertical, rows)):
            for section in range(min(count, 200)):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(section, orientation, role)
                    if isinstance(value, str) and value:
                        yield Text(f"{name} header {section}", _plain(value))
        for row in range(min(rows, 50)):
            for column in range(columns):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(model.index(row, column), role)
                    if isinstance(value, str) and value:
                        yield Text(f"{name} cell {row},{column}", _plain(value))
    if isinstance(widget, QGraphicsView):
        yield from _scene_texts(widget, name)
    # Context menus and shortcuts a widget offers (MainWindow shadows ``actions``); the menu bar,
    # its overflow button and the menus are read once, from the main window's menu bar.
    if not isinstance(widget, (QMenu, QMainWindow, QMenuBar)) and not isinstance(widget.parent(), QMenuBar):
        for action in QWidget.actions(widget):
            yield from _action_texts(action, f"{name} (action)")


def _inside(widget: QWidget, ancestors: Sequence[QWidget]) -> bool:
    """Whether ``widget`` is one of ``ancestors`` or inside one (across windows: a combo's popup
    is a window of its own, yet belongs to the combo)."""
    node = widget
    while node is not None:
        if any(node is a for a in ancestors):
            return True
        node = node.parent()
    return False


def _in_combo_popup(widget: QWidget) -> bool:
    """A combo box's popup list: its items are read from the combo itself."""
    node = widget.parent()
    while node is not None:
        if isinstance(node, QComboBox):
            return True
        node = node.parent()
    return False


def visible_texts(root: QWidget, where: str = "", exclude: Sequence[QWidget] = ()) -> list[Text]:
    """Every non-empty text of ``root`` and of every widget inside it (hidden ones too: they show
    later), the menu bar and status bar of a main window included, but none of ``exclude`` and
    what is inside them."""
    where = where or type(root).__name__
    found: list[Text] = []
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            found.extend(_action_texts(action, f"{where} menu"))
        message = root.statusBar().currentMessage()
        if message:
            found.append(Text(f"{where} status bar", message))
    for widget in [root, *root.findChildren(QWidget)]:
        if _inside(widget, exclude) or _in_combo_popup(widget):
            continue
        found.extend(_widget_texts(widget, where))
    return [t for t in found if t.text and t.text.strip()]


def still_english(texts: list[Text]) -> dict[str, list[str]]:
    """text → the places it is shown, for every text with an English word in it."""
    english: dict[str, list[str]] = {}
    for item in texts:
        if english_words(item.text):
            english.setdefault(item.text, []).append(item.where)
    return english
