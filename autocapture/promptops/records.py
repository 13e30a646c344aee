"""Append-only JSON-lines files for metrics, the strategy ledger and lifecycle history.

Every record passes through the redactor before it is written; files are opened once per
process and appended to line by line, so a query costs one write per file.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

from autocapture.redact import Redactor

METRICS_SCHEMA_ID = "autocapture.promptops.metrics.v1"


class JsonLines:
    def __init__(self, path: Path, redactor: Redactor) -> None:
        self.path = path
        self.redactor = redactor
        self._lock = threading.Lock()
        self._fh = None

    def append(self, record: dict[str, Any]) -> None:
        line = json.dumps(self.redactor.obj(record), ensure_ascii=False, separators=(",", ":"))
        with self._lock:
            if self._fh is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._fh = open(self.path, "a", encoding="utf-8")  # noqa: SIM115
            self._fh.write(line + "\n")
            self._fh.flush()

    def read(self) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        out = []
        with self.path.open(encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line:
                    try:
                        out.append(json.loads(line))
                    except json.JSONDecodeError:
                        continue  # a torn last line after a crash is skipped, not fatal
        return out

    def close(self) -> None:
        with self._lock:
            if self._fh is not None:
                self._fh.close()
                self._fh = None


def promptops_dir(data_dir: Path) -> Path:
    path = data_dir / "promptops"
    path.mkdir(parents=True, exist_ok=True)
    return path


def fsync_write(path: Path, text: str) -> None:
    """Replace a small file atomically (write, fsync, rename)."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
