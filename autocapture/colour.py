"""Foreground and background colour of a text box, sampled from the pixels."""

from __future__ import annotations

import numpy as np

from autocapture.records import BBox


def _hex(rgb: np.ndarray) -> str:
    r, g, b = (int(v) for v in rgb)
    return f"#{r:02x}{g:02x}{b:02x}"


BAND_SHARE = 0.6  # a row this much covered by one colour other than the background...
BAND_TOLERANCE = 40  # ... (within this summed RGB distance) is another row's background


def _own_rows(block: np.ndarray, keys: np.ndarray, bg_key: int) -> tuple[int, int]:
    """The rows of a text box that belong to its own line. OCR boxes of a terminal's rows
    overlap by a few pixels, so a box next to a highlighted row (black on yellow, a selection
    bar) holds a band of that row's background along its top or bottom edge, more pixels
    than its own glyphs: those edge rows, each mostly one colour that is not this line's
    background, are left out (never more than half the box)."""
    h = block.shape[0]
    if h < 4:
        return 0, h
    med = np.median(block, axis=1)  # each row's commonest colour, near enough
    near = np.abs(block.astype(np.int32) - med[:, None, :].astype(np.int32)).sum(axis=2)
    band = ((near <= BAND_TOLERANCE).mean(axis=1) >= BAND_SHARE) & (
        (keys == bg_key).mean(axis=1) < 0.5
    )
    top, bottom = 0, h
    while top < h // 2 and band[top]:
        top += 1
    while bottom > h - h // 2 and band[bottom - 1]:
        bottom -= 1
    return top, bottom


def sample_colours(pixels: np.ndarray, bbox: BBox) -> tuple[str | None, str | None]:
    """Background is the commonest colour in the box; foreground the pixels furthest from it.

    Anti-aliased glyph edges blend both colours, so the foreground is the median of the
    quarter of pixels most distant from the background, which lands on the glyph cores.
    """
    x1, y1, x2, y2 = bbox
    block = pixels[max(0, y1) : y2, max(0, x1) : x2]
    if block.size == 0:
        return None, None
    quant = (block >> 3).astype(np.int32)
    keys2d = (quant[..., 0] << 10) | (quant[..., 1] << 5) | quant[..., 2]
    values, counts = np.unique(keys2d, return_counts=True)
    bg_key = values[np.argmax(counts)]
    top, bottom = _own_rows(block, keys2d, bg_key)
    if not (keys2d[top:bottom] == bg_key).any():  # the background lies only in the bands
        top, bottom = 0, block.shape[0]
    crop = block[top:bottom].reshape(-1, 3)
    keys = keys2d[top:bottom].reshape(-1)
    bg = crop[keys == bg_key].mean(axis=0)
    dist = np.abs(crop.astype(np.int32) - bg.astype(np.int32)).sum(axis=1)
    if dist.max() < 40:
        return None, _hex(bg)
    cutoff = np.quantile(dist[dist >= 40], 0.75) if (dist >= 40).sum() > 3 else 40
    fg = np.median(crop[dist >= cutoff], axis=0)
    return _hex(fg), _hex(bg)


def hex_luminance(hex_colour: str | None) -> float | None:
    """Relative luminance (0 dark .. 1 light) of a '#rrggbb' colour; None for anything else.
    A page or window is dark when its text sits on backgrounds below about 0.35."""
    if not hex_colour or len(hex_colour) != 7 or hex_colour[0] != "#":
        return None
    try:
        r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    except ValueError:
        return None
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
