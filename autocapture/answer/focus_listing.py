"""Which window had the focus while a listing named by its days was printed ("which window
had focus while the 5 day agenda printed?"): the focused window of the frame where that
listing first showed (``day_listing.py`` finds it), which need not be the program named
alongside (an agenda printed in a shell, not the calendar program's own window).
"""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext
from autocapture.answer.day_listing import days_named, first_listing
from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.window_facts import label_of, window_nodes

_DURING = re.compile(r"\b(?:while|when|as|whilst|during)\b")


def focus_at_listing(ctx: AnswerContext) -> Draft | None:
    """The focused window when the asked N-day listing first showed; None when the question
    names no such listing at a moment, or none was seen (other rules then answer)."""
    q = ctx.question.lower()
    days = days_named(q)
    if days is None or not _DURING.search(q):
        return None
    found = first_listing(ctx, days)
    if found is None:
        return None
    first = found.first
    focused = next((w for w in window_nodes(ctx, first.frame_id) if w.attrs.get("focused")), None)
    if focused is None:
        return None
    where = f" in '{first.window_title}'" if first.window_title else ""
    text = (
        f"When the {days}-day listing ({first.text.strip().rstrip(':')} ...) first showed"
        f"{where} at {ctx.local_time(first.ts_utc)}, {label_of(focused)} had focus."
    )
    evidence = [Evidence(focused.as_line(), "value"), Evidence(first, "label")]
    return Draft(
        text, focused.text, evidence, 0.75, "ok", None, {"days": days, "frame_id": first.frame_id}
    )
