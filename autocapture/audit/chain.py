"""The audit log: an append-only JSON-lines file where each entry carries the sha256 of its
canonical JSON and the previous entry's hash, plus a head sidecar naming the last entry.

Appends hold an exclusive ``flock`` and ``fsync`` the line before the head moves, so
concurrent processes never fork the chain and a kill leaves at most an incomplete last line
(removed, and recorded as a ``repair`` entry, by the next append) and a head one entry behind.
"""

from __future__ import annotations

import contextlib
import fcntl
import getpass
import json
import os
import re
import socket
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from autocapture.audit.hashing import GENESIS, canonical_json, entry_hash, sha256_text
from autocapture.audit.head import read_head, write_head
from autocapture.errors import AutocaptureError
from autocapture.redact import Redactor

LOG_FILE = "audit.jsonl"
HEAD_FILE = "head.jsonl"
LOCK_FILE = ".lock"
ENTRY_VERSION = 1
MAX_HEAD_LAG = 4096  # a power cut can leave the unsynced head behind; this far is tampering
KIND = re.compile(r"^[a-z][a-z0-9_.]{0,63}$")


class AuditError(AutocaptureError):
    """The chain cannot be extended (its last line is unreadable) or read."""


def audit_dir(data_dir: Path) -> Path:
    return data_dir / "audit"


