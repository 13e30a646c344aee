"""Which came first: "did I look at the X before or after the Y?" compares the moments two
things were first seen.

A thing is a command typed in a terminal (or a test run, known by its output) when the words
name one, as ``command_order.py`` dates them; else the first line showing most of its words.
Each side is cited; when either was never seen the answer says so rather than guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from autocapture.answer.base import AnswerContext
from autocapture.answer.command_order import Ran, command_events, named_words
from autocapture.answer.lookup import Draft, Evidence
from autocapture.retrieve import Line
from autocapture.text import SHELL_PROMPT, Bag, tokens

ORDER_ASK = re.compile(
    r"^\s*(?:did|do|have|had|was|were)\s+(?:(?:i|we|you)\s+)?(?P<a>.+?)\s+"
    r"(?P<dir>before\s+or\s+after|after\s+or\s+before)\s+(?P<b>.+?)\s*\??\s*$"
)
# "did I cat the notes before I printed the agenda or after?": the choice split around the
# second thing
SPLIT_ASK = re.compile(
    r"^\s*(?:did|do|have|had|was|were)\s+(?:(?:i|we|you)\s+)?(?P<a>.+?)\s+"
    r"(?P<dir>before|after)\s+(?P<b>.+?)\s*,?\s+or\s+(?:after|before)\s*\??\s*$"
)
# "the agenda", "my calendar": a thing named by its kind, first seen when events were
_SCHEDULE = {"agenda", "calendar", "schedule", "diary"}
_KINDS = {
    "list", "table", "sheet", "page", "screen", "filling", "filled", "fill", "completing",
    "completed", "writing", "wrote", "editing", "edited", "entering",
}  # fmt: skip
_SAID = {"printed", "print", "opened", "open", "pulled", "brought", "up", "showed", "show"}
# "the agenda printout", "when I printed the agenda": a command's output in a shell, not the
# calendar program's own view
_PRINTED = {"printout", "printouts", "printed", "print"}
_SAID |= _PRINTED
MAX_FRAMES = 30  # frames with calendar events read for a shell prompt
MIN_COVER = 0.75  # share of a thing's words a line must show to stand for it


@dataclass
class Seen:
    """A thing as first seen: when, the line to cite, and how the answer names it."""

    ts_ms: int
    line: Line
    label: str


def _command(words: list[str], events: list[Ran]) -> Seen | None:
    """The first run of the command (or test run) the words name best, if any names one."""
    typed = [e for e in events if e.words & set(words)]
    if not typed:
        return None

    def hits(e: Ran) -> int:
        place = set(tokens(e.title))
        return sum(1 for t in words if t in e.words or t in place)

    best = max(hits(e) for e in typed)
    ref = next(e for e in typed if hits(e) == best)
    where = f" in '{ref.title}'" if ref.title else ""
    return Seen(ref.ts_ms, ref.line, f"{ref.label}{where}")


def _line(ctx: AnswerContext, words: list[str]) -> Seen | None:
    """The first line that shows most of the words."""
    hits = ctx.retriever.search(words, ctx.intent.start, ctx.intent.end, limit=300)
    shown = [h for h in hits if sum(Bag.of(h.text).has(w) for w in words) >= MIN_COVER * len(words)]
    if not shown:
        return None
    first = min(shown, key=lambda h: h.ts_ms)
    return Seen(first.ts_ms, first, f'"{first.text}"')


def _schedule(ctx: AnswerContext, words: list[str]) -> Seen | None:
    """'The agenda' named by its kind alone: the first calendar event shown."""
    if not words or not set(words) <= _SCHEDULE | _SAID or not set(words) & _SCHEDULE:
        return None
    nodes = ctx.graph.nodes(("calendar_event",), ctx.intent.start, ctx.intent.end)
    if not nodes:
        return None
    if set(words) & _PRINTED:
        frames = list(dict.fromkeys(n.frame_id for n in sorted(nodes, key=lambda n: n.ts_ms)))
        shells = {
            (ln.frame_id, ln.window_row)
            for f in frames[:MAX_FRAMES]
            for ln in ctx.lookup.frame_lines(f)
            if SHELL_PROMPT.match(ln.text)
        }
        nodes = [n for n in nodes if (n.frame_id, n.window_row) in shells] or nodes
    first = min(nodes, key=lambda n: n.ts_ms)
    line = first.as_line()
    return Seen(first.ts_ms, line, f"the {', '.join(w for w in words if w in _SCHEDULE)}")


def _seen(ctx: AnswerContext, words: list[str], events: list[Ran]) -> Seen | None:
    got = _schedule(ctx, words) or _command(words, events) or _line(ctx, words)
    if got is not None:
        return got
    # "the phone list", "filling the fault report": the kind of thing and what was done to
    # it are the asker's words; the screen shows what it holds ("phone", "Fault report").
    held = [w for w in words if w not in _KINDS]
    return _line(ctx, held) if held and len(held) < len(words) else None


def event_order(ctx: AnswerContext) -> Draft | None:
    """Whether the first thing named came before or after the second; None when the question
    is not put so."""
    q = ctx.question.lower()
    m = ORDER_ASK.match(q) or SPLIT_ASK.match(q)
    if m is None:
        return None
    a_words, b_words = named_words(tokens(m.group("a"))), named_words(tokens(m.group("b")))
    if not a_words or not b_words:
        return None
    events = command_events(ctx)
    a = _seen(ctx, a_words, events)
    b = _seen(ctx, b_words, events)
    if a is None or b is None:
        missing = m.group("a") if a is None else m.group("b")
        return Draft("", None, [], 0.2, "indeterminate", f"never_seen: {missing.strip()}")
    if a.line.span_id == b.line.span_id or a.ts_ms == b.ts_ms:
        return Draft("", None, [], 0.2, "indeterminate", "same_moment")
    after = a.ts_ms > b.ts_ms
    text = (
        f"{'After' if after else 'Before'}: {a.label} was first seen at "
        f"{ctx.local_when(a.line.ts_utc)}, {'after' if after else 'before'} {b.label} "
        f"(first seen at {ctx.local_time(b.line.ts_utc)})."
    )
    return Draft(
        text,
        a.line.text,
        [Evidence(a.line, "value"), Evidence(b.line, "label")],
        0.7,
        "ok",
        None,
        {"order": "after" if after else "before", "first": a.label, "second": b.label},
    )
