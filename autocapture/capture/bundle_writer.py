"""Write captured frames as bundle v1: image first (atomic), then its line in frames.jsonl,
so a kill at any moment never leaves a line pointing at a missing image.

bundle.json says when capture ran: ``started_utc`` at creation, ``ended_utc`` kept current
while frames are written or the agent reports the screen unchanged (rewritten atomically at
most every CHECKPOINT_SECONDS or CHECKPOINT_FRAMES frames, so a killed run leaves a last
known end) and set when the writer is closed. A bundle continued by a later run, or a run
paused and resumed, lists each run under ``runs``; the top-level pair is then the envelope.
"""

from __future__ import annotations

import json
import os
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from autocapture.bundle import BUNDLE_FORMAT
from autocapture.records import WindowFact, format_ts

CHECKPOINT_FRAMES = 20
CHECKPOINT_SECONDS = 30.0


def _load_manifest(path: Path) -> dict[str, Any] | None:
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    return meta if isinstance(meta, dict) else None


class BundleWriter:
    def __init__(self, root: Path, source: str, started: datetime | None = None) -> None:
        self.root = root
        (root / "images").mkdir(parents=True, exist_ok=True)
        self.manifest = root / "bundle.json"
        meta = _load_manifest(self.manifest) if self.manifest.exists() else None
        self.runs: list[dict[str, str]] = []
        if meta is None:
            meta = {
                "format": BUNDLE_FORMAT,
                "source": source,
                "created_utc": datetime.now().astimezone().isoformat(),
            }
        elif isinstance(meta.get("runs"), list):
            self.runs = [r for r in meta["runs"] if isinstance(r, dict)]
        elif isinstance(meta.get("started_utc"), str):
            prev = {"started_utc": meta["started_utc"]}
            if isinstance(meta.get("ended_utc"), str):
                prev["ended_utc"] = meta["ended_utc"]
            self.runs = [prev]
        self.meta = meta
        self._frames_since = 0
        self._checkpoint_at = 0.0
        self._end: datetime | None = None
        self._run_open = False
        self.start_run(started)

    # -- when capture ran -------------------------------------------------------------
    def start_run(self, started: datetime | None = None) -> None:
        """Begin a run: at creation, or when capture resumes after ``close_run``."""
        if self._run_open:
            self.close_run(self._end)
        self.runs.append({"started_utc": format_ts(started or datetime.now(UTC))})
        self._end = None
        self._run_open = True
        self._save()

    def heartbeat(self, ts: datetime) -> None:
        """Capture was running at ``ts`` (the screen may be unchanged); cheap: bundle.json is
        rewritten only when the last rewrite is CHECKPOINT_SECONDS old (or this is the
        run's first known end)."""
        if not self._run_open:
            return
        first = self._end is None
        if first or ts > self._end:  # type: ignore[operator]
            self._end = ts
        if first or time.monotonic() - self._checkpoint_at >= CHECKPOINT_SECONDS:
            self._save()

    def close_run(self, ended: datetime | None) -> None:
        """The current run stopped (a pause): its end is ``ended`` or its last heartbeat;
        with neither, the run keeps no end (how long it ran is unknown)."""
        if not self._run_open:
            return
        if ended is not None and (self._end is None or ended > self._end):
            self._end = ended
        self._save()
        self._run_open = False

    def close(self, ended: datetime | None = None) -> None:
        """Capture stopped: record the end of the open run (``ended``, else now)."""
        self.close_run(ended or datetime.now(UTC))

    def _save(self) -> None:
        """Rewrite bundle.json atomically (temporary file, fsync, rename)."""
        if self._end is not None and self._run_open:
            self.runs[-1]["ended_utc"] = format_ts(self._end)
        meta = self.meta
        meta["started_utc"] = self.runs[0]["started_utc"]
        ends = [r["ended_utc"] for r in self.runs if "ended_utc" in r]
        if ends:
            meta["ended_utc"] = max(ends)  # format_ts strings sort in time order
        if len(self.runs) > 1:
            meta["runs"] = self.runs
        tmp = self.manifest.with_name(self.manifest.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(meta) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.manifest)
        self._checkpoint_at = time.monotonic()
        self._frames_since = 0

    # -- frames -----------------------------------------------------------------------
    def write(
        self,
        png: bytes,
        ts: datetime,
        windows: list[WindowFact],
        monitor: tuple[int, int, int, int],
    ) -> str:
        name = f"images/{ts.strftime('%Y%m%dT%H%M%S%f')}.png"
        tmp = self.root / (name + ".tmp")
        with open(tmp, "wb") as fh:
            fh.write(png)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.root / name)
        row = {
            "image": name,
            "ts_utc": format_ts(ts),
            "monitor": {"id": 0, "rect": list(monitor)},
            "url": None,
            "windows": [
                {
                    "window_id": w.window_id,
                    "title": w.title,
                    "app": w.app,
                    "pid": w.pid,
                    "rect": list(w.rect),
                    "focused": w.focused,
                    "z": w.z,
                }
                for w in windows
            ],
        }
        with open(self.root / "frames.jsonl", "a", encoding="utf-8") as fh:
            fh.write(json.dumps(row) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        self._frames_since += 1
        if self._frames_since >= CHECKPOINT_FRAMES:
            self._checkpoint_at = 0.0  # due now
        self.heartbeat(ts)
        return name
