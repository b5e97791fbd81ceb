"""Derivative lab: one-variable functions, the tangent at x, and how the error depends on h.

The default is the book's ``function_1`` (0.01x² + 0.1x on [0, 20]) and its ``gradient_1d``
figure: the tangent at x from the numerical derivative. The readout compares that derivative with
the exact one; the sweep shows |error| against h for every scheme (``numerics.step_sweep``).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from numerics.differentiation import SCHEMES, numerical_diff
from numerics.labs import book
from numerics.messages import QT_TRANSLATE_NOOP, Message, MessageError, literal, message

#: The h slider's range (the book's 1e-50 example at the bottom).
H_MIN = 1e-50
H_MAX = 1e-1
#: The book's step.
BOOK_H = 1e-4

PRECISIONS: dict[str, type[np.floating]] = {"float64": np.float64, "float32": np.float32}

#: Scheme names as the lab shows them (English; :func:`scheme_title` gives the translatable one).
SCHEME_TITLES: dict[str, str] = {
    "forward": QT_TRANSLATE_NOOP("numerics", "forward  (f(x+h) − f(x)) / h"),
    "backward": QT_TRANSLATE_NOOP("numerics", "backward  (f(x) − f(x−h)) / h"),
    "central": QT_TRANSLATE_NOOP("numerics", "central  (f(x+h) − f(x−h)) / 2h"),
    "richardson": "Richardson  (4·D(h/2) − D(h)) / 3",  # a name and a formula: nothing to translate
    "complex": QT_TRANSLATE_NOOP("numerics", "complex step  Im f(x+ih) / h"),
}

REFERENCE_EXACT = QT_TRANSLATE_NOOP("numerics", "exact")
REFERENCE_COMPLEX = QT_TRANSLATE_NOOP("numerics", "reference (complex step)")
REFERENCE_RICHARDSON = QT_TRANSLATE_NOOP("numerics", "reference (Richardson, h = 1e-3)")
VANISHING_STEP = QT_TRANSLATE_NOOP(
    "numerics", "In {precision}, numbers near x = {x:g} are {spacing:.1e} apart, so any h below {half:.1e} "
                "(like the book's 1e−50) leaves x + h == x: f(x + h) − f(x) is exactly 0 and so is the derivative.")
SLOPE_LABEL = QT_TRANSLATE_NOOP("numerics", "slope {order}")
BAD_DOMAIN = QT_TRANSLATE_NOOP("numerics", "the x range must be two finite numbers, low < high; got {domain}")
EMPTY_FORMULA = QT_TRANSLATE_NOOP("numerics", "type a formula in x, e.g. 0.01*x**2 + 0.1*x")
ONE_VARIABLE = QT_TRANSLATE_NOOP("numerics", "this lab's functions have one variable: write x, not x0 or x1")


def scheme_title(scheme: str) -> Message:
    """The scheme's name and formula, as the lab lists it ("central  (f(x+h) − f(x−h)) / 2h")."""
    return literal(SCHEME_TITLES[scheme])

#: Order of the truncation error of each scheme (error ∝ h^order while rounding is negligible).
TRUNCATION_ORDER: dict[str, int] = {"forward": 1, "backward": 1, "central": 2, "richardson": 4, "complex": 2}


@dataclass(frozen=True)
class Function1D:
    """A function of one variable, vectorised over arrays, with its exact derivative if known.

    ``f`` must keep its input's dtype (so float32 experiments stay float32) and should accept
    complex input (for the complex-step scheme).
    """

    name: str
    title: str
    formula: str
    f: Callable[[np.ndarray], np.ndarray]
    df: Callable[[np.ndarray], np.ndarray] | None
    domain: tuple[float, float]
    default_x: float

    @property
    def has_exact_derivative(self) -> bool:
        return self.df is not None

    @property
    def title_message(self) -> Message:
        """``title`` in the reader's language (a formula's, its own text, stays as it is)."""
        return literal(self.title)


def _function_1(x: np.ndarray) -> np.ndarray:
    return 0.01 * x**2 + 0.1 * x


