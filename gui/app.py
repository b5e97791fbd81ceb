"""Start the desktop application: QApplication, the main window, remembered settings, event loop."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from gui.main_window import MainWindow
    from gui.model.session import Session

ORGANIZATION = "GradientExplorer"
APPLICATION = "Gradient Explorer"


def create_window(session: "Session | None" = None, qsettings: "QSettings | None" = None) -> "MainWindow":
    """Build the main window (not shown): remembered settings first, then ``session`` over them.

    Both fill the window's one ``ExplorerState`` (``window.state``), each with one update; the
    canvas first computes its field when the window is shown, so neither costs a computation.
    ``session`` (already validated, e.g. by ``gui.cli.session_from_args``) sets the function or
    formula, the view box, the descent settings and the looks, and starts its runs; ``None``
    keeps the remembered settings. ``qsettings`` defaults to the application's ``QSettings()``.
    A QApplication must exist.
    """
    from gui.main_window import MainWindow

    window = MainWindow()
    window.restore_settings(qsettings)
    if session is not None:
        window.apply_session(session)
    return window


def run_app(argv: list[str] | None = None, session: "Session | None" = None) -> int:
    """Open the Gradient Explorer window and run the Qt event loop; returns the exit code.

    ``argv`` is the full argument list for ``QApplication``, program name first (default
    ``sys.argv``); Qt picks its own options (``-platform`` …) from it. The application's command
    line proper is parsed by ``gui.cli`` before this is called; the view it describes arrives as
    ``session`` (``None``: open with the remembered settings).
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from gui.workers.compute_thread import configure_interpreter

    # Set before QSettings() is first created so settings land under Gradient Explorer's name.
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(list(sys.argv if argv is None else argv))
    app.setApplicationDisplayName(APPLICATION)
    configure_interpreter()  # once, at start: the GUI thread shares the GIL with the compute thread
    # Fusion honours the window palette on every platform, so the dark theme looks whole.
    app.setStyle("Fusion")

    window = create_window(session)
    # Whatever ends the loop (last window closed, Ctrl+Q, a signal), worker threads stop first.
    app.aboutToQuit.connect(window.shutdown)
    window.show()
    return int(app.exec())
