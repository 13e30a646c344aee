"""Which frame a window question is about: the one showing the time named, or the event
named ("when I started on the customer form", "while the tests were running"), else the
latest; and no frame at all when nothing was being captured then.

A window's state at time T is its state in the last frame at or before T (a frame is only
stored when the screen changed).
"""

from __future__ import annotations

import re
from datetime import timedelta

from autocapture.answer.base import AnswerContext, no_structure
from autocapture.answer.draft import Draft
from autocapture.answer.window_facts import window_nodes
from autocapture.answer.window_switches import focus_switches, switch_events, switch_words
from autocapture.records import format_ts
from autocapture.store.sessions import coverage_at
from autocapture.text import Bag, tokens
from autocapture.understand.reader import NodeRow

# "... when I started on the customer form": the time is that of an event on screen.
WHEN_EVENT = re.compile(
    r"\bwhen (?:i|we) (?:first )?(?:started on|started|began|opened|switched (?:over |back )?to"
    r"|went (?:over |back )?to|got to|moved (?:over )?to|came to|brought up|pulled up|flipped "
    r"(?:over |back )?to|filled (?:in|out)|did|worked on|typed up|wrote up)\s+"
    r"(?:(?:reading|looking at|viewing|using|working on|filling in|on|with)\s+)?"
    r"(?:the |my )?([^,]+?)(?:,|\??$)"
    # "while the orchard-sim tests were running": the first frame showing them
    r"|\b(?:while|when) (?!(?:i|we)\b)(?:the |my )?([^,]+?) (?:was|were) (?:still |first |just )?"
    r"(?:running|open|up|on screen|showing|going|blank|empty|new|unfilled)\b"
    # "at the moment I was looking at the client list": the first frame it had focus
    r"|\b(?:when|while|at the (?:moment|time|point)(?: when| that)?) (?:i|we) (?:was|were) "
    r"(?:first |still |just )?(?:looking at|reading|viewing|using|working on|working in|"
    r"filling in|filling out|doing|in|on)"
    r"\s+(?:the |my )?([^,]+?)(?:,|\??$)"
)


def event_frame(ctx: AnswerContext) -> tuple[str, str] | None:
    """The frame in which the window named by a "when I started on X" clause first took
    focus, when the question has one and names no clock time."""
    if ctx.intent.anchor is not None:
        return None
    m = WHEN_EVENT.search(ctx.question.lower())
    if m is None:
        return _acted(ctx)
    named = set(tokens(m.group(1) or m.group(2) or m.group(3)))
    words = [w for w in switch_words(ctx) if w in named]
    if not words:
        return None
    # Named by its title, else by what it showed ("the orchard-sim tests").
    events = focus_switches(ctx, words) or focus_switches(ctx, words, by_content=True)
    events = events or switch_events(ctx, words)  # "the server terminal": what it holds
    if not events:
        return None
    win = events[0][0]
    return win.frame_id, win.ts_utc


# "when I cat'ed the production notebook", "when I ran the stock check": a command typed in a
# terminal, seen by what it printed (or its command line)
WHEN_ACT = re.compile(
    r"\bwhen (?:i|we) (?:ran|run|typed|printed|cat(?:'?t?ed)?|grepp?'?e?d(?: for)?|tailed"
    r"|listed|piped|less'?e?d|catted) (?:out )?(?:the |my |a )?(?P<what>[^,?]+?)\s*(?:,|\??$)"
)


def _acted(ctx: AnswerContext) -> tuple[str, str] | None:
    """The first frame showing what a command named in a "when I cat'ed X" clause showed:
    every word of X on one line."""
    m = WHEN_ACT.search(ctx.question.lower())
    if m is None:
        return None
    words = [w for w in tokens(m.group("what")) if len(w) > 1]
    if not words:
        return None
    seen = [
        h
        for h in ctx.retriever.search(words, ctx.intent.start, ctx.intent.end, limit=200)
        if all(Bag.of(h.text).has(w) for w in words)
    ]
    if not seen:
        return None
    first = min(seen, key=lambda h: h.ts_ms)
    return first.frame_id, first.ts_utc


def frame_at(ctx: AnswerContext) -> tuple[str, str] | None:
    """(frame_id, ts_utc) of the screen state the question asks about: the last frame at or
    before the time named (or the event named: "when I started on X"), else the latest frame
    in the range (or of all), or its first when asked "just after" a time."""
    intent = ctx.intent
    event = event_frame(ctx)
    if event is not None:
        return event
    if intent.anchor is not None:
        # A state lasts until the next frame (frames are stored only on change), so the
        # frame that shows time T may be older than the range; not older than a day, though.
        row = ctx.graph.last_frame(intent.anchor, intent.anchor - timedelta(days=1))
    else:
        frames = ctx.graph.frames(intent.start, intent.end)
        row = (frames[0] if intent.just_after else frames[-1]) if frames else None
    if row is None:
        return None
    return row[0], row[1]


def not_recording(ctx: AnswerContext) -> Draft | None:
    """Indeterminate when the instant asked about ("at 11:30") lies outside every recorded
    capture session: the last frame before it shows when capture stopped, not that time."""
    i = ctx.intent
    if i.anchor is None or i.end is None or event_frame(ctx) is not None:
        return None
    asked = i.anchor - timedelta(seconds=1)  # the end of the second or minute asked about
    cov = coverage_at(ctx.graph.db, asked)
    if cov.state != "not_recording":
        return None
    if ctx.graph.last_frame(asked, asked - timedelta(minutes=1)) is not None:
        return None  # a frame at that very time (an imported image) shows it all the same
    when = ctx.local_time(format_ts(asked))
    stopped = cov.ended_utc and f"; capture stopped at {ctx.local_time(format_ts(cov.ended_utc))}"
    return Draft(
        "",
        None,
        [],
        0.1,
        "indeterminate",
        f"not_recording: nothing was being captured at {when}{stopped or ''}",
        {"coverage": cov.state},
    )


def windows_at(ctx: AnswerContext) -> tuple[str, str, list[NodeRow]] | Draft:
    """The frame showing the asked time and its windows, or why there is none."""
    gap = not_recording(ctx)
    if gap is not None:
        return gap
    at = frame_at(ctx)
    if at is None:
        return Draft("", None, [], 0.0, "indeterminate", "no_frames_in_time_range")
    wins = window_nodes(ctx, at[0])
    if not wins:
        return no_structure("window facts")
    return at[0], at[1], wins
