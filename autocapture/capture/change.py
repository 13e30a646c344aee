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


Region = tuple[int, int, int, int]  # x1, y1, x2, y2


def regions_for(
    bands: list[tuple[int, int]],
    prev: list[list[bytes]] | None,
    cur: list[list[bytes]],
    width: int,
    windows: list,
    tile: int = TILE,
) -> list[Region]:
    """Each band narrowed to the windows its changed tiles fall in (text never crosses a
    window's edge); a change outside every window keeps the band's full width."""
    out: list[Region] = []
    for y1, y2 in bands:
        if prev is None or len(prev) != len(cur):
            out.append((0, y1, width, y2))
            continue
        cols = {
            c
            for r in range(y1 // tile, min(len(cur), -(-y2 // tile)))
            for c, (a, b) in enumerate(zip(prev[r], cur[r], strict=True))
            if a != b
        }
        if not cols:
            out.append((0, y1, width, y2))
            continue
        cx1, cx2 = min(cols) * tile, min(width, (max(cols) + 1) * tile)
        hit = [
            w.rect
            for w in windows
            if w.rect[0] < cx2 and w.rect[2] > cx1 and w.rect[1] < y2 and w.rect[3] > y1
        ]
        inside = all(any(r[0] < (c + 1) * tile and c * tile < r[2] for r in hit) for c in cols)
        if hit and inside:
            out.append((max(0, min(r[0] for r in hit)), y1, min(width, max(r[2] for r in hit)), y2))
        else:
            out.append((0, y1, width, y2))
    return out


def overlaps_region(bbox: tuple[int, int, int, int], regions: list[Region]) -> bool:
    return any(
        bbox[0] < x2 and bbox[2] > x1 and bbox[1] < y2 and bbox[3] > y1
        for x1, y1, x2, y2 in regions
    )


def _row_hashes(block: np.ndarray) -> list[bytes | None]:
    """Per pixel row; None for uniform rows (blank background matches everywhere)."""
    out: list[bytes | None] = []
    for row in block:
        uniform = bool((row == row[0]).all())
        out.append(None if uniform else hashlib.blake2b(row.tobytes(), digest_size=8).digest())
    return out


def detect_scroll(prev: np.ndarray, cur: np.ndarray, min_share: float = 0.5) -> int:
    """Rows the content moved up by (0 if it did not scroll): the shift most non-blank rows
    agree on, where row i now shows what row i + dy showed before."""
    ph, ch = _row_hashes(prev), _row_hashes(cur)
    where: dict[bytes, list[int]] = {}
    for j, hsh in enumerate(ph):
        if hsh is not None:
            where.setdefault(hsh, []).append(j)
    votes: dict[int, int] = {}
    for i, hsh in enumerate(ch):
        if hsh is None:
            continue
        for j in where.get(hsh, []):
            if j > i:
                votes[j - i] = votes.get(j - i, 0) + 1
    content = sum(h is not None for h in ch)
    if not votes or not content:
        return 0
    dy, n = max(votes.items(), key=lambda kv: (kv[1], -kv[0]))
    return dy if n >= min_share * content else 0


def row_states(prev: np.ndarray, cur: np.ndarray, dy: int) -> tuple[np.ndarray, np.ndarray]:
    """Per row of the block: (static: same as before in place, moved: shows what row i + dy
    showed before)."""
    h = cur.shape[0]
    flat_p, flat_c = prev.reshape(h, -1), cur.reshape(h, -1)
    static = (flat_p == flat_c).all(axis=1)
    moved = np.zeros(h, dtype=bool)
    if 0 < dy < h:
        moved[: h - dy] = (flat_c[: h - dy] == flat_p[dy:]).all(axis=1)
    return static, moved


def scrolled_residue(
    static: np.ndarray, moved: np.ndarray, margin: int = 4
) -> tuple[int, int] | None:
    """The one row range (relative to the block) holding every row that is neither static
    nor explained by the shift, or None. One range keeps OCR to one call per region."""
    bad = np.flatnonzero(~(static | moved))
    if bad.size == 0:
        return None
    h = static.shape[0]
    return max(0, int(bad[0]) - margin), min(h, int(bad[-1]) + margin + 1)
