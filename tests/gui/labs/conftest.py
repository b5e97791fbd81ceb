"""The one ``lab`` fixture: the lab a test module names, shown, its preset computed.

A module sets ``LAB = "<registry name>"`` and, to get the lab before any preset is run (the
basins lab computes its default map on first show), ``RUN_PRESET = False``.
"""

from __future__ import annotations

import pytest

from gui.labs import LABS


@pytest.fixture
def lab(qtbot, request):
    widget = LABS[request.module.LAB].create()
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    if getattr(request.module, "RUN_PRESET", True):
        widget.run_preset_blocking()
    yield widget
    widget.shutdown()

