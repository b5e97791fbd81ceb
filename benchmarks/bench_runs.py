"""Runs at scale: a frame of a 1M-point path, 1,000 animating runs, a swarm of 10,000 starts.

Each figure is printed beside a baseline measured in the same run (never a timed test):

1. a frame that reveals 1,000 more points of a 1M-point path (append-only drawing) against a full
   redraw of that path — goal ≤ 2 ms a frame;
2. 1,000 runs started at once (one setting) animating at 60 steps/s: the median lateness of a 10 ms
   probe timer (the idle window's lateness is the baseline) — goal ≤ 20 ms; a repaint of the canvas
   with all their paths — goal ≤ 16 ms;
3. a swarm of 10,000 starts animating instantly: frames per second of the reveal timer — goal ≥ 30.

    uv run python benchmarks/bench_runs.py [--seconds 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp())

import numpy as np  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench_gui_responsiveness import probe  # noqa: E402


def median_ms(fn, repeat: int = 15) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1e3)
    return statistics.median(times)


def frame_of_a_long_path(app, window) -> None:
    from gui.model.runs import Cohort
    from numerics import DescentConfig

    n = 1_000_000
    t = np.linspace(0, 1, n)
    xy = np.stack([2 * np.cos(40 * t) * (1 - t), 2 * np.sin(40 * t) * (1 - t)], axis=-1)
    c = Cohort(900_001, None, DescentConfig(steps=n - 1), xy[:1], 3)
    c.receive(np.zeros(n, dtype=np.int64), np.arange(n), xy, np.zeros(n), np.zeros((n, 2)))
    canvas = window.canvas
    c.n_shown = n - 50_000
    canvas.add_cohort(c, "#d62728")
    canvas.plot.viewport().repaint()
    state = {"n": c.n_shown}

    def frame():
        old = state["n"]
        state["n"] = c.n_shown = old + 1000
        canvas.grow_cohort(c, old, c.n_shown)

    def full_redraw():  # what every frame cost before: the whole path drawn again
        canvas.redraw_cohort(c)
        canvas.paths._rebuild_image(1.0)

    f = median_ms(frame, 40)
    full = median_ms(full_redraw, 5)
    blit = median_ms(lambda: canvas.plot.viewport().repaint(), 10)
    print(f"1M-point path: a frame adding 1,000 points {f:6.2f} ms   the whole path redrawn {full:6.1f} ms   "
          f"ratio {f / full:.3f}   (goal: frame <= 2 ms); a repaint of the canvas {blit:5.1f} ms")
    canvas.remove_cohort(c)


def thousand_runs(app, window, seconds: float) -> None:
    from numerics import CATALOGUE, DescentConfig

    idle = probe(app, seconds)
    window.runs.set_speed(60.0)
    rng = np.random.default_rng(0)
    starts = rng.uniform(-4.5, 4.5, (1000, 2))
    config = DescentConfig(lr=0.002, steps=400, tol=1e-6)
    for x in starts:  # as clicks: one run each
        window.runs.start_run(CATALOGUE["himmelblau"], x, config)
    busy = probe(app, seconds)
    canvas = window.canvas
    repaint = median_ms(lambda: canvas.plot.viewport().repaint(), 20)
    live = sum(1 for c in window.runs.cohorts() if not c.ended)
    print(f"1,000 runs animating ({live} still live at the end): probe lateness median "
          f"{statistics.median(busy):5.1f} ms (idle {statistics.median(idle):4.1f} ms), worst {max(busy):5.1f} ms; "
          f"repaint {repaint:5.1f} ms   (goals: median <= 20 ms, repaint <= 16 ms)")
    window.runs.clear()


def swarm(app, window, seconds: float) -> None:
    from numerics import CATALOGUE, DescentConfig

    window.runs.set_speed(60.0)
    frames = []
    window.runs.runsChanged.connect(lambda _ids: frames.append(time.perf_counter()))
    g = np.linspace(-4.5, 4.5, 100)
    starts = np.stack(np.meshgrid(g, g), axis=-1).reshape(-1, 2)
    window.runs.start_runs(CATALOGUE["himmelblau"], starts, DescentConfig(lr=0.002, steps=300, tol=1e-6))
    late = probe(app, seconds)
    span = frames[-1] - frames[0] if len(frames) > 1 else float("nan")
    fps = (len(frames) - 1) / span if span > 0 else float("nan")
    print(f"swarm of 10,000: {fps:5.1f} frames/s over {span:4.1f} s (reveal timer: 30/s), probe lateness "
          f"median {statistics.median(late):5.1f} ms   (goal: >= 30 frames/s)")
    window.runs.clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    app = QApplication([])
    from gui.main_window import MainWindow
    from gui.workers.compute_thread import configure_interpreter

    configure_interpreter()
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    probe(app, 0.5)
    frame_of_a_long_path(app, window)
    thousand_runs(app, window, args.seconds)
    swarm(app, window, args.seconds)
    window.close()


if __name__ == "__main__":
    main()
