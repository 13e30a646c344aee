"""Baselines: stable hashes of each test's answer, citations, strategy and provider path,
with a confidence band; a later run is compared and regressions beyond tolerance fail."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from autocapture.evals.runner import TestResult

BASELINE_FORMAT = "autocapture.eval.baseline.v1"
STRATEGY_NOISE = ("retrieve:",)  # candidate counts vary with the corpus, not with behaviour


def _h(obj: Any) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True).encode()).hexdigest()[:16]


def fingerprint(r: TestResult) -> dict[str, Any]:
    rec = r.record()
    cites = sorted((c["text"], tuple(c["bbox"])) for c in rec["citations"])
    strategy = [s for s in rec["strategy"] if not s.startswith(STRATEGY_NOISE)]
    return {
        "correct": r.correct,
        "state": rec["state"],
        "answer": _h(rec["answer"]),
        "citations": _h(cites),
        "strategy": _h(strategy),
        "providers": _h([rec["bundle_sha256"], rec["providers"]]),
        "confidence": round(rec["confidence"], 3),
    }


def make_baseline(suites: dict[str, list[TestResult]], summaries: dict[str, Any]) -> dict:
    return {
        "format": BASELINE_FORMAT,
        "suites": {
            name: {
                "metrics": summaries[name]["overall"],
                "tests": {r.test.id: fingerprint(r) for r in results},
            }
            for name, results in suites.items()
        },
    }


def compare(
    baseline: dict, suites: dict[str, list[TestResult]], tolerances: dict[str, dict[str, float]]
) -> tuple[list[str], list[str]]:
    """(regressions, changes): regressions fail the run; changes are reported only."""
    regressions: list[str] = []
    changes: list[str] = []
    for name, results in suites.items():
        old_suite = baseline.get("suites", {}).get(name)
        if old_suite is None:
            changes.append(f"{name}: not in the baseline (new suite)")
            continue
        tol = tolerances.get(name, {})
        band = tol.get("confidence", 0.15)
        for r in results:
            old = old_suite["tests"].get(r.test.id)
            new = fingerprint(r)
            where = f"{name}/{r.test.id}"
            if old is None:
                changes.append(f"{where}: new test")
                continue
            if old["correct"] and not new["correct"]:
                regressions.append(f"{where}: was correct, now wrong ({new['state']})")
            elif not old["correct"] and new["correct"]:
                changes.append(f"{where}: now correct (was wrong)")
            if abs(new["confidence"] - old["confidence"]) > band:
                regressions.append(
                    f"{where}: confidence {old['confidence']} -> {new['confidence']} (band ±{band})"
                )
            for k in ("answer", "citations", "strategy", "providers"):
                if old[k] != new[k]:
                    changes.append(f"{where}: {k} changed")
        acc_old = old_suite["metrics"].get("accuracy") or 0.0
        new_correct = sum(r.correct for r in results) / len(results) if results else 0.0
        # Baselines store metrics rounded to 4 places: compare like with like (82/109 is
        # 0.75229..., stored as 0.7523, and is no regression).
        if round(new_correct, 4) + tol.get("accuracy", 0.0) < acc_old:
            regressions.append(f"{name}: accuracy {acc_old} -> {round(new_correct, 4)}")
    return regressions, changes
