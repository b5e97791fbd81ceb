"""Start the desktop application: QApplication, the main window, remembered settings, event loop."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon

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


def run_app(argv: list[str] | None = None, session: "Session | None" = None, language: str | None = None,
            surface_view: bool = False) -> int:
    """Open the Gradient Explorer window and run the Qt event loop; returns the exit code.

    ``argv`` is the full argument list for ``QApplication``, program name first (default
    ``sys.argv``); Qt picks its own options (``-platform`` …) from it. The application's command
    line proper is parsed by ``gui.cli`` before this is called; the view it describes arrives as
    ``session`` (``None``: open with the remembered settings). ``language`` (``"en"``, ``"ko"``,
    ``"ja"``: the command line's ``--lang``) is shown for this run only; ``None`` shows the one
    chosen in View ▸ Language last time (the system's at first). ``surface_view`` opens the 3-D
    view beside the canvas (``--view 3d``).
    """
    from PySide6.QtCore import QCoreApplication, QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from gui.app_info import APP_ID
    from gui.workers.compute_thread import configure_interpreter

    # Set before QSettings() is first created so settings land under Gradient Explorer's name.
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    if QApplication.instance() is None:
        # The 3-D view's GL contexts share with each other: pyqtgraph compiles its shaders once.
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication(list(sys.argv if argv is None else argv))
    app.setApplicationDisplayName(APPLICATION)
    app.setApplicationVersion(version())
    app.setWindowIcon(application_icon())
    # Wayland and the desktop's task bar match the window to the installed .desktop entry by this.
    app.setDesktopFileName(APP_ID)
    configure_interpreter()  # once, at start: the GUI thread shares the GIL with the compute thread
    from gui.palette import application_style

    # Fusion honours the window palette on every platform, so the dark theme looks whole (with
    # check-box outlines that stay visible on it).
    app.setStyle(application_style())
    from gui import i18n

    # Before the window is built, so every widget starts in the language (no switch at start).
    i18n.set_language(language if language is not None else i18n.load_language_choice(QSettings()))

    window = create_window(session)
    # Whatever ends the loop (last window closed, Ctrl+Q, a signal), worker threads stop first.
    app.aboutToQuit.connect(window.shutdown)
    window.show()
    from gui.window_report import install_from_environment

    install_from_environment(window)  # only for the real-window test: GRADIENT_EXPLORER_WINDOW_REPORT
    if surface_view:
        window.show_surface_view(True)
    return int(app.exec())


def application_icon() -> "QIcon":
    """The app's icon: the SVG where Qt can draw it, and every PNG size for the rest."""
    from PySide6.QtGui import QIcon

    from gui.app_info import ICON_SIZES, icon_file

    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icon_file(size)))
    svg = icon_file()
    if svg.exists():
        icon.addFile(str(svg))
    return icon


def version() -> str:
    """The app's version (``gui.app_info.version``)."""
    from gui.app_info import version as _version

    return _version()


def main() -> int:
    """The ``gradient-explorer`` command (``[project.gui-scripts]``): the command line of
    ``gui.cli``, which opens the window unless asked to export."""
    from gui.cli import main as cli_main

    return cli_main()
