"""Boards printed in a terminal: tables whose cells are coloured one by one (a status cell in
yellow, white on red, bold magenta) under a header that may have scrolled away.

"Which room was shown in yellow?" asks for the thing a row stands for, not the coloured
text: when the coloured text is a cell of a table row (the UI graph's ``table_row`` and
``table_cell`` nodes), the answer is the row's first cell, which names it (the room, the
host, the unit), and the coloured cell says how it was shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from autocapture.answer.base import AnswerContext
from autocapture.answer.console_rows import under_heading, window_rows
from autocapture.answer.draft import Draft, Evidence
from autocapture.retrieve import Line
from autocapture.understand.reader import NodeRow

MAX_ROWS = 6


@dataclass(frozen=True)
class BoardRow:
    """A table row holding a coloured text: the row, and its first cell's lines."""

    row: NodeRow
    first: list[Line]  # the first cell's lines, left to right

    @property
    def name(self) -> str:
        return " ".join(ln.text for ln in self.first)


def rows_holding(ctx: AnswerContext, nodes: list[NodeRow]) -> dict[str, BoardRow]:
    """For each node (by id) that is a cell of a table row of two cells or more: that row and
    its first cell. Nodes outside any table are left out."""
    out: dict[str, BoardRow] = {}
    frames = list(dict.fromkeys(n.frame_id for n in nodes))
    if not frames:
        return out
    parts = ctx.graph.nodes(("table_row", "table_cell"), frame_ids=frames)
    rows = {p.node_id: p for p in parts if p.kind == "table_row"}
    cells: dict[str, list[NodeRow]] = {}
    for p in parts:
        if p.kind == "table_cell" and p.parent_id in rows:
            cells.setdefault(p.parent_id, []).append(p)
    by_span: dict[tuple[str, str], NodeRow] = {}
    for row_id, cs in cells.items():
        if len(cs) < 2:
            continue  # a lone cell is no row of a board
        for sid in rows[row_id].span_ids:
            by_span[(rows[row_id].frame_id, sid)] = rows[row_id]
    lines: dict[str, dict[str, Line]] = {}
    for n in nodes:
        row = next((r for sid in n.span_ids if (r := by_span.get((n.frame_id, sid)))), None)
        if row is None:
            continue
        first = min(cells[row.node_id], key=lambda c: (c.attrs.get("column", 0), c.bbox[0]))
        if n.frame_id not in lines:
            lines[n.frame_id] = {ln.span_id: ln for ln in ctx.retriever.frame_lines(n.frame_id)}
        got = sorted(
            (lines[n.frame_id][sid] for sid in first.span_ids if sid in lines[n.frame_id]),
            key=lambda ln: ln.bbox[0],
        )
        if got:
            out[n.node_id] = BoardRow(row, got)
    return out


def board_says(ctx: AnswerContext, board: BoardRow, asked: frozenset[str]) -> bool:
    """Whether a row's table, or the caption just above it, says a word of the thing asked
    for ("flagged turbines" over a board, its "WTG" column): a board of those things, not
    another table that merely shares the colour (a test run's result rows)."""
    if not asked:
        return False
    row = board.row
    rows = [
        r
        for r in ctx.graph.nodes(("table_row",), frame_ids=[row.frame_id])
        if r.parent_id == row.parent_id
    ]
    top = min(r.bbox[1] for r in rows)
    h = max(row.bbox[3] - row.bbox[1], 1)
    above = [
        ln.text
        for ln in ctx.retriever.frame_lines(row.frame_id)
        if ln.window_row == row.window_row
        and ln.bbox[3] <= top + h / 2
        and ln.bbox[1] >= top - 2 * h
    ]
    said = " ".join([*above, *(r.text for r in rows)])
    # A word of its own, not part of an identifier ("test_two_turbines" names a test).
    return any(
        re.search(rf"(?<![\w/.:]){re.escape(a)}(?:s|es)?(?![\w/])", said, re.IGNORECASE)
        for a in asked
    )


def headed_cell(ctx: AnswerContext, line: Line, asked: frozenset[str]) -> Line | None:
    """The word of a line's screen row under a heading naming what is asked ("SLUG" for
    "which slug"; singular or plural), else None."""
    rows = window_rows(ctx, line)
    at = next(
        (i for i, r in enumerate(rows) if any(ln.span_id == line.span_id for ln in r.lines)), None
    )
    if at is None:
        return None
    names = set(asked) | {a + "s" for a in asked} | {a[:-1] for a in asked if a.endswith("s")}
    return under_heading(ctx, rows, at, names)


def board_answer(
    ctx: AnswerContext,
    chosen: list[NodeRow],
    rows: dict[str, BoardRow],
    looks: dict[str, str],
    score: float,
    asked: frozenset[str] = frozenset(),
) -> Draft:
    """One claim per row: its first cell (the value) and the coloured text on it, shown as
    ``looks`` says ("in red", "on red"). A noun the question asks for that heads a column
    (``asked``: "which SLUG") names the row by that column's cell instead."""
    texts: list[str] = []
    values: list[str] = []
    evidence: list[Evidence] = []
    seen: set[str] = set()
    for n in chosen:
        board = rows.get(n.node_id)
        if board is None or board.name in seen:
            continue
        line = next(
            (ln for ln in ctx.retriever.frame_lines(n.frame_id) if ln.span_id in n.span_ids), None
        )
        seen.add(board.name)
        k = len(texts)
        headed = headed_cell(ctx, line, asked) if line is not None and asked else None
        if headed is not None:
            evidence.append(Evidence(headed, "value", k))
            evidence += [Evidence(ln, "line", k) for ln in board.first]
        else:
            evidence.append(Evidence(board.first[0], "value", k))
            evidence += [Evidence(ln, "line", k) for ln in board.first[1:]]
        shown = f'"{n.text}" shown {looks.get(n.node_id, "")}'
        if line is not None and line.span_id not in {ln.span_id for ln in board.first}:
            evidence.append(Evidence(line, "line", k))
        name = headed.text if headed is not None else board.name
        texts.append(f'{name} ({shown}, on its row "{board.row.text}")')
        values.append(headed.text if headed is not None else board.first[0].text)
        if len(texts) >= MAX_ROWS:
            break
    if not texts:
        return Draft("", None, [], 0.2, "indeterminate", "spans_missing")
    return Draft(
        "; ".join(texts),
        values[0],
        evidence,
        round(score, 3),
        "ok",
        None,
        {"rows": len(texts), "from": "table_rows"},
        values=values,
        claim_texts=texts,
    )
