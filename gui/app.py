"""Start the desktop application: QApplication, the main window, remembered settings, event loop."""

from __future__ import annotations

import sys

ORGANIZATION = "GradientExplorer"
APPLICATION = "Gradient Explorer"


def run_app(argv: list[str] | None = None) -> int:
    """Open the Gradient Explorer window and run the Qt event loop; returns the exit code.

    ``argv`` is the full argument list for ``QApplication``, program name first (default
    ``sys.argv``); Qt picks its own options (``-platform`` …) from it. The application's command
    line proper is parsed by ``gui.cli`` before this is called.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    # Set before QSettings() is first created so settings land under Gradient Explorer's name.
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(list(sys.argv if argv is None else argv))
    app.setApplicationDisplayName(APPLICATION)
    # Fusion honours the window palette on every platform, so the dark theme looks whole.
    app.setStyle("Fusion")

    from gui.main_window import MainWindow

    window = MainWindow()
    window.restore_settings()
    # Whatever ends the loop (last window closed, Ctrl+Q, a signal), worker threads stop first.
    app.aboutToQuit.connect(window.shutdown)
    window.show()
    return int(app.exec())
