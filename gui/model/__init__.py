"""The Qt-free half of the GUI: state, sessions, CSV, themes, file writing.

Nothing in this package imports Qt or pyqtgraph (tests/test_qt_free_packages.py guards it), so the
command line, the tests and the worker code can use it without a QApplication.
"""