FUNCTIONS_1D: dict[str, Function1D] = {
    fn.name: fn
    for fn in (
        Function1D("function_1", QT_TRANSLATE_NOOP("numerics", "The book's function_1"), "0.01·x² + 0.1·x", _function_1,
                   lambda x: 0.02 * x + 0.1, (0.0, 20.0), 5.0),
        Function1D("sin", QT_TRANSLATE_NOOP("numerics", "Sine"), "sin(x)", np.sin, np.cos, (-2 * math.pi, 2 * math.pi), 1.0),
        Function1D("exp", QT_TRANSLATE_NOOP("numerics", "Exponential"), "exp(x)", np.exp, np.exp, (-2.0, 3.0), 1.0),
        Function1D("cubic", QT_TRANSLATE_NOOP("numerics", "Cubic"), "x³ − 3·x", lambda x: x**3 - 3 * x, lambda x: 3 * x**2 - 3,
                   (-2.5, 2.5), 1.5),
        Function1D("log", QT_TRANSLATE_NOOP("numerics", "Natural logarithm"), "ln(x)", np.log, lambda x: 1 / x, (0.05, 5.0), 1.0),
        Function1D("sqrt", QT_TRANSLATE_NOOP("numerics", "Square root"), "√x", np.sqrt, lambda x: 0.5 / np.sqrt(x), (0.0, 4.0), 1.0),
    )
}


def function_from_formula(text: str, domain: tuple[float, float] = (-3.0, 3.0)) -> Function1D:
    """A ``Function1D`` for a user formula in ``x`` (no exact derivative).

    The text goes through the project's allowlist parser (``numerics.formula.parse_formula``)
    with ``x`` standing for the parser's ``x0``. Raises ``FormulaError`` for text the parser
    refuses, or that uses ``x1``, and ``ValueError`` for a bad domain.
    """
    from numerics.formula import FormulaError, parse_formula

    lo, hi = (float(v) for v in domain)
    if not (math.isfinite(lo) and math.isfinite(hi) and lo < hi):
        raise MessageError(message(BAD_DOMAIN, domain=repr(domain)))
    clean = text.strip()
    if not clean:
        raise FormulaError(message(EMPTY_FORMULA))
    if _mentions(clean, "x0") or _mentions(clean, "x1"):
        raise FormulaError(message(ONE_VARIABLE))
    f2 = parse_formula(_rename_x(clean))

    def f(x: np.ndarray) -> np.ndarray:
        x = np.asarray(x)
        points = np.stack([x, np.zeros_like(x)], axis=-1)
        return np.asarray(f2(points))

    return Function1D("formula", f"f(x) = {clean}", clean, f, None, (lo, hi), (lo + hi) / 2)


def _mentions(text: str, name: str) -> bool:
    import re

    return re.search(rf"\b{name}\b", text) is not None


def _rename_x(text: str) -> str:
    """``x`` → ``x0`` as a whole word (``exp`` and ``max`` keep their x)."""
    import re

    return re.sub(r"\bx\b", "x0", text)


def reference_derivative(fn: Function1D, x: float) -> tuple[float, str]:
    """The value errors are measured against, and what it is.

    The exact derivative when the function has one; otherwise complex step (exact to rounding for
    analytic formulas), and Richardson extrapolation when the formula rejects complex input.
    """
    if fn.df is not None:
        return float(np.asarray(fn.df(np.float64(x)), dtype=np.float64)), REFERENCE_EXACT
    try:
        with np.errstate(all="ignore"):
            value = float(np.real(numerical_diff(fn.f, np.float64(x), scheme="complex")))
        if math.isfinite(value):
            return value, REFERENCE_COMPLEX
    except (ValueError, TypeError):
        pass
    with np.errstate(all="ignore"):
        value = float(numerical_diff(fn.f, np.float64(x), h=1e-3, scheme="richardson"))
    return value, REFERENCE_RICHARDSON


def step_vanishes(x: float, h: float, precision: str = "float64") -> bool:
    """True when x + h rounds back to x in this precision (h below half the spacing near x)."""
    dtype = PRECISIONS[precision]
    xt = dtype(x)
    return bool(xt + dtype(h) == xt)


def vanishing_step_message(x: float, precision: str = "float64") -> Message:
    """One sentence: why a tiny h gives a derivative of exactly 0."""
    dtype = PRECISIONS[precision]
    spacing = float(np.spacing(dtype(x if x != 0 else 1.0)))
    return message(VANISHING_STEP, precision=precision, x=float(x), spacing=spacing, half=spacing / 2)


def vanishing_step_note(x: float, precision: str = "float64") -> str:
    """:func:`vanishing_step_message` in English."""
    return str(vanishing_step_message(x, precision))


