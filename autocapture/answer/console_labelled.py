"""A number a question labels with a noun ("page 6", "row 12", "bay 4") names the thing of
that number, not any 6 on screen: a line shows it only where the noun labels the number
there too, written before it ("Page 6") or heading the column it stands in (a board's PAGE
column). A bare 6 elsewhere (a date's "26", a version's "1.9", "6 Nov") is no page 6.
"""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext
from autocapture.answer.console_rows import under_heading, window_rows
from autocapture.answer.console_text_match import PUNCT
from autocapture.retrieve import Line

_LABELLED = re.compile(r"\b([a-z]{3,})\s+(?:no\.?\s+|number\s+|#)?(\d+)\b")


def labelled_number(question: str, terms: list[str], target: str) -> str | None:
    """The noun labelling the question's number ``target`` ("page" in "page 6"), when the
    noun is one of the question's words; else None."""
    for m in _LABELLED.finditer(question.lower()):
        if m.group(2) == target and m.group(1) in terms:
            return m.group(1)
    return None


def shows_labelled(ctx: AnswerContext, line: Line, noun: str, number: str) -> Line | None:
    """The word of the line that is the number the noun labels there, else None."""
    words = ctx.retriever.words_of_line(line)
    texts = [w.text.strip(PUNCT).lower() for w in words]
    names = {noun, noun + "s", noun.rstrip("s")}
    rows: list | None = None
    for i, (w, t) in enumerate(zip(words, texts, strict=True)):
        if t.lstrip("#") != number:
            continue
        if i > 0 and texts[i - 1].rstrip(".:#") in names:
            return w
        if rows is None:
            rows = window_rows(ctx, line)
        at = next(
            (k for k, r in enumerate(rows) if any(ln.span_id == line.span_id for ln in r.lines)),
            None,
        )
        if at is not None:
            head = under_heading(ctx, rows, at, names)
            if head is not None and head.span_id == w.span_id:
                return w
    return None
