"""The mathematics of Gradient Explorer: pure numpy, batched over points shaped (..., d).

Nothing here imports Qt; ``gui/`` draws what these functions compute. See
docs/ARCHITECTURE.md for the contract.
"""

from numerics.basins import BasinMap, basin_map, classify_critical_points
from numerics.descent import (
    LIMITS,
    CancelToken,
    DescentConfig,
    DescentResult,
    DescentStep,
    StopReason,
    descend_to_end,
    gradient_descent,
    iterate_descent,
    run_descent,
)
from numerics.differentiation import (
    COMPLEX_STEP_H,
    SCHEMES,
    numerical_diff,
    numerical_gradient,
    numerical_hessian,
)
from numerics.field import Field, descent_field, field_at, grid_points, value_grid
from numerics.formula import ALLOWED_FUNCTIONS, ALLOWED_NAMES, Formula, FormulaError, parse_formula
from numerics.functions import CATALOGUE, CriticalPoint, Objective, get_objective, objective_from_formula
from numerics.optimizers import OPTIMIZERS, HyperParameter, Optimizer, make_optimizer
from numerics.step_sweep import DEFAULT_STEPS, StepSweep, step_sweep
from numerics.numbers import NumberError, format_number, format_point, parse_number
from numerics.differentiation import DEFAULT_H, ComplexStepError, default_h
from numerics.types import Box, InspectableObjective, ObjectiveLike
from numerics.critical_points import find_critical_points
from numerics.diagnosis import (
    Diagnosis,
    RunTails,
    Verdict,
    descend_tails,
    diagnose,
    diagnose_path,
    diagnose_tails,
    stability_bound,
    stability_message,
    suggest_lr,
    verdict_label,
)

__all__ = [
    "BasinMap", "basin_map", "classify_critical_points",
    "LIMITS", "CancelToken", "DescentConfig", "DescentResult", "DescentStep", "StopReason", "descend_to_end",
    "gradient_descent", "iterate_descent", "run_descent",
    "COMPLEX_STEP_H", "SCHEMES", "numerical_diff", "numerical_gradient", "numerical_hessian",
    "Field", "descent_field", "field_at", "grid_points", "value_grid",
    "ALLOWED_FUNCTIONS", "ALLOWED_NAMES", "Formula", "FormulaError", "parse_formula",
    "CATALOGUE", "CriticalPoint", "Objective", "get_objective", "objective_from_formula",
    "OPTIMIZERS", "HyperParameter", "Optimizer", "make_optimizer",
    "DEFAULT_STEPS", "StepSweep", "step_sweep",
    "NumberError", "format_number", "format_point", "parse_number",
    "DEFAULT_H", "ComplexStepError", "default_h",
    "Box", "InspectableObjective", "ObjectiveLike",
    "find_critical_points",
    "Diagnosis", "RunTails", "Verdict", "descend_tails", "diagnose", "diagnose_path", "diagnose_tails",
    "stability_bound", "stability_message", "suggest_lr", "verdict_label",
]
