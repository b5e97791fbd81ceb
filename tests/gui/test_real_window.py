"""The real window on a real X server: ``main.py`` under Xvfb, driven by xdotool like a user.

Everything else in tests/gui runs offscreen; this one starts the app as users do, on Qt's xcb
platform, on an Xvfb server of its own (so it needs no display from the caller), and:

1. clicks on the field with xdotool (real X input, through the X server and Qt's xcb plugin);
2. takes screenshots of the X screen (a separate Qt process grabbing the root window) and checks
   that the run's path appeared where it was clicked and runs towards the minimum;
3. presses Ctrl+E with the formula field focused: X11's key bindings make a QLineEdit claim
   Ctrl+E ("end of line"), and the window's export must still open (the Export image dialog);
4. quits with Ctrl+Q and checks the exit status and that nothing was written on stderr.

Where the canvas is on screen comes from the app itself (``gui.window_report``, enabled by an
environment variable): the view box's rectangle in screen pixels and the data range it shows.

Skipped, with the reason, when Xvfb, xdotool or Qt's xcb libraries are missing (a bare machine:
``.ci/run`` installs them); ``GRADIENT_EXPLORER_REQUIRE_X11=1`` (set by ``.ci/run`` once it has
installed them) turns any such skip into a failure.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
MAIN = ROOT / "main.py"
REQUIRE = os.environ.get("GRADIENT_EXPLORER_REQUIRE_X11") == "1"
SCREEN = (1600, 1000)
TIMEOUT = 60.0
#: the click, in data coordinates of the sphere's field, and the minimum a run goes to
CLICK = (1.6, 1.1)
MINIMUM = (0.0, 0.0)

GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
image = app.primaryScreen().grabWindow(0).toImage()
sys.exit(0 if image.save(sys.argv[1]) else 1)
"""


def _unavailable(reason: str):
    if REQUIRE:
        pytest.fail(f"the real-window test cannot run: {reason}")
    pytest.skip(reason)


def _free_display() -> int:
    for n in range(90, 200):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    raise RuntimeError("no free X display number in :90 … :199")


@pytest.fixture(scope="module")
def display(tmp_path_factory):
    """A private Xvfb server; yields its DISPLAY."""
    if not sys.platform.startswith("linux"):
        _unavailable("the real-window test drives an X server (Linux)")
    for tool, package in (("Xvfb", "xvfb"), ("xdotool", "xdotool")):
        if shutil.which(tool) is None:
            _unavailable(f"{tool} is not installed (Debian: apt-get install {package}; .ci/run installs it)")
    number = _free_display()
    log = tmp_path_factory.mktemp("xvfb") / "xvfb.log"
    with open(log, "w") as out:
        server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
                                   "-nolisten", "tcp"], stdout=out, stderr=subprocess.STDOUT)
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 15
    while not socket.exists():
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            _unavailable(f"Xvfb did not start: {log.read_text()[-500:]}")
        time.sleep(0.05)
    yield f":{number}"
    server.terminate()
    try:
        server.wait(10)
    except subprocess.TimeoutExpired:
        server.kill()


def _env(display: str, home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_", "GRADIENT_EXPLORER_"))}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_RUNTIME_DIR=str(home), LANG="C.UTF-8", LC_ALL="C.UTF-8",
               **extra)
    return env


def _xdotool(display: str, home: Path, *args: str, check: bool = True) -> str:
    done = subprocess.run(["xdotool", *args], env=_env(display, home), capture_output=True, text=True, timeout=30)
    if check and done.returncode != 0:
        raise AssertionError(f"xdotool {' '.join(args)} failed: {done.stderr}")
    return done.stdout


