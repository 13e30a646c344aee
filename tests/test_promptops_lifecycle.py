"""Template lifecycle: validate, evaluate on a golden suite, apply only when not worse,
rollback, history; and the review queue that never blocks a query."""

from __future__ import annotations

import statistics
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.api import Autocapture
from autocapture.config import load_config
from autocapture.promptops.bundle import DEFAULT_BUNDLE_DIR, load_bundle
from autocapture.promptops.lifecycle import Lifecycle, LifecycleError, validate_template
from tests.conftest import render_lines, synthetic_frame, write_bundle

DEFAULT_RULES = (DEFAULT_BUNDLE_DIR / "query_rules.yaml").read_text()
NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (DEFAULT_RULES + "# docs at https://example.com/x\n", "a URL"),
        (DEFAULT_RULES + "# then run: curl -s x | sh\n", "shell"),
        (DEFAULT_RULES + "# {% if x %}\n", "template-engine control syntax"),
        (DEFAULT_RULES + "# ${HOME}\n", "template-engine control syntax"),
        (DEFAULT_RULES + "# " + "x" * 70_000 + "\n", "exceeds"),
        ("stopwords: 3\n", "query.rules"),
    ],
)
def test_validation_catches(text: str, problem: str) -> None:
    problems = validate_template("query.rules", text, 64 * 1024)
    assert any(problem in p for p in problems), problems


def test_shipped_templates_validate() -> None:
    bundle = load_bundle(DEFAULT_BUNDLE_DIR)
    for t in bundle.templates.values():
        assert validate_template(t.id, t.text, 64 * 1024) == [], t.id


def test_answer_text_fields_are_checked() -> None:
    bad = (
        (DEFAULT_BUNDLE_DIR / "answer_text.yaml")
        .read_text()
        .replace('"{value} (on', '"{secret} (on')
    )
    assert any("unknown fields" in p for p in validate_template("answer.text", bad, 65536))


@pytest.fixture(scope="module")
def golden_suite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("suite")
    render_lines(
        root / "bundle" / "images" / "1.png",
        [
            (20, 20, "Invoice INV-7781"),
            (20, 80, "Subtotal"),
            (400, 80, "$90.00"),
            (20, 140, "Total"),
            (400, 140, "$99.00"),
        ],
        size=(640, 200),
    )
    write_bundle(
        root / "bundle",
        [
            {
                "image": "images/1.png",
                "ts_utc": "2026-11-23T10:00:00Z",
                "windows": [
                    {"title": "Invoice - Viewer", "rect": [0, 0, 640, 200], "focused": True}
                ],
            }
        ],
    )
    (root / "suite.yaml").write_text(
        "suite: tiny\nbundle: bundle\ntimezone: UTC\nnow: '2026-11-23T18:00:00Z'\ntests:\n"
        "  - {question: 'what was the total on the invoice?',"
        " expect: {state: ok, answer_contains_any: ['99.00']}}\n"
        "  - {question: 'what was the subtotal?',"
        " expect: {state: ok, answer_contains_any: ['90.00']}}\n"
        "  - {question: 'what was the total on the mortgage statement?',"
        " tags: [unanswerable], expect: {state: indeterminate}}\n"
    )
    return root / "suite.yaml"


def test_propose_evaluate_apply_rollback(tmp_path: Path, golden_suite: Path) -> None:
    app = Autocapture(tmp_path / "data")
    svc = app.promptops
    lc = Lifecycle(svc)
    original = svc.prepared.bundle.sha256
    original_version = svc.prepared.bundle.templates["query.rules"].version
    # A harmful change: the words of the questions become stop words, so nothing is looked
    # for. (Only "total" used to be enough; a form named by the question's words now finds
    # its Total field without the word.)
    harmful = tmp_path / "harmful.yaml"
    stop = "stopwords:\n- total\n- subtotal\n- invoice\n"
    harmful.write_text(DEFAULT_RULES.replace("stopwords:\n", stop, 1))
    prop = lc.propose("query.rules", harmful, by="test")
    assert prop["status"] == "proposed"
    with pytest.raises(LifecycleError, match="worse on the golden suite"):
        lc.apply(prop["id"], golden_suite, by="test")
    assert svc.prepared.bundle.sha256 == original
    # A harmless change is applied, and the service reloads exactly once.
    loads = svc.counters["bundle_loads"]
    harmless = tmp_path / "harmless.yaml"
    harmless.write_text(DEFAULT_RULES.replace("stopwords:\n", "stopwords:\n- kindly\n", 1))
    good = lc.propose("query.rules", harmless, by="test")
    result = lc.evaluate(good["id"], golden_suite, by="test")
    assert result["not_worse"] and result["candidate"]["passed"] == 3
    entry = lc.apply(good["id"], golden_suite, by="test")
    assert svc.prepared.bundle.sha256 == entry["to_bundle"] != original
    assert svc.prepared.bundle.templates["query.rules"].version == original_version + 1
    assert svc.counters["bundle_loads"] == loads + 1
    for _ in range(3):
        app.ask("kindly what was the total?", now=NOW)
    assert svc.counters["bundle_loads"] == loads + 1
    # Rollback to the original hash.
    lc.rollback(original[:12], by="test")
    assert svc.prepared.bundle.sha256 == original
    actions = [e["action"] for e in lc.history()]
    assert actions == [
        "propose",
        "evaluate",
        "apply_refused",
        "propose",
        "evaluate",
        "apply",
        "rollback",
    ]
    applied = next(e for e in lc.history() if e["action"] == "apply")
    assert applied["evaluation"]["not_worse"] is True and applied["by"] == "test"
    app.close()


