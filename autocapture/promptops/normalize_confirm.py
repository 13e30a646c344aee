"""A statement put up for confirmation ("page 1 conf tonight is at 6.30 yeah", "the review
is still friday 10am right") is asked as the yes/no question it means, so that the
calendar's time check reads it ("is page 1 conf tonight at 6.30?")."""

from __future__ import annotations

import re

_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow"
# A subject opening with a question word asks already; "at the top right" is a corner.
_CONFIRM = re.compile(
    r"^(?!(?:which|what|who|whose|where|when|how)\b)"
    r"(?P<subj>[\w'’ .-]{3,60}?) (?P<verb>is|was|are|were) "
    r"(?:(?:still|now|definitely|really) )?"
    rf"(?:(?P<rest>(?:at|on|in) [^?]{{1,40}}?)|(?P<day>{_DAY})(?:,?\s+(?:at )?(?P<clock>"
    r"\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|\d{1,2}[:.]\d{2}))?)"
    r"(?:,\s*|(?<!top)(?<!left)(?<!bottom)(?<!middle)(?<!upper)(?<!lower)\s+)"
    r"(?:yeah|yea|yep|yes|right|correct|eh|innit|isn't it|wasn't it|aren't they)\s*\?*\s*$",
    re.IGNORECASE,
)


def confirm_ask(text: str) -> str:
    """The yes/no question a statement with a confirming tag means; else the text as is.
    A bare day ("still friday 10am") is said as the time phrase it is ("on friday at 10am")."""
    m = _CONFIRM.match(text)
    if m is None:
        return text
    rest = m.group("rest")
    if rest is None and not m.group("clock"):
        # "so the audit is thursday yeah": a bare day is what the thing's day is said to be,
        # not when it was on screen; read as a time it would hide a note saying otherwise
        return text
    if rest is None:
        day = m.group("day")
        rest = day if day.lower() in ("today", "tonight", "tomorrow") else f"on {day}"
        rest += f" at {m.group('clock')}" if m.group("clock") else ""
    return f"{m.group('verb')} {m.group('subj')} {rest}?"
