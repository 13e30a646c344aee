"""Capture sessions: when capture was running, so "the screen did not change" can be told
apart from "nothing was being recorded".

Frames are stored only when the screen changes. A session says capture ran from
``started_utc`` to ``ended_utc`` (the live agent moves the end forward with a heartbeat every
tick; a bundle states it in ``bundle.json``). ``coverage_at`` answers whether a moment lies
inside a session. A store without any session (an old store, plain image imports) answers
``unknown`` and callers keep their previous behaviour.

Every write is one SQL statement (atomic on its own), committed at once unless the caller
already holds a transaction, so a kill at any moment leaves either the old or the new row.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

from autocapture.records import format_ts

# How long after a session's last known end a moment still counts as recorded: covers the gap
# between two heartbeats of a running agent ([capture] interval, 2 s by default) and the
# second-or-minute resolution of questions ("at 11:30").
DEFAULT_TOLERANCE = timedelta(seconds=60)

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MS = timedelta(milliseconds=1)

CoverageState = Literal["unknown", "recording", "not_recording"]


@dataclass(frozen=True)
class Coverage:
    """Whether capture was running at a moment.

    - ``unknown``: no session is recorded at all; nothing can be said (keep old behaviour).
    - ``recording``: the moment lies in session ``session_id`` (``started_utc`` to
      ``ended_utc``, plus the tolerance after its end), so the latest frame at or before it
      shows the screen then.
    - ``not_recording``: capture was not running. ``ended_utc`` is the end of the latest
      session that ended before the moment (None when the moment precedes every session);
      ``next_started_utc`` the start of the next session after it, if any.
    """

    state: CoverageState
    session_id: str | None = None
    started_utc: datetime | None = None
    ended_utc: datetime | None = None
    next_started_utc: datetime | None = None

    @property
    def recording(self) -> bool:
        return self.state == "recording"


def _ms(ts: datetime) -> int:
    if ts.tzinfo is None:
        raise ValueError(f"capture session times must carry a time zone: {ts.isoformat()}")
    return (ts - _EPOCH) // _MS


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def session_id_for(source: str | None, started_utc: datetime) -> str:
    """A stable id from where and when capture started: recording the same run twice (a bundle
    ingested again, an agent restarting its bookkeeping) updates one row."""
    key = f"{source or ''}\n{format_ts(started_utc)}"
    return "cs_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def _write(db: sqlite3.Connection, sql: str, params: tuple[object, ...]) -> int:
    outer = db.in_transaction
    cur = db.execute(sql, params)
    if not outer and db.in_transaction:  # a connection opened without autocommit
        db.commit()
    return cur.rowcount


def record_session(
    db: sqlite3.Connection,
    source: str | None,
    started_utc: datetime,
    ended_utc: datetime | None,
) -> str:
    """Record that capture from ``source`` ran from ``started_utc`` to ``ended_utc`` (None:
    only the start is known) and return the session id.

    Idempotent: the id comes from ``(source, started_utc)``; recording it again keeps the
    later of the stored and the given end, so a session is extended, never shortened.
    Times must be time-zone aware; they are stored in UTC at millisecond precision.
    """
    start_ms = _ms(started_utc)
    end_ms = _ms(ended_utc) if ended_utc is not None else None
    if end_ms is not None and end_ms < start_ms:
        raise ValueError(
            f"capture session ends ({format_ts(ended_utc)}) before it starts"  # type: ignore[arg-type]
            f" ({format_ts(started_utc)})"
        )
    sid = session_id_for(source, started_utc)
    _write(
        db,
        "INSERT INTO capture_session (session_id, source, started_utc, started_ms, ended_utc,"
        " ended_ms) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(session_id) DO UPDATE SET"
        "  ended_utc = excluded.ended_utc, ended_ms = excluded.ended_ms"
        " WHERE excluded.ended_ms IS NOT NULL"
        "  AND (capture_session.ended_ms IS NULL OR excluded.ended_ms > capture_session.ended_ms)",
        (
            sid,
            source,
            format_ts(started_utc),
            start_ms,
            format_ts(ended_utc) if ended_utc is not None else None,
            end_ms,
        ),
    )
    return sid


def heartbeat(db: sqlite3.Connection, session_id: str, ts_utc: datetime) -> bool:
    """Capture was still running at ``ts_utc``: move the session's end forward to it (one
    UPDATE; an earlier time changes nothing). Returns whether the end moved."""
    ms = _ms(ts_utc)
    n = _write(
        db,
        "UPDATE capture_session SET ended_utc = ?, ended_ms = ? WHERE session_id = ?"
        " AND started_ms <= ? AND (ended_ms IS NULL OR ended_ms < ?)",
        (format_ts(ts_utc), ms, session_id, ms, ms),
    )
    return n > 0


def has_sessions(db: sqlite3.Connection) -> bool:
    return db.execute("SELECT 1 FROM capture_session LIMIT 1").fetchone() is not None


def coverage_at(
    db: sqlite3.Connection, at: datetime, *, tolerance: timedelta = DEFAULT_TOLERANCE
) -> Coverage:
    """Was capture running at ``at`` (time-zone aware)? See ``Coverage``.

    A session whose end is not known yet (NULL) counts only at its start: it has no
    heartbeat to show it kept running. Overlapping sessions (a live agent and an ingested
    bundle of the same run) simply both count.
    """
    if not has_sessions(db):
        return Coverage("unknown")
    at_ms = _ms(at)
    tol_ms = max(0, tolerance // _MS)
    row = db.execute(
        "SELECT session_id, started_utc, coalesce(ended_utc, started_utc) FROM capture_session"
        " WHERE started_ms <= ? AND coalesce(ended_ms, started_ms) + ? >= ?"
        " ORDER BY coalesce(ended_ms, started_ms) DESC, started_ms DESC LIMIT 1",
        (at_ms, tol_ms, at_ms),
    ).fetchone()
    if row is not None:
        return Coverage("recording", row[0], _parse(row[1]), _parse(row[2]))
    before = db.execute(
        "SELECT coalesce(ended_utc, started_utc) FROM capture_session WHERE started_ms <= ?"
        " ORDER BY coalesce(ended_ms, started_ms) DESC LIMIT 1",
        (at_ms,),
    ).fetchone()
    after = db.execute(
        "SELECT started_utc FROM capture_session WHERE started_ms > ? ORDER BY started_ms LIMIT 1",
        (at_ms,),
    ).fetchone()
    return Coverage(
        "not_recording",
        ended_utc=_parse(before[0]) if before else None,
        next_started_utc=_parse(after[0]) if after else None,
    )
