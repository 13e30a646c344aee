"""The store: migrations once, one transaction per frame, idempotent writes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.records import FrameRecord, SpanRecord, WindowFact, make_frame_id, make_span_id
from autocapture.store import Store
from autocapture.store.migrations import MIGRATIONS


def make_record(n: int = 1, spans: int = 3) -> FrameRecord:
    ts = datetime(2026, 11, 23, 14, n, tzinfo=UTC)
    data = f"image-{n}".encode()
    import hashlib

    sha = hashlib.sha256(data).hexdigest()
    fid = make_frame_id(sha, ts, 0)
    return FrameRecord(
        frame_id=fid,
        ts_utc=ts,
        width=100,
        height=50,
        image_sha256=sha,
        image_bytes=data,
        mime="image/png",
        source="test",
        ocr_provider="fake",
        ocr_version="0",
        monitor_id=0,
        windows=[WindowFact(title="Win", rect=(0, 0, 100, 50), focused=True, z=0)],
        spans=[
            SpanRecord(
                make_span_id(fid, "line", i),
                "line",
                i,
                f"line {i} of frame {n}",
                (0, i * 10, 50, i * 10 + 9),
                0.9,
                window_index=0,
            )
            for i in range(spans)
        ],
    )


def test_migrations_recorded_once(tmp_path: Path) -> None:
    Store(tmp_path).close()
    s = Store(tmp_path)
    names = [r[0] for r in s.db.execute("SELECT name FROM _migrations ORDER BY rowid")]
    assert names == [m.__name__ for m in MIGRATIONS]
    assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_write_is_idempotent_and_blobs_shared(tmp_path: Path) -> None:
    s = Store(tmp_path)
    rec = make_record()
    assert s.write_frame(rec) is True
    assert s.write_frame(rec) is False
    assert s.frame_count() == 1
    assert s.check() == []
    assert len(list((tmp_path / "blobs").rglob("*.png"))) == 1


def test_failed_write_leaves_nothing(tmp_path: Path) -> None:
    s = Store(tmp_path)
    s.write_frame(make_record(1))
    bad = make_record(2)
    # Two spans with the same id: the second insert fails after rows were written.
    bad.spans.append(bad.spans[0])
    with pytest.raises(Exception, match="UNIQUE"):
        s.write_frame(bad)
    assert s.frame_count() == 1
    assert (
        s.db.execute("SELECT count(*) FROM span WHERE frame_id = ?", (bad.frame_id,)).fetchone()[0]
        == 0
    )
    assert s.db.execute("SELECT count(*) FROM window").fetchone()[0] == 1
    assert s.check() == []
    bad.spans.pop()
    assert s.write_frame(bad) is True
    assert s.check() == []


def test_fts_and_trigram_find_lines(tmp_path: Path) -> None:
    from autocapture.retrieve import Retriever

    s = Store(tmp_path)
    for n in range(3):
        s.write_frame(make_record(n))
    r = Retriever(s.db)
    hits = r.search(["frame"])
    assert len(hits) == 9
    assert {h.text for h in r.search(["of frame 2"])} >= {"line 0 of frame 2"}
    start = datetime(2026, 11, 23, 14, 1, tzinfo=UTC)
    assert {h.frame_id for h in r.search(["line"], start=start)} == {
        make_record(n).frame_id for n in (1, 2)
    }
