"""Single steps written out with their numbers."""

from __future__ import annotations

import numpy as np
import pytest

from numerics.functions import get_objective
from numerics.labs.step_inspector import StepInspector, arrow_vectors, describe_step, fmt, vec

SPHERE = get_objective("sphere")


def test_sgd_step_from_the_books_start():
    insp = StepInspector(SPHERE, "SGD", 0.1, point=(-3.0, 4.0))
    rec = insp.next_step()
    np.testing.assert_allclose(rec.grad, [-6.0, 8.0])
    np.testing.assert_allclose(rec.x_new, [-2.4, 3.2])
    np.testing.assert_allclose(rec.update, -0.1 * rec.grad)
    text = "\n".join(describe_step(rec, "SGD", 0.1, insp.hyperparameters))
    assert "x_new = x − η·∇f = (−3, 4) − 0.1·(−6, 8)" in text
    assert "(−2.4, 3.2)" in text
    assert insp.step_count == 1 and len(insp.history) == 2


def test_momentum_velocity_is_written_and_matches_the_rule():
    insp = StepInspector(SPHERE, "Momentum", 0.1, point=(-3.0, 4.0))
    r1 = insp.next_step()
    r2 = insp.next_step()
    v1 = -0.1 * r1.grad
    v2 = 0.9 * v1 - 0.1 * r2.grad
    np.testing.assert_allclose(r2.state_before["velocity"], v1)
    np.testing.assert_allclose(r2.state_after["velocity"], v2)
    np.testing.assert_allclose(r2.x_new, r2.x + v2)
    text = "\n".join(describe_step(r2, "Momentum", 0.1, insp.hyperparameters))
    assert f"= {vec(v2)}" in text and "0.9·" + vec(v1) in text


@pytest.mark.parametrize("name", ["Nesterov", "AdaGrad", "RMSProp", "Adam"])
def test_every_optimizer_writes_its_result(name):
    insp = StepInspector(SPHERE, name, 0.1, point=(-3.0, 4.0))
    for _ in range(3):
        rec = insp.next_step()
    lines = describe_step(rec, name, 0.1, insp.hyperparameters)
    assert any(vec(rec.x_new) in line for line in lines)
    assert lines[0].startswith("step 3:")


def test_adam_learning_rate_correction_is_shown():
    insp = StepInspector(SPHERE, "Adam", 0.3, point=(-7.0, 2.0))
    rec = insp.next_step()
    text = "\n".join(describe_step(rec, "Adam", 0.3, insp.hyperparameters))
    # t = 1: η_t = 0.3·√(0.001)/0.1
    assert fmt(0.3 * np.sqrt(1 - 0.999) / (1 - 0.9)) in text


def test_set_point_restarts_and_forgets_state():
    insp = StepInspector(SPHERE, "Momentum", 0.1, point=(-3.0, 4.0))
    insp.next_step()
    insp.set_point((1.0, 1.0))
    assert insp.step_count == 0 and insp.history[0].tolist() == [1.0, 1.0]
    rec = insp.next_step()
    assert rec.state_before == {}
    np.testing.assert_allclose(rec.x_new, [0.8, 0.8])


def test_overflow_is_reported_and_the_point_kept():
    insp = StepInspector(SPHERE, "SGD", 999.0, point=(1e300, 1e300))
    with pytest.raises(ArithmeticError, match="smaller η"):
        insp.next_step()
    assert insp.point.tolist() == [1e300, 1e300] and insp.step_count == 0


def test_an_overflow_says_diverged_with_the_stability_bound_where_the_steps_started():
    insp = StepInspector(SPHERE, "SGD", 500.0, point=(-3.0, 4.0))
    with pytest.raises(ArithmeticError) as info:
        for _ in range(200):
            insp.next_step()
    text = str(info.value)
    assert "diverged" in text and "At (−3, 4)" in text and "η < 2/λmax = 1;" in text  # λmax = 2 on the sphere
    assert str(info.value.message) == text


def test_bad_settings_raise_value_error():
    insp = StepInspector(SPHERE)
    with pytest.raises(ValueError):
        insp.set_optimizer("SGD", -1.0)
    with pytest.raises(ValueError):
        insp.set_point((np.nan, 0.0))
    assert insp.optimizer_name == "SGD" and insp.lr == 0.1


def test_arrow_is_shortened_to_fit_the_view():
    g, scale = arrow_vectors(np.array([300.0, 400.0]), (-5, 5, -5, 5), max_fraction=0.3)
    assert np.linalg.norm(g) == pytest.approx(0.3 * np.hypot(10, 10))
    assert scale == pytest.approx(np.linalg.norm(g) / 500.0)
    g, scale = arrow_vectors(np.array([0.1, 0.0]), (-5, 5, -5, 5))
    assert scale == 1.0 and g.tolist() == [0.1, 0.0]
    # A step record draws its gradient.
    rec = StepInspector(SPHERE, "SGD", 0.1, point=(-3.0, 4.0)).next_step()
    g, scale = arrow_vectors(rec, (-50, 50, -50, 50))
    assert scale == 1.0 and g.tolist() == rec.grad.tolist()


@pytest.mark.parametrize("name", ["SGD", "Momentum", "Adam"])
def test_preview_is_the_next_step_and_changes_nothing(name):
    insp = StepInspector(SPHERE, name, 0.1, point=(-3.0, 4.0))
    insp.next_step()
    state = {k: v.copy() for k, v in insp._optimizer.state().items()}
    preview = insp.preview()
    assert insp.step_count == 1 and len(insp.history) == 2
    for k, v in insp._optimizer.state().items():
        np.testing.assert_array_equal(v, state[k])
    taken = insp.next_step()
    np.testing.assert_array_equal(preview.x_new, taken.x_new)
    assert preview.step == taken.step == 2
