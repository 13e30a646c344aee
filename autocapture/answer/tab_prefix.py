"""Tabs listed by how their titles start, less the ones the asker already named: "besides
the object list and the truck one, which other tab title starts with Reg:". The prefix may be
written without quotes (the text after "starts with"); each named exclusion drops the tabs
whose title holds all its words ("the truck one": a tab with "truck" in its title).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from autocapture.answer.base import AnswerContext
from autocapture.answer.lookup import Draft, Evidence
from autocapture.text import Bag, tokens
from autocapture.understand.reader import NodeRow

_PREFIX = re.compile(
    r"\b(?:tab|tabs)(?: (?:title|titles|name|names))? (?:that )?"
    r"(?:starts?|started|starting|begins?|began|beginning) with\s+['\"“‘]?(?P<p>[^'\"”’?]{1,40}?)"
    r"['\"”’]?\s*\??\s*$",
    re.IGNORECASE,
)
_EXCEPT = re.compile(
    r"\b(?:besides|apart from|aside from|other than|except(?: for)?|not counting)\s+"
    r"(?P<ex>[^,?]{2,80}?)\s*(?:,|\s(?=which|what)\b)",
    re.IGNORECASE,
)
_FILLER = {"the", "a", "an", "my", "one", "ones", "tab", "tabs", "page", "that", "about"}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _exclusions(question: str) -> list[list[str]]:
    """The word groups of the tabs the asker set aside, one per named tab."""
    m = _EXCEPT.search(question)
    if m is None:
        return []
    parts = re.split(r",\s*|\s+and\s+|\s+or\s+", m.group("ex"))
    groups = [[w for w in tokens(p.lower()) if w not in _FILLER] for p in parts]
    return [g for g in groups if g]


def prefixed_tabs(
    ctx: AnswerContext,
    strip: list[NodeRow],
    cite: Callable[[AnswerContext, NodeRow], object],
    title: Callable[[AnswerContext, NodeRow], str],
) -> Draft | None:
    """The tabs of ``strip`` whose title starts with the asked prefix, less the named ones;
    None when the question asks no prefix or no tab fits."""
    m = _PREFIX.search(ctx.question)
    if m is None or not strip:
        return None
    want = _norm(m.group("p"))
    titled = [(t, title(ctx, t)) for t in sorted(strip, key=lambda t: t.bbox[0])]
    hits = [(t, x) for t, x in titled if _norm(x).startswith(want)]
    for group in _exclusions(ctx.question):
        kept = [(t, x) for t, x in hits if not all(Bag.of(x).has(w) for w in group)]
        if len(kept) < len(hits):
            hits = kept
    if not hits:
        return None
    when = ctx.local_time(strip[0].ts_utc)
    texts = [f"'{x}'" for _, x in hits]
    head = f"Tab titles starting with '{m.group('p').strip()}' at {when}"
    return Draft(
        f"{head}: " + ", ".join(texts),
        hits[0][0].text,
        [Evidence(cite(ctx, t), "value", i) for i, (t, _) in enumerate(hits)],  # type: ignore[arg-type]
        0.75,
        "ok",
        None,
        {"frame_id": strip[0].frame_id, "prefix": want, "tabs": len(hits)},
        values=[t.text for t, _ in hits],  # what the cited strip shows
        claim_texts=[f"{head}: {x}" if i == 0 else x for i, x in enumerate(texts)],
    )
