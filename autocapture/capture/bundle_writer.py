"""Write captured frames as bundle v1: image first (atomic), then its line in frames.jsonl,
so a kill at any moment never leaves a line pointing at a missing image."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

from autocapture.bundle import BUNDLE_FORMAT
from autocapture.records import WindowFact, format_ts


class BundleWriter:
    def __init__(self, root: Path, source: str) -> None:
        self.root = root
        (root / "images").mkdir(parents=True, exist_ok=True)
        manifest = root / "bundle.json"
        if not manifest.exists():
            manifest.write_text(
                json.dumps(
                    {
                        "format": BUNDLE_FORMAT,
                        "source": source,
                        "created_utc": datetime.now().astimezone().isoformat(),
                    }
                )
                + "\n"
            )

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
        return name
