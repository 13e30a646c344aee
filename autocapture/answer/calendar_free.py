"""Free or busy at a time: "am I free at 2 this afternoon?", "is anything booked at 10:30
tomorrow?".

Busy is shown by the event that spans (or starts at) the time asked, cited. Free is said only
when that day's calendar was on screen and none of its timed events covers the time; the
answer cites the events just before and after it, the screen it rests on. A day never shown
leaves it indeterminate: absence cannot be cited.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from autocapture.answer.base import AnswerContext
from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.structured import day_label
from autocapture.understand.dates import clock_hm, norm_clock
from autocapture.understand.reader import NodeRow

FREE_ASK = re.compile(
    r"^\s*(?:am|are|is|will) (?:i|we|you|\w+) (?:be )?(?P<how>free|available|busy|booked|tied up)"
    r"|^\s*(?:is|are) (?:there )?(?:anything|something) (?:on|booked|scheduled|planned)\b"
)
# "at 2", "at 2:30", "at 14:00", "at 2 pm": the hour asked (the time parser needs a colon or
# am/pm, so a bare "at 2" stays in the question).
_AT = re.compile(r"\bat (?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?\b", re.I)
_AFTERNOON = re.compile(r"\b(?:afternoon|evening|tonight|pm)\b", re.I)


def _asked_time(ctx: AnswerContext) -> tuple[int, int] | None:
    text = " ".join([ctx.question, *ctx.intent.phrases])
    m = _AT.search(text)
    if m is None:
        return None
    h, mi = int(m.group("h")), int(m.group("m") or 0)
    ampm = (m.group("ampm") or "").lower()
    if ampm.startswith("p") or (not ampm and h < 12 and _AFTERNOON.search(text)):
        h = h % 12 + 12
    elif not ampm and 1 <= h <= 6 and not m.group("m"):
        h += 12  # "free at 2": office hours, the afternoon
    return (h, mi) if h < 24 and mi < 60 else None


def free_at(
    ctx: AnswerContext,
    events: list[NodeRow],
    when: dict[int, date | None],
    day: date | None,
    spans: Callable[[NodeRow, tuple[int, int]], bool],
) -> Draft | None:
    """Busy (the event then) or free (none then, the day seen); None when not asked."""
    if not FREE_ASK.search(ctx.question.lower()):
        return None
    hm = _asked_time(ctx)
    if hm is None or day is None:
        return None
    said = norm_clock(f"{hm[0]}:{hm[1]:02d}")
    timed = [n for n in events if clock_hm(n.attrs.get("start") or "") is not None]
    busy = [n for n in timed if clock_hm(n.attrs.get("start") or "") == hm or spans(n, hm)]
    decisions = {"asked_time": said, "day": day.isoformat(), "events": len(events)}
    if busy:
        texts = [
            f"{'No: ' if i == 0 else ''}{n.attrs['title']} "
            f"({n.attrs.get('start')}-{n.attrs.get('end') or '?'})"
            for i, n in enumerate(busy)
        ]
        return Draft(
            "; ".join(texts) + ".",
            busy[0].text,
            [Evidence(n.as_line(), "value", i) for i, n in enumerate(busy)],
            0.8,
            "ok",
            None,
            decisions,
            values=[n.text for n in busy],
            claim_texts=texts,
        )
    if not timed:
        return Draft("", None, [], 0.2, "indeterminate", "day_not_on_screen", decisions)

    def minutes(n: NodeRow) -> int:
        h, m = clock_hm(n.attrs["start"])  # type: ignore[misc]
        return h * 60 + m

    at = hm[0] * 60 + hm[1]
    before = [n for n in timed if minutes(n) < at]
    after = [n for n in timed if minutes(n) > at]
    near = [
        x
        for x in (max(before, key=minutes, default=None), min(after, key=minutes, default=None))
        if x
    ]
    around = ", ".join(f"{n.attrs['title']} at {n.attrs['start']}" for n in near)
    text = f"Yes: nothing is booked at {said} on {day_label(day)}" + (
        f" (around it: {around})." if around else "."
    )
    return Draft(
        text,
        near[0].text if near else None,
        [Evidence(n.as_line(), "value", i) for i, n in enumerate(near)],
        0.6,
        "ok" if near else "indeterminate",
        None if near else "day_not_on_screen",
        decisions,
    )
