"""A thing named first, then a request about it after a comma: "the courier on the dispatch
record, can u find her mobile in the staff list". The request asks for the named thing's
value ("what is her mobile ..."), and the comma joins two steps as the dash does, so the
chain (answer/chain.py) reads the lead first and puts its value in place of "her"."""

from __future__ import annotations

import re

_LEAD_REQUEST = re.compile(
    r"^(?P<lead>(?:the|that|this) [^,?]{3,60}?)\s*,\s*(?:(?:and |so )?(?:can|could|would|will)"
    r" (?:you|u|ya) (?:please |pls )?|(?:please|pls) )?(?:find|get|look up|grab|fetch|dig up"
    r"|pull up|give me|tell me|find me|get me)\s+(?P<rest>(?:their|his|her|its) [^?]{2,80}?)"
    r"(?:\s+(?:please|pls))?\s*\??\s*$",
    re.IGNORECASE,
)


def lead_request(text: str) -> str:
    """ "<lead> - what is <their X ...>?"; TEXT unchanged when not put this way."""
    m = _LEAD_REQUEST.match(text)
    if m is None:
        return text
    return f"{m['lead']} - what is {m['rest']}?"
