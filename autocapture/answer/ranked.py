"""Ranked lists: "which to-do has the highest priority?" is the item a numbered list under the
heading the question names ranks first.

Task lists (calcurse's TODO pane, a numbered agenda) print each item's priority or rank as its
number, never the word "priority". So a question asking for the highest (most urgent, most
important, top) or lowest priority item is answered from the lines that follow a heading
naming the list ("TODO" for "to-do"), numbered "1. ...": the smallest number is the highest
priority, the largest the lowest. The latest screen showing the list answers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.question import QuestionAnalysis
from autocapture.retrieve import Line
from autocapture.text import Bag
from autocapture.timeparse import TimeIntent

if TYPE_CHECKING:
    from autocapture.answer.lookup import LookupAnswerer

RANK_ASK = re.compile(
    r"\b(?P<end>highest|lowest|top|bottom|most|least)[- ]"
    r"(?:priority|prio|ranked|urgent|important)\b"
    r"|\b(?P<end2>highest|lowest|top|first|last)\b.*\bpriority\b"
    # "what's top of my todo list", "first thing on the to-do list", "bottom of the list"
    r"|\b(?:at )?(?:the )?(?P<end3>top|bottom|head|first|last|end)\b(?: (?:thing|item|one|entry))?"
    r" (?:of|on|in) (?:my|the|our|that) (?:[\w-]+ ){0,2}list\b"
)
_ITEM = re.compile(r"^\s*(\d{1,3})[.)]\s+(\S.*)$")
_RANK_WORDS = {
    "highest", "lowest", "top", "bottom", "most", "least", "priority", "prio", "ranked",
    "urgent", "important", "first", "last", "item", "items", "one", "thing", "has", "list",
    "head", "end", "entry",
}  # fmt: skip
MAX_HEADING_WORDS = 3


def _items_under(heading: Line, lines: list[Line]) -> list[tuple[int, Line]]:
    """Numbered lines below a heading in its window, in its column, until the list ends."""
    h = max(1, heading.bbox[3] - heading.bbox[1])
    below = sorted(
        (
            ln
            for ln in lines
            if ln.window_row == heading.window_row
            and ln.bbox[1] > heading.bbox[1]
            # in the heading's column: left-aligned with it, under a centred heading, or in
            # the panel a heading is centred over (a wide pane's left-aligned rows)
            and (
                abs(ln.bbox[0] - heading.bbox[0]) <= 3 * h
                or ln.bbox[0] <= (heading.bbox[0] + heading.bbox[2]) / 2 <= ln.bbox[2]
                or ln.bbox[2] <= heading.bbox[0] + heading.bbox[2] - ln.bbox[0]
            )
        ),
        key=lambda ln: ln.bbox[1],
    )
    items: list[tuple[int, Line]] = []
    last_y = heading.bbox[3]
    for ln in below:
        if ln.bbox[1] - last_y > 3 * h:
            break  # a gap: the list has ended
        m = _ITEM.match(ln.text)
        if m is None:
            if items:
                break
            continue
        items.append((int(m.group(1)), ln))
        last_y = ln.bbox[3]
    return items


def ranked_item(lookup: LookupAnswerer, q: QuestionAnalysis, intent: TimeIntent) -> Draft | None:
    """The first (or last) ranked item of the list the question names; None when the question
    asks no rank or no such list was seen."""
    m = RANK_ASK.search(intent.remainder.lower())
    if m is None:
        return None
    end = m.group("end") or m.group("end2") or m.group("end3")
    lowest = end in ("lowest", "bottom", "least", "last", "end")
    names = [k for k in q.keywords if k not in _RANK_WORDS and k not in q.phrasing]
    if not names:
        return None
    terms = names + [n.replace("-", "") for n in names if "-" in n]  # "to-do" is "TODO"
    for heading in sorted(
        lookup.r.search(terms, intent.start, intent.end, limit=100),
        key=lambda ln: -ln.ts_ms,
    ):
        words = heading.text.split()
        if not words or len(words) > MAX_HEADING_WORDS:
            continue
        if not any(Bag.of(heading.text).has(n) for n in names):
            continue
        items = _items_under(heading, lookup.frame_lines(heading.frame_id))
        if len(items) < 2:
            continue
        rank, line = (
            max(items, key=lambda it: it[0]) if lowest else min(items, key=lambda it: it[0])
        )
        which = "lowest" if lowest else "highest"
        text = (
            f"{line.text.strip()} ({which} priority of {len(items)} numbered items under "
            f"'{heading.text.strip()}', seen at {lookup.local_when(line.ts_utc)})"
        )
        evidence = [Evidence(line, "value"), Evidence(heading, "label")]
        return Draft(
            text, line.text.strip(), evidence, 0.7, "ok", None, {"rank": rank, "items": len(items)}
        )
    return None
