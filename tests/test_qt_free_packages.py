"""numerics/ and gui/model/ are Qt-free: importing all of either must not load Qt or pyqtgraph."""

import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT_FREE = ("numerics", "gui.model")
QT_MODULES = ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6")


def _modules(package_name: str) -> list[str]:
    package = importlib.import_module(package_name)
    return [package_name] + [m.name for m in pkgutil.walk_packages(package.__path__, package_name + ".")]


@pytest.mark.parametrize("package", QT_FREE)
def test_importing_every_module_loads_no_qt(package):
    modules = _modules(package)
    assert len(modules) > 3
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"{package} pulled in Qt: {out.stdout.strip()}"


@pytest.mark.parametrize("package", QT_FREE)
def test_no_qt_import_statement_in_sources(package):
    folder = ROOT.joinpath(*package.split("."))
    offenders = [
        str(path.relative_to(ROOT))
        for path in folder.rglob("*.py")
        if any(f"{kw} {mod}" in path.read_text(encoding="utf-8") for kw in ("import", "from") for mod in QT_MODULES)
    ]
    assert offenders == []
