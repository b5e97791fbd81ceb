"""The numbers *Deep Learning from Scratch 1* prints, so labs can show them next to ours.

They are quoted from the book (ch. 4 and ch. 6), not computed here: the labs' models must reproduce
them, and the tests check that they do.
"""

from __future__ import annotations

from typing import Final

#: ch. 4.2: ``numerical_diff(function_1, 5)`` and ``numerical_diff(function_1, 10)`` (central, h = 1e-4).
DIFF_FUNCTION_1: Final[dict[float, float]] = {5.0: 0.1999999999990898, 10.0: 0.2999999999986347}

#: ch. 4.2: the exact derivative of function_1 at those points (0.02 x + 0.1).
EXACT_FUNCTION_1: Final[dict[float, float]] = {5.0: 0.2, 10.0: 0.3}

#: ch. 4.2.3: the partial derivatives of x0² + x1² at (3, 4) through one-variable slices.
PARTIALS_AT_3_4: Final[tuple[float, float]] = (6.00000000000378, 7.999999999999119)

#: ch. 4.4.1: ``gradient_descent(function_2, init_x=(-3, 4), lr, step_num=100)`` final points.
RACE_FINAL_POINTS: Final[dict[float, tuple[float, float]]] = {
    0.1: (-6.11110793e-10, 8.14814391e-10),
    10.0: (-2.58983747e13, -1.29524862e12),
    1e-10: (-2.99999994, 3.99999992),
}
