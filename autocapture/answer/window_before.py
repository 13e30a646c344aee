"""'What was open before I started X': the screen just before the window named X first
appears, and nothing at all when X is already there in the first frame captured (what came
before the recording is not known; the last frame would answer a different moment)."""

from __future__ import annotations

import re
from collections.abc import Callable

from autocapture.answer.base import AnswerContext
from autocapture.answer.draft import Draft
from autocapture.answer.window_facts import covers, shown_text, window_nodes
from autocapture.answer.window_words import KIND_WORDS, SOFT_WORDS, THING_WORDS
from autocapture.text import tokens
from autocapture.understand.reader import NodeRow

# "before i kicked off the wiki server", "prior to launching the build"
BEFORE_START = re.compile(
    r"\b(?:before|prior to) (?:(?:i|we) )?(?:first )?(?:kicked off|kick(?:ed|ing)? off|started"
    r"|starting|start(?:ed|ing)? up|launch(?:ed|ing)?|fired up|firing up|spun up|spinning up"
    r"|booted(?: up)?|opened|opening|brought up|bringing up|pulled up|ran|running)\s+"
    r"(?:up\s+)?(?:the |my |a |an |that )?(?P<what>[^,?]+?)\s*(?:,|\??$)"
)

# What was started, said by the kind of thing it is: the window is named by the other words
# ("the wiki server" runs in the wiki's terminal, whose log need not say "server")
RUNNING_KINDS = {"server", "servers", "process", "job", "daemon", "service", "script", "program"}
# Words that say how big or what sort a started thing is, or join the phrase, not which one it
# is ("the little web server for the wiki" is the wiki's server)
FILLER = {"little", "small", "tiny", "quick", "local", "simple", "web", "http"}
FILLER |= {"for", "of", "the", "my", "a", "an", "our", "that", "this", "on", "in", "to", "with"}


def _first_shown(
    frames: list[tuple[str, str, int]],
    by_frame: dict[str, list[NodeRow]],
    named: Callable[[NodeRow], bool],
) -> tuple[int, NodeRow] | None:
    """The index of the first frame with a window the test names, and that window."""
    for i, (fid, _ts, _ms) in enumerate(frames):
        hit = next((w for w in by_frame.get(fid, []) if named(w)), None)
        if hit is not None:
            return i, hit
    return None


def before_started(ctx: AnswerContext) -> tuple[str, str] | Draft | None:
    """(frame_id, ts_utc) of the last frame before the window the question says was started
    first shows; an indeterminate Draft when it shows from the first frame captured or never
    shows; None when the question names no such start."""
    if ctx.intent.anchor is not None:
        return None
    m = BEFORE_START.search(ctx.question.lower())
    if m is None:
        return None
    words = [w for w in tokens(m.group("what")) if w not in THING_WORDS | SOFT_WORDS]
    words = [w for w in words if len(w) > 1]
    kinds = RUNNING_KINDS | set(KIND_WORDS) | FILLER
    words = [w for w in words if w not in kinds] or words  # "the wiki server"
    if not words:
        return None
    frames = ctx.graph.frames(ctx.intent.start, ctx.intent.end)
    if not frames:
        return None
    nodes = ctx.graph.nodes(("window",), frame_ids=[f[0] for f in frames])
    by_frame: dict[str, list[NodeRow]] = {}
    for n in nodes:
        by_frame.setdefault(n.frame_id, []).append(n)

    def titled(w: NodeRow) -> bool:
        return covers(words, w.attrs.get("title") or w.text)

    def showing(w: NodeRow) -> bool:
        return covers(words, f"{w.attrs.get('title') or w.text} {shown_text(ctx, w)}")

    # Named by its title first; by what it showed only when no title names it.
    first = _first_shown(frames, by_frame, titled) or _first_shown(frames, by_frame, showing)
    if first is None:
        # The start the question measures from was never seen: any other moment's windows
        # would answer a question nobody asked.
        why = f"start_not_seen: no window showing {m.group('what').strip()!r} was captured"
        return Draft("", None, [], 0.1, "indeterminate", why, {"frame_id": frames[0][0]})
    i, hit = first
    if i > 0:
        return frames[i - 1][0], frames[i - 1][1]
    why = (
        f"before_capture: {hit.attrs.get('title') or hit.text!r} was already there in the "
        f"first frame captured ({ctx.local_time(frames[0][1])}); what was open before it "
        "started was not captured"
    )
    return Draft("", None, [], 0.1, "indeterminate", why, {"frame_id": frames[0][0]})


def windows_before(ctx: AnswerContext) -> tuple[str, str, list[NodeRow]] | Draft | None:
    """The frame before the start asked about and its windows, or why there is none."""
    got = before_started(ctx)
    if got is None or isinstance(got, Draft):
        return got
    wins = window_nodes(ctx, got[0])
    return (got[0], got[1], wins) if wins else None
