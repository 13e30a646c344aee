"""'When I flipped over to X, was Y still the focused one?': switching to X gives X the focus,
so the answer is the window that took it then (No, unless Y names that same window), with
the one it took the focus from. X is named by title, by what it showed, or as a server log
by its request lines (``log_shapes.py``).
"""

from __future__ import annotations

import re
from collections import defaultdict

from autocapture.answer.base import AnswerContext
from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.log_shapes import server_log_named
from autocapture.answer.window_facts import (
    content_words,
    holds,
    label_of,
    shown_text,
    window_score,
)
from autocapture.answer.window_switches import switch_events
from autocapture.answer.window_words import KIND_WORDS, SOFT_WORDS, THING_WORDS
from autocapture.text import tokens
from autocapture.understand.reader import NodeRow

_SWITCH_THEN_WAS = re.compile(
    r"^\s*when (?:i|we) (?:switch(?:ed)?|flip(?:ped)?|went|jump(?:ed)?|mov(?:e|ed)|turn(?:ed)?"
    r"|head(?:ed)?|got|came|click(?:ed)?|changed) (?:over |back )?to (?:the |my )?(?P<x>.+?),?"
    r" (?:was|were|is) (?:the |my )?(?P<y>.+?) (?:still )?(?:the )?(?:focused|in focus|in front"
    r"|frontmost|on top|active|one (?:in|with) focus|one focused|ha(?:d|ve|ving) (?:the )?focus)\b"
)


def _server_log_switch(
    ctx: AnswerContext, said: str, words: list[str]
) -> list[tuple[NodeRow, NodeRow | None]]:
    """Frames where a window showing a server log took the focus (its lines say neither
    "server" nor "log"), with the window focused in the frame before."""
    nodes = ctx.graph.nodes(("window",), ctx.intent.start, ctx.intent.end)
    by_frame: dict[str, list[NodeRow]] = defaultdict(list)
    for n in nodes:
        by_frame[n.frame_id].append(n)
    out: list[tuple[NodeRow, NodeRow | None]] = []
    was, prev = False, None
    for ns in by_frame.values():
        focused = next((n for n in ns if n.attrs.get("focused")), None)
        if focused is None:
            continue
        now = server_log_named(said, words, shown_text(ctx, focused))
        if now and not was:
            out.append((focused, prev))
        was, prev = now, focused
    return out


def switch_then_focus(ctx: AnswerContext) -> Draft | None:
    """Which window had the focus when the user switched to X, asked as whether Y still had
    it; None when the question is not so shaped or X never took the focus."""
    q = ctx.question.lower()
    m = _SWITCH_THEN_WAS.search(q)
    if m is None:
        return None
    named = set(tokens(m.group("x")))
    words = [w for w in content_words(ctx) if w in named and w not in THING_WORDS]
    events = [e for e in switch_events(ctx, words) if e[1] is not None] if words else []
    if events:
        win, prev = events[0]
        before: NodeRow | None = prev
    else:
        plain = [w for w in words if w not in KIND_WORDS]
        plain = [w for w in plain if w not in SOFT_WORDS] or plain
        shown = _server_log_switch(ctx, m.group("x"), plain)
        if not shown:
            return None
        win, before = shown[0]
    asked = [w for w in tokens(m.group("y")) if w in set(content_words(ctx))]
    kinds = {KIND_WORDS[w] for w in asked if w in KIND_WORDS}
    plain_y = [w for w in asked if w not in KIND_WORDS]
    yes = bool(asked) and (not plain_y or window_score(plain_y, win) >= 0.6)
    yes = yes and (not kinds or holds(ctx, win, kinds))
    text = (
        f"{'Yes' if yes else 'No'}: when you switched to {m.group('x').strip()} at "
        f"{ctx.local_time(win.ts_utc)}, {label_of(win)} took the focus"
    )
    evidence = [Evidence(win.as_line(), "value")]
    if before is not None:
        text += f" (from {label_of(before)})"
        evidence.append(Evidence(before.as_line(), "label"))
    return Draft(text + ".", win.text, evidence, 0.75, "ok", None, {"kind": "switch_then_focus"})
