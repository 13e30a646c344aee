"""Check a whole audit chain and name the first bad entry: edited, deleted, inserted,
reordered or duplicated entries, a rewritten or truncated tail, an incomplete last line."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from autocapture.audit.chain import HEAD_FILE, LOG_FILE
from autocapture.audit.hashing import GENESIS, entry_hash
from autocapture.audit.head import read_head

FIELDS = {"seq": int, "ts_utc": str, "kind": str, "actor": str, "payload": dict}


@dataclass(frozen=True)
class Problem:
    entry: int  # the chain position that goes wrong (the seq a valid chain has there)
    line: int  # 1-based line of audit.jsonl
    # malformed, edited, rewritten, deleted, inserted, duplicated, reordered, torn, truncated, head
    kind: str
    detail: str

    def message(self) -> str:
        where = f"entry {self.entry} (line {self.line})"
        return f"audit chain broken at {where}: {self.kind}: {self.detail}"


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    entries: int  # entries checked and found valid before the first problem
    head: dict[str, Any] | None
    problem: Problem | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "entries": self.entries,
            "head": self.head,
            "problem": asdict(self.problem) if self.problem else None,
        }


@dataclass
class _Line:
    n: int
    entry: dict[str, Any] | None
    error: str | None
    self_ok: bool = False

    @property
    def seq(self) -> int:
        return self.entry["seq"] if self.entry else -1

    @property
    def hash(self) -> str:
        return self.entry["entry_hash"] if self.entry else ""

    @property
    def prev(self) -> str:
        return self.entry["prev_hash"] if self.entry else ""


def _parse(n: int, raw: bytes) -> _Line:
    try:
        entry = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        return _Line(n, None, f"not a JSON entry ({exc})")
    if not isinstance(entry, dict):
        return _Line(n, None, "not a JSON object")
    for key in ("prev_hash", "entry_hash"):
        if not isinstance(entry.get(key), str) or len(entry[key]) != 64:
            return _Line(n, None, f"missing or malformed {key}")
    for key, typ in FIELDS.items():
        value = entry.get(key)
        if not isinstance(value, typ) or isinstance(value, bool):
            return _Line(n, None, f"missing or malformed {key}")
    return _Line(n, entry, None, entry_hash(entry) == entry["entry_hash"])


def _anchored(lines: list[_Line], head: dict[str, Any] | None) -> set[int]:
    """Lines on the chain that ends at the head's entry (else the last valid line)."""
    by_hash: dict[str, _Line] = {}
    for ln in lines:
        if ln.self_ok:
            by_hash.setdefault(ln.hash, ln)
    start = by_hash.get(str((head or {}).get("entry_hash")))
    if start is None:
        start = next((ln for ln in reversed(lines) if ln.self_ok), None)
    out: set[int] = set()
    while start is not None and start.n not in out:
        out.add(start.n)
        start = by_hash.get(start.prev)
    return out


def _short(h: str) -> str:
    return h[:12]


