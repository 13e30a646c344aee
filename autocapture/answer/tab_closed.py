"""A tab the question says was closed: "what was that tab I closed?". A closed tab is one a
browser window's strip showed and none of that window's later strips shows again. When every
tab stays (tabs were only opened or switched), no tab was closed while captured, and the
active or newest tab is no answer to the question.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from autocapture.answer.base import AnswerContext
from autocapture.answer.draft import Draft, Evidence
from autocapture.understand.reader import NodeRow

CLOSED_TAB = re.compile(
    r"\btabs?\b[^?.]*?\b(?:i|we|you)\s+(?:had\s+|just\s+)?"
    r"(?:closed?|shut|killed|got\s+rid\s+of|x'?e?d\s+out)\b"
    r"|\b(?:closed|shut)\s+(?:a\s+|the\s+|that\s+)?tabs?\b"
    r"|\btabs?\s+(?:that\s+|which\s+)?(?:was|were|got)\s+(?:closed|shut)\b"
)


def closed_tab(
    ctx: AnswerContext,
    tab_name: Callable[[NodeRow], str],
    same_tab: Callable[[str, str], bool],
    cite: Callable[[AnswerContext, NodeRow], object],
) -> Draft | None:
    """The tab last closed (its last sighting, cited); indeterminate when no tab left a
    strip while captured; None when the question asks about no closed tab."""
    if not CLOSED_TAB.search(ctx.question.lower()):
        return None
    tabs = ctx.graph.nodes(("tab",), ctx.intent.start, ctx.intent.end)
    if not tabs:
        return None
    wins = {
        (w.frame_id, w.window_row): w
        for w in ctx.graph.nodes(("window",), ctx.intent.start, ctx.intent.end)
    }
    by_browser: dict[tuple, list[list[NodeRow]]] = {}
    strips: dict[tuple[str, int | None], list[NodeRow]] = {}
    for t in tabs:
        strips.setdefault((t.frame_id, t.window_row), []).append(t)
    for key, strip in strips.items():  # oldest frame first
        w = wins.get(key)
        browser = (w.attrs.get("app"), w.attrs.get("pid")) if w else (None, key[1])
        by_browser.setdefault(browser, []).append(strip)
    closed: list[NodeRow] = []
    for seq in by_browser.values():
        for i, strip in enumerate(seq[:-1]):
            later = [tab_name(t) for s in seq[i + 1 :] for t in s]
            closed += [t for t in strip if not any(same_tab(tab_name(t), x) for x in later)]
    if not closed:
        return Draft("", None, [], 0.3, "indeterminate", "no_tab_closed_while_captured")
    last = max(closed, key=lambda t: t.ts_ms)
    name = tab_name(last)
    when = ctx.local_time(last.ts_utc)
    return Draft(
        f"The tab closed was '{name}' (last shown at {when}).",
        name,
        [Evidence(cite(ctx, last), "value")],  # type: ignore[arg-type]
        0.7,
        "ok",
        None,
        {"frame_id": last.frame_id, "how": "closed"},
    )
