"""numerics/ is pure numpy: importing it (all of it) must not load Qt or pyqtgraph."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import numerics

ROOT = Path(__file__).resolve().parents[1]


def test_importing_every_numerics_module_loads_no_qt():
    modules = [m.name for m in pkgutil.walk_packages(numerics.__path__, "numerics.")]
    assert "numerics.descent" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph', 'PyQt5', 'PyQt6'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"numerics pulled in Qt: {out.stdout.strip()}"


def test_no_qt_import_statement_in_numerics_sources():
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "numerics").rglob("*.py")
        if any(token in path.read_text(encoding="utf-8") for token in ("import PySide6", "from PySide6", "import pyqtgraph", "from pyqtgraph"))
    ]
    assert offenders == []
