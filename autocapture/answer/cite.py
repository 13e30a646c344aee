"""Citations: built from evidence lines, then verified against the stored spans."""

from __future__ import annotations

from autocapture.answer.lookup import Evidence
from autocapture.answer.model import Citation, Claim
from autocapture.records import sha256_text
from autocapture.retrieve import Retriever
from autocapture.text import contains_value

NODE_PREFIX = "n_"


def cite(evidence: list[Evidence]) -> list[Citation]:
    return [
        Citation(
            frame_id=e.line.frame_id,
            ts_utc=e.line.ts_utc,
            span_id=e.line.span_id,
            text=e.line.text,
            bbox=list(e.line.bbox),
            sha256=e.line.text_sha256,
            window_title=e.line.window_title,
            window_app=e.line.window_app,
            evidence_kind="ui_node" if e.line.span_id.startswith(NODE_PREFIX) else "span",
        )
        for e in evidence
    ]


def verify_citation(r: Retriever, c: Citation) -> str | None:
    """None when the citation holds; otherwise why it does not."""
    if c.span_id.startswith(NODE_PREFIX):  # a UI node (a window fact, say), not an OCR span
        row = r.db.execute(
            "SELECT frame_id, text, text_sha256, x1, y1, x2, y2 FROM ui_node WHERE node_id = ?",
            (c.span_id,),
        ).fetchone()
        missing = "node_missing"
    else:
        row, missing = r.span(c.span_id), "span_missing"
    if row is None:
        return missing
    if row["frame_id"] != c.frame_id:
        return "frame_mismatch"
    if row["text_sha256"] != c.sha256 or sha256_text(row["text"]) != c.sha256:
        return "hash_mismatch"
    if [row["x1"], row["y1"], row["x2"], row["y2"]] != c.bbox:
        return "bbox_mismatch"
    return None


def verify_claim(r: Retriever, claim: Claim) -> dict:
    """Mark each citation verified; a claim holds when some verified citation contains its value."""
    problems = {}
    supported = False
    for c in claim.citations:
        why = verify_citation(r, c)
        c.verified = why is None
        if why:
            problems[c.span_id] = why
        elif claim.value is None or contains_value(c.text, claim.value):
            supported = True
    claim.citations = [c for c in claim.citations if c.verified]
    for c in claim.context:
        why = verify_citation(r, c)
        c.verified = why is None
        if why:
            problems[c.span_id] = why
    claim.context = [c for c in claim.context if c.verified]
    return {"supported": supported, "problems": problems}
