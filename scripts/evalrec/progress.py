"""Progress lines on stdout."""

from __future__ import annotations

from datetime import datetime


def log(msg: str) -> None:
    print(f"[record {datetime.now().strftime('%H:%M:%S')}] {msg}", flush=True)
