"""Why-questions: the reason a screen gives about the thing asked after.

"Why is 4.3 slipping?" is answered by "The 4.3 release is moving to Thursday because the
ledger migration needs a second review": the line names the subject (4.3) and gives a cause
(because, due to, blocked by ...), even though it words what happens differently (moving, not
slipping). So the subject's words are required, the verb of what happens is not, and a causal
word on the line (or on the line its sentence runs on to) is. Without such a line, lookup
answers as usual, and is held to all the words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.question import QuestionAnalysis
from autocapture.retrieve import Line
from autocapture.text import Bag
from autocapture.timeparse import TimeIntent

if TYPE_CHECKING:
    from autocapture.answer.lookup import LookupAnswerer

WHY = re.compile(r"^\s*(?:but\s+|so\s+)?why\b")
CAUSE = re.compile(
    r"\b(?:because|cause|due to|since|as a result of|owing to|caused by|thanks to|"
    r"blocked (?:by|on)|waiting (?:on|for)|so that|in order to|the reason)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?:]\s*$")
MAX_HITS = 200


def _sentence(lookup: LookupAnswerer, line: Line) -> list[Line]:
    """The line, and the next one when its sentence runs on to it."""
    if _SENTENCE_END.search(line.text):
        return [line]
    nxt = lookup.below(line)[:1]
    return [line, *nxt]


def reason_draft(lookup: LookupAnswerer, q: QuestionAnalysis, intent: TimeIntent) -> Draft | None:
    """The latest line giving a cause about the question's subject; None when the question
    does not ask why, or no such line was seen."""
    if not WHY.match(intent.remainder.lower()):
        return None
    words = [k for k in q.keywords if k not in q.phrasing and k != "why"]
    if not words:
        return None
    # The last word says what happens ("slipping", "fail"); the words before it, to what.
    subject = words[:-1] if len(words) >= 2 else words
    best: tuple[tuple, list[Line]] | None = None
    for h in lookup.r.search(subject, intent.start, intent.end, limit=MAX_HITS):
        if not all(Bag.of(h.text).has(w) for w in subject):
            continue
        lines = _sentence(lookup, h)
        text = " ".join(ln.text for ln in lines)
        if not CAUSE.search(text):
            continue
        bag = Bag.of(text)
        key = (sum(bag.has(w) for w in words), h.window_focused, h.ts_ms)
        if best is None or key > best[0]:
            best = (key, lines)
    if best is None:
        return None
    lines = best[1]
    text = " ".join(ln.text.strip() for ln in lines)
    first = lines[0]
    answer = lookup.phrase(text, first)
    evidence = [Evidence(ln, "value" if i == 0 else "line", 0) for i, ln in enumerate(lines)]
    conf = 0.55 + 0.3 * best[0][0] / len(words)
    return Draft(
        answer,
        first.text,
        evidence,
        round(conf, 3),
        "ok",
        None,
        {"reason_line": True, "subject": subject, "covered": best[0][0]},
    )
