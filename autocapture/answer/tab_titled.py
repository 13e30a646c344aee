"""The full title of a tab named by what it is about: "full title of the tab with the gallery
humidity numbers, the strip cuts it off". Tab strips cut titles short; the browser window's
title names the active tab's page in full, so each tab of the latest strip is read by its
full title and the one whose title names the most of the question's words is the answer."""

from __future__ import annotations

import re
from collections.abc import Callable

from autocapture.answer.base import AnswerContext
from autocapture.answer.draft import Draft, Evidence
from autocapture.retrieve import Line
from autocapture.text import Bag
from autocapture.understand.reader import NodeRow

# The title asked whole, or said to be cut short by the strip.
FULL_TITLE = re.compile(
    r"\b(?:full|whole|complete|entire|untruncated|uncut|long) (?:title|name)\b"
    r"|\b(?:cuts?|chops?|clips?) (?:it |them |the title |the name )?(?:off|short)\b"
    r"|\btruncat\w*"
)
# Words that say how the title is asked, not which tab.
ASK_WORDS = {
    "full", "whole", "complete", "entire", "untruncated", "uncut", "long", "title", "titles",
    "name", "named", "strip", "cut", "cuts", "off", "short", "chops", "chop", "clips",
    "truncated", "truncates", "tab", "tabs", "one", "says", "said",
}  # fmt: skip


def titled_tab(
    ctx: AnswerContext,
    strip: list[NodeRow],
    title: Callable[[AnswerContext, NodeRow], str],
    cite: Callable[[AnswerContext, NodeRow], Line],
    full_window: Callable[[AnswerContext, NodeRow], NodeRow | None],
) -> Draft | None:
    """The tab of STRIP whose full title (TITLE) names the most of the question's words, when
    the full title is asked and one tab leads; None otherwise (other branches answer)."""
    q = ctx.question.lower()
    if not FULL_TITLE.search(q) or not strip:
        return None
    words = [w for w in ctx.analysis.keywords if w not in ASK_WORDS and len(w) > 1]
    if not words:
        return None
    scored = sorted(
        ((sum(Bag.of(title(ctx, t)).has(w) for w in words), t) for t in strip),
        key=lambda st: -st[0],
    )
    best, tab = scored[0]
    if best == 0 or (len(scored) > 1 and scored[1][0] == best):
        return None  # no tab, or several, named by the words: not this branch's to say
    full = full_window(ctx, tab)
    name = title(ctx, tab)
    shown = re.sub(r"(\s+x|\s*[×+✕])+\s*$", "", tab.text).strip()
    if full is None:
        why = "full_title_not_seen: the tab was never the active one while captured"
        return Draft("", None, [], 0.3, "indeterminate", why, {"tab": shown})
    text = (
        f"The tab showing '{shown}' was '{name}' (the window's title while it was the active "
        f"tab, at {ctx.local_time(full.ts_utc)})."
    )
    ev = [Evidence(full.as_line(), "value"), Evidence(cite(ctx, tab), "label")]
    decisions = {"frame_id": tab.frame_id, "words": words, "matched": best, "by": "title"}
    return Draft(text, full.text, ev, 0.75, "ok", None, decisions)
