"""Which of two places showed it: "was Whanga spelt with one a in the mail or in the chat?"

The two places are kinds of window ("the mail", "the chat", "the terminal") or words of a
window's title ("the phonelist"). What was shown is the words before them; said with how it
was spelt or written ("spelt with one a"), those words must be on screen exactly as typed,
since a near spelling is another name. The answer says which place showed it (or both, or
neither), citing the window and the line.
"""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext
from autocapture.answer.lookup import Draft, Evidence
from autocapture.answer.window_facts import covers, holds, label_of, window_of
from autocapture.answer.window_words import CHAT, KIND_WORDS, MAIL_SOURCES
from autocapture.retrieve import Line
from autocapture.text import Bag, normalise, tokens
from autocapture.understand.reader import NodeRow

_PLACE = r"(?:the\s+|my\s+|a\s+|an\s+)?(?P<{}>[\w.~/-]+(?:\s+[\w.~/-]+){{0,3}}?)"
CHOICE_ASK = re.compile(
    r"^\s*(?:was|were|is|are|did)\s+(?P<what>.+?)\s+(?:in|on)\s+" + _PLACE.format("a")
    + r",?\s+or\s+(?:(?:in|on)\s+)?" + _PLACE.format("b") + r"\s*\??\s*$"
)  # fmt: skip
# "spelt with one a", "written as 'Whanga'": how it was written, no part of what was shown
SPELT = re.compile(r"\s+(?:spelt|spelled|written|typed)\b.*$")
_MAIL_WORDS = {"mail", "email", "e-mail", "inbox", "mails", "emails"}
_FILLER = {"the", "a", "an", "my", "that", "this", "it", "there", "one", "same", "name"}


def _fits(ctx: AnswerContext, win: NodeRow, place: list[str]) -> bool:
    """Whether the window is the place named: its kind of content, else its title."""
    kinds = [w for w in place if w in KIND_WORDS]
    if kinds and all(w in _MAIL_WORDS for w in kinds):
        return any(
            n.window_row == win.window_row and n.attrs.get("source") in MAIL_SOURCES
            for n in ctx.graph.nodes((CHAT,), frame_ids=[win.frame_id])
        )
    if kinds:
        return holds(ctx, win, {KIND_WORDS[w] for w in kinds})
    return covers(place, win.attrs.get("title") or win.text)


def _shows(text: str, words: list[str], exact: bool) -> bool:
    if exact:
        low = normalise(text)
        return all(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low) for w in words)
    bag = Bag.of(text)
    return all(bag.has(w) for w in words)


def window_choice(ctx: AnswerContext) -> Draft | None:
    """Which of the two places named showed the thing; None when the question is not put so
    or a place names no window seen (the caller answers otherwise)."""
    m = CHOICE_ASK.match(ctx.question.lower())
    if m is None:
        return None
    what = m.group("what")
    exact = SPELT.search(what) is not None
    words = [w for w in tokens(SPELT.sub("", what)) if w not in _FILLER]
    places = [[w for w in tokens(m.group(k)) if w not in _FILLER] for k in ("a", "b")]
    if not words or not all(places):
        return None
    hits = ctx.retriever.search(words, ctx.intent.start, ctx.intent.end, limit=300)
    seen: list[tuple[Line, NodeRow]] = []
    for h in hits:
        if h.window_row is None or not _shows(h.text, words, exact):
            continue
        win = window_of(ctx, h)
        if win is not None:
            seen.append((h, win))
    wins = {w.text: w for _, w in seen}
    if not any(_fits(ctx, w, p) for w in wins.values() for p in places):
        return None  # neither place is a window that showed it: not this kind of question
    found = [[(h, w) for h, w in seen if _fits(ctx, w, p)] for p in places]
    names = [m.group("a"), m.group("b")]
    picked = [(names[i], min(f, key=lambda t: t[0].ts_ms)) for i, f in enumerate(found) if f]
    if len(picked) == 2:
        lead = f"In both the {names[0]} and the {names[1]}"
    else:
        lead = f"In the {picked[0][0]}, not the {names[1 - names.index(picked[0][0])]}"
    parts = [
        f'{label_of(w)} showed "{h.text}" at {ctx.local_time(h.ts_utc)}' for _, (h, w) in picked
    ]
    first = picked[0][1][1]  # the claim names the first place's window; the rest is context
    evidence = [Evidence(first.as_line(), "value")]
    evidence += [Evidence(w.as_line(), "label") for _, (_, w) in picked[1:]]
    evidence += [Evidence(h, "label") for _, (h, _) in picked]
    return Draft(
        f"{lead}: {'; '.join(parts)}.",
        first.text,
        evidence,
        0.75,
        "ok",
        None,
        {"places": names, "exact": exact, "in": [n for n, _ in picked]},
    )
