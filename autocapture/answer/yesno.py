"""Yes/no questions about what a page lists: "Is X one of the actors?", "Did X direct it?".

The question names an entity (a capitalised name) and, usually, a role (a lexicon concept:
cast, writer, director, author). The page prints the role as a label ("Starring:",
"Directed By:") followed by a list that may wrap onto further lines.

- yes: the entity is in the role's list; the line holding it is the evidence;
- no: the role's list is on screen and the entity is not in it; the role's line is the
  evidence (and the line where the entity does appear, if any, is context);
- without a role: yes when the entity is on screen;
- otherwise indeterminate: absence cannot be cited.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from autocapture.answer.layout import continuation
from autocapture.answer.lexicon import Concept, form_span
from autocapture.retrieve import Line
from autocapture.text import token_match

_WORD = re.compile(r"[A-Za-z0-9][\w'’.\-]*")
LABEL_WORDS = 3  # a role label starts within the first words of its line


@dataclass
class Verdict:
    answer: str | None  # "yes", "no", or None when it cannot be told
    evidence: Line | None = None
    value: str | None = None
    context: list[Line] = field(default_factory=list)
    label: str = ""
    reason: str | None = None
    confidence: float = 0.0


def entity_in(words: Sequence[str], text: str, ordered: bool = True) -> str | None:
    """The part of TEXT that spells the entity's words (in order, next to each other when
    ORDERED), else None."""
    if not words:
        return None
    found = list(_WORD.finditer(text))

    def fits(w: str, m: re.Match[str]) -> bool:
        return token_match(w, m.group(0).lower().strip(".,"))

    if not ordered:
        hits = [next((m for m in found if fits(w, m)), None) for w in words]
        if any(h is None for h in hits):
            return None
        spans = [h.span() for h in hits if h is not None]
        return text[min(s for s, _ in spans) : max(e for _, e in spans)].rstrip(".,")
    n = len(words)
    for i in range(len(found) - n + 1):
        window = found[i : i + n]
        if all(fits(w, m) for w, m in zip(words, window, strict=True)):
            return text[window[0].start() : window[-1].end()].rstrip(".,")
    return None


def role_label(line: Line, roles: Sequence[Concept]) -> str | None:
    """The role label the line starts with ("Written By"), if any."""
    for c in roles:
        span = form_span(c, line.text)
        if span and len(_WORD.findall(line.text[: span[0]])) < LABEL_WORDS:
            return line.text[: span[1]].strip(" :")
    return None


def decide(
    frames: Sequence[Sequence[Line]],
    entity: Sequence[str],
    roles: Sequence[Concept],
    ordered: bool = True,
) -> Verdict:
    """Judge the question on each candidate frame (most relevant first). ENTITY is the
    name's words (ORDERED) or, without a name, the question's words in any order."""
    if not entity:
        return Verdict(None, reason="yes_no_without_entity")
    no: Verdict | None = None
    for lines in frames:
        holding = [(ln, v) for ln in lines if (v := entity_in(entity, ln.text, ordered))]
        if not roles:
            if holding:
                ln, v = holding[0]
                return Verdict("yes", ln, v, confidence=0.7)
            continue
        blocks = []
        for ln in lines:
            label = role_label(ln, roles)
            if label:
                blocks.append((ln, label, [ln, *continuation(ln, lines)]))
        for ln, label, block in blocks:
            for b in block:
                v = entity_in(entity, b.text, ordered)
                if v:
                    ctx = [ln] if b is not ln else []
                    return Verdict("yes", b, v, ctx, label, confidence=0.85)
        if blocks and no is None:
            ln, label, _ = blocks[0]
            elsewhere = [h for h, _ in holding][:1]
            no = Verdict("no", ln, ln.text, elsewhere, label, confidence=0.8 if elsewhere else 0.7)
    if no is not None:
        return no
    if roles:
        return Verdict(None, reason="role_not_on_screen: " + ", ".join(c.name for c in roles))
    return Verdict(None, reason="not_on_screen: " + " ".join(entity))
