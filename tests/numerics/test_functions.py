"""Tests for numerics/functions.py: the objective catalogue.

Analytic gradients are checked against finite and complex-step differences of f itself, and
critical points against Newton's method run here on the analytic gradient, so no expected
number is copied from the module under test.
"""

from __future__ import annotations

import numpy as np
import pytest

from numerics.differentiation import numerical_gradient
from numerics.functions import (
    CATALOGUE,
    PLATEAU_RADIUS,
    CriticalPoint,
    Objective,
    get_objective,
    objective_from_formula,
)

NAMES = list(CATALOGUE)
REQUIRED = {
    "sphere", "bowl", "rosenbrock", "himmelblau", "beale", "booth", "matyas",
    "six_hump_camel", "saddle", "monkey_saddle", "rastrigin", "plateau",
}
# Objectives whose every critical point in the box is isolated and listed (Rastrigin lists
# only its global minimum among ~100 local ones; the plateau's flat plain is all critical).
COMPLETE = [
    "sphere", "bowl", "rosenbrock", "himmelblau", "beale", "booth", "matyas",
    "six_hump_camel", "saddle",
]
CRITICAL = [(name, cp) for name in NAMES for cp in CATALOGUE[name].critical_points]
CRITICAL_IDS = [f"{name}:{cp.label}" for name, cp in CRITICAL]


