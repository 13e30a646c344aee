"""'Ana flies PR 501 per the calendar, what seat is she in': a detail asked of an event that
is written with its label when a screen states it (seat 14C, gate 7, platform 2, PIN 4411).
An event whose text never names the label does not state it, however well its other words
match: answering with the event's time or title would answer another question.
"""

from __future__ import annotations

import re

from autocapture.text import Bag

# Details a calendar or note states only with their label beside the value.
LABELS = (
    "seat",
    "seats",
    "gate",
    "platform",
    "berth",
    "desk",
    "booth",
    "locker",
    "cabin",
    "carriage",
    "coach",
    "pin",
    "passcode",
    "password",
    "extension",
)
_DETAIL_ASK = re.compile(
    r"\b(?:what|which)(?:['’]s)?(?:\s+(?:is|was|are|were))?\s+"
    r"(?:(?:the|her|his|my|their|your|our|its)\s+)?"
    rf"(?P<label>{'|'.join(LABELS)})\b"
)


def asked_label(question: str) -> str | None:
    """The labelled detail a question asks of an event ("what seat"); None otherwise."""
    m = _DETAIL_ASK.search(question.lower())
    return m.group("label") if m else None


def unstated(question: str, event_text: str) -> str | None:
    """The label asked when the event's text does not name it; None when it does or none is
    asked."""
    label = asked_label(question)
    if label is None or Bag.of(event_text).has(label):
        return None
    return label
