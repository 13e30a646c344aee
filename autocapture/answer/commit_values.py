"""What a commit set, and which commit set a value: "what did the newest commit put the max
wind at", "the torque test that failed, which commit set that number".

A log lists one commit per row, newest at the top (``git log``, ``hg log``, ``--graph``).
"The newest/latest/last commit" is the top row of the log shown last; what it "put X at" is
the figure its subject gives next to X's words ("max 10 m/s"), or its subject when it gives
none. A value a failing test checked ("assert 4200 == 4400") is set by the commit whose
subject carries the failure's figures: the log row sharing the most of them, if one does.
When several windows show a log, the question's words must pick one ("in the procedures
repo"); else the answer would be a guess, and the general lookup answers instead.
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

_COMMIT = r"(?:commit|change ?set|revision)"
_NEWEST = re.compile(r"\b(?:newest|latest|most recent|last|top|head|current)\s+" + _COMMIT)
# "what did the newest commit put the max wind at", "... set the limit to"
_PUT = re.compile(
    r"\bwhat\b[^.?!]*?\b(?:put|puts|set|sets|change|changed|changes|make|made|bump|bumped|"
    r"raise|raised|lower|lowered|move|moved)\s+(?:the\s+|a\s+)?(?P<thing>[\w /-]{2,40}?)\s+"
    r"(?:at|to)\s*[?.!]*\s*$"
)
# "the torque test that failed, which commit ... set that number"
_FAILED_LEAD = re.compile(
    r"^\s*(?:the\s+)?(?:(?P<a>[\w ./-]{2,40}?)\s+(?:test|check|case)s?\s+that\s+"
    r"(?:failed|fails|was failing)|failed\s+(?P<b>[\w ./-]{2,40}?)\s+(?:test|check|case)s?)"
    r"\s*[,;-]+\s*(?P<main>.+)$"
)
_WHICH_COMMIT_SET = re.compile(
    r"\b(?:which|what)\s+" + _COMMIT + r"\b[^?]*?\b(?:set|changed|made|put|introduced|bumped)\b"
    r"[^?]*?\b(?:that|this|the)\s+(?:number|value|figure|limit|setting|expectation)\b"
)
# A figure with its unit: "10 m/s", "4400 Nm", "12.5%"
_MEASURE = re.compile(r"(?<![\w.:/-])\d+(?:[.,]\d+)?(?:\s?(?:%|[a-zA-Z]{1,4}(?:/[a-zA-Z]{1,2})?))?")
# Dates and times on a log row are no figures of the subject.
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b")
_WHEN = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\s+[A-Z][a-z]{2}\b"
    r"|\b[A-Z][a-z]{2}\s+\d{1,2}\b|\b\d+\s+\w+\s+ago\b"
)
_FIGURE = re.compile(r"(?<![\w.])\w*\d\w*")
_REPO = re.compile(
    r"\b(?:in|on|from)\s+(?:the\s+|my\s+|our\s+)?(?!(?:the|my|our|this|that)\b)(?P<name>[\w.-]+)"
    r"\s+(?:repo|repository)\b"
)
_FAIL = re.compile(r"\bfail(?:ed|ure|s|ing)?\b", re.IGNORECASE)
FRAMES = 30


def _log_rows(
    lookup: LookupAnswerer, question: str, start: datetime | None, end: datetime | None
) -> list[Line] | None:
    """The log rows of the last frame showing a log, in one window (the one the question's
    repository names, when several show a log); None when the window cannot be told."""
    repo = _REPO.search(question)
    for frame in lookup.r.recent_frames(start, end, limit=FRAMES):
        rows = [ln for ln in lookup.r.frame_lines(frame) if is_log_row(ln.text)]
        if not rows:
            continue
        titles = {ln.window_title or "" for ln in rows}
        if repo is not None:
            titles = {t for t in titles if repo.group("name") in t.lower()}
        if len(titles) != 1:
            if repo is not None:
                continue
            return None
        title = titles.pop()
        return sorted(
            (ln for ln in rows if (ln.window_title or "") == title), key=lambda ln: ln.bbox[1]
        )
    return None


def _figure_near(subject: str, thing: list[str]) -> str | None:
    """The figure of a subject that follows the asked thing's words ("max 10 m/s"); the only
    figure when the subject names none of them."""
    low = subject.lower()
    found = [m for m in _MEASURE.finditer(subject)]
    if not found:
        return None
    after = [low.find(w) + len(w) for w in thing if re.search(rf"\b{re.escape(w)}\b", low)]
    if after:
        nxt = [m for m in found if m.start() >= min(after)]
        return nxt[0].group().strip() if nxt else None
    return found[0].group().strip() if len(found) == 1 else None


def _subject(text: str) -> str:
    """A log row without its hash, dates and times: the subject (and the author)."""
    m = HASH.search(text)
    rest = text[m.end() :] if m else text
    return _WHEN.sub(" ", _CLOCK.sub(" ", rest))


def _draft(
    lookup: LookupAnswerer, value: str, line: Line, decisions: dict, label: str = ""
) -> Draft:
    return Draft(
        lookup.phrase(value, line, label),
        value,
        [Evidence(line, "value")],
        0.75,
        "ok",
        None,
        decisions,
    )


def newest_commit_value(
    lookup: LookupAnswerer, question: str, start: datetime | None, end: datetime | None
) -> Draft | None:
    """What the top commit of a log put a thing at; None for other questions."""
    low = question.lower()
    put = _PUT.search(low)
    if _NEWEST.search(low) is None or put is None:
        return None
    rows = _log_rows(lookup, low, start, end)
    if not rows:
        return None
    top = rows[0]
    thing = [w for w in tokens(put.group("thing")) if len(w) > 2]
    figure = _figure_near(_subject(top.text), thing)
    value = figure or top.text.strip()
    found = HASH.search(top.text)
    label = found.group().lstrip("^") if figure and found else ""  # "5fb93be: 10 m/s"
    return _draft(lookup, value, top, {"commit_value": "newest", "thing": thing}, label)


def commit_setting_failure(
    lookup: LookupAnswerer, question: str, start: datetime | None, end: datetime | None
) -> Draft | None:
    """The commit whose subject carries the figures of a failing test the lead names."""
    low = question.lower()
    lead = _FAILED_LEAD.match(low)
    if lead is None or _WHICH_COMMIT_SET.search(lead.group("main")) is None:
        return None
    what = [w for w in tokens(lead.group("a") or lead.group("b")) if len(w) > 2]
    if not what:
        return None
    failed = [
        h
        for h in lookup.r.search([*what, "failed"], start, end, limit=200)
        if _FAIL.search(h.text)
        and all(Bag.of(h.text).has(w) for w in what)
        and _FIGURE.search(h.text)
    ]
    if not failed:
        return None
    figures = {f.lower() for h in failed for f in _FIGURE.findall(_subject(h.text)) if len(f) > 1}
    rows = _log_rows(lookup, low, start, end) or []
    scored = sorted(
        ((len(figures & {f.lower() for f in _FIGURE.findall(_subject(r.text))}), r) for r in rows),
        key=lambda x: -x[0],
    )
    if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    row = scored[0][1]
    found = HASH.search(row.text)
    if found is None:
        return None
    return _draft(
        lookup,
        found.group().lstrip("^"),
        row,
        {"commit_value": "failure", "figures": sorted(figures)},
    )
