"""A later sentence correcting the wrapped sentence an answer was read from.

"Correction to my mail this morning: it is zone 4 (stage and fly floor), not zone 3, and the
isolation runs from 1pm to 10.30pm." corrects "the smoke detectors in zone 3 (stage) will be
isolated today from 1pm to 10pm.": it says it corrects, it strikes out a phrase of that
sentence ("not zone 3"), and it states a new value of the kind asked. Both sentences wrap over
several OCR lines, so the line-by-line check (answer/corrections.py) cannot see either whole.
Only runs when the answer came from a wrapped sentence, so other questions pay nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from autocapture.answer.corrections import CORRECTS, _after
from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.paragraphs import named_in
from autocapture.answer.question import QuestionAnalysis
from autocapture.retrieve import Line
from autocapture.text import VALUE_TYPES, normalise, tokens
from autocapture.timeparse import TimeIntent

if TYPE_CHECKING:
    from autocapture.answer.lookup import LookupAnswerer

_STRUCK = re.compile(r"\bnot\s+(?:at\s+|on\s+|in\s+)?([^,;.()]{1,40})", re.IGNORECASE)
SEARCH_WORDS = 12  # the answer sentence's words that find a correction repeating them
CANDIDATES = 60


def _top(line: Line) -> tuple[int, int]:
    return line.bbox[1], line.bbox[0]


def _shape(value: str) -> str:
    """A value's form: "IS0-2204" is letters, digits, a dash and digits."""
    return re.sub(r"\d+", "9", re.sub(r"[A-Za-z]+", "A", value.strip()))


def _new_value(
    group: list[Line], q: QuestionAnalysis, old: str, struck: list[str]
) -> tuple[str, Line] | None:
    """The value of the asked kind the correcting sentence states, not the one it strikes
    out nor the one answered before."""
    gone = {normalise(old), *struck}
    if q.value_type in VALUE_TYPES:
        pattern = VALUE_TYPES[q.value_type].pattern
        for ln in group:
            for m in pattern.finditer(ln.text):
                value = m.group(0).strip()
                if not value or normalise(value) in gone:
                    continue
                if q.value_type == "number" and _shape(value) != _shape(old):
                    continue  # "zone 4" is no new code for "IS0-2204"
                return value, ln
        return None
    if q.value_type is None and q.attribute:
        named = named_in(group, q.attribute)
        if named and normalise(named[0]) not in gone:
            return named
    return None


def sentence_correction(
    lookup: LookupAnswerer, q: QuestionAnalysis, intent: TimeIntent, draft: Draft
) -> Draft | None:
    """The draft restated from a later sentence that corrects the sentence it was read from;
    None when none does (or the answer was not read from a wrapped sentence)."""
    if draft.state != "ok" or not draft.value or not draft.evidence:
        return None
    line = next((e.line for e in draft.evidence if e.role == "line"), draft.evidence[0].line)
    joined = lookup.sentence(line)
    if not joined:
        return None
    said = sorted([line, *joined], key=_top)
    text = normalise(" ".join(o.text for o in said))
    words = [t for t in dict.fromkeys(tokens(text)) if len(t) >= 4 and t.isalpha()]
    terms = ["correction", "corrected", *words[:SEARCH_WORDS]]
    own = {o.rowid for o in said}
    seen: set[tuple[int, ...]] = set()
    best: tuple[int, str, Line, Line, str] | None = None
    for c in lookup.r.search(terms, intent.start, intent.end, limit=CANDIDATES):
        if c.rowid in own:
            continue
        group = sorted([c, *lookup.sentence(c)], key=_top)
        key = tuple(o.rowid for o in group)
        if key in seen:
            continue
        seen.add(key)
        body = " ".join(o.text for o in group)
        marked = CORRECTS.search(body)
        if marked is None or not _after(lookup, group[0], line):
            continue
        # It strikes out a phrase of the answer's sentence: "..., not zone 3"
        struck = [normalise(m.group(1)) for m in _STRUCK.finditer(body)]
        struck = [s for s in struck if s and s in text]
        if not struck:
            continue
        found = _new_value(group, q, draft.value, struck)
        if found is None:
            continue
        marker = next((o for o in group if CORRECTS.search(o.text)), group[0])
        if best is None or c.ts_ms > best[0]:
            best = (c.ts_ms, found[0], found[1], marker, body)
    if best is None:
        return None
    _, value, value_line, marker, body = best
    tight = lookup.tightest(value_line, value)
    evidence = [Evidence(tight, "value")]
    evidence += [Evidence(o, "line") for o in [value_line] if o is not tight]
    evidence += [Evidence(o, "label") for o in (marker, line) if o is not value_line]
    text_out = lookup.phrase(f"{value} (a later correction)", value_line)
    decisions = {**draft.decisions, "corrected_by": body, "was": draft.value}
    return Draft(text_out, value, evidence, draft.confidence, "ok", None, decisions)
