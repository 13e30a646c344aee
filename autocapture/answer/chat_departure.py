"""When a named sender's trip leaves ("ana said when her flight goes, what time was it"), when
none of their messages names the trip in the question's words ("PR 501 leaves 09:05"): the
sender's one message saying that something leaves (goes, departs, takes off) at a time is it.
Two such messages, or none, leave it unanswered: which one is meant cannot be told.
"""

from __future__ import annotations

import re

from autocapture.answer.chat_message_acts import _states_when
from autocapture.text import tokens
from autocapture.understand.reader import NodeRow

_VERBS = (
    r"go|goes|going|went|leave|leaves|leaving|left|depart|departs|departing|departed"
    r"|take off|takes off|taking off|took off|set off|sets off|fly|flies|flying|flew"
)
DEPART_ASK = re.compile(rf"\b(?:{_VERBS})\b")
_DEPARTS = re.compile(rf"\b(?:{_VERBS})\b(?:\s+(?:at|around|about|by))?\s+", re.I)
_REACH = 16  # characters after the verb that hold the time it leaves


def _departure(body: str) -> str | None:
    """The words saying something leaves at a time: the verb and the time right after it."""
    for m in _DEPARTS.finditer(body):
        after = body[m.end() : m.end() + _REACH]
        if _states_when(after):
            return body[m.start() : m.end() + _REACH]
    return None


def only_departure(question: str, msgs: list[NodeRow]) -> tuple[NodeRow, list[str]] | None:
    """The one opened message of MSGS saying something leaves at a time, and its words (to
    cite the line holding them), when the question asks when something goes; else None."""
    if not DEPART_ASK.search(question.lower()):
        return None
    said = [
        (n, words)
        for n in msgs
        if n.attrs.get("source") != "mail_index"
        and (words := _departure(n.attrs.get("body") or "")) is not None
    ]
    if len(said) != 1:
        return None
    n, words = said[0]
    return n, tokens(words)
