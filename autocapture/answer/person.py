"""A "who ..." question is answered by a person, or not at all.

Free-text lookup finds the line that best covers the question's other words; for "who wrote
the 'Cap retry_budget at 5 attempts' commit?" that is the commit's own line, which names no
one (``git log --oneline`` prints no author). Such a line answers what was done, not who did
it. A who-answer must hold something that names someone beyond the question's own words: a
capitalised name, an email address, an @handle, or a field that says who (Author:, From:,
By:, a speaker's "name:" leading the line).
"""

from __future__ import annotations

import re

from autocapture.answer.draft import Draft
from autocapture.text import VALUE_TYPES, Bag

# "who wrote X", "by whom"; not "who is this player?", which asks the page's subject (its
# heading answers, whatever its case).
ASKS_PERSON = re.compile(
    r"^\s*(?:who|whom|whose)\b(?!(?:\s+is|\s+was|'s|’s)\s+(?:this|that|these|those)\b)|\bby whom\b"
)
# A field that says who: "Author: ana", "From: ana@x", "Assignee = ana".
_WHO_FIELD = re.compile(
    r"(?:author|committer|from|sender|owner|assignee|reporter|reviewer|signed-off-by|by)"
    r"\s*[:=]\s*\S",
    re.IGNORECASE,
)
# A speaker leading a chat line: "ana: ...", "ana (10:42): ...", "10:44 <ana> ...".
_SPEAKER = re.compile(
    r"^\s*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*)?"
    r"(?:<[@+]?[\w.-]{2,30}>|@?[\w.-]{2,30}\s*(?:\(\d{1,2}:\d{2}\))?\s*:\s+\S)"
)
_NAME = re.compile(r"^[A-Z][a-z]+(?:['’-][A-Za-z]+)*$")
_CAPS_NAME = re.compile(r"\b[A-Z]{2,}(?:['’-][A-Z]+)*\s+[A-Z]{2,}(?:['’-][A-Z]+)*\b")  # "ANA LIND"
_CALENDAR_WORDS = {
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "today", "tomorrow", "yesterday", "am", "pm",
}  # fmt: skip
_HANDLE = re.compile(r"^@[\w.-]{2,}$")
_WORD = re.compile(r"[@\w'’.-]+")


def names_person(text: str, question: str) -> bool:
    """Whether TEXT names someone that the question does not already name."""
    asked = Bag.of(question)
    if VALUE_TYPES["email"].pattern.search(text):
        return True
    speaker = _SPEAKER.match(text)
    if speaker:
        name = re.findall(r"[A-Za-z][\w.-]+", re.sub(r"^\s*\[?[\d:]+\]?", "", speaker.group()))
        if name and not asked.has(name[0].lower()):
            return True  # "ana: ...", not "Interview: ..." when the question is of interviews
    if _WHO_FIELD.search(text) or _CAPS_NAME.search(text):
        return True
    for m in _WORD.finditer(text):
        word = m.group().strip(".'’-:,")
        if word.lower() in _CALENDAR_WORDS:
            continue  # "Thu 26 Nov": a day, not a person
        if word and (_HANDLE.match(word) or _NAME.match(word)) and not asked.has(word.lower()):
            return True
    return False


def person_or_none(draft: Draft, question: str) -> Draft:
    """The draft, unless the question asks who and no claim of the draft names anyone."""
    if draft.state != "ok" or not ASKS_PERSON.search(question.lower()):
        return draft
    # The values, and the lines they were read from (a label line may say "Author:").
    texts = [v for v in (draft.values or [draft.value or ""]) if v]
    texts += [e.line.text for e in draft.evidence if e.role in ("value", "label")]
    if any(names_person(t, question) for t in texts):
        return draft
    return Draft(
        "",
        None,
        [],
        0.2,
        "indeterminate",
        "no_person_named: the matching text does not say who",
        draft.decisions,
    )
