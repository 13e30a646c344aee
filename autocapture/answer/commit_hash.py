"""Which hash a commit has: "short hash of the commit that capped the city tax".

The question names a commit by what it did (its subject, in the asker's words) and asks for
its identifier (hash, SHA, commit id). The answer is the hash on the log row whose subject
covers those words. A merge commit ("Merge branch 'fix/x'") shares the branch's words with
the commits it brings in, but it is not the commit that did the work: merge rows are passed
over unless the question itself asks for the merge.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING

from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.git_log import HASH, is_log_row
from autocapture.retrieve import Line
from autocapture.text import Bag, tokens

if TYPE_CHECKING:
    from autocapture.answer.lookup import LookupAnswerer

ASKS_HASH = re.compile(
    r"\b(?:hash|sha-?1?|sha|(?:commit|revision) (?:id|hash|number))\b.*?\b(?:of|for|on) "
    r"(?:the |that |my |our )?(?:commit|change ?set|revision)\b(?P<rest>.*)$"
)
# the clause naming what the commit did ends at a dash, comma or semicolon
_CLAUSE_END = re.compile(r"\s[-–—]\s|[,;()]")
_LEAD = re.compile(r"^\s*(?:that|which|where|who|whose|in which)\b")
_MERGE_ROW = re.compile(r"\bmerge(?:d)? (?:branch|pull request|remote-tracking|tag)\b", re.I)
_MERGE_WORD = re.compile(r"\bmerge\b")
_NOT_MERGE = re.compile(r"\b(?:not|no|never|except|rather than|instead of)\b(?: \w+)? merge\b")
_DROP = {"the", "a", "an", "of", "to", "in", "on", "at", "for", "did", "was", "is", "that",
         "which", "i", "we", "you", "it", "its"}  # fmt: skip
MIN_COVER = 0.99


def _subject_words(rest: str) -> list[str]:
    """The words of the clause that says what the commit did ("capped the city tax")."""
    clause = _CLAUSE_END.split(rest, maxsplit=1)[0]
    clause = _LEAD.sub("", clause)
    return [w for w in tokens(clause) if w not in _DROP and len(w) > 1]


def commit_hash(
    lookup: LookupAnswerer, question: str, start: datetime | None, end: datetime | None
) -> Draft | None:
    """The hash on the log row of the commit the question describes; None when the question
    does not ask for a commit's hash or no log row covers its words (the lookup answers)."""
    low = question.lower()
    m = ASKS_HASH.search(low)
    if m is None:
        return None
    words = _subject_words(m.group("rest"))
    if not words:
        return None
    wants_merge = bool(_MERGE_WORD.search(low)) and not _NOT_MERGE.search(low)
    best: tuple[float, int, Line] | None = None
    for h in lookup.r.search(words, start, end, limit=200):
        if not is_log_row(h.text) or (_MERGE_ROW.search(h.text) and not wants_merge):
            continue
        bag = Bag.of(h.text)
        cover = sum(bag.has(w) for w in words) / len(words)
        if cover < MIN_COVER:
            continue
        key = (cover, h.ts_ms)
        if best is None or key > best[:2]:
            best = (cover, h.ts_ms, h)
    if best is None:
        return None
    line = best[2]
    found = HASH.search(line.text)
    if found is None:
        return None
    value = found.group().lstrip("^")
    word = next((w for w in lookup.r.words_of_line(line) if value in w.text), None)
    evidence = [Evidence(word or line, "value")]
    if word is not None:
        evidence.append(Evidence(line, "line"))
    return Draft(
        lookup.phrase(value, line),
        value,
        evidence,
        0.8,
        "ok",
        None,
        {"commit_hash": value, "subject_words": words},
    )