def default_actor() -> str:
    """Who is acting: the OS user and host, and which process (pid and program)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = f"uid{os.getuid()}"
    prog = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python"
    return f"{user}@{socket.gethostname()} pid {os.getpid()} ({prog})"


def _now() -> str:
    return datetime.now(UTC).isoformat()


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _last_lines(fd: int, size: int, n: int) -> tuple[int, list[bytes]]:
    """(end of the last complete line, up to N last complete lines), reading from the end."""
    chunk = 16384
    while True:
        start = max(0, size - chunk)
        data = os.pread(fd, size - start, start)
        complete = data.rfind(b"\n")
        if complete < 0 and start > 0:
            chunk *= 4
            continue
        if complete < 0:
            return 0, []
        lines = data[:complete].split(b"\n")
        if start > 0:
            lines = lines[1:]  # the first piece may be cut
        if len(lines) >= n or start == 0:
            return start + complete + 1, lines[-n:]
        chunk *= 4


def _parse_tail(line: bytes) -> tuple[int, str]:
    try:
        entry = json.loads(line)
        seq, h = entry["seq"], entry["entry_hash"]
    except (ValueError, KeyError, TypeError):
        raise AuditError(
            "cannot extend the audit chain: its last line is unreadable "
            "(run `autocapture audit verify`)"
        ) from None
    if not isinstance(seq, int) or not isinstance(h, str):
        raise AuditError("cannot extend the audit chain: its last entry has no seq or hash")
    return seq, h


class AuditLog:
    """One audit chain (``DIR/audit.jsonl`` + ``DIR/head.jsonl``); safe across threads and
    processes. Payloads are redacted before they are hashed and written."""

    def __init__(
        self, directory: Path, redactor: Redactor | None = None, actor: str | None = None
    ) -> None:
        self.dir = directory
        self.path = directory / LOG_FILE
        self.head_path = directory / HEAD_FILE
        self.redactor = redactor or Redactor()
        self.actor = actor or default_actor()
        self._lock = threading.Lock()
        self._lock_fd: int | None = None
        self._fd: int | None = None
        self._ino: int | None = None
        # (size, seq, hash) after our last append: skip re-reading when nobody else wrote.
        self._known: tuple[int, int, str] | None = None

    # -- writing ---------------------------------------------------------------------
    def append(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        """Record one entry and return it (with seq, prev_hash and entry_hash)."""
        if not KIND.match(kind):
            raise ValueError(f"audit kind must match {KIND.pattern}: {kind!r}")
        clean = self.redactor.obj(json.loads(json.dumps(payload, default=str)))
        with self._lock:
            self._open()
            assert self._lock_fd is not None
            fcntl.flock(self._lock_fd, fcntl.LOCK_EX)
            try:
                seq, prev, head_ok = self._tail()
                entry = self._write(kind, clean, seq, prev, head_ok)
            finally:
                fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
        return entry

    def _open(self) -> None:
        if self._fd is not None:
            try:
                same = os.stat(self.path).st_ino == self._ino
            except FileNotFoundError:
                same = False
            if same:
                return
            os.close(self._fd)  # replaced or removed under us: follow the path
            self._fd, self._known = None, None
        self.dir.mkdir(parents=True, exist_ok=True)
        if self._lock_fd is None:
            self._lock_fd = os.open(self.dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(self._lock_fd, fcntl.LOCK_EX)
        try:
            fresh = not self.path.exists() and not self.head_path.exists()
            if fresh:  # the head exists before the first line, so a missing head means tampering
                write_head(self.head_path, {"seq": 0, "entry_hash": GENESIS}, both=True)
            self._fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)
            self._ino = os.fstat(self._fd).st_ino
            if fresh:
                dfd = os.open(self.dir, os.O_RDONLY)
                try:
                    os.fsync(dfd)
                finally:
                    os.close(dfd)
        finally:
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)

    def _tail(self) -> tuple[int, str, bool]:
        """(last seq, last hash, whether the head may be advanced), repairing a torn tail."""
        assert self._fd is not None
        size = os.fstat(self._fd).st_size
        if self._known is not None and self._known[0] == size:
            return self._known[1], self._known[2], True
        head = self.read_head()
        end, lines = _last_lines(self._fd, size, 1) if size else (0, [])
        seq, prev = _parse_tail(lines[-1]) if lines else (0, GENESIS)
        if end < size:
            fragment = os.pread(self._fd, size - end, end)
            os.ftruncate(self._fd, end)
            os.fsync(self._fd)
            repair = {
                "reason": "removed an incomplete last line (a writer was interrupted)",
                "torn_bytes": len(fragment),
                "torn_sha256": sha256_text(fragment.decode("utf-8", "replace")),
                "after_seq": seq,
            }
            ok = self._head_agrees(head, seq, prev, end)
            entry = self._write("repair", repair, seq, prev, ok)
            seq, prev = entry["seq"], entry["entry_hash"]
            return seq, prev, ok
        return seq, prev, self._head_agrees(head, seq, prev, end)

    def _head_agrees(self, head: dict[str, Any] | None, seq: int, prev: str, end: int) -> bool:
        """False (freeze the head) when the head says the file lost or replaced entries."""
        if head is not None and head.get("broken"):
            return False
        hseq, hhash = (head or {}).get("seq"), (head or {}).get("entry_hash")
        if head is None:
            reason = "head is missing or unreadable"
        elif not isinstance(hseq, int) or hseq > seq:
            reason = f"head records entry {hseq}, the file ends at entry {seq}"
        elif hseq == seq and hhash == prev:
            return True
        elif hseq == 0 and hhash == GENESIS and seq <= MAX_HEAD_LAG:
            return True  # the first lines' head writes were lost to a power cut
        elif hseq < seq - MAX_HEAD_LAG:
            reason = f"head is {seq - hseq} entries behind the file"
        else:
            if hseq < seq:  # a crash after the line's sync, before the head's write reached disk
                assert self._fd is not None
                _, lines = _last_lines(self._fd, end, seq - hseq + 1)
                with contextlib.suppress(AuditError, IndexError):
                    if _parse_tail(lines[-(seq - hseq) - 1]) == (hseq, hhash):
                        return True
            reason = f"head records hash {str(hhash)[:12]} for entry {hseq}, the file differs"
        broken = {"detected_utc": _now(), "reason": reason, "file_seq": seq}
        frozen = {**(head or {"seq": None, "entry_hash": None}), "broken": broken}
        write_head(self.head_path, frozen, both=True)
        return False

    def _write(
        self, kind: str, payload: dict[str, Any], seq: int, prev: str, head_ok: bool
    ) -> dict[str, Any]:
        assert self._fd is not None
        entry: dict[str, Any] = {
            "v": ENTRY_VERSION,
            "seq": seq + 1,
            "ts_utc": _now(),
            "kind": kind,
            "actor": self.actor,
            "payload": payload,
            "prev_hash": prev,
        }
        entry["entry_hash"] = entry_hash(entry)
        _write_all(self._fd, (canonical_json(entry) + "\n").encode("utf-8"))
        os.fdatasync(self._fd)  # data and size: what a reader needs
        if head_ok:
            head = {"seq": entry["seq"], "entry_hash": entry["entry_hash"]}
            write_head(self.head_path, head, sync=False)  # behind after a power cut: allowed
            self._known = (os.fstat(self._fd).st_size, entry["seq"], entry["entry_hash"])
        else:
            self._known = None  # keep re-checking: a frozen head stays frozen
        return entry

    # -- reading ---------------------------------------------------------------------
    def read_head(self) -> dict[str, Any] | None:
        return read_head(self.head_path)

    def entries(self) -> Iterator[tuple[int, dict[str, Any]]]:
        """(line number, entry) for every readable line, in file order."""
        if not self.path.exists():
            return
        with self.path.open("rb") as fh:
            for n, raw in enumerate(fh, 1):
                try:
                    entry = json.loads(raw)
                except ValueError:
                    continue
                if isinstance(entry, dict):
                    yield n, entry

    def close(self) -> None:
        with self._lock:
            for fd in (self._fd, self._lock_fd):
                if fd is not None:
                    os.close(fd)
            self._fd = self._lock_fd = None
            self._known = None
