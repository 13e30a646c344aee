""" "What did ropata say back after greta told him where the key was": the asked person's next
message after the other's, or nothing when they wrote none after it (the log shows only what
came before, which does not answer)."""

from __future__ import annotations

import re

from autocapture.answer.draft import Draft
from autocapture.text import Bag, tokens
from autocapture.understand.reader import NodeRow

SAID_AFTER = re.compile(
    r"^\s*what did (?P<x>[a-z][\w.-]*) (?:say|reply|write|answer|respond|come back with|post)"
    r"(?: back)?(?: to (?:that|it|him|her|them))? (?:after|once|when) (?P<y>[a-z][\w.-]*) "
    r"(?:had )?(?:told|said|replied|answered|wrote|asked|gave|sent|posted|explained|confirmed)"
    r"\b(?P<rest>[^?]*)\??\s*$"
)
_ABOUT_STOP = {"him", "her", "them", "me", "us", "where", "what", "when", "the", "was", "were"}
_ABOUT_STOP |= {"is", "that", "it", "how", "who", "which", "a", "an", "to", "about", "of"}


def _order(n: NodeRow) -> tuple[str, int, int]:
    return (str(n.attrs.get("time") or ""), n.ts_ms, n.bbox[1])


def _sent_by(n: NodeRow, name: str) -> bool:
    return Bag.of(n.attrs.get("sender") or "").has(name)


def said_after(question: str, msgs: list[NodeRow]) -> tuple[NodeRow | None, str] | None:
    """(X's first message after Y's, or None when there is none; why), for a question so put
    whose two people both wrote in the log; None otherwise."""
    m = SAID_AFTER.match(question)
    if m is None:
        return None
    chat = sorted((n for n in msgs if n.attrs.get("source") == "chat"), key=_order)
    x, y = m.group("x"), m.group("y")
    theirs = [n for n in chat if _sent_by(n, y)]
    if not theirs or not any(_sent_by(n, x) for n in chat):
        return None
    about = [t for t in tokens(m.group("rest")) if t not in _ABOUT_STOP and len(t) > 2]

    def fits(n: NodeRow) -> bool:
        body = Bag.of(n.attrs.get("body") or "")
        return body.has(x) or any(body.has(t) for t in about)

    anchor = next((n for n in theirs if fits(n)), None)
    if anchor is None:
        return None
    after = [n for n in chat if _sent_by(n, x) and _order(n) > _order(anchor)]
    if after:
        return after[0], f"first message from {x} after {y}'s at {anchor.attrs.get('time')}"
    return None, f"no_message_after: {x} wrote nothing after {y}'s message at " + str(
        anchor.attrs.get("time")
    )


def nothing_after(why: str) -> Draft:
    return Draft("", None, [], 0.3, "indeterminate", why, {"said_after": why})
