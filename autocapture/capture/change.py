"""Change awareness: per-tile hashes find what changed; OCR only full-width bands of
changed rows (text runs horizontally), and carry the spans outside them forward."""

from __future__ import annotations

import hashlib

import numpy as np

TILE = 32


def tile_hashes(pixels: np.ndarray, tile: int = TILE) -> list[list[bytes]]:
    h, w = pixels.shape[:2]
    return [
        [
            hashlib.blake2b(pixels[y : y + tile, x : x + tile].tobytes(), digest_size=8).digest()
            for x in range(0, w, tile)
        ]
        for y in range(0, h, tile)
    ]


def changed_bands(
    prev: list[list[bytes]] | None,
    cur: list[list[bytes]],
    height: int,
    tile: int = TILE,
    margin: int = 1,
) -> list[tuple[int, int]]:
    """Pixel row ranges [y1, y2) to OCR again; everything when there is no previous frame."""
    if prev is None or len(prev) != len(cur) or (prev and len(prev[0]) != len(cur[0])):
        return [(0, height)]
    rows = [i for i, (a, b) in enumerate(zip(prev, cur, strict=True)) if a != b]
    bands: list[list[int]] = []
    for r in rows:
        lo, hi = max(0, r - margin), min(len(cur), r + margin + 1)
        if bands and lo <= bands[-1][1]:
            bands[-1][1] = max(bands[-1][1], hi)
        else:
            bands.append([lo, hi])
    return [(lo * tile, min(height, hi * tile)) for lo, hi in bands]


def overlaps_band(bbox: tuple[int, int, int, int], bands: list[tuple[int, int]]) -> bool:
    return any(bbox[1] < y2 and bbox[3] > y1 for y1, y2 in bands)
