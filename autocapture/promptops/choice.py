"""Wording of a "who" question offering the asker's candidates.

"who's heading out to P-9, the tall ravi or the other one", "who took the night shift,
marta or jon?": the candidates after the ask only guess at the answer, and their words
("other", "tall") name nothing on screen; what the screen says decides. With people
offered, "who's heading" is "who is heading" (never a possessive: that is "whose").
"""

from __future__ import annotations

import re

_CHOICE = re.compile(
    r"^(?P<q>\s*who(?:['’]s|\s+is|\s+was|\s+were|\s+are|\s+will|\s+did|\s+has|\s+had)?\s"
    r"[^,]{4,}?)\s*,\s*(?:is it |was it |will it be )?(?:the |that |this )?"
    r"[\w'’ .-]{1,30}? or (?:is it |was it )?(?:the |that |this )?[\w'’ .-]{1,30}?"
    r"(?P<end>\s*\??)\s*$",
    re.IGNORECASE,
)
_WHO_IS_ING = re.compile(r"\bwho['’]s(?=\s+\w+ing\b)", re.IGNORECASE)


def drop_choice(text: str) -> str:
    """The "who" question without the candidates offered after it."""
    m = _CHOICE.match(text)
    if m is None:
        return text
    # people offered as candidates: "who's heading" asks who is doing it
    return _WHO_IS_ING.sub("who is", m.group("q").rstrip() + m.group("end"))
