"""What an answerer proposes before citation and verification: a draft of claims, each
resting on evidence lines."""

from __future__ import annotations

from dataclasses import dataclass, field

from autocapture.retrieve import Line


@dataclass
class Evidence:
    """A line the answer rests on, and its role in the claim."""

    line: Line
    role: str  # "value" or "label"
    claim: int = 0


@dataclass
class Draft:
    """An answerer's proposal before citation and verification."""

    answer: str
    value: str | None
    evidence: list[Evidence]
    confidence: float
    state: str
    reason: str | None = None
    decisions: dict = field(default_factory=dict)
    values: list[str] = field(default_factory=list)  # one per claim when there are several
    claim_texts: list[str] = field(default_factory=list)

    def claims(self) -> list[tuple[str, str | None, list[Evidence]]]:
        """(text, value, evidence) per claim; a single-claim draft is its whole answer."""
        texts = self.claim_texts or [self.answer]
        values = self.values or [self.value]  # type: ignore[list-item]
        return [
            (t, values[i] if i < len(values) else None, [e for e in self.evidence if e.claim == i])
            for i, t in enumerate(texts)
        ]


def merge_drafts(drafts: list[Draft]) -> Draft:
    """Several single-claim drafts as one draft of several claims ("before the first switch
    ...; before the second ..."), each claim keeping its own evidence."""
    if len(drafts) == 1:
        return drafts[0]
    evidence = [Evidence(e.line, e.role, i) for i, d in enumerate(drafts) for e in d.evidence]
    return Draft(
        " ".join(d.answer for d in drafts),
        drafts[0].value,
        evidence,
        min(d.confidence for d in drafts),
        drafts[0].state,
        None,
        {**drafts[0].decisions, "occasions": len(drafts)},
        [d.value or "" for d in drafts],
        [d.answer for d in drafts],
    )
