"""The head sidecar: the last entry's seq and hash, so a cut tail is noticed.

Two fixed-size slots (one 512-byte sector each), each one JSON line with its own checksum,
rewritten in place with ``pwrite`` (entry N goes to slot N % 2). A write torn by a crash spoils
at most one slot; the other still names an earlier entry, and a head behind the file is allowed
(the file must still hold the entry it names). So the per-append head write is not synced: a
power cut can only leave the head behind, never ahead, because the line was synced first.
Creating the head and marking it broken are synced.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from autocapture.audit.hashing import canonical_json, sha256_text

HEAD_FORMAT = "autocapture.audit.head.v1"
SLOT = 512
_OWN = ("format", "ts_utc", "check")


def _slot_bytes(head: dict[str, Any]) -> bytes:
    body = {k: v for k, v in head.items() if k not in _OWN}
    body = {"format": HEAD_FORMAT, **body, "ts_utc": datetime.now(UTC).isoformat()}
    body["check"] = sha256_text(canonical_json(body))
    line = canonical_json(body).encode("utf-8")
    if len(line) >= SLOT:
        raise ValueError(f"audit head record exceeds {SLOT - 1} bytes")
    return line.ljust(SLOT - 1) + b"\n"


def write_head(path: Path, head: dict[str, Any], both: bool = False, sync: bool = True) -> None:
    """Write the slot for head['seq'] (or both slots); SYNC makes it durable now."""
    data = _slot_bytes(head)
    seq = head.get("seq")
    slots = (0, 1) if both or not isinstance(seq, int) else (seq % 2,)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        for s in slots:
            os.pwrite(fd, data, s * SLOT)
        if sync:
            os.fdatasync(fd)
    finally:
        os.close(fd)


def _slot(raw: bytes) -> dict[str, Any] | None:
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(body, dict) or body.get("format") != HEAD_FORMAT:
        return None
    check = body.pop("check", None)
    return body if check == sha256_text(canonical_json(body)) else None


def read_head(path: Path) -> dict[str, Any] | None:
    """The newest intact slot (a slot marked broken wins); None if missing or unreadable."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    slots = [s for s in (_slot(raw[:SLOT]), _slot(raw[SLOT : 2 * SLOT])) if s is not None]
    if not slots:
        return None
    broken = [s for s in slots if s.get("broken")]
    if broken:
        return broken[0]
    return max(slots, key=lambda s: s["seq"] if isinstance(s.get("seq"), int) else -1)
