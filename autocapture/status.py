"""`autocapture status`: one place that says what this data directory and process would do.

Each section is gathered on its own; a section that fails says why instead of hiding the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from autocapture.api import Autocapture
from autocapture.model.policy import check_endpoint


def _section(fn: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    try:
        return fn()
    except Exception as exc:  # status must report a broken part, not die of it
        return {"error": f"{type(exc).__name__}: {exc}"}


def _store(app: Autocapture) -> dict[str, Any]:
    db = app.store.db
    frames, last = db.execute("SELECT count(*), max(ts_utc) FROM frame").fetchone()
    spans = db.execute("SELECT count(*) FROM span").fetchone()[0]
    size = sum(p.stat().st_size for p in app.config.data_dir.glob("autocapture.db*"))
    return {"frames": frames, "spans": spans, "last_frame_utc": last, "db_bytes": size}


def _plugins(app: Autocapture) -> dict[str, Any]:
    ps = app.plugins
    return {
        "safe_mode": ps.safe_mode is not None,
        "safe_mode_reason": ps.safe_mode,
        "locks_enforced": ps.locks_enforced,
        "lock_file": str(app.lock_path),
        "loaded": ps.loaded,
        "refused": ps.refused,
        "ocr_engines": sorted(ps.ocr_engines),
        "ocr_engine": app.config.ocr.engine,
    }


def _promptops(app: Autocapture) -> dict[str, Any]:
    svc = app.promptops
    prepared = svc.prepared
    return {
        "state": svc.state,
        "reason": svc.degraded_reason,
        "bundle_sha256": prepared.bundle.sha256 if prepared else None,
        "mode": app.config.promptops.mode,
    }


def _model(app: Autocapture) -> dict[str, Any]:
    cfg = app.config.model
    if not cfg.base_url:
        return {"configured": False, "answering": "extractive"}
    decision = check_endpoint(cfg.base_url, cfg.allow_hosts)
    return {
        "configured": True,
        "base_url": cfg.base_url,
        "name": cfg.name,
        "policy": decision.as_dict(),
        "answering": "model, extractive fallback" if decision.allowed else "extractive (refused)",
        "latency_budget_ms": cfg.latency_budget_ms,
    }


def _audit(app: Autocapture) -> dict[str, Any]:
    from autocapture.audit.chain import audit_dir
    from autocapture.audit.verify import verify

    result = verify(audit_dir(app.config.data_dir))
    out = {"ok": result.ok, "entries": result.entries}
    if result.problem is not None:
        out["problem"] = result.problem.message()
    return out


def _capture(app: Autocapture) -> dict[str, Any]:
    from autocapture.capture.agent import PAUSE_FILE

    pause = app.config.data_dir / PAUSE_FILE
    return {"paused": pause.exists(), "interval_s": app.config.capture.interval}


def collect_status(app: Autocapture) -> dict[str, Any]:
    return {
        "ts_utc": datetime.now(UTC).isoformat(),
        "data_dir": str(app.config.data_dir),
        "store": _section(lambda: _store(app)),
        "plugins": _section(lambda: _plugins(app)),
        "promptops": _section(lambda: _promptops(app)),
        "model": _section(lambda: _model(app)),
        "audit": _section(lambda: _audit(app)),
        "capture": _section(lambda: _capture(app)),
    }