def points_in_box(box, n: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    lo = np.array([box[0], box[2]])
    hi = np.array([box[1], box[3]])
    return lo + (hi - lo) * rng.random((n, 2))


def jacobian(grad, x: np.ndarray, h: float = 1e-6) -> np.ndarray:
    """J[..., i, k] = ∂g_i/∂x_k by central differences of the analytic gradient."""
    cols = []
    for k in range(2):
        e = np.zeros(2)
        e[k] = h
        cols.append((grad(x + e) - grad(x - e)) / (2 * h))
    return np.stack(cols, axis=-1)


def newton(grad, x: np.ndarray, iterations: int = 40) -> np.ndarray:
    """Batched Newton on ∇f = 0; points that meet a singular Jacobian off ∇f = 0 turn non-finite."""
    x = np.array(x, dtype=np.float64)
    with np.errstate(all="ignore"):
        for _ in range(iterations):
            g = grad(x)
            J = jacobian(grad, x)
            a, b, c, d = J[..., 0, 0], J[..., 0, 1], J[..., 1, 0], J[..., 1, 1]
            det = a * d - b * c
            step = np.stack([(d * g[..., 0] - b * g[..., 1]) / det,
                             (a * g[..., 1] - c * g[..., 0]) / det], axis=-1)
            # A point already exactly stationary stays put (a singular Jacobian would give 0/0).
            x = x - np.where(np.all(g == 0, axis=-1, keepdims=True), 0.0, step)
    return x


def ring(center, radius: float, n: int = 64) -> np.ndarray:
    angle = np.linspace(0, 2 * np.pi, n, endpoint=False)
    return np.asarray(center) + radius * np.stack([np.cos(angle), np.sin(angle)], axis=-1)


# --- catalogue contents -------------------------------------------------------------------------


def test_catalogue_holds_the_required_objectives_under_their_own_names():
    assert REQUIRED <= set(CATALOGUE)
    for name, obj in CATALOGUE.items():
        assert isinstance(obj, Objective)
        assert obj.name == name
        assert obj.title and obj.formula and obj.description
        assert obj.has_analytic_gradient
        assert obj.critical_points, f"{name} labels no critical point"


def test_log_heatmap_is_on_for_the_functions_with_huge_dynamic_range():
    assert CATALOGUE["rosenbrock"].log_heatmap and CATALOGUE["beale"].log_heatmap
    assert not CATALOGUE["sphere"].log_heatmap


def test_book_start_points_are_inside_their_boxes():
    # ch. 4 starts function_2 at (-3, 4); ch. 6 starts x0²/20 + x1² at (-7, 2).
    for name, (x0, x1) in [("sphere", (-3.0, 4.0)), ("bowl", (-7.0, 2.0))]:
        b = CATALOGUE[name].box
        assert b[0] < x0 < b[1] and b[2] < x1 < b[3]


def test_sphere_reproduces_the_books_gradients():
    # Book ch. 4: numerical_gradient(function_2, ...) at (3, 4), (0, 2), (3, 0).
    sphere = CATALOGUE["sphere"]
    points = np.array([[3.0, 4.0], [0.0, 2.0], [3.0, 0.0]])
    expected = np.array([[6.0, 8.0], [0.0, 4.0], [6.0, 0.0]])
    np.testing.assert_allclose(sphere.gradient(points), expected)
    np.testing.assert_allclose(sphere.gradient(points, numerical=True), expected, atol=1e-9)
    assert sphere.value([3.0, 4.0]) == 25.0


# --- gradients ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_analytic_gradient_matches_complex_step(name):
    # Complex step has no cancellation error, so it pins the analytic formula to rounding.
    obj = CATALOGUE[name]
    P = points_in_box(obj.box, 200, seed=NAMES.index(name))
    analytic = obj.grad(P)
    reference = numerical_gradient(obj.f, P, scheme="complex")
    scale = np.max(np.abs(reference))
    np.testing.assert_allclose(analytic, reference, rtol=1e-13, atol=1e-14 * scale)


@pytest.mark.parametrize("name", NAMES)
def test_analytic_gradient_matches_central_difference(name):
    obj = CATALOGUE[name]
    P = points_in_box(obj.box, 200, seed=100 + NAMES.index(name))
    analytic = obj.gradient(P)
    central = obj.gradient(P, numerical=True, h=1e-4, scheme="central")
    scale = np.max(np.abs(analytic))
    # Central error is h²/6·f''' plus rounding eps·|f|/h: under ~1e-8 of the gradient scale here.
    np.testing.assert_allclose(analytic, central, rtol=1e-6, atol=1e-7 * scale)


def test_numerical_flag_and_step_reach_the_finite_difference():
    # For x², the forward difference is exactly 2x + h: the error proves h and scheme are used.
    sphere = CATALOGUE["sphere"]
    x = np.array([[1.0, -2.0], [0.5, 3.0]])
    h = 1e-2
    forward = sphere.gradient(x, numerical=True, h=h, scheme="forward")
    np.testing.assert_allclose(forward - sphere.gradient(x), h, rtol=1e-9)


@pytest.mark.parametrize("name", NAMES)
def test_functions_keep_float32_and_promote_integers(name):
    obj = CATALOGUE[name]
    x32 = np.array([[0.5, -0.25]], dtype=np.float32)
    assert obj.f(x32).dtype == np.float32
    assert obj.grad(x32).dtype == np.float32
    xi = np.array([[1, 2]])
    np.testing.assert_allclose(obj.f(xi), obj.f(xi.astype(float)))
    np.testing.assert_allclose(obj.grad(xi), obj.grad(xi.astype(float)))


# --- critical points ----------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "cp"), CRITICAL, ids=CRITICAL_IDS)
def test_critical_point_is_stationary_and_accurate(name, cp):
    obj = CATALOGUE[name]
    x = np.array(cp.x)
    b = obj.box
    assert b[0] < x[0] < b[1] and b[2] < x[1] < b[3]
    assert np.linalg.norm(obj.gradient(x)) < 1e-8
    polished = newton(obj.grad, x, iterations=10)
    assert np.linalg.norm(polished - x) < 1e-6


@pytest.mark.parametrize(("name", "cp"), CRITICAL, ids=CRITICAL_IDS)
def test_critical_point_kind_matches_hessian_and_neighbourhood(name, cp):
    obj = CATALOGUE[name]
    x = np.array(cp.x)
    J = jacobian(obj.grad, x, h=1e-5)
    eig = np.linalg.eigvalsh((J + J.T) / 2)
    degenerate = np.all(np.abs(eig) < 1e-6)
    if cp.kind == "minimum":
        assert np.all(eig > 0)
    elif cp.kind == "maximum":
        assert np.all(eig < 0)
    elif not degenerate:
        assert eig[0] < 0 < eig[1]
    # The neighbourhood agrees (and decides the degenerate monkey saddle on its own).
    f0 = obj.value(x)
    around = obj.value(ring(x, 1e-3)) - f0
    if cp.kind == "minimum":
        assert np.all(around >= 0)
    elif cp.kind == "maximum":
        assert np.all(around <= 0)
    else:
        assert around.min() < 0 < around.max()


def test_monkey_saddle_is_degenerate():
    obj = CATALOGUE["monkey_saddle"]
    J = jacobian(obj.grad, np.zeros(2), h=1e-5)
    assert np.all(np.abs(J) < 1e-8)


@pytest.mark.parametrize("name", COMPLETE)
def test_every_critical_point_in_the_box_is_listed(name):
    obj = CATALOGUE[name]
    b = obj.box
    x0 = np.linspace(b[0], b[1], 41)
    x1 = np.linspace(b[2], b[3], 41)
    starts = np.stack(np.meshgrid(x0, x1), axis=-1).reshape(-1, 2)
    found = newton(obj.grad, starts)
    with np.errstate(all="ignore"):
        ok = np.all(np.isfinite(found), axis=-1)
        found = found[ok]
        inside = (b[0] <= found[:, 0]) & (found[:, 0] <= b[1]) & (b[2] <= found[:, 1]) & (found[:, 1] <= b[3])
        found = found[inside & (np.linalg.norm(obj.grad(found), axis=-1) < 1e-8)]
    listed = np.array([cp.x for cp in obj.critical_points])
    distance = np.linalg.norm(found[:, None, :] - listed[None, :, :], axis=-1)
    assert np.all(distance.min(axis=1) < 1e-6), "Newton found an unlisted critical point"
    assert np.all(distance.min(axis=0) < 1e-6), "a listed critical point was never reached"


def test_himmelblau_has_four_zero_minima_and_the_known_maximum():
    obj = CATALOGUE["himmelblau"]
    minima = [cp for cp in obj.critical_points if cp.kind == "minimum"]
    assert len(minima) == 4
    np.testing.assert_allclose(obj.value([cp.x for cp in minima]), 0.0, atol=1e-18)
    (maximum,) = [cp for cp in obj.critical_points if cp.kind == "maximum"]
    # Literature value of the local maximum, polished by Newton here.
    literature = newton(obj.grad, np.array([-0.270845, -0.923039]))
    np.testing.assert_allclose(maximum.x, literature, atol=1e-9)
    assert sum(cp.kind == "saddle" for cp in obj.critical_points) == 4


def test_six_hump_camel_global_minima():
    obj = CATALOGUE["six_hump_camel"]
    globals_ = [cp for cp in obj.critical_points if cp.label.startswith("global minimum")]
    assert len(globals_) == 2
    literature = newton(obj.grad, np.array([[0.0898, -0.7126], [-0.0898, 0.7126]]))
    np.testing.assert_allclose(sorted(cp.x for cp in globals_), sorted(map(tuple, literature)), atol=1e-9)
    others = [cp for cp in obj.critical_points if cp.kind == "minimum" and cp not in globals_]
    assert len(others) == 4
    assert np.all(obj.value([cp.x for cp in others]) > obj.value(globals_[0].x) + 0.1)


def test_rastrigin_global_minimum_is_lowest_among_its_local_minima():
    obj = CATALOGUE["rastrigin"]
    grid = np.stack(np.meshgrid(np.arange(-5, 6), np.arange(-5, 6)), axis=-1).astype(float)
    local = newton(obj.grad, grid.reshape(-1, 2), iterations=20)
    assert np.all(np.linalg.norm(obj.grad(local), axis=-1) < 1e-9)
    values = obj.value(local)
    assert values.min() == obj.value([0.0, 0.0]) == 0.0
    assert np.sum(values < 1e-12) == 1


# --- the plateau --------------------------------------------------------------------------------


def test_plateau_is_exactly_flat_outside_its_well():
    obj = CATALOGUE["plateau"]
    P = points_in_box(obj.box, 2000, seed=7)
    far = P[np.linalg.norm(P, axis=-1) > PLATEAU_RADIUS + 1e-3]
    assert len(far) > 500
    assert np.all(obj.value(far) == 1.0)
    assert np.all(obj.gradient(far) == 0.0)
    assert np.all(obj.gradient(far, numerical=True, scheme="central") == 0.0)


def test_plateau_well_has_a_nonzero_gradient_pointing_outward():
    obj = CATALOGUE["plateau"]
    P = points_in_box(obj.box, 2000, seed=8)
    r = np.linalg.norm(P, axis=-1)
    inner = P[(r > 1e-3) & (r < PLATEAU_RADIUS - 1e-2)]
    g = obj.gradient(inner)
    assert np.all(np.einsum("ij,ij->i", g, inner) > 0)


def test_plateau_is_twice_differentiable_across_the_rim():
    obj = CATALOGUE["plateau"]
    # Gradient and its derivative both approach 0 from inside the rim.
    inside = np.array([[PLATEAU_RADIUS - 1e-4, 0.0]])
    assert np.linalg.norm(obj.gradient(inside)) < 1e-6
    assert np.max(np.abs(jacobian(obj.grad, inside, h=1e-5))) < 1e-3


# --- shapes and validation ----------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("shape", [(), (5,), (3, 4)])
def test_value_and_gradient_shapes(name, shape):
    obj = CATALOGUE[name]
    x = points_in_box(obj.box, int(np.prod(shape, dtype=int)), seed=3).reshape(shape + (2,))
    v = obj.value(x)
    assert v.shape == shape and v.dtype == np.float64
    for numerical in (False, True):
        g = obj.gradient(x, numerical=numerical)
        assert g.shape == shape + (2,) and g.dtype == np.float64
    flat = obj.value(x.reshape(-1, 2))
    np.testing.assert_array_equal(v.reshape(-1), flat)


def test_value_accepts_lists():
    obj = CATALOGUE["booth"]
    np.testing.assert_array_equal(obj.value([[1, 3], [0, 0]]), [0.0, 74.0])


@pytest.mark.parametrize("bad", [np.zeros((4, 3)), np.zeros(3), np.zeros((2, 1)), np.float64(1.0)])
def test_wrong_last_axis_raises_a_clear_value_error(bad):
    obj = CATALOGUE["himmelblau"]
    for call in (obj.value, obj.gradient, lambda x: obj.gradient(x, numerical=True), obj.f, obj.grad):
        with pytest.raises(ValueError, match=r"\(\.\.\., 2\)"):
            call(bad)


def test_value_broadcasts_a_function_that_ignores_its_points():
    constant = Objective("c", "c", "3", lambda x: np.float64(3.0), None, (-1.0, 1.0, -1.0, 1.0))
    np.testing.assert_array_equal(constant.value(np.zeros((4, 5, 2))), np.full((4, 5), 3.0))
    np.testing.assert_array_equal(constant.gradient(np.zeros((4, 2))), np.zeros((4, 2)))
    wrong = Objective("w", "w", "?", lambda x: np.zeros(7), None, (-1.0, 1.0, -1.0, 1.0))
    with pytest.raises(ValueError, match="shape"):
        wrong.value(np.zeros((3, 2)))


def test_objectives_are_hashable_cache_keys():
    cache = {obj: obj.name for obj in CATALOGUE.values()}
    assert cache[get_objective("beale")] == "beale"


def test_critical_point_kind_is_validated():
    with pytest.raises(ValueError, match="minimum"):
        CriticalPoint((0.0, 0.0), "valley", "nope")


def test_objective_box_is_validated():
    with pytest.raises(ValueError, match="box"):
        Objective("x", "x", "x0", CATALOGUE["sphere"].f, None, (1.0, -1.0, 0.0, 1.0))


# --- lookup and user formulas -------------------------------------------------------------------


def test_get_objective_returns_the_entry():
    assert get_objective("rosenbrock") is CATALOGUE["rosenbrock"]


def test_get_objective_error_lists_the_known_names():
    with pytest.raises(KeyError) as info:
        get_objective("rosenbruck")
    message = str(info.value)
    assert "rosenbruck" in message
    assert all(name in message for name in CATALOGUE)


def test_objective_from_formula_builds_a_numerical_objective():
    obj = objective_from_formula("x0**2 + 3*x1", box=(-1.0, 2.0, -3.0, 4.0))
    assert obj.name == "formula"
    assert obj.title == "f(x0, x1) = x0**2 + 3*x1"
    assert obj.grad is None and not obj.has_analytic_gradient
    assert obj.critical_points == ()
    assert obj.box == (-1.0, 2.0, -3.0, 4.0)
    P = points_in_box(obj.box, 50, seed=11)
    np.testing.assert_allclose(obj.value(P), P[:, 0] ** 2 + 3 * P[:, 1])
    expected = np.stack([2 * P[:, 0], np.full(len(P), 3.0)], axis=-1)
    # numerical=False still differentiates numerically when there is no analytic gradient.
    np.testing.assert_allclose(obj.gradient(P), expected, rtol=1e-7, atol=1e-8)


def test_objective_from_formula_default_box():
    assert objective_from_formula("x0 * x1").box == (-3.0, 3.0, -3.0, 3.0)


def test_objective_from_formula_propagates_formula_error():
    from numerics.formula import FormulaError

    with pytest.raises(FormulaError):
        objective_from_formula("__import__('os')")
    with pytest.raises(FormulaError):
        objective_from_formula("x0 +")


@pytest.mark.parametrize("name", NAMES)
def test_catalogue_formula_text_parses_to_the_same_function(name):
    # The text shown to the user must be something they can paste back into the formula box.
    obj = CATALOGUE[name]
    user = objective_from_formula(obj.formula, box=obj.box)
    P = points_in_box(obj.box, 200, seed=21)
    np.testing.assert_allclose(user.value(P), obj.value(P), rtol=1e-12, atol=1e-12)


# --- default η and step count: a first click from anywhere in the view ends where it should ------

# Functions whose every start in view (bar starts on a saddle or maximum) must reach a minimum.
REACH_A_MINIMUM = ["sphere", "bowl", "rosenbrock", "himmelblau", "booth", "matyas", "six_hump_camel", "rastrigin"]


def _default_verdicts(name: str, n: int = 15):
    """Every start of an n × n grid over the box, run with the entry's defaults as the panel would
    (SGD, analytic gradient, tol 1e-8, escape box = the view), and each run's diagnosis."""
    from numerics.descent import DescentConfig
    from numerics.diagnosis import descend_tails, diagnose_tails
    from numerics.field import grid_points

    obj = CATALOGUE[name]
    starts = grid_points(obj.box, n, n)[2].reshape(-1, 2)
    config = DescentConfig(lr=obj.default_lr, steps=obj.default_steps, escape_box=obj.box)
    # descend_tails is run_descent keeping only each run's end: 60 000 Rosenbrock steps of 225
    # runs would otherwise need half a gigabyte.
    return obj, starts, diagnose_tails(obj, config, descend_tails(obj, starts, config))


def test_defaults_are_valid_settings():
    from numerics.descent import DescentConfig

    for obj in CATALOGUE.values():
        DescentConfig(lr=obj.default_lr, steps=obj.default_steps).validate()
    formula = objective_from_formula("x0**2 + x1**2")
    assert (formula.default_lr, formula.default_steps) == (Objective.default_lr, Objective.default_steps)


@pytest.mark.parametrize("name", REACH_A_MINIMUM)
def test_default_lr_reaches_a_minimum_from_anywhere_in_view(name):
    obj, starts, verdicts = _default_verdicts(name)
    diag = np.hypot(obj.box[1] - obj.box[0], obj.box[3] - obj.box[2])
    unstable = np.array([cp.x for cp in obj.critical_points if cp.kind != "minimum"]).reshape(-1, 2)
    on_unstable = np.zeros(len(starts), dtype=bool)
    if len(unstable):
        on_unstable = (np.linalg.norm(starts[:, None] - unstable[None], axis=-1) < 1e-9 * diag).any(axis=1)
    kinds = np.array([d.verdict.value for d in verdicts])
    assert (kinds[~on_unstable] == "minimum").all(), dict(zip(*np.unique(kinds, return_counts=True)))
    if name in COMPLETE:
        # The verdict is not just words: the run ended at one of the listed minima.
        minima = np.array([cp.x for cp in obj.critical_points if cp.kind == "minimum"])
        ends = np.array([d.x for d in verdicts])[~on_unstable]
        assert (np.linalg.norm(ends[:, None] - minima[None], axis=-1).min(axis=1) < 1e-3 * diag).all()


def test_default_on_the_plateau_reaches_the_minimum_inside_the_well_and_stalls_outside():
    obj, starts, verdicts = _default_verdicts("plateau")
    kinds = np.array([d.verdict.value for d in verdicts])
    inside = np.hypot(starts[:, 0], starts[:, 1]) < PLATEAU_RADIUS
    assert inside.any() and (~inside).any()
    assert (kinds[inside] == "minimum").all()
    assert (kinds[~inside] == "plateau").all()


def test_default_on_the_saddle_leaves_the_view_unbounded_unless_on_the_x0_axis():
    obj, starts, verdicts = _default_verdicts("saddle")
    kinds = np.array([d.verdict.value for d in verdicts])
    on_axis = starts[:, 1] == 0
    assert on_axis.any()
    assert (kinds[on_axis] == "saddle").all()
    assert (kinds[~on_axis] == "unbounded").all()


def test_default_on_the_monkey_saddle_leaves_the_view_except_towards_the_flat_saddle():
    obj, starts, verdicts = _default_verdicts("monkey_saddle")
    kinds = np.array([d.verdict.value for d in verdicts])
    origin = (starts == 0).all(axis=1)
    ray = (starts[:, 1] == 0) & (starts[:, 0] > 0)  # the valley that runs into the saddle
    assert kinds[origin].tolist() == ["saddle"]
    assert (kinds[ray] == "step_limit").all() and all(verdicts[i].still_descending for i in np.flatnonzero(ray))
    assert (kinds[~origin & ~ray] == "unbounded").all()


def test_default_on_beale_reaches_the_minimum_from_the_floor_and_says_why_elsewhere():
    obj, starts, verdicts = _default_verdicts("beale")
    kinds = np.array([d.verdict.value for d in verdicts])
    assert set(kinds) <= {"minimum", "diverged", "oscillating"}
    assert (kinds == "minimum").mean() > 0.2
    minimum = np.array(obj.critical_points[0].x)
    assert all(np.hypot(*(np.array(d.x) - minimum)) < 1e-3 for d in verdicts if d.verdict.value == "minimum")
    # Wall starts diverge because η is above the stability limit somewhere on their way.
    assert all(d.eta_max is not None and d.eta_max < obj.default_lr for d in verdicts if d.verdict.value == "diverged")
