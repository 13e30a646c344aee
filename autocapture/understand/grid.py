"""Tables and grids: short texts laid out in aligned columns, row after row.

A web page's spec table, a two-column card of "label over value" pairs, a terminal listing
with wide gaps: all are rows of cells whose x-extents line up into columns. The parser emits a
``table`` node per grid, a ``table_row`` per row and a ``table_cell`` per cell.

A cell's box is the cell, not just its ink. Each column has an aligned edge (left, right or
both) where every cell's text starts or ends; the other edge is ragged. A cell keeps its
column's aligned edge and reaches out on its ragged side to the boundary with the next
column: that column's aligned edge when it faces this one, else the middle of the gutter.
So a right-aligned number "190.7"" in a spec table gets the box of its table cell, reaching
left to the gutter after the labels, as the page's own layout (a <td>) would draw it.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from autocapture.records import SpanRecord
from autocapture.understand.model import (
    Layout,
    Segment,
    UiNode,
    rows,
    segments,
    union,
    window_parents,
    window_texts,
)

CELL_GAP = 1.2  # a horizontal gap wider than this many line heights separates cells
ROW_GAP = 2.0  # rows of one grid are at most this many line heights apart
EDGE_SLOP = 0.25  # a row taken in above a grid may reach this many line heights into a column
JOIN_GAP = 0.5  # text this many line heights apart (or more) in one OCR line is two cells
ALIGN_TOL = 0.5  # edges within this many line heights are aligned
MAX_CELL_WORDS = 8  # a grid's cells are short; running text is not a grid
SHORT_SHARE = 0.8  # ... at least this share of them
MIN_ROWS = 3
MIN_FULL_ROWS = 2  # rows with cells in two or more columns
CHROME = ("title_bar", "tab", "tab_strip", "url_bar")


@dataclass
class _Column:
    x1: int
    x2: int
    cells: list[Segment] = field(default_factory=list)
    left: bool = False  # aligned on the left edge
    right: bool = False

    def overlaps(self, s: Segment | SpanRecord, slop: float = 0) -> bool:
        """Whether S reaches into the column by more than SLOP pixels."""
        return s.bbox[0] < self.x2 - slop and self.x1 + slop < s.bbox[2]


@dataclass
class _Grid:
    rows: list[list[Segment]]
    columns: list[_Column]


def _row_cells(row_spans: list, h: float) -> list[Segment]:
    return segments(row_spans, CELL_GAP * h)


def _place(
    columns: list[_Column], row: list[Segment], slop: float = 0, straddle: bool = False
) -> list[_Column] | None:
    """Columns after adding ROW's cells, or None when a cell straddles two columns or two
    cells fall into one (the grid ends there). With ``straddle``, one OCR span running over
    two neighbouring columns ("WTG-71 F4" over a narrow gutter) is a cell of the left one."""
    cols = [_Column(c.x1, c.x2, list(c.cells)) for c in columns]
    used: set[int] = set()
    for s in row:
        hit = [i for i, c in enumerate(cols) if c.overlaps(s, slop)]
        if straddle and len(hit) == 2 and hit[1] == hit[0] + 1:
            if hit[0] in used:
                return None
            cols[hit[0]].x1 = min(cols[hit[0]].x1, s.bbox[0])
            cols[hit[0]].cells.append(s)
            used.add(hit[0])
            continue
        if len(hit) > 1:
            return None
        if hit:
            i = hit[0]
            if i in used:
                return None
            c = cols[i]
            c.x1, c.x2 = min(c.x1, s.bbox[0]), max(c.x2, s.bbox[2])
            c.cells.append(s)
        else:
            cols.append(_Column(s.bbox[0], s.bbox[2], [s]))
            cols.sort(key=lambda c: c.x1)
            i = next(k for k, c in enumerate(cols) if s in c.cells)
        used.add(i)
    # Widened columns must stay apart.
    for a, b in itertools.pairwise(cols):
        if a.x2 - slop > b.x1:
            return None
    return cols


def _split_at_columns(
    cols: list[_Column], row: list[Segment], slop: float = 0, straddle: bool = False
) -> list[Segment]:
    """Row cells, a cell that straddles columns split where its spans meet them. OCR joins the
    widest cell of a column to its neighbour when a terminal's two-space gutter is narrower
    than CELL_GAP ("Joao Batista Lemos  Agency driver"), yet each of its spans keeps to one
    column; a cell is split only when every span does and the pieces go left to right."""
    out: list[Segment] = []
    for s in row:
        hits = [i for i, c in enumerate(cols) if c.overlaps(s, slop)]
        if len(hits) < 2 or len(s.spans) < 2:
            out.append(s)
            continue
        owners = []
        for sp in s.spans:
            own = [i for i, c in enumerate(cols) if c.overlaps(sp, slop)]
            one = len(own) == 1 or (straddle and len(own) == 2)
            owners.append(own[0] if one else None if not own else -1)
        if -1 in owners or all(o is None for o in owners):
            out.append(s)
            continue
        # A span in no column goes with its nearer neighbour.
        for k, o in enumerate(owners):
            if o is None:
                left = next(
                    (owners[j] for j in range(k - 1, -1, -1) if owners[j] is not None), None
                )
                right = next(
                    (owners[j] for j in range(k + 1, len(owners)) if owners[j] is not None), None
                )
                owners[k] = left if left is not None else right
        if any(b < a for a, b in itertools.pairwise(owners)):
            out.append(s)
            continue
        pieces = [
            list(g)
            for _, g in itertools.groupby(zip(owners, s.spans, strict=True), key=lambda p: p[0])
        ]
        out += [Segment([sp for _, sp in piece]) for piece in pieces]
    return out


def _join_within(cols: list[_Column], row: list[Segment], h: float) -> list[Segment] | None:
    """Row cells, neighbours that both keep to one column joined, when that column already
    holds cells of two spans or more; None when none are. A column whose cells OCR joined
    across a narrow gutter ("10.9 Crew B") meets a row whose narrower text leaves a gap just
    wider than CELL_GAP ("9.7  Crew C"): two cells of that row, one cell of the grid's."""
    out: list[Segment] = []
    prev: list[int] = []
    joined = False
    for s in row:
        own = [i for i, c in enumerate(cols) if c.overlaps(s)]
        if (
            out
            and len(own) == 1
            and own == prev
            and any(len(c.spans) > 1 for c in cols[own[0]].cells)
            and s.bbox[0] - out[-1].bbox[2] <= 2 * CELL_GAP * h
        ):
            out[-1] = Segment(out[-1].spans + s.spans)
            joined = True
        else:
            out.append(s)
        prev = own
    return out if joined else None


