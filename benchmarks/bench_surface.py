"""The 3-D view's costs against the 2-D field rebuild, measured in the same run.

Needs OpenGL: run it under a desktop session, or headless with Mesa's software renderer:

    xvfb-run -a -s "-screen 0 1600x1200x24" env QT_QPA_PLATFORM=xcb uv run python benchmarks/bench_surface.py

Measured, all at 1000×800 (the 2-D canvas and the GL view alike), medians of repeated runs:

- baseline: the 2-D field rebuild (``FieldCanvas.recompute``: arrows, heatmap, contours) and its repaint;
- the surface rebuild for a 200×200 grid: f on the grid and the mesh (what the compute thread does),
  handing it to the GL items, and the first frame that draws it;
- turning the surface (``orbit`` 2° a frame, as a mouse drag does): the frame time with and without
  paths on it (a 30×30 swarm of 100-step paths, drawn as the window draws a swarm: at most 8,000
  segments a cohort, every k-th step; 900 balls). Smooth means ≤ 33 ms.

A frame's time is ``paintGL`` until ``glFinish`` (the GPU's, here llvmpipe's, work included), and
a frame on screen: ``update()`` until it was painted and composed into the window.
"""
from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

import numpy as np  # noqa: E402
from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
from PySide6.QtWidgets import QApplication  # noqa: E402

SIZE = (1000, 800)
REPEATS = 15
ORBIT_FRAMES = 90


def median_ms(fn, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1e3)
    return statistics.median(times)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    from gui.canvas.field_canvas import FieldCanvas
    from gui.canvas3d.gl_probe import opengl_unavailable_reason
    from gui.canvas3d.surface_mesh import GRID, surface_mesh
    from gui.canvas3d.surface_view import SurfaceView
    from gui.model.explorer_state import ExplorerState
    from numerics import CATALOGUE, DescentConfig, run_descent

    reason = opengl_unavailable_reason()
    if reason is not None:
        print(f"no OpenGL here ({app.platformName()}): {reason}")
        return 1
    from OpenGL import GL

    name = sys.argv[1] if len(sys.argv) > 1 else "himmelblau"
    objective = CATALOGUE[name]
    state = ExplorerState()
    state.update(function=name)
    print(f"{name} on {objective.box}, {SIZE[0]}×{SIZE[1]}, platform {app.platformName()}")

    # -- baseline: the 2-D field rebuild -------------------------------------------------------
    canvas = FieldCanvas()
    canvas.resize(*SIZE)
    canvas.bind_state(state)
    canvas.show()
    for _ in range(5):
        app.processEvents()
    canvas.recompute()
    field_ms = median_ms(canvas.recompute)
    repaint_2d_ms = median_ms(canvas.plot.viewport().repaint)
    canvas.hide()

    # -- the surface ---------------------------------------------------------------------------
    view = SurfaceView(state)  # no compute thread: each rebuild is done here, where it is timed
    view.show()
    view.resize(SIZE[0], SIZE[1] + view.info_label.sizeHint().height() + 12)
    for _ in range(5):
        app.processEvents()
    gl_view = view.gl_view
    gl_view.resize(*SIZE)
    view.resize(view.width() + SIZE[0] - gl_view.width(), view.height() + SIZE[1] - gl_view.height())
    for _ in range(5):
        app.processEvents()
    gl_view.finish_frames = True
    print(f"renderer: {GL.glGetString(GL.GL_RENDERER).decode()} — GL view {gl_view.width()}×{gl_view.height()}")
    box, log = tuple(objective.box), objective.log_heatmap

    mesh_ms = median_ms(lambda: surface_mesh(objective, box, GRID, log))
    mesh = surface_mesh(objective, box, GRID, log)
    hand_ms = median_ms(lambda: view._show_mesh(mesh))  # noqa: SLF001 - the step the job's result takes

    def render() -> None:
        """One frame drawn now: paintGL into the widget's framebuffer, until glFinish."""
        gl_view.makeCurrent()
        gl_view.paintGL()
        gl_view.doneCurrent()

    def on_screen() -> float:
        """One frame as the event loop shows it: update(), then until it was painted and composed."""
        frames, start = gl_view.frames, time.perf_counter()
        gl_view.update()
        while gl_view.frames == frames:
            app.processEvents()
        app.processEvents()
        return (time.perf_counter() - start) * 1e3

    def rebuild_and_draw() -> None:
        view._show_mesh(surface_mesh(objective, box, GRID, log))  # noqa: SLF001
        render()

    rebuild_ms = median_ms(rebuild_and_draw)

    def orbit(frames: int) -> tuple[list[float], list[float]]:
        paint, whole = [], []
        for _ in range(frames):
            gl_view.orbit(2.0, 0.0)
            render()
            paint.append(gl_view.last_frame_ms)
            gl_view.orbit(2.0, 0.0)
            whole.append(on_screen())
        return paint, whole

    orbit(10)
    bare_paint, bare_whole = orbit(ORBIT_FRAMES)

    # a 30×30 swarm, 100 steps each, drawn on the surface
    xa, xb, ya, yb = box
    g = np.linspace(0.05, 0.95, 30)
    starts = np.stack(np.meshgrid(xa + g * (xb - xa), ya + g * (yb - ya)), axis=-1).reshape(-1, 2)
    result = run_descent(objective, starts, DescentConfig(lr=0.002, steps=99))
    # one source, as a swarm is one cohort in the window: (steps, runs, 2), NaN after a run's end
    view.add_static_path(result.xs.transpose(1, 0, 2), "#d55e00")
    app.processEvents()
    segments = view.path_vertex_count() // 2
    orbit(10)
    paths_paint, paths_whole = orbit(ORBIT_FRAMES)

    def report(label: str, values: list[float]) -> str:
        return (f"{label}: median {statistics.median(values):.1f} ms, p90 {np.percentile(values, 90):.1f} ms, "
                f"max {max(values):.1f} ms")

    print()
    print(f"2-D field rebuild (baseline)        {field_ms:7.1f} ms   (its repaint {repaint_2d_ms:.1f} ms)")
    print(f"surface 200×200: f and the mesh     {mesh_ms:7.1f} ms   ({mesh_ms / field_ms:.2f}× the 2-D rebuild)")
    print(f"  handed to the GL items            {hand_ms:7.1f} ms")
    print(f"  rebuilt and drawn (one frame)     {rebuild_ms:7.1f} ms   ({rebuild_ms / field_ms:.2f}× the 2-D rebuild)")
    print(report("turning, surface only: paintGL to glFinish ", bare_paint))
    print(report("turning, surface only: frame on screen     ", bare_whole))
    print(report(f"turning, {segments} path segments: paintGL", paths_paint))
    print(report(f"turning, {segments} path segments: on screen", paths_whole))
    smooth = statistics.median(paths_whole) <= 33.0 and statistics.median(bare_whole) <= 33.0
    print(f"smooth (median frame ≤ 33 ms): {'yes' if smooth else 'NO'}")
    view.close()
    canvas.close()
    hidden_costs(app, name)
    return 0


