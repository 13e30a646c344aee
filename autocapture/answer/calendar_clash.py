"""Clashes: "does anything clash with the EBC-1126 briefing tonight?", "any overlaps
tomorrow?". Timed events on one day whose times overlap, one reading per appointment (a day
view and an agenda show it twice). A mixin of the calendar answerer, which lists the events."""

from __future__ import annotations

import re
from typing import Any

from autocapture.answer.base import AnswerContext
from autocapture.answer.draft import Draft
from autocapture.answer.structured import cover
from autocapture.understand.dates import clock_hm
from autocapture.understand.reader import NodeRow

MIN_COVER = 0.6


def _same_event(x: tuple, y: tuple) -> bool:
    """Two readings of one appointment (a day view and an agenda, a title cut short): same
    day and times, and one title the start of the other."""
    if x[:3] != y[:3]:
        return False
    a, b = (re.sub(r"[^a-z0-9]", "", t.attrs["title"].lower()) for t in (x[3], y[3]))
    short, long_ = sorted((a, b), key=len)
    return bool(short) and long_.startswith(short)


class ClashMixin:
    """The clash question of the calendar answerer (``_list`` is the answerer's own)."""

    _list: Any

    def _clashes(
        self,
        ctx: AnswerContext,
        events: list[NodeRow],
        when: dict,
        decisions: dict,
        named: list[str] | None = None,
    ) -> Draft:
        """Timed events on the same day whose times overlap: yes with the pairs, or no with
        the events compared. With an event named ("the Greer call"), only its clashes."""
        spans = []
        for n in events:
            a, b = clock_hm(n.attrs.get("start") or ""), clock_hm(n.attrs.get("end") or "")
            if a is not None and b is not None:
                spans.append((when[id(n)], a, b, n))
            # one reading per appointment (a day view and an agenda show it twice), the fullest
        spans.sort(key=lambda s: -len(s[3].attrs["title"]))
        spans = [s for i, s in enumerate(spans) if not any(_same_event(s, t) for t in spans[:i])]
        pairs = [
            (x[3], y[3])
            for i, x in enumerate(spans)
            for y in spans[i + 1 :]
            if x[0] == y[0] and x[1] < y[2] and y[1] < x[2]
        ]
        if not spans:
            return Draft("", None, [], 0.3, "indeterminate", "no_timed_events", decisions)
        if named:
            scored = [(cover(named, s[3].attrs["title"])[0], s) for s in spans]
            best = max(c for c, _ in scored)
            if best < MIN_COVER:
                return Draft("", None, [], 0.3, "indeterminate", "no_matching_event", decisions)
            target = {id(s[3]) for c, s in scored if c == best}
            pairs = [p for p in pairs if id(p[0]) in target or id(p[1]) in target]
            spans = [s for _, s in scored if id(s[3]) in target] or spans
        involved: list[NodeRow] = []
        for n in (n for pair in pairs for n in pair):
            if all(n is not m for m in involved):
                involved.append(n)
        involved = involved or [s[3] for s in spans]
        draft = self._list(ctx, involved, when, {**decisions, "clashes": len(pairs)})
        if pairs:
            said = "; ".join(f"{a.attrs['title']} overlaps {b.attrs['title']}" for a, b in pairs)
            draft.claim_texts[0] = f"Yes: {said}. {draft.claim_texts[0]}"
        else:
            draft.claim_texts[0] = f"No: none of these {len(spans)} overlap. {draft.claim_texts[0]}"
        draft.answer = "; ".join(draft.claim_texts)
        return draft
