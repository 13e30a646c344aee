"""'Which story got spiked?': the thing asked for, named on screen by its code or name.

"Which N was / got V" asks for the name of an N. A line saying the rest ("V") of something
it names by a code, a slug or a proper name the question does not say ("PORT-PROFIT is
spiked, drop it from page 9") answers it, without the word N: a newsroom slug, a ticket's
key, a ship's name stand for the kind of thing they name. A line that says N but not V (a
story that was not spiked) does not. Used only when the ordinary lookup finds no line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.question import QuestionAnalysis
from autocapture.answer.value_shapes import CODE, PROPER
from autocapture.retrieve import Line
from autocapture.text import Bag, tokens
from autocapture.timeparse import TimeIntent

if TYPE_CHECKING:
    from autocapture.answer.lookup import LookupAnswerer

# A slug or key in capitals joined by hyphens ("PORT-PROFIT", "HUTT-COURT", "OPS-212").
SLUG = re.compile(r"\b[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)+\b")


def _names(text: str, q: QuestionAnalysis) -> list[str]:
    """The codes, slugs and proper names on TEXT that are not the question's own words."""
    found = [m.group(0) for p in (SLUG, CODE, PROPER) for m in p.finditer(text)]
    return [n for n in dict.fromkeys(found) if not all(w in q.keywords for w in tokens(n))]


def named_by_code(
    lookup: LookupAnswerer, q: QuestionAnalysis, intent: TimeIntent, hits: list[Line]
) -> Draft | None:
    """The line naming, by a code or a name, the one N that the question's other words say
    something of; None when the question asks no kind (N) or no line fits."""
    if len(q.attribute) != 1:
        return None
    kind = next(iter(q.attribute))
    said = [
        k
        for k in q.keywords
        if k != kind and k not in q.soft_words and k not in q.cue_words and k not in q.phrasing
    ]
    if not said:
        return None
    fits: list[tuple[Line, str]] = []
    for h in hits:
        bag = Bag.of(h.text)
        if not all(bag.has(k) for k in said):
            continue
        if bag.has(kind):
            return None  # a line says it with the kind's own word: the lookup's to read
        names = _names(h.text, q)
        if len(names) == 1:
            fits.append((h, names[0]))
    if not fits or len({n for _, n in fits}) > 1:
        return None  # none, or several things said so: no one answer
    line, name = max(fits, key=lambda f: f[0].ts_ms)
    where = f' in "{line.window_title}"' if line.window_title else ""
    text = f'{name}: "{line.text}" (on screen at {lookup.local_when(line.ts_utc)}{where})'
    return Draft(
        text,
        name,
        [Evidence(line, "value")],
        0.7,
        "ok",
        None,
        {"by": "named_by_code", "kind": kind, "lines": len(fits)},
    )
