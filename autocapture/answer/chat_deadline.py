"""A deadline asked of a named sender ("by when does Alpine Assist need the claim documents?")
when none of their messages names the topic in the question's words: the sender's one opened
message that sets a deadline ("please send the report, the invoice and the note by Friday 27
November, 5 p.m.") is what they need it by. Two messages setting deadlines, or none, leave it
unanswered: which one is meant cannot be told.
"""

from __future__ import annotations

import re

from autocapture.answer.chat_message_acts import _states_when
from autocapture.text import tokens
from autocapture.understand.reader import NodeRow

DEADLINE_ASK = re.compile(
    r"^\s*(?:by|until|till|no later than) (?:when|what time|what day|which day|what date)\b"
    r"|\bdeadline\b"
)
_DUE = re.compile(r"\b(?:by|before|no later than|until|till|due(?: on| by)?)\s+", re.I)
_REACH = 40  # characters after "by" that hold the day or time it sets


def _deadline(body: str) -> str | None:
    """The deadline a message sets: "by" (before, due ...) and the day or time after it."""
    for m in _DUE.finditer(body):
        after = body[m.end() : m.end() + _REACH]
        if _states_when(after):
            return body[m.start() : m.end() + _REACH]
    return None


def only_deadline(question: str, msgs: list[NodeRow]) -> tuple[NodeRow, list[str]] | None:
    """The one opened message of MSGS that sets a deadline, and the words of it (to cite the
    line holding it), when the question asks by when; else None."""
    if not DEADLINE_ASK.search(question):
        return None
    due = [
        (n, said)
        for n in msgs
        if n.attrs.get("source") != "mail_index"
        and (said := _deadline(n.attrs.get("body") or "")) is not None
    ]
    if len(due) != 1:
        return None
    n, said = due[0]
    return n, tokens(said)
