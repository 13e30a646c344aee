"""Foreground and background colour of a text box, sampled from the pixels."""

from __future__ import annotations

import numpy as np

from autocapture.records import BBox


def _hex(rgb: np.ndarray) -> str:
    r, g, b = (int(v) for v in rgb)
    return f"#{r:02x}{g:02x}{b:02x}"


def sample_colours(pixels: np.ndarray, bbox: BBox) -> tuple[str | None, str | None]:
    """Background is the commonest colour in the box; foreground the pixels furthest from it.

    Anti-aliased glyph edges blend both colours, so the foreground is the median of the
    quarter of pixels most distant from the background, which lands on the glyph cores.
    """
    x1, y1, x2, y2 = bbox
    crop = pixels[y1:y2, x1:x2].reshape(-1, 3)
    if crop.size == 0:
        return None, None
    quant = (crop >> 3).astype(np.int32)
    keys = (quant[:, 0] << 10) | (quant[:, 1] << 5) | quant[:, 2]
    values, counts = np.unique(keys, return_counts=True)
    bg_key = values[np.argmax(counts)]
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
