"""A minute in which the focus moved: "what tab was I on at 19:35?" names the whole minute;
when the window in front changed during it, each one in turn, from the one holding the focus
as the minute began ("at 19:35:10" is an instant, answered by the frame of that second).
"""

from __future__ import annotations

import re
from datetime import timedelta

from autocapture.answer.base import AnswerContext
from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.window_facts import label_of, window_nodes
from autocapture.records import format_ts
from autocapture.understand.reader import NodeRow

_MINUTE = re.compile(r"\b\d{1,2}[:.h]\d\d(?![:.]\d)")


def within_minute(ctx: AnswerContext) -> Draft | None:
    """ "At 19:35" names a whole minute; when the focus moved during it, each window that had
    it, in order, from the one holding it as the minute began."""
    i = ctx.intent
    if i.anchor is None or i.start is None or i.end is None or i.anchor.second:
        return None
    if i.end - i.start > timedelta(minutes=30) or i.anchor.microsecond:
        return None  # a span of time, not the minute of a clock time
    if not any(_MINUTE.search(p) for p in i.phrases):
        return None  # "at 9:26:10" is an instant; the anchor ends the minute "at 19:35" names
    start, end = i.anchor - timedelta(minutes=1), i.anchor
    first = ctx.graph.last_frame(start, start - timedelta(days=1))
    frames = ([first[:2]] if first else []) + [f[:2] for f in ctx.graph.frames(start, end)]
    held: list[tuple[str, NodeRow]] = []
    for fid, ts in frames:
        w = next((n for n in window_nodes(ctx, fid) if n.attrs.get("focused")), None)
        if w is not None and (not held or held[-1][1].text != w.text):
            held.append((ts, w))
    if len(held) < 2 or len({w.text for _, w in held}) < 2:
        return None
    minute = ctx.local_time(format_ts(start))[:5]
    steps = [f"{label_of(w)} at {ctx.local_time(ts)}" for ts, w in held[1:]]
    text = (
        f"At {minute}, {label_of(held[0][1])} had focus; during that minute the focus moved to "
        + ", then ".join(steps)
        + "."
    )
    # the window holding the focus as the minute ended is the value; the others say how
    evidence = [Evidence(held[-1][1].as_line(), "value")]
    evidence += [Evidence(w.as_line(), "label") for _, w in held[:-1]]
    return Draft(text, held[-1][1].text, evidence, 0.8, "ok", None, {"focus_moves": len(held) - 1})
