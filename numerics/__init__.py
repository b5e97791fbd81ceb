"""The mathematics of Gradient Explorer: pure numpy, batched over points shaped (..., d).

Nothing here imports Qt; ``gui/`` draws what these functions compute.
"""

from numerics.differentiation import (
    COMPLEX_STEP_H,
    SCHEMES,
    numerical_diff,
    numerical_gradient,
    numerical_hessian,
)

__all__ = [
    "COMPLEX_STEP_H",
    "SCHEMES",
    "numerical_diff",
    "numerical_gradient",
    "numerical_hessian",
]
