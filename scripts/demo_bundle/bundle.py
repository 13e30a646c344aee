"""The bundle on disk: the output directory, frames.jsonl records and bundle.json."""

from __future__ import annotations

import json
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .constants import BUNDLE_CREATED_UTC, HEIGHT, WIDTH
from .layout import Frame, Window


def iso(t: datetime) -> str:
    """ISO-8601 UTC with milliseconds and a trailing Z."""
    t = t.astimezone(UTC)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def window_record(w: Window, z: int) -> dict[str, Any]:
    """A window as frames.jsonl states it (truth.json adds its text); z 0 has the focus."""
    return {
        "window_id": w.window_id,
        "title": w.title,
        "app": w.app,
        "pid": w.pid,
        "rect": list(w.rect),
        "focused": z == 0,
        "z": z,
    }


def frame_record(frame: Frame, image: str) -> dict[str, Any]:
    """The frames.jsonl object for one frame."""
    return {
        "image": image,
        "ts_utc": iso(frame.ts),
        "monitor": {"id": 0, "rect": [0, 0, WIDTH, HEIGHT]},
        "windows": [window_record(w, z) for z, w in enumerate(frame.windows)],
        "url": frame.windows[0].url,
    }


def prepare_out(out: Path) -> None:
    """Create ``out`` or clear a previous bundle there; refuse other directories."""
    if out.exists():
        if not out.is_dir():
            sys.exit(f"error: {out} exists and is not a directory")
        entries = {p.name for p in out.iterdir()}
        if entries and not (entries <= {"bundle.json", "frames.jsonl", "images"}):
            sys.exit(f"error: {out} is not empty and does not look like a bundle; refusing")
        shutil.rmtree(out / "images", ignore_errors=True)
    (out / "images").mkdir(parents=True, exist_ok=True)


def write_bundle(out: Path, records: list[dict[str, Any]]) -> None:
    """Write bundle.json and frames.jsonl (the images are already in ``out/images``)."""
    bundle = {
        "format": "autocapture.bundle.v1",
        "created_utc": BUNDLE_CREATED_UTC,
        "source": "demo",
    }
    if records:  # when capture ran: the demo day is recorded from its first to its last frame
        bundle["started_utc"] = min(r["ts_utc"] for r in records)
        bundle["ended_utc"] = max(r["ts_utc"] for r in records)
    (out / "bundle.json").write_text(json.dumps(bundle, indent=2) + "\n", encoding="utf-8")
    with (out / "frames.jsonl").open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
