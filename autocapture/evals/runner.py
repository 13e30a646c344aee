"""Run suites: one cached store per bundle (ingested once), every question through PromptOps."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from autocapture.answer.model import Answer
from autocapture.config import Config
from autocapture.evals.suite import EvalTest, Suite
from autocapture.store.graphs import reparse
from autocapture.text import contains_value


def iou(a: list[int] | tuple, b: list[int] | tuple) -> float:
    ix = max(0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


@dataclass
class TestResult:
    test: EvalTest
    answer: Answer
    correct: bool
    abstained: bool
    citations_total: int = 0
    citations_precise: int = 0
    claims_total: int = 0
    claims_covered: int = 0
    citation_expect_met: bool | None = None
    problems: list[str] = field(default_factory=list)

    def record(self) -> dict[str, Any]:
        a = self.answer
        return {
            "id": self.test.id,
            "question": self.test.question,
            "class": self.test.question_class,
            "predicted_class": a.question_class,
            "tags": self.test.tags,
            "state": a.state,
            "answer": a.answer,
            "confidence": a.confidence,
            "correct": self.correct,
            "citations": [
                {"frame_id": c.frame_id, "span_id": c.span_id, "bbox": c.bbox, "text": c.text}
                for cl in a.claims
                for c in cl.citations
            ],
            "strategy": a.trace.get("strategy", []),
            "providers": a.trace.get("providers", {}),
            "bundle_sha256": a.trace.get("bundle_sha256"),
            "stages_ms": a.trace.get("stages_ms", {}),
            "features": a.trace.get("features", {}),
            "problems": self.problems,
        }


def judge(test: EvalTest, ans: Answer) -> TestResult:
    exp = test.expect
    abstained = ans.state == "indeterminate"
    problems: list[str] = []
    if exp.state == "indeterminate":
        correct = abstained
        if not correct:
            problems.append(f"expected indeterminate, got {ans.state}")
    else:
        correct = not abstained
        if abstained:
            problems.append(f"abstained: {ans.indeterminate_reason}")
        elif exp.answer_contains_any and not any(
            contains_value(ans.answer, v) for v in exp.answer_contains_any
        ):
            correct = False
            problems.append(f"answer lacks any of {exp.answer_contains_any}")
        if correct and (bad := [v for v in exp.answer_excludes if contains_value(ans.answer, v)]):
            correct = False
            problems.append(f"answer contains the distractor {bad}")
    res = TestResult(test, ans, correct, abstained)
    cites = [(cl, c) for cl in ans.claims for c in cl.citations]
    res.citations_total = len(cites)
    # Expectations may be met by a cited value span or by the line it was read from.
    located = cites + [(cl, c) for cl in ans.claims for c in cl.context]
    res.claims_total = len(ans.claims)
    boxes = [(b, ce.min_iou) for ce in exp.citations for b in ce.boxes()]
    for cl in ans.claims:
        covered = False
        for c in cl.citations:
            supports = bool(cl.value) and contains_value(c.text, cl.value or "")
            if not supports and boxes:
                supports = any(iou(c.bbox, b) >= t for b, t in boxes)
            res.citations_precise += supports
            covered = covered or supports
        res.claims_covered += covered
    if exp.citations and not abstained:
        met = True
        for ce in exp.citations:
            ok = any(
                (ce.text_contains is None or ce.text_contains.lower() in c.text.lower())
                and (ce.frame_ts is None or c.ts_utc == ce.frame_ts)
                and (not ce.boxes() or any(iou(c.bbox, b) >= ce.min_iou for b in ce.boxes()))
                for _, c in located
            )
            if not ok:
                met = False
                problems.append(f"no citation matches {ce.model_dump(exclude_none=True)}")
        res.citation_expect_met = met
    res.problems = problems
    return res


MANIFESTS = ("bundle.json", "frames.jsonl")


def store_key(bundle: Path, tz: str) -> str:
    """A bundle's store name: a digest of its contents (manifests and image sizes) and time
    zone, so a clone at another path, or a copy of the bundle, reuses the ingested store. A
    bundle given as one image or a folder without manifests is named by its path."""
    bundle = Path(bundle)
    h = hashlib.sha256()
    if bundle.is_dir() and all((bundle / m).is_file() for m in MANIFESTS):
        for m in MANIFESTS:
            h.update((bundle / m).read_bytes())
        images = bundle / "images"
        if images.is_dir():
            for f in sorted(images.iterdir()):
                h.update(f"{f.name}:{f.stat().st_size}\n".encode())
    else:
        h.update(str(bundle).encode())
    h.update(f"|{tz}".encode())
    return h.hexdigest()[:16]


def _path_key(bundle: Path, tz: str) -> str:
    """The name stores had before they were keyed by content (found and renamed once)."""
    return hashlib.sha256(f"{bundle}|{tz}".encode()).hexdigest()[:16]


class Runner:
    """Keeps one store per bundle under WORK_DIR so repeated runs skip OCR entirely."""

    def __init__(self, base: Config, work_dir: Path) -> None:
        self.base = base
        self.work_dir = work_dir
        self._apps: dict[str, Any] = {}  # by store key: copies of a bundle share one store
        self._keys: dict[tuple[str, str], str] = {}

    def app_for(self, bundle: Path, tz: str) -> Any:
        from autocapture.api import Autocapture

        path_key = (str(bundle), tz)
        if path_key not in self._keys:
            self._keys[path_key] = store_key(bundle, tz)
        key = digest = self._keys[path_key]
        if key not in self._apps:
            old = self.work_dir / _path_key(bundle, tz)
            if not (self.work_dir / digest).exists() and old.is_dir():
                old.rename(self.work_dir / digest)  # a store from before content keys
            cfg = self.base.model_copy(deep=True)
            cfg.data_dir = self.work_dir / digest
            cfg.timezone = tz
            cfg.promptops.metrics = False
            app = Autocapture(config=cfg)
            report = app.ingest([bundle])
            reparse(app.store.db)  # a cached store parsed by an older parser catches up
            if report.failed:
                f = report.failed[0]
                raise RuntimeError(f"evaluation bundle {bundle}: {f.origin}: {f.reason}")
            self._apps[key] = app
        return self._apps[key]

    def run(self, suite: Suite, progress: Any = None) -> list[TestResult]:
        results = []
        for test in suite.tests:
            app = self.app_for(test.bundle, suite.timezone)
            results.append(judge(test, app.ask(test.question, now=test.now)))
            if progress:
                progress(test)
        return results

    def close(self) -> None:
        for app in self._apps.values():
            app.close()
        self._apps.clear()
