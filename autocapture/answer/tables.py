"""Tables on a screen: a header row naming columns over rows of values.

Two shapes, both read from OCR line spans of one window (general layout, nothing about a
particular program or page):

- a *grid*: each cell is its own span (an HTML table, a terminal listing with wide gaps).
  The header is a row of at least two short, digit-free cells (and perhaps years); the rows
  below it whose cells sit under the header cells (horizontal overlap), evenly and tightly
  spaced, are its rows.
  A row with cells under fewer than two columns ends the table.
- *delimited* rows: one span per row, fields split by a delimiter (comma, semicolon, tab or
  pipe), as a terminal prints a CSV file. The header line's fields are short names; the
  lines below it with the same delimiter and the same number of fields are its rows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from autocapture.answer.layout import h_overlap, height, same_row
from autocapture.retrieve import Line

MAX_HEADER_WORDS = 4  # content words: a header names a column, it says no sentence
MAX_HEADER_TOKENS = 6  # ... with its connecting words ("Fuelling with pax on board")
STUB = -1  # the column of row names left of the first header cell (a header left blank)
MIN_HEADERLESS_FIELDS = 3
MAX_HEADER_CHARS = 32
ROW_GAP = 1.6  # rows of a table are at most this many row heights apart
_HEADER_CELL = re.compile(r"[A-Za-z][^\d]*")  # a name, maybe a sort arrow; no digits
# A name whose digits are part of a word that starts with a letter ("A320 holds", "CO2 level"),
# never a number of its own ("Wind above 55 kt", "Room 4" are values).
_CODED_NAME = re.compile(r"(?=.*\b[A-Za-z]{3,}\b)[A-Za-z][A-Za-z\d-]*(?:\s+[A-Za-z][\w()/-]*)*")
# Connecting words a column's name may hold besides the words that name it.
_CONNECTING = frozenset(
    {"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "per", "the", "to",
     "with", "without"}
)  # fmt: skip
_YEAR_HEAD = re.compile(r"(?:FY\s?|Q[1-4]\s)?(?:19|20)\d\d")  # a column of values for a year
_FIELD_NAME = re.compile(r"[A-Za-z][\w .()/#-]*")
_DELIMITERS = (",", ";", "\t", "|")
_RULE = re.compile(r"^[\s|:+=-]+$")  # a markdown or box-drawing separator row


@dataclass
class Cell:
    text: str
    line: Line  # the span that holds it (the whole row for delimited tables)


@dataclass
class Table:
    header: list[Cell]  # one per column
    rows: list[dict[int, Cell]] = field(default_factory=list)  # column index -> cell
    delimited: bool = False

    @property
    def names(self) -> list[str]:
        return [c.text for c in self.header]


def _rows(lines: Sequence[Line]) -> list[list[Line]]:
    """Spans grouped into typographic rows, top to bottom, each left to right."""
    out: list[list[Line]] = []
    for ln in sorted(lines, key=lambda o: (o.bbox[1] + o.bbox[3], o.bbox[0])):
        if out and any(same_row(o, ln) for o in out[-1]):
            out[-1].append(ln)
        else:
            out.append([ln])
    return [sorted(r, key=lambda o: o.bbox[0]) for r in out]


def _short_name(t: str) -> bool:
    words = t.split()
    content = [w for w in words if w.lower() not in _CONNECTING]
    return (
        len(t) <= MAX_HEADER_CHARS
        and len(content) <= MAX_HEADER_WORDS
        and len(words) <= MAX_HEADER_TOKENS
        and sum(ch.isalpha() for ch in t) >= 2
    )


def _header_like(text: str) -> bool:
    t = text.strip()
    return _HEADER_CELL.fullmatch(t) is not None and _short_name(t)


def _coded_name(text: str) -> bool:
    """A column name with a coded word in it ("A320 holds"): digits inside a word."""
    t = text.strip()
    return _CODED_NAME.fullmatch(t) is not None and _short_name(t)


def _header_row(head: Sequence[Line]) -> bool:
    """Short digit-free names, perhaps one name with a coded word ("A320 holds") and years
    heading columns of values by year ("Timekeeper | Role | 2026 | 2027"), with at least
    two digit-free names."""
    names = sum(_header_like(c.text) for c in head)
    coded = sum(not _header_like(c.text) and _coded_name(c.text) for c in head)
    years = sum(_YEAR_HEAD.fullmatch(c.text.strip()) is not None for c in head)
    return len(head) >= 2 and names + min(coded, 1) + years == len(head) and names >= 2


def _column(cell: Line, header: Sequence[Line]) -> int | None:
    """The header cell a cell sits under: the one it overlaps, the best aligned (left or
    right edge) when it overlaps several; STUB for a row name left of every header cell."""
    over = [i for i, h in enumerate(header) if h_overlap(cell, h) > 0]
    if not over:
        return STUB if cell.bbox[2] <= header[0].bbox[0] else None
    return min(
        over,
        key=lambda i: min(
            abs(cell.bbox[0] - header[i].bbox[0]), abs(cell.bbox[2] - header[i].bbox[2])
        ),
    )


def _row_top(row: Sequence[Line]) -> int:
    return min(o.bbox[1] for o in row)


def _row_bottom(row: Sequence[Line]) -> int:
    return max(o.bbox[3] for o in row)


def grid_tables(lines: Sequence[Line]) -> list[Table]:
    """Grid tables among the spans of one window."""
    rows = _rows(lines)
    tables: list[Table] = []
    i = 0
    while i < len(rows):
        head = rows[i]
        if not _header_row(head):
            i += 1
            continue
        table = Table([Cell(c.text.strip(), c) for c in head])
        h = max(height(c) for c in head)
        prev_bottom = _row_bottom(head)
        j = i + 1
        while j < len(rows):
            row = rows[j]
            if _row_top(row) - prev_bottom > ROW_GAP * h:
                break
            cells: dict[int, Cell] = {}
            for c in row:
                col = _column(c, head)
                if col is None or col in cells:
                    cells = {}
                    break
                cells[col] = Cell(c.text.strip(), c)
            if len(cells) < 2:
                break
            table.rows.append(cells)
            prev_bottom = _row_bottom(row)
            j += 1
        if len(table.rows) >= 2 or (table.rows and len(head) >= 3):
            tables.append(table)
            i = j
        else:
            i += 1
    return tables


def split_fields(text: str, delimiter: str) -> list[str]:
    parts = [p.strip() for p in text.split(delimiter)]
    if delimiter == "|":  # "| a | b |": the outer bars frame the row
        if parts and not parts[0]:
            parts = parts[1:]
        if parts and not parts[-1]:
            parts = parts[:-1]
    return parts


def _header_fields(text: str) -> tuple[str, list[str]] | None:
    for d in _DELIMITERS:
        if d not in text:
            continue
        fields = split_fields(text, d)
        if len(fields) >= 2 and all(
            _FIELD_NAME.fullmatch(f) and len(f.split()) <= MAX_HEADER_WORDS for f in fields
        ):
            return d, fields
    return None


def _rows_below(ordered: Sequence[Line], i: int, delim: str, count: int) -> tuple[list[Line], int]:
    """Lines after ORDERED[i] that continue its delimited table (same delimiter and number
    of fields, tightly below, same left edge), and the index after the last one."""
    head = ordered[i]
    h = height(head)
    out: list[Line] = []
    prev = head
    j = i + 1
    while j < len(ordered):
        ln = ordered[j]
        if ln.bbox[1] - prev.bbox[3] > ROW_GAP * h or abs(ln.bbox[0] - head.bbox[0]) > 2 * h:
            break
        if _RULE.match(ln.text):
            prev, j = ln, j + 1
            continue
        if delim not in ln.text:
            break
        if len(split_fields(ln.text, delim)) == count:
            out.append(ln)
        prev, j = ln, j + 1
    return out, j


def _headerless(text: str) -> tuple[str, int] | None:
    for d in _DELIMITERS:
        if d in text and len(split_fields(text, d)) >= MIN_HEADERLESS_FIELDS:
            return d, len(split_fields(text, d))
    return None


def _row_cells(ln: Line, delim: str) -> dict[int, Cell]:
    return {k: Cell(f, ln) for k, f in enumerate(split_fields(ln.text, delim)) if f}


def delimited_tables(lines: Sequence[Line]) -> list[Table]:
    """Delimited tables (a CSV file printed in a terminal) among the spans of one window.
    Without a header line, rows of at least three fields in a run of at least two make a
    table whose columns have no names (a typed question can still pick one)."""
    ordered = [r[0] for r in _rows(lines) if len(r) == 1]
    tables: list[Table] = []
    i = 0
    while i < len(ordered):
        head = ordered[i]
        found = _header_fields(head.text)
        if found is not None:
            delim, names = found
            rows, j = _rows_below(ordered, i, delim, len(names))
            if rows:
                table = Table([Cell(n, head) for n in names], delimited=True)
                table.rows = [_row_cells(ln, delim) for ln in rows]
                tables.append(table)
                i = j
                continue
        bare = _headerless(head.text)
        if bare is not None:
            delim, count = bare
            rows, j = _rows_below(ordered, i, delim, count)
            if rows:
                table = Table([Cell("", head) for _ in range(count)], delimited=True)
                table.rows = [_row_cells(ln, delim) for ln in [head, *rows]]
                tables.append(table)
                i = j
                continue
        i += 1
    return tables


def tables_in(lines: Sequence[Line]) -> list[Table]:
    """Every table in a frame's lines, window by window."""
    by_window: dict[int | None, list[Line]] = {}
    for ln in lines:
        by_window.setdefault(ln.window_row, []).append(ln)
    out: list[Table] = []
    for group in by_window.values():
        out += grid_tables(group)
        out += delimited_tables(group)
    return out
