"""The PromptOps service: built once per process, reused by every query, rebuilt exactly once
when its cache key (config, templates, providers) changes or on an explicit refresh."""

from __future__ import annotations

import hashlib
import json
import threading
import tomllib
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from autocapture.answer.class_guess import RouteModel, RouteModelError, parse_route_model
from autocapture.audit.events import audit_log
from autocapture.audit.record import record_safely, review_payload
from autocapture.calibration import Calibration, CalibrationError, parse_calibration
from autocapture.config import Config
from autocapture.errors import AutocaptureError
from autocapture.promptops.bundle import (
    DEFAULT_BUNDLE_DIR,
    BundleError,
    PromptBundle,
    load_bundle,
    stat_signature,
)
from autocapture.promptops.records import JsonLines, promptops_dir
from autocapture.promptops.rules import QueryRules, RulesError, parse_rules
from autocapture.redact import Redactor
from autocapture.text import VALUE_TYPES

ANSWER_TEXT_FIELDS = {"label", "value", "when", "ts_utc", "where", "window_title", "reason"}
ANSWER_TEXT_KEYS = {"value_with_label", "value", "where", "indeterminate", "claim_separator"}


class ProfileMismatch(AutocaptureError):
    """A profile pins a bundle hash that is not the active bundle's: refuse to start."""


class TemplateError(ValueError):
    pass


def parse_answer_text(text: str) -> dict[str, str]:
    import string

    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise TemplateError(f"answer.text is not valid YAML: {exc}") from None
    if not isinstance(raw, dict) or set(raw) != ANSWER_TEXT_KEYS:
        raise TemplateError(f"answer.text must define exactly {sorted(ANSWER_TEXT_KEYS)}")
    for key, value in raw.items():
        if not isinstance(value, str):
            raise TemplateError(f"answer.text: {key} must be a string")
        try:
            fields = {f for _, f, _, _ in string.Formatter().parse(value) if f is not None}
        except ValueError as exc:
            raise TemplateError(f"answer.text: {key}: {exc}") from None
        bad = {f for f in fields if f not in ANSWER_TEXT_FIELDS}
        if bad:
            raise TemplateError(f"answer.text: {key} uses unknown fields {sorted(bad)}")
    return raw


@dataclass(frozen=True)
class Prepared:
    """What a query needs from PromptOps, fixed for the whole query."""

    bundle: PromptBundle
    rules: QueryRules
    answer_text: dict[str, str]
    calibration: Calibration | None = None
    route_model: RouteModel | None = None


def _hash(obj: Any) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True, default=str).encode()).hexdigest()


def config_hash(config: Config) -> str:
    """Hash of the configuration that changes what PromptOps does (not the data dir)."""
    return _hash(
        {
            "promptops": config.promptops.model_dump(mode="json"),
            "redaction": config.redaction.model_dump(mode="json"),
            "answer": config.answer.model_dump(mode="json"),
            "timezone": config.timezone,
        }
    )


def read_profile(path: Path) -> dict:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ProfileMismatch(f"{path}: cannot read profile: {exc}") from None
    pin = data.get("bundle_sha256")
    if not isinstance(pin, str) or len(pin) != 64:
        raise ProfileMismatch(f"{path}: 'bundle_sha256' must be a 64-hex-digit string")
    return data


