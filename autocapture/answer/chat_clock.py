"""A message named by its time: "what did tiago say at 00:38" asked again with "00:38" as
words (``time_content.py``) keeps, of the messages the chat answer found, the ones stamped
with that time.
"""

from __future__ import annotations

from autocapture.answer.base import AnswerContext
from autocapture.answer.draft import Draft
from autocapture.understand.dates import CLOCK_RE, clock_hm


def stamped_at(ctx: AnswerContext, draft: Draft) -> Draft:
    """DRAFT's claims whose cited message carries the clock time the question's content
    names; DRAFT as it is when none names a time, or no claim (or every claim) has it."""
    clocks = {
        hm
        for p in ctx.intent.content
        for m in CLOCK_RE.finditer(p)
        if (hm := clock_hm(m.group(0))) is not None
    }
    claims = draft.claims()
    if not clocks or draft.state != "ok" or len(claims) < 2:
        return draft
    keep = [
        i
        for i, (_, _, evidence) in enumerate(claims)
        if any(
            clock_hm(m.group(0)) in clocks for e in evidence for m in CLOCK_RE.finditer(e.line.text)
        )
    ]
    if not keep or len(keep) == len(claims):
        return draft
    texts = [claims[i][0] for i in keep]
    values = [claims[i][1] for i in keep]
    evidence = []
    for new, i in enumerate(keep):
        for e in claims[i][2]:
            e.claim = new
            evidence.append(e)
    return Draft(
        "; ".join(texts),
        values[0],
        evidence,
        draft.confidence,
        "ok",
        None,
        {**draft.decisions, "stamped_at": sorted(f"{h:02d}:{m:02d}" for h, m in clocks)},
        values=[v or "" for v in values],
        claim_texts=texts,
    )
