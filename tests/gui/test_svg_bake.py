"""gui.svg_bake: strokes and clips baked into the geometry of a QSvgGenerator drawing."""
import base64
import xml.etree.ElementTree as ET

import numpy as np
import pytest

from gui.svg_bake import (
    CLIP_END,
    CLIP_START,
    apply,
    bake_svg,
    clip_polygon,
    clip_polyline,
    compose,
    compose_svg,
    format_path,
    invert,
    parse_path,
    parse_transform,
)

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"


def _doc(body: str, defs: str = "", size=(200, 100)) -> bytes:
    w, h = size
    return (f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
            f'width="{w}" height="{h}" viewBox="0 0 {w} {h}" version="1.1"><defs>{defs}</defs>{body}</svg>').encode()


def _root(data: bytes) -> ET.Element:
    return ET.fromstring(data)


def _total(el, parents) -> tuple:
    chain = []
    while el is not None:
        chain.append(parse_transform(el.get("transform")))
        el = parents.get(el)
    m = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    for t in reversed(chain):
        m = compose(m, t)
    return m


def _shapes(root):
    parents = {c: p for p in root.iter() for c in p}
    return [(el, _total(el, parents)) for el in root.iter() if el.tag in (f"{SVG}path", f"{SVG}image")]


def test_transforms_compose_and_invert():
    m = parse_transform("matrix(70,0,0,-70,300,200)")
    pts = np.array([[1.0, 2.0], [-3.0, 0.5]])
    assert np.allclose(apply(m, pts), [[370, 60], [90, 165]])
    assert np.allclose(apply(compose(invert(m), m), pts), pts)
    assert parse_transform("translate(3,4) scale(2)") == (2.0, 0.0, 0.0, 2.0, 3.0, 4.0)
    assert invert((0.0, 0.0, 0.0, 0.0, 1.0, 1.0)) is None


def test_path_data_round_trips_with_relative_and_shorthand_commands():
    subpaths = parse_path("M1,2 L3,4 h2 v-1 C1 1 2 2 3 3 Z m1,1 l1,0")
    assert len(subpaths) == 2 and subpaths[0].closed and not subpaths[1].closed
    assert subpaths[0].segments[1] == ("L", (5.0, 4.0)) and subpaths[0].segments[2] == ("L", (5.0, 3.0))
    assert subpaths[1].start == (2.0, 3.0)  # relative to the closed subpath's start (1, 2)
    again = parse_path(format_path(subpaths))
    assert [s.points().tolist() for s in again] == [s.points().tolist() for s in subpaths]


def test_clip_polyline_keeps_exactly_the_inside():
    rng = np.random.default_rng(3)
    pts = rng.uniform(-2, 12, size=(40, 2))
    clip = (0.0, 0.0, 10.0, 8.0)
    parts = clip_polyline(pts, clip)
    for part in parts:
        assert (part[:, 0] >= -1e-9).all() and (part[:, 0] <= 10 + 1e-9).all()
        assert (part[:, 1] >= -1e-9).all() and (part[:, 1] <= 8 + 1e-9).all()
    # the length inside, measured by dense sampling of the original, equals the clipped length
    t = np.linspace(0, 1, 4001)[:, None]
    samples = [p + t * (q - p) for p, q in zip(pts[:-1], pts[1:])]
    inside = sum(float(np.linalg.norm(q - p)) * ((s[:, 0] >= 0) & (s[:, 0] <= 10) & (s[:, 1] >= 0) & (s[:, 1] <= 8)).mean()
                 for p, q, s in zip(pts[:-1], pts[1:], samples))
    clipped = sum(float(np.linalg.norm(np.diff(part, axis=0), axis=1).sum()) for part in parts)
    assert clipped == pytest.approx(inside, rel=2e-3)
    assert clip_polyline(np.array([[20.0, 20.0], [30.0, 25.0]]), clip) == []


def test_clip_polygon_area():
    square = np.array([[-5.0, -5.0], [5.0, -5.0], [5.0, 5.0], [-5.0, 5.0]])
    poly = clip_polygon(square, (0.0, 0.0, 10.0, 2.0))
    x, y = poly[:, 0], poly[:, 1]
    area = 0.5 * abs(np.dot(x, np.roll(y, 1)) - np.dot(y, np.roll(x, 1)))
    assert area == pytest.approx(10.0)
    assert len(clip_polygon(square, (20.0, 20.0, 30.0, 30.0))) == 0


def test_a_non_scaling_stroke_in_a_scaled_group_is_baked_to_its_pixel_width():
    body = ('<g stroke="#0072b2" stroke-width="1.5" fill="none" transform="matrix(70,0,0,-70,100,50)">'
            '<path vector-effect="non-scaling-stroke" d="M0,0 L1,0.5"/></g>')
    out = _root(bake_svg(_doc(body)))
    assert b"non-scaling" not in bake_svg(_doc(body))
    (path, total), = _shapes(out)
    assert float(path.get("stroke-width")) == pytest.approx(1.5)
    assert np.allclose(total, (1, 0, 0, 1, 0, 0))  # its user space is the root's: width in pixels
    pts = parse_path(path.get("d"))[0].points()
    assert np.allclose(pts, [[100, 50], [170, 15]])


