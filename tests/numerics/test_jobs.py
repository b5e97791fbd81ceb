"""Jobs as generators: progress marks and running a job to its end without a GUI."""

from __future__ import annotations

import pytest

from numerics.jobs import Progress, ProgressMarks, run_to_end


@pytest.mark.parametrize("total", [3, 37, 1000, 100_000])
def test_progress_marks_report_about_a_hundred_times_and_end_at_one(total):
    marks = ProgressMarks(total)
    reported = [(k, p) for k in range(total + 1) if (p := marks.at(k)) is not None]
    assert len(reported) == min(total, 100)
    assert all(isinstance(p, Progress) for _, p in reported)
    fractions = [float(p) for _, p in reported]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert all(p == k / total for k, p in reported)


def test_progress_marks_skip_a_mark_when_work_jumps():
    marks = ProgressMarks(100, marks=10)
    assert marks.at(5) is None
    assert marks.at(55) == 0.55  # crossed five marks at once: one report
    assert marks.at(59) is None
    assert marks.at(60) == 0.6


def test_run_to_end_returns_the_value_and_passes_progress_only():
    heard = []

    def job():
        yield None
        yield Progress(0.25)
        yield "a value for a GUI"  # not progress: not passed on
        yield Progress(1.0)
        return 42

    assert run_to_end(job(), heard.append) == 42
    assert heard == [0.25, 1.0]
    assert run_to_end(job()) == 42


def test_run_to_end_lets_the_jobs_error_through():
    def job():
        yield None
        raise ArithmeticError("overflow")

    with pytest.raises(ArithmeticError, match="overflow"):
        run_to_end(job())