def _short(s: Segment) -> bool:
    return len(s.text.split()) <= MAX_CELL_WORDS


def _is_grid(g: _Grid) -> bool:
    cells = [s for r in g.rows for s in r]
    full = sum(1 for r in g.rows if len(r) >= 2)
    return (
        len(g.rows) >= MIN_ROWS
        and full >= MIN_FULL_ROWS
        and len(g.columns) >= 2
        and sum(_short(s) for s in cells) >= SHORT_SHARE * len(cells)
        and all(len(c.cells) >= 2 for c in g.columns)
    )


def _grids(lines: list, h: float) -> list[_Grid]:
    """Maximal runs of rows whose cells keep to common columns."""
    out: list[_Grid] = []
    cur: _Grid | None = None
    start = 0  # index of CUR's first row
    prev_bottom = 0
    seen: list[list[Segment]] = []  # every row so far, as first cut into cells
    claimed = 0  # rows before this index belong to a grid already
    for n, row_spans in enumerate(rows(lines)):
        row = _row_cells(row_spans, h)
        seen.append(row)
        top = min(s.bbox[1] for s in row)
        cols = None
        if cur is not None and top - prev_bottom <= ROW_GAP * h:
            split = _split_at_columns(cur.columns, row)
            cols = _place(cur.columns, split)
            joined = _join_within(cur.columns, split, h) if cols is None else None
            if joined is not None:
                cols = _place(cur.columns, joined)
                split = joined
            if cols is None:  # a span run over a narrow gutter into the next column
                over = _split_at_columns(cur.columns, row, straddle=True)
                cols = _place(cur.columns, over, straddle=True)
                split = over if cols is not None else split
            if cols is not None:
                row = split
        if cols is None:
            if cur is not None and _is_grid(cur):
                claimed = _reach_up(cur, seen, start, claimed, h)
                out.append(cur)
            cur, start = _Grid([row], _place([], row) or []), n
        else:
            cur.rows.append(row)
            cur.columns = cols
        prev_bottom = max(s.bbox[3] for s in row)
    if cur is not None and _is_grid(cur):
        _reach_up(cur, seen, start, claimed, h)
        out.append(cur)
    return out


