"""Retrieval over the store: FTS5 (bm25) for words, trigram for ids/URLs/numbers, time filters."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, replace
from datetime import datetime

from autocapture.records import BBox, ts_ms

_LINE_COLUMNS = (
    "s.rowid, s.span_id, s.frame_id, s.text, s.text_sha256, s.x1, s.y1, s.x2, s.y2, s.conf,"
    " s.fg, s.bg, s.window_row, f.ts_utc, f.ts_ms, f.url, f.width, f.height,"
    " w.title AS window_title, w.app AS window_app, w.focused AS window_focused"
)
_LINE_FROM = (
    " FROM span s JOIN frame f ON f.frame_id = s.frame_id"
    " LEFT JOIN window w ON w.window_row = s.window_row"
)
_ID_LIKE = re.compile(r"[\d\-_./@:#]")
SPARSE_HITS = 50  # below this many whole-word hits, also look for the words inside compounds


@dataclass
class Line:
    """A line span with the frame and window facts needed to rank and cite it."""

    rowid: int
    span_id: str
    frame_id: str
    text: str
    text_sha256: str
    bbox: BBox
    conf: float
    fg: str | None
    bg: str | None
    window_row: int | None
    ts_utc: str
    ts_ms: int
    url: str | None
    window_title: str | None
    window_app: str | None
    window_focused: bool
    score: float = 0.0  # retrieval score, larger is better

    @classmethod
    def from_row(cls, row: sqlite3.Row, score: float = 0.0) -> Line:
        return cls(
            rowid=row["rowid"],
            span_id=row["span_id"],
            frame_id=row["frame_id"],
            text=row["text"],
            text_sha256=row["text_sha256"],
            bbox=(row["x1"], row["y1"], row["x2"], row["y2"]),
            conf=row["conf"],
            fg=row["fg"],
            bg=row["bg"],
            window_row=row["window_row"],
            ts_utc=row["ts_utc"],
            ts_ms=row["ts_ms"],
            url=row["url"],
            window_title=row["window_title"],
            window_app=row["window_app"],
            window_focused=bool(row["window_focused"]),
            score=score,
        )


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _time_clause(start: datetime | None, end: datetime | None) -> tuple[str, list]:
    sql, args = "", []
    if start is not None:
        sql += " AND f.ts_ms >= ?"
        args.append(ts_ms(start))
    if end is not None:
        sql += " AND f.ts_ms < ?"
        args.append(ts_ms(end))
    return sql, args


MAX_OCCURS_MEMO = 4096  # words remembered by occurs()


class Retriever:
    """Read-only queries; one instance per store connection."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self._occurs: dict[str, bool] = {}
        self._occurs_at: tuple = ()  # the frames (count, last rowid) the memo was made at

    def _ranked(
        self, table: str, match: str, start: datetime | None, end: datetime | None, limit: int
    ) -> list[Line]:
        """Best-ranked lines of one index. Ranking runs inside FTS5 first (cheap); only the
        top candidates are joined to frames and windows. A narrow time range that the top
        candidates miss falls back to filtering every match."""
        tsql, targs = _time_clause(start, end)
        pool = limit * 10
        rows = self.db.execute(
            f"WITH hits AS (SELECT rowid, bm25({table}) AS rank FROM {table}"
            f" WHERE {table} MATCH ? ORDER BY rank LIMIT ?)"
            f" SELECT {_LINE_COLUMNS}, hits.rank AS rank FROM hits"
            f" JOIN span s ON s.rowid = hits.rowid JOIN frame f ON f.frame_id = s.frame_id"
            f" LEFT JOIN window w ON w.window_row = s.window_row"
            f" WHERE 1=1{tsql} ORDER BY hits.rank LIMIT ?",
            [match, pool, *targs, limit],
        ).fetchall()
        if tsql and len(rows) < limit:
            saturated = (
                self.db.execute(
                    f"SELECT count(*) FROM (SELECT rowid FROM {table}"
                    f" WHERE {table} MATCH ? LIMIT ?)",
                    [match, pool],
                ).fetchone()[0]
                >= pool
            )
            if saturated:
                rows = self.db.execute(
                    f"SELECT {_LINE_COLUMNS}, bm25({table}) AS rank FROM {table}"
                    f" JOIN span s ON s.rowid = {table}.rowid"
                    f" JOIN frame f ON f.frame_id = s.frame_id"
                    f" LEFT JOIN window w ON w.window_row = s.window_row"
                    f" WHERE {table} MATCH ?{tsql} ORDER BY rank LIMIT ?",
                    [match, *targs, limit],
                ).fetchall()
        return [Line.from_row(r, score=-float(r["rank"])) for r in rows]

    def search(
        self,
        terms: list[str],
        start: datetime | None = None,
        end: datetime | None = None,
        limit: int = 200,
    ) -> list[Line]:
        """Lines matching any term, best bm25 first, plus substring hits for ids and compounds."""
        terms = [t for t in dict.fromkeys(t.strip() for t in terms) if t]
        if not terms:
            return []
        found: dict[int, Line] = {}
        for line in self._ranked(
            "span_fts", " OR ".join(_fts_phrase(t) for t in terms), start, end, limit
        ):
            found[line.rowid] = line
        # Substrings: ids, URLs and numbers always; words inside compounds (AssertionError for
        # "error") only when whole-word search found little, as common words match widely.
        sub = [t for t in terms if len(t) >= 3 and _ID_LIKE.search(t)]
        if len(found) < SPARSE_HITS:
            sub += [t for t in terms if len(t) >= 4 and t not in sub]
        if sub:
            match = " OR ".join(_fts_phrase(t) for t in sub)
            for line in self._ranked("span_trigram", match, start, end, limit):
                found.setdefault(line.rowid, line)
        return sorted(found.values(), key=lambda ln: -ln.score)

    def occurs(self, term: str) -> bool:
        """Whether TERM is anywhere in the store: a stored line (stemmed, as the index reads
        words) or a window title. Remembered until a frame is added (every question asks
        this of its words)."""
        frames = self.db.execute("SELECT COUNT(*), COALESCE(MAX(rowid), 0) FROM frame").fetchone()
        if tuple(frames) != self._occurs_at:
            self._occurs, self._occurs_at = {}, tuple(frames)
        if term not in self._occurs:
            if len(self._occurs) >= MAX_OCCURS_MEMO:
                self._occurs.clear()
            self._occurs[term] = self._occurs_uncached(term)
        return self._occurs[term]

    def _occurs_uncached(self, term: str) -> bool:
        if self.db.execute(
            "SELECT 1 FROM span_fts WHERE span_fts MATCH ? LIMIT 1", [_fts_phrase(term)]
        ).fetchone():
            return True
        like = "%" + term.replace("\\", "").replace("%", "").replace("_", "") + "%"
        return (
            self.db.execute("SELECT 1 FROM window WHERE title LIKE ? LIMIT 1", [like]).fetchone()
            is not None
        )

    def frames_lines(self, frame_ids: list[str]) -> dict[str, list[Line]]:
        """Line spans of many frames in one query, grouped by frame, in reading order."""
        out: dict[str, list[Line]] = {f: [] for f in frame_ids}
        for i in range(0, len(frame_ids), 500):
            chunk = frame_ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT {_LINE_COLUMNS}{_LINE_FROM} WHERE s.frame_id IN ({marks})"
                " AND s.kind = 'line' ORDER BY s.frame_id, s.seq",
                chunk,
            ).fetchall()
            for r in rows:
                out[r["frame_id"]].append(Line.from_row(r))
        return out

    def frame_lines(self, frame_id: str) -> list[Line]:
        rows = self.db.execute(
            f"SELECT {_LINE_COLUMNS}{_LINE_FROM} WHERE s.frame_id = ? AND s.kind = 'line'"
            " ORDER BY s.seq",
            (frame_id,),
        ).fetchall()
        return [Line.from_row(r) for r in rows]

    def recent_frames(
        self, start: datetime | None, end: datetime | None, limit: int = 20
    ) -> list[str]:
        tsql, targs = _time_clause(start, end)
        rows = self.db.execute(
            f"SELECT f.frame_id FROM frame f WHERE 1=1{tsql} ORDER BY f.ts_ms DESC LIMIT ?",
            [*targs, limit],
        ).fetchall()
        return [r[0] for r in rows]

    def count_frames(self, start: datetime | None, end: datetime | None) -> int:
        tsql, targs = _time_clause(start, end)
        return self.db.execute(f"SELECT count(*) FROM frame f WHERE 1=1{tsql}", targs).fetchone()[0]

    def words_of_line(self, line: Line) -> list[Line]:
        """The word spans of a line span, as Line records sharing the line's frame facts."""
        rows = self.db.execute(
            "SELECT rowid, span_id, text, text_sha256, x1, y1, x2, y2, conf, fg, bg FROM span"
            " WHERE line_span_id = ? AND kind = 'word' ORDER BY seq",
            (line.span_id,),
        ).fetchall()
        return [
            replace(
                line,
                rowid=r["rowid"],
                span_id=r["span_id"],
                text=r["text"],
                text_sha256=r["text_sha256"],
                bbox=(r["x1"], r["y1"], r["x2"], r["y2"]),
                conf=r["conf"],
                fg=r["fg"],
                bg=r["bg"],
            )
            for r in rows
        ]

    def span(self, span_id: str) -> sqlite3.Row | None:
        return self.db.execute(
            "SELECT s.*, f.ts_utc FROM span s JOIN frame f ON f.frame_id = s.frame_id"
            " WHERE s.span_id = ?",
            (span_id,),
        ).fetchone()

    def frame_windows(self, frame_id: str) -> list[sqlite3.Row]:
        return self.db.execute(
            "SELECT * FROM window WHERE frame_id = ? ORDER BY coalesce(z, window_row)", (frame_id,)
        ).fetchall()
