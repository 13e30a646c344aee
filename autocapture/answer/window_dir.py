"""The directory of a window named by a description: "the terminal along the bottom, the one
with the statuses - what directory?", "was the chat open inside the mail client or in its
own terminal, and which dir?".

A terminal's title (set by its shell) names the directory it works in ("me@box: ~/src/app").
The window is the one the question places on the screen (``window_place.py``), else the one
window that holds the first kind of content the question names (a chat log, a calendar).
"""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext
from autocapture.answer.console_place import TITLE_DIR
from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.window_facts import holds, label_of
from autocapture.answer.window_moment import windows_at
from autocapture.answer.window_place import placed_window
from autocapture.answer.window_words import KIND_WORDS
from autocapture.text import tokens
from autocapture.understand.reader import NodeRow

DIR_ASK = re.compile(
    r"\b(?:what|which) (?:dir|directory|folder|working directory|working dir|cwd|path)\b"
    r"(?! (?:has|had|holds|held|contains|contained|includes|included|ran|runs|defines|defined)\b)"
)
_APART = re.compile(r"\b(?:separate|own|inside|within|in its own|part of)\b")


def _views(ctx: AnswerContext) -> list[NodeRow]:
    """One view of each window seen (by title): its most recent frame."""
    views: dict[str, NodeRow] = {}
    for n in ctx.graph.nodes(("window",), ctx.intent.start, ctx.intent.end):
        views[n.attrs.get("title") or n.text] = n
    return list(views.values())


def _described(ctx: AnswerContext, views: list[NodeRow]) -> NodeRow | None:
    """The one window holding the first kind of content the question names."""
    for word in tokens(ctx.question.lower()):
        kind = KIND_WORDS.get(word)
        if kind is None:
            continue
        fits = [v for v in views if holds(ctx, v, {kind})]
        if len(fits) == 1:
            return fits[0]
        if fits:
            return None  # several hold it: the description does not pick one
    return None


def window_directory(ctx: AnswerContext) -> Draft | None:
    """The directory in the title of the window the question describes; None when it asks
    for no directory or names no single window (other rules answer)."""
    q = ctx.question.lower()
    if not DIR_ASK.search(q):
        return None
    got = windows_at(ctx)
    if isinstance(got, Draft):
        return None
    win = placed_window(ctx, got[2]) or _described(ctx, _views(ctx))
    if win is None:
        return None
    title = win.attrs.get("title") or win.text
    found = TITLE_DIR.findall(title)
    if not found:
        return None
    where = found[-1]
    own = "It was in a window of its own, " if _APART.search(q) else "It was "
    text = f"{own}{label_of(win)}, in the directory {where} (seen at {ctx.local_time(win.ts_utc)})."
    return Draft(
        text, where, [Evidence(win.as_line(), "value")], 0.8, "ok", None, {"kind": "window_dir"}
    )
