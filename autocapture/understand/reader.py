"""Reading UI nodes back for answering, with their frame time and window facts."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from autocapture.records import BBox, ts_ms
from autocapture.retrieve import Line


@dataclass
class NodeRow:
    node_id: str
    frame_id: str
    ts_utc: str
    ts_ms: int
    kind: str
    bbox: BBox
    text: str
    text_sha256: str
    span_ids: list[str]
    attrs: dict[str, Any]
    parent_id: str | None
    window_row: int | None
    window_title: str | None
    window_app: str | None
    window_focused: bool

    def as_line(self) -> Line:
        """The node as citable evidence (its id stands where a span id would)."""
        return Line(
            rowid=-1,
            span_id=self.node_id,
            frame_id=self.frame_id,
            text=self.text,
            text_sha256=self.text_sha256,
            bbox=self.bbox,
            conf=1.0,
            fg=None,
            bg=None,
            window_row=self.window_row,
            ts_utc=self.ts_utc,
            ts_ms=self.ts_ms,
            url=None,
            window_title=self.window_title,
            window_app=self.window_app,
            window_focused=self.window_focused,
        )


_SELECT = (
    "SELECT n.node_id, n.frame_id, f.ts_utc, f.ts_ms, n.kind, n.x1, n.y1, n.x2, n.y2, n.text,"
    " n.text_sha256, n.span_ids, n.attrs, n.parent_id, n.window_row, w.title AS window_title,"
    " w.app AS window_app, coalesce(w.focused, 0) AS window_focused"
    " FROM ui_node n JOIN frame f ON f.frame_id = n.frame_id"
    " LEFT JOIN window w ON w.window_row = n.window_row"
)


def _row(r: sqlite3.Row) -> NodeRow:
    return NodeRow(
        r["node_id"],
        r["frame_id"],
        r["ts_utc"],
        r["ts_ms"],
        r["kind"],
        (r["x1"], r["y1"], r["x2"], r["y2"]),
        r["text"],
        r["text_sha256"],
        json.loads(r["span_ids"]),
        json.loads(r["attrs"]),
        r["parent_id"],
        r["window_row"],
        r["window_title"],
        r["window_app"],
        bool(r["window_focused"]),
    )


class GraphReader:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def nodes(
        self,
        kinds: tuple[str, ...],
        start: datetime | None = None,
        end: datetime | None = None,
        frame_ids: list[str] | None = None,
    ) -> list[NodeRow]:
        """Nodes of these kinds, oldest frame first, in each frame's reading order."""
        where = [f"n.kind IN ({','.join('?' * len(kinds))})"]
        args: list[Any] = list(kinds)
        if start is not None:
            where.append("f.ts_ms >= ?")
            args.append(ts_ms(start))
        if end is not None:
            where.append("f.ts_ms < ?")
            args.append(ts_ms(end))
        if frame_ids is not None:
            where.append(f"n.frame_id IN ({','.join('?' * len(frame_ids))})")
            args.extend(frame_ids)
        sql = f"{_SELECT} WHERE {' AND '.join(where)} ORDER BY f.ts_ms, n.frame_id, n.seq"
        return [_row(r) for r in self.db.execute(sql, args)]

    def node(self, node_id: str) -> NodeRow | None:
        r = self.db.execute(f"{_SELECT} WHERE n.node_id = ?", (node_id,)).fetchone()
        return _row(r) if r else None

    def frames(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> list[tuple[str, str, int]]:
        """(frame_id, ts_utc, ts_ms) in time order."""
        where, args = [], []
        if start is not None:
            where.append("ts_ms >= ?")
            args.append(ts_ms(start))
        if end is not None:
            where.append("ts_ms < ?")
            args.append(ts_ms(end))
        sql = "SELECT frame_id, ts_utc, ts_ms FROM frame"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [tuple(r) for r in self.db.execute(sql + " ORDER BY ts_ms", args)]

    def last_frame(
        self, before: datetime, not_before: datetime | None = None
    ) -> tuple[str, str, int] | None:
        """The last frame strictly before ``before`` (and not before ``not_before``)."""
        sql = "SELECT frame_id, ts_utc, ts_ms FROM frame WHERE ts_ms < ?"
        args: list[Any] = [ts_ms(before)]
        if not_before is not None:
            sql += " AND ts_ms >= ?"
            args.append(ts_ms(not_before))
        r = self.db.execute(sql + " ORDER BY ts_ms DESC LIMIT 1", args).fetchone()
        return tuple(r) if r else None  # type: ignore[return-value]