def _walk(lines: list[_Line], head: dict[str, Any] | None) -> tuple[int, Problem | None]:
    by_hash: dict[str, int] = {GENESIS: 0}  # hash of an accepted entry -> its line (0: genesis)
    last_seq, last_hash = 0, GENESIS
    anchored: set[int] | None = None
    for i, ln in enumerate(lines):
        expected = last_seq + 1
        if ln.entry is None:
            return last_seq, Problem(expected, ln.n, "malformed", ln.error or "unreadable")
        if not ln.self_ok:
            return last_seq, Problem(
                expected,
                ln.n,
                "edited",
                f"its content hashes to {_short(entry_hash(ln.entry))}, "
                f"not to the recorded entry_hash {_short(ln.hash)}",
            )
        if ln.prev == last_hash:
            if ln.seq != expected:
                return last_seq, Problem(
                    expected, ln.n, "edited", f"records seq {ln.seq} after entry {last_seq}"
                )
            by_hash[ln.hash] = ln.n
            last_seq, last_hash = ln.seq, ln.hash
            continue
        if anchored is None:
            anchored = _anchored(lines, head)
        if ln.hash in by_hash:
            return last_seq, Problem(
                expected, ln.n, "duplicated", f"a copy of the entry at line {by_hash[ln.hash]}"
            )
        if ln.prev in by_hash:  # links to an earlier entry that already has a successor
            j = by_hash[ln.prev]
            if ln.n in anchored and (j + 1) not in anchored:
                span = f"line {j + 1}" if j + 1 == ln.n - 1 else f"lines {j + 1}-{ln.n - 1}"
                return j, Problem(
                    j + 1,
                    j + 1,
                    "inserted",
                    f"{span} not part of the chain: line {ln.n} links to "
                    + ("the chain's start" if j == 0 else f"entry {j} (line {j})"),
                )
            return last_seq, Problem(
                expected,
                ln.n,
                "inserted",
                f"links to entry {j}, which already has a successor at line {j + 1}",
            )
        if ln.seq > expected:
            later = next((x.n for x in lines[i + 1 :] if x.seq == expected), None)
            if later is not None:
                return last_seq, Problem(
                    expected,
                    ln.n,
                    "reordered",
                    f"line {ln.n} holds entry {ln.seq}; entry {expected} is at line {later}",
                )
            gone = f"entries {expected}-{ln.seq - 1}" if ln.seq > expected + 1 else ""
            gone = gone or f"entry {expected}"
            return last_seq, Problem(
                expected, ln.n, "deleted", f"{gone} missing before entry {ln.seq} (line {ln.n})"
            )
        if ln.seq < expected:
            return last_seq, Problem(
                expected, ln.n, "reordered", f"entry {ln.seq} appears after entry {last_seq}"
            )
        # The right seq but an unknown predecessor: one of the two was rewritten and re-hashed.
        if i == 0:
            return 0, Problem(1, ln.n, "edited", "the first entry does not start the chain")
        if ln.n in anchored and lines[i - 1].n not in anchored:
            return last_seq - 1, Problem(
                last_seq,
                lines[i - 1].n,
                "rewritten",
                f"line {ln.n} records hash {_short(ln.prev)} for it, "
                f"but it hashes to {_short(last_hash)}",
            )
        return last_seq, Problem(
            expected,
            ln.n,
            "rewritten",
            f"records previous hash {_short(ln.prev)}, entry {last_seq} hashes to "
            f"{_short(last_hash)}",
        )
    return last_seq, None


def _check_head(
    head: dict[str, Any] | None, head_exists: bool, lines: list[_Line], last_seq: int
) -> Problem | None:
    n = len(lines)
    if head is None:
        if not lines and not head_exists:
            return None
        what = "unreadable" if head_exists else "missing"
        return Problem(
            last_seq + 1, n + 1, "head", f"{HEAD_FILE} is {what}: a cut tail would go unseen"
        )
    hseq, hhash = head.get("seq"), head.get("entry_hash")
    if not isinstance(hseq, int) or hseq < 0:
        return Problem(last_seq + 1, n + 1, "head", f"{HEAD_FILE} has no valid seq")
    if hseq > last_seq:
        gone = f"entry {hseq}" if hseq == last_seq + 1 else f"entries {last_seq + 1}-{hseq}"
        return Problem(
            last_seq + 1,
            n + 1,
            "truncated",
            f"the head records {hseq} entries, the file ends at entry {last_seq}: {gone} removed",
        )
    have = GENESIS if hseq == 0 else lines[hseq - 1].hash
    if hhash != have:
        return Problem(
            hseq,
            hseq,
            "rewritten",
            f"the head records hash {_short(str(hhash))} for entry {hseq}, the file's entry "
            f"hashes to {_short(have)}: the tail from here was replaced",
        )
    broken = head.get("broken")
    if broken:
        reason = broken.get("reason") if isinstance(broken, dict) else broken
        return Problem(
            last_seq + 1, n + 1, "head", f"an append found the chain broken earlier: {reason}"
        )
    return None


def verify(directory: Path) -> VerifyResult:
    """Check every entry's hash and link, the torn tail, and the head sidecar."""
    path, head_path = directory / LOG_FILE, directory / HEAD_FILE
    raw = path.read_bytes() if path.exists() else b""
    head = read_head(head_path)
    *complete, torn = raw.split(b"\n")
    lines = [_parse(n, b) for n, b in enumerate(complete, 1)]
    good, problem = _walk(lines, head)
    if problem is None and torn:
        problem = Problem(
            good + 1,
            len(lines) + 1,
            "torn",
            f"the last line is incomplete ({len(torn)} bytes, no newline): a writer was "
            "interrupted, or the line was cut; the next append removes it and records a repair",
        )
    if problem is None:
        problem = _check_head(head, head_path.exists(), lines, good)
    return VerifyResult(problem is None, good, head, problem)
