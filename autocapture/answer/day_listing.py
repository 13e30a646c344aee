"""A listing named by how many days it covers: "the five-day agenda", "the 4 day schedule".

No screen prints "five-day": an agenda command, a week view or a roster shows it as one date
heading per day ("Wednesday 25 November:", "Thu 2026-11-26"). So the listing is the text of
one window holding exactly that many distinct day headings; the first frame showing it is
when it was printed (or pulled up), and its first and last headings are the evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from autocapture.answer.base import AnswerContext
from autocapture.answer.draft import Draft, Evidence
from autocapture.retrieve import Line
from autocapture.text import SHELL_PROMPT
from autocapture.understand.dates import MONTHS, WEEKDAYS, read_date

_COUNTS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "fourteen": 14,
}  # fmt: skip
DAYS_NAMED = re.compile(
    r"\b(?P<n>\d{1,2}|" + "|".join(_COUNTS) + r")[- ]days?\b\s+(?P<what>agenda|schedule|"
    r"listing|list|calendar|outlook|view|plan|forecast|itinerary|roster|rota|printout)\b",
    re.IGNORECASE,
)
MIN_SPARSE_HEADINGS = 2  # a printed listing short of its days still shows this many
MAX_HEADING = 40  # characters: a heading is a date and little else
MAX_CANDIDATE_FRAMES = 60
SCAN_ALL_FRAMES = 60  # a store this small is read frame by frame
_DAY_NAMES = set(WEEKDAYS) | {d[:3] for d in WEEKDAYS} | {"tues", "thur", "thurs"}
_ORDINAL = {"st", "nd", "rd", "th", "of"}


@dataclass
class Listing:
    """The first sighting of a listing of ``days`` day headings in one window."""

    days: int
    headings: list[Line]  # one per day, top to bottom

    @property
    def first(self) -> Line:
        return self.headings[0]


def days_named(question: str) -> int | None:
    """How many days the question's listing covers ("the five-day agenda": 5), else None."""
    m = DAYS_NAMED.search(question)
    if m is None:
        return None
    n = m.group("n").lower()
    return int(n) if n.isdigit() else _COUNTS[n]


def heading_day(text: str) -> str | None:
    """The day a line names when it is only a date heading ("Wednesday 25 November:",
    "Thu 2026-11-26"), as a key; None for a line that says anything else."""
    t = text.strip().rstrip(":").strip()
    if not t or len(t) > MAX_HEADING:
        return None
    d = read_date(t)
    if not d or not (d["date"] or d["month_day"]):
        return None
    for w in re.findall(r"[A-Za-z]+", t):
        low = w.lower()
        if low not in _DAY_NAMES and low[:3] not in MONTHS and low not in _ORDINAL:
            return None
    return d["date"] or "-".join(str(x) for x in d["month_day"])


def _span_days(keys: list[str]) -> int | None:
    """How many calendar days the headings' dates span, first to last; None when a heading
    has no full date."""
    try:
        ds = [date.fromisoformat(k) for k in keys]
    except ValueError:
        return None
    return (max(ds) - min(ds)).days + 1


def _in_frame(lines: list[Line], days: int) -> list[tuple[bool, list[Line]]]:
    """Per window holding exactly ``days`` distinct day headings: whether a command line
    stands above them (the listing a command printed), and the headings. A command's
    listing of N days leaves out the days with nothing on them, so it also counts when its
    fewer headings all fall within N days."""
    by_window: dict[int | None, dict[str, Line]] = {}
    for ln in sorted(lines, key=lambda ln: ln.bbox[1]):
        key = heading_day(ln.text)
        if key is not None:
            by_window.setdefault(ln.window_row, {}).setdefault(key, ln)
    found = []
    for row, heads in by_window.items():
        if len(heads) > days or len(heads) < MIN_SPARSE_HEADINGS:
            continue
        top = min(h.bbox[1] for h in heads.values())
        printed = any(
            ln.window_row == row and ln.bbox[1] < top and SHELL_PROMPT.match(ln.text)
            for ln in lines
        )
        if len(heads) < days and not (printed and (_span_days(list(heads)) or days + 1) <= days):
            continue
        found.append((printed, list(heads.values())))
    return found


def first_listing(ctx: AnswerContext, days: int) -> Listing | None:
    """The earliest frame in the asked time showing a listing of ``days`` days; one a
    command printed before one a program's view shows (a week view may hold as many)."""
    if days < 2:
        return None
    start, end = ctx.intent.start, ctx.intent.end
    if ctx.retriever.count_frames(start, end) <= SCAN_ALL_FRAMES:
        frames = [(ms, fid) for fid, _, ms in ctx.graph.frames(start, end)]
    else:  # frames with a line naming a day or month ("2026-11-25 (Wed):")
        names = WEEKDAYS + [d[:3] for d in WEEKDAYS] + [m for m in MONTHS if m != "may"]
        hits = ctx.retriever.search(names, start, end, limit=400)
        frames = sorted({(h.ts_ms, h.frame_id) for h in hits if heading_day(h.text)})
    shown: Listing | None = None
    for i in range(0, min(len(frames), MAX_CANDIDATE_FRAMES), 10):
        chunk = [f for _, f in frames[i : i + 10]]
        lines = ctx.retriever.frames_lines(chunk)
        for fid in chunk:
            for printed, heads in _in_frame(lines[fid], days):
                if printed:
                    return Listing(days, heads)
                shown = shown or Listing(days, heads)
    return shown


def listing_when(ctx: AnswerContext) -> Draft | None:
    """ "When did I print the five-day agenda": when that listing first showed. None when
    the question names no listing by its days; indeterminate when none was seen."""
    days = days_named(ctx.question)
    if days is None:
        return None
    found = first_listing(ctx, days)
    if found is None:
        why = f"no_listing_of_{days}_days: no window showed {days} day headings"
        return Draft("", None, [], 0.2, "indeterminate", why, {"days": days})
    first, last = found.first, found.headings[-1]
    where = f" in '{first.window_title}'" if first.window_title else ""
    text = (
        f"The {days}-day listing ({first.text.strip().rstrip(':')} to "
        f"{last.text.strip().rstrip(':')}) first showed at {ctx.local_time(first.ts_utc)}{where}."
    )
    evidence = [Evidence(first, "value"), Evidence(last, "label")]
    return Draft(
        text, first.text, evidence, 0.7, "ok", None, {"days": days, "frame_id": first.frame_id}
    )
