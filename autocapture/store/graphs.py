"""Writing and reading UI graphs; rebuilding them from stored spans and windows."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from autocapture.records import FrameRecord, SpanRecord, WindowFact, sha256_text
from autocapture.understand import PARSER, SCHEMA_ID, Layout, UiNode, build_graph
from autocapture.understand.graph import graph_document, graph_sha256


def layout_of(rec: FrameRecord) -> Layout:
    return Layout(rec.frame_id, rec.width, rec.height, rec.windows, rec.spans)


def _insert(
    db: sqlite3.Connection, layout: Layout, nodes: list[UiNode], window_rows: list[int]
) -> None:
    doc = graph_document(layout, nodes)
    db.execute(
        "INSERT OR REPLACE INTO ui_graph (frame_id, schema, parser, node_count, sha256,"
        " built_utc) VALUES (?, ?, ?, ?, ?, ?)",
        (
            layout.frame_id,
            SCHEMA_ID,
            PARSER,
            len(nodes),
            graph_sha256(doc),
            datetime.now(UTC).isoformat(),
        ),
    )
    db.executemany(
        "INSERT INTO ui_node (node_id, frame_id, seq, kind, parent_id, window_row, x1, y1, x2,"
        " y2, text, text_sha256, span_ids, attrs)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                d["node_id"],
                layout.frame_id,
                i,
                d["kind"],
                d["parent_id"],
                window_rows[n.window_index] if n.window_index is not None else None,
                *n.bbox,
                n.text,
                sha256_text(n.text),
                json.dumps(n.span_ids),
                json.dumps(n.attrs, ensure_ascii=False, sort_keys=True),
            )
            for i, (n, d) in enumerate(zip(nodes, doc["nodes"], strict=True))
        ],
    )


def write_graph(db: sqlite3.Connection, rec: FrameRecord, window_rows: list[int]) -> None:
    """Parse and store a frame's graph; called inside the frame's own transaction."""
    layout = layout_of(rec)
    _insert(db, layout, build_graph(layout), window_rows)


def load_layout(db: sqlite3.Connection, frame_id: str) -> tuple[Layout, list[int]]:
    """A stored frame as the parsers see it (for re-parsing without OCR)."""
    f = db.execute("SELECT width, height FROM frame WHERE frame_id = ?", (frame_id,)).fetchone()
    wins = db.execute(
        "SELECT * FROM window WHERE frame_id = ? ORDER BY window_row", (frame_id,)
    ).fetchall()
    rows = [w["window_row"] for w in wins]
    index = {r: i for i, r in enumerate(rows)}
    windows = [
        WindowFact(
            title=w["title"],
            rect=(w["x1"], w["y1"], w["x2"], w["y2"]),
            window_id=w["window_id"],
            app=w["app"],
            pid=w["pid"],
            focused=bool(w["focused"]),
            z=w["z"],
        )
        for w in wins
    ]
    spans = [
        SpanRecord(
            s["span_id"],
            s["kind"],
            s["seq"],
            s["text"],
            (s["x1"], s["y1"], s["x2"], s["y2"]),
            s["conf"],
            s["fg"],
            s["bg"],
            s["line_span_id"],
            index.get(s["window_row"]),
            weight=s["weight"],
            mark=s["mark"],
            mark_bbox=tuple(json.loads(s["mark_bbox"])) if s["mark_bbox"] else None,
        )
        for s in db.execute("SELECT * FROM span WHERE frame_id = ? ORDER BY kind, seq", (frame_id,))
    ]
    return Layout(frame_id, f["width"], f["height"], windows, spans), rows


def reparse(
    db: sqlite3.Connection, all_frames: bool = False, progress: Callable[[], None] | None = None
) -> int:
    """Rebuild graphs of frames parsed by another parser version (or all); one txn per frame."""
    sql = "SELECT f.frame_id FROM frame f LEFT JOIN ui_graph g ON g.frame_id = f.frame_id"
    if not all_frames:
        sql += " WHERE g.parser IS NULL OR g.parser != ?"
    ids = [r[0] for r in db.execute(sql, () if all_frames else (PARSER,))]
    for fid in ids:
        layout, rows = load_layout(db, fid)
        nodes = build_graph(layout)
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute("DELETE FROM ui_node WHERE frame_id = ?", (fid,))
            _insert(db, layout, nodes, rows)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        if progress:
            progress()
    return len(ids)


def graph_problems(db: sqlite3.Connection) -> list[str]:
    out = []
    missing = db.execute(
        "SELECT count(*) FROM frame f LEFT JOIN ui_graph g ON g.frame_id = f.frame_id"
        " WHERE g.frame_id IS NULL"
    ).fetchone()[0]
    if missing:
        out.append(f"{missing} frames have no UI graph (run `autocapture reparse`)")
    for row in db.execute(
        "SELECT g.frame_id, g.node_count, (SELECT count(*) FROM ui_node n"
        " WHERE n.frame_id = g.frame_id) AS n FROM ui_graph g WHERE g.node_count != n"
    ):
        out.append(f"frame {row[0]} graph expects {row[1]} nodes, has {row[2]}")
    return out
