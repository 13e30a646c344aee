"""A later correction supersedes what it corrects.

People correct themselves: "Correction to my earlier mail: MedAxis now say 36 vials, not 40",
"correction: 4B goes offline at 00:30, not 23:30". The line that best matches a question may
be the statement that was corrected; the answer is then the correcting line's value. A line
corrects the answer's line when it says so (correction, I meant, make that, now say, not X),
shares its distinctive words, and came after it: in a later frame, or below it in the same
window (a chat log or a mail thread reads top to bottom).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.lexicon import concept_in_bag
from autocapture.answer.question import QuestionAnalysis
from autocapture.retrieve import Line
from autocapture.text import CHAT_STAMP, VALUE_TYPES, Bag, normalise, tokens
from autocapture.timeparse import TimeIntent

if TYPE_CHECKING:
    from autocapture.answer.lookup import LookupAnswerer

CORRECTS = re.compile(
    r"\b(?:correction|corrected|i meant|make that|now says?|updated?:|instead of|scratch that)\b"
    r"|,\s*not\s+\S+",
    re.IGNORECASE,
)
# "at which km did it actually happen": the asker knows a first report was put right
SETTLED = re.compile(
    r"\b(?:finally|eventually|ultimately|in the end|at last|actually|really)\b", re.I
)
_NOT_THAT = re.compile(r"\b\w+\s+not\s+(?:the\s+|a\s+|an\s+)?\w+", re.I)
SAME_LINE = 85  # two OCR readings of one line differ by a few characters
_STATES = 3  # words a restatement has besides the asked ones
_NOT_CLAUSE = re.compile(
    r",?\s+not\s+(?:[^,;.()]|[,.](?=\d)){1,30}?(?=\s*[,;.()](?!\d)|\s*$)", re.IGNORECASE
)  # "4,800 kg not 4,200, extra ...": the whole struck value, its digit groups too
# A quantity with its thousands grouped ("4,800") or plain, never part of a clock or a date
_AMOUNT = re.compile(r"(?<![\d:.,/])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d:/]|,\d)")
MIN_SHARED = 0.5  # share of the answer line's matched words the correction must repeat


def _after(lookup: LookupAnswerer, c: Line, line: Line) -> bool:
    """C came after LINE: in a later frame, or below it in the same window (in C's frame, the
    same text as LINE shown above C: search returns one sighting of a repeated line)."""
    if c.frame_id == line.frame_id:  # below it: its top past LINE's middle (OCR boxes overlap)
        return c.window_row == line.window_row and c.bbox[1] > (line.bbox[1] + line.bbox[3]) / 2
    if c.ts_ms > line.ts_ms:
        return True
    said = normalise(line.text)
    return any(
        o.window_row == c.window_row
        and (o.bbox[1] + o.bbox[3]) / 2 < c.bbox[1]
        and normalise(o.text) == said
        for o in lookup.frame_lines(c.frame_id)
    )


def _restates(c: Line, line: Line, matched: list[str]) -> bool:
    """C says the same thing again in the same log ("fleet review is in the big room" after
    "fleet review today in the small meeting room"): every asked word, two or more, in
    another line of the window the answer came from; the later word stands."""
    if len(matched) < 2 or c.window_title != line.window_title:
        return False
    if min(len(tokens(c.text)), len(tokens(line.text))) < len(matched) + _STATES:
        return False  # a table cell or a label repeats words; a message says something
    said, again = normalise(line.text), normalise(c.text)
    if said in again or again in said or fuzz.ratio(said, again) >= SAME_LINE:
        return False  # the same message, with or without its time stamp, or read again
    bag = Bag.of(c.text)
    return all(bag.has(k) for k in matched)


def _holds(bag: Bag, key: str, q: QuestionAnalysis) -> bool:
    """Whether a line says the asked word; an attribute concept matched ("headcount") by
    one of the forms a page prints for it ("7 pax")."""
    concept = next((c for c in q.concepts if c.name == key), None)
    return concept_in_bag(concept, bag) if concept is not None else bag.has(key)


def _echoes(value: str, q: QuestionAnalysis) -> bool:
    """The value only repeats a name the question says ("CD45" of "how many CD45+ cells")."""
    said = normalise(value)
    return any(said == normalise(k) or said in normalise(k).split() for k in q.keywords)


def _negates(text: str, value: str) -> bool:
    """Whether TEXT says "not <value>" of the value answered."""
    said = normalise(re.sub(r"^\s*(?:at|by|until|till|from|before|after)\s+", "", value))
    if not said:
        return False
    # "PHP 18.4M" answered, "not 18.4M" said: a number the answer states, without its
    # currency or unit (never a message's time stamp or a part of a code)
    stated = set(_NUMBER.findall(CHAT_STAMP.sub("", value)))
    for m in _NOT.finditer(text):
        struck = _NUMBER.findall(m.group(1))[:1]
        if normalise(m.group(1)).startswith(said) or (struck and struck[0] in stated):
            return True
    return False


_NOT = re.compile(r"\bnot\s+(?:at\s+|on\s+)?([^,;]{1,40})", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w.,:/-])\d+(?:[.,]\d+)?(?![\d:/-])")
# "how many oil drums": the counted noun may come after a word naming what kind
_HOW_MANY = re.compile(r"\bhow many\s+([a-z]{3,}(?:\s+[a-z]{3,})?)\b", re.IGNORECASE)


def _counts(text: str, m: re.Match[str], question: str) -> bool:
    """The number is followed by the noun a "how many" question counts ("640 words")."""
    asked = _HOW_MANY.search(question)
    if asked is None:
        return False
    after = tokens(text[m.end() :])[:1]
    return bool(after) and any(Bag.of(after[0]).has(w) for w in asked.group(1).lower().split())


def superseding(
    lookup: LookupAnswerer,
    q: QuestionAnalysis,
    intent: TimeIntent,
    draft: Draft,
    hits: list[Line],
) -> Draft | None:
    """The draft restated from a later line correcting its line; None when none does. The
    correction shares the question's words, so it is among the lines already retrieved."""
    if draft.state != "ok" or not draft.evidence or draft.value is None:
        return None
    line = draft.evidence[0].line
    matched = [k for k in draft.decisions.get("on_line") or [] if k not in q.phrasing]
    if not matched:
        return None
    best: tuple[float, int, Line] | None = None
    # "What was wrong with it in the end?": how it was settled, a later "X, not Y" on it.
    settled = bool(SETTLED.search(intent.remainder))
    for c in hits:
        marked = CORRECTS.search(c.text) or (settled and _NOT_THAT.search(c.text))
        if c.span_id == line.span_id or not (marked or _restates(c, line, matched)):
            continue
        if not _after(lookup, c, line):
            continue
        bag = Bag.of(c.text)
        held = [_holds(bag, k, q) for k in matched]
        shared = sum(held) / len(matched)
        names = {c.name for c in q.concepts}
        if any(k in names and not h for k, h in zip(matched, held, strict=True)):
            continue  # the attribute asked ("headcount") is not what this line corrects
        # "..., not noon": a line negating the very value answered corrects it when it shares
        # any of the asked words; so does any later "X not Y" when asked how it ended.
        negates = (_negates(c.text, draft.value) or settled) and shared > 0
        if shared < MIN_SHARED and not negates:
            continue
        key = (shared + (1.0 if marked else 0.0), c.ts_ms)  # a line that says it corrects
        if best is None or key > best[:2]:
            best = (*key, c)
    if best is None:
        return None
    c = best[2]
    value = c.text
    if q.value_type in VALUE_TYPES:
        old = normalise(draft.value)
        said = CORRECTS.search(c.text)
        start = said.start() if said and not said.group(0).startswith(",") else 0
        stamp = CHAT_STAMP.match(c.text)  # "10:13 <ngaire> sorry, ...": when it was said
        start = max(start, stamp.end() if stamp else 0)
        patterns = [VALUE_TYPES[q.value_type].pattern]
        if q.weak_type:
            patterns.append(_AMOUNT)  # "how much fuel": "4,800 kg", an amount of something
        found = [  # after "correction:" (not the message's own time stamp before it)
            m
            for pattern in patterns
            for m in pattern.finditer(c.text, start)
            if normalise(m.group(0)) != old
            and not _echoes(m.group(0), q)
            and normalise(m.group(0)) not in normalise(draft.value)
        ]
        if not found:
            return None
        # "how many words": "page 1 lead now, 640 words": the count of the thing asked
        counted = [m for m in found if _counts(c.text, m, intent.remainder)]
        value = (counted or found)[0].group(0).strip()  # "36 vials, not 40": new comes first
        if counted:  # "3 drums": the count with the thing it counts, as the line says it
            value = f"{value} {tokens(c.text[counted[0].end() :])[0]}"
    # The value stated last, said to correct another; the corrected value stays in the
    # citations (label) and the trace, not in the answer a reader takes away.
    # A whole line keeps what it says less the value it struck out ("km 23, not km 32").
    shown = _NOT_CLAUSE.sub("", value) if value == c.text else value
    said = f"{shown.strip()} (a later correction)"
    text = lookup.phrase(said, c)
    evidence = [Evidence(c, "value"), Evidence(line, "label")]
    decisions = {**draft.decisions, "corrected_by": c.text, "was": draft.value}
    return Draft(text, value, evidence, draft.confidence, "ok", None, decisions)
