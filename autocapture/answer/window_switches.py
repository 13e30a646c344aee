"""Focus switches: each moment a named window (or browser page) took focus, and "when did I
switch to / open / go to X (after Y)?" answered from them.

A switch is the first frame of a run of frames whose focused window matches; a window in
focus from the first frame captured was not seen being switched to, and the answer says so.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from autocapture.answer.base import AnswerContext
from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.log_shapes import server_log_named
from autocapture.answer.window_facts import (
    content_words,
    covers,
    holds,
    label_of,
    shown_text,
    shown_title,
)
from autocapture.answer.window_words import (
    KIND_WORDS,
    ORDER_WORDS,
    SEQUENCE_WORDS,
    SOFT_WORDS,
    SWITCH_FROM,
    SWITCH_VERBS,
    THING_WORDS,
)
from autocapture.text import Bag, tokens
from autocapture.understand.reader import NodeRow


def _named(words: list[str], win: NodeRow) -> bool:
    """A window named loosely ("doing the shipping address"): most of the words in its title."""
    bag = Bag.of(win.attrs.get("title") or win.text)
    return sum(1 for w in words if bag.has(w)) * 3 >= len(words) * 2


def _identity(win: NodeRow) -> tuple[str, object]:
    """Which window a window node is across frames: its program and process, else title."""
    pid = win.attrs.get("pid")
    return (win.attrs.get("app") or "", pid) if pid is not None else ("", win.attrs.get("title"))


def focus_switches(
    ctx: AnswerContext,
    words: list[str],
    by_content: bool = False,
    shaped: Callable[[str], bool] | None = None,
) -> list[tuple[NodeRow, NodeRow | None]]:
    """Each moment the named window (or browser page: its active tab) took focus: the first
    frame of a run of frames whose focused window matches the words, with the window that had
    focus in the frame before (None when the run starts with the first frame captured).

    ``by_content``: the words name what the window showed ("the contacts terminal" ran
    ``cat contacts.csv``), not its title; ``shaped`` also takes a window whose text has the
    shape the words name ("the server log": lines of requests)."""
    nodes = ctx.graph.nodes(("window", "tab"), ctx.intent.start, ctx.intent.end)
    by_frame: dict[str, list[NodeRow]] = defaultdict(list)
    for n in nodes:
        by_frame[n.frame_id].append(n)
    out: list[tuple[NodeRow, NodeRow | None]] = []
    before: NodeRow | None = None
    was = False
    for fid in by_frame:  # frames in time order (nodes come oldest first)
        ns = by_frame[fid]
        focused = next((n for n in ns if n.kind == "window" and n.attrs.get("focused")), None)
        if focused is None:
            continue  # no window facts with focus: the state is unknown, not changed
        now = covers(words, shown_title(focused, ns))
        if by_content and not now and (words or shaped is not None):
            # its title and what it showed together ("wiremu's overtime": a name in the form)
            text = f"{shown_title(focused, ns)} {shown_text(ctx, focused)}"
            now = covers(words, text) or (shaped is not None and shaped(text))
        # By content, two windows in a row may both show the words (a mail quoting the chat
        # channel, then the chat log): focus moving from one to the other is a switch too.
        moved = by_content and before is not None and _identity(before) != _identity(focused)
        if now and (not was or moved):
            out.append((focused, before))
        was, before = now, focused
    return out


def switch_events(ctx: AnswerContext, words: list[str]) -> list[tuple[NodeRow, NodeRow | None]]:
    """Focus switches to the window WORDS name: by its title, else by what it showed ("the
    contacts terminal": the terminal whose content names contacts)."""
    events = focus_switches(ctx, words)
    if events:
        return events
    kinds = {KIND_WORDS[w] for w in words if w in KIND_WORDS}
    plain = [w for w in words if w not in KIND_WORDS]
    plain = [w for w in plain if w not in SOFT_WORDS] or plain  # "the server log"
    q = ctx.question.lower()
    if not plain and kinds:  # "the terminal" alone: any window holding that kind of content
        return [
            e
            for e in focus_switches(ctx, [], by_content=True, shaped=lambda t: True)
            if holds(ctx, e[0], kinds) and (e[1] is None or not holds(ctx, e[1], kinds))
        ]
    return [
        e
        for e in focus_switches(
            ctx, plain, by_content=True, shaped=lambda t: server_log_named(q, plain, t)
        )
        if not kinds or holds(ctx, e[0], kinds)
    ]


def switched_to(ctx: AnswerContext) -> Draft | None:
    """'When did I switch to / open / go to X': the frame in which the window or browser page
    named X took focus after a frame in which it had not (the first such switch, or the last
    when asked for the last or latest one; later ones are listed). None when the question
    names no window or page that ever had focus: the caller answers some other way."""
    words, prev_words = switch_words(ctx), []
    m = SWITCH_FROM.search(ctx.question.lower())
    if m:
        named, tail = set(tokens(m.group(1))), set(tokens(m.group(0)))
        prev_words = [w for w in words if w in named]
        words = [w for w in words if w not in tail and w not in SEQUENCE_WORDS]
    events = switch_events(ctx, words)
    if not events:
        return None
    switched = [e for e in events if e[1] is not None]
    if prev_words and switched:
        # "back to X after Y": the first return to X once Y had had focus
        came = [e for e in switched if e[1] is not None and _named(prev_words, e[1])]
        if not came:
            seen = focus_switches(ctx, prev_words)
            since = seen[0][0].ts_ms if seen else None
            came = [e for e in switched if since is not None and e[0].ts_ms > since]
        switched = came or switched
    if not switched:
        # In focus since the first frame captured: the switch itself happened before it.
        win = events[0][0]
        return Draft(
            f"{label_of(win)} already had focus at {ctx.local_time(win.ts_utc)}, the first "
            "frame captured; the switch to it was not captured.",
            win.text,
            [Evidence(win.as_line(), "value")],
            0.55,
            "ok",
            None,
            {"kind": "switch", "switches": 0},
        )
    last = bool(re.search(r"\b(last|latest|most recent(ly)?|again)\b", ctx.question.lower()))
    picked = switched[-1] if last else switched[0]
    win, prev = picked
    assert prev is not None
    text = (
        f"You switched to {label_of(win)} at {ctx.local_time(win.ts_utc)} (from "
        f"{label_of(prev)}, in focus at {ctx.local_time(prev.ts_utc)})."
    )
    others = [ctx.local_time(w.ts_utc) for w, _ in switched if w is not win]
    if others:
        text += f" It also took focus at {', '.join(others[:3])}."
    return Draft(
        text,
        win.text,
        [Evidence(win.as_line(), "value"), Evidence(prev.as_line(), "label")],
        0.85,
        "ok",
        None,
        {"kind": "switch", "switches": len(switched), "frame_id": win.frame_id},
    )


def switch_words(ctx: AnswerContext) -> list[str]:
    """The words naming the window or page switched to."""
    return [
        w
        for w in content_words(ctx)
        if w not in SEQUENCE_WORDS
        and w not in THING_WORDS
        and w not in SWITCH_VERBS
        and w not in ORDER_WORDS
    ]
