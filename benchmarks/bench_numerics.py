"""Benchmark the numerics against baselines measured in the same run (issue: numerics §6).

    uv run python benchmarks/bench_numerics.py [--quick]

Prints times and ratios; nothing here asserts a time (machines are shared and noisy). Ratios:
- numerical_gradient on a 1000×1000 Rosenbrock grid vs the analytic gradient in plain numpy
  (goal ≤ 3×) and vs the book's per-point loop (timed on 10k points, scaled; goal ≥ 150× faster);
- peak memory of the 1M-point numerical field;
- batched descent, 10,000 starts × 1,000 steps, numerical vs analytic gradient (goal ≤ 4×) and vs
  the book's per-point gradient_descent loop (timed on a few starts, scaled; goal ≥ 150× faster).
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

from book_code import numerical_gradient_no_batch  # the book's loop, the baseline

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from numerics import DescentConfig, descend_to_end, get_objective, grid_points, numerical_gradient  # noqa: E402


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def rosenbrock_point(x):
    """The book's style: f of one point, indexing x[0], x[1]."""
    return (1 - x[0]) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2


def book_loop_gradient(points):
    """The book's numerical_gradient for a batch: one Python call per point."""
    grad = np.zeros_like(points)
    for i, x in enumerate(points):
        grad[i] = numerical_gradient_no_batch(rosenbrock_point, x)
    return grad


def analytic_plain(p):
    x0, x1 = p[..., 0], p[..., 1]
    return np.stack([-2 * (1 - x0) - 400 * x0 * (x1 - x0**2), 200 * (x1 - x0**2)], axis=-1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    args = parser.parse_args()
    n_grid = 300 if args.quick else 1000
    n_starts, n_steps = (1000, 200) if args.quick else (10_000, 1000)
    rosen = get_objective("rosenbrock")

    print(f"== gradient on a {n_grid}x{n_grid} Rosenbrock grid ({n_grid * n_grid:,} points)")
    _, _, grid = grid_points(rosen.box, n_grid)
    t_num = best_of(lambda: numerical_gradient(rosen.f, grid), 3)
    t_ana = best_of(lambda: analytic_plain(grid), 3)
    sample = grid.reshape(-1, 2)[:10_000].copy()
    t_loop_10k = best_of(lambda: book_loop_gradient(sample), 1)
    t_loop = t_loop_10k * grid[..., 0].size / 10_000
    np.testing.assert_allclose(numerical_gradient(rosen.f, sample), book_loop_gradient(sample.copy()), rtol=1e-9, atol=1e-6)
    print(f"numerical_gradient (batched)   {t_num * 1e3:9.1f} ms")
    print(f"analytic gradient, plain numpy {t_ana * 1e3:9.1f} ms   ratio numerical/analytic = {t_num / t_ana:5.2f}x  (goal <= 3x)")
    print(f"book per-point loop (scaled)   {t_loop * 1e3:9.1f} ms   speed-up = {t_loop / t_num:7.0f}x  (goal >= 150x)")
    tracemalloc.start()
    numerical_gradient(rosen.f, grid)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak memory of the numerical field: {peak / 2**20:.1f} MiB "
          f"(the points themselves: {grid.nbytes / 2**20:.1f} MiB, ratio {peak / grid.nbytes:.1f}x)")

    print(f"\n== batched descent: {n_starts:,} starts x {n_steps:,} steps on Rosenbrock (SGD, lr=1e-4, tol=0)")
    starts = np.random.default_rng(0).uniform([-2, -1], [2, 3], size=(n_starts, 2))
    cfg = DescentConfig(lr=1e-4, steps=n_steps, tol=0.0)
    t_dnum = best_of(lambda: descend_to_end(rosen, starts, DescentConfig(lr=1e-4, steps=n_steps, tol=0.0, analytic=False)), 1)
    t_dana = best_of(lambda: descend_to_end(rosen, starts, cfg), 1)
    few = 20
    def book_descent():
        for s in starts[:few]:
            x = s.copy()
            for _ in range(n_steps):
                x -= 1e-4 * numerical_gradient_no_batch(rosenbrock_point, x)
    t_book = best_of(book_descent, 1) * n_starts / few
    print(f"numerical gradients            {t_dnum:9.2f} s")
    print(f"analytic gradients             {t_dana:9.2f} s   ratio numerical/analytic = {t_dnum / t_dana:5.2f}x  (goal <= 4x)")
    print(f"book loop (scaled from {few})     {t_book:9.2f} s   speed-up = {t_book / t_dnum:7.0f}x  (goal >= 150x)")


if __name__ == "__main__":
    main()
