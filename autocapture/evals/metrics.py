"""Suite metrics: accuracy, per-class precision/recall, abstention, confusion, ALCE-style
citation precision/recall, calibration (ECE with a 10-bin reliability table), latency."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from autocapture.evals.runner import TestResult
from autocapture.promptops.report import percentile


def _ratio(num: float, den: float) -> float | None:
    return round(num / den, 4) if den else None


def reliability(pairs: list[tuple[float, bool]], bins: int = 10) -> tuple[float | None, list]:
    """(ECE, table): per bin the count, mean confidence and accuracy."""
    if not pairs:
        return None, []
    table = []
    ece = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [(c, ok) for c, ok in pairs if lo <= c < hi or (b == bins - 1 and c == 1.0)]
        if not inside:
            table.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": 0})
            continue
        conf = sum(c for c, _ in inside) / len(inside)
        acc = sum(ok for _, ok in inside) / len(inside)
        ece += len(inside) / len(pairs) * abs(acc - conf)
        table.append(
            {
                "bin": f"{lo:.1f}-{hi:.1f}",
                "n": len(inside),
                "confidence": round(conf, 3),
                "accuracy": round(acc, 3),
            }
        )
    return round(ece, 4), table


def summarise(results: list[TestResult]) -> dict[str, Any]:
    n = len(results)
    by_class: dict[str, list[TestResult]] = defaultdict(list)
    for r in results:
        by_class[r.test.question_class].append(r)

    def block(rs: list[TestResult]) -> dict[str, Any]:
        answered = [r for r in rs if not r.abstained]
        answerable = [r for r in rs if r.test.answerable]
        unanswerable = [r for r in rs if not r.test.answerable]
        return {
            "n": len(rs),
            "accuracy": _ratio(sum(r.correct for r in rs), len(rs)),
            "precision": _ratio(sum(r.correct for r in answered), len(answered)),
            "recall": _ratio(sum(r.correct for r in answerable), len(answerable)),
            "abstention_accuracy": _ratio(sum(r.correct for r in unanswerable), len(unanswerable)),
            "citation_precision": _ratio(
                sum(r.citations_precise for r in rs), sum(r.citations_total for r in rs)
            ),
            "citation_recall": _ratio(
                sum(r.claims_covered for r in rs), sum(r.claims_total for r in rs)
            ),
            "citation_expectations_met": _ratio(
                sum(bool(r.citation_expect_met) for r in rs if r.citation_expect_met is not None),
                sum(1 for r in rs if r.citation_expect_met is not None),
            ),
        }

    ece, table = reliability([(r.answer.confidence, r.correct) for r in results])
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    for r in results:
        confusion[r.test.question_class][r.answer.question_class] += 1
    stages: dict[str, list[float]] = defaultdict(list)
    for r in results:
        for s, ms in r.answer.trace.get("stages_ms", {}).items():
            stages[s].append(ms)
    by_tag: dict[str, list[TestResult]] = defaultdict(list)
    for r in results:
        for t in r.test.tags:
            by_tag[t].append(r)
    return {
        "n": n,
        "overall": block(results),
        "by_class": {c: block(rs) for c, rs in sorted(by_class.items())},
        "by_tag": {t: block(rs) for t, rs in sorted(by_tag.items())},
        "confusion": {c: dict(v) for c, v in sorted(confusion.items())},
        "calibration": {"ece": ece, "reliability": table},
        "latency_ms": {
            s: {"p50": round(percentile(v, 50), 3), "p95": round(percentile(v, 95), 3)}
            for s, v in stages.items()
        },
    }
