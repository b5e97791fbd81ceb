"""The lab registry the window and the CLI build tabs and images from."""

from __future__ import annotations

import sys

from gui.labs import LABS, LabSpec


def test_registry_names_and_titles():
    assert list(LABS) == ["derivative", "partials", "lr-race", "optimizers", "basins", "step-inspector", "network"]
    for name, spec in LABS.items():
        assert isinstance(spec, LabSpec) and spec.name == name and spec.title and callable(spec.create)


def test_importing_the_registry_does_not_import_the_labs():
    loaded = [m for m in sys.modules if m.startswith("gui.labs.") and m.endswith("_lab")]
    # Other tests may have built labs already; the registry itself must not need them.
    import importlib

    import gui.labs

    importlib.reload(gui.labs)
    assert all(m in sys.modules for m in loaded)
    source = open(gui.labs.__file__, encoding="utf-8").read()
    assert "import gui.labs." not in source and "from gui.labs." not in source
