"""The page a browser showed at a moment the question names by an act: "when I switched over
to the server terminal, which page was still showing (behind it)?". Kept apart from
browser.py, which reads the chrome itself; the focus answerer asks this first.
"""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext
from autocapture.answer.browser import page_name
from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.windows import event_frame

# "When I switched over to the server terminal, which page was still showing in the browser
# (behind it)?": the page the browser showed in the frame of that event.
LEAD_EVENT = re.compile(r"^\s*(?:so\s+)?when (?:i|we) [^,]+,\s*(?P<ask>.+)$")
# "which tab was active when I switched over to the server terminal": the same, put after
TRAIL_EVENT = re.compile(r"^\s*(?P<ask>(?:which|what) .+?),? when (?:i|we) [^,]+\??\s*$")
PAGE_ASK = re.compile(r"\b(?:which|what) (?:page|tab|site|website|web page)\b")
_BROWSER_APP = re.compile(r"chrom|firefox|browser|safari|edge|brave|opera|vivaldi", re.I)


def page_at_event(ctx: AnswerContext) -> Draft | None:
    """The page a browser showed when the event a leading "when I ..." clause names
    happened; None when the question is not so put or the event is not found."""
    q = ctx.question.lower()
    m = LEAD_EVENT.match(q) or TRAIL_EVENT.match(q)
    if m is None or not PAGE_ASK.search(m.group("ask")):
        return None
    at = event_frame(ctx)
    if at is None:
        return None
    fid, ts = at
    bars = {n.window_row for n in ctx.graph.nodes(("url_bar",), frame_ids=[fid])}
    wins = ctx.graph.nodes(("window",), frame_ids=[fid])
    browsers = [w for w in wins if w.window_row in bars] or [
        w for w in wins if _BROWSER_APP.search(str(w.attrs.get("app") or ""))
    ]
    if not browsers:
        return Draft("", None, [], 0.3, "indeterminate", "no_browser_at_that_moment")
    w = browsers[0]
    page = page_name(w.text, w.attrs.get("app"))
    front = "" if w.attrs.get("focused") else " (not in front)"
    return Draft(
        f"At {ctx.local_time(ts)}, the browser{front} showed '{page}'.",
        page,
        [Evidence(w.as_line(), "value")],
        0.75,
        "ok",
        None,
        {"frame_id": fid, "event": True},
    )
