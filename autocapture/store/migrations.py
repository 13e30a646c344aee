"""Schema migrations: an ordered list of small named functions, each applied once."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[Migration] = []


def migration(fn: Migration) -> Migration:
    MIGRATIONS.append(fn)
    return fn


def _script(db: sqlite3.Connection, sql: str) -> None:
    """Run statements one by one: executescript() would commit our transaction midway."""
    for stmt in sql.split(";"):
        if stmt.strip():
            db.execute(stmt)


@migration
def m001_frames_windows_spans(db: sqlite3.Connection) -> None:
    _script(
        db,
        """
        CREATE TABLE blob (
            sha256 TEXT PRIMARY KEY,
            relpath TEXT NOT NULL,
            bytes INTEGER NOT NULL,
            mime TEXT NOT NULL,
            width INTEGER NOT NULL,
            height INTEGER NOT NULL
        );
        CREATE TABLE frame (
            frame_id TEXT PRIMARY KEY,
            ts_utc TEXT NOT NULL,
            ts_ms INTEGER NOT NULL,
            monitor_id INTEGER,
            monitor_rect TEXT,
            width INTEGER NOT NULL,
            height INTEGER NOT NULL,
            image_sha256 TEXT NOT NULL REFERENCES blob(sha256),
            url TEXT,
            source TEXT NOT NULL,
            ocr_provider TEXT NOT NULL,
            ocr_version TEXT NOT NULL,
            span_count INTEGER NOT NULL,
            ingested_utc TEXT NOT NULL
        );
        CREATE INDEX frame_ts ON frame(ts_ms);
        CREATE TABLE window (
            window_row INTEGER PRIMARY KEY,
            frame_id TEXT NOT NULL REFERENCES frame(frame_id) ON DELETE CASCADE,
            window_id TEXT,
            title TEXT NOT NULL DEFAULT '',
            app TEXT,
            pid INTEGER,
            x1 INTEGER NOT NULL, y1 INTEGER NOT NULL, x2 INTEGER NOT NULL, y2 INTEGER NOT NULL,
            focused INTEGER NOT NULL DEFAULT 0,
            z INTEGER
        );
        CREATE INDEX window_frame ON window(frame_id);
        CREATE TABLE span (
            rowid INTEGER PRIMARY KEY,
            span_id TEXT NOT NULL UNIQUE,
            frame_id TEXT NOT NULL REFERENCES frame(frame_id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('line', 'word')),
            line_span_id TEXT,
            seq INTEGER NOT NULL,
            text TEXT NOT NULL,
            text_sha256 TEXT NOT NULL,
            x1 INTEGER NOT NULL, y1 INTEGER NOT NULL, x2 INTEGER NOT NULL, y2 INTEGER NOT NULL,
            conf REAL NOT NULL,
            fg TEXT,
            bg TEXT,
            window_row INTEGER REFERENCES window(window_row),
            ui_node_id TEXT,
            provider TEXT NOT NULL,
            provider_version TEXT NOT NULL
        );
        CREATE INDEX span_frame ON span(frame_id, kind, seq);
        CREATE INDEX span_line ON span(line_span_id);
        """,
    )


@migration
def m002_text_indexes(db: sqlite3.Connection) -> None:
    # External-content FTS tables: only line spans are inserted, by the same transaction
    # that writes the frame, so the index can never hold half a frame.
    _script(
        db,
        """
        CREATE VIRTUAL TABLE span_fts USING fts5(
            text, content='span', content_rowid='rowid',
            tokenize='porter unicode61 remove_diacritics 2'
        );
        CREATE VIRTUAL TABLE span_trigram USING fts5(
            text, content='span', content_rowid='rowid', tokenize='trigram'
        );
        """,
    )


@migration
def m003_capture_provenance(db: sqlite3.Connection) -> None:
    # Live capture OCRs only what changed: record how many pixels were OCR'd per frame, and
    # for spans carried forward unchanged, the span they were carried from.
    _script(
        db,
        """
        ALTER TABLE frame ADD COLUMN ocr_pixels INTEGER;
        ALTER TABLE span ADD COLUMN carried_from TEXT
        """,
    )


@migration
def m004_ui_graph(db: sqlite3.Connection) -> None:
    # The UI graph (screen.parse.v1): one row per parsed frame, one per node. Nodes are derived
    # from spans and windows only, so `autocapture reparse` can rebuild them without OCR.
    _script(
        db,
        """
        CREATE TABLE ui_graph (
            frame_id TEXT PRIMARY KEY REFERENCES frame(frame_id) ON DELETE CASCADE,
            schema TEXT NOT NULL,
            parser TEXT NOT NULL,
            node_count INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            built_utc TEXT NOT NULL
        );
        CREATE TABLE ui_node (
            rowid INTEGER PRIMARY KEY,
            node_id TEXT NOT NULL UNIQUE,
            frame_id TEXT NOT NULL REFERENCES frame(frame_id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL,
            parent_id TEXT,
            window_row INTEGER REFERENCES window(window_row),
            x1 INTEGER NOT NULL, y1 INTEGER NOT NULL, x2 INTEGER NOT NULL, y2 INTEGER NOT NULL,
            text TEXT NOT NULL,
            text_sha256 TEXT NOT NULL,
            span_ids TEXT NOT NULL,
            attrs TEXT NOT NULL
        );
        CREATE INDEX ui_node_frame ON ui_node(frame_id, seq);
        CREATE INDEX ui_node_kind ON ui_node(kind, frame_id);
        """,
    )


@migration
def m005_span_weight(db: sqlite3.Connection) -> None:
    # Stroke weight of each span's text (stroke width / line height, measured from the pixels
    # at ingest) so the UI graph can tell bold words; NULL for spans stored before this.
    _script(db, "ALTER TABLE span ADD COLUMN weight REAL")


@migration
def m006_span_mark(db: sqlite3.Connection) -> None:
    # A checkbox or radio button drawn beside a span's text (autocapture.checkbox, read from
    # the pixels at ingest) and its box as JSON [x1, y1, x2, y2], so the form graph can say
    # whether a drawn box was ticked; NULL for spans stored before this ('' : none there).
    _script(
        db,
        """
        ALTER TABLE span ADD COLUMN mark TEXT;
        ALTER TABLE span ADD COLUMN mark_bbox TEXT
        """,
    )


@migration
def m007_capture_session(db: sqlite3.Connection) -> None:
    # When capture was running (autocapture/store/sessions.py): frames are stored only when the
    # screen changes, so without this "nothing changed" and "not recording" look the same.
    # ended_utc is NULL while only the start is known; the *_ms columns are for comparisons.
    _script(
        db,
        """
        CREATE TABLE capture_session (
            session_id TEXT PRIMARY KEY,
            source TEXT,
            started_utc TEXT NOT NULL,
            started_ms INTEGER NOT NULL,
            ended_utc TEXT,
            ended_ms INTEGER,
            CHECK (ended_ms IS NULL OR ended_ms >= started_ms)
        );
        CREATE INDEX capture_session_start ON capture_session(started_ms);
        CREATE INDEX capture_session_end ON capture_session(ended_ms)
        """,
    )


def apply_migrations(db: sqlite3.Connection) -> list[str]:
    """Apply pending migrations in order, each in its own transaction; return their names."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_utc TEXT NOT NULL)"
    )
    done = {row[0] for row in db.execute("SELECT name FROM _migrations")}
    applied = []
    for fn in MIGRATIONS:
        if fn.__name__ in done:
            continue
        db.execute("BEGIN IMMEDIATE")
        try:
            # Re-check under the write lock: another process may have just applied it.
            if db.execute("SELECT 1 FROM _migrations WHERE name = ?", (fn.__name__,)).fetchone():
                db.execute("ROLLBACK")
                continue
            fn(db)
            db.execute(
                "INSERT INTO _migrations (name, applied_utc) VALUES (?, ?)",
                (fn.__name__, datetime.now(UTC).isoformat()),
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        applied.append(fn.__name__)
    return applied
