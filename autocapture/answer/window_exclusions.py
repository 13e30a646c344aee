"""Windows left out of an inventory: "apart from mutt, what other window was open?", "which
window was next to the report?", "while I was in mutt, which other window was open?".

The window named after such words is the reference, never part of the answer.
"""

from __future__ import annotations

import re

from autocapture.answer.window_facts import covers, shown_title
from autocapture.answer.window_words import FRAME_WORDS, THING_WORDS
from autocapture.text import tokens
from autocapture.understand.reader import NodeRow

EXCEPT = re.compile(
    r"\b(?:apart from|aside from|besides|other than|except(?: for)?|next to|beside|alongside)"
    r"\s+(?:the |my )?(.+?)"
    r"(?:,|\?|$|\s+(?:what|which|were|was|did|do|is|are|when|while)\b)"
)


# "While I was in mutt, which other window was open?": the other is not mutt.
OTHER_THAN_WHILE = re.compile(
    r"\bwhile (?:i was |i'm |i am )?(?:in|using|on|reading|looking at|working in) (?:the |my )?"
    r"(.+?)(?:,|\?|$)(?=.*\b(?:other|else)\b)"
)


def other_than(question: str, shown: list[NodeRow], wins: list[NodeRow]) -> list[NodeRow] | None:
    """The shown windows but the one the question sets aside ("apart from mutt, what other
    window ...", "while I was in mutt, which other window ..."); None when it sets none aside.
    ``wins`` are all the frame's windows."""
    but = EXCEPT.search(question.lower()) or OTHER_THAN_WHILE.search(question.lower())
    if not but:
        return None
    named = [t for t in tokens(but.group(1)) if t not in FRAME_WORDS and t not in THING_WORDS]
    return [w for w in shown if not (named and covers(named, shown_title(w, wins)))]
