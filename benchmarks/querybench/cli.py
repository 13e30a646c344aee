"""The command line: build (or reuse) a store, time the question mix, print the report."""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from autocapture.api import Autocapture
from autocapture.config import load_config
from autocapture.store import Store

from .corpus import BuildStats, build_corpus
from .measures import library_fingerprint
from .questions import QUESTIONS
from .report import corpus_size, print_build, print_corpus, print_profile, print_times, summary
from .seed import load_seed
from .timing import first_ask, time_questions, warm_up

DEFAULT_NOW = "2026-11-30T18:00:00Z"


def parse_args(argv: list[str] | None, description: str | None) -> argparse.Namespace:
    """Options; ``description`` is the help text (the entry script's docstring)."""
    ap = argparse.ArgumentParser(
        description=description, formatter_class=argparse.RawTextHelpFormatter
    )
    ap.add_argument("--frames", type=int, default=10_000, help="frames to build (default 10000)")
    ap.add_argument(
        "--queries", type=int, default=300, help="timed queries, at least (default 300)"
    )
    ap.add_argument("--warmup", type=int, default=10, help="untimed warm-up queries (default 10)")
    ap.add_argument(
        "--now", default=DEFAULT_NOW, help=f"fixed 'now' for asks (default {DEFAULT_NOW})"
    )
    ap.add_argument("--tz", default="UTC", help="config timezone for time words (default UTC)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument(
        "--seed-data-dir", type=Path, help="existing store whose OCR'd lines seed the corpus"
    )
    ap.add_argument(
        "--workers", type=int, default=1,
        help="processes generating frames while the main process writes (0 = inline; default 1)",
    )  # fmt: skip
    ap.add_argument("--data-dir", type=Path, help="build here instead of a temp dir")
    ap.add_argument(
        "--reuse", action="store_true", help="skip the build if --data-dir already has frames"
    )
    ap.add_argument("--keep", action="store_true", help="keep the temporary data dir")
    ap.add_argument(
        "--profile", type=int, default=0, metavar="N",
        help="cProfile the timed queries and print the top N functions by cumulative time",
    )  # fmt: skip
    ap.add_argument("--show-answers", action="store_true", help="print each question's answer")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None, description: str | None = None) -> int:
    """Run the benchmark in ``--data-dir`` or a temporary store (removed unless ``--keep``)."""
    args = parse_args(argv, description)
    own_tmp = args.data_dir is None
    data_dir = Path(tempfile.mkdtemp(prefix="ac-bench-query-")) if own_tmp else args.data_dir
    try:
        return run(args, data_dir)
    finally:
        if own_tmp and not args.keep:
            shutil.rmtree(data_dir, ignore_errors=True)
        elif own_tmp:
            print(f"(kept data dir {data_dir})")


def build_or_reuse(
    store: Store, args: argparse.Namespace, data_dir: Path, now: datetime
) -> tuple[BuildStats | None, float] | None:
    """Build the corpus into an empty store (or reuse one with ``--reuse``); None on refusal."""
    existing = store.frame_count()
    if existing and args.reuse:
        print(f"corpus       : reusing {existing} existing frames (no build)")
        return None, 0.0
    if existing:
        print(f"error: {data_dir} already holds {existing} frames (use --reuse)", file=sys.stderr)
        return None
    seed_windows = load_seed(args.seed_data_dir) if args.seed_data_dir else []
    if args.seed_data_dir:
        n_lines = sum(len(w[2]) for w in seed_windows)
        print(f"seed         : {len(seed_windows)} windows, {n_lines} real lines "
              f"from {args.seed_data_dir}")  # fmt: skip
    load0 = os.getloadavg()[0]
    t0 = time.perf_counter()
    build = build_corpus(store, args.frames, now, args.seed, seed_windows, args.workers)
    build_s = time.perf_counter() - t0
    print_build(build, build_s, load0, args.workers)
    return build, build_s


def run(args: argparse.Namespace, data_dir: Path) -> int:
    """Build or reuse the corpus, time the questions, print the report; 1 on internal errors."""
    now = datetime.fromisoformat(args.now.replace("Z", "+00:00")).astimezone(UTC)
    cfg = load_config(data_dir)
    cfg.timezone = args.tz
    print("== query benchmark ==")
    lib_hash = library_fingerprint()  # once: the process keeps the modules it imported
    print(f"library      : autocapture sources sha256 {lib_hash}")
    print(f"data dir     : {data_dir}   now: {now.isoformat()}   tz: {cfg.timezone}")

    app = Autocapture(config=cfg)
    built = build_or_reuse(app.store, args, data_dir, now)
    if built is None:
        return 2
    build, build_s = built
    size = corpus_size(app.store.db, data_dir)
    print_corpus(size, app.store.db)

    # Queries: one warm pipeline; the first ask builds it.
    cold_ms, first_state = first_ask(app, QUESTIONS[0], now)
    print(f"first ask    : {cold_ms:.1f} ms (builds the pipeline; state {first_state})")
    warm_up(app, QUESTIONS, args.warmup, now)
    prof = cProfile.Profile() if args.profile else None
    times = time_questions(app, QUESTIONS, args.queries, now, prof)
    print_times(times, QUESTIONS, args.warmup, args.show_answers)
    if prof:
        print_profile(prof, args.profile)
    app.close()
    print(json.dumps(summary(lib_hash, size, times, len(QUESTIONS), cold_ms, build, build_s)))
    return 1 if times.errors else 0
