"""The evaluation harness: suite validation, metrics, baselines, and every suite in CI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from autocapture.answer.model import Answer, Citation, Claim
from autocapture.evals.baseline import compare, make_baseline
from autocapture.evals.metrics import reliability, summarise
from autocapture.evals.runner import judge
from autocapture.evals.suite import EvalTest, Expect, SuiteError, SuiteSkipped, load_suite
from tests.conftest import REPO


def run_cli(*args: str, cwd: Path = REPO, data_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "autocapture", "--data-dir", str(data_dir), "eval", *args],
        capture_output=True,
        text=True,
        timeout=2600,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
    )


def test_reliability_and_ece() -> None:
    ece, table = reliability(
        [(0.9, True)] * 9 + [(0.9, False)] + [(0.2, False)] * 4 + [(0.2, True)]
    )
    assert ece == 0.0
    assert next(b for b in table if b["bin"] == "0.9-1.0")["accuracy"] == 0.9
    ece2, _ = reliability([(0.95, False)] * 4)
    assert ece2 == pytest.approx(0.95)


def _test(state: str = "ok", contains: list[str] | None = None, klass: str = "lookup") -> EvalTest:
    return EvalTest(
        "t1",
        "q?",
        klass,
        ["canonical"],
        Path("."),
        None,
        Expect(state=state, answer_contains_any=contains or []),
    )


def _answer(state: str, text: str, value: str | None = None, cited: str = "") -> Answer:
    claims = []
    if value is not None:
        claims = [
            Claim(
                text=text,
                value=value,
                citations=[
                    Citation(
                        frame_id="f",
                        ts_utc="t",
                        span_id="s",
                        text=cited,
                        bbox=[0, 0, 10, 10],
                        sha256="x",
                    )
                ],
            )
        ]
    return Answer(
        query="q?",
        query_effective="q",
        question_class="lookup",
        state=state,
        answer=text,
        claims=claims,
        confidence=0.8 if state == "ok" else 0.1,
        trace={"strategy": ["classify:lookup"]},
    )


def test_judge_and_metrics() -> None:
    right = judge(_test(contains=["9.00"]), _answer("ok", "Total: 9.00", "9.00", "9.00"))
    wrong = judge(_test(contains=["9.00"]), _answer("ok", "Total: 8.00", "8.00", "TOTAL"))
    abstain_ok = judge(_test(state="indeterminate"), _answer("indeterminate", "no"))
    abstain_bad = judge(_test(contains=["x"], klass="chat"), _answer("indeterminate", "no"))
    s = summarise([right, wrong, abstain_ok, abstain_bad])
    assert s["overall"]["accuracy"] == 0.5
    assert s["overall"]["precision"] == 0.5  # right among the two answered
    assert s["overall"]["recall"] == pytest.approx(1 / 3, abs=1e-3)
    assert s["overall"]["abstention_accuracy"] == 1.0
    assert s["overall"]["citation_precision"] == 0.5  # "TOTAL" does not contain 8.00
    assert s["confusion"]["chat"] == {"lookup": 1}


def test_answer_excludes_rejects_a_distractor() -> None:
    t = _test(contains=["~/src/tidepool"])
    t.expect.answer_excludes = ["tidepool-web"]
    right = judge(t, _answer("ok", "Focused: jonas@buildbox: ~/src/tidepool"))
    wrong = judge(t, _answer("ok", "Focused: jonas@buildbox: ~/src/tidepool-web"))
    assert right.correct and not wrong.correct
    assert "distractor" in wrong.problems[0]


def test_baseline_flags_regressions_only() -> None:
    good = judge(_test(contains=["9.00"]), _answer("ok", "Total: 9.00", "9.00", "9.00"))
    base = make_baseline({"s": [good]}, {"s": summarise([good])})
    same, _ = compare(base, {"s": [good]}, {})
    assert same == []
    bad = judge(_test(contains=["9.00"]), _answer("ok", "Total: 8.00", "8.00", "8.00"))
    regressions, _ = compare(base, {"s": [bad]}, {})
    assert any("was correct, now wrong" in r for r in regressions)
    # An accuracy that does not round to 4 places (2/3) equals its stored, rounded self.
    wrong = judge(_test(contains=["9.00"]), _answer("ok", "Total: 7.00", "7.00", "7.00"))
    three = {"s": [good, good, wrong]}
    base3 = make_baseline(three, {"s": summarise(three["s"])})
    assert compare(base3, three, {})[0] == []


def test_suite_errors_name_file_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("suite: x\nbundle: nowhere\ntests:\n  - {question: q, tags: [weird]}\n")
    with pytest.raises(SuiteError, match=r"bad.yaml: tests\[0\].bundle"):
        load_suite(bad, tmp_path / "w")
    bad.write_text("suite: x\ntests:\n  - {question: q, colour: red}\n")
    with pytest.raises(SuiteError, match=r"bad.yaml: tests.0.colour"):
        load_suite(bad, tmp_path / "w")
    out = run_cli(str(bad), data_dir=tmp_path / "d")
    assert out.returncode == 2 and "bad.yaml" in out.stderr


def test_loader_suite_skips_when_data_absent(tmp_path: Path) -> None:
    s = tmp_path / "ext.yaml"
    s.write_text("suite: ext\nloader: sroie\ndata: ./nothing-here\n")
    with pytest.raises(SuiteSkipped, match="not present"):
        load_suite(s, tmp_path / "w")


@pytest.mark.slow
@pytest.mark.timeout(2700)  # OCR of every bundle: ~7 min on a quiet 2-core machine, ~28 loaded
def test_all_suites_against_committed_baseline(tmp_path: Path) -> None:
    """What CI runs: every suite, twice (determinism), compared with evals/baseline.json."""
    suites = sorted(str(p) for p in (REPO / "evals").glob("*.yaml"))
    out = run_cli(
        *suites,
        "--baseline",
        "evals/baseline.json",
        "--repeat",
        "2",
        "--json",
        data_dir=tmp_path / "d",
    )
    report = json.loads(out.stdout)
    assert out.returncode == 0, (report["failures"], report["regressions"], out.stderr[-2000:])
    demo = report["suites"]["demo"]["overall"]
    assert demo["accuracy"] >= 0.9 and demo["citation_precision"] >= 0.95
    assert demo["abstention_accuracy"] == 1.0
    print(json.dumps({n: s["overall"] for n, s in report["suites"].items()}, indent=1))
