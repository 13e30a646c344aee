"""Change awareness on synthetic pixels (no X server): which windows and rows are read again,
scroll detection, lines read whole, strips that bound the detector's memory."""

from __future__ import annotations

import numpy as np

from autocapture.capture.change import (
    DESKTOP,
    Area,
    changed_areas,
    changed_bands,
    detect_scroll,
    owner_map,
    residue_ranges,
    row_states,
    strips,
    tile_hashes,
    widen_to_lines,
)
from autocapture.records import WindowFact


def _terminal(rows: int, width: int, seed: int) -> np.ndarray:
    """A white window with a dark border and distinct 'text' rows (3 of every 20 blank)."""
    rng = np.random.default_rng(seed)
    block = np.full((rows, width, 3), 255, dtype=np.uint8)
    for y in range(rows):
        if y % 20 >= 3:
            block[y, 4 : width - 4] = rng.integers(0, 2, size=(width - 8, 1)) * 255
    block[:, :2] = 40
    block[:, -2:] = 40
    return block


def test_scroll_is_found_despite_repeated_border_rows() -> None:
    page = _terminal(400, 200, seed=1)
    before, now = page[:300], page[60:360]
    blank = np.full_like(before[:3], 255)
    blank[:, :2] = 40
    blank[:, -2:] = 40
    before[0:3] = now[0:3] = blank  # identical rows everywhere: they must not vote
    assert detect_scroll(before, now) == 60
    assert detect_scroll(before, before) == 0
    static, moved = row_states(before, now, 60)
    assert moved[:240].all() and not moved[240:].any()
    ((lo, hi),) = residue_ranges(static, moved, margin=0)
    assert 240 <= lo <= 243 and hi == 300  # the new rows (blank rows there match in place)


def test_residue_ranges_stay_apart_across_a_gap() -> None:
    static = np.ones(400, dtype=bool)
    static[[10, 30, 300]] = False
    moved = np.zeros(400, dtype=bool)
    assert residue_ranges(static, moved, margin=2, gap=48) == [(8, 33), (298, 303)]


def test_changed_areas_read_only_the_changed_window_and_mask_the_one_on_top() -> None:
    h, w = 200, 400
    prev = np.full((h, w, 3), 30, dtype=np.uint8)
    windows = [
        WindowFact(title="cover", rect=(150, 50, 350, 150), z=0),
        WindowFact(title="term", rect=(0, 0, 250, 200), z=1),
    ]
    owner = owner_map(windows, h, w)
    assert owner[10, 10] == 1 and owner[60, 200] == 0 and owner[10, 300] == DESKTOP
    prev[owner == 0] = 200
    prev[owner == 1] = 255
    cur = prev.copy()
    cur[100:110, 20:60] = 0  # new text in the terminal, beside the cover
    bands = changed_bands(tile_hashes(prev), tile_hashes(cur), h)
    (area,) = changed_areas(bands, prev, cur, owner)
    assert area.owners == frozenset({1})
    x1, y1, x2, y2 = area.rect
    assert (x1, x2) == (0, 250) and y1 <= 100 and y2 >= 110
    mask = area.mask(owner)
    assert mask is not None and not mask[:, 150:].all() and mask[:, :150].all()
    # A line of the cover reaching into the terminal's rows is not read again.
    assert not area.reads((160, 95, 340, 115), 0)
    assert area.reads((20, 98, 60, 112), 1)
    assert not area.reads((249, 98, 600, 112), DESKTOP)  # centre outside the area


def test_lines_are_read_whole_but_neighbours_are_not_pulled_in() -> None:
    boxes = [(10, 0, 200, 22), (10, 18, 200, 42), (10, 38, 200, 62), (10, 58, 200, 82)]
    # Rows 44-54 changed: the line centred there is read whole, its overlapping neighbours not.
    assert widen_to_lines((44, 54), boxes, 0, 300) == (38, 62)
    assert widen_to_lines((44, 54), boxes, 300, 600) == (44, 54)  # other columns
    # A line that changed is read whole even when only its top rows are in the range.
    assert widen_to_lines((40, 45), [], 0, 300, changed=[(10, 38, 200, 62)]) == (38, 62)


def test_strips_cover_every_row_once_with_overlap() -> None:
    assert strips(100, 312, 64) == [(0, 100, 0, 100)]
    for height in (313, 500, 800, 1080, 1441):
        parts = strips(height, 312, 64)
        assert parts[0][0] == 0 and parts[-1][1] == height
        owned = [r for _, _, lo, hi in parts for r in range(lo, hi)]
        assert owned == list(range(height))
        for s, e, lo, hi in parts:
            assert e - s <= 312 and s <= lo and hi <= e
            # a line up to 64 rows tall centred in [lo, hi) lies wholly in [s, e)
            assert (lo - s >= 32 or s == 0) and (e - hi >= 32 or e == height)


def test_area_without_owners_reads_everything_in_its_rect() -> None:
    area = Area((0, 0, 100, 100))
    assert area.mask(np.zeros((100, 100), dtype=np.int16)) is None
    assert area.reads((10, 10, 50, 30), 3)
    assert area.pixels == 10_000


class _BarReader:
    """A fake OCR engine: each dark horizontal bar is a 'line' whose text is its grey level;
    a bar cut by the crop's edge reads 'partial'. Boxes move a row up or down from one call
    to the next, as a real detector's do between overlapping strips."""

    name, version = "bars", "1"

    def __init__(self) -> None:
        self.calls = 0

    def recognize(self, image, *, region: bool = False):  # type: ignore[no-untyped-def]
        from autocapture.ocr.base import OcrLine, OcrWord

        self.calls += 1
        jitter = 1 if self.calls % 2 else -1
        arr = np.asarray(image)[:, :, 0]
        dark = (arr < 200).any(axis=1)
        out, y = [], 0
        while y < len(dark):
            if not dark[y]:
                y += 1
                continue
            y2 = y
            while y2 < len(dark) and dark[y2]:
                y2 += 1
            cut = y == 0 or y2 == len(dark)
            text = "partial" if cut else str(int(arr[y, 10]))
            box = (5, max(0, y - 2 + jitter), 50, min(len(dark), y2 + 2 + jitter))
            out.append(OcrLine(text, box, 1.0, (OcrWord(text, box, 1.0),)))
            y = y2
        return out


def test_tall_areas_are_read_in_strips_and_every_line_once() -> None:
    from autocapture.capture.agent import STRIP_OVERLAP, STRIP_PIXELS, CaptureAgent

    h, w = 1000, 1280
    pixels = np.full((h, w, 3), 255, dtype=np.uint8)
    borders = [hi for _, _, _, hi in strips(h, STRIP_PIXELS // w, STRIP_OVERLAP)][:-1]
    assert len(borders) >= 3
    levels = {}
    # 12-row lines centred on each border between strips' own rows, and some between
    for n, y in enumerate(sorted([b - 6 for b in borders] + [b - 66 for b in borders])):
        level = 10 + n
        pixels[y : y + 12, 8:60] = level
        levels[level] = y
    engine = _BarReader()
    owner = np.zeros((h, w), dtype=np.int16)
    lines, read = CaptureAgent._read(None, engine, pixels, owner, Area((0, 0, w, h)))  # type: ignore[arg-type]
    assert engine.calls > 3 and read > w * h  # strips, overlapping
    texts = sorted(ln.text for ln in lines)
    assert "partial" not in texts
    assert texts == sorted(str(v) for v in levels), set(map(str, levels)) ^ set(texts)
