"""Which words of a form question name the field, beyond its plain content words.

- ", not the board": a trailing "not (on/in) the X" sets a place aside; X names no field.
- "gross WEIGHT on the crate form": a word the question says that is also how pages label an
  attribute (weight, width, height) is read as a concept, yet a form's key prints it too.
- "what DECLARED CUSTOMS value": a field whose key holds only part of a multi-word asked noun
  and words of its own ("Customs cleared") is another field, not that one.
"""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext
from autocapture.text import Bag, tokens

# ", not the board", "- not on the big terminal": where the answer is not; never asked words.
NOT_THERE = re.compile(
    r"(?:,|;|\s[-–—])\s*(?:but\s+|and\s+)?not\s+(?:(?:on|in|from|off)\s+)?(?:the|my|that|this)"
    r"\s+([\w -]{1,40}?)\s*[?.!]*\s*$"
)
# "what declared customs value did I put": the noun asked, between "what" and its verb.
ASKED_PHRASE = re.compile(
    r"^\s*(?:what|which)\s+((?:[a-z-]+\s+){1,3}[a-z-]+)\s+"
    r"(?:was|is|were|are|did|does|do|had|has|got|gets)\b"
)
# Words a key adds to the asked noun without naming another field ("Contact name", "Ref no.").
KIND_HEADS = {"no", "nr", "num", "number", "id", "code", "name", "date", "time", "ref", "kg"}


def set_aside(question: str) -> set[str]:
    """The words of a trailing "not the X" clause."""
    m = NOT_THERE.search(question.lower())
    return set(tokens(m.group(1))) if m else set()


def concept_words(ctx: AnswerContext) -> list[str]:
    """The question's own words that a concept took but a page label prints as they are
    ("weight" of Gross weight), so they still name a field's key."""
    toks = set(tokens(ctx.question))
    out: list[str] = []
    for c in ctx.analysis.concepts:
        out.extend(f for f in c.forms if " " not in f and f in toks and f not in out)
    return out


def asked_phrase(question: str, generic: set[str]) -> list[str]:
    """The content words of the noun asked ("declared customs" of "what declared customs
    value did ..."), [] when there is none."""
    m = ASKED_PHRASE.match(question.lower())
    return [w for w in tokens(m.group(1)) if w not in generic] if m else []


def partial_other(key: str, in_key: list[str], phrase: list[str], around: Bag) -> bool:
    """The key holds part of a multi-word asked noun, the rest is not on its form, and the key
    says words of its own: it is another field ("Customs cleared" for "declared customs")."""
    if len(phrase) < 2 or not any(w in in_key for w in phrase):
        return False
    rest = [w for w in phrase if w not in in_key]
    if not rest or any(around.has(w) for w in rest):
        return False
    own = [
        t
        for t in tokens(re.sub(r"\([^()]{1,12}\)", " ", key))
        if len(t) > 1 and t not in KIND_HEADS and not Bag.of(" ".join(phrase)).has(t)
    ]
    return bool(own)
