"""Make a QSvgGenerator drawing render the same in every SVG viewer.

Qt writes what a ``QPainter`` drew as elements inside groups carrying the painter's transform
(data → pixels, often scaled 70× or flipped), and marks every cosmetic pen (pyqtgraph draws
with nothing else) ``vector-effect="non-scaling-stroke"``. librsvg (2.54) ignores that
attribute, so a 1-px path in a 70× group becomes a 70-px band; Qt's own SVG renderer ignores
``clip-path``, so curves spill past the axes. :func:`bake_svg` rewrites the drawing so that it
relies on neither:

- **Strokes baked into the geometry.** Every shape's coordinates are mapped to the root's user
  space (the viewBox: one unit per logical pixel) and the element is given the inverse of its
  ancestors' transform, so its own user space *is* the root's: a stroke width (and a dash
  pattern) of a non-scaling stroke is then simply its width in pixels, and a scaling stroke's
  width is multiplied by the scale it was drawn at.
- **Clipping baked into the geometry.** The clip paths QSvgGenerator writes cannot be trusted
  (a clip is attached one painter state late, and a child widget's clip lacks its offset), so
  :func:`compose_svg` drops them; what must be clipped is bracketed in the drawing by *clip
  markers* — a rectangle in :data:`CLIP_START` before the items a plot's view box clips, one in
  :data:`CLIP_END` after them (``gui.export`` draws them) — and every part of a composed figure
  is clipped to its widget's rectangle. Strokes are cut at the clip (Liang–Barsky, per segment),
  filled shapes clipped to it (Sutherland–Hodgman), raster images resampled to the visible part,
  text whose anchor lies outside dropped. The ``clip-path`` attributes of the widget rectangles
  stay: viewers that honour them cut the last half stroke-width exactly at the edge, the others
  show the baked picture.
- **Text stays text**: ``<text>`` elements are left as they are.

Pure XML plus numpy, except for raster images (decoded and encoded with ``QImage``).
"""
from __future__ import annotations

import base64
import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

import numpy as np

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
_S = f"{{{SVG_NS}}}"
_HREF = f"{{{XLINK_NS}}}href"
#: a cubic Bézier that crosses a clip edge is flattened into this many chords before clipping
CURVE_CHORDS = 16
#: a circle or ellipse cut by a clip edge becomes a polygon of this many sides
ELLIPSE_SIDES = 48
#: most output pixels per root unit when an image is resampled to its visible part
MAX_IMAGE_DENSITY = 4
#: Fill colours (at alpha 128) of the rectangles that open and close a clipped run of the
#: drawing; no drawing of ours fills with these.
CLIP_START = (253, 1, 253)
CLIP_END = (253, 2, 253)
_MARKER_OPACITY = 128 / 255

ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", XLINK_NS)

Matrix = tuple[float, float, float, float, float, float]  #: SVG's matrix(a, b, c, d, e, f)
Rect = tuple[float, float, float, float]  #: (x_min, y_min, x_max, y_max) in root units
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)

_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
_NUMBERS = re.compile(_NUMBER)
_PATH_TOKENS = re.compile(rf"[MmLlHhVvCcZz]|{_NUMBER}")
_TRANSFORM = re.compile(r"(matrix|translate|scale)\s*\(([^)]*)\)")
_SHAPES = {"path", "polyline", "polygon", "line", "rect", "circle", "ellipse"}
_CONTAINERS = {"g", "svg", "a", "switch"}
_SKIPPED = {"defs", "clipPath", "title", "desc", "metadata", "style", "mask", "pattern", "linearGradient",
            "radialGradient", "symbol", "marker", "filter"}


# -- affine transforms -----------------------------------------------------------------------------

def parse_transform(text: str | None) -> Matrix:
    """The matrix of an SVG ``transform`` attribute (matrix, translate and scale; Qt writes matrix)."""
    m = IDENTITY
    for kind, args in _TRANSFORM.findall(text or ""):
        v = [float(a) for a in _NUMBERS.findall(args)]
        if kind == "matrix" and len(v) == 6:
            step = tuple(v)
        elif kind == "translate" and v:
            step = (1.0, 0.0, 0.0, 1.0, v[0], v[1] if len(v) > 1 else 0.0)
        elif kind == "scale" and v:
            step = (v[0], 0.0, 0.0, v[1] if len(v) > 1 else v[0], 0.0, 0.0)
        else:
            raise ValueError(f"cannot read the transform {text!r}")
        m = compose(m, step)
    return m


