"""Replay a recorded query: who asked, what, when; re-run it with the same question and
reference time and compare answer hashes (same store and bundle: same hash)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from autocapture.audit.chain import AuditError, AuditLog
from autocapture.audit.hashing import answer_hash

if TYPE_CHECKING:
    from autocapture.answer.model import Answer
    from autocapture.api import Autocapture


class QueryNotFound(AuditError):
    pass


@dataclass
class ReplayResult:
    query_id: str
    line: int
    recorded: dict[str, Any]  # the audit entry of the original query
    answer: Answer  # the re-run's answer
    replay_hash: str
    exact: bool  # False when the question was redacted before recording
    notes: list[str] = field(default_factory=list)

    @property
    def recorded_hash(self) -> str:
        return str(self.recorded["payload"].get("answer_hash"))

    @property
    def match(self) -> bool:
        return self.replay_hash == self.recorded_hash

    def as_dict(self) -> dict[str, Any]:
        p = self.recorded["payload"]
        return {
            "query_id": self.query_id,
            "line": self.line,
            "seq": self.recorded["seq"],
            "who": self.recorded["actor"],
            "when": self.recorded["ts_utc"],
            "now": p.get("now"),
            "query": p.get("query"),
            "query_sha256": p.get("query_sha256"),
            "query_effective": p.get("query_effective"),
            "recorded": {
                "state": p.get("state"),
                "answer_hash": self.recorded_hash,
                "citations": p.get("citations"),
                "bundle_sha256": p.get("bundle_sha256"),
            },
            "replay": {
                "state": self.answer.state,
                "answer_hash": self.replay_hash,
                "query_id": self.answer.trace.get("query_id"),
                "bundle_sha256": self.answer.trace.get("bundle_sha256"),
            },
            "match": self.match,
            "exact": self.exact,
            "notes": self.notes,
        }


def find_query(log: AuditLog, query_id: str) -> tuple[int, dict[str, Any]]:
    """The query entry whose id is QUERY_ID or starts with it (at least 8 characters)."""
    if len(query_id) < 8:
        raise QueryNotFound("give at least 8 characters of the query id")
    found = [
        (n, e)
        for n, e in log.entries()
        if e.get("kind") == "query"
        and isinstance(e.get("payload"), dict)
        and str(e["payload"].get("query_id", "")).startswith(query_id)
    ]
    ids = {e["payload"]["query_id"] for _, e in found}
    if not found:
        raise QueryNotFound(f"no query {query_id!r} in the audit log")
    if len(ids) > 1:
        raise QueryNotFound(f"{query_id!r} matches {len(ids)} queries; give more characters")
    return found[0]


def replay(app: Autocapture, query_id: str) -> ReplayResult:
    """Re-run a recorded query through the normal path and record the comparison."""
    log = app.promptops.audit
    line, entry = find_query(log, query_id)
    p = entry["payload"]
    notes = []
    exact = not p.get("query_redacted")
    if not exact:
        notes.append(
            "the question was redacted before it was recorded: the re-run used the redacted "
            "text, so it cannot reproduce the original exactly"
        )
    now = datetime.fromisoformat(p["now"]) if p.get("now") else None
    if now is None:
        notes.append("no reference time was recorded: the re-run uses the current time")
    ans = app.ask(str(p.get("query", "")), now=now)
    if p.get("bundle_sha256") != ans.trace.get("bundle_sha256"):
        notes.append("the prompt bundle differs from the one the query used")
    result = ReplayResult(p["query_id"], line, entry, ans, answer_hash(ans), exact, notes)
    app.promptops.audit_event(
        "replay",
        {
            "query_id": result.query_id,
            "replay_query_id": ans.trace.get("query_id"),
            "recorded_answer_hash": result.recorded_hash,
            "replay_answer_hash": result.replay_hash,
            "match": result.match,
            "exact": exact,
        },
    )
    return result
