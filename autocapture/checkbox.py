"""Checkboxes and radio buttons drawn as pictures beside a text label, read from the pixels.

Toolkits (GTK, Qt, browsers, Windows) draw a checkbox as a small square outline about the
height of its label's text, a few pixels left (sometimes right) of the label; a tick or a
fill inside says it is checked. OCR sees no text there, so without this the form graph cannot
say whether "Newsletter" was ticked. A box counts only when it is:

* outside every OCR'd word (a '□' or an 'O' that OCR read is text, handled as text);
* isolated: bounded by background on every side (a table cell's or an entry's border runs on);
* square and label-sized (0.3-1.6 line heights, sides within 15% of each other);
* outlined: each side of its bounding box is ink along most of its length, in one colour.

A round outline (a radio button) is reported only when selected (a dot, or a fill with a
hollow centre): an empty ring looks like the letter 'O', and only the chosen option matters.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from autocapture.records import BBox

LOW = 30  # |pixel - background| (sum over RGB) above which a pixel may be part of a box
REL = 0.4  # a box's ink is at least this fraction of its strongest contrast (skips shadows)
MAX_GAP = 1.0  # box to label gap, in line heights
MIN_SIDE, MAX_SIDE = 0.3, 1.6  # box side, in line heights
MIN_PX = 7  # smaller than this is a dot or a glyph fragment
SIDE_INK = 0.75  # each side of a square box is ink along at least this share of its length
ROUND_RING = 0.7  # a round outline fills at most this share of its bounding box's edge
ROUND_OUTLINE = 0.9  # ...and is ink at nearly every angle round its centre
MIN_RADIO_PX = 9  # radio buttons are drawn at least this big; smaller rings are glyphs
CHECKED, UNCHECKED = 0.08, 0.03  # interior ink share above/below which a box is (un)checked
RING_CLEAN = 0.08  # at most this share of the 2 px around a box may be ink (it stands alone)
BLEED = 3  # pixels of a label's glyphs that may stick out of its OCR box
FILL = 0.35  # a box whose median ink is this share of its strongest is filled (not shaded)
CANDIDATE_GAP = 0.6  # a word is scanned on a side with at least this gap (line heights)


@dataclass(frozen=True)
class Mark:
    """A drawn control beside a label: "checked", "unchecked" or (radio) "selected"."""

    state: str
    bbox: BBox


def _rgb(hex_colour: str) -> np.ndarray:
    return np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)], dtype=np.int32)


def _run(ink: np.ndarray, start: int, step: int) -> tuple[int, int]:
    """The run of True values in ``ink`` from ``start`` going ``step``: (first, last+1)."""
    i = start
    while 0 <= i + step < len(ink) and ink[i + step]:
        i += step
    return (start, i + 1) if step > 0 else (i, start + 1)


def _find_box(
    dist: np.ndarray, band: tuple[int, int], edge: int, step: int, max_gap: int
) -> tuple[int, int, int, int] | None:
    """The ink blob nearest ``edge`` (the label's side) walking ``step``, as (x1, y1, x2, y2)
    inside ``dist``; None when none is within ``max_gap`` or it runs into the crop's edge."""
    coarse = dist >= LOW
    cols = coarse[band[0] : band[1]].any(axis=0)
    w = cols.size
    i, bleed = edge, 0
    while 0 <= i < w and cols[i]:  # the label's own anti-aliased edge past its OCR box
        i, bleed = i + step, bleed + 1
        if bleed > BLEED:
            return None
    gap = 0
    while 0 <= i < w and not cols[i]:
        i, gap = i + step, gap + 1
        if gap > max_gap:
            return None
    if not 0 <= i < w:
        return None
    cx1, cx2 = _run(cols, i, step)
    rows = coarse[:, cx1:cx2].any(axis=1)
    mid = (band[0] + band[1]) // 2
    hits = np.flatnonzero(rows[band[0] : band[1]])
    if hits.size == 0:
        return None
    r0 = band[0] + int(hits[np.argmin(np.abs(hits + band[0] - mid))])
    ry1 = _run(rows, r0, -1)[0]
    ry2 = _run(rows, r0, 1)[1]
    cols2 = coarse[ry1:ry2].any(axis=0)
    bx1 = _run(cols2, cx1, -1)[0]
    bx2 = _run(cols2, cx2 - 1, 1)[1]
    h, w = dist.shape
    if ry1 == 0 or ry2 == h or bx1 == 0 or bx2 == w:
        return None  # runs on past the crop: part of a larger drawing
    return bx1, ry1, bx2, ry2


def _state(sub: np.ndarray, ring_cov: float, sides: list[float]) -> str | None:
    """Judge an isolated blob's ink mask: checked/unchecked square, selected radio, or None."""
    h, w = sub.shape
    s = (h + w) / 2
    if min(sides) >= SIDE_INK:
        mh, mw = h // 2, w // 2
        runs = [
            _run(sub[mh], 0, 1)[1] if sub[mh, 0] else 0,
            w - _run(sub[mh], w - 1, -1)[0] if sub[mh, -1] else 0,
            _run(sub[:, mw], 0, 1)[1] if sub[0, mw] else 0,
            h - _run(sub[:, mw], h - 1, -1)[0] if sub[-1, mw] else 0,
        ]
        border = min(runs)
        inset = max(1, round(s / 4)) if border > s / 3 else border + 1
        inner = sub[inset : h - inset, inset : w - inset]
        if inner.size == 0:
            return None
        share = float(inner.mean())
        if share >= CHECKED:
            return "checked"
        return "unchecked" if share <= UNCHECKED else None
    if ring_cov > ROUND_RING or abs(h - w) > max(1, 0.1 * s) or s < MIN_RADIO_PX:
        return None
    yy, xx = np.mgrid[0:h, 0:w]
    r = np.hypot(yy - (h - 1) / 2, xx - (w - 1) / 2) / s
    centre, annulus = sub[r <= 0.12], sub[(r >= 0.2) & (r <= 0.3)]
    band = (r >= 0.36) & (r <= 0.52) & sub
    angle = np.arctan2(yy - (h - 1) / 2, xx - (w - 1) / 2)
    bins = np.unique(((angle[band] + np.pi) / (2 * np.pi) * 16).astype(int) % 16)
    if centre.size == 0 or annulus.size == 0 or bins.size < ROUND_OUTLINE * 16:
        return None  # no closed ring: a glyph such as '+' or 'e'
    c, a = float(centre.mean()), float(annulus.mean())
    inner = r < 0.33
    if c >= 0.5 and a <= 0.3 and _compact(sub & inner, s):
        return "selected"  # a dot in a ring
    if c <= 0.3 and a >= 0.7 and _compact(~sub & inner, s):
        return "selected"  # a filled disc with a hollow centre
    return None


def _compact(mask: np.ndarray, s: float) -> bool:
    """The pixels of ``mask`` make one round-ish spot at the centre (a radio's dot, not the
    'i' of an info icon)."""
    ys, xs = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
    if ys.size == 0:
        return False
    dh, dw = int(ys[-1] - ys[0]) + 1, int(xs[-1] - xs[0]) + 1
    cy, cx = (ys[0] + ys[-1]) / 2, (xs[0] + xs[-1]) / 2
    h, w = mask.shape
    tol = max(1.0, 0.1 * s)
    return abs(dh - dw) <= tol and abs(cy - (h - 1) / 2) <= tol and abs(cx - (w - 1) / 2) <= tol


def read_mark(
    pixels: np.ndarray, bbox: BBox, bg: str | None, height: int, side: str, limit: int
) -> Mark | None:
    """The drawn box on ``side`` ("left"/"right") of the text in ``bbox``, not past ``limit``
    (the neighbouring word's edge); ``height`` is the line's height. None when there is none."""
    if height <= 0 or bg is None:
        return None
    x1, y1, x2, y2 = bbox
    img_h, img_w = pixels.shape[:2]
    reach = int(MAX_GAP * height + MAX_SIDE * height) + 3
    if side == "left":
        rx1, rx2 = max(0, limit, x1 - reach), x1
    else:
        rx1, rx2 = x2, min(img_w, limit, x2 + reach)
    ry1, ry2 = max(0, y1 - height), min(img_h, y2 + height)
    if rx2 - rx1 < MIN_PX + 2 or ry2 - ry1 < MIN_PX + 2:
        return None
    crop = pixels[ry1:ry2, rx1:rx2].astype(np.int32)
    dist = np.abs(crop - _rgb(bg)).sum(axis=2)
    band = (y1 - ry1, y2 - ry1)
    edge, step = (rx2 - rx1 - 1, -1) if side == "left" else (0, 1)
    found = _find_box(dist, band, edge, step, int(MAX_GAP * height) + 1)
    if found is None:
        return None
    box = _tighten(dist, found)
    if box is None:
        return None
    bx1, by1, bx2, by2 = box
    w, h = bx2 - bx1, by2 - by1
    s = (w + h) / 2
    if s < max(MIN_PX, MIN_SIDE * height) or s > MAX_SIDE * height or abs(w - h) > max(2, 0.15 * s):
        return None
    thr = max(LOW, REL * _strong(dist[by1:by2, bx1:bx2]))
    sub = dist[by1:by2, bx1:bx2] >= thr
    around = dist[max(0, by1 - 2) : by2 + 2, max(0, bx1 - 2) : bx2 + 2] >= thr
    if around.sum() - sub.sum() > RING_CLEAN * (around.size - sub.size):
        return None  # touches other ink: a cell border, an icon's part, a glyph
    sides = [float(e.mean()) for e in (sub[0], sub[-1], sub[:, 0], sub[:, -1])]
    ring = float(sub[0].sum() + sub[-1].sum() + sub[1:-1, 0].sum() + sub[1:-1, -1].sum())
    if min(sides) >= SIDE_INK and not _one_colour(crop[by1:by2, bx1:bx2], sub):
        return None
    state = _state(sub, ring / (2 * w + 2 * h - 4), sides)
    if state is None:
        return None
    return Mark(state, (rx1 + bx1, ry1 + by1, rx1 + bx2, ry1 + by2))


def _tighten(dist: np.ndarray, box: tuple[int, int, int, int]) -> tuple[int, int, int, int] | None:
    """The blob's box shrunk to its strong ink (a faint shadow or glow is no outline)."""
    x1, y1, x2, y2 = box
    blob = dist[y1:y2, x1:x2]
    ink = blob >= max(LOW, REL * _strong(blob))
    ys, xs = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    if ys.size == 0:
        return None
    return x1 + int(xs[0]), y1 + int(ys[0]), x1 + int(xs[-1]) + 1, y1 + int(ys[-1]) + 1


def _strong(blob: np.ndarray) -> float:
    """The contrast of a blob's ink: the median of its ink, not the maximum, so that a filled
    box (a dark theme's blue square) is not judged by the white tick drawn on it."""
    top = float(blob.max())
    ink = blob[blob >= LOW]
    mid = float(np.median(ink)) if ink.size else top
    # A faint shading inside an outline is no fill: then the strongest ink sets the level.
    return mid if mid >= FILL * top else top


def _one_colour(rgb: np.ndarray, sub: np.ndarray) -> bool:
    """A drawn box's four sides share one colour (an icon's edges rarely do)."""
    edges = [rgb[0][sub[0]], rgb[-1][sub[-1]], rgb[:, 0][sub[:, 0]], rgb[:, -1][sub[:, -1]]]
    means = [e.mean(axis=0) for e in edges if len(e)]
    if len(means) < 4:
        return False
    spread = np.abs(np.array(means) - np.median(np.array(means), axis=0)).sum(axis=1)
    return bool(spread.max() <= 60)


def line_marks(
    pixels: np.ndarray, boxes: list[BBox], bgs: list[str | None], height: int
) -> list[Mark | None]:
    """For each word of one line, the box drawn beside it: left of a
    word that starts the line or follows a wide gap, else right of one that ends it or
    precedes a wide gap. A box found for one word is not given to another."""
    order = sorted(range(len(boxes)), key=lambda k: boxes[k][0])
    found = _marks_sorted(pixels, [boxes[k] for k in order], [bgs[k] for k in order], height)
    out: list[Mark | None] = [None] * len(boxes)
    for k, m in zip(order, found, strict=True):
        out[k] = m
    return out


def _marks_sorted(
    pixels: np.ndarray, boxes: list[BBox], bgs: list[str | None], height: int
) -> list[Mark | None]:
    n = len(boxes)
    out: list[Mark | None] = [None] * n
    if n == 0 or height <= 0:
        return out
    gap = CANDIDATE_GAP * height
    img_w = pixels.shape[1]
    taken: list[BBox] = []
    for k, b in enumerate(boxes):
        prev = boxes[k - 1][2] if k else 0
        if k and b[0] - prev < gap:
            continue
        m = read_mark(pixels, b, bgs[k], height, "left", prev)
        if m:
            out[k] = m
            taken.append(m.bbox)
    for k, b in enumerate(boxes):
        nxt = boxes[k + 1][0] if k + 1 < n else img_w
        if out[k] or (k + 1 < n and nxt - b[2] < gap):
            continue
        m = read_mark(pixels, b, bgs[k], height, "right", nxt)
        if m and not any(_overlap(m.bbox, t) for t in taken):
            out[k] = m
            taken.append(m.bbox)
    return out


def _overlap(a: BBox, b: BBox) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
