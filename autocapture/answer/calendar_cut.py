"""A title cut off by a narrow column ("Seal crates with Jose Migue") is the same event as
the whole title shown elsewhere ("... with Jose Miguel Santos"): the cut one has fewer extra
words and would otherwise win, and lose the words that answer "who is it with"."""

from __future__ import annotations

from datetime import date

from autocapture.understand.dates import clock_hm
from autocapture.understand.reader import NodeRow


def whole_title(best: NodeRow, others: list[NodeRow], when: dict[int, date | None]) -> NodeRow:
    """The event with the longest title that the best one's title opens, on the same day
    at the same time; BEST itself when none."""
    title = (best.attrs.get("title") or "").strip()
    start = clock_hm(best.attrs.get("start") or "")
    pick = best
    for n in others:
        t = (n.attrs.get("title") or "").strip()
        if (
            len(t) > len((pick.attrs.get("title") or "").strip())
            and t.lower().startswith(title.lower())
            and when.get(id(n)) == when.get(id(best))
            and clock_hm(n.attrs.get("start") or "") == start
        ):
            pick = n
    return pick
