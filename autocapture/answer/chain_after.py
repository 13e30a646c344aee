"""A moment placed after another: "right after the 5 day agenda I pulled up my notes, what
time was that?".

The lead names the earlier thing; the asking clause is when the asker then brought something
up. The earlier thing is dated first ("when did I first see the 5 day agenda?"); the asked
moment is then the switch to the later thing after that time ("when did I pull up my notes
after 15:43:53?"), so a window brought up several times is dated at the time that follows.
"My old notes" are the asker's own notes, the ones they had before: no screen calls them old,
so "old" after a possessive is dropped from what was brought up (a value "the old password"
is no window brought up, and keeps its word).
"""

from __future__ import annotations

import re

from autocapture.answer.chain import Chain

_AFTER_LEAD = re.compile(
    r"^\s*(?:(?:right|just|straight|immediately)\s+)?after\s+(?P<x>[^,;]{3,60}?)\s*,?\s+"
    r"(?P<who>i|we)\s+(?P<verb>pulled up|brought up|opened|opened up|switched to|went to|"
    r"flipped to|moved to|jumped to|turned to|put up)\s+(?P<y>[^,;?]{3,60}?)\s*[,;-]+\s*"
    r"(?:what time (?:was|did) (?:that|it)(?: happen)?|when (?:was|did) (?:that|it)"
    r"(?: happen)?|(?:at )?what time|when)\s*\??\s*$",
    re.IGNORECASE,
)
# what the asking clause's past tense reads as after "when did I"
_BASE = {"pulled up": "pull up", "brought up": "bring up", "opened": "open",
         "opened up": "open up", "switched to": "switch to", "went to": "go to",
         "flipped to": "flip to", "moved to": "move to", "jumped to": "jump to",
         "turned to": "turn to", "put up": "put up"}  # fmt: skip
_OLD = re.compile(r"\b(?P<own>my|our|your)\s+old\s+", re.IGNORECASE)


def after_chain(question: str) -> Chain | None:
    """ "after X, I pulled up Y, what time was that": X's first sighting, then the switch to
    Y after it; None for any other question."""
    m = _AFTER_LEAD.match(question)
    if m is None:
        return None
    later = _OLD.sub(lambda o: f"{o.group('own')} ", m.group("y"))
    return Chain(
        f"when did {m.group('who')} first see {m.group('x')}?",
        f"when did {m.group('who')} {_BASE[m.group('verb').lower()]} {later} after {{}}?",
        "when",
    )
