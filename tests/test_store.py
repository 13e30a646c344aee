"""The store: migrations once, one transaction per frame, idempotent writes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.records import FrameRecord
from autocapture.store import Store
from autocapture.store.migrations import MIGRATIONS
from tests.conftest import synthetic_frame


def make_record(n: int = 1, spans: int = 3) -> FrameRecord:
    """Frame n at 09:0n with lines 'line i of frame n'."""
    return synthetic_frame(n, [f"line {i} of frame {n}" for i in range(spans)])


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
    start = datetime(2026, 11, 23, 9, 1, tzinfo=UTC)
    assert {h.frame_id for h in r.search(["line"], start=start)} == {
        make_record(n).frame_id for n in (1, 2)
    }