def compose(outer: Matrix, inner: Matrix) -> Matrix:
    """``outer ∘ inner``: first ``inner``, then ``outer`` (an ancestor's transform is outer)."""
    a, b, c, d, e, f = outer
    A, B, C, D, E, F = inner
    return (a * A + c * B, b * A + d * B, a * C + c * D, b * C + d * D, a * E + c * F + e, b * E + d * F + f)


def invert(m: Matrix) -> Matrix | None:
    """The inverse of ``m``, or None when it is singular."""
    a, b, c, d, e, f = m
    det = a * d - b * c
    if det == 0 or not math.isfinite(det):
        return None
    return (d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det)


def apply(m: Matrix, pts: np.ndarray) -> np.ndarray:
    """``pts`` ``(n, 2)`` mapped by ``m``."""
    a, b, c, d, e, f = m
    x, y = pts[:, 0], pts[:, 1]
    return np.stack([a * x + c * y + e, b * x + d * y + f], axis=1)


def scale_of(m: Matrix) -> float:
    """The length scale of ``m`` (exact for a similarity, the geometric mean otherwise)."""
    return math.sqrt(abs(m[0] * m[3] - m[1] * m[2]))


def _is_axis_aligned(m: Matrix) -> bool:
    return m[1] == 0 and m[2] == 0


def _matrix_text(m: Matrix) -> str:
    # more digits than coordinates get: an inverse times the group's matrix must give the identity
    return "matrix(" + ",".join(_num(v, 15) for v in m) + ")"


def _num(v: float, digits: int = 9) -> str:
    text = f"{v:.{digits}g}"
    return "0" if text in ("-0", "0") else text


# -- geometry: subpaths of lines and cubic curves --------------------------------------------------

@dataclass
class Subpath:
    """One subpath: its start, then segments; a segment is ``("L", p)`` or ``("C", c1, c2, p)``."""

    start: tuple[float, float]
    segments: list
    closed: bool = False

    def points(self) -> np.ndarray:
        """Every point, control points included, ``(n, 2)``."""
        pts = [self.start]
        for seg in self.segments:
            pts.extend(seg[1:])
        return np.array(pts, dtype=float)

    def mapped(self, m: Matrix) -> "Subpath":
        pts = apply(m, self.points())
        out, k = [], 1
        for seg in self.segments:
            n = len(seg) - 1
            out.append((seg[0], *map(tuple, pts[k:k + n])))
            k += n
        return Subpath(tuple(pts[0]), out, self.closed)

    def flattened(self) -> np.ndarray:
        """The subpath as a polyline ``(n, 2)`` (curves as CURVE_CHORDS chords; closed: back to the start)."""
        pts = [np.array([self.start])]
        last = np.array(self.start)
        t = np.linspace(0.0, 1.0, CURVE_CHORDS + 1)[1:, None]
        for seg in self.segments:
            if seg[0] == "L":
                last = np.array(seg[1])
                pts.append(last[None])
            else:
                c1, c2, p = (np.array(q) for q in seg[1:])
                u = 1 - t
                pts.append(u**3 * last + 3 * u**2 * t * c1 + 3 * u * t**2 * c2 + t**3 * p)
                last = p
        if self.closed:
            pts.append(np.array([self.start]))
        return np.concatenate(pts)


