"""A later chat message that rules out a value an earlier one stated puts it right.

"Kilele on site 07:00 tmrw" and, later, "correction: Kilele on site 05:30, not 07:00";
"4 drums OIL-320 ready" and "sorry, 3 drums OIL-320 not 4": the message best matching a
question may be the one corrected, and the answer is then the correcting one. A message
corrects another when it was sent after it, says "not V" of a number or a time V the other
states, and shares another of its words (what the value is of).
"""

from __future__ import annotations

import re

from autocapture.answer.threads import sent_order
from autocapture.text import Bag, tokens
from autocapture.understand.reader import NodeRow

# "not 07:00", "not 4", "not 12 m/s": a value ruled out
_NOT_VALUE = re.compile(
    r"\bnot\s+(?P<v>\d{1,2}[:.]\d{2}|\d+(?:[.,]\d+)?)(?:[a-z%]{1,2}\b)?(?![\w:.-]*\w)", re.I
)  # "not 18.4M": a unit or a scale letter may follow
_VALUE = re.compile(
    r"(?<![\w.:-])(\d{1,2}[:.]\d{2}|\d+(?:[.,]\d+)?)(?=[a-z%]{1,2}\b|[^\w:-]|$)", re.I
)
_SHARED = re.compile(r"[a-z][a-z0-9-]{2,}")  # words, not values, saying what it is of
# "not Tara Air 7:15": a phrase ruled out, up to the next stop; it corrects the message that
# stated it when that message holds the whole phrase
_NOT_PHRASE = re.compile(r"\bnot\s+(?P<p>[^,.;!?()]{3,60}?)\s*(?:[,.;!?()]|$)")


def _corrects(later: str, earlier: str) -> bool:
    """Whether ``later`` rules out a value ``earlier`` states, naming what it is of."""
    stated = set(_VALUE.findall(earlier))
    ruled_out = {m.group("v") for m in _NOT_VALUE.finditer(later)}
    if not stated & ruled_out and not _phrase_ruled_out(later, earlier):
        return False
    bag = Bag.of(later)
    return any(bag.has(w) for w in tokens(earlier) if _SHARED.fullmatch(w) and w != "not")


def _phrase_ruled_out(later: str, earlier: str) -> bool:
    """``later`` says "not P" of a phrase P of two or more words, one a value, that
    ``earlier`` states word for word ("not Tara Air 7:15")."""
    said = " ".join(tokens(earlier))
    for m in _NOT_PHRASE.finditer(later):
        words = tokens(m.group("p"))
        if (
            len(words) >= 2
            and _VALUE.search(m.group("p"))
            and f" {' '.join(words)} " in f" {said} "
        ):
            return True
    return False


def corrected(chosen: NodeRow, pool: list[NodeRow], undated: str = "") -> NodeRow:
    """The newest message of ``pool`` correcting ``chosen`` (itself corrected in turn), else
    ``chosen``."""
    current = chosen
    for _ in range(len(pool)):
        after = sent_order(current, undated)
        body = current.attrs.get("body") or ""
        later = [
            n
            for n in pool
            if sent_order(n, undated) > after and _corrects(n.attrs.get("body") or "", body)
        ]
        if not later:
            return current
        current = max(later, key=lambda n: sent_order(n, undated))
    return current
