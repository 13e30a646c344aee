"""A window named by what covered it ("the window half hidden behind mutt", "the terminal
underneath the browser"): the windows lower in the stacking order (z) whose box overlaps the
named window's box, in the frame asked about ("at the start": the first one)."""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext
from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.window_facts import label_of, window_nodes, window_score
from autocapture.answer.window_moment import windows_at
from autocapture.understand.reader import NodeRow

# "a window (half) hidden behind mutt", "the terminal sitting underneath firefox"
BEHIND_ASK = re.compile(
    r"\b(?:window|terminal|xterm|app|program|dialog|browser|one)s?\b[\w ,-]{0,30}?"
    r"\b(?:behind|underneath|beneath) (?:the |my |that )?(?P<front>[\w.~/@:-]+(?: [\w.~/@:-]+)?)"
)
# "at the start", "at the beginning", "at first": the first frame of the range
AT_START = re.compile(r"\b(?:at|from|in) the (?:very )?(?:start|beginning)\b|\bat first\b")
_STOP = {"at", "when", "while", "in", "on", "the", "window", "terminal", "app", "start", "first"}
_STOP |= {"it", "them", "this", "that", "those", "these"}  # "behind it": named elsewhere


def _z(w: NodeRow) -> int:
    z = w.attrs.get("z")
    return z if isinstance(z, int) else 0


def _overlap(a: NodeRow, b: NodeRow) -> int:
    ax0, ay0, ax1, ay1 = a.bbox
    bx0, by0, bx1, by1 = b.bbox
    return max(0, min(ax1, bx1) - max(ax0, bx0)) * max(0, min(ay1, by1) - max(ay0, by0))


def window_behind(ctx: AnswerContext) -> Draft | None:
    """The windows behind the one the question names; None when the question does not ask
    so or names no window of the frame (the caller answers another way)."""
    m = BEHIND_ASK.search(ctx.question.lower())
    if m is None:
        return None
    words = [w for w in re.split(r"\s+", m.group("front")) if w not in _STOP]
    if not words:
        return None
    if AT_START.search(ctx.question.lower()):
        frames = ctx.graph.frames(ctx.intent.start, ctx.intent.end)
        if not frames:
            return None
        fid, ts = frames[0][0], frames[0][1]
        wins = window_nodes(ctx, fid)
    else:
        got = windows_at(ctx)
        if isinstance(got, Draft):
            return None
        fid, ts, wins = got
    named = max(wins, key=lambda w: window_score(words, w), default=None)
    if named is None or window_score(words, named) == 0:
        return None
    under = [w for w in wins if _z(w) > _z(named) and _overlap(w, named) > 0]
    when = ctx.local_time(ts)
    if not under:
        why = f"nothing_behind: no window lay behind {label_of(named)} at {when}"
        return Draft("", None, [], 0.3, "indeterminate", why, {"frame_id": fid})
    under.sort(key=lambda w: -_overlap(w, named))
    texts = []
    for w in under:
        vis = w.attrs.get("visible_fraction")
        part = f" ({round(100 * vis)}% visible)" if isinstance(vis, float) else ""
        texts.append(f"{label_of(w)}{part}")
    head = f"At {when}, behind {label_of(named)}"
    return Draft(
        f"{head}: " + "; ".join(texts),
        under[0].text,
        [Evidence(w.as_line(), "value", i) for i, w in enumerate(under)],
        0.75,
        "ok",
        None,
        {"frame_id": fid, "front": named.text, "behind": len(under)},
        values=[w.text for w in under],
        claim_texts=[f"{head}: {t}" if i == 0 else t for i, t in enumerate(texts)],
    )