def parse_path(d: str) -> list[Subpath]:
    """The subpaths of path data ``d`` (M, L, H, V, C, Z, absolute or relative)."""
    tokens = _PATH_TOKENS.findall(d or "")
    subpaths: list[Subpath] = []
    current: Subpath | None = None
    x = y = 0.0
    command, i = None, 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.isalpha():
            command, i = tok, i + 1
            if command in "Zz":
                if current is not None:
                    current.closed = True
                    x, y = current.start
                    current = None
                continue
            continue
        if command is None:
            raise ValueError(f"path data starts with a number: {d[:40]!r}")
        rel = command.islower()
        ox, oy = (x, y) if rel else (0.0, 0.0)
        kind = command.upper()
        need = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6}.get(kind)
        if need is None:
            raise ValueError(f"unsupported path command {command!r}")
        v = [float(t) for t in tokens[i:i + need]]
        if len(v) < need:
            raise ValueError(f"path data ends inside a {command!r} command")
        i += need
        if kind == "M":
            x, y = v[0] + ox, v[1] + oy
            current = Subpath((x, y), [])
            subpaths.append(current)
            command = "l" if rel else "L"  # further pairs after M are line-tos
            continue
        if current is None:  # drawing after Z continues from the closed subpath's start
            current = Subpath((x, y), [])
            subpaths.append(current)
        if kind == "L":
            x, y = v[0] + ox, v[1] + oy
            current.segments.append(("L", (x, y)))
        elif kind == "H":
            x = v[0] + ox
            current.segments.append(("L", (x, y)))
        elif kind == "V":
            y = v[0] + oy
            current.segments.append(("L", (x, y)))
        else:
            c1 = (v[0] + ox, v[1] + oy)
            c2 = (v[2] + ox, v[3] + oy)
            x, y = v[4] + ox, v[5] + oy
            current.segments.append(("C", c1, c2, (x, y)))
    return subpaths


def format_path(subpaths: list[Subpath]) -> str:
    """Path data for ``subpaths`` (absolute M, L, C, Z)."""
    parts = []
    for sp in subpaths:
        parts.append(f"M{_num(sp.start[0])},{_num(sp.start[1])}")
        for seg in sp.segments:
            parts.append(seg[0] + " ".join(f"{_num(p[0])},{_num(p[1])}" for p in seg[1:]))
        if sp.closed:
            parts.append("Z")
    return " ".join(parts)


def _polyline_path(pts: np.ndarray, closed: bool = False) -> Subpath:
    return Subpath(tuple(pts[0]), [("L", tuple(p)) for p in pts[1:]], closed)


def _ellipse(cx: float, cy: float, rx: float, ry: float) -> Subpath:
    t = np.linspace(0, 2 * np.pi, ELLIPSE_SIDES, endpoint=False)
    return _polyline_path(np.stack([cx + rx * np.cos(t), cy + ry * np.sin(t)], axis=1), closed=True)


def _numbers(text: str | None) -> list[float]:
    return [float(v) for v in _NUMBERS.findall(text or "")]


def shape_subpaths(el: ET.Element) -> list[Subpath]:
    """The geometry of a basic shape element, in its own user space."""
    tag = el.tag.removeprefix(_S)
    get = lambda name: float(el.get(name, 0) or 0)  # noqa: E731
    if tag == "path":
        return parse_path(el.get("d", ""))
    if tag in ("polyline", "polygon"):
        v = _numbers(el.get("points"))
        pts = np.array(v[: len(v) // 2 * 2], dtype=float).reshape(-1, 2)
        return [_polyline_path(pts, closed=tag == "polygon")] if len(pts) else []
    if tag == "line":
        return [_polyline_path(np.array([[get("x1"), get("y1")], [get("x2"), get("y2")]]))]
    if tag == "rect":
        x, y, w, h = get("x"), get("y"), get("width"), get("height")
        return [_polyline_path(np.array([[x, y], [x + w, y], [x + w, y + h], [x, y + h]]), closed=True)]
    if tag == "circle":
        return [_ellipse(get("cx"), get("cy"), get("r"), get("r"))]
    if tag == "ellipse":
        return [_ellipse(get("cx"), get("cy"), get("rx"), get("ry"))]
    return []


# -- clipping -----------------------------------------------------------------------------------

def _bounds(pts: np.ndarray) -> Rect:
    return float(pts[:, 0].min()), float(pts[:, 1].min()), float(pts[:, 0].max()), float(pts[:, 1].max())


def _inside(b: Rect, clip: Rect) -> bool:
    return b[0] >= clip[0] and b[1] >= clip[1] and b[2] <= clip[2] and b[3] <= clip[3]


def _disjoint(b: Rect, clip: Rect) -> bool:
    return b[2] < clip[0] or b[0] > clip[2] or b[3] < clip[1] or b[1] > clip[3]


def intersect(a: Rect | None, b: Rect | None) -> Rect | None:
    if a is None:
        return b
    if b is None:
        return a
    return max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])


