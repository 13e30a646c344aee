"""What the benchmark prints: build and corpus figures, latencies, answers, the JSON summary."""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .corpus import BuildStats
from .measures import db_sizes, fmt_ms, peak_rss_mb, percentile, table_sizes
from .timing import QuestionTimes

STAGE_ORDER = ["normalize", "time_intent", "classify", "rewrite", "retrieve", "route", "answer",
               "cite", "verify", "total"]  # fmt: skip


@dataclass
class CorpusSize:
    """Rows in the store and bytes on disk."""

    frames: int
    windows: int
    line_spans: int
    word_spans: int
    db_bytes: int
    wal_bytes: int
    blob_bytes: int


def print_build(build: BuildStats, build_s: float, load0: float, workers: int) -> None:
    """Build time, write_frame latency and how long the writer waited for the generator."""
    assert build.write_ms is not None
    print(
        f"build        : {build_s:.1f} s for {build.frames} frames "
        f"({build.frames / build_s:.0f} frames/s); load avg {load0:.2f} -> "
        f"{os.getloadavg()[0]:.2f}\n"
        f"  write_frame: {build.write_s:.1f} s total, per frame {fmt_ms(build.write_ms)}\n"
        f"  generate   : {build.gen_s:.1f} s CPU in {workers or 'no'} worker process(es);"
        f" writer waited {build.wait_s:.1f} s for frames"
    )


def corpus_size(db: sqlite3.Connection, data_dir: Path) -> CorpusSize:
    """Count frames, windows and spans, and measure the store's files."""
    frames = db.execute("SELECT count(*) FROM frame").fetchone()[0]
    kinds = dict(db.execute("SELECT kind, count(*) FROM span GROUP BY kind").fetchall())
    n_windows = db.execute("SELECT count(*) FROM window").fetchone()[0]
    db_b, wal_b, blob_b = db_sizes(data_dir)
    return CorpusSize(
        frames, n_windows, kinds.get("line", 0), kinds.get("word", 0), db_b, wal_b, blob_b
    )


def print_corpus(size: CorpusSize, db: sqlite3.Connection) -> None:
    """Corpus counts per frame, database size and the largest tables."""
    frames, line_n, word_n = size.frames, size.line_spans, size.word_spans
    db_b, wal_b, blob_b = size.db_bytes, size.wal_bytes, size.blob_bytes
    print(
        f"corpus       : {frames} frames, {size.windows} windows, {line_n} line spans "
        f"({line_n / max(frames, 1):.1f}/frame), {word_n} word spans, "
        f"{line_n + word_n} spans total ({(line_n + word_n) / max(frames, 1):.1f}/frame)"
    )
    print(
        f"db on disk   : autocapture.db {db_b / 1e6:.1f} MB + wal {wal_b / 1e6:.1f} MB = "
        f"{(db_b + wal_b) / 1e6:.1f} MB, {(db_b + wal_b) / max(frames, 1):,.0f} bytes/frame; "
        f"blobs {blob_b / 1e6:.1f} MB"
    )
    sizes = table_sizes(db)
    if sizes:
        top = ", ".join(f"{name} {b / 1e6:.0f}MB" for name, b in sizes[:8])
        print(f"  largest    : {top}")


def print_times(
    times: QuestionTimes, questions: list[str], warmup: int, show_answers: bool
) -> None:
    """Throughput, latency per stage, answer states and each question's answer."""
    e2e, stages, errors = times.e2e, times.stages, times.errors
    print(
        f"queries      : {len(e2e)} timed ({len(questions)} distinct x {times.rounds}) after "
        f"{warmup} warm-up; {times.loop_s:.1f} s, {len(e2e) / times.loop_s:.1f} q/s; "
        f"load avg {times.load0:.2f} -> {os.getloadavg()[0]:.2f}"
    )
    print(f"ask e2e      : {fmt_ms(e2e)}")
    for stage in [*STAGE_ORDER, *sorted(set(stages) - set(STAGE_ORDER))]:
        if stage in stages:
            print(f"  {stage:<11}: {fmt_ms(stages[stage])}")
    print(f"states       : {dict(times.states)}")
    if errors:
        first_err = next(iter(times.first_errors.items()))
        print(
            f"WARNING      : {sum(errors.values())} of {len(e2e)} asks failed with an internal"
            f" error, latencies are not meaningful; e.g. {first_err[0]!r}: {first_err[1]}"
        )
    print("per question (median ms, state, candidates, answer):")
    for q in questions:
        ans = times.last[q]
        cands = ans.trace.get("answer", {}).get("candidates", "-")
        text = ans.answer if ans.state != "indeterminate" else ans.indeterminate_reason or ""
        if not show_answers:
            text = text[:70]
        print(
            f"  {percentile(times.per_q[q], 50):8.2f}  {ans.state:<13} {cands!s:>4}  {q!r}\n"
            f"{'':26}-> {text}"
        )
    print(f"peak RSS     : {peak_rss_mb():.0f} MiB")


def print_profile(prof: cProfile.Profile, top: int) -> None:
    """The top functions by cumulative time over the timed queries."""
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(top)
    print("== cProfile over timed queries (cumulative) ==")
    print(buf.getvalue())


def summary(
    lib_hash: str,
    size: CorpusSize,
    times: QuestionTimes,
    n_questions: int,
    cold_ms: float,
    build: BuildStats | None,
    build_s: float,
) -> dict[str, Any]:
    """The one-line JSON summary."""
    frames, e2e = size.frames, times.e2e
    db_total = size.db_bytes + size.wal_bytes
    out: dict[str, Any] = {
        "bench": "query",
        "library": lib_hash,
        "frames": frames,
        "line_spans": size.line_spans,
        "spans": size.line_spans + size.word_spans,
        "build_s": None,
        "db_bytes": db_total,
        "db_bytes_per_frame": round(db_total / max(frames, 1)),
        "queries": len(e2e),
        "distinct_questions": n_questions,
        "first_ask_ms": round(cold_ms, 2),
        "ask_ms": {
            "p50": round(percentile(e2e, 50), 2),
            "p95": round(percentile(e2e, 95), 2),
            "max": round(max(e2e), 2),
        },
        "stage_ms": {
            s: {"p50": round(percentile(v, 50), 3), "p95": round(percentile(v, 95), 3)}
            for s, v in times.stages.items()
        },
        "states": dict(times.states),
        "internal_errors": sum(times.errors.values()),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
    if build is not None:
        out["build_s"] = round(build_s, 1)
        out["build_write_s"] = round(build.write_s, 1)
        out["write_frame_ms"] = {
            "p50": round(percentile(build.write_ms or [], 50), 2),
            "p95": round(percentile(build.write_ms or [], 95), 2),
        }
    return out
