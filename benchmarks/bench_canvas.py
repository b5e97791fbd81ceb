"""Rebuild + redraw of a ~10k-arrow field on the canvas, against matplotlib's quiver (Agg).

Run: ``uv run --group bench python benchmarks/bench_canvas.py``  (offscreen; prints ms and ratio)

Canvas, per run: −∇f on the grid (numerics), arrow geometry and colour classes, setData, and a
forced repaint of the whole plot widget (``grab()``: axes, colour bar, arrows). Matplotlib, per
run: the same field drawn with ``quiver`` into a figure of the same pixel size, saved as PNG.
Also prints the GUI-thread cost of one pan/zoom recompute at the default density (field +
heatmap + contours), which must stay under ~20 ms to need no worker thread.
"""
from __future__ import annotations

import io
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pyqtgraph.Qt import QtWidgets  # noqa: E402

from gui.canvas import FieldCanvas  # noqa: E402
from numerics import CATALOGUE, field_at  # noqa: E402

SIZE_PX = 800
RUNS = 15
GOAL_MS = 16.0
GOAL_RATIO = 20.0


def median_ms(fn, runs: int = RUNS) -> float:
    fn()  # warm-up: caches, first allocation
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1e3)
    return statistics.median(times)


def main() -> None:
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    objective = CATALOGUE["himmelblau"]
    canvas = FieldCanvas()
    canvas.resize(SIZE_PX, SIZE_PX)
    canvas.show()
    canvas.set_objective(objective)
    app.processEvents()

    # --- 10k arrows: one per ~5 px over the view -----------------------------------------
    canvas.set_layer_visible("heatmap", False)
    canvas.set_layer_visible("contours", False)
    canvas.ARROW_SPACING_PX = 6.6  # 0.1-unit steps: ≈ 12k arrows (the next nice step gives 8k)
    canvas.recompute()
    n_arrows = len(canvas.field_item.origins)

    def canvas_rebuild_and_redraw() -> None:
        canvas.recompute()  # field + geometry + classes + setData
        canvas.plot.grab()  # forced repaint of the whole plot

    canvas_ms = median_ms(canvas_rebuild_and_redraw)
    paint_ms = median_ms(canvas.plot.grab)

    # --- matplotlib quiver on the same points --------------------------------------------
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    points = canvas.field.points

    def matplotlib_quiver() -> None:
        field = field_at(objective, points)
        fig, ax = plt.subplots(figsize=(SIZE_PX / 100, SIZE_PX / 100), dpi=100)
        q = ax.quiver(points[..., 0], points[..., 1], field.direction[..., 0], field.direction[..., 1],
                      field.magnitude, angles="xy")
        fig.colorbar(q, ax=ax)
        ax.set_aspect("equal")
        fig.savefig(io.BytesIO(), format="png")
        plt.close(fig)

    mpl_ms = median_ms(matplotlib_quiver, runs=5)

    # --- a normal pan/zoom recompute on the GUI thread ------------------------------------
    canvas.ARROW_SPACING_PX = FieldCanvas.ARROW_SPACING_PX
    canvas.set_layer_visible("heatmap", True)
    canvas.set_layer_visible("contours", True)
    recompute_ms = {}
    for name in ("sphere", "himmelblau", "rosenbrock"):
        canvas.set_objective(CATALOGUE[name])
        app.processEvents()
        recompute_ms[name] = statistics.median(
            [(canvas.recompute(), canvas.last_compute_ms)[1] for _ in range(RUNS)]
        )
    shape = canvas.heatmap.image.shape

    ratio = mpl_ms / canvas_ms
    print(f"arrows: {n_arrows} ({points.shape[1]}×{points.shape[0]}), widget {SIZE_PX}×{SIZE_PX} px")
    print(f"canvas rebuild + redraw: {canvas_ms:.2f} ms median of {RUNS} (repaint alone {paint_ms:.2f} ms)"
          f"  goal ≤ {GOAL_MS:.0f} ms: {'ok' if canvas_ms <= GOAL_MS else 'MISSED'}")
    print(f"matplotlib quiver → PNG: {mpl_ms:.1f} ms median of 5")
    print(f"ratio: {ratio:.1f}× faster  goal ≥ {GOAL_RATIO:.0f}×: {'ok' if ratio >= GOAL_RATIO else 'MISSED'}")
    print(f"pan/zoom recompute at default density (field + {shape[1]}×{shape[0]} heatmap + contours): "
          + ", ".join(f"{k} {v:.1f} ms" for k, v in recompute_ms.items()))
    canvas.close()


if __name__ == "__main__":
    main()
