"""'When did I add X to the calendar': the act of putting an event in, not the event's time.

A calendar shows its events, never when each was entered; the act is answered only by a
trace of it on screen (an "Added" line or an "Add event" dialog naming X, as ``acts.py``
reads them), else indeterminate. "When is the call I added to the calendar" asks the event's
time and is not matched: the act must be what the when-question asks about.
"""

from __future__ import annotations

import re

from autocapture.answer.acts import ACTS, Act, act_evidence
from autocapture.answer.base import AnswerContext
from autocapture.answer.draft import Draft
from autocapture.text import tokens

_PUT = (
    r"(?:add|added|put|enter|entered|create|created|make|made|pop|popped|stick|stuck|log|logged"
    r"|schedule|scheduled|book|booked|set up)"
)
_PLACE = (
    r"(?:in|into|to|on|onto)\s+(?:the\s+|my\s+|our\s+)?"
    r"(?:calendar|agenda|diary|schedule|planner|calcurse)\b"
)
# "when did i add the call with X to the calendar", "when i added X to my diary" (a request
# put as its question), "when was X added to the calendar"
ADDED_ASK = re.compile(
    r"^\s*(?:at )?(?:when|what time|what day)\s+(?:did\s+|had\s+)?(?:i|we)\s+"
    rf"(?:first\s+|actually\s+)?{_PUT}\s+(?P<what>.+?)\s+{_PLACE}"
    r"|^\s*(?:at )?(?:when|what time|what day)\s+(?:was|were)\s+(?P<what2>.+?)\s+"
    rf"(?:first\s+)?{_PUT}\s+{_PLACE}"
)
_NOT_NAMING = {"the", "a", "an", "my", "our", "that", "this", "with", "for", "about"}


def calendar_added(ctx: AnswerContext) -> Draft | None:
    """The trace of adding the named event, or why there is none; None for other asks."""
    m = ADDED_ASK.search(ctx.question.lower())
    if m is None:
        return None
    what = m.group("what") or m.group("what2") or ""
    words = [w for w in tokens(what) if w not in _NOT_NAMING and len(w) > 1]
    got = act_evidence(ctx, Act("add", ACTS["add"], words))
    if got.state == "indeterminate":
        why = (
            f"act_not_shown: a calendar shows when {what.strip()!r} takes place, not when it "
            "was added; nothing on screen shows it being added"
        )
        return Draft("", None, [], 0.25, "indeterminate", why, {"act": "add"})
    return got
