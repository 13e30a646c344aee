"""Calendar events: a clock-time range ("14:00-15:00", "14:00 -> 15:00", "2:00 PM - 3:00 PM")
or a clock time opening a row ("09:30 Dentist"), with the title on the same row (either side),
on the row below when it is indented under the time (agenda and terminal calendars), or on
the row above in the same column; the day comes from the nearest date heading above (or the
column header over the event in a week grid). Clock and date shapes: ``dates.py``.
"""

from __future__ import annotations

import re
from datetime import date

from autocapture.understand.dates import (
    CLOCK,
    CLOCK_RE,
    MONTHS,
    RANGE_RE,
    WEEKDAYS,
    clock_hm,
    norm_clock,
    read_date,
)
from autocapture.understand.model import (
    Layout,
    Segment,
    UiNode,
    segments,
    union,
    window_parents,
    window_texts,
)

SIDES = (-1, 0, 1)  # where a bare time's title sits: beside it, below, above (ties: this order)
# A time opening a row: optional bullet, the time, then words (not a sender's colon).
LEAD_RE = re.compile(rf"^\s*[-*•·>|]?\s*[\[(]?(?P<start>{CLOCK})[\])]?\s+(?P<title>[^\d\s].*)$")


# A terminal agenda's four-digit range opening a row ("* 0930-1015 Audit review", the shape
# of ``calcurse --format-apt '%(start:%H%M)-%(end:%H%M)'``). Read only in a window with a
# date heading and two such rows, so a year span ("2025-2026 budget") is no event.
FOUR_RE = re.compile(
    r"^\s*[-*•·>|]?\s*(?P<start>(?:[01]\d|2[0-3])[0-5]\d)-(?P<end>(?:[01]\d|2[0-3])[0-5]\d)"
    r"\s+(?P<title>[^\d\s].*)$"
)
# "(all day) Peak season", and "(all day)Day off" where an agenda's format leaves no space
ALL_DAY_RE = re.compile(r"^\(?all[ -]day\)?\s+|^\(all[ -]day\)(?=\w)", re.I)
# An agenda row marked as lasting all day after its title ("> Day off [all day]")
ALL_DAY_MARK = re.compile(r"^(?P<title>.*?[A-Za-z].*?)\s*[\[(]all[ -]day[\])]\s*$", re.I)
# A title, then its start and length in brackets ("Handover [04:00, 15 min]")
TRAIL_RE = re.compile(
    rf"^(?P<title>.*?[A-Za-z].*?)\s*[\[(](?P<start>{CLOCK})(?:,\s*(?P<dur>\d{{1,4}})\s*min)?[\])]\s*$"
)


def _four(text: str) -> tuple[str, str, str] | None:
    m = FOUR_RE.match(text)
    if not m or m.group("start") >= m.group("end"):
        return None
    s, e = m.group("start"), m.group("end")
    return f"{s[:2]}:{s[2:]}", f"{e[:2]}:{e[2:]}", _clean_title(m.group("title"))


def _heading(seg: Segment) -> dict | None:
    """A row that is a date and little else (a day heading, a column header)."""
    text = seg.text.strip(" :-–|")
    if not text or CLOCK_RE.search(text) or len(text.split()) > 6:
        return None
    found = read_date(text)
    if found is None:
        return None
    words = [w for w in re.findall(r"[A-Za-z]{3,}", text)]
    named = sum(
        1
        for w in words
        if w[:3].lower() in MONTHS
        or w[:3].lower() in {d[:3] for d in WEEKDAYS}
        or w.lower() in ("today", "tomorrow", "yesterday")
    )
    if len(words) - named > 2:
        return None
    return {**found, "span_id": seg.spans[0].span_id, "text": text}


def _headings(segs: list[Segment]) -> list[tuple[Segment, dict]]:
    """Date headings; a heading run into a neighbouring panel's text on its row ("Wednesday
    25 November 2026" beside a to-do list's "1. Chase card ...") is its first span alone."""
    out = []
    for g in segs:
        h = _heading(g)
        if h is None and len(g.spans) > 1:
            first = Segment(g.spans[:1])
            if (h := _heading(first)) is not None:
                g = first
        if h is not None:
            out.append((g, h))
    return out


def _clean_title(text: str) -> str:
    return re.sub(r"^[\s\-*•·|:>,]+|[\s\-*•·|:,]+$", "", text)


def _has_letters(text: str) -> bool:
    return len(re.findall(r"[A-Za-z]", text)) >= 2


