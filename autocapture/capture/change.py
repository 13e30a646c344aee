"""Change awareness: per-tile hashes find the rows that changed; per-pixel differences find
the windows that changed in them. Only those windows' visible pixels are OCR'd (other windows
in the same rows are masked out), only rows that a scroll does not explain, and the spans
outside them are carried forward."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

TILE = 32
DESKTOP = -1  # owner of pixels outside every window

Region = tuple[int, int, int, int]  # x1, y1, x2, y2


@dataclass(frozen=True)
class Area:
    """A rectangle to OCR. ``owners``: indices (into the frame's windows, DESKTOP for the
    background) whose visible pixels are read; every other pixel of the rectangle is masked
    out. None reads every pixel."""

    rect: Region
    owners: frozenset[int] | None = None

    def mask(self, owner: np.ndarray) -> np.ndarray | None:
        if self.owners is None:
            return None
        x1, y1, x2, y2 = self.rect
        return _member(owner[y1:y2, x1:x2], self.owners)

    def reads(self, box: Region, box_owner: int) -> bool:
        """Whether OCR of this area reads again a line at BOX (its centre inside) in the
        window BOX_OWNER. Detector boxes are padded: neighbouring lines' boxes overlap by a
        few rows, and a box in the next window may reach a pixel or two into this one."""
        x1, y1, x2, y2 = self.rect
        if not (x1 <= (box[0] + box[2]) // 2 < x2 and y1 <= (box[1] + box[3]) // 2 < y2):
            return False
        return self.owners is None or box_owner in self.owners

    @property
    def pixels(self) -> int:
        x1, y1, x2, y2 = self.rect
        return (x2 - x1) * (y2 - y1)


def _member(owner: np.ndarray, owners: frozenset[int] | np.ndarray) -> np.ndarray:
    """OWNER's cells whose value is in OWNERS (a lookup table: faster than np.isin)."""
    keys = np.asarray(sorted(int(o) for o in owners), dtype=np.int64)
    if keys.size == 0:
        return np.zeros(owner.shape, dtype=bool)
    table = np.zeros(int(max(keys.max(), owner.max(initial=0))) + 2, dtype=bool)
    table[keys + 1] = True  # DESKTOP (-1) is row 0
    return table[owner.astype(np.int64) + 1]


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


def owner_map(windows: Sequence, height: int, width: int) -> np.ndarray:
    """Per pixel, the index in WINDOWS of the topmost window there (DESKTOP outside all)."""
    owner = np.full((height, width), DESKTOP, dtype=np.int16)
    order = sorted(
        range(len(windows)),
        key=lambda i: windows[i].z if windows[i].z is not None else i,
        reverse=True,
    )
    for i in order:  # bottom first: the windows above paint over it
        x1, y1, x2, y2 = windows[i].rect
        owner[max(0, y1) : max(0, y2), max(0, x1) : max(0, x2)] = i
    return owner


