"""Start-up time: process start → first frame of the window with the field drawn.

Compared against a baseline measured in the same run: a process that only imports PySide6
(QtWidgets), pyqtgraph and numpy. Goal: window ≤ 1.3 × baseline, i.e. everything the app adds
(labs, contour code, the first field) costs less than a third of the unavoidable imports.

    uv run python benchmarks/bench_startup.py [--repeat 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BASELINE = "import PySide6.QtWidgets, pyqtgraph, numpy"

# Mirrors gui.app.run_app (application names, settings restore, show), then leaves as soon as the
# first frame with the field has been painted.
WINDOW = """
import os
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication
QCoreApplication.setOrganizationName("GradientExplorer")
QCoreApplication.setApplicationName("Gradient Explorer")
app = QApplication([])
app.setStyle("Fusion")
from gui.main_window import MainWindow
window = MainWindow()
window.restore_settings()
def drawn():
    window.repaint()  # synchronous paint of the frame with the field
    os._exit(0)
window.canvas.fieldUpdated.connect(drawn)
window.show()
QTimer.singleShot(20_000, lambda: os._exit(3))
app.exec()
"""


def time_process(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"benchmark process failed ({result.returncode}):\n{result.stderr}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CONFIG_HOME=home, HOME=home)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        time_process(BASELINE, env)  # warm the file cache for both
        time_process(WINDOW, env)
        base, window = [], []
        for _ in range(args.repeat):  # interleaved, so machine load hits both alike
            base.append(time_process(BASELINE, env))
            window.append(time_process(WINDOW, env))
    b, w = statistics.median(base), statistics.median(window)
    print(f"baseline imports (PySide6, pyqtgraph, numpy): median {b * 1000:7.1f} ms  (min {min(base) * 1000:.1f})")
    print(f"window, first frame with the field drawn:     median {w * 1000:7.1f} ms  (min {min(window) * 1000:.1f})")
    print(f"ratio window / baseline: {w / b:.2f}×   (goal ≤ 1.30×)")


if __name__ == "__main__":
    main()
