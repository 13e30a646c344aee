"""UI graph benchmark: the cost of each parser, per frame, over stored frames (no OCR).

Every frame of the given stores is loaded as the parsers see it (``load_layout``) and its
graph rebuilt ``--repeat`` times; each parser is timed on its own. Prints the corpus (stores,
frames, line spans), per-parser p50/p95 in milliseconds per frame, the whole graph's p50/p95,
throughput, nodes per frame by kind, and one JSON summary line.

    python benchmarks/graph.py DATA_DIR/evals/stores/*/autocapture.db
    python benchmarks/graph.py ~/.local/share/autocapture/autocapture.db --repeat 3
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from autocapture.store.graphs import load_layout
from autocapture.understand.graph import PARSER, PARSERS
from autocapture.understand.model import UiNode


def pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("dbs", nargs="+", type=Path, help="autocapture.db files")
    ap.add_argument("--repeat", type=int, default=3, help="rebuilds per frame (default 3)")
    args = ap.parse_args(argv)
    per_parser: dict[str, list[float]] = {name: [] for name, _ in PARSERS}
    whole: list[float] = []
    kinds: Counter[str] = Counter()
    frames = lines = 0
    for path in args.dbs:
        if not path.exists():
            print(f"{path}: no such file", file=sys.stderr)
            return 2
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        db.row_factory = sqlite3.Row
        for (fid,) in db.execute("SELECT frame_id FROM frame ORDER BY ts_ms").fetchall():
            layout, _ = load_layout(db, fid)
            frames += 1
            lines += len(layout.lines)
            for rep in range(args.repeat):
                layout, _ = load_layout(db, fid)  # fresh cached properties each time
                nodes: list[UiNode] = []
                t_all = time.perf_counter()
                for name, parse in PARSERS:
                    t0 = time.perf_counter()
                    nodes.extend(parse(layout, nodes))
                    per_parser[name].append((time.perf_counter() - t0) * 1000)
                whole.append((time.perf_counter() - t_all) * 1000)
                if rep == 0:
                    kinds.update(n.kind for n in nodes)
        db.close()
    if not frames:
        print("no frames in the given stores", file=sys.stderr)
        return 2
    print(f"parser {PARSER}: {len(args.dbs)} stores, {frames} frames, {lines} line spans")
    print(f"{'parser':<12}{'p50 ms':>10}{'p95 ms':>10}")
    for name, vals in per_parser.items():
        print(f"{name:<12}{pct(vals, 0.5):>10.3f}{pct(vals, 0.95):>10.3f}")
    total = sum(whole) / 1000
    print(f"{'whole graph':<12}{pct(whole, 0.5):>10.3f}{pct(whole, 0.95):>10.3f}")
    print(f"throughput: {len(whole) / total:.0f} frames/s (one core)")
    print("nodes per frame:", ", ".join(f"{k} {v / frames:.1f}" for k, v in kinds.most_common()))
    summary = {
        "parser": PARSER,
        "frames": frames,
        "lines": lines,
        "graph_ms_p50": round(pct(whole, 0.5), 3),
        "graph_ms_p95": round(pct(whole, 0.95), 3),
        "per_parser_ms_p50": {k: round(pct(v, 0.5), 3) for k, v in per_parser.items()},
        "nodes_per_frame": round(sum(kinds.values()) / frames, 1),
        "mean_ms": round(statistics.mean(whole), 3),
    }
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
