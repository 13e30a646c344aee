"""Golden question suites: a YAML file of questions over a bundle, with what a right answer
must contain. Used by PromptOps to prove a template change does not make answers worse."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from autocapture.answer.model import Answer
from autocapture.errors import AutocaptureError

REPO_SUITE = Path(__file__).resolve().parent.parent / "demo" / "questions.yaml"


class SuiteError(AutocaptureError):
    pass


@dataclass
class GoldenCase:
    question: str
    state: str
    answer_contains_any: list[str] = field(default_factory=list)


@dataclass
class Suite:
    path: Path
    bundle: Path
    now: datetime | None
    cases: list[GoldenCase]
    timezone: str | None = None


@dataclass
class CaseResult:
    question: str
    passed: bool
    state: str
    answer: str


@dataclass
class SuiteResult:
    results: list[CaseResult]

    @property
    def passed(self) -> int:
        return sum(r.passed for r in self.results)

    @property
    def total(self) -> int:
        return len(self.results)

    def as_dict(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "total": self.total,
            "failed": [r.question for r in self.results if not r.passed],
        }


def load_suite(path: Path) -> Suite:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise SuiteError(f"{path}: cannot read suite: {exc}") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("questions"), list):
        raise SuiteError(f"{path}: a suite needs a 'questions' list")
    bundle = path.parent / str(raw.get("bundle", "bundle"))
    if not bundle.is_dir():
        raise SuiteError(f"{path}: field 'bundle': no bundle directory at {bundle}")
    now = None
    if raw.get("now"):
        now = datetime.fromisoformat(str(raw["now"]).replace("Z", "+00:00"))
    cases = []
    for i, q in enumerate(raw["questions"]):
        if not isinstance(q, dict) or "question" not in q or "state" not in q:
            raise SuiteError(f"{path}: questions[{i}] needs 'question' and 'state'")
        cases.append(
            GoldenCase(
                str(q["question"]),
                str(q["state"]),
                [str(v) for v in q.get("answer_contains_any", [])],
            )
        )
    tz = str(raw["timezone"]) if raw.get("timezone") else None
    return Suite(path, bundle, now, cases, tz)


def judge(case: GoldenCase, ans: Answer) -> bool:
    if ans.state != case.state:
        return False
    if case.answer_contains_any:
        text = ans.answer.lower()
        return any(v.lower() in text for v in case.answer_contains_any)
    return True


def run_suite(ask: Any, suite: Suite) -> SuiteResult:
    """ASK is a callable (question, now) -> Answer, e.g. a QueryPipeline's ask."""
    results = []
    for case in suite.cases:
        ans = ask(case.question, suite.now)
        results.append(CaseResult(case.question, judge(case, ans), ans.state, ans.answer))
    return SuiteResult(results)
