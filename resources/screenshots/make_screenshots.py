"""The README's screenshots, made offscreen (no display needed):

    uv run python resources/screenshots/make_screenshots.py [NAME ...]

- ``explorer.png``: the window at 1440×880, Himmelblau with five runs at η = 0.01;
- ``explorer-dark.png``: the dark theme, Rosenbrock, a run reaching the valley and one diverging;
- ``explorer-ko.png``, ``explorer-ja.png``: the first picture in Korean and in Japanese (README.ko.md,
  README.ja.md; needs a CJK font such as Debian's ``fonts-noto-cjk``);
- ``lab-<name>.png``: each of the six chapter-4 labs at 1300×850, its preset computed;
- ``verdict-saddle.png``, ``verdict-plateau.png``: the command lines the README shows.

The 3-D view's and the Network tab's pictures are made by their own work (``surface-3d.png``,
``lab-network.png``) and are not touched. Look at every picture after running this.
"""
from __future__ import annotations

import math
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
WINDOW_SIZE = (1440, 880)
LAB_SIZE = (1300, 850)
LABS = ("derivative", "partials", "lr-race", "optimizers", "basins", "step-inspector")
VERDICTS = {
    "verdict-saddle": ["--function", "saddle", "--start", "2,0.1", "--start", "2,0", "--start", "-2.5,-0.3"],
    "verdict-plateau": ["--function", "plateau", "--start", "3,3", "--start", "1.2,1.5", "--start", "-3,1",
                        "--start", "-1.5,-0.5"],
}


def _spin(app, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def _window(app, function: str, theme: str, runs: list[tuple[tuple[float, float], float]]):
    from gui.main_window import MainWindow

    window = MainWindow()
    window.resize(*WINDOW_SIZE)
    window.state.update(function=function, theme=theme)
    window.show()
    _spin(app, 0.5)
    window.controls.set_speed(math.inf)
    for start, lr in runs:
        window.controls.lr_field.set_text(repr(lr))
        window.start_run_at(*start)
    deadline = time.monotonic() + 30
    while window.runs.any_live() and time.monotonic() < deadline:
        _spin(app, 0.05)
    _spin(app, 0.8)  # the verdicts, the loss plot and the table's last flush
    return window


def explorer(app, path: Path) -> None:
    runs = [((0.1, 0.2), 0.01), ((-1.0, 2.0), 0.01), ((-4.5, -4.2), 0.01), ((4.0, -4.0), 0.01), ((-0.6, -3.5), 0.01)]
    window = _window(app, "himmelblau", "light", runs)
    window.grab().save(str(path))
    window.close()


def explorer_in(app, language: str, path: Path) -> None:
    from gui.i18n import set_language

    set_language(language)
    try:
        explorer(app, path)
    finally:
        set_language("en")


def explorer_dark(app, path: Path) -> None:
    window = _window(app, "rosenbrock", "dark", [((-1.5, 2.0), 0.001), ((1.8, -0.5), 0.0035)])
    window.grab().save(str(path))
    window.close()


def lab(app, name: str, path: Path) -> None:
    from gui.labs import LABS as REGISTRY

    widget = REGISTRY[name].create()
    widget.resize(*LAB_SIZE)
    widget.show()
    _spin(app, 0.3)
    widget.run_preset_blocking()
    widget.wait_until_computed()
    _spin(app, 0.5)
    widget.grab().save(str(path))
    widget.shutdown()
    widget.close()


def verdict(name: str, path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), *VERDICTS[name], "--size", "800x640",
                           "--export", str(path)], cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(done.stderr)


def main(names: list[str]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from gui.palette import application_style

    app = QApplication.instance() or QApplication(["make_screenshots"])
    app.setStyle(application_style())
    jobs = {"explorer": lambda p: explorer(app, p), "explorer-dark": lambda p: explorer_dark(app, p),
            "explorer-ko": lambda p: explorer_in(app, "ko", p), "explorer-ja": lambda p: explorer_in(app, "ja", p),
            **{f"lab-{n}": (lambda p, n=n: lab(app, n, p)) for n in LABS},
            **{n: (lambda p, n=n: verdict(n, p)) for n in VERDICTS}}
    for name in names or jobs:
        path = HERE / f"{name}.png"
        jobs[name](path)
        print(f"wrote {path}")


if __name__ == "__main__":
    main(sys.argv[1:])