def clip_polyline(pts: np.ndarray, clip: Rect) -> list[np.ndarray]:
    """The parts of the polyline ``pts`` ``(n, 2)`` inside ``clip``, as polylines (Liang–Barsky,
    vectorised over the segments)."""
    if len(pts) < 2:
        return [pts] if len(pts) and _inside(_bounds(pts), clip) else []
    p0, p1 = pts[:-1], pts[1:]
    d = p1 - p0
    t0 = np.zeros(len(d))
    t1 = np.ones(len(d))
    with np.errstate(divide="ignore", invalid="ignore"):
        for axis, lo, hi in ((0, clip[0], clip[2]), (1, clip[1], clip[3])):
            q, dq = p0[:, axis], d[:, axis]
            ta, tb = (lo - q) / dq, (hi - q) / dq
            enter, leave = np.minimum(ta, tb), np.maximum(ta, tb)
            flat = dq == 0  # parallel to this pair of edges: inside them or not at all
            out = flat & ((q < lo) | (q > hi))
            enter = np.where(flat, -np.inf, enter)
            leave = np.where(flat, np.inf, leave)
            t0 = np.maximum(t0, enter)
            t1 = np.minimum(t1, np.where(out, -np.inf, leave))
    keep = t0 <= t1
    with np.errstate(invalid="ignore"):  # segments wholly outside have t = ±inf: not kept
        a = p0 + t0[:, None] * d
        b = p0 + t1[:, None] * d
    parts, current = [], None
    for k in np.flatnonzero(keep):  # a loop over the kept segments only to join them up
        continues = current is not None and k - 1 == last and t1[last] == 1.0 and t0[k] == 0.0
        if continues:
            current.append(b[k])
        else:
            if current is not None:
                parts.append(np.array(current))
            current = [a[k], b[k]]
        last = k
    if current is not None:
        parts.append(np.array(current))
    return parts


def clip_polygon(pts: np.ndarray, clip: Rect) -> np.ndarray:
    """The polygon ``pts`` ``(n, 2)`` clipped to ``clip`` (Sutherland–Hodgman; may be empty)."""
    poly = pts
    for axis, bound, keep_below in ((0, clip[0], False), (0, clip[2], True), (1, clip[1], False), (1, clip[3], True)):
        if len(poly) == 0:
            break
        v = poly[:, axis]
        inside = v <= bound if keep_below else v >= bound
        prev = np.roll(poly, 1, axis=0)
        prev_inside = np.roll(inside, 1)
        out = []
        for p, q, pin, qin in zip(poly, prev, inside, prev_inside):  # a handful of vertices per shape
            if pin != qin:
                t = (bound - q[axis]) / (p[axis] - q[axis])
                out.append(q + t * (p - q))
            if pin:
                out.append(p)
        poly = np.array(out).reshape(-1, 2)
    return poly


# -- the rewrite ---------------------------------------------------------------------------------

def _inherited(el: ET.Element, name: str, parents: dict, default: str | None = None) -> str | None:
    while el is not None:
        value = el.get(name)
        if value is not None and value != "inherit":
            return value
        el = parents.get(el)
    return default


def _clip_rect(url: str, defs: dict[str, ET.Element], ctm: Matrix) -> Rect | None:
    """The bounding box, in root units, of the clip path ``url`` used in user space ``ctm``."""
    match = re.fullmatch(r"\s*url\(#([^)]+)\)\s*", url or "")
    clip = defs.get(match.group(1)) if match else None
    if clip is None:
        return None
    pts = []
    for child in clip.iter():
        if child.tag.removeprefix(_S) in _SHAPES:
            m = compose(ctm, parse_transform(child.get("transform")))
            for sp in shape_subpaths(child):
                pts.append(apply(m, sp.flattened()))
    return _bounds(np.concatenate(pts)) if pts else None