def parse(layout: Layout, nodes: list[UiNode]) -> list[UiNode]:
    parents = window_parents(nodes)
    out: list[UiNode] = []
    for wi, lines, lh in window_texts(
        layout, nodes, ("chat_message", "title_bar", "url_bar", "tab")
    ):
        segs = segments(lines, 2.5 * lh)
        headings = _headings(segs)
        four = bool(headings) and sum(1 for g in segs if _four(g.text)) >= 2
        timed = []
        for title_seg, time_seg, start, end, title in _events(segs, lh, four):
            x1, y1, x2, _ = union([title_seg.bbox, time_seg.bbox])
            pick = _nearest_heading(headings, (x1, y1, x2), lh, title_seg, time_seg)
            timed.append((title_seg, time_seg, start, end, title, pick))
        timed += _marked_all_day(segs, lh, headings, timed)
        timed += _all_day(segs, lh, headings, timed)
        for title_seg, time_seg, start, end, title, pick in timed:
            spans = list(dict.fromkeys(time_seg.span_ids + title_seg.span_ids))
            when = f"{start}-{end}" if end else (start or "all day")
            out.append(
                UiNode(
                    "calendar_event",
                    union([title_seg.bbox, time_seg.bbox]),
                    f"{title} {when}",
                    spans,
                    {
                        "title": title,
                        "start": start,
                        "end": end,
                        "date": pick["date"] if pick else None,
                        "day": _weekday(pick),
                        "date_hint": _hint(pick),
                        "title_span_id": title_seg.spans[0].span_id,
                        "time_span_id": _span_with(time_seg, start) if start else None,
                        "date_span_id": pick.get("span_id") if pick else None,
                    },
                    window_index=wi,
                    parent=parents.get(wi),
                )
            )
    return out


def _marked_all_day(segs: list[Segment], lh: float, headings: list, timed: list) -> list[tuple]:
    """Rows that say they last all day, under a date heading: marked after the title ("Day
    off [all day]"), or, in a window that lists timed events, opening with it where another
    row would open with its time (" all day  Day off" of a terminal agenda). Either stands
    under its heading even when that day has no timed event."""
    taken = {id(g) for t in timed for g in t[:2]}
    out = []
    for g in segs:
        if id(g) in taken:
            continue
        m = ALL_DAY_MARK.match(g.text)
        if m is not None:
            title = _clean_title(m.group("title"))
        elif timed and ALL_DAY_RE.match(g.text.strip()):
            title = ALL_DAY_RE.sub("", _clean_title(g.text))
            if not _has_letters(title) or CLOCK_RE.search(title):
                continue
        else:
            continue
        pick = _nearest_heading(headings, (g.bbox[0], g.bbox[1], g.bbox[2]), lh, g)
        if pick is not None:
            out.append((g, g, None, None, title, pick))
    return out


def _all_day(segs: list[Segment], lh: float, headings: list, timed: list) -> list[tuple]:
    """Events without a time: the rows right under a date heading, before the first timed
    event that heading governs, starting where that day's events start (an agenda's
    "* Payroll cut-off", a day panel's first lines). A heading with no timed event under it
    has none (a date over other text is not a calendar)."""
    taken = {id(g) for t in timed for g in t[:2]}
    out = []
    for g, h in headings:
        block = [t for t in timed if t[5] is h]
        if not block:
            continue
        first = min(min(t[0].bbox[1], t[1].bbox[1]) for t in block)
        lefts = [b.bbox[0] for t in block for b in t[:2]]
        below = sorted(
            (
                s
                for s in segs
                if id(s) not in taken
                and s.bbox[1] > g.bbox[1] + 0.5 * lh
                and s.bbox[3] <= first + 0.5 * lh
                and _has_letters(s.text)
                and not CLOCK_RE.search(s.text)
                and not _heading(s)
                and any(abs(s.bbox[0] - x) <= 1.5 * lh for x in lefts)
            ),
            key=lambda s: s.bbox[1],
        )
        bottom = g.bbox[3]
        for s in below:
            if s.bbox[1] - bottom > 1.2 * lh:
                break
            if _nearest_heading(headings, (s.bbox[0], s.bbox[1], s.bbox[2]), lh, s) is not h:
                break
            title = ALL_DAY_RE.sub("", _clean_title(s.text))
            if _has_letters(title):
                taken.add(id(s))
                out.append((s, s, None, None, title, h))
            bottom = s.bbox[3]
    return out


def _nearest_heading(headings: list, box: tuple, lh: float, *exclude: Segment) -> dict | None:
    """The date heading over an event: above it, nearest by vertical then horizontal distance
    (a week grid's column header is straight above; a list's heading may sit to the right)."""
    x1, y1, x2 = box
    best, score = None, float("inf")
    for g, h in headings:
        if g in exclude or g.bbox[3] > y1 + 0.5 * lh:
            continue
        dx = max(g.bbox[0] - x2, x1 - g.bbox[2], 0)
        s = (y1 - g.bbox[3]) + 2 * dx
        if s < score:
            best, score = h, s
    return best


def _hint(pick: dict | None) -> dict | None:
    """What the heading said (without where it was)."""
    return {k: v for k, v in pick.items() if k not in ("span_id", "text")} if pick else None


def _weekday(hint: dict | None) -> str | None:
    if hint and hint.get("date"):
        return WEEKDAYS[date.fromisoformat(hint["date"]).weekday()]
    return hint.get("day") if hint else None


def _span_with(seg: Segment, value: str) -> str:
    hm = clock_hm(value)
    for s in seg.spans:
        m = CLOCK_RE.search(s.text)
        if m and clock_hm(m.group(0)) == hm:
            return s.span_id
    return seg.spans[0].span_id


