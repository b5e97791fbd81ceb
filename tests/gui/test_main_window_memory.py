"""The window never starts runs whose history could exhaust memory, and says so (issue 12,
defect 5): a session of 1,000 starts × 10⁶ steps opens without its runs and a message with the
figure, a click or a swarm over the budget is refused in the status bar, and a MemoryError of
the run controller's own estimate is a message, never a traceback."""
from __future__ import annotations

import json

import pytest

import gui.model.runs
from gui.model.session import Session, session_to_dict


def _heavy_session(tmp_path, n=1000, steps=1_000_000):
    data = session_to_dict(Session(function="himmelblau"))
    data["starts"] = [[0.5 + i * 1e-3, 0.5] for i in range(n)]
    data["descent"]["steps"] = steps
    path = tmp_path / "heavy.json"
    path.write_text(json.dumps(data))
    return path


def test_a_session_too_large_for_memory_opens_without_its_runs_and_says_why(qtbot, window, tmp_path):
    """The same session in the window blocked 2.5 s, then every event-loop pass took 2–3.8 s."""
    assert window.open_session(_heavy_session(tmp_path))
    assert len(window.runs.runs) == 0  # nothing allocated, nothing computing
    assert window.state.function == "himmelblau"  # the view itself is shown
    box = window.last_message
    assert box is not None and box.windowTitle() == "Session opened without its runs"
    assert "1000 runs of up to 1000000 steps could need 37.3 GiB" in box.text()
    assert "the limit is 2 GiB" in box.text()
    assert "37.3 GiB" in window.statusBar().currentMessage()


def test_a_session_within_the_budget_starts_every_run(qtbot, window, tmp_path):
    assert window.open_session(_heavy_session(tmp_path, n=3, steps=50))
    assert len(window.runs.runs) == 3


def test_create_window_with_a_heavy_session_does_not_raise(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from gui.app import create_window
    from gui.model.session import load_session

    window = create_window(load_session(_heavy_session(tmp_path)), QSettings(str(tmp_path / "s.ini"),
                                                                             QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    try:
        assert len(window.runs.runs) == 0 and "GiB" in window.statusBar().currentMessage()
    finally:
        window.shutdown()


def test_clicks_and_swarms_over_the_budget_are_refused_in_the_status_bar(qtbot, window, monkeypatch):
    window.controls.steps_field.set_text("1000")
    monkeypatch.setattr(gui.model.runs, "HISTORY_BUDGET_BYTES", 2 * 900 * 1001 * 40)  # two swarms' worth
    assert len(window.start_swarm()) == 900
    assert len(window.start_swarm()) == 900
    assert window.start_swarm() == []  # a third would not fit beside the two held
    assert "900 runs of up to 1000 steps" in window.statusBar().currentMessage()
    assert "held by the runs shown" in window.statusBar().currentMessage()
    assert window.start_run_at(1.0, 1.0) is None
    window.clear_paths()  # the way out the message names
    assert window.start_run_at(1.0, 1.0) is not None


def test_a_memory_error_of_the_controller_is_a_message(qtbot, window, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise MemoryError("1 runs of 5 steps could need 9.9 GiB (the limit is 2 GiB): use fewer runs or steps")

    monkeypatch.setattr(window.runs, "start_runs", refuse)
    assert window.start_run_at(1.0, 1.0) is None
    assert window.statusBar().currentMessage().startswith("Not started: 1 runs of 5 steps could need 9.9 GiB")
