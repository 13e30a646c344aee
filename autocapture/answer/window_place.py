""" "The terminal along the bottom of the screen", "the window on the left": a window named by
where it sat on the screen (its box, from the window system), among the windows of the kind
named; the one furthest that way, when it is clearly so."""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext
from autocapture.answer.window_kinds import of_kind
from autocapture.understand.reader import NodeRow

_KINDS = "window|terminal|xterm|console|shell|browser|form|dialog"
# "the terminal sitting at the bottom right": where a window sat, said of it
_SITS = (
    r"(?:(?:was|were|is|are) )?(?:(?:sitting|sat|placed|positioned|located|parked|docked|open) )?"
)
PLACE_ASK = re.compile(
    rf"\b(?P<kind>{_KINDS})s? {_SITS}(?:along|at|on|in|across|down) the "
    r"(?P<side>bottom|top|left|right|lower|upper)(?:[- ](?P<also>left|right))?"
    r"(?:[- ](?:hand )?(?:side|edge|half|corner))?(?: of the screen)?\b"
    r"|\bthe (?P<side2>bottom|top|left|right|lower|upper)(?:most|-hand)?"
    rf"(?:[- ](?P<also2>left|right)(?:most|-hand)?)? (?P<kind2>{_KINDS})\b"
)
_SIDE = {"lower": "bottom", "upper": "top"}
_KIND_OF = {"terminal": "terminal", "xterm": "terminal", "console": "terminal", "shell": "terminal",
            "browser": "browser", "form": "form", "dialog": "form"}  # fmt: skip
CLEAR = 40  # pixels by which the window must lead the next one that way


def placed_window(ctx: AnswerContext, wins: list[NodeRow]) -> NodeRow | None:
    """The window the question names by its place on the screen; None when it names none or
    no window clearly sits furthest that way."""
    m = PLACE_ASK.search(ctx.question.lower())
    if m is None:
        return None
    first = m.group("side") or m.group("side2")
    side = _SIDE.get(first, first)
    also = m.group("also") or m.group("also2")
    # "the bottom right": a corner, two ways at once; "left right" names no corner
    sides = [side, also] if also and side in ("bottom", "top") else [side]
    kind = _KIND_OF.get(m.group("kind") or m.group("kind2") or "")
    pool = of_kind(ctx, wins, kind) if kind else list(wins)
    if not pool:
        return None

    def reach(w: NodeRow) -> float:
        x0, y0, x1, y1 = w.bbox
        way = {"bottom": y1 + y0, "top": -(y0 + y1), "right": x1 + x0, "left": -(x0 + x1)}
        return sum(way[s] for s in sides)

    ranked = sorted(pool, key=reach, reverse=True)
    if len(ranked) > 1 and reach(ranked[0]) - reach(ranked[1]) < CLEAR:
        return None
    return ranked[0]