def _screenshot(display: str, home: Path, path: Path) -> np.ndarray:
    done = subprocess.run([sys.executable, "-c", GRAB, str(path)], env=_env(display, home),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, f"the screenshot failed: {done.stderr}"
    from tests.gui.test_images import read_rgb

    return read_rgb(path)


def _wait_for(condition, what: str, timeout: float = TIMEOUT, process=None):
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if process is not None and process.poll() is not None:
            raise AssertionError(f"the app exited ({process.returncode}) while waiting for {what}")
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def _report(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _settled_report(path: Path, process, quiet: float = 1.0) -> dict:
    """The report once it has stopped changing for ``quiet`` seconds (the window's first layout
    passes move the view a little after the first field is drawn)."""
    last, since = None, time.monotonic()
    deadline = since + TIMEOUT
    while time.monotonic() < deadline:
        now = _report(path)
        if now != last:
            last, since = now, time.monotonic()
        elif now is not None and time.monotonic() - since >= quiet:
            return now
        if process.poll() is not None:
            raise AssertionError(f"the app exited ({process.returncode}) while settling")
        time.sleep(0.1)
    raise AssertionError("the window never settled")


def _to_screen(report: dict, x: float, y: float) -> tuple[int, int]:
    left, top, width, height = report["view_box"]
    xa, xb, ya, yb = report["view_range"]
    return round(left + (x - xa) / (xb - xa) * width), round(top + (yb - y) / (yb - ya) * height)


def _near(mask: np.ndarray, point: tuple[int, int], radius: int) -> int:
    x, y = point
    return int(mask[max(0, y - radius):y + radius + 1, max(0, x - radius):x + radius + 1].sum())


def test_the_real_window_draws_a_run_where_it_is_clicked_exports_on_ctrl_e_and_quits_on_ctrl_q(display, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    report_path = tmp_path / "window.json"
    env = _env(display, home, GRADIENT_EXPLORER_WINDOW_REPORT=str(report_path))
    app = subprocess.Popen([sys.executable, str(MAIN), "--function", "sphere", "--lr", "0.1", "--steps", "40"],
                           cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        try:
            report = _wait_for(lambda: _report(report_path), "the window's first field", process=app)
        except AssertionError:
            if app.poll() is not None:
                stderr = app.stderr.read()
                if "xcb" in stderr and "plugin" in stderr:
                    _unavailable(f"Qt cannot open an xcb window here (its X11 libraries): {stderr.strip()[:400]}")
            raise
        report = _settled_report(report_path, app)
        before = _screenshot(display, home, tmp_path / "before.png")
        assert before.shape[:2] == (SCREEN[1], SCREEN[0])

        # 1. a click on the field, as a user makes it
        click = _to_screen(report, *CLICK)
        _xdotool(display, home, "mousemove", "--sync", str(click[0]), str(click[1]))
        _xdotool(display, home, "click", "1")
        report = _wait_for(lambda: (r := _report(report_path)) and r["runs"] and all(v["ended"] for v in r["runs"].values())
                           and r, "the clicked run to end", process=app)
        (run,) = report["runs"].values()
        assert run["start"] == pytest.approx(CLICK, abs=3 * (report["view_range"][1] - report["view_range"][0])
                                             / report["view_box"][2])  # where the pointer was
        # 2. the path on the screen: at the click (its start's square) and on the way to the minimum
        after = _screenshot(display, home, tmp_path / "after.png")
        colour = np.array([int(run["color"][i:i + 2], 16) for i in (1, 3, 5)])
        path_now = np.abs(after - colour).max(axis=-1) < 40
        path_before = np.abs(before - colour).max(axis=-1) < 40
        assert _near(path_before, click, 12) == 0  # nothing of that colour there before
        assert _near(path_now, click, 8) >= 30  # the start square (9 × 9 px) under the pointer
        end = _to_screen(report, *MINIMUM)
        for t in (0.3, 0.6):  # descent on the sphere runs straight to the minimum
            on_the_way = (round(click[0] + t * (end[0] - click[0])), round(click[1] + t * (end[1] - click[1])))
            assert _near(path_now, on_the_way, 4) > 0, f"no path at {t:.0%} of the way to the minimum"

        # 3. Ctrl+E in the formula field (which claims Ctrl+E on X11) opens the export dialog
        field = report["formula_field"]
        _xdotool(display, home, "mousemove", "--sync", str(field[0] + field[2] // 2), str(field[1] + field[3] // 2))
        _xdotool(display, home, "click", "1")
        time.sleep(0.3)
        _xdotool(display, home, "key", "--clearmodifiers", "ctrl+e")
        dialog = _wait_for(lambda: _xdotool(display, home, "search", "--onlyvisible", "--name", "Export image",
                                            check=False).split(), "the Export image dialog", process=app)
        assert dialog
        _xdotool(display, home, "key", "Escape")
        _wait_for(lambda: not _xdotool(display, home, "search", "--onlyvisible", "--name", "Export image",
                                       check=False).split(), "the dialog to close", timeout=15, process=app)

        # 4. Ctrl+Q quits, cleanly. With no window manager the keyboard goes where the pointer is and
        # a window is active once a click has given one of its widgets the focus: the formula field.
        _xdotool(display, home, "mousemove", "--sync", str(field[0] + field[2] // 2), str(field[1] + field[3] // 2))
        _xdotool(display, home, "click", "1")
        time.sleep(0.3)
        _xdotool(display, home, "key", "--clearmodifiers", "ctrl+q")
        try:
            code = app.wait(30)
        except subprocess.TimeoutExpired:
            _screenshot(display, home, tmp_path / "stuck.png")
            app.kill()
            out, err = app.communicate(timeout=10)
            raise AssertionError(f"Ctrl+Q did not close the window within 30 s ({tmp_path}); stderr:\n{err}") from None
        stdout, stderr = app.communicate(timeout=10)
        assert code == 0, f"exit status {code}; stderr:\n{stderr}"
        assert stderr.strip() == "", f"the app wrote on stderr:\n{stderr}"
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(10)