def _reach_up(g: _Grid, seen: list[list[Segment]], start: int, claimed: int, h: float) -> int:
    """Take into G the rows just above it that fit its columns once split where their spans
    meet them, and return the index after G's last row (rows up to there are claimed).

    Columns come from the rows read first, so a header or first rows whose cells OCR joined
    across a tight gutter (small text with little padding: "Minimum turn Fuelling with pax
    on board", "ELI Lithium ion batteries ... UN3481") start a false grid that breaks at the
    first row read cleanly, and the table seemed to start there. Only rows with cells in two
    columns or more are taken: a heading or caption above a table is not its row."""
    end = start + len(g.rows)
    slop = EDGE_SLOP * h  # OCR boxes of small text reach a few pixels past their cell
    k = start
    while k - 1 >= claimed:
        row = seen[k - 1]
        bottom = max(s.bbox[3] for s in row)
        if min(s.bbox[1] for s in g.rows[0]) - bottom > ROW_GAP * h:
            break
        split = _split_at_columns(g.columns, row, slop)
        cols = _place(g.columns, split, slop)
        if cols is None or len(cols) != len(g.columns) or len(split) < 2:
            break
        g.rows.insert(0, split)
        g.columns = cols
        k -= 1
    return end


def _ink(layout: Layout, sp: SpanRecord) -> tuple[int, int]:
    """Left and right ends of a line span's words (its box may reach past them)."""
    ws = layout.words.get(sp.span_id)
    return (ws[0].bbox[0], ws[-1].bbox[2]) if ws else (sp.bbox[0], sp.bbox[2])


def _gutter(layout: Layout, cells: list[Segment], h: float) -> float | None:
    """Where one column's cells are two columns that OCR joined (a tight gutter): an x at a
    gap between two spans of a cell where every cell splits (``_splits_at``)."""
    gaps = {(a.bbox[2] + b.bbox[0]) / 2 for c in cells for a, b in itertools.pairwise(c.spans)}
    return next((x for x in sorted(gaps) if _splits_at(layout, cells, x, h)), None)


def _splits_at(layout: Layout, cells: list[Segment], x: float, h: float) -> bool:
    """Every cell's spans keep to one side of X (give or take EDGE_SLOP), spans lie on both
    sides in at least MIN_FULL_ROWS cells, and in each of those the text on either side is
    a wide gap apart (wider than a word space, so "10:00 | AM" stays one cell)."""
    both = 0
    slop = EDGE_SLOP * h
    for c in cells:
        left = [sp for sp in c.spans if (sp.bbox[0] + sp.bbox[2]) / 2 < x]
        right = [sp for sp in c.spans if (sp.bbox[0] + sp.bbox[2]) / 2 >= x]
        if any(sp.bbox[2] > x + slop for sp in left) or any(sp.bbox[0] < x - slop for sp in right):
            return False
        if left and right:
            if _ink(layout, right[0])[0] - _ink(layout, left[-1])[1] < JOIN_GAP * h:
                return False
            both += 1
    return both >= MIN_FULL_ROWS


