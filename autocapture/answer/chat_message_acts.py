"""What a chat or mail message does, read from its body: asks something (a "?" or an
interrogative opening, as OCR drops the "?"), accepts what it answers, speaks in the first
person, states a time or a day, or points back at what it answers ("I'll take it").

The chat answerer (answer/chat.py) ranks and threads messages by these.
"""

from __future__ import annotations

import re
from functools import lru_cache

from autocapture.understand.dates import CLOCK_RE, read_date

# A question without its "?" (OCR drops it): interrogative form.
INTERROGATIVE = re.compile(
    r"^\s*(?:[\w.'’-]+\s*[:,]\s*)?(?:is|are|was|were|do|does|did|can|could|will|would|should"
    r"|has|have|any|who|what|when|where|why|how|which)\b",
    re.I,
)
# A reply taking on what it answers ("yes, put me down for it", "omar: I'll take it").
ACCEPTS = re.compile(
    r"^\s*(?:[\w.'’-]+\s*[:,]\s*)?(?:yes|yep|yeah|sure|ok|okay|will do|on it|happy to|i['’]ll"
    r"|i will|i can|i['’]m on|count me|put me down)\b",
    re.I,
)
FIRST_PERSON = re.compile(r"\b(i|i'm|im|i'll|ill|i've|me|my|we|we'll|we're)\b", re.I)
BAG_CACHE = 50_000  # message texts whose word bags are kept between questions
# A time or day a message states ("goes out tomorrow", "by Friday", "next week"), beyond the
# clock times and dates ``read_date`` reads.
WHEN_STATED = re.compile(
    r"\b(?:tonight|noon|midnight|eod|end of (?:the )?(?:day|week|month)|later today|soon"
    r"|(?:after|before|over|by) (?:lunch|breakfast|dinner|standup|the (?:meeting|call|weekend))"
    r"|first thing|tomorrow|this (?:morning|afternoon|evening)"
    r"|(?:next|this|coming) (?:week|month|year|morning|afternoon|evening)|in \d+ (?:minutes?"
    r"|hours?|days?|weeks?))\b",
    re.I,
)
# A reply that points back at what it answers ("I'll take it", "on that", "do them").
ANAPHOR = re.compile(
    r"\b(?:take|do|handle|grab|cover|check|review|fix|finish|pick)\s+(?:it|that|this|them)\b"
    r"|\b(?:on|with|for|about)\s+(?:it|that|this|them)\b",
    re.IGNORECASE,
)
_CLOCKISH = re.compile(
    r"\b(?:noon|midday|midnight|tonight|eod|first thing|(?:after|before|by) (?:lunch|breakfast"
    r"|dinner)|this (?:morning|afternoon|evening)|in \d+ (?:minutes?|hours?))\b",
    re.I,
)


def _asks(body: str) -> bool:
    """Whether a message asks something: a "?" or an interrogative opening."""
    return "?" in body or bool(INTERROGATIVE.match(body))


def _states_clock(body: str, carrier: tuple | None) -> bool:
    """Whether a message (or the message it answers) gives a clock time or a time of day."""
    texts = [body] + ([str(carrier[2])] if carrier else [])
    return any(CLOCK_RE.search(t) or _CLOCKISH.search(t) for t in texts)


@lru_cache(maxsize=BAG_CACHE)
def _states_when(body: str) -> bool:
    """Whether a message states a time or a day (an answer to "when ...?")."""
    return bool(CLOCK_RE.search(body) or read_date(body) or WHEN_STATED.search(body))
