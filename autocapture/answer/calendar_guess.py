"""What a calendar question only guesses: "when is the refresher again, friday morning right"
asks when the event is and adds the day the asker believes, so that day must not hide the
event when it moved; "what have I got at half 4" says a clock time without am/pm, which on a
calendar may be either half of the day."""

from __future__ import annotations

import re
from datetime import date

from autocapture.answer.draft import Draft
from autocapture.understand.dates import read_date

# ", friday morning right", ", 9 am isn't it", "- thursday yeah?": a trailing guess tag
_TAIL = re.compile(
    r"[,;-]\s*(?P<guess>[\w:. ]{2,40}?)\s*,?\s*"
    r"(?:right|correct|yeah|yes|no|innit|isn'?t it|is(?:n'?t| not) that right|i think|i guess)"
    r"\s*\??\s*$",
    re.IGNORECASE,
)
_ASKS_WHEN = re.compile(r"^\s*(?:when|wen|what time|what day|which day)\b", re.IGNORECASE)


def guessed_tail(question: str) -> tuple[str, str] | None:
    """(the ask, the guess) when a when-question ends with the asker's own guess of the day
    and the ask itself names no day; else None."""
    m = _TAIL.search(question)
    if m is None or not _ASKS_WHEN.match(question):
        return None
    head, guess = question[: m.start()], m.group("guess")
    if read_date(head) is not None or read_date(guess) is None:
        return None
    return head, guess


def tail_words(question: str) -> set[str]:
    """The words of the guess tag, which name no event."""
    m = _TAIL.search(question)
    return set(re.findall(r"[a-z]+", question[m.start() :].lower())) if m else set()


def clock_readings(phrase: str, hm: tuple[int, int]) -> list[tuple[int, int]]:
    """A clock said without am/pm ("at 4:30", "half 4") read as written, then in the
    afternoon: nobody writes 16:30 as 4:30, so the later reading only stands in."""
    bare = not re.search(r"[ap]\.?\s?m\b|\b\d{2}[:.]\d{2}\b", phrase.lower())
    if bare and 1 <= hm[0] < 12:
        return [hm, (hm[0] + 12, hm[1])]
    return [hm]


def not_as_guessed(got: Draft, d: date | None, guess: str) -> Draft:
    """Say so when the event is on another day than the one guessed."""
    hint = read_date(guess) or {}
    day = hint.get("day")
    if d is None or not day or d.strftime("%A").lower() == day:
        return got
    said = f"Not {guess.strip()}"
    if got.claim_texts:
        got.claim_texts[0] = f"{said}: {got.claim_texts[0]}"
    got.answer = f"{said}: {got.answer}"
    return got
