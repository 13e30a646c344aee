"""One shared AuditLog per data directory per process, and a one-call way to record an event
from code that has no PromptOps service at hand (policy refusals, for example)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from autocapture.audit.chain import AuditLog, audit_dir
from autocapture.config import Config, load_config
from autocapture.redact import Redactor

_LOGS: dict[tuple[str, tuple, tuple], AuditLog] = {}
_LOCK = threading.Lock()


def audit_log(target: Config | Path | str) -> AuditLog:
    """The process's AuditLog for a config or data directory, redacting with its config."""
    config = target if isinstance(target, Config) else load_config(Path(target))
    keys, patterns = tuple(config.redaction.keys), tuple(config.redaction.patterns)
    key = (str(audit_dir(config.data_dir).resolve()), keys, patterns)
    with _LOCK:
        log = _LOGS.get(key)
        if log is None:
            log = AuditLog(audit_dir(config.data_dir), Redactor(keys, patterns))
            _LOGS[key] = log
        return log


def audit_event(target: Config | Path | str, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
    """Append one entry (payload redacted) and return it; e.g. kind ``policy_refusal``."""
    return audit_log(target).append(kind, payload)
