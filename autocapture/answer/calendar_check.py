"""A time the question states, checked against an event's own: "is the page 1 conference
at 6.30?" answers yes or no from the event's start, a clock said without am/pm being either
half of the day."""

from __future__ import annotations

import re

from autocapture.answer.draft import Draft
from autocapture.understand.dates import clock_hm
from autocapture.understand.reader import NodeRow

CHECK = re.compile(r"^\s*(?:is|are|was|were) (?!(?:there|anything|something|i|we|it)\b)")
DOTTED = re.compile(r"\b(1[0-2]|0?[1-9])[.:]([0-5]\d)\b(?!\s*[ap]\.?m)")


def checked(got: Draft, n: NodeRow, hm: tuple[int, int] | None, clock: str) -> Draft:
    """Yes or no to a time the question states. A clock said without am/pm ("6.30") is
    either half of the day."""
    start = clock_hm(n.attrs.get("start") or "")
    if start is None or hm is None:
        return got
    twelve = not re.search(r"[ap]\.?m\b|\d{2}[:.]\d{2}", clock.lower()) or hm[0] > 12
    same = start == hm or (twelve and start[0] % 12 == hm[0] % 12 and start[1] == hm[1])
    said = "Yes" if same else f"No, not {clock.strip()}"
    if got.claim_texts:
        got.claim_texts[0] = f"{said}: {got.claim_texts[0]}"
    got.answer = f"{said}: {got.answer}"
    return got
