"""Which commit a person made: "which commit did Priya Natarajan author in the last 2 hours?".

The inverse of "who made the X commit" (``git_log.py``): the log rows whose author is the
person named (a name in angle brackets, a blame's name, an ``Author:`` field), newest first.
A row in a one-line format is the answer itself; in git's default format the answer is the
message line under the ``Date:`` row that follows the person's ``Author:`` row.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING

from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.git_log import _DATE_FIELD, _FIELD, HASH, author_of, is_log_row
from autocapture.retrieve import Line
from autocapture.text import Bag, tokens

if TYPE_CHECKING:
    from autocapture.answer.lookup import LookupAnswerer

ASKS_COMMITS_BY = re.compile(
    r"^\s*(?:which|what) (?:commits?|change ?sets?|revisions?) (?:did|has|have|had) "
    r"(?P<who>.+?) (?:author|authored|make|made|write|wrote|push|pushed|commit|committed|land"
    r"|landed|do)\b"
    r"|^\s*what did (?P<who2>.+?) (?:commit|push)\b"
)
MAX_COMMITS = 3


def commits_by(
    lookup: LookupAnswerer, question: str, start: datetime | None, end: datetime | None
) -> Draft | None:
    """The commits the person named made, newest first; None when the question is not of
    that shape or no log row names the person as author (the general lookup answers)."""
    m = ASKS_COMMITS_BY.search(question.lower())
    if m is None:
        return None
    who = [w for w in tokens(m.group("who") or m.group("who2")) if len(w) > 1]
    if not who:
        return None
    found: dict[str, tuple[Line, Line]] = {}  # commit text -> (value line, author line)
    for h in lookup.r.search(who, start, end, limit=200):
        got = _commit_of(lookup, h, who)
        if got is None:
            continue
        key = _key(got[0].text)  # one commit read twice by OCR is one commit
        if key not in found or got[0].ts_ms > found[key][0].ts_ms:
            found[key] = got
    if not found:
        return None
    # the latest view first, and in it the log's order (git log lists the newest on top)
    newest = sorted(found.values(), key=lambda p: (-p[0].ts_ms, p[0].bbox[1]))[:MAX_COMMITS]
    texts = [lookup.phrase(v.text.strip(), v) for v, _ in newest]
    evidence = []
    for i, (value, author) in enumerate(newest):
        evidence.append(Evidence(value, "value", i))
        if author is not value:
            evidence.append(Evidence(author, "label", i))
    return Draft(
        "; ".join(texts),
        newest[0][0].text.strip(),
        evidence,
        0.75,
        "ok",
        None,
        {"commits_by": " ".join(who), "commits": len(found)},
        values=[v.text.strip() for v, _ in newest],
        claim_texts=texts,
    )


def _key(text: str) -> str:
    m = HASH.search(text)
    return m.group(0) if m else re.sub(r"\W+", "", text.lower())


def _commit_of(lookup: LookupAnswerer, h: Line, who: list[str]) -> tuple[Line, Line] | None:
    """(the commit's line, the line naming its author) when H names the person as author."""
    name = author_of(h.text)
    if name is None or not all(Bag.of(name).has(w) for w in who):
        return None
    if is_log_row(h.text) and not _FIELD.match(h.text):
        return h, h
    # git's default layout: Author: over Date: over a blank line and the message
    below = sorted(
        (
            ln
            for ln in lookup.frame_lines(h.frame_id)
            if ln.window_row == h.window_row and ln.bbox[1] > h.bbox[1]
        ),
        key=lambda ln: ln.bbox[1],
    )[:4]
    dated = False
    for ln in below:
        if _DATE_FIELD.match(ln.text):
            dated = True
            continue
        if dated and ln.text.strip():
            return ln, h
    return None
