"""A column's cell of a row picked out by its look: "the row with the red background on the
board, what's the note on it", "the line in yellow, what's its status".

Boards mark a row by colouring it (an alarm row white on red); the question names the row by
that colour and asks for one of its cells by the column heading above it. The row is found
the way ``console_rows`` finds a coloured row; the cell is the row's words from under that
heading up to the next heading to its right.
"""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext
from autocapture.answer.console_blocks import Row
from autocapture.answer.console_question import colour_word, question_terms
from autocapture.answer.console_rows import HEADER_REACH, rows_in, window_rows
from autocapture.answer.draft import Draft, Evidence
from autocapture.retrieve import Line

# "the row with the red background", "the line in red", "the entry highlighted yellow"
_ROW_BY_LOOK = re.compile(
    r"\b(?:row|line|entry|record|item|one)\s+(?:(?:with|on|in|that\s+(?:has|had))\s+"
    r"(?:the\s+|a\s+|an\s+)?|(?:highlighted|shaded|printed|shown)\s+(?:in\s+)?)"
    r"(?P<colour>[a-z]+)(?:\s+(?P<look>background|highlight|bg|shading|text|letters))?\b"
)
# "what's the note on it", "what is its status", "what was the owner of that row"
_CELL_ASK = re.compile(
    r"\bwhat(?:['’]s|\s+is|\s+was|s)?\s+(?:the\s+(?P<col>[a-z][\w%-]*)\s+(?:on|of|in|for)\s+"
    r"(?:it|that|this|that\s+row|this\s+row|that\s+line|that\s+one)\b|its\s+(?P<col2>[a-z][\w%-]*))"
)
_NOT_COLUMNS = {"colour", "color", "background", "highlight", "name", "text", "title"}


def _heading(ctx: AnswerContext, rows: list[Row], at: int, name: str) -> tuple[Line, int] | None:
    """The heading word ``name`` in the nearest row above ``at`` holding it, and where the
    next heading of that row starts (the cell's right edge)."""
    for above in reversed(rows[max(0, at - HEADER_REACH) : at]):
        words = above.words(ctx)
        for i, w in enumerate(words):
            if w.text.strip(":|").lower() == name:
                right = words[i + 1].bbox[0] if i + 1 < len(words) else 10**9
                return w, right
    return None


def _cell(ctx: AnswerContext, line: Line, column: str) -> tuple[str, list[Line]]:
    """The text of ``line``'s row under the ``column`` heading and the OCR lines it lies in
    (the cited ones: a word of a line cites as the line); empty without that heading."""
    rows = window_rows(ctx, line)
    at = next(
        (i for i, r in enumerate(rows) if any(ln.span_id == line.span_id for ln in r.lines)), None
    )
    if at is None:
        return "", []
    head = _heading(ctx, rows, at, column)
    if head is None:
        return "", []
    word, right = head
    slack = max(2, (word.bbox[2] - word.bbox[0]) // max(1, len(word.text)))  # a character
    row = rows[at]
    words = [
        w for w in row.words(ctx) if w.bbox[0] >= word.bbox[0] - slack and w.bbox[0] < right - slack
    ]
    lines: list[Line] = []
    for w in words:
        held = row.line_of(w)
        if all(held.span_id != ln.span_id for ln in lines):
            lines.append(held)
    return " ".join(w.text for w in words), lines


def cell_of_coloured_row(ctx: AnswerContext) -> Draft | None:
    """The asked column's cell of the row the question names by its colour; None when the
    question is not so put, or no such row and heading are on screen."""
    low = ctx.question.lower()
    row_m, cell_m = _ROW_BY_LOOK.search(low), _CELL_ASK.search(low)
    if row_m is None or cell_m is None:
        return None
    colour = colour_word(row_m.group("colour"))
    column = cell_m.group("col") or cell_m.group("col2")
    if colour is None or column in _NOT_COLUMNS:
        return None
    background = row_m.group("look") in ("background", "highlight", "bg", "shading") or (
        "highlighted" in row_m.group(0) or "shaded" in row_m.group(0)
    )
    terms = [t for t in question_terms(ctx) if t not in (column, "row", "line", "entry")]
    rows = rows_in(ctx, colour, terms, background)
    if rows is None:
        return None
    texts: list[str] = []
    evidence: list[Evidence] = []
    values: list[str] = []
    for ev in rows.evidence:
        if ev.role != "value":
            continue
        value, lines = _cell(ctx, ev.line, column)
        if not lines or value in values:
            continue
        k = len(texts)
        evidence += [Evidence(ln, "value" if i == 0 else "line", k) for i, ln in enumerate(lines)]
        texts.append(f"The {column} of the {colour} row ({ev.line.text}) was '{value}'")
        if len(lines) > 1:  # the value a citation holds: the cell's part in its first line
            value = " ".join(w for w in value.split() if w in lines[0].text.split())
        values.append(value)
    if not texts:
        return None
    return Draft(
        "; ".join(texts),
        values[0],
        evidence,
        rows.confidence,
        "ok",
        None,
        {"colour": colour, "column": column},
        values=values,
        claim_texts=texts,
    )