class PromptOpsService:
    """Holds the verified bundle, parsed rules and writers; counts its own loads."""

    def __init__(self, config: Config, provider_manifest: dict[str, str]) -> None:
        self.config = config
        self.data_dir = config.data_dir
        self.redactor = Redactor(config.redaction.keys, config.redaction.patterns)
        self.config_hash = config_hash(config)
        self.provider_hash = _hash(provider_manifest)
        self.counters: Counter[str] = Counter()
        self.state = "new"
        self.degraded_reason: str | None = None
        self.prepared: Prepared | None = None
        self.cache_key: str | None = None
        self._sig: tuple | None = None
        self._lock = threading.Lock()
        pdir = promptops_dir(self.data_dir)
        self.metrics = JsonLines(pdir / "metrics.jsonl", self.redactor)
        self.ledger = JsonLines(pdir / "ledger.jsonl", self.redactor)
        self.history = JsonLines(pdir / "history.jsonl", self.redactor)
        self.audit = audit_log(config)  # the data directory's hash-chained audit log
        # Model calls: prompt id and hash, model, latency, success, error (redacted).
        self.model_interactions = JsonLines(
            self.data_dir / "model" / "interactions.jsonl", self.redactor
        )
        self.review = None  # a ReviewQueue, when a reviewer is attached
        self.ensure_fresh()
        self.check_profile()

    # -- bundle location -------------------------------------------------------------
    def active_pointer(self) -> Path:
        return promptops_dir(self.data_dir) / "active.json"

    def bundle_dir(self) -> Path:
        if self.config.promptops.bundle_dir is not None:
            return self.config.promptops.bundle_dir
        pointer = self.active_pointer()
        if pointer.exists():
            try:
                sha = json.loads(pointer.read_text(encoding="utf-8"))["sha256"]
            except (OSError, ValueError, KeyError, TypeError):
                return pointer  # not a directory: loading it reports the problem
            return promptops_dir(self.data_dir) / "bundles" / str(sha)
        return DEFAULT_BUNDLE_DIR

    def _signature(self) -> tuple:
        pointer = self.active_pointer()
        psig = stat_signature(pointer.parent) if pointer.exists() else ()
        active = tuple(s for s in psig if s[0] == "active.json")
        return (active, stat_signature(self.bundle_dir()))

    # -- lifecycle of the service ----------------------------------------------------
    def ensure_fresh(self) -> None:
        """Cheap per-query check (a few stat calls); reload only when something changed."""
        sig = self._signature()
        if sig == self._sig:
            return
        with self._lock:
            if sig != self._sig:
                self._load(sig)

    def refresh(self) -> None:
        with self._lock:
            self.counters["refreshes"] += 1
            self._load(self._signature(), force=True)

    def _load(self, sig: tuple, force: bool = False) -> None:
        self._sig = sig
        path = self.bundle_dir()
        try:
            bundle = load_bundle(path)
            rules = parse_rules(bundle.text("query.rules"), set(VALUE_TYPES))
            answer_text = parse_answer_text(bundle.text("answer.text"))
            calibration = (
                parse_calibration(bundle.text("confidence.calibration"))
                if "confidence.calibration" in bundle.templates
                else None
            )
            route_model = (
                parse_route_model(bundle.text("route.model"))
                if "route.model" in bundle.templates
                else None
            )
        except (BundleError, RulesError, TemplateError, CalibrationError, RouteModelError) as exc:
            self.counters["load_failures"] += 1
            self.state, self.degraded_reason = "degraded", str(exc)
            self.prepared, self.cache_key = None, None
            return
        key = _hash(
            [
                self.config_hash,
                bundle.sha256,
                sorted((t.id, t.sha256) for t in bundle.templates.values()),
                self.provider_hash,
            ]
        )
        if key != self.cache_key or force:
            self.counters["bundle_loads"] += 1
            self.prepared = Prepared(bundle, rules, answer_text, calibration, route_model)
            self.cache_key = key
        self.state, self.degraded_reason = "ready", None

    def attach_reviewer(self, reviewer: Any) -> None:
        """Start the review worker; its decisions go to history, never to the query path."""
        from autocapture.promptops.review import ReviewQueue

        def on_result(job: Any, result: dict[str, Any] | None, error: str | None) -> None:
            self.history.append(
                {
                    "ts_utc": datetime.now(UTC).isoformat(),
                    "action": "review",
                    "by": "review-worker",
                    "query": job.query,
                    "reason": job.reason,
                    "proposal": result,
                    "error": error,
                }
            )
            self.audit_event("review", review_payload(job.query, job.reason, result, error))

        if self.review is not None:
            self.review.stop()
        self.review = ReviewQueue(
            reviewer, self.config.promptops.review_queue_size, on_result, self.redactor.text
        )

    def audit_event(self, kind: str, payload: dict[str, Any]) -> dict[str, Any] | None:
        """Append to the audit chain (redacted); a failure is counted, never raised."""
        return record_safely(self.audit, self.counters, kind, payload)

    def check_profile(self) -> None:
        path = self.config.promptops.profile
        if path is None:
            return
        pin = read_profile(path)["bundle_sha256"]
        active = self.prepared.bundle.sha256 if self.prepared else None
        if active != pin:
            raise ProfileMismatch(
                f"profile {path} pins prompt bundle {pin[:12]}…, but the active bundle is "
                f"{active[:12] + '…' if active else 'unusable (' + str(self.degraded_reason) + ')'}"
                "; apply or roll back to the pinned bundle, or change the profile"
            )

    def status(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "state": self.state,
            "degraded_reason": self.degraded_reason,
            "bundle_dir": str(self.bundle_dir()),
            "bundle_sha256": self.prepared.bundle.sha256 if self.prepared else None,
            "cache_key": self.cache_key,
            "counters": dict(self.counters),
        }
        if self.review is not None:
            out["review"] = self.review.stats()
        return out

    def close(self) -> None:
        if self.review is not None:
            self.review.stop()
        for w in (self.metrics, self.ledger, self.history):
            w.close()


_SERVICES: dict[str, PromptOpsService] = {}
_REGISTRY_LOCK = threading.Lock()


def get_service(config: Config, provider_manifest: dict[str, str]) -> PromptOpsService:
    """The process's service for this data directory, rebuilt only when its inputs changed."""
    probe_key = str(config.data_dir.resolve())
    with _REGISTRY_LOCK:
        svc = _SERVICES.get(probe_key)
        if svc is not None:
            if (
                config_hash(config) == svc.config_hash
                and _hash(provider_manifest) == svc.provider_hash
            ):
                svc.check_profile()
                return svc
            svc.close()
        svc = PromptOpsService(config, provider_manifest)
        _SERVICES[probe_key] = svc
        return svc


def reset_services() -> None:
    """Forget every cached service (tests, and processes that change data directory)."""
    with _REGISTRY_LOCK:
        for svc in _SERVICES.values():
            svc.close()
        _SERVICES.clear()
