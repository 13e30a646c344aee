"""A thing the question names by its name and then its kind ("the Tara Air 7:15 flight", "the
Zephyr 3 release"): a line naming it by the name alone ("GKY-1125 is on Tara Air 7:15 ...")
names the same thing, so the kind noun after the name is not held against that line.

Kept apart from lookup.py, which asks it only when that noun is the one required word a line
lacks.
"""

from __future__ import annotations

from autocapture.answer.question import QuestionAnalysis


def _numeric(word: str) -> bool:
    """A time or number that is part of a name ("7:15", "3")."""
    return any(ch.isdigit() for ch in word)


def kind_after_name(
    q: QuestionAnalysis, missing: list[str], on_line: list[str], required: list[str]
) -> str | None:
    """The missing word when it is the kind noun right after the question's capitalised name
    (with any time or number in it), the whole name is on the line, and so is another required
    word besides it (what is asked); else None."""
    if len(missing) != 1 or not q.ask.entity:
        return None
    kind = missing[0]
    if kind in q.attribute or kind in q.ask.entity or _numeric(kind) or kind not in q.keywords:
        return None
    i = q.keywords.index(kind)
    name: list[str] = []
    while i > 0 and (q.keywords[i - 1] in q.ask.entity or _numeric(q.keywords[i - 1])):
        i -= 1
        name.insert(0, q.keywords[i])
    if not set(q.ask.entity) <= set(name) or not all(w in on_line for w in name):
        return None
    rest = [w for w in required if w != kind and w not in name]
    if not rest or not all(w in on_line for w in rest):
        return None
    return kind
