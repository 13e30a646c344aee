"""Two questions asked in one breath: "which bin is the yaw motor in, oh and how many left",
"what room is the briefing in and also who is running it".

Neither part names the other's answer (that is a chain, answer/chain.py): each is answered on
its own and the claims are put together. The second part often leaves out what it is about
("how many left", "who is running it"): the thing the first part asks about fills it in. A
part that finds nothing abstains on its own; the other's answer stands, marked partial.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from autocapture.answer.model import Answer
from autocapture.text import tokens

_ASK = r"(?:how|what|which|who|whom|whose|when|where|is|are|was|were|did|does|do|can|could)\b"
# ", oh and how many ...", "; and also who ...", " and also where ...", ", plus what ..."
_PAIR = re.compile(
    rf"^\s*(?P<first>{_ASK}.{{4,}}?)\s*(?:[,;]\s*(?:oh,?\s+|and\s+oh,?\s+)?(?:and|plus)"
    rf"(?:\s+also)?|\s+and\s+also|[,;]\s*also)\s+(?P<then>{_ASK}.+?)\s*\??\s*$",
    re.IGNORECASE,
)
# What the first part asks about: "which bin is <the 4 kW yaw motor> in", "where is <the
# meeting>", "what time does <the ferry> leave".
_SUBJECT = re.compile(
    r"^\s*(?:(?:which|what)(?:\s+\w+)?|where|who|when|how\s+\w+)\s+(?:is|are|was|were|'s)\s+"
    r"(?P<x>(?:the|my|our|this|that)\s+.+?)(?:\s+(?:in|on|at|for|from|kept|stored))?\s*$",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"\b(?:it|they|them)\b")
# Words that only ask ("how many left" says no more than "left" of its own).
_ASK_WORDS = {
    "how", "many", "much", "what", "which", "who", "whom", "whose", "when", "where", "is",
    "are", "was", "were", "did", "does", "do", "can", "could", "the", "a", "an", "of", "there",
    "still", "now", "time",
}  # fmt: skip


@dataclass(frozen=True)
class Pair:
    first: str
    then: str


def _subject(first: str) -> str | None:
    m = _SUBJECT.match(first)
    return m.group("x") if m else None


def split_pair(question: str) -> Pair | None:
    """The two questions of "<question>, oh and <question>", the second filled in with what
    the first asks about when it says nothing of its own; None when it is one question."""
    m = _PAIR.match(question)
    if m is None:
        return None
    first, then = m.group("first").strip(" ,;"), m.group("then")
    subject = _subject(first)
    if subject is not None:
        if p := _PRONOUN.search(then):  # "who is running it": the briefing
            then = then[: p.start()] + subject + then[p.end() :]
        elif len([w for w in tokens(then) if w not in _ASK_WORDS]) <= 1:
            then = f"{then} of {subject}"  # "how many left": left of the yaw motor
    return Pair(f"{first}?", f"{then}?")


def ask_pair(
    pair: Pair,
    question: str,
    ask_one: Callable[[str, Any], Answer],
    ledger: Any,
    new_ledger: Callable[[], Any],
    texts: dict[str, str],
) -> Answer | None:
    """Both parts answered, their claims together; None when neither part is answered (the
    question is then asked whole)."""
    a = ask_one(pair.first, ledger)
    b = ask_one(pair.then, new_ledger())
    said = [x for x in (a, b) if x.state != "indeterminate"]
    if not said:
        return None
    out = said[0]
    out.query = question
    out.claims = [c for x in said for c in x.claims]
    parts = [x.answer for x in said]
    missed = [(p, x) for p, x in ((pair.first, a), (pair.then, b)) if x.state == "indeterminate"]
    for part, x in missed:  # a part not answered says so, and claims nothing
        parts.append(f'"{part}" ' + texts["indeterminate"].format(reason=x.indeterminate_reason))
    out.answer = texts["claim_separator"].join(parts)
    out.state = "partial" if missed or any(x.state == "partial" for x in said) else "ok"
    out.confidence = min(x.confidence for x in said) * (0.8 if missed else 1.0)
    out.trace["pair"] = {
        "parts": [pair.first, pair.then],
        "states": [a.state, b.state],
        "classes": [a.question_class, b.question_class],
    }
    return out
