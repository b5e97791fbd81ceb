"""Window-wide shortcuts that a text field must not swallow.

A ``QLineEdit`` claims some Ctrl+letter keys for its own editing (on X11 Ctrl+E is "end of
line"): it accepts the ``ShortcutOverride`` Qt sends before a shortcut fires, and the window's
Ctrl+E (export) then does nothing while the formula or a number box has the focus. The guard,
an application-wide event filter, keeps the focused widget of one window from overriding the
keys of that window's chosen actions, so they work wherever the focus is.
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


class WindowShortcutGuard(QObject):
    """Lets ``actions``' shortcuts fire in ``window`` even when a text field has the focus.

    A child of ``window``: it is removed from the application's filters when the window goes.
    """

    def __init__(self, window: QWidget, actions: Iterable[QAction]) -> None:
        super().__init__(window)
        self._window = window
        self._actions = list(actions)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def keys(self) -> set[QKeySequence]:
        """The guarded key sequences (read at each key: a retranslated menu may change them)."""
        return {seq for action in self._actions for seq in action.shortcuts() if not seq.isEmpty()}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self._window:
            return False
        pressed = QKeySequence(event.keyCombination())
        # Filtered without being accepted: the field does not override, so the shortcut fires.
        return pressed in self.keys()
