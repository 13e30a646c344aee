"""The tamper-evident audit chain: queries, template changes, review decisions and policy
refusals, each entry hashed and linked to the one before (see docs/audit.md)."""

from autocapture.audit.chain import AuditError, AuditLog, audit_dir, default_actor
from autocapture.audit.events import audit_event, audit_log
from autocapture.audit.hashing import answer_hash, canonical_json, entry_hash
from autocapture.audit.replay import QueryNotFound, ReplayResult, find_query, replay
from autocapture.audit.verify import Problem, VerifyResult, verify

__all__ = [
    "AuditError",
    "AuditLog",
    "Problem",
    "QueryNotFound",
    "ReplayResult",
    "VerifyResult",
    "answer_hash",
    "audit_dir",
    "audit_event",
    "audit_log",
    "canonical_json",
    "default_actor",
    "entry_hash",
    "find_query",
    "replay",
    "verify",
]
