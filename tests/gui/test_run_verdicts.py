"""RunVerdicts: a swarm's ends are diagnosed as a job, in chunks, with the same verdicts as one call."""

from __future__ import annotations

import numpy as np

from gui.run_verdicts import JOB_CHUNK, diagnose_job
from numerics import DescentConfig, RunTails, diagnose_tails, get_objective, run_descent


def test_the_job_checkpoints_between_chunks_and_judges_like_one_call():
    saddle = get_objective("saddle")
    config = DescentConfig(lr=saddle.default_lr, steps=saddle.default_steps, escape_box=saddle.box)
    starts = np.random.default_rng(3).uniform(-3, 3, (2 * JOB_CHUNK + 5, 2))
    starts[:3, 1] = 0.0  # on the axis: the saddle
    tails = RunTails.from_result(run_descent(saddle, starts, config))
    job = diagnose_job(saddle, config, tails)
    checkpoints = 0
    try:
        while True:
            assert next(job) is None
            checkpoints += 1
    except StopIteration as stop:
        verdicts = stop.value
    assert checkpoints == 3  # one before each chunk of JOB_CHUNK runs
    assert [d.verdict for d in verdicts] == [d.verdict for d in diagnose_tails(saddle, config, tails)]
    assert {d.verdict.value for d in verdicts[:3]} == {"saddle"}
