"""A question's text among a line's words, as OCR read them: punctuation stripped from a
word's ends, and a letter O read as a zero inside a word ("ToD0") forgiven.
"""

from __future__ import annotations

import re

from autocapture.answer.draft import Evidence
from autocapture.retrieve import Line

PUNCT = "()[]{}<>'\",;:.`"


# OCR reads a letter O as a zero in some monospace fonts ("ToD0"): words are compared with
# the zeros inside letters read as O.
_ZERO_IN_WORD = re.compile(r"(?<=[A-Za-z])0|0(?=[A-Za-z])")


def fold(text: str) -> str:
    return _ZERO_IN_WORD.sub("o", text).lower()


def cited(span: Line, line: Line) -> list[Evidence]:
    """A coloured word as the value, with its line as context when the word is a part of it."""
    return [Evidence(span, "value")] + ([Evidence(line, "line")] if span is not line else [])


def holds_text(text: str, want: str) -> bool:
    """Whether text shows a word or phrase, allowing OCR's O/0 slip inside words."""
    low = text.lower()
    if want in low:
        return True
    return any(c.isalpha() for c in want) and fold(want) in fold(text)
