"""Calibrated confidence: a logistic mapping from features the pipeline already has
(retrieval, coverage, verification, agreement, abstention reason) to P(answer is right).

The mapping is fitted by ``autocapture eval --fit-calibration`` on one split of the golden
suites and reported on the other; it ships as the bundle template ``confidence.calibration``,
so it is versioned, hash-pinned and changed only through the PromptOps lifecycle.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

import numpy as np

FEATURES = (
    "heuristic",
    "coverage",
    "abstained",
    "no_evidence",
    "weak_match",
    "value_not_found",
    "fallback",
    "typed",
    "wants_line",
    "candidates",
    "agreement",
    "claims",
)


def features(
    state: str,
    reason: str | None,
    heuristic: float,
    decisions: dict[str, Any],
    analysis: dict[str, Any],
    claims: int,
) -> dict[str, float]:
    reason = reason or ""
    return {
        "heuristic": float(heuristic),
        "coverage": float(decisions.get("best_coverage", 0.0) or 0.0),
        "abstained": float(state == "indeterminate"),
        "no_evidence": float(
            reason.startswith(
                ("no_matching_text", "no_frames_in_time_range", "question_has_no_searchable_words")
            )
        ),
        "weak_match": float(reason.startswith("weak_match")),
        "value_not_found": float(reason.startswith("value_not_found")),
        "fallback": float("fallback" in decisions),
        "typed": float(analysis.get("value_type") is not None),
        "wants_line": float(bool(analysis.get("wants_line"))),
        "candidates": math.log1p(float(decisions.get("candidates", 0) or 0)) / 6.0,
        "agreement": float(decisions.get("agreement", 0.0) or 0.0),
        "claims": min(claims, 3) / 3.0,
    }


class CalibrationError(ValueError):
    pass


@dataclass(frozen=True)
class Calibration:
    weights: dict[str, float]
    bias: float

    def predict(self, feats: dict[str, float]) -> float:
        z = self.bias + sum(w * feats.get(k, 0.0) for k, w in self.weights.items())
        return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 4)

    def to_json(self, report: dict[str, Any] | None = None) -> str:
        body = {
            "format": "autocapture.calibration.v1",
            "features": list(self.weights),
            "weights": [round(w, 6) for w in self.weights.values()],
            "bias": round(self.bias, 6),
            "report": report or {},
        }
        return json.dumps(body, indent=1) + "\n"


def parse_calibration(text: str) -> Calibration:
    try:
        raw = json.loads(text)
        names, weights, bias = raw["features"], raw["weights"], float(raw["bias"])
    except (ValueError, KeyError, TypeError) as exc:
        raise CalibrationError(f"confidence.calibration: {exc}") from None
    if raw.get("format") != "autocapture.calibration.v1" or len(names) != len(weights):
        raise CalibrationError("confidence.calibration: wrong format or length")
    unknown = set(names) - set(FEATURES)
    if unknown:
        raise CalibrationError(f"confidence.calibration: unknown features {sorted(unknown)}")
    return Calibration(dict(zip(names, (float(w) for w in weights), strict=True)), bias)


def fit(
    rows: list[tuple[dict[str, float], bool]], l2: float = 0.05, steps: int = 3000, lr: float = 0.5
) -> Calibration:
    """Logistic regression by gradient descent; small L2 keeps it sane on small suites."""
    if not rows:
        raise CalibrationError("no evaluation results to fit on")
    x = np.array([[f[k] for k in FEATURES] for f, _ in rows], dtype=float)
    y = np.array([1.0 if ok else 0.0 for _, ok in rows])
    w = np.zeros(x.shape[1])
    b = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        g = p - y
        w -= lr * (x.T @ g / len(y) + l2 * w)
        b -= lr * float(g.mean())
    return Calibration(dict(zip(FEATURES, (float(v) for v in w), strict=True)), b)