def _time_of(g: Segment, four: bool = False) -> tuple[str, str | None, str] | None:
    """(start, end, the rest of the text) when a segment holds an event's time."""
    text = g.text
    if four and (hit := _four(text)):
        return hit
    trail = TRAIL_RE.match(text)
    if trail and not RANGE_RE.search(text) and not re.search(r"\d:\d\d:\d\d", text):
        start = norm_clock(trail.group("start"))
        end = _plus(start, int(trail.group("dur"))) if trail.group("dur") else None
        return start, end, _clean_title(trail.group("title"))
    m = RANGE_RE.search(text)
    if m:
        if re.search(r"\d:\d\d:\d\d", m.group(0)):
            return None  # log timestamps, not a schedule
        rest = _clean_title(text[: m.start()] + " " + text[m.end() :])
        return norm_clock(m.group("start")), norm_clock(m.group("end")), rest
    m = LEAD_RE.match(text)
    if not m or re.search(r"\d:\d\d:\d\d", m.group("start")):
        return None
    rest = _clean_title(m.group("title"))
    if re.match(r"^[^\s:]{1,30}:\s", rest) or rest.startswith("<"):
        return None  # "10:42 Name: text" is a chat line
    return norm_clock(m.group("start")), None, rest


def _plus(start: str, minutes: int) -> str | None:
    """The clock time a length after a start ("04:00" + 15 min is "04:15")."""
    hm = clock_hm(start)
    if hm is None:
        return None
    total = hm[0] * 60 + hm[1] + minutes
    return f"{total // 60 % 24:02d}:{total % 60:02d}"


def _events(segs: list[Segment], lh: float, four: bool = False) -> list[tuple]:
    """(title segment, time segment, start, end, title) for each event time in the segments.

    A bare time takes the title beside it on its row, or the nearest row directly above or
    below in its column. Rows of a terminal overlap by a pixel or two, so gaps within a third
    of a line count as a tie; a time with titles on more than one side follows the window's
    own habit (titles beside their times in a day view, under them in agendas, over them in
    event cards), learnt from the times with a title on one side only. So a to-do list in
    the panel beside a terminal calendar's appointments lends none of its rows to a time
    whose title is under it.
    """
    found = [(i, t) for i, g in enumerate(segs) if (t := _time_of(g, four))]
    used = {i for i, _ in found}
    # Segments that can be titles: words, no clock time, not a date heading.
    titles = {
        k
        for k, g in enumerate(segs)
        if _has_letters(g.text) and not CLOCK_RE.search(g.text) and not _heading(g)
    }
    out, pending = [], []
    for i, (start, end, rest) in found:
        if _has_letters(rest):
            out.append((segs[i], segs[i], start, end, rest))
        else:
            pending.append((i, start, end, _title_options(segs, i, lh, titles - used)))
    sides = [opts[0][0] for *_, opts in pending if opts and len({o[0] for o in opts}) == 1]
    habit = max(SIDES, key=lambda side: (sides.count(side), -SIDES.index(side)))
    for i, start, end, opts in pending:
        opts = [o for o in opts if o[1] not in used]
        if not opts:
            continue
        k = min(opts, key=lambda o: (o[0] != habit, SIDES.index(o[0])))[1]
        used.add(k)
        out.append((segs[k], segs[i], start, end, _clean_title(segs[k].text)))
    return out


def _title_options(segs: list[Segment], i: int, lh: float, titles: set[int]) -> list:
    """[(side, segment index)] for a bare time: side -1 beside it on the row (the nearest
    only), 0 below, 1 above in its column (the nearest rows, and any within a third of a
    line of them)."""
    x1, y1, x2, y2 = segs[i].bbox

    def free(k: int) -> bool:
        return k in titles

    def hgap(o: Segment) -> float:
        return max(o.bbox[0] - x2, x1 - o.bbox[2], 0)

    beside = [
        k
        for k, o in enumerate(segs)
        if free(k) and abs(o.bbox[1] - y1) < 0.5 * lh and hgap(o) <= 15 * lh
    ]
    near = [(0.0, -1, min(beside, key=lambda k: hgap(segs[k])))] if beside else []
    for k, o in enumerate(segs):
        column = (o.bbox[0] < x2 and o.bbox[2] > x1) or abs(o.bbox[0] - x1) <= 1.5 * lh
        if not free(k) or not column:
            continue
        below, above = o.bbox[1] - y2, y1 - o.bbox[3]
        if -0.4 * lh <= below <= 1.2 * lh and o.bbox[1] > y1:
            near.append((below, 0, k))
        elif -0.4 * lh <= above <= 1.2 * lh and o.bbox[1] < y1:
            near.append((above, 1, k))
    column = [(g, side, k) for g, side, k in near if side != -1]
    lo = min((g for g, _, _ in column), default=0.0)
    return [(side, k) for g, side, k in sorted(near) if side == -1 or g <= lo + 0.3 * lh]
