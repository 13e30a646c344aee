"""Model-path benchmark: what the model step adds to a query, and how fast a slow model
falls back, against the in-process OpenAI-protocol server used by the tests.

    python benchmarks/model.py [--queries 200]

Prints p50/p95 per mode (extractive only; model answering with an instant, verified reply;
a model slower than the latency budget) over a one-frame store, measured in one run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from autocapture.api import Autocapture
from autocapture.config import load_config
from autocapture.promptops.service import reset_services
from tests.conftest import synthetic_frame
from tests.openai_server import Delay, OpenAIServer

NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
LINES = ["Invoice INV-2026-0042", "Subtotal $1,178.44", "Total $1,284.50", "Status: due"]
QUESTION = "what was the total on the invoice?"


def verified_reply(req: dict) -> str:
    user = req["messages"][-1]["content"]
    data = json.loads(user[user.index("{") :])
    eid = next(e["id"] for e in data["evidence"] if "Total $1,284.50" in e["text"])
    claim = {
        "text": "The total was $1,284.50.",
        "evidence_ids": [eid],
        "quotes": ["Total $1,284.50"],
    }
    return json.dumps({"claims": [claim], "indeterminate_reason": None})


def run(mode: str, base_url: str | None, n: int, budget_ms: int) -> list[float]:
    reset_services()
    cfg = load_config(Path(tempfile.mkdtemp()))
    cfg.timezone = "UTC"
    cfg.promptops.metrics = False
    cfg.model.base_url = base_url
    cfg.model.latency_budget_ms = budget_ms
    app = Autocapture(config=cfg)
    app.store.write_frame(synthetic_frame(1, LINES, title="Invoice - Browser"))
    app.ask(QUESTION, now=NOW)  # warm
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        ans = app.ask(QUESTION, now=NOW)
        out.append((time.perf_counter() - t0) * 1000)
        assert ans.state == "ok", (mode, ans.indeterminate_reason)
    app.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--slow-queries", type=int, default=10)
    args = ap.parse_args()
    print(f"corpus: 1 frame, {len(LINES)} lines; question: {QUESTION!r}")
    with OpenAIServer() as server:
        rows = [("extractive only", run("extractive", None, args.queries, 15000))]
        server.respond_with(verified_reply)
        rows.append(
            ("model, instant verified reply", run("model", server.base_url, args.queries, 15000))
        )
        server.respond_with(lambda req: Delay(30, then=verified_reply(req)))
        rows.append(
            (
                "model slower than a 500 ms budget",
                run("slow", server.base_url, args.slow_queries, 500),
            )
        )
    for name, ms in rows:
        q = statistics.quantiles(ms, n=20)
        print(f"{name:<36} n={len(ms):<4} p50 {statistics.median(ms):8.2f} ms  p95 {q[18]:8.2f} ms")


if __name__ == "__main__":
    main()
