"""How many tabs' titles start with (or contain) a quoted text ("how many of the tab titles
started with 'Ops:'?"). One tab strip is counted, the latest in range, so a tab seen in many
frames counts once."""

from __future__ import annotations

import re
from collections.abc import Callable

from autocapture.answer.base import AnswerContext
from autocapture.answer.lookup import Draft, Evidence
from autocapture.understand.reader import NodeRow

COUNT_ASK = re.compile(r"\bhow many\b|\bnumber of\b")
_STARTS = re.compile(r"\b(?:start|starts|started|starting|begin|begins|began|beginning) with\b")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def count_quoted_tabs(
    ctx: AnswerContext,
    quote: str,
    strip: list[NodeRow],
    name: Callable[[NodeRow], str],
    cite: Callable[[AnswerContext, NodeRow], object],
    title: Callable[[AnswerContext, NodeRow], str],
) -> Draft | None:
    """The tabs of ``strip`` whose shown text starts with ``quote`` (contains it, unless the
    question says "start"/"begin"); None when the question counts nothing or none match."""
    q = ctx.question.lower()
    want = _norm(quote)
    if not COUNT_ASK.search(q) or not strip or not want:
        return None
    starts = bool(_STARTS.search(q))
    hits = [
        t for t in strip if (_norm(name(t)).startswith(want) if starts else want in _norm(name(t)))
    ]
    if not hits:
        return None
    how = "started with" if starts else "contained"
    when = ctx.local_time(strip[0].ts_utc)
    head = f"{len(hits)} of the {len(strip)} tabs open at {when} {how} '{quote}'"
    texts = [f"'{title(ctx, t)}'" for t in hits]  # the full title where it was seen
    return Draft(
        f"{head}: " + ", ".join(texts),
        str(len(hits)),
        [Evidence(cite(ctx, t), "value", i) for i, t in enumerate(hits)],  # type: ignore[arg-type]
        0.8,
        "ok",
        None,
        {"frame_id": strip[0].frame_id, "tabs": len(strip), "counted": len(hits)},
        values=[t.text for t in hits],
        claim_texts=[f"{head}: {x}" if i == 0 else x for i, x in enumerate(texts)],
    )
