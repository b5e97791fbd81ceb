"""Arrow placement: round steps, aligned to the data, about one arrow per wanted pixel spacing."""
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gui.canvas.grid_spacing import aligned_axis, arrow_grid, nice_step


@given(st.floats(1e-8, 1e8))
def test_nice_step_is_within_a_sixth_in_log_of_the_wanted_step(raw):
    step = nice_step(raw)
    # neighbouring nice mantissas are at most 4/3 apart: the nearest is within sqrt(4/3)
    assert 1 / np.sqrt(4 / 3) - 1e-12 <= step / raw <= np.sqrt(4 / 3) + 1e-12
    mantissa = step / 10 ** np.floor(np.log10(step) + 1e-12)
    assert any(np.isclose(mantissa, m) for m in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10))


def test_nice_step_refuses_nonsense():
    for bad in (0.0, -1.0, float("nan"), float("inf")):
        with pytest.raises(ValueError):
            nice_step(bad)


def test_aligned_axis_holds_the_multiples_inside_the_interval():
    np.testing.assert_allclose(aligned_axis(-0.3, 0.8, 0.25), [-0.25, 0.0, 0.25, 0.5, 0.75])
    # an interval narrower than a step still gets one arrow, in its middle
    np.testing.assert_allclose(aligned_axis(0.1, 0.2, 1.0), [0.15])


def test_panning_keeps_arrows_on_the_same_data_points():
    a, _, step = arrow_grid((-2.0, 2.0, -1.0, 1.0), px_per_unit=100, spacing_px=28)
    b, _, step_b = arrow_grid((-1.9, 2.1, -1.0, 1.0), px_per_unit=100, spacing_px=28)
    assert step == step_b == 0.3
    shared = np.intersect1d(np.round(a / step), np.round(b / step))
    assert len(shared) >= len(a) - 1


def test_book_sized_view_gives_the_books_quarter_step():
    x0, x1, step = arrow_grid((-2.0, 2.0, -2.0, 2.0), px_per_unit=28 / 0.25, spacing_px=28)
    assert step == 0.25
    np.testing.assert_allclose(x0, np.arange(-2, 2.25, 0.25))
