"""What the verdicts cost the Explorer, against the descent they judge (same run, same machine).

The window diagnoses up to ``gui.run_verdicts.SYNC_LIMIT`` ends at once on the GUI thread and a
swarm's as a job on the compute thread; a typed formula's critical points are a job too. This
prints medians of: one run's diagnosis (the GUI-thread case), SYNC_LIMIT runs', a 30×30 swarm's,
and the swarm's descent itself as the baseline; then ``find_critical_points`` for two formulas.

    uv run python benchmarks/bench_verdicts.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gui.run_verdicts import SYNC_LIMIT  # noqa: E402
from numerics import (  # noqa: E402
    DescentConfig,
    RunTails,
    diagnose_tails,
    find_critical_points,
    get_objective,
    objective_from_formula,
    run_descent,
)

REPEATS = 9


def median_ms(fn, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return 1e3 * statistics.median(times)


def swarm_starts(box, side: int = 30) -> np.ndarray:
    gx = box[0] + (np.arange(side) + 0.5) * (box[1] - box[0]) / side
    gy = box[2] + (np.arange(side) + 0.5) * (box[3] - box[2]) / side
    return np.stack(np.meshgrid(gx, gy), axis=-1).reshape(-1, 2)


def main() -> None:
    print(f"{'function':<12} {'descent 900':>12} {'1 run':>8} {f'{SYNC_LIMIT} runs':>9} {'900 runs':>9} {'ratio':>7}")
    for name in ("sphere", "himmelblau", "saddle", "plateau", "rosenbrock"):
        objective = get_objective(name)
        config = DescentConfig(lr=objective.default_lr, steps=min(objective.default_steps, 300),
                               escape_box=objective.box)
        starts = swarm_starts(objective.box)
        descent = median_ms(lambda: run_descent(objective, starts, config), repeats=3)
        tails = RunTails.from_result(run_descent(objective, starts, config))
        one, few = (RunTails(*(getattr(tails, f)[:n] for f in RunTails.__dataclass_fields__)) for n in (1, SYNC_LIMIT))
        t1 = median_ms(lambda: diagnose_tails(objective, config, one))
        t16 = median_ms(lambda: diagnose_tails(objective, config, few))
        t900 = median_ms(lambda: diagnose_tails(objective, config, tails), repeats=5)
        print(f"{name:<12} {descent:>10.1f}ms {t1:>6.2f}ms {t16:>7.2f}ms {t900:>7.1f}ms {t900 / descent:>6.2f}×")
    for text in ("x0**2 - x1**2", "sin(x0)*cos(x1) + 0.1*x0**2"):
        objective = objective_from_formula(text)
        print(f"find_critical_points({text!r}): {median_ms(lambda: find_critical_points(objective), 5):.1f} ms")


if __name__ == "__main__":
    main()