def _split_joined(g: _Grid, layout: Layout, h: float) -> None:
    """Split each column whose cells are two columns OCR joined ("Code Meaning" over "ELI
    Lithium ion batteries", where a code's short cell sits close to the next column)."""
    k = 0
    while k < len(g.columns):
        x = _gutter(layout, g.columns[k].cells, h)
        if x is None:
            k += 1
            continue
        left, right = _Column(0, 0), _Column(0, 0)
        for row in g.rows:
            for i, cell in enumerate(row):
                if cell not in g.columns[k].cells:
                    continue
                parts = [
                    Segment([sp for sp in cell.spans if ((sp.bbox[0] + sp.bbox[2]) / 2 < x) == lo])
                    for lo in (True, False)
                ]
                parts = [p for p in parts if p.spans]
                for p in parts:
                    (left if p.bbox[2] <= x + EDGE_SLOP * h else right).cells.append(p)
                row[i : i + 1] = parts
        for col in (left, right):
            col.x1 = min(c.bbox[0] for c in col.cells)
            col.x2 = max(c.bbox[2] for c in col.cells)
        g.columns[k : k + 1] = [left, right]


def _align(col: _Column, h: float) -> None:
    lefts = [s.bbox[0] for s in col.cells]
    rights = [s.bbox[2] for s in col.cells]
    tol = ALIGN_TOL * h
    col.left = max(lefts) - min(lefts) <= tol
    col.right = max(rights) - min(rights) <= tol


def _boundary(a: _Column, b: _Column) -> int:
    """Where column A's cells end and B's begin."""
    if b.left and not a.right:
        return b.x1
    if a.right and not b.left:
        return a.x2
    return (a.x2 + b.x1) // 2


def _cell_box(g: _Grid, k: int, row_box: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    col = g.columns[k]
    x1 = col.x1
    x2 = col.x2
    if not col.left and k > 0:
        x1 = _boundary(g.columns[k - 1], col)
    if not col.right and k + 1 < len(g.columns):
        x2 = _boundary(col, g.columns[k + 1])
    return (x1, row_box[1], x2, row_box[3])


def parse(layout: Layout, nodes: list[UiNode]) -> list[UiNode]:
    parents = window_parents(nodes)
    out: list[UiNode] = []
    base = len(nodes)
    for wi, lines, h in window_texts(layout, nodes, CHROME):
        for g in _grids(lines, h):
            _split_joined(g, layout, h)
            for col in g.columns:
                _align(col, h)
            boxes = [s.bbox for r in g.rows for s in r]
            t = base + len(out)
            out.append(
                UiNode(
                    "table",
                    union(boxes),
                    "",
                    [],
                    {"rows": len(g.rows), "columns": len(g.columns)},
                    window_index=wi,
                    parent=parents.get(wi),
                )
            )
            for ri, row in enumerate(g.rows):
                row_box = union([s.bbox for s in row])
                r = base + len(out)
                out.append(
                    UiNode(
                        "table_row",
                        row_box,
                        " | ".join(s.text for s in row),
                        [sid for s in row for sid in s.span_ids],
                        {"row": ri, "cells": len(row)},
                        window_index=wi,
                        parent=t,
                    )
                )
                for s in row:
                    k = next(i for i, c in enumerate(g.columns) if s in c.cells)
                    col = g.columns[k]
                    align = (
                        "both"
                        if col.left and col.right
                        else ("left" if col.left else "right" if col.right else "none")
                    )
                    out.append(
                        UiNode(
                            "table_cell",
                            _cell_box(g, k, row_box),
                            s.text,
                            s.span_ids,
                            {"row": ri, "column": k, "align": align},
                            window_index=wi,
                            parent=r,
                        )
                    )
    return out
