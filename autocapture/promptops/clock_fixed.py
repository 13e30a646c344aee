"""A clock time the asker put right mid-question ("quarter past 11, no wait, 13 past").

Only the corrected time is meant; a correction giving minutes alone ("13 past", "twenty to")
keeps the hour said first, as people do when they fix just the minutes.
"""

from __future__ import annotations

import re

_WORDS = {"quarter": 15, "half": 30, "twenty-five": 25, "twenty five": 25, "twenty": 20,
          "ten": 10, "five": 5}  # fmt: skip
_SLIP = (
    r"[,.;!?\s-]+(?:no,? wait|no sorry|wait|sorry|i mean|i meant|scratch that|or rather|no)"
    r"[,!.:\s-]+(?:(?:more like|make that|make it|i mean|actually|rather|closer to|like"
    r"|prob(?:ably)?|maybe)[,\s]+)?"
)
_FIXED = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)(?P<half>\s*[ap]\.?m\.?)?"
    + _SLIP
    + r"(?:(?P<new>(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*[ap]\.?m\.?)?)"
    r"|(?P<m>quarter|half|twenty-five|twenty five|twenty|ten|five|[1-5]?\d)"
    r"(?: min(?:ute)?s?)? (?P<rel>past|after|to)\b(?!\s*\d))",
    re.IGNORECASE,
)


def _put_right(m: re.Match[str]) -> str:
    if m.group("new"):
        return m.group("new")
    word = m.group("m").lower()
    mins, hour = _WORDS.get(word) or int(word), int(m.group("h"))
    if m.group("rel").lower() == "to":
        if not 0 < mins < 30:
            return m.group(0)
        hour, mins = (hour - 1) % 24, 60 - mins
        hour = hour or (24 if int(m.group("h")) > 12 else 12)
    elif not 0 < mins < 60:
        return m.group(0)
    return f"{hour % 24 if hour != 24 else 0}:{mins:02d}{m.group('half') or ''}"


def clock_put_right(text: str) -> str:
    """The time as put right: "11:15, no wait, more like 13 past" -> "11:13"."""
    return _FIXED.sub(_put_right, text)