def test_a_scaling_stroke_keeps_its_drawn_width_and_dashes():
    body = ('<g stroke="black" stroke-width="2" stroke-dasharray="3,1" fill="none" transform="matrix(4,0,0,4,0,0)">'
            '<polyline points="0,0 10,0"/></g>')
    (path, total), = _shapes(_root(bake_svg(_doc(body))))
    assert float(path.get("stroke-width")) == pytest.approx(8.0)
    assert path.get("stroke-dasharray") == "12,4"
    assert np.allclose(parse_path(path.get("d"))[0].points(), [[0, 0], [40, 0]])


def _marked(inner: str, rect=(20, 10, 100, 60)) -> str:
    x, y, w, h = rect
    start = "#%02x%02x%02x" % CLIP_START
    end = "#%02x%02x%02x" % CLIP_END
    return (f'<g fill="{start}" fill-opacity="0.501961" stroke="none"><rect x="{x}" y="{y}" width="{w}" height="{h}"/></g>'
            f"{inner}"
            f'<g fill="{end}" fill-opacity="0.501961" stroke="none"><rect x="{x}" y="{y}" width="{w}" height="{h}"/></g>')


def test_clip_markers_cut_strokes_and_fills_and_are_removed():
    inner = ('<g stroke="red" fill="none"><path vector-effect="non-scaling-stroke" d="M0,30 L200,30"/></g>'
             '<g fill="blue" stroke="none"><rect x="0" y="0" width="50" height="50"/></g>'
             '<g fill="black"><text x="150" y="40">far</text><text x="50" y="40">near</text></g>')
    after = '<g stroke="green" fill="none"><path d="M0,90 L200,90"/></g>'
    out = _root(bake_svg(_doc(_marked(inner) + after)))
    by_colour = {}
    for el, _total_m in _shapes(out):
        colour = el.get("stroke") if el.get("stroke") not in (None, "none") else el.get("fill")
        if colour is None:
            parent = {c: p for p in out.iter() for c in p}[el]
            colour = parent.get("stroke") if parent.get("stroke") not in (None, "none") else parent.get("fill")
        by_colour[colour] = parse_path(el.get("d"))
    assert set(by_colour) == {"red", "blue", "green"}  # the markers are gone
    assert np.allclose(by_colour["red"][0].points(), [[20, 30], [120, 30]])
    blue = by_colour["blue"][0].points()
    assert blue[:, 0].min() == pytest.approx(20) and blue[:, 1].min() == pytest.approx(10)
    assert blue[:, 0].max() == pytest.approx(50) and blue[:, 1].max() == pytest.approx(50)
    assert np.allclose(by_colour["green"][0].points(), [[0, 90], [200, 90]])  # after the end marker
    assert [t.text for t in out.iter(f"{SVG}text")] == ["near"]


def test_an_image_is_resampled_to_its_visible_part():
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(4, 2, QImage.Format.Format_RGB32)
    for i in range(4):
        for j in range(2):
            image.setPixelColor(i, j, QColor(60 * i, 100 * j, 0))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    href = "data:image/png;base64," + base64.b64encode(bytes(buffer.data())).decode()
    # 4×2 pixels drawn over x ∈ [0, 160], y ∈ [0, 80] (40 px per source pixel), clipped to x ≤ 100
    body = f'<g transform="matrix(40,0,0,40,0,0)"><image x="0" y="0" width="4" height="2" xlink:href="{href}"/></g>'
    out = _root(bake_svg(_doc(_marked(body, rect=(0, 0, 100, 100)))))
    (img, total), = [(el, t) for el, t in _shapes(out) if el.tag == f"{SVG}image"]
    x, w = float(img.get("x")), float(img.get("width"))
    corners = apply(total, np.array([[x, float(img.get("y"))], [x + w, float(img.get("y")) + float(img.get("height"))]]))
    assert np.allclose(corners, [[0, 0], [100, 80]])
    data = base64.b64decode(img.get(f"{XLINK}href").split(",", 1)[1])
    cropped = QImage.fromData(data, "PNG")
    # column under x = 90 px (source column 2), last column under x = 99 (still column 2)
    right = cropped.pixelColor(cropped.width() - 1, 0)
    assert (right.red(), right.green()) == (120, 0)


def test_compose_places_each_part_and_drops_qt_clip_paths():
    from PySide6.QtCore import QRect

    part = _doc('<g clip-path="url(#clipPath1)"><text x="1" y="10">hi</text></g>',
                defs='<clipPath id="clipPath1"><path d="M0,0 L1,0 L1,1 Z"/></clipPath>', size=(50, 20))
    out = _root(compose_svg((300, 200), 96, [((0, 0), QRect(0, 0, 300, 200), part),
                                            ((120, 80), QRect(0, 0, 50, 20), part)], title="t"))
    assert out.get("viewBox") == "0 0 300 200"
    clip_ids = {el.get("id") for el in out.iter(f"{SVG}clipPath")}
    assert clip_ids == {"w0-bounds", "w1-bounds"}
    parents = {c: p for p in out.iter() for c in p}
    anchors = []
    for text in out.iter(f"{SVG}text"):
        anchors.append(apply(_total(text, parents), np.array([[float(text.get("x")), float(text.get("y"))]]))[0])
    assert np.allclose(anchors, [[1, 10], [121, 90]])
    baked = _root(bake_svg(ET.tostring(out)))
    assert len(list(baked.iter(f"{SVG}text"))) == 2
