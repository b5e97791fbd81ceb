"""Arrow geometry: pure numpy, checked against the geometry it promises."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from gui.canvas.arrows import (
    LOG_DECADES,
    VERTICES_PER_ARROW,
    arrow_lengths,
    arrow_vertices,
    magnitude_classes,
)

finite = st.floats(-1e3, 1e3, allow_nan=False)


def _parts(verts):
    v = verts.reshape(-1, VERTICES_PER_ARROW, 2)
    return v[:, 0], v[:, 1], v[:, 2], v[:, 3], v[:, 4], v[:, 5]


@settings(max_examples=60, deadline=None)
@given(
    origins=arrays(float, (7, 2), elements=finite),
    vectors=arrays(float, (7, 2), elements=finite).filter(lambda v: (np.hypot(v[:, 0], v[:, 1]) > 1e-3).all()),
    lengths=arrays(float, 7, elements=st.floats(0.01, 5)),
)
def test_mid_pivot_arrows_are_centred_point_along_the_vector_and_have_the_length(origins, vectors, lengths):
    tail, tip, tip2, left, tip3, right = _parts(arrow_vertices(origins, vectors, lengths, pivot="mid"))
    shaft = tip - tail
    np.testing.assert_allclose((tail + tip) / 2, origins, atol=1e-9)
    np.testing.assert_allclose(np.hypot(shaft[:, 0], shaft[:, 1]), lengths, rtol=1e-9)
    unit = vectors / np.hypot(vectors[:, 0], vectors[:, 1])[:, None]
    np.testing.assert_allclose(shaft / lengths[:, None], unit, atol=1e-9)
    # both head strokes start at the tip
    np.testing.assert_array_equal(tip2, tip)
    np.testing.assert_array_equal(tip3, tip)


def test_head_strokes_turn_back_by_the_head_angle_with_the_head_fraction():
    tail, tip, _, left, _, right = _parts(
        arrow_vertices(np.zeros((1, 2)), np.array([[1.0, 0.0]]), np.array([2.0]),
                       head_fraction=0.25, head_angle_deg=30, pivot="tail")
    )
    np.testing.assert_allclose(tail, [[0, 0]])
    np.testing.assert_allclose(tip, [[2, 0]])
    # 0.25 * 2 = 0.5 long, 30° off the backwards direction, one on each side
    np.testing.assert_allclose(left - tip, [[-0.5 * np.cos(np.pi / 6), -0.5 * np.sin(np.pi / 6)]], atol=1e-12)
    np.testing.assert_allclose(right - tip, [[-0.5 * np.cos(np.pi / 6), 0.5 * np.sin(np.pi / 6)]], atol=1e-12)


def test_tail_pivot_starts_on_the_point_and_zero_vectors_collapse():
    origins = np.array([[1.0, 2.0], [3.0, 4.0]])
    verts = arrow_vertices(origins, np.array([[0.0, -3.0], [0.0, 0.0]]), np.array([1.0, 1.0]), pivot="tail")
    tail, tip, *_ = _parts(verts)
    np.testing.assert_allclose(tail, origins)
    np.testing.assert_allclose(tip[0], [1.0, 1.0])
    np.testing.assert_allclose(verts.reshape(2, 6, 2)[1], np.repeat(origins[1:], 6, axis=0))


def test_mismatched_batches_and_unknown_pivot_are_refused():
    with pytest.raises(ValueError, match="disagree"):
        arrow_vertices(np.zeros((2, 2)), np.ones((3, 2)), np.ones(2))
    with pytest.raises(ValueError, match="pivot"):
        arrow_vertices(np.zeros((1, 2)), np.ones((1, 2)), np.ones(1), pivot="head")


def test_scaled_lengths_are_proportional_and_the_longest_fills_the_cell():
    m = np.array([0.0, 1.0, 2.0, 4.0, np.nan])
    lengths = arrow_lengths(m, cell=0.5, mode="scaled", fill=0.9)
    np.testing.assert_allclose(lengths[:4], [0.0, 0.1125, 0.225, 0.45])
    assert np.isnan(lengths[4])


def test_unit_lengths_are_all_equal_and_flat_fields_do_not_divide_by_zero():
    lengths = arrow_lengths(np.array([1e-9, 3.0, 1e6]), cell=2.0, mode="unit", fill=0.8)
    np.testing.assert_allclose(lengths, [1.6, 1.6, 1.6])
    np.testing.assert_array_equal(arrow_lengths(np.zeros(3), 1.0, "scaled"), np.zeros(3))
    with pytest.raises(ValueError):
        arrow_lengths(np.ones(2), 1.0, "huge")


def test_linear_classes_span_the_range_and_put_the_maximum_in_the_top_class():
    classes, edges = magnitude_classes(np.array([0.0, 0.99, 1.0, 7.5, 8.0, np.nan]), 8)
    np.testing.assert_allclose(edges, np.arange(9.0))
    np.testing.assert_array_equal(classes, [0, 0, 1, 7, 7, -1])


def test_log_classes_are_even_in_decades_and_floor_the_minimum():
    m = np.array([0.0, 1e-17, 1e-2, 1.0, 1e2])
    classes, edges = magnitude_classes(m, 4, log=True)
    # the floor keeps LOG_DECADES below the peak instead of reaching down to 1e-17
    assert edges[0] == pytest.approx(1e2 * 10**-LOG_DECADES)
    assert edges[-1] == pytest.approx(1e2)
    np.testing.assert_allclose(np.diff(np.log10(edges)), LOG_DECADES / 4)
    np.testing.assert_array_equal(classes, [0, 0, 1, 2, 3])
