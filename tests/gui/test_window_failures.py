"""Every failure of the user's maths reaches the user as a message, never an exception in a slot
(issue 12, defect 7: worker exceptions and canvas recompute failures reached slots unhandled in
9 GUI scenarios). pytest-qt fails a test on any exception raised inside a Qt slot, so each
scenario below also proves nothing escaped."""
from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QApplication

from gui.model.session import Session, session_to_dict

# The complex step cannot differentiate abs: numerics raises FormulaError with the way out.
FAILING = "abs(x0) + x1**2"


def settle(qtbot, window) -> None:
    qtbot.wait(3 * window.canvas.DEBOUNCE_MS)
    assert window.canvas.wait_until_drawn(20_000)
    QApplication.processEvents()


@pytest.fixture
def failing(qtbot, window):
    window.state.update(formula=FAILING, function=None, scheme="complex")
    settle(qtbot, window)
    return window


def _field_message(window) -> str:
    return window.statusBar().currentMessage()


SCENARIOS = {
    "the formula is shown": lambda w: None,
    "a pan": lambda w: w.canvas.view_box.translateBy(x=0.5),
    "a zoom": lambda w: w.canvas.view_box.scaleBy((0.5, 0.5)),
    "the book view": lambda w: w.canvas.book_view(),
    "reset view": lambda w: w.canvas.reset_view(),
    "log heatmap": lambda w: w.state.update(log_heatmap=True),
    "another h": lambda w: w.state.update(h=1e-3),
    "heatmap shown again": lambda w: (w.state.update(show_heatmap=False), w.state.update(show_heatmap=True)),
    "a resize": lambda w: w.resize(w.width() - 40, w.height() - 30),
}


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_a_field_that_cannot_be_computed_is_a_status_message(qtbot, failing, scenario):
    failing.statusBar().clearMessage()
    SCENARIOS[scenario](failing)
    settle(qtbot, failing)
    text = _field_message(failing)
    if scenario != "the formula is shown":  # the first message was shown by the fixture already
        assert "Could not draw the field" in text and "complex-step scheme cannot differentiate abs" in text, text


def test_a_run_that_cannot_be_computed_is_a_message_box(qtbot, failing):
    with qtbot.waitSignal(failing.runs.runFailed, timeout=10_000):
        run_id = failing.start_run_at(0.5, 0.5)
    assert run_id is not None
    box = failing.last_message
    assert box is not None and "complex-step" in box.text()


def test_a_swarm_that_cannot_be_computed_is_a_message(qtbot, failing):
    with qtbot.waitSignal(failing.runs.runFailed, timeout=10_000):
        ids = failing.start_swarm(5)
    assert len(ids) == 25
    assert "complex-step" in failing.last_message.text()


def test_a_session_with_failing_maths_opens_and_says_so(qtbot, window, tmp_path):
    data = session_to_dict(Session(function=None, formula=FAILING, starts=((0.5, 0.5),)))
    data["descent"]["scheme"] = "complex"
    data["descent"]["analytic"] = False
    path = tmp_path / "failing.json"
    path.write_text(json.dumps(data))
    with qtbot.waitSignal(window.runs.runFailed, timeout=10_000):
        assert window.open_session(path)
    settle(qtbot, window)
    assert "complex-step" in window.last_message.text()


def test_choosing_the_central_scheme_recovers(qtbot, failing):
    failing.state.update(scheme="central")
    settle(qtbot, failing)
    assert failing.canvas.field is not None
    assert "Could not draw" not in _field_message(failing)
