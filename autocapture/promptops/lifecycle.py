"""Template lifecycle: propose → validate → evaluate (golden suite) → apply only if nothing
regresses; rollback to any earlier bundle. Every step is recorded in history and the audit
chain."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from autocapture.answer.class_guess import RouteModelError, parse_route_model
from autocapture.calibration import CalibrationError, parse_calibration
from autocapture.errors import AutocaptureError
from autocapture.promptops.bundle import (
    DEFAULT_BUNDLE_DIR,
    MANIFEST,
    PromptBundle,
    load_bundle,
    write_manifest,
)
from autocapture.promptops.records import fsync_write, promptops_dir
from autocapture.promptops.rules import RulesError, parse_rules
from autocapture.promptops.service import PromptOpsService, TemplateError, parse_answer_text
from autocapture.text import VALUE_TYPES

BANNED_PATTERNS = (
    (re.compile(r"(?i)\b[a-z][a-z0-9+.-]*://|\bwww\.[a-z0-9-]+\."), "a URL"),
    (
        re.compile(
            r"(?i)(?:^|[\s;|&(])(?:rm\s+-|curl\s|wget\s|sudo\s|chmod\s|chown\s|nc\s|"
            r"(?:ba)?sh\s+-c|python3?\s+-c|powershell\s)"
        ),
        "a shell command",
    ),
    (re.compile(r"\$\(|`[^`\n]+`|\|\s*(?:ba)?sh\b"), "shell substitution or a pipe to a shell"),
    (re.compile(r"\{%|%\}|\{\{|\}\}|<%|%>|\$\{|\{#|#\}"), "template-engine control syntax"),
)


class LifecycleError(AutocaptureError):
    pass


def validate_template(template_id: str, text: str, max_bytes: int) -> list[str]:
    """Problems with a proposed template text; empty when it may be evaluated."""
    problems = []
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        problems.append(f"size {size} bytes exceeds the {max_bytes}-byte limit")
    if not text.strip():
        problems.append("template is empty")
    for pattern, what in BANNED_PATTERNS:
        m = pattern.search(text)
        if m:
            line = text.count("\n", 0, m.start()) + 1
            problems.append(f"line {line}: contains {what}: {m.group(0).strip()!r}")
    try:
        if template_id == "query.rules":
            parse_rules(text, set(VALUE_TYPES))
        elif template_id == "answer.text":
            parse_answer_text(text)
        elif template_id == "confidence.calibration":
            parse_calibration(text)
        elif template_id == "route.model":
            parse_route_model(text)
    except (RulesError, TemplateError, CalibrationError, RouteModelError) as exc:
        problems.append(str(exc))
    return problems


def _now() -> str:
    return datetime.now(UTC).isoformat()


class Lifecycle:
    def __init__(self, service: PromptOpsService) -> None:
        self.service = service
        self.config = service.config
        self.root = promptops_dir(self.config.data_dir)
        (self.root / "proposals").mkdir(exist_ok=True)
        (self.root / "bundles").mkdir(exist_ok=True)

    # -- helpers ---------------------------------------------------------------------
    def _record(self, action: str, by: str, **fields: Any) -> dict[str, Any]:
        entry = {"ts_utc": _now(), "action": action, "by": by, **fields}
        self.service.history.append(entry)
        self.service.audit.append(f"template.{action}", {"action": action, "by": by, **fields})
        return entry

    def _current(self) -> PromptBundle:
        self.service.ensure_fresh()
        if self.service.prepared is None:
            raise LifecycleError(f"the active bundle is unusable: {self.service.degraded_reason}")
        return self.service.prepared.bundle

    def _proposal_path(self, pid: str) -> Path:
        matches = sorted((self.root / "proposals").glob(f"{pid}*.json"))
        if len(matches) != 1:
            raise LifecycleError(f"no single proposal matches {pid!r}")
        return matches[0]

    def load_proposal(self, pid: str) -> dict[str, Any]:
        return json.loads(self._proposal_path(pid).read_text(encoding="utf-8"))

    def _save_proposal(self, prop: dict[str, Any]) -> None:
        # Proposals keep the template text (that is the point) but never secrets in clear.
        red = self.service.redactor
        safe = {**prop, "text": red.text(prop["text"])}
        fsync_write(self.root / "proposals" / f"{prop['id']}.json", json.dumps(safe, indent=2))

    def _materialize(self, bundle_dir: Path) -> str:
        bundle = load_bundle(bundle_dir)
        target = self.root / "bundles" / bundle.sha256
        if not target.exists():
            tmp = Path(tempfile.mkdtemp(dir=self.root / "bundles", prefix=".tmp-"))
            for t in bundle.templates.values():
                shutil.copy2(bundle_dir / t.file, tmp / t.file)
            shutil.copy2(bundle_dir / MANIFEST, tmp / MANIFEST)
            tmp.rename(target)
        return bundle.sha256

    def _candidate_dir(self, current: PromptBundle, prop: dict[str, Any], into: Path) -> Path:
        versions = {}
        for t in current.templates.values():
            shutil.copy2(current.path / t.file, into / t.file)
            versions[t.id] = (t.version, t.file)
        tid = prop["template_id"]
        version, file = versions[tid]
        (into / file).write_text(prop["text"], encoding="utf-8")
        versions[tid] = (version + 1, file)
        write_manifest(into, versions)
        return into

    def _set_active(self, sha: str, **extra: Any) -> None:
        fsync_write(
            self.root / "active.json",
            json.dumps({"sha256": sha, "set_utc": _now(), **extra}) + "\n",
        )

    # -- the commands ----------------------------------------------------------------
    def propose(self, template_id: str, source: Path, by: str) -> dict[str, Any]:
        if self.config.promptops.mode == "off":
            raise LifecycleError("promptops.mode is 'off': template changes are disabled")
        current = self._current()
        if template_id not in current.templates:
            raise LifecycleError(
                f"unknown template {template_id!r}; the bundle has {sorted(current.templates)}"
            )
        try:
            text = source.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise LifecycleError(f"{source}: cannot read the proposed template: {exc}") from None
        sha = hashlib.sha256(text.encode()).hexdigest()
        problems = validate_template(template_id, text, self.config.promptops.max_template_bytes)
        prop = {
            "id": hashlib.sha256(f"{template_id}|{sha}".encode()).hexdigest()[:16],
            "template_id": template_id,
            "sha256": sha,
            "text": text,
            "created_utc": _now(),
            "base_bundle": current.sha256,
            "from": str(source),
            "status": "invalid" if problems else "proposed",
            "problems": problems,
            "evaluation": None,
        }
        self._save_proposal(prop)
        self._record(
            "propose",
            by,
            proposal=prop["id"],
            template_id=template_id,
            template_sha256=sha,
            base_bundle=current.sha256,
            problems=problems,
        )
        return prop

    def validate(self, pid: str, by: str) -> list[str]:
        prop = self.load_proposal(pid)
        problems = validate_template(
            prop["template_id"], prop["text"], self.config.promptops.max_template_bytes
        )
        self._record("validate", by, proposal=prop["id"], problems=problems)
        return problems

    def evaluate(self, pid: str, suite_path: Path, by: str) -> dict[str, Any]:
        from autocapture.evals.suite import SuiteError, load_suite

        prop = self.load_proposal(pid)
        if prop["status"] == "invalid":
            raise LifecycleError(f"proposal {prop['id']} is invalid: {'; '.join(prop['problems'])}")
        current = self._current()
        try:
            suite = load_suite(suite_path, self.root / "eval" / "generated")
        except SuiteError as exc:
            raise LifecycleError(str(exc)) from None
        with tempfile.TemporaryDirectory() as tmp:
            cand = self._candidate_dir(current, prop, Path(tmp))
            before = self._run(current.path, suite)
            after = self._run(cand, suite)
        regressions = [
            a.test.id for a, b in zip(before, after, strict=True) if a.correct and not b.correct
        ]
        passed = (sum(r.correct for r in before), sum(r.correct for r in after))
        result = {
            "suite": str(suite_path),
            "current": {"passed": passed[0], "total": len(before)},
            "candidate": {"passed": passed[1], "total": len(after)},
            "regressions": regressions,
            "not_worse": not regressions and passed[1] >= passed[0],
        }
        prop["evaluation"] = result
        prop["status"] = "evaluated"
        self._save_proposal(prop)
        self._record("evaluate", by, proposal=prop["id"], evaluation=result)
        return result

    def _run(self, bundle_dir: Path, suite: Any) -> list[Any]:
        """The golden suite through the real pipeline, with BUNDLE_DIR as the prompt bundle."""
        from autocapture.evals.runner import Runner

        cfg = self.config.model_copy(deep=True)
        cfg.promptops.bundle_dir = bundle_dir
        cfg.promptops.profile = None
        runner = Runner(cfg, self.root / "eval" / "stores")
        try:
            return runner.run(suite)
        finally:
            runner.close()

    def apply(self, pid: str, suite_path: Path, by: str) -> dict[str, Any]:
        if self.config.promptops.mode == "off":
            raise LifecycleError("promptops.mode is 'off': template changes are disabled")
        prop = self.load_proposal(pid)
        current = self._current()
        evaluation = prop.get("evaluation")
        if evaluation is None or prop.get("base_bundle") != current.sha256:
            evaluation = self.evaluate(pid, suite_path, by)
            prop = self.load_proposal(pid)
        if not evaluation["not_worse"]:
            self._record("apply_refused", by, proposal=prop["id"], evaluation=evaluation)
            raise LifecycleError(
                f"not applied: the candidate is worse on the golden suite "
                f"({evaluation['candidate']['passed']}/{evaluation['candidate']['total']} vs "
                f"{evaluation['current']['passed']}/{evaluation['current']['total']}; "
                f"regressions: {evaluation['regressions']})"
            )
        old = self._materialize(current.path)
        with tempfile.TemporaryDirectory() as tmp:
            new = self._materialize(self._candidate_dir(current, prop, Path(tmp)))
        self._set_active(new, proposal=prop["id"])
        prop["status"] = "applied"
        self._save_proposal(prop)
        entry = self._record(
            "apply",
            by,
            proposal=prop["id"],
            template_id=prop["template_id"],
            from_bundle=old,
            to_bundle=new,
            evaluation=evaluation,
        )
        self.service.ensure_fresh()
        return entry

    def rollback(self, sha_prefix: str, by: str) -> dict[str, Any]:
        if len(sha_prefix) < 8:
            raise LifecycleError("give at least 8 hex digits of the bundle hash")
        self._materialize(DEFAULT_BUNDLE_DIR)
        matches = [
            p.name
            for p in (self.root / "bundles").iterdir()
            if p.is_dir() and p.name.startswith(sha_prefix)
        ]
        if len(matches) != 1:
            known = ", ".join(
                sorted(
                    p.name[:12]
                    for p in (self.root / "bundles").iterdir()
                    if p.is_dir() and not p.name.startswith(".")
                )
            )
            raise LifecycleError(f"no single bundle matches {sha_prefix!r}; known: {known}")
        current = self._current()
        self._set_active(matches[0], rollback_from=current.sha256)
        entry = self._record("rollback", by, from_bundle=current.sha256, to_bundle=matches[0])
        self.service.ensure_fresh()
        return entry

    def history(self) -> list[dict[str, Any]]:
        return self.service.history.read()
