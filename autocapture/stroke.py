"""Stroke weight of text, measured from the pixels: how thick the glyphs' strokes are.

Bold faces keep a glyph's height but thicken its stems (about 1.5x in DejaVu, Liberation,
Noto and JetBrains Mono), so the typical stroke width, divided by the text's height, tells
bold from regular across fonts and sizes. Colour alone cannot: terminals draw bold text in
the same or a brighter colour, and proportional pages draw it in the text colour.
"""

from __future__ import annotations

import numpy as np

from autocapture.records import BBox

INK = 0.2  # a pixel is ink when it is at least this far from the background towards the text
MIN_RUNS = 6  # fewer strokes than this (a dot, a dash) say nothing about the weight
MIN_CONTRAST = 60  # |fg - bg| summed over RGB below which anti-aliasing swamps the strokes


def _rgb(hex_colour: str) -> np.ndarray:
    return np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)], dtype=np.float32)


def _run_widths(cov: np.ndarray) -> np.ndarray:
    """Width of every run of ink along the rows of ``cov``, in pixels, counting partly
    covered edge pixels by their coverage (anti-aliased stems are 1.3 px, not 1 or 2)."""
    h, w = cov.shape
    padded = np.zeros((h, w + 1), dtype=np.float32)
    padded[:, :w] = np.where(cov >= INK, cov, 0.0)
    flat = padded.ravel()
    on = (flat > 0).astype(np.int8)
    edges = np.diff(on, prepend=0)
    starts = np.flatnonzero(edges == 1)
    ends = np.flatnonzero(edges == -1)  # every run ends at the zero column padded after its row
    csum = np.concatenate([[0.0], np.cumsum(flat, dtype=np.float64)])
    return csum[ends] - csum[starts]


def stroke_weight(
    pixels: np.ndarray, bbox: BBox, fg: str | None, bg: str | None, height: int
) -> float | None:
    """Median stroke width in the box (horizontal runs cross stems, vertical runs cross
    bars) divided by ``height``, the text's line height; None when there is too little ink
    or contrast to tell."""
    if fg is None or bg is None or height <= 0:
        return None
    x1, y1, x2, y2 = bbox
    crop = pixels[y1:y2, x1:x2].astype(np.float32)
    if crop.size == 0:
        return None
    f, b = _rgb(fg), _rgb(bg)
    d = f - b
    if float(np.abs(d).sum()) < MIN_CONTRAST:
        return None
    cov = np.clip(((crop - b) @ d) / float(d @ d), 0.0, 1.0)
    runs = np.concatenate([_run_widths(cov), _run_widths(cov.T)])
    if runs.size < MIN_RUNS:
        return None
    return round(float(np.median(runs)) / height, 4)
