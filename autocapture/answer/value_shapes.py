"""What a value looks like on a line: codes and names a "which" question is answered by,
measures that are no identifier, a time with its day, an assignment, a record's leading id.
Pure functions of text (and the question's analysis), shared by the lookup answerers."""

from __future__ import annotations

import re

from autocapture.answer.question import QuestionAnalysis
from autocapture.text import (
    VALUE_TYPES,
    Bag,
    compound_match,
    part_match,
    raw_tokens,
    token_match,
    tokens,
)

VERSION = re.compile(r"(?<![\w.])v?\d+(?:\.\d+){1,3}(?:[-+.]?(?:rc|alpha|beta|dev)\d*)?(?![\w])")
# Words of a question about the command itself, which the prompt line shows.
SEPARATED = re.compile(r"^\s*[:=|–]\s*\w|^\s*-\s+\w|^\t")


DAY_BEFORE = re.compile(rf"(?:{VALUE_TYPES['date'].pattern.pattern})\s*(?:,|at|@)?\s*$", re.I)
TIME_AFTER = re.compile(rf"^\s*(?:,|at|@)?\s*(?:{VALUE_TYPES['time'].pattern.pattern})", re.I)


def with_day(text: str, m: re.Match[str], value_type: str | None) -> str:
    """A time with the day stated right before it ("Monday 30 November at 1:30 PM"), a date
    with the time right after it: when something is, whole."""
    value = m.group(0).strip()
    if value_type == "time" and (d := DAY_BEFORE.search(text[: m.start()])):
        return text[d.start() : m.end()].strip()
    if value_type == "date" and (t := TIME_AFTER.match(text[m.end() :])):
        return text[m.start() : m.end() + t.end()].strip()
    return value


# A short code naming a place or item ("7A", "B12", "4B"): what "which ward/gate/bed" reads.
CODE = re.compile(r"\b(?:\d{1,3}-?[A-Z]|[A-Z]{1,2}-?\d{1,4})\b")
# A name of two or more capitalised words ("Kea Spirit", "Harbour Quay").
PROPER = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+\b")


# A person introduced after a matched label: "walk-round with Felix Ortega", "signed by Ana".
WITH_NAME = re.compile(
    r"^\s*(?:with|by|from|for|to)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
)


# A code's serial after its letters ("WTG-71", "PR-482"): people name the thing by the number
_SERIAL = re.compile(r"[A-Za-z]{2,}-0*(?P<n>\d{1,6})")


def in_longer_name(word: str, token: str) -> bool:
    """WORD is only a part of a hyphenated name TOKEN ("tuhoe" of "Tuhoe-Reid"). A code in
    capitals made of words ("NAPIER-FLOOD", a story's slug) is not a name: its parts are the
    words of its subject ("homes evacuated in Napier")."""
    low = token.lower().strip(".,;:")
    if "-" not in low or low == word or word not in low.split("-"):
        return False
    if word.isdigit() and _SERIAL.fullmatch(token.strip(".,;:")):
        return False  # "the 71 job": WTG-71's serial names it
    return not _capital_part(word, token)


def _capital_part(word: str, token: str) -> bool:
    """WORD is a part of TOKEN written in capitals ("NAPIER" of "NAPIER-FL00D")."""
    return any(
        p.lower() == word and len(p) >= 3 and p.isupper() for p in token.strip(".,;:").split("-")
    )


# A unit right after a number makes it a measure ("200 uL", "500 mL", "10 mg", "5 plates").
MEASURE = re.compile(
    r"\s*(?:[uµm]?[lLgG]|mg|kg|ml|mL|uL|µL|cm|mm|km|m|in|ft|lb|lbs|oz|kb|mb|gb|tb|%|°|"
    r"plates?|vials?|boxes|cases?|packs?|pcs|units?|tabs?|caps?|"
    # a duration ("24 h", "55 min by road") is no id or phone number either
    r"h|hrs?|hours?|mins?|minutes?|secs?|seconds?|days?|weeks?)\b",
)


# Nouns a question types its value by; the word before one says which ("catalogue number").
KIND_NOUNS = {"number", "no", "id", "code", "date", "address", "email", "phone", "url", "ref"}


def has_own(bag: Bag, word: str) -> bool:
    """BAG holds WORD, and not only inside a longer hyphenated name."""
    if word in bag.lower:
        return True
    if not bag.has(word):
        return False  # the common case: no token scan on the scoring path
    return not any(
        "-" in t.lower() and word in t.lower().split("-") and not _capital_part(word, t)
        for t in bag.raw
    )