def test_mode_off_refuses_changes(tmp_path: Path) -> None:
    cfg = load_config(tmp_path / "data")
    cfg.promptops.mode = "off"
    lc = Lifecycle(Autocapture(config=cfg).promptops)
    src = tmp_path / "r.yaml"
    src.write_text(DEFAULT_RULES)
    with pytest.raises(LifecycleError, match="mode is 'off'"):
        lc.propose("query.rules", src, by="test")


class HangingReviewer:
    def __init__(self) -> None:
        self.release = threading.Event()
        self.calls = 0

    def review(self, job):  # type: ignore[no-untyped-def]
        self.calls += 1
        self.release.wait(60)
        return None


class DownReviewer:
    def review(self, job):  # type: ignore[no-untyped-def]
        raise ConnectionError("reviewer endpoint is down")


def _latencies(app: Autocapture, n: int) -> list[float]:
    out = []
    for i in range(n):
        t = time.perf_counter()
        app.ask(f"what was the mortgage balance {i}?", now=NOW)  # fails: becomes a review job
        out.append(time.perf_counter() - t)
    return out


def test_review_queue_never_blocks_queries(tmp_path: Path) -> None:
    cfg = load_config(tmp_path / "data")
    cfg.promptops.review_queue_size = 2
    app = Autocapture(config=cfg)
    app.store.write_frame(synthetic_frame(1, ["Total $99.00"]))
    baseline = _latencies(app, 30)
    hanging = HangingReviewer()
    app.promptops.attach_reviewer(hanging)
    slow = _latencies(app, 30)
    stats = app.promptops.review.stats()
    assert stats["review_dropped"] >= 27  # one in the worker, two queued, the rest dropped
    assert max(slow) < 5.0  # a blocked query would wait the reviewer's 60 s
    assert statistics.median(slow) < 3 * statistics.median(baseline) + 0.005
    lines = app.promptops.metrics.read()
    assert sum(1 for line in lines if line["review"] == "dropped") == stats["review_dropped"]
    hanging.release.set()
    app.promptops.attach_reviewer(DownReviewer())
    _latencies(app, 2)
    deadline = time.monotonic() + 10
    while app.promptops.review.stats().get("review_failed", 0) < 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert app.promptops.review.stats()["review_failed"] >= 1
    errors = [e for e in app.promptops.history.read() if e["action"] == "review"]
    assert any("reviewer endpoint is down" in (e["error"] or "") for e in errors)
    app.close()


def test_auto_apply_mode_applies_a_safe_proposal(tmp_path: Path, golden_suite: Path) -> None:
    import subprocess
    import sys

    data = tmp_path / "data"
    data.mkdir()
    (data / "config.toml").write_text('[promptops]\nmode = "auto_apply"\n')
    harmless = tmp_path / "harmless.yaml"
    harmless.write_text(DEFAULT_RULES.replace("stopwords:\n", "stopwords:\n- kindly\n", 1))
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "autocapture",
            "--data-dir",
            str(data),
            "promptops",
            "propose",
            "query.rules",
            "--from",
            str(harmless),
            "--suite",
            str(golden_suite),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        stdin=subprocess.DEVNULL,
    )
    assert out.returncode == 0, out.stderr
    assert "applied: bundle" in out.stdout
    history = [line for line in (data / "promptops" / "history.jsonl").read_text().splitlines()]
    assert '"action":"apply"' in history[-1] and '"by":"auto_apply"' in history[-1]
