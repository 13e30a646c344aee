"""'When did I skip ahead to Friday (in the calendar)?': when a view moved to a day.

A calendar or agenda view lists days under date headings ("27 Nov 2026 (Friday)"); the day
the view is on is the one its topmost heading names. Moving the view to a day is the first
frame in which the window's topmost heading names that day after a frame in which it named
another. The answer cites that heading and, as context, the heading shown before. The day
asked is a weekday or a date ("Friday", "Dec 1", "2026-11-27"); anything else ("skip ahead
to the summary") is not a move between days and is left to the other answerers.
"""

from __future__ import annotations

import re
from datetime import date

from autocapture.answer.base import AnswerContext
from autocapture.answer.draft import Draft, Evidence
from autocapture.retrieve import Line
from autocapture.text import Bag, tokens
from autocapture.understand.dates import MONTHS, WEEKDAYS, read_date

MOVE_ASK = re.compile(
    r"^\s*(?:at )?(?:when|what time|at what time)\s+did\s+(?:i|we|you)\s+"
    r"(?:skip|jump|move|go|flip|page|scroll|advance|step|navigate|switch|fast[- ]forward|get"
    r"|click|hop|leap)"
    r"(?:\s+(?:ahead|forward|forwards|back|backward|backwards|on|over|across|through|down|up"
    r"|along))*\s+to\s+(?P<target>.+?)(?:\s+(?:in|on)\s+(?P<where>[^?]+?))?\s*\??\s*$"
)
# Words a day's name may carry that name no other thing.
_DAY_WORDS = set(WEEKDAYS) | {w[:3] for w in WEEKDAYS} | {"tues", "thur", "thurs"}
_DAY_WORDS |= set(MONTHS) | {"the", "next", "this", "coming", "following", "of", "st", "nd"}
_DAY_WORDS |= {"rd", "th", "day", "sept"}
_DAY_WORDS |= {"january", "february", "march", "april", "june", "july", "august"}
_DAY_WORDS |= {"september", "october", "november", "december"}
MAX_OTHER = 1  # a heading may hold one word besides its date ("Today")


def _day_of(text: str) -> tuple[str | None, tuple[int, int] | None] | None:
    """(weekday, (month, day)) a text names, None when it names no day or says more."""
    got = read_date(text)
    if got is None or got.get("relative"):
        return None
    other = [t for t in tokens(text) if t not in _DAY_WORDS and not t.isdigit()]
    other = [t for t in other if not re.fullmatch(r"\d+(st|nd|rd|th)?|\d{4}-\d\d-\d\d", t)]
    if len(other) > MAX_OTHER:
        return None
    md = tuple(got["month_day"]) if got.get("month_day") else None
    wd = got.get("day")
    if got.get("date"):
        d = date.fromisoformat(got["date"])
        md = (d.month, d.day)
        wd = wd or WEEKDAYS[d.weekday()]
    if wd is None and md is None:
        return None
    return wd, md  # type: ignore[return-value]


def _fits(shown: tuple[str | None, tuple[int, int] | None], want: tuple) -> bool:
    wd, md = want
    if md is not None and shown[1] != md:
        return False
    return wd is None or shown[0] == wd


def _heading(lines: list[Line]) -> tuple[Line, tuple] | None:
    """The topmost line of a window that is a date heading, and the day it names."""
    for ln in sorted(lines, key=lambda ln: (ln.bbox[1], ln.bbox[0])):
        day = _day_of(ln.text)
        if day is not None:
            return ln, day
    return None


def view_moved(ctx: AnswerContext) -> Draft | None:
    """The moment the view moved to the asked day; None when the question asks no such
    move or no window shows dated headings."""
    m = MOVE_ASK.match(ctx.question.lower())
    if m is None:
        return None
    want = _day_of(m.group("target"))
    if want is None:
        return None
    day = ctx.question[m.start("target") : m.end("target")].strip()  # as the asker wrote it
    where = [w for w in tokens(m.group("where") or "") if len(w) > 1]
    wins = ctx.graph.nodes(("window",), ctx.intent.start, ctx.intent.end)
    if where:
        named = [
            w
            for w in wins
            if all(Bag.of(f"{w.text} {w.attrs.get('app') or ''}").has(x) for x in where)
        ]
        wins = named or wins
    if not wins:
        return None
    lines = ctx.retriever.frames_lines(sorted({w.frame_id for w in wins}))
    seen: dict[int | None, tuple[Line, tuple]] = {}  # per window: the last heading shown
    first: tuple[Line, tuple] | None = None
    for w in sorted(wins, key=lambda w: w.ts_ms):
        got = _heading([ln for ln in lines.get(w.frame_id, []) if ln.window_row == w.window_row])
        if got is None:
            continue
        key = w.attrs.get("window_id") or w.text
        before = seen.get(key)
        seen[key] = got
        if not _fits(got[1], want):
            continue
        if before is not None and not _fits(before[1], want):
            line, prev = got[0], before[0]
            text = (
                f"The view moved to {day} at "
                f"{ctx.local_when(line.ts_utc)}: '{line.window_title}' showed \"{line.text}\" "
                f'(it showed "{prev.text}" at {ctx.local_time(prev.ts_utc)}).'
            )
            return Draft(
                text,
                line.text,
                [Evidence(line, "value"), Evidence(prev, "label")],
                0.75,
                "ok",
                None,
                {"view_day": line.text, "before": prev.text},
            )
        if before is None and first is None:
            first = got
    if first is not None:
        line = first[0]
        text = (
            f"'{line.window_title}' already showed \"{line.text}\" when first seen, at "
            f"{ctx.local_when(line.ts_utc)}; the move itself was not captured."
        )
        return Draft(
            text, line.text, [Evidence(line, "value")], 0.45, "ok", None, {"view_day": line.text}
        )
    if not seen:
        return None
    return Draft("", None, [], 0.3, "indeterminate", "view_never_on_that_day", {"where": where})
