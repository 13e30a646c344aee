"""The command line: help, module entry point, JSON contract, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema

from tests.conftest import REPO, write_bundle

SCHEMA = json.loads((REPO / "docs" / "schemas" / "answer.schema.json").read_text())


def run(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "autocapture", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )


def test_help_lists_commands(tmp_path: Path) -> None:
    out = run("--help", data_dir=tmp_path)
    assert out.returncode == 0
    assert "ingest" in out.stdout and "ask" in out.stdout
    assert "--json" in run("ask", "--help", data_dir=tmp_path).stdout


def test_ask_on_empty_store_is_indeterminate_json(tmp_path: Path) -> None:
    out = run("ask", "what was the total on the invoice?", "--json", data_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    ans = json.loads(out.stdout)
    jsonschema.validate(ans, SCHEMA)
    assert ans["state"] == "indeterminate"
    assert ans["indeterminate_reason"]
    assert ans["claims"] == []
    assert set(ans["trace"]["stages_ms"]) >= {"normalize", "time_intent", "retrieve", "total"}


def test_bad_now_is_a_usage_error(tmp_path: Path) -> None:
    out = run("ask", "x", "--now", "tuesday", data_dir=tmp_path)
    assert out.returncode == 2
    assert "--now" in out.stderr


def test_ingest_reports_failures_with_exit_1(tmp_path: Path) -> None:
    b = write_bundle(
        tmp_path / "b", [{"image": "images/nope.png", "ts_utc": "2026-11-23T14:00:00Z"}]
    )
    out = run("ingest", "-q", str(b), data_dir=tmp_path / "d")
    assert out.returncode == 1
    assert "failed: 1" in out.stdout
    assert "frames.jsonl:1" in out.stderr and "not found" in out.stderr
    missing = run("ingest", str(tmp_path / "absent"), data_dir=tmp_path / "d")
    assert missing.returncode == 1 and "no such file" in missing.stderr


def test_committed_schema_matches_the_model() -> None:
    from autocapture.answer.model import Answer

    live = Answer.model_json_schema(by_alias=True)
    committed = {k: v for k, v in SCHEMA.items() if k not in ("$id", "title")}
    assert committed == {k: v for k, v in live.items() if k != "title"}
