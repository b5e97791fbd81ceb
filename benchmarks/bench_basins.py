"""Benchmark the basins lab's map: 200 × 200 starts × 500 steps with numerical gradients.

    uv run python benchmarks/bench_basins.py [--n 200] [--steps 500] [--repeat 3]

Goal: ≤ 1 s for the numerical-gradient map. Prints the time and its ratio to the same map with the
analytic gradient, measured in the same run (so a slow or busy machine shows up in both).

Two settings are timed for each function:
- ``every step``: tol = 0, so every start takes all 500 steps (the honest worst case: the batch
  never shrinks);
- ``lab default``: tol = 1e−6 as the lab uses, where converged starts drop out of the batch.
Nothing asserts a time: machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_numerics import best_of  # noqa: E402
from numerics import DescentConfig, basin_map, get_objective  # noqa: E402

GOAL_SECONDS = 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="starts per side (default 200)")
    parser.add_argument("--steps", type=int, default=500, help="descent steps (default 500)")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs (default 3)")
    parser.add_argument("--functions", default="himmelblau,rosenbrock",
                        help="comma-separated catalogue names (default himmelblau,rosenbrock)")
    args = parser.parse_args(argv)

    rates = {"himmelblau": 0.01, "rosenbrock": 1e-3}
    print(f"basin map: {args.n}×{args.n} = {args.n * args.n:,} starts × {args.steps} steps, SGD, best of {args.repeat}")
    print(f"{'function':<12} {'setting':<12} {'analytic':>10} {'numerical':>10} {'ratio':>7}  goal ≤ {GOAL_SECONDS:g} s")
    worst = 0.0
    for name in args.functions.split(","):
        obj = get_objective(name.strip())
        lr = rates.get(obj.name, 0.01)
        for setting, tol in (("every step", 0.0), ("lab default", 1e-6)):
            times = {}
            for analytic in (True, False):
                config = DescentConfig(optimizer="SGD", lr=lr, steps=args.steps, tol=tol, analytic=analytic)
                times[analytic] = best_of(lambda: basin_map(obj, obj.box, args.n, config), args.repeat)
            ratio = times[False] / times[True]
            worst = max(worst, times[False])
            verdict = "ok" if times[False] <= GOAL_SECONDS else "over"
            print(f"{obj.name:<12} {setting:<12} {times[True]:>9.3f}s {times[False]:>9.3f}s {ratio:>6.2f}×  {verdict}")
    print(f"slowest numerical-gradient map: {worst:.3f} s ({worst / GOAL_SECONDS:.2f}× the goal)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