def named_code(text: str, q: QuestionAnalysis) -> bool:
    """The line is the asked noun and its number: "Ward 9 ICU", "Gate B12", "Room 4"."""
    if q.value_type is not None or not q.attribute:
        return False
    m = re.fullmatch(r"\s*(\w+)\s+([\w-]*\d[\w-]*(?:\s+[A-Z][\w-]*)?)\s*", text)
    return bool(m) and m.group(1).lower() in q.attribute


def numbered(text: str, q: QuestionAnalysis) -> bool:
    """The line numbers an asked kind: "LX 41 to LX 58" for "which LX cues", "SQ 18"."""
    return any(re.search(rf"\b{re.escape(w)}\s?-?\d", text, re.IGNORECASE) for w in q.attribute)


def new_name(text: str, q: QuestionAnalysis) -> bool:
    """The text names something by a proper name the question does not already say."""
    return any(not all(w in q.keywords for w in tokens(m.group(0))) for m in PROPER.finditer(text))


# A row led by an identifier (a hash, a number, a date: a log's or a listing's entry); the
# text after it is the entry's content, however short.
RECORD = re.compile(r"^[\s*|/\\>+-]*(?=[0-9a-f]*\d)(?:[0-9a-f]{5,40}|#?\d{3,})\b", re.IGNORECASE)


_WHEN = re.compile(
    rf"{VALUE_TYPES['date'].pattern.pattern}|{VALUE_TYPES['time'].pattern.pattern}", re.I
)


def typed_matches(pattern: re.Pattern[str], text: str, value_type: str | None) -> list[re.Match]:
    """The values of the asked type on TEXT. A "number" is never a date or a clock time
    ("2026-11-21", "9pm"): the shape of a number, but it says when, not how many or which.
    A number that starts a phone number ("021" of "021 555 0388") is the whole of it."""
    found = list(pattern.finditer(text))
    if value_type != "number":
        return found
    when = [(w.start(), w.end()) for w in _WHEN.finditer(text) if w.group(0).strip()]
    phones = list(VALUE_TYPES["phone"].pattern.finditer(text))
    out: list[re.Match] = []
    for m in found:
        if any(a <= m.start() and m.end() <= b for a, b in when):
            continue
        whole = next((p for p in phones if p.start() <= m.start() < p.end()), m)
        if whole not in out:
            out.append(whole)
    return out


def counted(pattern: re.Pattern[str], text: str, q: QuestionAnalysis) -> re.Match | None:
    """The number followed by a word of the question ("retried 8 *times* over 12 hours" for
    "how many times")."""
    # "FY 213 final: 142 pax, 104 bags": a number the question names ("213") is no count
    found = [
        m
        for m in typed_matches(pattern, text, q.value_type)
        if m.group(0).strip().lower() not in q.keywords
    ]
    for m in found:
        after = raw_tokens(text[m.end() :])[:1]
        if after and any(token_match(k, after[0].lower()) for k in q.keywords):
            return m
    return None


def assigns(name: str, text: str) -> bool:
    """Whether TEXT gives NAME a value ("retry_budget = 3", "timeout: 30"), outside a comment.
    Among lines that match the question about as well, such a line answers "what is
    retry_budget set to?" better than one that only mentions the name (an import)."""
    m = re.search(rf"(?<![\w.]){re.escape(name)}\s*(?:=|:|:=)(?!=)\s*\S", text, re.I)
    return m is not None and not re.search(r"//|#\s|/\*|^\s*--", text[: m.start()])


# A zero inside letters is an OCR slip for O ("0IL-320", "C0DE"), never part of a word
_ZERO_IN_WORD = re.compile(r"(?<=[A-Za-z])0|0(?=[A-Za-z])")


def code_part_match(key: str, raw: str) -> bool:
    """KEY names a part of a code token: "the 71 job" is WTG-71's job, and "oil" is the
    0IL of an OCR'd "0IL-320" (a zero read for the letter O beside other letters)."""
    if key.isdigit():
        m = _SERIAL.fullmatch(raw)
        return m is not None and m["n"] == key.lstrip("0")
    if "0" not in raw or not key.isalpha() or len(key) < 3:
        return False
    folded = _ZERO_IN_WORD.sub("o", raw)
    return token_match(key, folded.lower()) or compound_match(key, folded)


def key_match(key: str, raw: str) -> bool:
    # Compound identifiers (AssertionError, test_refund) contain the word asked for.
    return (
        token_match(key, raw.lower())
        or compound_match(key, raw)
        or part_match(key, raw)
        or code_part_match(key, raw)
    )
