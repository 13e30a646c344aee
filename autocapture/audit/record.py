"""What each recorded event holds, and recording that never breaks the caller's work
(a query or the review worker): a failed append is counted, not raised."""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import datetime
from typing import Any

from autocapture.answer.model import Answer
from autocapture.audit.chain import AuditError, AuditLog
from autocapture.audit.hashing import answer_hash, canonical_json
from autocapture.redact import Redactor


def query_payload(ans: Answer, now: datetime | None, redactor: Redactor) -> dict[str, Any]:
    """Who asked what, when, and what came back: enough to find and re-run the query."""
    return {
        "query_id": ans.trace.get("query_id"),
        "query": redactor.text(ans.query),
        "query_sha256": hashlib.sha256(ans.query.encode()).hexdigest(),
        "query_redacted": redactor.text(ans.query) != ans.query,
        "query_effective": ans.query_effective,
        "now": now.isoformat() if now is not None else None,
        "state": ans.state,
        "question_class": ans.question_class,
        "indeterminate_reason": ans.indeterminate_reason,
        "answer_hash": answer_hash(ans),
        "citations": [c.span_id for claim in ans.claims for c in claim.citations],
        "bundle_sha256": ans.trace.get("bundle_sha256"),
        "service_state": ans.trace.get("promptops", {}).get("state"),
    }


def review_payload(
    query: str, reason: str | None, result: dict[str, Any] | None, error: str | None
) -> dict[str, Any]:
    """A review job's outcome; the proposal itself stays in history, its hash is here."""
    outcome = "error" if error else ("proposal" if result else "no_change")
    return {
        "query": query,
        "reason": reason,
        "outcome": outcome,
        "proposal_sha256": (
            hashlib.sha256(canonical_json(result).encode()).hexdigest() if result else None
        ),
        "template_id": (result or {}).get("template_id"),
        "error": error,
    }


def record_safely(
    log: AuditLog, counters: Counter[str], kind: str, payload: dict[str, Any]
) -> dict[str, Any] | None:
    try:
        return log.append(kind, payload)
    except (OSError, AuditError, TypeError, ValueError):
        counters["audit_failures"] += 1
        return None