def _marker(el: ET.Element, parents: dict) -> str | None:
    """``"start"``/``"end"`` for a clip marker rectangle, else None."""
    fill = _inherited(el, "fill", parents)
    if fill is None or not fill.startswith("#") or len(fill) != 7:
        return None
    rgb = tuple(int(fill[i:i + 2], 16) for i in (1, 3, 5))
    if rgb not in (CLIP_START, CLIP_END):
        return None
    opacity = float(_inherited(el, "fill-opacity", parents, "1") or 1)
    if abs(opacity - _MARKER_OPACITY) > 0.002:
        return None
    return "start" if rgb == CLIP_START else "end"


class _Baker:
    def __init__(self, root: ET.Element) -> None:
        self.root = root
        self.parents = {c: p for p in root.iter() for c in p}
        self.defs = {el.get("id"): el for el in root.iter(f"{_S}clipPath") if el.get("id")}
        self.marked: list[Rect] = []  #: the clips opened by markers, innermost last (document order)

    def visit(self, el: ET.Element, ctm: Matrix, clip: Rect | None) -> None:
        tag = el.tag.removeprefix(_S)
        if tag in _SKIPPED:
            return
        local = compose(ctm, parse_transform(el.get("transform")))
        if el.get("clip-path"):
            clip = intersect(clip, _clip_rect(el.get("clip-path"), self.defs, local))
        if tag in _CONTAINERS:
            for child in list(el):
                self.visit(child, local, clip)
        elif tag in _SHAPES:
            kind = _marker(el, self.parents)
            if kind is not None:
                self.mark(el, kind, local)
            else:
                self.bake_shape(el, ctm, local, intersect(clip, self.marked[-1] if self.marked else None))
        elif tag == "image":
            self.bake_image(el, ctm, local, intersect(clip, self.marked[-1] if self.marked else None))
        elif tag == "text":
            self.clip_text(el, local, intersect(clip, self.marked[-1] if self.marked else None))

    def mark(self, el: ET.Element, kind: str, local: Matrix) -> None:
        if kind == "start":
            pts = [apply(local, sp.flattened()) for sp in shape_subpaths(el)]
            rect = _bounds(np.concatenate(pts)) if pts else None
            self.marked.append(intersect(self.marked[-1] if self.marked else None, rect)
                               if rect is not None else (self.marked[-1] if self.marked else None))
        elif self.marked:
            self.marked.pop()
        self._replace(el, [])

    def _replace(self, el: ET.Element, new: list[ET.Element]) -> None:
        parent = self.parents[el]
        index = list(parent).index(el)
        parent.remove(el)
        for k, item in enumerate(new):
            parent.insert(index + k, item)
            self.parents[item] = parent

    def bake_shape(self, el: ET.Element, ctm: Matrix, local: Matrix, clip: Rect | None) -> None:
        back = invert(ctm)
        subpaths = [sp.mapped(local) for sp in shape_subpaths(el)]
        if back is None or not subpaths:
            self._replace(el, [])
            return
        fill = _inherited(el, "fill", self.parents, "black")
        stroke = _inherited(el, "stroke", self.parents, "none")
        width = float(_inherited(el, "stroke-width", self.parents, "1") or 1)
        non_scaling = _inherited(el, "vector-effect", self.parents, "none") == "non-scaling-stroke"
        scale = 1.0 if non_scaling else scale_of(local)
        attrs = {k: v for k, v in el.attrib.items()
                 if k not in ("d", "points", "x", "y", "x1", "y1", "x2", "y2", "width", "height", "cx", "cy",
                              "r", "rx", "ry", "transform", "vector-effect")}
        attrs["transform"] = _matrix_text(back)
        if stroke != "none":
            attrs["stroke-width"] = _num(width * scale)
            dashes = _inherited(el, "stroke-dasharray", self.parents)
            if dashes and dashes != "none" and scale != 1.0:
                attrs["stroke-dasharray"] = ",".join(_num(v * scale) for v in _numbers(dashes))

        if clip is None or _inside(_bounds(np.concatenate([sp.points() for sp in subpaths])), clip):
            self._replace(el, [self._path(attrs, format_path(subpaths))])
            return
        filled = fill != "none"
        stroked = stroke != "none"
        fills, strokes = [], []
        for sp in subpaths:
            b = _bounds(sp.points())
            if _disjoint(b, clip):
                continue
            if _inside(b, clip):
                (fills if filled else strokes).append(sp)
                if filled and stroked:
                    strokes.append(sp)
                continue
            line = sp.flattened()
            if filled:
                poly = clip_polygon(line[:-1] if sp.closed else line, clip)
                if len(poly) >= 3:
                    fills.append(_polyline_path(poly, closed=True))
            if stroked:
                strokes.extend(_polyline_path(part) for part in clip_polyline(line, clip) if len(part) >= 2)
        new = []
        if filled and stroked and fills != strokes:
            # The clipped fill's outline runs along the clip edge: stroke the clipped outline apart.
            if fills:
                new.append(self._path({**attrs, "stroke": "none"}, format_path(fills)))
            if strokes:
                new.append(self._path({**attrs, "fill": "none"}, format_path(strokes)))
        elif filled and fills:
            new.append(self._path(attrs, format_path(fills)))
        elif not filled and strokes:
            new.append(self._path(attrs, format_path(strokes)))
        self._replace(el, new)

    @staticmethod
    def _path(attrs: dict, d: str) -> ET.Element:
        el = ET.Element(f"{_S}path", attrs)
        el.set("d", d)
        return el

    def bake_image(self, el: ET.Element, ctm: Matrix, local: Matrix, clip: Rect | None) -> None:
        if clip is None or not _is_axis_aligned(local):
            return
        x, y = float(el.get("x", 0) or 0), float(el.get("y", 0) or 0)
        w, h = float(el.get("width", 0) or 0), float(el.get("height", 0) or 0)
        corners = apply(local, np.array([[x, y], [x + w, y + h]]))
        shown = _bounds(corners)
        if _inside(shown, clip):
            return
        visible = intersect(shown, clip)
        back = invert(ctm)
        if visible[0] >= visible[2] or visible[1] >= visible[3] or back is None:
            self._replace(el, [])
            return
        image = _decode_image(el.get(_HREF, ""))
        if image is None:
            return  # not an embedded PNG: leave it to the viewer's clip
        src = _image_array(image)
        rows, cols = src.shape[:2]
        # Output pixels at least as fine as the source's where it is shown (and at most 4 per unit).
        density = max(cols / max(abs(corners[1, 0] - corners[0, 0]), 1e-9),
                      rows / max(abs(corners[1, 1] - corners[0, 1]), 1e-9))
        density = min(MAX_IMAGE_DENSITY, max(1, math.ceil(density)))
        out_w = max(1, round((visible[2] - visible[0]) * density))
        out_h = max(1, round((visible[3] - visible[1]) * density))
        # Each output pixel takes the source pixel under its centre (viewers draw these images
        # unsmoothed: image-rendering="optimizeSpeed").
        inverse = invert(local)
        px = visible[0] + (np.arange(out_w) + 0.5) * (visible[2] - visible[0]) / out_w
        py = visible[1] + (np.arange(out_h) + 0.5) * (visible[3] - visible[1]) / out_h
        u = apply(inverse, np.stack([px, np.full(out_w, py[0])], axis=1))[:, 0]
        v = apply(inverse, np.stack([np.full(out_h, px[0]), py], axis=1))[:, 1]
        col = np.clip(((u - x) / w * cols).astype(int), 0, cols - 1)
        row = np.clip(((v - y) / h * rows).astype(int), 0, rows - 1)
        data = _encode_image(np.ascontiguousarray(src[row][:, col]))
        attrs = {k: val for k, val in el.attrib.items() if k not in ("x", "y", "width", "height", "transform", _HREF)}
        attrs.update(x=_num(visible[0]), y=_num(visible[1]), width=_num(visible[2] - visible[0]),
                     height=_num(visible[3] - visible[1]), transform=_matrix_text(back), preserveAspectRatio="none")
        new = ET.Element(f"{_S}image", attrs)
        new.set(_HREF, data)
        self._replace(el, [new])

    def clip_text(self, el: ET.Element, local: Matrix, clip: Rect | None) -> None:
        if clip is None:
            return
        anchor = apply(local, np.array([[float(el.get("x", 0) or 0), float(el.get("y", 0) or 0)]]))[0]
        if not (clip[0] <= anchor[0] <= clip[2] and clip[1] <= anchor[1] <= clip[3]):
            self._replace(el, [])  # what the clip would hide (a label of a point out of view)


