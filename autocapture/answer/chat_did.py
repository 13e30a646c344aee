""" "Did tane ask the photo desk for the COUNCIL-WARDS pic?": a yes/no question naming who
said something. When none of that person's messages says it but another sender's does, the
answer is no, and who did say it (the message cited); when nobody said it, nothing can be
told (absence is not cited).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from autocapture.answer.draft import Draft
from autocapture.understand.reader import NodeRow

# "did tane ask ...", "did Priya say ...": the person, then a verb of saying or asking.
DID_SAY = re.compile(
    r"^\s*did\s+(?P<name>[a-z][\w.'’-]*)\s+(?:ever\s+|really\s+|actually\s+)?"
    r"(?P<verb>ask|say|tell|mention|write|post|send|reply|request|offer|promise|suggest|report"
    r"|announce|confirm|warn|flag|raise)\b"
)
FULL = 1.0  # the other sender's message says all of it: a near match is no "someone else"


def did_say(question: str) -> str | None:
    """The person a "did X say/ask ...?" question names, else None."""
    m = DID_SAY.match(question.lower())
    return m.group("name") if m else None


def said_by_other(
    msgs: list[NodeRow],
    named: set[str],
    words: list[str],
    cover: Callable[[list[str], str], float],
    text: Callable[[NodeRow], str],
) -> NodeRow | None:
    """The message, from a sender other than those NAMED, that says every one of WORDS; the
    earliest when several do. None when none does, or the words name no topic."""
    if not words:
        return None
    others = [
        n
        for n in msgs
        if (n.attrs.get("sender") or "") not in named and cover(words, text(n)) >= FULL
    ]
    return min(others, key=lambda n: n.ts_ms) if others else None


def not_them(said: Draft, other: NodeRow, names: list[str]) -> Draft:
    """The other sender's message, led by the answer to the yes/no question."""
    lead = f"No, not {' '.join(names)}: {other.attrs.get('sender') or 'someone else'} did. "
    said.answer = lead + said.answer
    if said.claim_texts:
        said.claim_texts[0] = lead + said.claim_texts[0]
    said.decisions = {**said.decisions, "said_by_other": other.attrs.get("sender")}
    return said
