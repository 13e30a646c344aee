"""PromptOps: one cached service per process, hash-pinned bundle, fail-closed, metrics."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import pytest

from autocapture.api import Autocapture
from autocapture.config import load_config
from autocapture.promptops.bundle import DEFAULT_BUNDLE_DIR, load_bundle, write_manifest
from autocapture.promptops.pipeline import STAGES
from autocapture.promptops.report import summarise
from autocapture.promptops.service import ProfileMismatch
from tests.conftest import REPO, synthetic_frame

NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
METRICS_SCHEMA = json.loads(
    (REPO / "autocapture" / "schemas" / "promptops_metrics.schema.json").read_text()
)
LINES = ["Invoice INV-2026-0042", "Subtotal $1,178.44", "Total $1,284.50", "Status: due"]


def make_app(tmp_path: Path, bundle_dir: Path | None = None, **promptops: object) -> Autocapture:
    cfg = load_config(tmp_path / "data")
    cfg.timezone = "UTC"
    if bundle_dir is not None:
        cfg.promptops.bundle_dir = bundle_dir
    for k, v in promptops.items():
        setattr(cfg.promptops, k, v)
    app = Autocapture(config=cfg)
    app.store.write_frame(synthetic_frame(1, LINES, title="Invoice INV-2026-0042 - Browser"))
    return app


def copy_bundle(tmp_path: Path) -> Path:
    dst = tmp_path / "bundle"
    shutil.copytree(DEFAULT_BUNDLE_DIR, dst)
    return dst


def test_packaged_bundle_verifies() -> None:
    bundle = load_bundle(DEFAULT_BUNDLE_DIR)
    assert set(bundle.templates) == {
        "query.rules",
        "answer.text",
        "model.contract",
        "confidence.calibration",
        "route.model",
    }


def test_hundred_queries_one_bundle_load(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    for _ in range(100):
        ans = app.ask("what was the total on the invoice?", now=NOW)
        assert ans.state == "ok" and "1,284.50" in ans.answer
    assert app.promptops.counters["bundle_loads"] == 1
    assert app.promptops.counters["queries"] == 100
    # A second Autocapture in the same process reuses the same service.
    other = Autocapture(config=app.config)
    assert other.promptops is app.promptops
    other.ask("what was the subtotal?", now=NOW)
    assert app.promptops.counters["bundle_loads"] == 1


def test_template_edit_reloads_exactly_once(tmp_path: Path) -> None:
    bundle = copy_bundle(tmp_path)
    app = make_app(tmp_path, bundle_dir=bundle)
    app.ask("what was the total?", now=NOW)
    assert app.promptops.counters["bundle_loads"] == 1
    text = (bundle / "answer_text.yaml").read_text()
    (bundle / "answer_text.yaml").write_text(
        text.replace('value_with_label: "{label}: {value}', 'value_with_label: "{label} = {value}')
    )
    manifest = json.loads((bundle / "manifest.json").read_text())
    write_manifest(
        bundle,
        {
            t["id"]: (t["version"] + (t["id"] == "answer.text"), t["file"])
            for t in manifest["templates"]
        },
    )
    for _ in range(5):
        ans = app.ask("what was the total?", now=NOW)
        assert "Total = $1,284.50" in ans.answer
    assert app.promptops.counters["bundle_loads"] == 2
    app.promptops.refresh()
    assert app.promptops.counters["bundle_loads"] == 3


def test_config_change_rebuilds_the_service(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    first = app.promptops
    cfg = app.config.model_copy(deep=True)
    cfg.answer.min_confidence = 0.6
    second = Autocapture(config=cfg).promptops
    assert second is not first
    assert Autocapture(config=cfg).promptops is second


@pytest.mark.parametrize(
    "damage", ["edit_without_manifest", "delete_manifest", "missing_dir", "bad_rules"]
)
def test_broken_bundle_fails_closed(tmp_path: Path, damage: str) -> None:
    bundle = copy_bundle(tmp_path)
    if damage == "edit_without_manifest":
        with (bundle / "query_rules.yaml").open("a") as fh:
            fh.write("# tampered\n")
    elif damage == "delete_manifest":
        (bundle / "manifest.json").unlink()
    elif damage == "missing_dir":
        shutil.rmtree(bundle)
    elif damage == "bad_rules":
        (bundle / "query_rules.yaml").write_text("stopwords: 7\n")
        manifest = json.loads((bundle / "manifest.json").read_text())
        write_manifest(bundle, {t["id"]: (t["version"], t["file"]) for t in manifest["templates"]})
    app = make_app(tmp_path, bundle_dir=bundle)
    ans = app.ask("what was the total on the invoice?", now=NOW)
    assert ans.state == "indeterminate"
    assert ans.indeterminate_reason == "promptops_unavailable"
    assert ans.claims == []
    assert ans.trace["promptops"]["state"] == "degraded"
    assert ans.trace["promptops"]["reason"]
    line = app.promptops.metrics.read()[-1]
    jsonschema.validate(line, METRICS_SCHEMA)
    assert line["service_state"] == "degraded"
    assert line["indeterminate_reason"] == "promptops_unavailable"


def test_metrics_lines_follow_the_schema_and_report(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    questions = [
        "what was the total on the invoice?",
        "what was the subtotal?",
        "who won the football match?",
        "what was the total yesterday?",
    ]
    for q in questions * 3:
        app.ask(q, now=NOW)
    lines = app.promptops.metrics.read()
    assert len(lines) == 12
    for line in lines:
        jsonschema.validate(line, METRICS_SCHEMA)
    summary = summarise(lines)
    assert summary["queries"] == 12
    assert summary["by_state"] == {"ok": 6, "indeterminate": 6}
    assert summary["stages"]["total"]["count"] == 12
    assert summary["stages"]["retrieve"]["p95_ms"] >= summary["stages"]["retrieve"]["p50_ms"]
    ledger = app.promptops.ledger.read()
    assert len(ledger) == 12
    assert ledger[0]["strategy"][:3] == ["prepare", "normalize", "time_intent:none"]
    assert ledger[0]["query_id"] == lines[0]["query_id"]


def test_trace_has_every_stage_timed(tmp_path: Path) -> None:
    ans = make_app(tmp_path).ask("what was the total on the invoice?", now=NOW)
    assert set(ans.trace["stages_ms"]) >= {*STAGES, "prepare", "total"} - {"model"}  # no model
    assert ans.trace["bundle_sha256"] == load_bundle(DEFAULT_BUNDLE_DIR).sha256
    assert "verify:1/1" in ans.trace["strategy"]


def test_profile_pin(tmp_path: Path) -> None:
    good = tmp_path / "golden.toml"
    good.write_text(f'bundle_sha256 = "{load_bundle(DEFAULT_BUNDLE_DIR).sha256}"\n')
    app = make_app(tmp_path, profile=good)
    assert app.ask("what was the total?", now=NOW).state == "ok"
    bad = tmp_path / "stale.toml"
    bad.write_text(f'bundle_sha256 = "{"0" * 64}"\n')
    cfg = app.config.model_copy(deep=True)
    cfg.promptops.profile = bad
    with pytest.raises(ProfileMismatch, match="pins prompt bundle 000000000000"):
        Autocapture(config=cfg).promptops  # noqa: B018
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "autocapture",
            "--data-dir",
            str(tmp_path / "data"),
            "--profile",
            str(bad),
            "ask",
            "what was the total?",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert out.returncode == 1
    assert "pins prompt bundle" in out.stderr