@dataclass(frozen=True)
class DerivativeReadout:
    """What the lab prints about the derivative at one x."""

    x: float
    h: float
    scheme: str
    precision: str
    value: float  # the numerical derivative
    reference: float  # the exact derivative (or the best reference available)
    reference_kind: str  # "exact" or how the reference was computed (English)
    abs_error: float
    rel_error: float
    step_vanished: bool  # x + h == x in this precision: the difference is 0/h

    @property
    def reference_kind_message(self) -> Message:
        """``reference_kind`` in the reader's language."""
        return literal(self.reference_kind)

    @property
    def error_is_exact_value(self) -> bool:
        """The derivative came out 0, so the error is the whole exact value."""
        return self.value == 0.0 and self.reference != 0.0


def derivative_readout(fn: Function1D, x: float, h: float = BOOK_H, scheme: str = "central",
                       precision: str = "float64") -> DerivativeReadout:
    """The numerical derivative of ``fn`` at ``x`` and its error against the reference value."""
    if scheme not in SCHEMES:
        raise ValueError(f"unknown scheme {scheme!r}; choose one of {', '.join(SCHEMES)}")
    if precision not in PRECISIONS:
        raise ValueError(f"unknown precision {precision!r}; choose float64 or float32")
    if not (math.isfinite(h) and h > 0):
        raise ValueError(f"h must be a positive number, got {h!r}")
    dtype = PRECISIONS[precision]
    with np.errstate(all="ignore"):
        value = float(np.real(numerical_diff(fn.f, dtype(x), h=h, scheme=scheme)))
    reference, kind = reference_derivative(fn, x)
    abs_error = abs(value - reference)
    rel_error = abs_error / abs(reference) if reference != 0 else math.inf if abs_error else 0.0
    # Complex step never forms x + h, so it cannot lose the step.
    vanished = scheme != "complex" and step_vanishes(x, h if scheme != "richardson" else h / 2, precision)
    return DerivativeReadout(float(x), float(h), scheme, precision, value, reference, kind,
                             abs_error, rel_error, vanished)


def book_derivative(fn: Function1D, x: float, h: float, scheme: str, precision: str) -> float | None:
    """The derivative the book prints for this experiment (ch. 4.2), or None when it is not the
    book's: ``numerical_diff(function_1, 5)`` or ``(…, 10)`` — central, h = 1e−4, float64."""
    if (fn.name == "function_1" and scheme == "central" and precision == "float64" and h == BOOK_H
            and x in book.DIFF_FUNCTION_1):
        return book.DIFF_FUNCTION_1[x]
    return None


