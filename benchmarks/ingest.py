"""Ingest benchmark: OCR, extract and store a bundle or image folder into a fresh data dir.

Prints the corpus, the one-off OCR model load time, wall time, frames/second, per-frame and
per-stage latency (p50/p95, from ``IngestReport.stage_ms``), peak RSS and data dir size per
frame, then a one-line JSON summary. Uses only the library API (``Autocapture.ingest``).

    python benchmarks/ingest.py                       # demo/bundle, else the peers' shots
    python benchmarks/ingest.py --path DIR --path DIR2 --engine tesseract
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import json
import os
import pstats
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from PIL import Image

from autocapture.api import Autocapture
from autocapture.bundle import iter_sources
from autocapture.config import load_config
from autocapture.errors import InputError

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from benchmarks.querybench.measures import percentile  # noqa: E402

DEFAULT_BUNDLE = REPO / "demo" / "bundle"
FALLBACK_SHOTS = Path("/work/shared/peers/shots")
STAGES = ("decode", "ocr", "spans", "store_index")


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MiB (ru_maxrss is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def cpu_seconds() -> float:
    """User + system CPU time so far of this process (all threads) and its waited-for children
    (the tesseract engine runs one ``tesseract`` process per image)."""
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        ru = resource.getrusage(who)
        total += ru.ru_utime + ru.ru_stime
    return total


def child_peak_rss_mb() -> float:
    """Largest peak RSS of any finished child process, in MiB (0 if none)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0


def dir_bytes(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


def library_fingerprint() -> str:
    """Short hash of the autocapture sources in use (other people edit them concurrently)."""
    import autocapture

    root = Path(autocapture.__file__).parent
    h = hashlib.sha256()
    for p in sorted(root.rglob("*.py")):
        h.update(str(p.relative_to(root)).encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:12]


def default_paths() -> list[Path]:
    return [DEFAULT_BUNDLE] if DEFAULT_BUNDLE.exists() else [FALLBACK_SHOTS]


def describe_corpus(paths: list[Path], tz: str) -> tuple[int, int, int]:
    """(frames, total pixels, unreadable sources) as the ingestor will see them."""
    frames = pixels = bad = 0
    for src in iter_sources(paths, tz):
        if isinstance(src, InputError):
            bad += 1
            continue
        try:
            with Image.open(src.image_path) as im:
                w, h = im.size
        except OSError:
            bad += 1
            continue
        frames += 1
        pixels += w * h
    return frames, pixels, bad


def fmt_ms(values: list[float]) -> str:
    return (
        f"p50 {percentile(values, 50):9.1f} ms   p95 {percentile(values, 95):9.1f} ms"
        f"   max {max(values) if values else float('nan'):9.1f} ms   n={len(values)}"
    )


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument(
        "--path",
        action="append",
        type=Path,
        help=f"bundle, image folder or image (repeatable); default {DEFAULT_BUNDLE} "
        f"if present, else {FALLBACK_SHOTS}",
    )
    ap.add_argument(
        "--engine", default=None, help="OCR engine (rapidocr, tesseract); default: config"
    )
    ap.add_argument("--data-dir", type=Path, help="use this (empty) data dir instead of a temp one")
    ap.add_argument("--keep", action="store_true", help="keep the temporary data dir")
    ap.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="N",
        help="cProfile the ingest and print the top N functions by cumulative time",
    )
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    paths: list[Path] = args.path or default_paths()
    own_tmp = args.data_dir is None
    data_dir = Path(tempfile.mkdtemp(prefix="ac-bench-ingest-")) if own_tmp else args.data_dir
    if data_dir.exists() and any(data_dir.iterdir()):
        print(f"error: data dir {data_dir} is not empty", file=sys.stderr)
        return 2
    try:
        return run(args, paths, data_dir)
    finally:
        if own_tmp and not args.keep:
            shutil.rmtree(data_dir, ignore_errors=True)
        elif own_tmp:
            print(f"(kept data dir {data_dir})")


