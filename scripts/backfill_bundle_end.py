#!/usr/bin/env python3
"""Give bundles recorded before bundle.json said when capture ran a conservative run.

    .venv/bin/python scripts/backfill_bundle_end.py [--check] BUNDLE_OR_BUNDLE_JSON...

For each bundle whose bundle.json lacks them, sets ``ended_utc`` to the time of its last
frame (capture certainly ran until then; maybe longer, but that is not known) and
``started_utc`` to the time of its first frame. The keys already there keep their order and
values; the new ones are appended; the file keeps its indentation and is replaced
atomically. Bundles that already have both are left alone, so re-running changes nothing.
``--check`` only reports what would change (exit 1 if anything would).

Unreadable frame rows are ignored (ingest reports them); a bundle without any readable
frame time is left alone.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from autocapture.bundle import BUNDLE_FORMAT
from autocapture.records import format_ts


def frame_times(frames: Path) -> list[datetime]:
    times = []
    with frames.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            try:
                row = json.loads(line)
                ts = datetime.fromisoformat(row["ts_utc"])
            except (json.JSONDecodeError, KeyError, TypeError, ValueError):
                continue
            if ts.tzinfo is not None:
                times.append(ts)
    return times


def _indent(text: str) -> int | None:
    """The indentation bundle.json was written with (json.dumps' indent), None for one line."""
    for line in text.splitlines()[1:]:
        stripped = line.lstrip(" ")
        if stripped and len(stripped) < len(line):
            return len(line) - len(stripped)
    return None


def backfill(bundle: Path, check: bool = False) -> str:
    """Backfill one bundle; return what happened, for the log line."""
    manifest = bundle / "bundle.json"
    text = manifest.read_text(encoding="utf-8")
    meta: dict[str, Any] = json.loads(text)
    if not isinstance(meta, dict) or meta.get("format") != BUNDLE_FORMAT:
        return "skipped: not a bundle v1 manifest"
    if "started_utc" in meta and "ended_utc" in meta:
        return "unchanged: has started_utc and ended_utc"
    times = frame_times(bundle / "frames.jsonl")
    if not times:
        return "skipped: no frame times"
    added = {}
    if "started_utc" not in meta:
        added["started_utc"] = format_ts(min(times))
    if "ended_utc" not in meta:
        added["ended_utc"] = format_ts(max(times))
    if check:
        return f"would add {added}"
    out = json.dumps({**meta, **added}, indent=_indent(text))
    if text.endswith("\n"):
        out += "\n"
    tmp = manifest.with_name(manifest.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(out)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, manifest)
    return f"added {added}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("paths", nargs="+", type=Path, help="bundle directories or their bundle.json")
    ap.add_argument("--check", action="store_true", help="report only; exit 1 if any would change")
    args = ap.parse_args(argv)
    changed = False
    for p in args.paths:
        bundle = p.parent if p.name == "bundle.json" else p
        if not (bundle / "bundle.json").is_file():
            print(f"{bundle}: skipped: no bundle.json", file=sys.stderr)
            continue
        result = backfill(bundle, check=args.check)
        changed |= result.startswith(("would", "added"))
        print(f"{bundle}: {result}")
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