def _decode_image(href: str):
    from PySide6.QtGui import QImage

    prefix = "data:image/png;base64,"
    if not href.startswith(prefix):
        return None
    image = QImage.fromData(base64.b64decode(href[len(prefix):]), "PNG")
    return None if image.isNull() else image.convertToFormat(QImage.Format.Format_RGBA8888)


def _image_array(image) -> np.ndarray:
    w, h, stride = image.width(), image.height(), image.bytesPerLine()
    rows = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * h).reshape(h, stride)
    return rows[:, : 4 * w].reshape(h, w, 4).copy()


def _encode_image(rgba: np.ndarray) -> str:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QImage

    h, w = rgba.shape[:2]
    image = QImage(rgba.tobytes(), w, h, 4 * w, QImage.Format.Format_RGBA8888)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(bytes(buffer.data())).decode("ascii")


def bake_svg(data: bytes) -> bytes:
    """``data`` (an SVG, as QSvgGenerator writes it) with strokes and clips baked into the geometry."""
    root = ET.fromstring(data)
    baker = _Baker(root)
    baker.visit(root, IDENTITY, None)
    for el in root.iter():  # clip paths' own outlines carry the attribute too; nothing needs it now
        if el.get("vector-effect") == "non-scaling-stroke":
            del el.attrib["vector-effect"]
    return b'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' + ET.tostring(root, encoding="utf-8",
                                                                                   xml_declaration=False)


