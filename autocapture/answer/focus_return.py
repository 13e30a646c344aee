"""Back to a window after something happened: "after the grep, what time did I switch back
to the dose-check test output?".

The event is its first sighting on screen (the grep's command line); the answer is the first
frame after it in which a window named by the rest of the question (its title, else what it
showed) had the focus. Focus order questions without a named event stay with ``focus.py``.
"""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext
from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.windows import (
    FRAME_WORDS,
    RUN_WORDS,
    SOFT_WORDS,
    covers,
    label_of,
    shown_text,
    window_score,
)
from autocapture.retrieve import Line
from autocapture.text import Bag, tokens
from autocapture.understand.reader import NodeRow

_SWITCH = (
    r"(?:switch(?:ed)?|flip(?:ped)?|go|went|come|came|get|got|head(?:ed)?|move[d]?|jump(?:ed)?"
    r"|return(?:ed)?)"
)
# "after the grep, what time did I switch back to X?" / "when did I go back to X after Y?"
BACK_AFTER = re.compile(
    rf"^\s*(?:after|once)\s+(?:i\s+ran\s+|running\s+)?(?:the\s+|my\s+)?(?P<event>[^,]+?),\s*"
    rf"(?:what time|when)\s+did\s+(?:i|we)\s+{_SWITCH}\s+back\s+(?:over\s+)?(?:to|into)\s+"
    rf"(?:the\s+|my\s+)?(?P<target>.+?)\s*\??\s*$"
    rf"|^\s*(?:what time|when)\s+did\s+(?:i|we)\s+{_SWITCH}\s+back\s+(?:over\s+)?(?:to|into)\s+"
    rf"(?:the\s+|my\s+)?(?P<target2>.+?)\s+(?:after|once)\s+(?:i\s+ran\s+|running\s+)?"
    rf"(?:the\s+|my\s+)?(?P<event2>.+?)\s*\??\s*$"
)
# "after faffing with the git history": how the asker spent the time, not what was shown
_BUSY_WITH = re.compile(
    r"^\w+ing\s+(?:(?:about|around)\s+)?(?:with|at|on|through|over)\s+(?:the\s+|my\s+)?"
)
_DONE = {
    "doing",
    "finishing",
    "was",
    "were",
    "is",
    "done",
    "finished",
    "over",
    "ran",
    "run",
    "had",
    "came",
    "up",
}
# what holds the thing named, not a word of its title ("the dose-check terminal")
_CONTAINERS = {"terminal", "window", "tab", "page", "browser", "console", "shell", "screen"}
_NAMING = 0.6  # share of the target's words a window title must hold


def back_after(ctx: AnswerContext) -> Draft | None:
    """The first return of focus to the named window after the named event; None when the
    question is not of that shape, or the event is a window's name, or no return followed."""
    m = BACK_AFTER.search(ctx.question.lower())
    if m is None:
        return None
    said = _BUSY_WITH.sub("", m.group("event") or m.group("event2"))
    event = [w for w in _words(said) if w not in _DONE]
    target = _words(m.group("target") or m.group("target2"))
    if not event or not target:
        return None
    seen = [
        h
        for h in ctx.retriever.search(event, ctx.intent.start, ctx.intent.end, limit=200)
        if all(Bag.of(h.text).has(w) for w in event)
    ]
    if not seen:
        seen = _command_typed(ctx, event)
    if not seen:
        titled = any(
            window_score(event, n) >= _NAMING
            for n in ctx.graph.nodes(("window",), ctx.intent.start, ctx.intent.end)
        )
        if titled:
            return None  # a window ("after doing the shipping address"): focus order
        return Draft("", None, [], 0.2, "indeterminate", "event_never_seen")
    first = min(seen, key=lambda h: h.ts_ms)
    named = [w for w in target if w not in RUN_WORDS | SOFT_WORDS | _CONTAINERS] or target
    for n in ctx.graph.nodes(("window",), ctx.intent.start, ctx.intent.end):
        if n.ts_ms <= first.ts_ms or not n.attrs.get("focused"):
            continue
        if window_score(named, n) >= _NAMING or covers(named, shown_text(ctx, n)):
            text = (
                f'At {ctx.local_time(n.ts_utc)}, after "{first.text}" at '
                f"{ctx.local_time(first.ts_utc)}, the focus went back to {label_of(n)}."
            )
            ev = [Evidence(n.as_line(), "value"), Evidence(first, "label")]
            return Draft(text, n.text, ev, 0.8, "ok", None, {"event_ts": first.ts_utc})
    return None


def _command_typed(ctx: AnswerContext, event: list[str]) -> list[Line]:
    """'The git history': a command typed at a prompt (``$ git log``), named with one word of
    the asker's own that no screen shows ("history"); nothing when more than one word is
    missing, or the rest is not a command typed."""
    absent = [w for w in event if not ctx.retriever.occurs(w)]
    rest = [w for w in event if w not in absent]
    if len(absent) != 1 or not rest:
        return []
    typed = re.compile(rf"[$#>]\s*{re.escape(rest[0])}\b")
    return [
        h
        for h in ctx.retriever.search(rest, ctx.intent.start, ctx.intent.end, limit=200)
        if typed.search(h.text.lower()) and all(Bag.of(h.text).has(w) for w in rest)
    ]


def event_run(ctx: AnswerContext, runs: list[list[NodeRow]], words: list[str]) -> int | None:
    """The focus run during which what the words name first showed on screen (every word
    on one line: "the git diff" on its command line); None when it never did."""
    # every word on one line, else on the line and in its window (a mail's sender in its
    # header, "change of plan" in its body: "reading anja's change of plan")
    seen = [
        h
        for h in ctx.retriever.search(words, ctx.intent.start, ctx.intent.end, limit=200)
        if all(Bag.of(h.text).has(w) for w in words)
        or (len(words) >= 2 and all(ctx.window_bag(h).has(w) for w in words))
    ]
    if not seen:
        return None
    at = min(h.ts_ms for h in seen)
    held = [i for i, r in enumerate(runs) if r[0].ts_ms <= at]
    return held[-1] if held else None


def _words(phrase: str) -> list[str]:
    return [w for w in tokens(phrase) if w not in FRAME_WORDS and len(w) > 1]
