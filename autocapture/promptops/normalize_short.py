"""Short forms people type ("b4", "terms" for terminals) and a clock said loosely at the head
of a question ("like 3:58, which window ..."), written out so the class patterns and the time
reader see the plain words."""

from __future__ import annotations

import re

# "b4 i started the server": before
_B4 = re.compile(r"\bb4\b", re.IGNORECASE)
# "what other terms did i have up", "which term was i in": terminals, when what follows is
# about a window being open, up, running or in focus (not "the terms of the contract")
_TERMS = re.compile(
    r"\b(?P<w>term)(?P<s>s?)\b(?=(?:\s+[\w']+){0,4}?\s+(?:open|up|running|focused|in focus"
    r"|had focus|had the focus|in front)\b(?!\s+for\b))",
    re.IGNORECASE,
)
# "like 3:58, which window ...", "3:58 - what was open": a clock leading the question is when
_LEAD_CLOCK = re.compile(
    r"^(?:(?P<loose>like|about|around|roughly|approx\.?|approximately|maybe|say)\s+"
    r"(?P<t>\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)|(?P<bare>\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?))"
    r"\s*[,;-]+\s*",
    re.IGNORECASE,
)
# "which window had focus like 3:58": about then (not "it looked like 3:58", a likeness)
_LIKE_CLOCK = re.compile(
    r"\b(?P<prev>[\w']+) like (?=\d{1,2}[:.]\d{2}\b)",
    re.IGNORECASE,
)
_NOT_LOOSE = re.compile(
    r"(?:at|around|about|by|looks?|looked|looking|seems?|seemed|sounds?|sounded|read|reads"
    r"|said|says|more|something|just|feel|felt|is|was|were|are)",
    re.IGNORECASE,
)


def short_forms(text: str) -> str:
    """Typed short forms written out."""
    text = _B4.sub("before", text)
    return _TERMS.sub(lambda m: "terminal" + m.group("s"), text)


def loose_clock(text: str) -> str:
    """A clock said loosely ("like 3:58, ...") put as a time phrase ("around 3:58, ...")."""
    m = _LEAD_CLOCK.match(text)
    if m:
        lead = "around" if m.group("loose") else "at"
        text = f"{lead} {m.group('t') or m.group('bare')}, {text[m.end() :]}"
    return _LIKE_CLOCK.sub(
        lambda m: (
            m.group(0) if _NOT_LOOSE.fullmatch(m.group("prev")) else f"{m.group('prev')} around "
        ),
        text,
    )
