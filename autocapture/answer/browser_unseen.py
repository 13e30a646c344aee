"""A page named partly by a word the screens never showed.

"the url of the tab with the wind forecast": the page is titled "hub-height wind and lift
windows"; "forecast" says what its table is, in the asker's word, and no screen shows it.
A word found nowhere in the store cannot tell one page from another, so the page is named
by the rest of the words, when they pick one page (one address) and are no fewer than
the words dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from autocapture.answer.base import AnswerContext
from autocapture.understand.reader import NodeRow


def fit_without_unseen(
    ctx: AnswerContext,
    bars: list[NodeRow],
    named: list[str],
    fits: Callable[[list[str], NodeRow], bool],
) -> tuple[list[NodeRow], list[str]]:
    """The address bars the seen words of ``named`` fit, when they pick one address, with
    the words dropped; ([], []) otherwise."""
    unseen = [w for w in named if not ctx.retriever.occurs(w)]
    seen = [w for w in named if w not in unseen]
    if not unseen or not seen or len(unseen) > len(seen):
        return [], []
    fit = [b for b in bars if fits(seen, b)]
    if len({b.attrs.get("url") or b.text for b in fit}) != 1:
        return [], []
    return fit, unseen
