"""Where a colour listing's answer lies and what it names, read off wording other than the
question's opening: "little terminal at the bottom - the status that's in yellow, which
slug is it on" places the terminal by its place on the screen (not by the words "little"
and "bottom" on its lines) and asks for the slug, though the ask comes after a lead.
"""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext
from autocapture.answer.console_question import LISTING, PRO_FORMS, colour_word
from autocapture.answer.question import ASKED_NOUN
from autocapture.answer.window_place import PLACE_ASK, placed_window
from autocapture.text import tokens
from autocapture.understand.reader import NodeRow

# "The little terminal at the bottom": look words before the kind describe the window too.
_LOOK_BEFORE = {"little", "small", "tiny", "big", "large", "wide", "narrow", "short", "tall"}
# "... and for which wtg", "which turbine - not the yellow one": the ask's noun ends a clause
# (no verb after it).
_BARE_ASK = re.compile(r"\b(?:which|what)\s+([a-z][\w-]*)\s*(?:$|[-\u2013\u2014,;?!.])")
# "the greyed out turbine, the faint one, which is it": the lead names the thing asked for.
# The lead is a bare noun phrase ("the status in magenta on the board, what was it" asks
# what the status said, not for a board).
_LEAD_ASK = re.compile(
    r"^\s*(?:the|that|this)\s+((?:(?!(?:in|on|at|of|with|from|for|by)\b)[a-z][a-z-]*\s*){1,4})"
    r",.*\bwhich\s+(?:one\s+)?(?:is|was)\s+(?:it|that|this)\b"
)

# "the crate with the dark blue status, not the cyan one": a question that is only a noun
# phrase (no wh-word anywhere) asks for the thing its head noun names.
_PHRASE_ASK = re.compile(
    r"^\s*(?:the|that|this)\s+([a-z][a-z-]*)\s+(?:with|whose|that|which|in|on|shown|printed)\b"
)
# "on the crate board which crate was yellow": a place said before the ask, without a comma.
_PLACED_ASK = re.compile(
    r"^\s*(?:in|on|at|from|over)\s+(?:the|my|that|this)\s+(?:[\w./~-]+\s+){1,4}?(?=(?:which|what)\s)"
)
# Words for any item of a listing, naming no kind of thing a board's rows would be.
_ITEMS = {"entry", "entries", "item", "items", "line", "lines", "row", "rows", "one", "ones"}
_WH = re.compile(r"\b(?:what|whats|which|who|whom|whose|when|where|how|why|list|show|name)\b")


def asked_thing(ctx: AnswerContext) -> set[str]:
    """The nouns the question asks for ("which SLUG is it on"), also when the ask follows a
    lead ("the yellow status, which slug is it on"); words of the question only."""
    thing = set(ctx.analysis.attribute)
    low = ctx.question.lower()
    for m in LISTING.finditer(low):
        noun = ASKED_NOUN.match(low[m.start(1) :])
        if noun is not None:
            thing |= {w for w in tokens(noun.group(1)) if w in ctx.analysis.keywords}
    placed = _PLACED_ASK.match(low)
    noun = ASKED_NOUN.match(low[placed.end() :]) if placed is not None else None
    if noun is not None:  # "in the ls of X which ENTRY was green": any item of it, no board's
        thing |= {
            w for w in tokens(noun.group(1)) if w in ctx.analysis.keywords and w not in _ITEMS
        }
    for m in _BARE_ASK.finditer(low):
        thing |= {w for w in tokens(m.group(1)) if w in ctx.analysis.keywords}
    lead = _LEAD_ASK.match(low)
    if lead is not None:
        heads = [
            w
            for w in tokens(lead.group(1))
            if w in ctx.analysis.keywords and w not in PRO_FORMS and colour_word(w) is None
        ]
        thing |= set(heads[-1:])  # the phrase's last word is its head noun
    phrase = _PHRASE_ASK.match(low)
    if phrase is not None and not _WH.search(low[phrase.end(1) :]):
        head = phrase.group(1)
        if head in ctx.analysis.keywords and head not in PRO_FORMS and colour_word(head) is None:
            thing.add(head)
    return thing


def placed_windows(
    ctx: AnswerContext, nodes: list[NodeRow]
) -> tuple[set[tuple[str, int | None]], set[str]] | None:
    """((frame, window row) of the window the question names by its place on the screen in
    each frame, the words naming that place); None when it names none or no window is
    clearly there."""
    low = ctx.question.lower()
    m = PLACE_ASK.search(low)
    if m is None:
        return None
    frames = sorted({n.frame_id for n in nodes})
    by_frame: dict[str, list[NodeRow]] = {}
    for w in ctx.graph.nodes(("window",), frame_ids=frames):
        by_frame.setdefault(w.frame_id, []).append(w)
    out = set()
    for fid, wins in by_frame.items():
        got = placed_window(ctx, wins)
        if got is not None:
            out.add((fid, got.window_row))
    if not out:
        return None
    before = re.findall(r"[a-z]+", low[: m.start()])[-2:]
    words = set(tokens(m.group(0))) | {w for w in before if w in _LOOK_BEFORE}
    return out, words