def compose_svg(size: tuple[int, int], dpi: float, parts, *, title: str = "", description: str = "") -> bytes:
    """One SVG of ``size`` logical pixels from ``parts``: ``((x, y), visible, svg)`` each, an SVG
    document (as QSvgGenerator writes it) placed with its origin at ``(x, y)`` and clipped to
    ``visible`` (a rect with ``x()``, ``y()``, ``width()``, ``height()`` in its own pixels);
    later parts are drawn over earlier ones.

    Ids are prefixed per part so that the parts' clip paths stay apart. The size is written in
    millimetres at ``dpi``, as QSvgGenerator does, so the picture prints at its screen size.
    """
    width, height = size
    mm = 25.4 / dpi
    root = ET.Element(f"{_S}svg", {"width": f"{_num(width * mm)}mm", "height": f"{_num(height * mm)}mm",
                                   "viewBox": f"0 0 {width} {height}", "version": "1.1"})
    if title:
        ET.SubElement(root, f"{_S}title").text = title
    if description:
        ET.SubElement(root, f"{_S}desc").text = description
    defs = ET.SubElement(root, f"{_S}defs")
    for k, ((x, y), visible, data) in enumerate(parts):
        doc = ET.fromstring(data)
        # QSvgGenerator's own clip paths are unreliable (see the module docstring): dropped.
        for el in doc.iter():
            el.attrib.pop("clip-path", None)
        for holder in doc.iter(f"{_S}defs"):
            for clip in holder.findall(f"{_S}clipPath"):
                holder.remove(clip)
        prefix = f"w{k}-"
        ids = {el.get("id") for el in doc.iter() if el.get("id")}
        for el in doc.iter():
            if el.get("id"):
                el.set("id", prefix + el.get("id"))
            for name, value in el.attrib.items():
                if "url(#" in value:
                    el.set(name, re.sub(r"url\(#([^)]+)\)",
                                        lambda m: f"url(#{prefix + m.group(1)})" if m.group(1) in ids else m.group(0),
                                        value))
        bounds = ET.SubElement(defs, f"{_S}clipPath", {"id": f"{prefix}bounds"})
        ET.SubElement(bounds, f"{_S}rect", {"x": _num(visible.x()), "y": _num(visible.y()),
                                           "width": _num(visible.width()), "height": _num(visible.height())})
        group = ET.SubElement(root, f"{_S}g", {"transform": f"matrix(1,0,0,1,{_num(x)},{_num(y)})",
                                               "clip-path": f"url(#{prefix}bounds)"})
        for child in doc:
            tag = child.tag.removeprefix(_S)
            if tag == "defs":
                defs.extend(list(child))
            elif tag not in ("title", "desc"):
                group.append(child)
    return ET.tostring(root, encoding="utf-8", xml_declaration=False)
