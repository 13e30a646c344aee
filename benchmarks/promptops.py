"""PromptOps overhead benchmark: everything a query costs except retrieval and answering.

Runs N queries (default 1,000) through one warm ``Autocapture.ask`` and reads each answer's
``trace["stages_ms"]``: the overhead is ``total - retrieve - answer`` (prepare, normalise,
time intent, classify, rewrite, route, cite, verify and the bookkeeping between them). Also
prints end-to-end ask latency on the same store. Metrics and ledger lines are written as in
production (they are part of the overhead).

    python benchmarks/promptops.py                         # 1,000 synthetic frames, temp dir
    python benchmarks/promptops.py --data-dir /tmp/q10k    # an existing store, e.g. from
                                                           # benchmarks/query.py --keep
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import random
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from autocapture.api import Autocapture
from autocapture.config import load_config

QUESTIONS = [
    "what was the total on the invoice?",
    "which test failed this morning?",
    "what error did the build print yesterday afternoon?",
    "what did Bob say about the release?",
    "what time is the design review?",
    "what was on screen at 14:05?",
    "between 9 and 10 what test failed?",
    "what is the order id?",
    "who won the football match?",
    "what was the phone number in the form?",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(1, math.ceil(q / 100 * len(ordered))) - 1]


def build_synthetic(data_dir: Path, frames: int, now: datetime) -> None:
    """Reuse the query benchmark's corpus generator so both measure the same kind of store."""
    spec = importlib.util.spec_from_file_location(
        "bench_query", Path(__file__).with_name("query.py")
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bench_query"] = mod
    spec.loader.exec_module(mod)
    app = Autocapture(data_dir)
    try:
        mod.build_corpus(app.store, frames, now, seed=1, seed_windows=[], workers=0)
    finally:
        app.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--queries", type=int, default=1000, help="timed queries (default 1000)")
    ap.add_argument("--frames", type=int, default=1000, help="synthetic frames if no --data-dir")
    ap.add_argument("--data-dir", type=Path, help="existing store to query")
    ap.add_argument("--now", default="2026-11-23T18:00:00Z", help="fixed 'now' for asks")
    args = ap.parse_args()
    now = datetime.fromisoformat(args.now.replace("Z", "+00:00"))
    tmp = None
    data_dir = args.data_dir
    if data_dir is None:
        tmp = tempfile.TemporaryDirectory()
        data_dir = Path(tmp.name)
        t = time.perf_counter()
        build_synthetic(data_dir, args.frames, now)
        print(f"built {args.frames} synthetic frames in {time.perf_counter() - t:.1f} s")
    cfg = load_config(data_dir)
    cfg.timezone = "UTC"
    app = Autocapture(config=cfg)
    frames = app.store.frame_count()
    rng = random.Random(7)
    for q in QUESTIONS:  # warm-up: service built, caches and regexes warm
        app.ask(q, now=now)
    loads_before = app.promptops.counters["bundle_loads"]
    overhead, total, stages = [], [], {}
    t0 = time.perf_counter()
    for _ in range(args.queries):
        t = time.perf_counter()
        ans = app.ask(rng.choice(QUESTIONS), now=now)
        wall_ms = (time.perf_counter() - t) * 1000  # includes the metrics and ledger writes
        s = ans.trace["stages_ms"]
        overhead.append(wall_ms - s.get("retrieve", 0.0) - s.get("answer", 0.0))
        total.append(wall_ms)
        for k, v in s.items():
            stages.setdefault(k, []).append(v)
    wall = time.perf_counter() - t0
    summary = {
        "frames": frames,
        "queries": args.queries,
        "promptops_overhead_ms": {
            "p50": round(percentile(overhead, 50), 3),
            "p95": round(percentile(overhead, 95), 3),
        },
        "ask_ms": {"p50": round(percentile(total, 50), 2), "p95": round(percentile(total, 95), 2)},
        "throughput_qps": round(args.queries / wall, 1),
        "bundle_loads_during_run": app.promptops.counters["bundle_loads"] - loads_before,
    }
    print(f"corpus: {frames} frames; {args.queries} queries after {len(QUESTIONS)} warm-up")
    print(f"{'stage':<14}{'p50 ms':>10}{'p95 ms':>10}")
    for k, v in stages.items():
        print(f"{k:<14}{percentile(v, 50):>10.3f}{percentile(v, 95):>10.3f}")
    print(
        f"PromptOps overhead p50 {summary['promptops_overhead_ms']['p50']} ms, "
        f"p95 {summary['promptops_overhead_ms']['p95']} ms (target p95 < 2 ms)"
    )
    print(
        f"ask end to end p50 {summary['ask_ms']['p50']} ms, p95 {summary['ask_ms']['p95']} ms;"
        f" {summary['throughput_qps']} queries/s"
    )
    print(json.dumps(summary))
    app.close()
    if tmp:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
