"""When a named window had the focus: "when was the berthcalc terminal the one in focus?",
"what time was the invoice form active?".

The answer is each spell of focus (the frames in which the window named had the focus, one
run after another), cited by the window node that starts it. A window named that never had
the focus, or that no window is, leaves the question indeterminate: the focus now is no
answer to it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from autocapture.answer.base import AnswerContext
from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.window_facts import covers, holds, label_of, shown_text, window_score
from autocapture.answer.window_words import (
    FRAME_WORDS,
    KIND_WORDS,
    SEQUENCE_WORDS,
    SOFT_WORDS,
    THING_WORDS,
)
from autocapture.text import tokens
from autocapture.understand.reader import NodeRow

# "when was X the one in focus", "what time did X have focus", "when was X the active window"
WHEN_FOCUSED = re.compile(
    r"^\s*(?:at )?(?:when|what time|at what time) (?:was|were|did) (?:the |my )?(?P<named>.+?)\s+"
    r"(?:(?:the (?:one|window|app) )?(?:in focus|focused|in front|in the foreground|frontmost"
    r"|on top)|the (?:active|focused|front|frontmost|foreground) (?:one|window|app)"
    r"|(?:have|had|get|got|hold|held|take|took) (?:the )?focus)\s*\??\s*$"
)
_NAMES = 0.6  # share of the words naming a window its title and app must hold
_SHOWN = 3  # spells listed in the answer


def when_focused(ctx: AnswerContext) -> Draft | None:
    """The spells of focus of the window the question names; None when it asks no such
    thing or names no window at all."""
    m = WHEN_FOCUSED.match(ctx.question.lower())
    if m is None:
        return None
    skip = FRAME_WORDS | THING_WORDS | SEQUENCE_WORDS
    words = [w for w in tokens(m.group("named")) if w not in skip and len(w) > 1]
    kinds = {KIND_WORDS[w] for w in words if w in KIND_WORDS}
    plain = [w for w in words if w not in KIND_WORDS]
    if not plain and not kinds:
        return None
    nodes = ctx.graph.nodes(("window",), ctx.intent.start, ctx.intent.end)
    by_frame: dict[str, list[NodeRow]] = defaultdict(list)
    for n in nodes:
        by_frame[n.frame_id].append(n)
    focused = [next((n for n in ns if n.attrs.get("focused")), None) for ns in by_frame.values()]

    def titled(n: NodeRow) -> bool:
        return (not plain or window_score(plain, n) >= _NAMES) and (
            not kinds or holds(ctx, n, kinds)
        )

    hard = [w for w in plain if w not in SOFT_WORDS] or plain

    def showing(n: NodeRow) -> bool:  # "the pytest terminal": named by what it showed
        return covers(hard, shown_text(ctx, n)) and (not kinds or holds(ctx, n, kinds))

    spells = _spells(focused, titled) or (_spells(focused, showing) if hard else [])
    if not spells:
        reason = "window_never_focused: " + " ".join(words)
        return Draft("", None, [], 0.2, "indeterminate", reason)
    parts = []
    for first, until in spells[:_SHOWN]:
        end = f" until {ctx.local_time(until.ts_utc)}" if until is not None else " on"
        parts.append(f"from {ctx.local_time(first.ts_utc)}{end}")
    more = f" ({len(spells) - _SHOWN} more)" if len(spells) > _SHOWN else ""
    win = spells[0][0]
    text = f"{label_of(win)} had focus {', '.join(parts)}{more}."
    return Draft(
        text,
        win.text,
        [Evidence(win.as_line(), "value")]
        + [Evidence(first.as_line(), "label") for first, _ in spells[1:_SHOWN]],
        0.8,
        "ok",
        None,
        {"spells": len(spells)},
    )


def _spells(
    focused: list[NodeRow | None], named: Callable[[NodeRow], bool]
) -> list[tuple[NodeRow, NodeRow | None]]:
    """Runs of frames whose focused window is the one named: (the window in the run's first
    frame, the window that took the focus after it, None when the run lasts to the end)."""
    out: list[tuple[NodeRow, NodeRow | None]] = []
    start: NodeRow | None = None
    for n in focused:
        if n is None:
            continue  # no window had the focus in the facts: unknown, not changed
        now = named(n)
        if now and start is None:
            start = n
        elif not now and start is not None:
            out.append((start, n))
            start = None
    if start is not None:
        out.append((start, None))
    return out