def tangent_segment(fn: Function1D, x: float, slope: float,
                    span: tuple[float, float] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Two end points of the tangent at ``x`` over ``span`` (the domain by default).

    The book's ``tangent_line``: y = slope·t + (f(x) − slope·x).
    """
    lo, hi = span if span is not None else fn.domain
    fx = float(np.real(fn.f(np.float64(x))))
    t = np.array([lo, hi], dtype=np.float64)
    return t, slope * t + (fx - slope * x)


def function_curve(fn: Function1D, n: int = 400,
                   span: tuple[float, float] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The graph of ``fn`` sampled on ``n`` points; NaN where it is undefined."""
    lo, hi = span if span is not None else fn.domain
    t = np.linspace(lo, hi, n)
    with np.errstate(all="ignore"):
        y = np.asarray(np.real(fn.f(t)), dtype=np.float64)
    y = np.where(np.isfinite(y), y, np.nan)
    return t, np.broadcast_to(y, t.shape).copy()


def slider_to_h(position: int, steps_per_decade: int = 10) -> float:
    """h for a slider position: 0 is ``H_MAX``, every ``steps_per_decade`` positions a decade less."""
    return float(10.0 ** (math.log10(H_MAX) - position / steps_per_decade))


def h_to_slider(h: float, steps_per_decade: int = 10) -> int:
    """The slider position nearest to ``h`` (clamped to the slider's range)."""
    h = min(max(h, H_MIN), H_MAX)
    return int(round((math.log10(H_MAX) - math.log10(h)) * steps_per_decade))


def slider_maximum(steps_per_decade: int = 10) -> int:
    """The last slider position (h = ``H_MIN``)."""
    return h_to_slider(H_MIN, steps_per_decade)


# --- |error| against h -------------------------------------------------------------------------

#: The sweep's steps: four per decade from ``H_MAX`` down to ``H_MIN`` (197 values).
SWEEP_STEPS = 10.0 ** -np.linspace(1.0, 50.0, 197)


@dataclass(frozen=True)
class ErrorCurve:
    """|error| against h for one scheme, ready for a log–log plot (every value > 0).

    Where the numerical derivative equals the reference exactly the error is 0, which a log axis
    cannot show: those points are drawn at ``floor`` and flagged in ``exact_hits``. Where the
    derivative came out 0 (x ± h == x) the error is |reference|, flagged in ``zero_derivative``.
    """

    scheme: str
    hs: np.ndarray
    errors: np.ndarray
    exact_hits: np.ndarray
    zero_derivative: np.ndarray
    floor: float


@dataclass(frozen=True)
class SlopeGuide:
    """A reference line |error| ∝ h^order through an anchor point, with its label."""

    order: int
    hs: np.ndarray  # (2,)
    errors: np.ndarray  # (2,)
    label: str  # English

    @property
    def label_message(self) -> Message:
        """``label`` in the reader's language ("slope 2")."""
        return message(SLOPE_LABEL, order=self.order)


def complex_step_supported(fn: Function1D, x: float) -> bool:
    """Whether ``fn`` evaluates complex input (needed by the complex-step scheme)."""
    try:
        with np.errstate(all="ignore"):
            out = np.asarray(fn.f(np.asarray([x + 1e-20j])))
        return np.iscomplexobj(out)
    except (TypeError, ValueError):
        return False


def error_curves(fn: Function1D, x: float, precision: str = "float64",
                 schemes: tuple[str, ...] | None = None, hs: np.ndarray = SWEEP_STEPS) -> list[ErrorCurve]:
    """|error| against h for every scheme (``numerics.step_sweep``), zeros kept visible."""
    from numerics.step_sweep import step_sweep

    if precision not in PRECISIONS:
        raise ValueError(f"unknown precision {precision!r}; choose float64 or float32")
    if schemes is None:
        schemes = tuple(s for s in SCHEMES if s != "complex" or complex_step_supported(fn, x))
    reference, _ = reference_derivative(fn, x)
    with np.errstate(all="ignore"):
        sweep = step_sweep(fn.f, x, reference, hs=hs, schemes=schemes, precisions=(precision,))
    eps = float(np.finfo(PRECISIONS[precision]).eps)
    floor = 0.5 * eps * max(abs(reference), 1e-300)
    curves = []
    for scheme in schemes:
        errors = np.asarray(sweep.errors[scheme, precision], dtype=np.float64)
        values = np.asarray(sweep.values[scheme, precision], dtype=np.float64)
        exact = errors == 0
        curves.append(ErrorCurve(scheme, sweep.hs.copy(), np.where(exact, floor, errors), exact,
                                 values == 0, floor))
    return curves


def slope_guides(curves: list[ErrorCurve], decades: float = 3.0) -> list[SlopeGuide]:
    """Reference lines of slope 1 and 2 at the large-h end, where truncation error dominates.

    Each line starts on the first curve of that truncation order whose error at the largest h is
    clearly truncation (far above its rounding floor); failing that (a quadratic makes the central
    difference exact) it starts on the forward curve, as a plain reference slope.
    """
    by_scheme = {c.scheme: c for c in curves}
    guides = []
    for order in (1, 2):
        anchor = None
        for scheme in (s for s, o in TRUNCATION_ORDER.items() if o == order and s in by_scheme):
            c = by_scheme[scheme]
            i = int(np.argmax(c.hs))
            if np.isfinite(c.errors[i]) and not c.exact_hits[i] and c.errors[i] > 1e3 * c.floor:
                anchor = (c.hs[i], c.errors[i])
                break
        if anchor is None and "forward" in by_scheme:
            c = by_scheme["forward"]
            i = int(np.argmax(c.hs))
            if np.isfinite(c.errors[i]) and c.errors[i] > 0:
                anchor = (c.hs[i], c.errors[i])
        if anchor is None:
            continue
        h0, e0 = float(anchor[0]), float(anchor[1])
        hs = np.array([h0, h0 * 10.0 ** -decades])
        guides.append(SlopeGuide(order, hs, e0 * (hs / h0) ** order, str(message(SLOPE_LABEL, order=order))))
    return guides
