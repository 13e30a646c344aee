"""Measurements: percentiles, store sizes on disk, the library version in use, peak memory."""

from __future__ import annotations

import hashlib
import resource
import sqlite3
from pathlib import Path


def percentile(values: list[float], q: float) -> float:
    """Linearly interpolated percentile (q in 0..100); NaN for an empty list."""
    if not values:
        return float("nan")
    s = sorted(values)
    k = (len(s) - 1) * q / 100.0
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def fmt_ms(values: list[float]) -> str:
    return (
        f"p50 {percentile(values, 50):8.2f} ms  p95 {percentile(values, 95):8.2f} ms"
        f"  max {max(values) if values else float('nan'):8.2f} ms  n={len(values)}"
    )


def db_sizes(data_dir: Path) -> tuple[int, int, int]:
    """(autocapture.db bytes, -wal bytes, blob dir bytes)."""
    db = data_dir / "autocapture.db"
    wal = data_dir / "autocapture.db-wal"
    blobs = data_dir / "blobs"
    blob_bytes = (
        sum(p.stat().st_size for p in blobs.rglob("*") if p.is_file()) if blobs.exists() else 0
    )
    return (
        db.stat().st_size if db.exists() else 0,
        wal.stat().st_size if wal.exists() else 0,
        blob_bytes,
    )


def table_sizes(db: sqlite3.Connection) -> list[tuple[str, int]]:
    """Bytes per table/index via the dbstat virtual table, if this SQLite has it."""
    try:
        rows = db.execute(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"
        ).fetchall()
    except sqlite3.Error:
        return []
    return [(r[0], int(r[1])) for r in rows]


def library_fingerprint() -> str:
    """Short hash of the autocapture sources in use (other people edit them concurrently)."""
    import autocapture

    root = Path(autocapture.__file__).parent
    h = hashlib.sha256()
    for p in sorted(root.rglob("*.py")):
        h.update(str(p.relative_to(root)).encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:12]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