def hidden_costs(app, name: str) -> None:
    """The 2-D canvas's rebuild and repaint in two windows measured in turns: one whose 3-D view
    was never shown, one whose 3-D view was shown and hidden again (its window then composes
    itself through OpenGL). Also: how many 3-D frames are drawn while hidden (none expected)."""
    from gui.main_window import MainWindow

    windows = []
    for _ in range(2):
        window = MainWindow()
        window.resize(1400, 900)
        window.state.update(function=name)
        window.show()
        windows.append(window)
    for _ in range(20):
        app.processEvents()
    plain, shown = windows
    shown.show_surface_view(True)
    for _ in range(40):
        app.processEvents()
        time.sleep(0.01)
    shown.show_surface_view(False)
    for _ in range(20):
        app.processEvents()
    frames = shown.surface_view.gl_view.frames

    def frame(window) -> float:
        start = time.perf_counter()
        window.canvas.recompute()
        window.canvas.plot.viewport().repaint()
        return (time.perf_counter() - start) * 1e3

    times = {id(plain): [], id(shown): []}
    for _ in range(3 * REPEATS):
        for window in (plain, shown):
            times[id(window)].append(frame(window))
    before, after = statistics.median(times[id(plain)]), statistics.median(times[id(shown)])
    print(f"2-D rebuild + repaint, in turns: 3-D never shown {before:.1f} ms, shown then hidden {after:.1f} ms "
          f"({after / before:.2f}×); 3-D frames drawn while hidden: {shown.surface_view.gl_view.frames - frames}")
    for window in windows:
        window.shutdown()
        window.close()


if __name__ == "__main__":
    raise SystemExit(main())