def run(args: argparse.Namespace, paths: list[Path], data_dir: Path) -> int:
    cfg = load_config(data_dir)
    if args.engine:
        cfg.ocr.engine = args.engine
    rss_start = peak_rss_mb()
    frames, pixels, bad = describe_corpus(paths, cfg.timezone)
    print("== ingest benchmark ==")
    lib_hash = library_fingerprint()  # once: the process keeps the modules it imported
    print(f"library      : autocapture sources sha256 {lib_hash}")
    print(f"paths        : {', '.join(str(p) for p in paths)}")
    print(f"data dir     : {data_dir}")
    print(f"engine       : {cfg.ocr.engine}   timezone: {cfg.timezone}")
    print(
        f"corpus       : {frames} frames, {pixels / 1e6:.2f} Mpx total, "
        f"{pixels / max(frames, 1) / 1e6:.2f} Mpx/frame, {bad} unreadable source(s)"
    )

    app = Autocapture(config=cfg)
    t0 = time.perf_counter()
    engine = app.ocr  # plugin discovery + model load, paid once per process
    load_ms = (time.perf_counter() - t0) * 1000
    print(
        f"ocr load     : {load_ms:.0f} ms ({engine.name} {engine.version}); "
        f"peak RSS after load {peak_rss_mb():.0f} MiB (before {rss_start:.0f} MiB)"
    )

    per_frame: list[float] = []  # ms between consecutive progress events, added frames only
    last = [0.0]

    def progress(event: str, origin: str) -> None:
        now = time.perf_counter()
        if event == "added":
            per_frame.append((now - last[0]) * 1000)
        last[0] = now

    prof = cProfile.Profile() if args.profile else None
    load_before = os.getloadavg()[0]
    cpu_start = cpu_seconds()
    t_start = time.perf_counter()
    last[0] = t_start
    if prof:
        prof.enable()
    report = app.ingest(paths, progress)
    if prof:
        prof.disable()
    wall = time.perf_counter() - t_start
    cpu = cpu_seconds() - cpu_start
    load_after = os.getloadavg()[0]
    app.close()

    # Per-frame time is the gap since the previous progress event; the first gap also holds
    # the manifest read (plan), which is small next to OCR.
    added = report.added
    size = dir_bytes(data_dir)
    db = sum(
        (data_dir / n).stat().st_size
        for n in ("autocapture.db", "autocapture.db-wal")
        if (data_dir / n).exists()
    )
    blobs = dir_bytes(data_dir / "blobs") if (data_dir / "blobs").exists() else 0

    print(f"result       : added {added}, skipped {report.skipped}, failed {len(report.failed)}")
    for f in report.failed[:10]:
        print(f"  failed: {f.origin}: {f.reason}")
    print(
        f"wall time    : {wall:.2f} s  ({added / wall if wall else 0:.3f} frames/s, "
        f"{pixels / 1e6 / wall if wall else 0:.2f} Mpx/s)"
    )
    print(
        f"cpu time     : {cpu:.2f} s CPU incl. children ({cpu / wall if wall else 0:.2f} cores"
        f" busy on average, {os.cpu_count()} CPUs); 1-min load avg {load_before:.2f} before,"
        f" {load_after:.2f} after"
    )
    print(f"per frame    : {fmt_ms(per_frame)}")
    for stage in STAGES:
        print(f"  {stage:<11}: {fmt_ms(report.stage_ms.get(stage, []))}")
    stage_sum = sum(sum(v) for v in report.stage_ms.values()) / 1000
    print(f"  (stages sum {stage_sum:.2f} s of {wall:.2f} s wall)")
    print(
        f"peak RSS     : {peak_rss_mb():.0f} MiB (largest child process: "
        f"{child_peak_rss_mb():.0f} MiB, which counts a forked child's inherited pages)"
    )
    print(
        f"data dir     : {size / 1e6:.2f} MB total, {size / max(added, 1) / 1e3:.1f} kB/frame "
        f"(db+wal {db / max(added, 1) / 1e3:.1f} kB/frame, blobs "
        f"{blobs / max(added, 1) / 1e3:.1f} kB/frame)"
    )

    if prof:
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(args.profile)
        print("== cProfile (cumulative) ==")
        print(buf.getvalue())

    summary: dict[str, Any] = {
        "bench": "ingest",
        "library": lib_hash,
        "engine": f"{engine.name} {engine.version}",
        "paths": [str(p) for p in paths],
        "frames": frames,
        "added": added,
        "failed": len(report.failed),
        "mpx_total": round(pixels / 1e6, 3),
        "ocr_load_ms": round(load_ms, 1),
        "wall_s": round(wall, 3),
        "cpu_s": round(cpu, 3),
        "loadavg_1m": [round(load_before, 2), round(load_after, 2)],
        "frames_per_s": round(added / wall, 4) if wall else None,
        "frame_ms_p50": round(percentile(per_frame, 50), 1),
        "frame_ms_p95": round(percentile(per_frame, 95), 1),
        "stage_ms": {
            s: {
                "p50": round(percentile(report.stage_ms.get(s, []), 50), 2),
                "p95": round(percentile(report.stage_ms.get(s, []), 95), 2),
            }
            for s in STAGES
        },
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "child_peak_rss_mb": round(child_peak_rss_mb(), 1),
        "data_bytes_per_frame": round(size / max(added, 1)),
        "db_bytes_per_frame": round(db / max(added, 1)),
    }
    print(json.dumps(summary))
    return 0 if not report.failed else 1


if __name__ == "__main__":
    sys.exit(main())
