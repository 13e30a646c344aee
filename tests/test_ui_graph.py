"""The UI graph (screen.parse.v1): built with every frame, valid against its schema, rebuilt by
reparse, and every index entry's provenance valid against provenance.schema.json."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jsonschema
import pytest

from autocapture.records import FrameRecord, SpanRecord, WindowFact, make_span_id
from autocapture.store import Store
from autocapture.store.graphs import reparse
from autocapture.store.provenance import graph_of, provenance
from autocapture.understand import Layout, build_graph
from autocapture.understand.colours import name_colour
from autocapture.understand.graph import graph_sha256
from tests.conftest import REPO, frame_record

GRAPH_SCHEMA = json.loads((REPO / "docs" / "schemas" / "ui_graph.schema.json").read_text())
PROV_SCHEMA = json.loads((REPO / "docs" / "schemas" / "provenance.schema.json").read_text())
T0 = datetime(2026, 11, 24, 14, 0, 0, tzinfo=UTC)

# (window index, text, bbox, fg, bg)
Line = tuple[int, str, tuple[int, int, int, int], str | None, str | None]


def frame(
    n: int,
    windows: list[WindowFact],
    lines: list[Line],
    words: dict[int, list[tuple[str, tuple[int, int, int, int], str]]] | None = None,
    seconds: int | None = None,
) -> FrameRecord:
    """A stored-frame record with known windows, lines, word colours; no OCR."""
    ts = T0 + timedelta(seconds=seconds if seconds is not None else 30 * n)

    def spans_of(fid: str) -> list[SpanRecord]:
        spans: list[SpanRecord] = []
        for i, (wi, text, bbox, fg, bg) in enumerate(lines):
            lid = make_span_id(fid, "line", i)
            spans.append(SpanRecord(lid, "line", i, text, bbox, 0.95, fg, bg, window_index=wi))
            for j, (wt, wb, wfg) in enumerate((words or {}).get(i, [])):
                seq = 100 * i + j
                spans.append(
                    SpanRecord(
                        make_span_id(fid, "word", seq), "word", seq, wt, wb, 0.95, wfg, bg,
                        line_span_id=lid, window_index=wi,
                    )
                )  # fmt: skip
        return spans

    return frame_record(ts, windows, spans_of, f"frame-{n}-{lines}-{windows}")


EDITOR = WindowFact("notes.md - Editor", (0, 0, 700, 800), "0x1", "editor", 11, False, 1)
TERM = WindowFact("build@host: ~/proj", (600, 100, 1280, 700), "0x2", "xterm", 12, True, 0)
BROWSER = WindowFact("Release notes - Chromium", (0, 0, 1280, 800), "0x3", "chromium", 13, False, 2)


def desk_frame(n: int = 0, **kw) -> FrameRecord:  # type: ignore[no-untyped-def]
    lines: list[Line] = [
        (0, "notes.md - Editor", (10, 5, 300, 25), "#202020", "#f0f0f0"),
        (0, "remember to fix test_refund", (10, 60, 400, 80), "#202020", "#ffffff"),
        (1, "build@host: ~/proj", (620, 105, 900, 125), "#e0e0e0", "#303030"),
        (1, "FAILED tests/test_pay.py::test_refund", (620, 200, 1100, 220), "#cd3131", "#101010"),
        (1, "3 passed, 1 failed in 0.4s", (620, 230, 1000, 250), "#e5e510", "#101010"),
        (1, "$ ls", (620, 260, 700, 280), "#e0e0e0", "#101010"),
    ]
    words = {
        5: [("$", (620, 260, 630, 280), "#e0e0e0"), ("ls", (640, 260, 660, 280), "#e0e0e0")],
        4: [
            ("3", (620, 230, 630, 250), "#0dbc79"),
            ("passed,", (640, 230, 700, 250), "#0dbc79"),
            ("1", (710, 230, 720, 250), "#cd3131"),
            ("failed", (730, 230, 790, 250), "#cd3131"),
        ],
    }
    return frame(n, [EDITOR, TERM], lines, words, **kw)


def test_graph_nodes_for_windows_title_bars_and_console_lines() -> None:
    rec = desk_frame()
    nodes = build_graph(Layout(rec.frame_id, 1280, 800, rec.windows, rec.spans))
    kinds = [n.kind for n in nodes]
    assert kinds.count("window") == 2 and kinds.count("title_bar") == 2
    editor, term = (n for n in nodes if n.kind == "window")
    assert term.attrs["focused"] and term.attrs["z"] == 0 and not term.attrs["occluded"]
    # The terminal (on top) covers part of the editor.
    assert editor.attrs["occluded"] and 0.5 < editor.attrs["visible_fraction"] < 0.95
    console = {n.text: n for n in nodes if n.kind == "console_line"}
    assert console["FAILED tests/test_pay.py::test_refund"].attrs["colour"] == "red"
    words = console["3 passed, 1 failed in 0.4s"].attrs["words"]
    assert {w["text"]: w["colour"] for w in words}["failed"] == "red"
    assert {w["text"]: w["colour"] for w in words}["passed,"] == "green"
    # Same input, same graph (ids included).
    again = build_graph(Layout(rec.frame_id, 1280, 800, rec.windows, rec.spans))
    assert [n.node_id for n in again] == [n.node_id for n in nodes]


def test_browser_chrome_url_bar_and_active_tab() -> None:
    lines: list[Line] = [
        (0, "Release notes", (10, 8, 200, 28), "#202020", "#ffffff"),
        (0, "Install guide", (220, 8, 420, 28), "#202020", "#dddddd"),
        (0, "API reference", (440, 8, 640, 28), "#202020", "#dddddd"),
        (0, "127.0.0.1:8000/release-notes.html", (90, 45, 500, 65), "#202020", "#f5f5f5"),
        (0, "Version 2.4 adds offline sync", (40, 120, 600, 140), "#202020", "#ffffff"),
    ]
    rec = frame(0, [BROWSER], lines)
    nodes = build_graph(Layout(rec.frame_id, 1280, 800, rec.windows, rec.spans))
    [bar] = [n for n in nodes if n.kind == "url_bar"]
    assert bar.attrs["url"] == "127.0.0.1:8000/release-notes.html"
    tabs = {n.text: n.attrs["active"] for n in nodes if n.kind == "tab"}
    assert tabs == {"Release notes": True, "Install guide": False, "API reference": False}


@pytest.mark.parametrize(
    ("hex_colour", "name"),
    [
        ("#cd3131", "red"),
        ("#0dbc79", "green"),
        ("#e5e510", "yellow"),
        ("#2472c8", "blue"),
        ("#bc3fbc", "magenta"),
        ("#11a8cd", "cyan"),
        ("#e5e5e5", "white"),
        ("#808080", "grey"),
        ("#0a0a0a", "black"),
        ("#ff8700", "orange"),
    ],
)
def test_colour_names(hex_colour: str, name: str) -> None:
    assert name_colour(hex_colour) == name


def test_stored_graphs_validate_and_reparse_rebuilds_them(tmp_path: Path) -> None:
    store = Store(tmp_path)
    recs = [desk_frame(0), desk_frame(1, seconds=45)]
    for rec in recs:
        store.write_frame(rec)
    db = store.db
    for rec in recs:
        doc = graph_of(db, rec.frame_id)
        assert doc is not None
        jsonschema.validate(doc, GRAPH_SCHEMA)
        stored = db.execute("SELECT sha256 FROM ui_graph WHERE frame_id = ?", (rec.frame_id,))
        assert graph_sha256(doc) == stored.fetchone()[0]
    # Every index entry (both FTS tables) and every node resolves to valid provenance.
    ids = [
        r[0]
        for r in db.execute("SELECT s.span_id FROM span s JOIN span_fts f ON f.rowid = s.rowid")
    ]
    ids += [r[0] for r in db.execute("SELECT node_id FROM ui_node")]
    assert ids
    for evidence_id in ids:
        doc = provenance(db, evidence_id)
        jsonschema.validate(doc, PROV_SCHEMA)
        assert hashlib.sha256(doc["text"].encode()).hexdigest() == doc["sha256"]
    assert store.check() == []
    # A store from before graphs existed (or an older parser) is re-parsed without OCR.
    before = graph_of(db, recs[0].frame_id)
    db.execute("DELETE FROM ui_node")
    db.execute("DELETE FROM ui_graph")
    assert any("no UI graph" in p for p in store.check())
    assert reparse(db) == 2
    assert store.check() == []
    assert graph_of(db, recs[0].frame_id)["nodes"] == before["nodes"]  # type: ignore[index]
    assert reparse(db) == 0  # nothing stale left
    store.close()


def test_selected_line_is_a_highlight() -> None:
    items = ["inbox", "drafts", "sent", "archive", "spam", "trash"]
    lines: list[Line] = [
        (
            0,
            t,
            (10, 40 + 30 * i, 200, 60 + 30 * i),
            "#202020",
            "#3060d0" if t == "sent" else "#fafafa",
        )
        for i, t in enumerate(items)
    ]
    rec = frame(0, [EDITOR], lines)
    nodes = build_graph(Layout(rec.frame_id, 1280, 800, rec.windows, rec.spans))
    [hl] = [n for n in nodes if n.kind == "highlight"]
    assert hl.text == "sent" and hl.attrs["background"] == "blue"


def test_a_url_inside_a_command_line_is_not_an_address_bar() -> None:
    lines: list[Line] = [
        (0, "$ python3 -m http.server 8421", (10, 8, 400, 28), "#e0e0e0", "#101010"),
        (0, "Serving HTTP on 127.0.0.1 port 8421", (10, 40, 500, 60), "#e0e0e0", "#101010"),
        (0, "127.0.0.1", (10, 70, 150, 90), "#e0e0e0", "#101010"),
    ]
    rec = frame(0, [TERM], lines)
    nodes = build_graph(Layout(rec.frame_id, 1280, 800, rec.windows, rec.spans))
    assert not [n for n in nodes if n.kind in ("url_bar", "tab", "tab_strip")]


def test_url_like_text_under_terminal_output_is_not_chrome() -> None:
    lines: list[Line] = [
        (1, "build@host: ~/proj", (620, 105, 900, 125), "#e0e0e0", "#303030"),
        (1, "$ pip install -r requirements.txt", (620, 130, 1000, 150), "#e0e0e0", "#101010"),
        (1, "Collecting pyyaml>=6.0", (620, 150, 900, 170), "#e0e0e0", "#101010"),
        (
            1,
            "Downloading example.org/pyyaml-6.0.2.tar.gz",
            (620, 170, 1100, 190),
            "#e0e0e0",
            "#101010",
        ),
        (1, "docs.example.com/install", (620, 190, 900, 210), "#e0e0e0", "#101010"),
    ]
    rec = frame(0, [EDITOR, TERM], lines)
    nodes = build_graph(Layout(rec.frame_id, 1280, 800, rec.windows, rec.spans))
    assert not [n for n in nodes if n.kind in ("url_bar", "tab", "tab_strip")]
