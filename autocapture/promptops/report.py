"""Summaries of the metrics file: count, p50 and p95 per stage, counts by class and state."""

from __future__ import annotations

import math
from collections import Counter
from typing import Any


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (no interpolation): a value that was really observed."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def summarise(lines: list[dict[str, Any]]) -> dict[str, Any]:
    stages: dict[str, list[float]] = {}
    for line in lines:
        for stage, ms in (line.get("stages_ms") or {}).items():
            stages.setdefault(stage, []).append(float(ms))
        if "promptops_overhead_ms" in line:
            stages.setdefault("promptops_overhead", []).append(float(line["promptops_overhead_ms"]))
    return {
        "queries": len(lines),
        "stages": {
            s: {
                "count": len(v),
                "p50_ms": round(percentile(v, 50), 3),
                "p95_ms": round(percentile(v, 95), 3),
            }
            for s, v in stages.items()
        },
        "by_class": dict(Counter(str(line.get("question_class")) for line in lines)),
        "by_state": dict(Counter(str(line.get("state")) for line in lines)),
        "review": dict(Counter(str(line.get("review")) for line in lines)),
    }
