"""GUI responsiveness while panning a slow formula: the field on the compute thread vs on the GUI thread.

The formula ``"sin(x0)**"*49 + "sin(x0)"`` costs ~0.6 µs a point, so the default view's field,
400×400 heatmap and contours take ~100-240 ms to compute. A 10 ms QTimer probe on the GUI thread
records how late each tick fires, measured in the same run:

- with the window idle (the baseline),
- while the view is panned every 120 ms (longer than the 50 ms debounce: every pan computes)
  with the window's canvas computing on its compute thread (as shipped),
- the same pans with the canvas computing on the GUI thread (``set_compute(None)``: before).

It also prints how many fields were drawn while panning (on the compute thread a pan supersedes
the field in flight, so a continuous pan shows the field once it pauses) and how long after the
last pan the final view's field is drawn.

Goal: the worst lateness while panning with the compute thread ≤ 100 ms (issue 12), and close to
the idle baseline; the GUI-thread variant shows what each pan used to block.

    uv run python benchmarks/bench_field_pan.py [--seconds 4] [--scheme central|complex]
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

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench_gui_responsiveness import probe  # noqa: E402  the one 10 ms probe timer
PAN_MS = 120
SLOW = "sin(x0)**" * 49 + "sin(x0)"


def summary(name: str, late: list[float]) -> tuple[float, float]:
    worst = max(late)
    p99 = statistics.quantiles(late, n=100)[98] if len(late) >= 100 else worst
    median = statistics.median(late)
    print(f"{name:<48} ticks {len(late):4d}  median {median:6.1f} ms  p99 {p99:6.1f} ms  worst {worst:6.1f} ms")
    return median, worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--scheme", default="central", choices=("central", "complex", "richardson"))
    args = parser.parse_args()

    app = QApplication([])
    from gui.main_window import MainWindow
    from gui.workers.compute_thread import configure_interpreter

    configure_interpreter()
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    probe(app, 0.5)
    window.state.update(formula=SLOW, function=None, scheme=args.scheme)
    probe(app, 1.0)
    canvas = window.canvas
    canvas.wait_until_drawn()
    print(f"slow formula, {args.scheme} scheme: one field + heatmap + contours computes in "
          f"{canvas.last_compute_ms:.0f} ms (compute thread, without its waits)")

    idle_median, idle_worst = summary("idle window (baseline)", probe(app, args.seconds))

    direction = [1.0]
    pans = [0]

    def pan() -> None:
        (xa, xb), _ = canvas.view_box.viewRange()
        if xa < -6 or xb > 6:
            direction[0] *= -1
        canvas.view_box.translateBy(x=0.15 * direction[0])
        pans[0] += 1

    panner = QTimer()
    panner.setInterval(PAN_MS)
    panner.timeout.connect(pan)

    results = {}
    for label, compute in (("panning, field on the compute thread", window.compute),
                           ("panning, field on the GUI thread (before)", None)):
        canvas.set_compute(compute)
        drawn = [0]
        counter = lambda: drawn.__setitem__(0, drawn[0] + 1)  # noqa: E731
        canvas.fieldUpdated.connect(counter)
        pans[0] = 0
        panner.start()
        late = probe(app, args.seconds)
        panner.stop()
        stopped = time.perf_counter()
        canvas.wait_until_drawn()
        settled_ms = (time.perf_counter() - stopped) * 1e3
        canvas.fieldUpdated.disconnect(counter)
        results[label] = summary(label, late)
        print(f"{'':<48} {pans[0]} pans, {drawn[0]} fields drawn while panning; the last view's field "
              f"drawn {settled_ms:.0f} ms after the last pan")
    canvas.set_compute(window.compute)

    worker_median, worker_worst = results["panning, field on the compute thread"]
    gui_median, gui_worst = results["panning, field on the GUI thread (before)"]
    print(f"worst lateness while panning: compute thread {worker_worst:.1f} ms vs GUI thread {gui_worst:.1f} ms "
          f"({gui_worst / max(worker_worst, 1e-9):.1f}×); idle worst {idle_worst:.1f} ms "
          f"(goal ≤ 100 ms)")
    window.close()


if __name__ == "__main__":
    main()