def changed_areas(
    bands: list[tuple[int, int]],
    prev: np.ndarray | None,
    cur: np.ndarray,
    owner: np.ndarray,
) -> list[Area]:
    """Each band narrowed to the visible pixels of the windows (or desktop) that have a
    changed pixel in it: text never crosses a window's edge, and the unchanged windows in the
    same rows (an overlapping window, a neighbour) are neither read again nor cut off."""
    w = cur.shape[1]
    if prev is None or prev.shape != cur.shape:
        return [Area((0, y1, w, y2)) for y1, y2 in bands]
    out: list[Area] = []
    for y1, y2 in bands:
        diff = (prev[y1:y2] != cur[y1:y2]).any(axis=2)
        if not diff.any():
            continue
        band_owner = owner[y1:y2]
        hit = np.unique(band_owner[diff])
        mine = _member(band_owner, hit)
        cols = np.flatnonzero(mine.any(axis=0))
        rows = np.flatnonzero(mine.any(axis=1))
        rect = (int(cols[0]), y1 + int(rows[0]), int(cols[-1]) + 1, y1 + int(rows[-1]) + 1)
        sub = mine[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
        out.append(Area(rect, None if sub.all() else frozenset(int(v) for v in hit)))
    return out


def _row_hashes(block: np.ndarray) -> list[bytes | None]:
    """Per pixel row; None for uniform rows (blank background matches everywhere)."""
    out: list[bytes | None] = []
    for row in block:
        uniform = bool((row == row[0]).all())
        out.append(None if uniform else hashlib.blake2b(row.tobytes(), digest_size=8).digest())
    return out


def masked(block: np.ndarray, mask: np.ndarray | None) -> np.ndarray:
    """BLOCK with the pixels outside MASK zeroed (so they match everywhere)."""
    return block if mask is None else np.where(mask[:, :, None], block, 0).astype(block.dtype)


def detect_scroll(prev: np.ndarray, cur: np.ndarray, min_share: float = 0.5) -> int:
    """Rows the content moved up by (0 if it did not scroll): the shift most distinctive rows
    agree on, where row i now shows what row i + dy showed before. Only rows that occur once
    in a block vote: rows that repeat (blank rows between a window's borders, rules) match
    their neighbours and would vote for shifts of a row or two."""

    def distinct(hashes: list[bytes | None]) -> dict[bytes, int]:
        seen: dict[bytes, int] = {}
        repeated: set[bytes] = set()
        for i, hsh in enumerate(hashes):
            if hsh is None:
                continue
            if hsh in seen:
                repeated.add(hsh)
            seen[hsh] = i
        return {hsh: i for hsh, i in seen.items() if hsh not in repeated}

    before, now = distinct(_row_hashes(prev)), distinct(_row_hashes(cur))
    votes: dict[int, int] = {}
    for hsh, i in now.items():
        j = before.get(hsh)
        if j is not None and j > i:
            votes[j - i] = votes.get(j - i, 0) + 1
    if not votes or not now:
        return 0
    dy, n = max(votes.items(), key=lambda kv: (kv[1], -kv[0]))
    return dy if n >= min_share * len(now) else 0


def row_states(
    prev: np.ndarray, cur: np.ndarray, dy: int, mask: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Per row of the block, over the pixels in MASK (all when None): (static: same as before
    in place, moved: shows what row i + dy showed before)."""
    h = cur.shape[0]
    keep = np.ones(cur.shape[:2], dtype=bool) if mask is None else mask
    static = ((prev == cur).all(axis=2) | ~keep).all(axis=1)
    moved = np.zeros(h, dtype=bool)
    if 0 < dy < h:
        same = (cur[: h - dy] == prev[dy:]).all(axis=2) | ~keep[: h - dy]
        moved[: h - dy] = same.all(axis=1)
    return static, moved


def residue_ranges(
    static: np.ndarray, moved: np.ndarray, margin: int = 4, gap: int = 48
) -> list[tuple[int, int]]:
    """Row ranges (relative to the block) holding every row that is neither static nor
    explained by the shift, each widened by MARGIN; ranges closer than GAP rows are joined
    (fewer OCR calls), farther ones stay apart (explained lines between are not read again)."""
    bad = np.flatnonzero(~(static | moved))
    h = static.shape[0]
    out: list[list[int]] = []
    for r in bad.tolist():
        lo, hi = max(0, r - margin), min(h, r + margin + 1)
        if out and lo <= out[-1][1] + gap:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


def widen_to_lines(
    rows: tuple[int, int],
    boxes: Sequence[Region],
    x1: int,
    x2: int,
    changed: Sequence[Region] = (),
    limit: int = 64,
) -> tuple[int, int]:
    """ROWS [y1, y2) grown to hold whole every text line box (centred within columns
    [x1, x2)) whose centre row they hold, and every box of a line that CHANGED which they
    touch, so such a line is read whole; a box taller than LIMIT is left alone. Not
    transitive: boxes of neighbouring lines overlap a little, and one step per line would
    grow a range over a whole page."""
    y1, y2 = rows
    lo, hi = y1, y2
    for b, touch in [(b, False) for b in boxes] + [(b, True) for b in changed]:
        if not x1 <= (b[0] + b[2]) // 2 < x2 or b[3] - b[1] > limit:
            continue
        if (b[1] < y2 and b[3] > y1) if touch else y1 <= (b[1] + b[3]) // 2 < y2:
            lo, hi = min(lo, b[1]), max(hi, b[3])
    return lo, hi


def merge_rows(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


def strips(height: int, rows: int, overlap: int) -> list[tuple[int, int, int, int]]:
    """Cover [0, HEIGHT) with strips of at most ROWS rows overlapping by OVERLAP: (start, end,
    own_start, own_end). A line whose centre lies in a strip's own rows is taken from that
    strip, where (if no taller than OVERLAP) it is whole; own ranges tile [0, HEIGHT)."""
    if height <= rows:
        return [(0, height, 0, height)]
    step = rows - overlap
    starts = list(range(0, height - overlap, step))
    out = []
    for k, s in enumerate(starts):
        e = min(height, s + rows)
        last = k == len(starts) - 1 or e == height
        own_lo = 0 if k == 0 else s + overlap // 2
        own_hi = height if last else e - overlap // 2
        out.append((s, e, own_lo, own_hi))
        if last:
            break
    return out
