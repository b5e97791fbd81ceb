"""Regression guard: PySide6 6.12.0 on Python 3.11 decrements None's refcount on every call of a
None-returning method, until CPython aborts with "Fatal Python error: none_dealloc".

pyproject.toml pins PySide6-Essentials<6.12 for Python < 3.12; this test fails if a build with the
bug is ever installed, before it can crash the app after a few thousand calls.
"""

import sys

from PySide6.QtCore import QObject


def test_none_refcount_survives_many_none_returning_calls():
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(5000):
        obj.setObjectName("x")  # returns None
        obj.blockSignals(False)
    after = sys.getrefcount(None)
    # Other threads may take or drop a few references meanwhile; the bug loses thousands.
    assert after >= before - 100, f"None lost {before - after} references over 5000 Qt calls"
