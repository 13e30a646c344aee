"""The store: one SQLite database in WAL mode plus a blob directory."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from autocapture.records import FrameRecord, format_ts, ts_ms
from autocapture.store.blobs import BlobStore
from autocapture.store.graphs import graph_problems, write_graph
from autocapture.store.migrations import apply_migrations

EXT_BY_MIME = {"image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp"}


class Store:
    """Owns the connection; every frame is written in exactly one transaction."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        data_dir.mkdir(parents=True, exist_ok=True)
        self.blobs = BlobStore(data_dir / "blobs")
        self.db = sqlite3.connect(
            data_dir / "autocapture.db", isolation_level=None, check_same_thread=False
        )
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA busy_timeout = 10000")
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.execute("PRAGMA foreign_keys = ON")
        apply_migrations(self.db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def has_frame(self, frame_id: str) -> bool:
        row = self.db.execute("SELECT 1 FROM frame WHERE frame_id = ?", (frame_id,)).fetchone()
        return row is not None

    def frame_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM frame").fetchone()[0]

    def write_frame(self, rec: FrameRecord) -> bool:
        """Store the blob, then the frame with its windows, spans and index rows atomically.

        Returns False when the frame was already stored. The blob is written first: a kill
        between the two leaves an unreferenced blob, never a frame without its image.
        """
        ext = EXT_BY_MIME.get(rec.mime, ".bin")
        relpath = self.blobs.put(rec.image_sha256, rec.image_bytes, ext)
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            if self.has_frame(rec.frame_id):
                db.execute("ROLLBACK")
                return False
            db.execute(
                "INSERT OR IGNORE INTO blob (sha256, relpath, bytes, mime, width, height)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (rec.image_sha256, relpath, len(rec.image_bytes), rec.mime, rec.width, rec.height),
            )
            db.execute(
                "INSERT INTO frame (frame_id, ts_utc, ts_ms, monitor_id, monitor_rect, width,"
                " height, image_sha256, url, source, ocr_provider, ocr_version, span_count,"
                " ingested_utc, ocr_pixels) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    rec.frame_id,
                    format_ts(rec.ts_utc),
                    ts_ms(rec.ts_utc),
                    rec.monitor_id,
                    json.dumps(list(rec.monitor_rect)) if rec.monitor_rect else None,
                    rec.width,
                    rec.height,
                    rec.image_sha256,
                    rec.url,
                    rec.source,
                    rec.ocr_provider,
                    rec.ocr_version,
                    len(rec.spans),
                    datetime.now(UTC).isoformat(),
                    rec.ocr_pixels if rec.ocr_pixels is not None else rec.width * rec.height,
                ),
            )
            window_rows: list[int] = []
            for w in rec.windows:
                cur = db.execute(
                    "INSERT INTO window (frame_id, window_id, title, app, pid, x1, y1, x2, y2,"
                    " focused, z) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        rec.frame_id,
                        w.window_id,
                        w.title,
                        w.app,
                        w.pid,
                        *w.rect,
                        int(w.focused),
                        w.z,
                    ),
                )
                window_rows.append(int(cur.lastrowid or 0))
            db.executemany(
                "INSERT INTO span (span_id, frame_id, kind, line_span_id, seq, text,"
                " text_sha256, x1, y1, x2, y2, conf, fg, bg, window_row, provider,"
                " provider_version, carried_from, weight, mark, mark_bbox)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        s.span_id,
                        rec.frame_id,
                        s.kind,
                        s.line_span_id,
                        s.seq,
                        s.text,
                        s.text_sha256,
                        *s.bbox,
                        s.conf,
                        s.fg,
                        s.bg,
                        window_rows[s.window_index] if s.window_index is not None else None,
                        rec.ocr_provider,
                        rec.ocr_version,
                        s.carried_from,
                        s.weight,
                        s.mark,
                        json.dumps(list(s.mark_bbox)) if s.mark_bbox else None,
                    )
                    for s in rec.spans
                ],
            )
            write_graph(db, rec, window_rows)
            # Both text indexes take the frame's line spans, in the same transaction.
            for table in ("span_fts", "span_trigram"):
                db.execute(
                    f"INSERT INTO {table} (rowid, text) SELECT rowid, text FROM span"
                    " WHERE frame_id = ? AND kind = 'line'",
                    (rec.frame_id,),
                )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return True

    def frame_pixels(self, frame_id: str):  # type: ignore[no-untyped-def]
        """The frame's image as an RGB array (for reading colours at query time), or None."""
        import io

        import numpy as np
        from PIL import Image

        row = self.db.execute(
            "SELECT b.relpath FROM frame f JOIN blob b ON b.sha256 = f.image_sha256"
            " WHERE f.frame_id = ?",
            (frame_id,),
        ).fetchone()
        if row is None:
            return None
        try:
            with Image.open(io.BytesIO(self.blobs.read(row[0]))) as img:
                return np.asarray(img.convert("RGB"))
        except (OSError, ValueError):
            return None

    def check(self) -> list[str]:
        """Consistency problems, empty when the store is whole (used after crashes and in tests)."""
        problems = []
        ok = self.db.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            problems.append(f"integrity_check: {ok}")
        for row in self.db.execute(
            "SELECT f.frame_id, f.span_count, (SELECT count(*) FROM span s"
            " WHERE s.frame_id = f.frame_id) AS n FROM frame f WHERE f.span_count != n"
        ):
            problems.append(f"frame {row[0]} expects {row[1]} spans, has {row[2]}")
        for row in self.db.execute(
            "SELECT f.frame_id, b.relpath FROM frame f LEFT JOIN blob b"
            " ON b.sha256 = f.image_sha256"
        ):
            if row[1] is None or not self.blobs.path(row[1]).exists():
                problems.append(f"frame {row[0]} has no image blob")
        lines = self.db.execute("SELECT count(*) FROM span WHERE kind = 'line'").fetchone()[0]
        fts = self.db.execute("SELECT count(*) FROM span_fts_docsize").fetchone()[0]
        if lines != fts:
            problems.append(f"{lines} line spans but {fts} full-text rows")
        problems.extend(graph_problems(self.db))
        return problems


def open_store(data_dir: Path | str) -> Store:
    return Store(Path(data_dir))
