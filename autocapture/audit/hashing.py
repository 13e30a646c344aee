"""Canonical JSON and the hashes the audit chain is built from.

One canonical form (sorted keys, no spaces, UTF-8 kept) so that a hash computed by any
process, now or at replay time, is the same for the same content.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from autocapture.answer.model import Answer, Citation

GENESIS = "0" * 64  # the prev_hash of the first entry


def canonical_json(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def entry_hash(entry: dict[str, Any]) -> str:
    """sha256 of the entry's canonical JSON without its own entry_hash field."""
    body = {k: v for k, v in entry.items() if k != "entry_hash"}
    return sha256_text(canonical_json(body))


def _citation(c: Citation) -> dict[str, Any]:
    return {"frame_id": c.frame_id, "span_id": c.span_id, "sha256": c.sha256, "bbox": c.bbox}


def answer_content(answer: Answer) -> dict[str, Any]:
    """What an answer says and cites, without trace, timings or confidence (which vary)."""
    return {
        "state": answer.state,
        "answer": answer.answer,
        "question_class": answer.question_class,
        "indeterminate_reason": answer.indeterminate_reason,
        "claims": [
            {
                "text": claim.text,
                "value": claim.value,
                "citations": [_citation(c) for c in claim.citations],
                "context": [_citation(c) for c in claim.context],
            }
            for claim in answer.claims
        ],
    }


def answer_hash(answer: Answer) -> str:
    """Stable hash of an answer's content: the same store, question and time give the same hash."""
    return sha256_text(canonical_json(answer_content(answer)))
