"""Provenance (screen.index.v1): what an index entry or a citation points at, with its hash."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

INDEX_SCHEMA = "screen.index.v1"


def _window(db: sqlite3.Connection, window_row: int | None) -> dict[str, Any] | None:
    if window_row is None:
        return None
    w = db.execute(
        "SELECT title, app, focused FROM window WHERE window_row = ?", (window_row,)
    ).fetchone()
    return {"title": w["title"], "app": w["app"], "focused": bool(w["focused"])} if w else None


def _document(db: sqlite3.Connection, kind: str, r: sqlite3.Row) -> dict[str, Any]:
    return {
        "schema": INDEX_SCHEMA,
        "evidence_kind": kind,
        "evidence_id": r["node_id"] if kind == "ui_node" else r["span_id"],
        "frame_id": r["frame_id"],
        "ts_utc": r["ts_utc"],
        "image_sha256": r["image_sha256"],
        "bbox": [r["x1"], r["y1"], r["x2"], r["y2"]],
        "text": r["text"],
        "sha256": r["text_sha256"],
        "window": _window(db, r["window_row"]),
    }


def provenance(db: sqlite3.Connection, evidence_id: str) -> dict[str, Any] | None:
    """The provenance document of a span or UI node id, or None when there is no such id."""
    if evidence_id.startswith("n_"):
        r = db.execute(
            "SELECT n.*, f.ts_utc, f.image_sha256, g.parser FROM ui_node n"
            " JOIN frame f ON f.frame_id = n.frame_id"
            " LEFT JOIN ui_graph g ON g.frame_id = n.frame_id WHERE n.node_id = ?",
            (evidence_id,),
        ).fetchone()
        if r is None:
            return None
        return {
            **_document(db, "ui_node", r),
            "index": ["ui_node"],
            "provider": r["parser"] or "unknown",
        }
    r = db.execute(
        "SELECT s.*, f.ts_utc, f.image_sha256 FROM span s JOIN frame f"
        " ON f.frame_id = s.frame_id WHERE s.span_id = ?",
        (evidence_id,),
    ).fetchone()
    if r is None:
        return None
    return {
        **_document(db, "span", r),
        "index": ["span_fts", "span_trigram"] if r["kind"] == "line" else [],
        "provider": f"{r['provider']}/{r['provider_version']}",
        "carried_from": r["carried_from"],
    }


def graph_of(db: sqlite3.Connection, frame_id: str) -> dict[str, Any] | None:
    """The stored UI graph of a frame as one screen.parse.v1 document."""
    g = db.execute("SELECT * FROM ui_graph WHERE frame_id = ?", (frame_id,)).fetchone()
    if g is None:
        return None
    f = db.execute("SELECT width, height FROM frame WHERE frame_id = ?", (frame_id,)).fetchone()
    rows = db.execute(
        "SELECT n.*, (SELECT count(*) FROM window w2 WHERE w2.frame_id = n.frame_id"
        " AND w2.window_row < n.window_row) AS window_index"
        " FROM ui_node n WHERE n.frame_id = ? ORDER BY n.seq",
        (frame_id,),
    ).fetchall()
    return {
        "schema": g["schema"],
        "parser": g["parser"],
        "frame_id": frame_id,
        "size": [f["width"], f["height"]],
        "nodes": [
            {
                "node_id": r["node_id"],
                "kind": r["kind"],
                "bbox": [r["x1"], r["y1"], r["x2"], r["y2"]],
                "text": r["text"],
                "span_ids": json.loads(r["span_ids"]),
                "attrs": json.loads(r["attrs"]),
                "window_index": r["window_index"] if r["window_row"] is not None else None,
                "parent_id": r["parent_id"],
            }
            for r in rows
        ],
    }
