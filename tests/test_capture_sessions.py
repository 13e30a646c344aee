"""Capture sessions: when capture ran, so "unchanged" and "not recording" differ."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from autocapture.bundle import CaptureRun, FrameSource, read_bundle, read_capture_runs
from autocapture.capture.bundle_writer import BundleWriter
from autocapture.errors import InputError
from autocapture.ingest import Ingestor
from autocapture.records import WindowFact
from autocapture.store import Store
from autocapture.store.migrations import apply_migrations
from autocapture.store.sessions import (
    Coverage,
    coverage_at,
    heartbeat,
    record_session,
    session_id_for,
)
from tests.conftest import render_lines, write_bundle

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def z(hm: str) -> str:
    """ "09:05" as a bundle time on the test day."""
    return f"2026-11-23T{hm}:00.000Z"


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def sessions(db: sqlite3.Connection) -> list[tuple[str, str | None]]:
    return [
        (r[0], r[1])
        for r in db.execute(
            "SELECT started_utc, ended_utc FROM capture_session ORDER BY started_ms"
        )
    ]


@pytest.fixture
def db(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = Store(tmp_path / "data")
    yield store.db
    store.close()


# -- store ---------------------------------------------------------------------------------


def test_migration_is_applied_once(tmp_path: Path) -> None:
    Store(tmp_path / "d").close()
    with Store(tmp_path / "d") as again:
        names = [r[0] for r in again.db.execute("SELECT name FROM _migrations")]
        assert names.count("m007_capture_session") == 1
        assert apply_migrations(again.db) == []
        cols = {r[1] for r in again.db.execute("PRAGMA table_info(capture_session)")}
        assert {"session_id", "source", "started_utc", "ended_utc"} <= cols


def test_upsert_is_idempotent_and_never_shortens(db: sqlite3.Connection) -> None:
    sid = record_session(db, "x11::1", at(0), at(30))
    assert record_session(db, "x11::1", at(0), at(30)) == sid
    assert record_session(db, "x11::1", at(0), at(10)) == sid  # shorter: ignored
    assert record_session(db, "x11::1", at(0), None) == sid  # unknown end: ignored
    assert sessions(db) == [("2026-11-23T09:00:00.000Z", "2026-11-23T09:30:00.000Z")]
    record_session(db, "x11::1", at(0), at(45))  # longer: extends
    assert sessions(db) == [("2026-11-23T09:00:00.000Z", "2026-11-23T09:45:00.000Z")]
    assert session_id_for("x11::1", at(0)) == sid
    assert record_session(db, "other", at(0), at(1)) != sid
    with pytest.raises(ValueError, match="before it starts"):
        record_session(db, "x11::1", at(5), at(4))
    with pytest.raises(ValueError, match="time zone"):
        record_session(db, "x11::1", datetime(2026, 11, 23, 9, 0), None)


def test_heartbeat_moves_the_end_forward_only(db: sqlite3.Connection) -> None:
    sid = record_session(db, "x11::1", at(0), None)
    assert heartbeat(db, sid, at(1))
    assert heartbeat(db, sid, at(2))
    assert not heartbeat(db, sid, at(1.5))
    assert not heartbeat(db, "cs_missing", at(3))
    assert sessions(db) == [("2026-11-23T09:00:00.000Z", "2026-11-23T09:02:00.000Z")]


def test_a_plain_connection_commits_each_write(tmp_path: Path) -> None:
    Store(tmp_path / "d").close()
    plain = sqlite3.connect(tmp_path / "d" / "autocapture.db")  # default isolation level
    record_session(plain, "s", at(0), at(1))
    plain.close()
    with Store(tmp_path / "d") as store:
        assert len(sessions(store.db)) == 1


def test_coverage_unknown_recording_not_recording(db: sqlite3.Connection) -> None:
    assert coverage_at(db, at(0)) == Coverage("unknown")
    a = record_session(db, "x11::1", at(0), at(31))  # 09:00-09:31
    record_session(db, "x11::1", at(120), at(150))  # 11:00-11:30
    inside = coverage_at(db, at(10))
    assert inside.recording and inside.session_id == a
    assert (inside.started_utc, inside.ended_utc) == (at(0), at(31))
    assert coverage_at(db, at(31)).recording
    assert coverage_at(db, at(31.5)).recording  # within the default tolerance (60 s)
    assert coverage_at(db, at(31.5), tolerance=timedelta(0)).state == "not_recording"
    gap = coverage_at(db, at(90))
    assert gap == Coverage("not_recording", ended_utc=at(31), next_started_utc=at(120))
    after = coverage_at(db, at(150 + 60))  # the question from the problem: after the end
    assert after == Coverage("not_recording", ended_utc=at(150), next_started_utc=None)
    before = coverage_at(db, at(-5))
    assert before == Coverage("not_recording", ended_utc=None, next_started_utc=at(0))
    assert coverage_at(db, at(-0.001)).state == "not_recording"  # no tolerance before a start


def test_a_session_without_an_end_counts_only_at_its_start(db: sqlite3.Connection) -> None:
    record_session(db, "bundle", at(0), None)
    assert coverage_at(db, at(0)).recording
    assert coverage_at(db, at(5)) == Coverage("not_recording", ended_utc=at(0))


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    runs=st.lists(
        st.tuples(st.integers(0, 10_000_000), st.integers(0, 5_000_000)), min_size=1, max_size=6
    ),
    probe=st.integers(-1_000_000, 20_000_000),
)
def test_coverage_matches_a_plain_interval_check(tmp_path_factory, runs, probe) -> None:  # type: ignore[no-untyped-def]
    """Random sessions (ms offsets), recorded twice and in pieces: coverage_at agrees with
    checking the intervals directly, and re-recording never changes a session."""
    store = Store(tmp_path_factory.mktemp("h"))
    db = store.db
    ms = timedelta(milliseconds=1)
    try:
        ends: dict[int, int] = {}
        for start, length in runs:
            t_start = T0 + start * ms
            sid = record_session(db, "h", t_start, t_start + (length // 2) * ms)
            heartbeat(db, sid, t_start + length * ms)
            record_session(db, "h", t_start, t_start + (length // 3) * ms)  # never shortens
            ends[start] = max(ends.get(start, 0), start + length)
        tol = 500
        got = coverage_at(db, T0 + probe * ms, tolerance=tol * ms)
        inside = any(s <= probe <= e + tol for s, e in ends.items())
        assert got.recording == inside
        if not inside:
            prior = [e for s, e in ends.items() if s <= probe]
            later = [s for s in ends if s > probe]
            assert got.ended_utc == (T0 + max(prior) * ms if prior else None)
            assert got.next_started_utc == (T0 + min(later) * ms if later else None)
        assert len(sessions(db)) == len(ends)
    finally:
        store.close()


# -- bundles -------------------------------------------------------------------------------


def _bundle(tmp_path: Path, manifest_extra: dict, n: int = 2) -> Path:
    b = tmp_path / "b"
    for i in range(n):
        render_lines(b / "images" / f"{i}.png", [(10, 10, f"frame {i}")], size=(200, 60))
    manifest = {"format": "autocapture.bundle.v1", "source": "test", **manifest_extra}
    rows = [{"image": f"images/{i}.png", "ts_utc": f"2026-11-23T09:0{i}:00Z"} for i in range(n)]
    return write_bundle(b, rows, manifest=manifest)


def test_ingest_records_the_session_once(tmp_path: Path, app, fake_ocr) -> None:  # type: ignore[no-untyped-def]
    b = _bundle(
        tmp_path, {"started_utc": "2026-11-23T09:00:00.000Z", "ended_utc": "2026-11-23T09:31:00Z"}
    )
    ingestor = Ingestor(app.config, app.store, fake_ocr)
    items = ingestor.plan([b])
    assert isinstance(items[-1], CaptureRun)  # after the bundle's frames
    report = ingestor.run(items)
    assert (report.added, report.sessions, report.failed) == (2, 1, [])
    again = ingestor.run(ingestor.plan([b]))
    assert (again.added, again.skipped, again.failed) == (0, 2, [])
    assert sessions(app.store.db) == [("2026-11-23T09:00:00.000Z", "2026-11-23T09:31:00.000Z")]
    assert coverage_at(app.store.db, at(20)).recording
    assert coverage_at(app.store.db, at(150)).state == "not_recording"


def test_ingest_without_an_end_records_nothing(tmp_path: Path, app, fake_ocr) -> None:  # type: ignore[no-untyped-def]
    b = _bundle(
        tmp_path, {"created_utc": "2026-11-23T09:00:00Z", "started_utc": "2026-11-23T09:00:00Z"}
    )
    ingestor = Ingestor(app.config, app.store, fake_ocr)
    report = ingestor.run(ingestor.plan([b]))
    assert (report.added, report.sessions, report.failed) == (2, 0, [])
    assert coverage_at(app.store.db, at(150)) == Coverage("unknown")


def test_created_utc_stands_in_for_a_missing_start(tmp_path: Path) -> None:
    b = _bundle(
        tmp_path, {"created_utc": "2026-11-23T09:00:00+00:00", "ended_utc": "2026-11-23T09:05Z"}
    )
    (run,) = read_capture_runs(b)
    assert (run.source, run.started_utc, run.ended_utc) == ("test", at(0), at(5))


def test_malformed_end_is_reported_and_frames_still_ingest(tmp_path: Path, app, fake_ocr) -> None:  # type: ignore[no-untyped-def]
    b = _bundle(tmp_path, {"started_utc": "2026-11-23T09:00:00Z", "ended_utc": "half past nine"})
    items = list(read_bundle(b))
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(errors) == 1 and len([i for i in items if isinstance(i, FrameSource)]) == 2
    assert errors[0].origin == str(b / "bundle.json")
    assert "'ended_utc'" in errors[0].reason and "half past nine" in errors[0].reason
    ingestor = Ingestor(app.config, app.store, fake_ocr)
    report = ingestor.run(ingestor.plan([b]))
    assert report.added == 2 and report.sessions == 0
    assert [(Path(f.origin).name, "'ended_utc'" in f.reason) for f in report.failed] == [
        ("bundle.json", True)
    ]
    assert coverage_at(app.store.db, at(1)) == Coverage("unknown")


@pytest.mark.parametrize(
    ("extra", "field", "says"),
    [
        ({"started_utc": "2026-11-23T09:00:00", "ended_utc": z("09:05")}, "started_utc", "zone"),
        ({"started_utc": z("09:00"), "ended_utc": 1763888400}, "ended_utc", "int"),
        ({"started_utc": z("09:10"), "ended_utc": z("09:05")}, "ended_utc", "before"),
        ({"created_utc": "soon", "ended_utc": z("09:05")}, "created_utc", "ISO 8601"),
        ({"runs": [{"started_utc": z("09:00"), "ended_utc": "x"}]}, "runs.0.ended_utc", "ISO"),
        ({"runs": "all day"}, "runs", "list"),
    ],
)  # fmt: skip
def test_each_bad_time_field_is_named(tmp_path: Path, extra: dict, field: str, says: str) -> None:
    b = _bundle(tmp_path, extra, n=1)
    items = list(read_bundle(b))
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(errors) == 1, errors
    assert f"field '{field}'" in errors[0].reason and says in errors[0].reason
    assert isinstance(items[-1], FrameSource)
    assert read_capture_runs(b) == []


def test_created_utc_is_not_checked_when_not_used(tmp_path: Path) -> None:
    """Existing bundles carry all sorts of created_utc; only a missing start makes it matter."""
    b = _bundle(tmp_path, {"created_utc": "whenever"}, n=1)
    assert all(isinstance(i, FrameSource) for i in read_bundle(b))


def test_runs_are_recorded_each_and_the_gap_is_not(tmp_path: Path, app, fake_ocr) -> None:  # type: ignore[no-untyped-def]
    b = _bundle(
        tmp_path,
        {
            "started_utc": "2026-11-23T09:00:00.000Z",
            "ended_utc": "2026-11-23T11:30:00.000Z",
            "runs": [
                {"started_utc": z("09:00"), "ended_utc": z("09:31")},
                {"started_utc": z("11:00"), "ended_utc": z("11:30")},
            ],
        },
    )  # fmt: skip
    ingestor = Ingestor(app.config, app.store, fake_ocr)
    assert ingestor.run(ingestor.plan([b])).sessions == 2
    assert coverage_at(app.store.db, at(90)).state == "not_recording"
    assert coverage_at(app.store.db, at(125)).recording


# -- writers -------------------------------------------------------------------------------


def _manifest(root: Path) -> dict:
    return json.loads((root / "bundle.json").read_text())


def test_bundle_writer_writes_start_and_end(tmp_path: Path) -> None:
    root = tmp_path / "w"
    w = BundleWriter(root, "x11:test", started=at(0))
    meta = _manifest(root)
    assert list(meta) == ["format", "source", "created_utc", "started_utc"]
    assert meta["started_utc"] == "2026-11-23T09:00:00.000Z"
    win = [WindowFact("Editor", (0, 0, 100, 50), focused=True)]
    w.write(b"not really a png", at(1), win, (0, 0, 100, 50))
    assert _manifest(root)["ended_utc"] == "2026-11-23T09:01:00.000Z"  # a killed run's end
    w.heartbeat(at(2))  # unchanged screen; not due for a rewrite yet
    w.close(at(3))
    meta = _manifest(root)
    assert list(meta) == ["format", "source", "created_utc", "started_utc", "ended_utc"]
    assert meta["ended_utc"] == "2026-11-23T09:03:00.000Z"
    assert not (root / "bundle.json.tmp").exists()
    (run,) = read_capture_runs(root)
    assert (run.started_utc, run.ended_utc) == (at(0), at(3))


def test_bundle_writer_checkpoints_a_long_run(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from autocapture.capture import bundle_writer

    monkeypatch.setattr(bundle_writer, "CHECKPOINT_SECONDS", 0.0)
    root = tmp_path / "w"
    w = BundleWriter(root, "x11:test", started=at(0))
    for minute in range(1, 5):
        w.heartbeat(at(minute))
    assert _manifest(root)["ended_utc"] == "2026-11-23T09:04:00.000Z"
    w.heartbeat(at(2))  # never backwards
    assert _manifest(root)["ended_utc"] == "2026-11-23T09:04:00.000Z"


def test_a_paused_or_continued_bundle_lists_its_runs(tmp_path: Path) -> None:
    root = tmp_path / "w"
    w = BundleWriter(root, "x11:test", started=at(0))
    w.heartbeat(at(31))
    w.close_run(None)  # paused: ends at its last heartbeat
    w.start_run(at(60))
    w.heartbeat(at(70))
    w.close(at(75))
    again = BundleWriter(root, "x11:test", started=at(120))  # a later run continues it
    again.close(at(150))
    meta = _manifest(root)
    assert (meta["started_utc"], meta["ended_utc"]) == (
        "2026-11-23T09:00:00.000Z",
        "2026-11-23T11:30:00.000Z",
    )
    spans = [(r.started_utc, r.ended_utc) for r in read_capture_runs(root)]
    assert spans == [(at(0), at(31)), (at(60), at(75)), (at(120), at(150))]


def test_a_run_killed_before_any_frame_records_nothing(tmp_path: Path) -> None:
    root = tmp_path / "w"
    BundleWriter(root, "x11:test", started=at(0))  # never closed, no frame, no heartbeat
    assert "ended_utc" not in _manifest(root)
    assert read_capture_runs(root) == []


def test_the_agent_heartbeats_and_a_pause_ends_its_session(tmp_path: Path) -> None:
    """Without an X server: the agent's bookkeeping per grab (changed or unchanged) and pause."""
    from types import SimpleNamespace

    from autocapture.capture.agent import CaptureAgent, CaptureOptions

    store = Store(tmp_path / "data")
    try:
        agent = CaptureAgent.__new__(CaptureAgent)
        agent.app = SimpleNamespace(store=store)
        agent.opts = CaptureOptions(display=":7", bundle=tmp_path / "b")
        agent.source = "x11::7"
        agent.writer = BundleWriter(tmp_path / "b", agent.source, started=at(0))
        agent._session_id, agent._last_ts, agent._writer_run_open = None, None, True
        for minute in (0, 1, 2):  # grabs: the screen may or may not have changed
            agent._ran(at(minute))
        agent._halted()  # paused
        agent._halted()
        agent._ran(at(10))
        agent._ran(at(12))
        agent.writer.close(agent._last_ts)
        assert sessions(store.db) == [
            ("2026-11-23T09:00:00.000Z", "2026-11-23T09:02:00.000Z"),
            ("2026-11-23T09:10:00.000Z", "2026-11-23T09:12:00.000Z"),
        ]
        assert coverage_at(store.db, at(6), tolerance=timedelta(0)).state == "not_recording"
        runs = [(r.started_utc, r.ended_utc) for r in read_capture_runs(tmp_path / "b")]
        assert runs == [(at(0), at(2)), (at(10), at(12))]
    finally:
        store.close()


def test_backfill_adds_first_and_last_frame_times_once(tmp_path: Path) -> None:
    from scripts.backfill_bundle_end import main

    b = _bundle(tmp_path, {"created_utc": "2026-11-23T08:59:00+00:00"}, n=3)
    before = list(_manifest(b))
    assert main(["--check", str(b / "bundle.json")]) == 1
    assert main([str(b)]) == 0
    meta = _manifest(b)
    assert list(meta) == [*before, "started_utc", "ended_utc"]
    assert (meta["started_utc"], meta["ended_utc"]) == (z("09:00"), z("09:02"))
    text = (b / "bundle.json").read_text()
    assert main([str(b)]) == 0 and (b / "bundle.json").read_text() == text
    assert main(["--check", str(b)]) == 0
