"""The order of candidate lines that cover the question about equally well: a deadline when
one is asked, an assignment to the asked name, coverage, then the finer signs (the attribute
named, a value found, stated with its subject, the sighting nearest the asked time).

Kept apart so the tie-breaking order can be read (and changed) in one place.
"""

from __future__ import annotations

import re

from autocapture.answer.lookup_score import _Scored
from autocapture.answer.question import QuestionAnalysis
from autocapture.timeparse import TimeIntent

LATEST_ASK = re.compile(r"\b(?:final|latest|updated|revised|newest)\b")
DEADLINE_ASK = re.compile(
    r"^\s*(?:by|until|till) (?:when|what time|what day|which day)\b|.*\bdeadline\b"
)
_DUE = re.compile(r"\b(?:before|by|until|till|no later than|due|deadline)\s*:?\s*$", re.I)


def _deadline(s: _Scored) -> bool:
    """The value read is given as a deadline: "before 18:00", "due 15 December"."""
    v = s.value_line
    if v is None or not s.value:
        return False
    at = v.text.find(s.value)
    return at > 0 and bool(_DUE.search(v.text[:at]))


class LineRanking:
    """Candidate ordering for ``LookupAnswerer``, which mixes it in."""

    def _sort_key(self, s: _Scored, intent: TimeIntent, q: QuestionAnalysis) -> tuple:
        anchor_ms = int(intent.anchor.timestamp() * 1000) if intent.anchor else None
        when = s.line.ts_ms
        if anchor_ms is None:
            recency = when  # latest sighting
        elif when <= anchor_ms:
            recency = when - anchor_ms  # nearest before the asked-about instant
        else:
            recency = anchor_ms - when - 10**12  # after it: only if nothing came before
        # Summaries sit below what they summarise: among equal matches, prefer lower rows.
        position = s.line.bbox[1] if q.value_type == "money" else 0
        # Values hang on labels; things said are sentences, not the name that said them.
        shape = s.informative if q.wants_line else s.label_shape
        # "By what time ...?": a time given as a deadline ("up before 18:00") answers first.
        due = bool(DEADLINE_ASK.match(intent.remainder.lower())) and _deadline(s)
        # "When is X": a line that states the time with X ("X moves to Monday at 1:30 PM")
        # before a heading naming X with a time read from below it.
        stated = q.value_type in ("time", "date") and s.value_line is s.line
        # "the final loadsheet": of lines that fit as well, the later one (a log reads down)
        later = (when, s.line.bbox[1]) if LATEST_ASK.search(intent.remainder.lower()) else (0, 0)
        # A time asked about: nearness to it outranks the focused window; else focus first.
        near = (recency, s.line.window_focused)
        tail = near if anchor_ms is not None else near[::-1]
        return (
            due,
            s.assigns,
            round(s.coverage, 1),
            later,
            s.names_attribute,
            s.entity_fit,
            s.value is not None,
            stated,
            s.said,
            shape,
            not s.chrome,
            *tail,
            position,
            s.line.score,
        )
