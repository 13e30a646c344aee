"""Two words typed apart that the screen writes as one.

People type "fleet board" for the terminal titled ``~/src/fleetboard`` or "work sheet" for a
``Worksheet``: every answerer matches words, and neither half matches the joined word. When
the store has the joined word and never the two apart, the question is read with it joined.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_PAIR = re.compile(r"(?<![\w'’-])([a-z]{3,})(?=(\s+)([a-z]{3,})(?![\w'’-]))")
# Words of the question's frame, never half of a compound on screen.
_FUNCTION = frozenset(
    re.findall(
        r"\S+",
        "the and for was were did does what which when where who whom whose how why with that"
        " this these those there then than from into onto have had has you your yours our ours"
        " are not but out any all can get got its it's she her his him they them their"
        " about after before over under again just only also very much many more most some"
        " been being one two per via off own too let may might must shall should will would"
        " could am is",
    )
)
MIN_JOINED = 7  # "log in", "set up" and other short pairs are phrasal verbs, not names


def join_compounds(question: str, occurs: Callable[[str], bool]) -> str:
    """QUESTION with each pair of words joined where only the joined word was seen."""
    out, pos = [], 0
    for m in _PAIR.finditer(question.lower()):
        a, gap, b = m.group(1), m.group(2), m.group(3)
        if m.start() < pos or a in _FUNCTION or b in _FUNCTION or len(a) + len(b) < MIN_JOINED:
            continue
        if occurs(a + b) and not occurs(f"{a} {b}"):
            out.append(question[pos : m.end(1)])
            pos = m.end(1) + len(gap)  # drop the space; the second word follows as typed
    return "".join(out) + question[pos:]
