"""What a table row is about: "what was correction C-1152 about?", "what is ticket 4411 about?".

The id names a row of a table (a cell holding it and nothing else); what the row is about is
its cells of words (the error, the fix, the subject), not its dates, times or counts, each
given under its column's name. The latest sighting of the row answers; each cell is its own
claim, citing the cell with the id's cell as its label. None when no table row holds the id
(free-text lookup answers).
"""

from __future__ import annotations

import re
from typing import Protocol

from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.tables import Cell, tables_in
from autocapture.retrieve import Line
from autocapture.understand.dates import read_date

MAX_FRAMES = 8
ABOUT = re.compile(
    r"^\s*what\s+(?:was|is|were|are|'s|’s)\s+(?:the\s+)?(?P<thing>.{2,60}?)\s+about\s*\??\s*$",
    re.I,
)
# An id: a token with a digit, at least three characters long ("C-1152", "INV-22", "4411").
_ID = re.compile(r"[A-Za-z0-9][\w./-]*\d[\w./-]*|\d[\w./-]{2,}")
# A cell of words: at least one word of three letters or more.
_WORDY = re.compile(r"[^\W\d_]{3,}")
# A clock time or an amount, maybe with a unit ("6.30pm", "$42.00", "12 kg")
_MEASURE = re.compile(r"^\W*\d[\d.,:]*\s*[^\W\d_]{0,3}\W*$")


class _Answerer(Protocol):
    texts: dict[str, str]

    def frame_lines(self, frame_id: str) -> list[Line]: ...

    def tightest(self, line: Line, value: str) -> Line: ...

    def local_when(self, ts_utc: str) -> str: ...


def _described(cell: Cell) -> bool:
    """A cell saying something about the row: words, not a date, time or count."""
    text = cell.text.strip()
    if not _WORDY.search(text) or _MEASURE.match(text):
        return False
    d = read_date(text)
    return not (d and (d["date"] or d["month_day"] or d["day"] or d["candidates"]))


def row_about(a: _Answerer, question: str, hits: list[Line]) -> Draft | None:
    m = ABOUT.match(question)
    if m is None:
        return None
    ids = {t.lower() for t in _ID.findall(m.group("thing"))}
    if not ids:
        return None
    best: tuple[int, list[Cell], Cell, list[Cell]] | None = None
    frames = list(dict.fromkeys(h.frame_id for h in hits))[:MAX_FRAMES]
    for frame in frames:
        for table in tables_in(a.frame_lines(frame)):
            if table.delimited:
                continue  # one span per row: its cells cannot be cited apart
            for row in table.rows:
                key = next(
                    (c for c in row.values() if c.text.strip().lower() in ids),
                    None,
                )
                if key is None:
                    continue
                cells = [c for _, c in sorted(row.items()) if c is not key and _described(c)]
                heads = [
                    table.header[i] if 0 <= i < len(table.header) else Cell("", c.line)
                    for i, c in sorted(row.items())
                    if c is not key and _described(c)
                ]
                if cells and (best is None or key.line.ts_ms > best[0]):
                    best = (key.line.ts_ms, cells, key, heads)
    if best is None:
        return None
    _, cells, key, heads = best
    parts = [f"{h.text}: {c.text}" if h.text else c.text for h, c in zip(heads, cells, strict=True)]
    title = key.line.window_title or ""
    where = a.texts["where"].format(window_title=title) if title else ""
    when = a.local_when(key.line.ts_utc)
    text = a.texts["value_with_label"].format(
        label=key.text.strip(),
        value="; ".join(parts),
        ts_utc=key.line.ts_utc,
        when=when,
        window_title=title,
        where=where,
        reason="",
    )
    evidence: list[Evidence] = []
    for i, c in enumerate(cells):
        evidence.append(Evidence(a.tightest(c.line, c.text.strip()), "value", i))
        evidence.append(Evidence(key.line, "label", i))
    decisions = {
        "row_about": key.text.strip(),
        "cells": [c.text for c in cells],
        "best_coverage": 1.0,
        "candidates": len(hits),
    }
    conf = 0.8
    return Draft(
        text,
        cells[0].text.strip(),
        evidence,
        conf,
        "ok",
        None,
        decisions,
        [c.text.strip() for c in cells],
        [f"{key.text.strip()}: {parts[0]}", *parts[1:]],
    )
