"""Web tables as a browser draws them (set j's ops wiki was the case): header cells that
hold a coded word ("A320 holds") or a name with connecting words ("Fuelling with pax on
board"), and a question whose asked column no header names but whose cells say it ("the
wind limit for pushback" over Condition | Action); and in the UI graph, a table whose
header and first rows OCR joined across tight gutters (small text). Synthetic frames with
positioned lines (no OCR), content invented so that the rules are shown to be general; and
the recorded small-text page through the real OCR."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

from autocapture.answer.tables import _header_row, grid_tables
from autocapture.api import Autocapture
from autocapture.config import load_config
from autocapture.records import FrameRecord, SpanRecord, WindowFact
from autocapture.retrieve import Line
from autocapture.understand.graph import build_graph
from autocapture.understand.model import Layout
from tests.conftest import REPO, page_frame

NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
Box = tuple[int, int, int, int]


def page(items: list[tuple[str, Box]], title: str = "Club wiki", n: int = 1) -> FrameRecord:
    return page_frame(items, title, None, n, seed="web-tables")


def ask(tmp_path: Path, question: str, *frames: FrameRecord):  # type: ignore[no-untyped-def]
    cfg = load_config(tmp_path / "data")
    cfg.timezone = "UTC"
    app = Autocapture(config=cfg)
    for f in frames:
        app.store.write_frame(f)
    return app.ask(question, now=NOW)


def grid(rows: list[list[str]], x: list[int], top: int = 200, h: int = 20) -> list:
    """One span per cell, rows H-3 pixels apart as small text's padded OCR boxes overlap."""
    out = []
    for r, cells in enumerate(rows):
        y = top + r * (h - 3)
        for c, text in enumerate(cells):
            if text:
                out.append((text, (x[c], y, x[c] + 7 * len(text), y + h)))
    return out


def _lines(items: list[tuple[str, Box]]) -> list[Line]:
    return [
        Line(i, f"s{i}", "f", t, "", b, 0.9, None, None, 1, "", 0, None, None, None, True)
        for i, (t, b) in enumerate(items)
    ]


STOCK = [
    ["Part", "Description", "Bin", "R7 shelves", "Reorder"],
    ["HNG", "Hinge, brass, pair", "B-114", "2, 4", "Yes"],
    ["BRK", "Bracket, steel", "B-120", "3 only", "No"],
    ["GSK", "Gasket, rubber", "C-031", "1, 2, 4", "Yes"],
]
STOCK_X = [20, 70, 260, 330, 430]


def test_a_header_cell_may_hold_a_coded_word() -> None:
    (table,) = grid_tables(_lines(grid(STOCK, STOCK_X)))
    assert table.names == STOCK[0]
    assert [r[3].text for r in table.rows] == ["2, 4", "3 only", "1, 2, 4"]


def test_a_value_with_a_number_of_its_own_is_no_header() -> None:
    assert not _header_row(
        _lines(grid([["Rain above 25 mm", "Matches off", "Referee"]], [20, 200, 400]))
    )
    assert not _header_row(_lines(grid([["BRK", "Bracket", "B-120", "Yes"]], [20, 80, 200, 300])))
    # a coded word heads one column at most
    assert not _header_row(_lines(grid([["Type", "R7 shelves", "R9 shelves"]], [20, 80, 200])))


def test_the_row_and_the_column_with_a_coded_name(tmp_path: Path) -> None:
    frame = page([("Stock codes", (20, 160, 200, 180)), *grid(STOCK, STOCK_X)])
    ans = ask(tmp_path, "which shelves can BRK go on in R7?", frame)
    assert ans.state == "ok" and ans.claims[0].value == "3 only"
    ans = ask(tmp_path / "b", "bin for GSK?", frame)
    assert ans.state == "ok" and ans.claims[0].value == "C-031"


KITCHEN = [
    ["Dish", "Oven", "Served with rice on the side", "Station"],
    ["Risotto", "No", "No", "Hob 2"],
    ["Curry", "No", "Yes", "Wok line"],
    ["Stew", "Yes", "Yes, brown rice", "Oven 1"],
]


def test_a_header_name_may_hold_connecting_words(tmp_path: Path) -> None:
    (table,) = grid_tables(_lines(grid(KITCHEN, [20, 120, 240, 480])))
    assert table.names == KITCHEN[0]
    # six content words say a sentence, not a column's name
    prose = [["Dish", "Station", "Chef prefers serving sauce beside rice bowls"]]
    assert not _header_row(_lines(grid(prose, [20, 120, 240])))
    frame = page(grid(KITCHEN, [20, 120, 240, 480]), title="Menu")
    ans = ask(tmp_path, "which station for the curry?", frame)
    assert ans.state == "ok" and ans.claims[0].value == "Wok line"


RULES = [
    ["Situation", "Response", "Decided by"],
    ["Rain above 10 mm", "Covers on the courts", "Groundskeeper"],
    ["Rain above 25 mm", "Matches postponed", "Referee"],
    ["Heat above 35 C", "Water breaks every set", "Referee"],
]


def test_cells_that_say_what_is_asked_name_the_column(tmp_path: Path) -> None:
    frame = page(grid(RULES, [20, 220, 460]), title="Weather rules")
    ans = ask(tmp_path, "what's the rain limit for postponed matches", frame)
    assert ans.state == "ok" and "25 mm" in ans.claims[0].value
    assert ans.trace["answer"]["table"]["column"] == "Situation"


def test_a_word_that_only_says_whose_names_no_column(tmp_path: Path) -> None:
    frame = page(grid(RULES, [20, 220, 460]), title="Weather rules")
    ans = ask(tmp_path, "the referee's rain limit", frame)
    assert ans.state != "ok" or "Referee" not in ans.claims[0].value


def _layout(rows: list[list[tuple[str, int, int]]], top: int = 100, pitch: int = 17) -> Layout:
    """A browser window whose rows hold line spans (text, x1, x2), 20 px high and PITCH
    apart: small text, where OCR boxes of neighbouring rows overlap."""
    spans = [
        SpanRecord(
            f"s{r}-{c}",
            "line",
            10 * r + c,
            t,
            (x1, top + r * pitch, x2, top + r * pitch + 20),
            0.95,
            window_index=0,
        )
        for r, row in enumerate(rows)
        for c, (t, x1, x2) in enumerate(row)
    ]
    win = [WindowFact(title="Stock - Browser", rect=(0, 0, 800, 600), focused=True, z=0)]
    return Layout("f_web_tables", 800, 600, win, spans)


def test_rows_above_a_grid_that_fit_its_columns_once_split_are_its_rows() -> None:
    """The header's and the first row's cells are joined across a tight gutter (the widest
    texts reach close to the next column), so the columns read from them fail on the next
    row; the rows read cleanly below fix the columns, and the rows above are taken back in
    once split where their spans meet those columns. The heading above is not a row."""
    layout = _layout(
        [
            [("Stock list", 20, 110)],
            [("Part", 20, 56), ("Weight class", 300, 410), ("Bin", 420, 447)],
            [
                ("Hinge, brass, pair with a long description", 20, 290),
                ("Heavy", 300, 345),
                ("B-114", 420, 465),
            ],
            [("Bracket", 20, 83), ("Light", 300, 345), ("B-120", 420, 465)],
            [("Gasket", 20, 74), ("Light", 300, 345), ("C-031", 420, 465)],
            [("Washer", 20, 74), ("Medium", 300, 354), ("C-044", 420, 465)],
        ]
    )
    nodes = build_graph(layout)
    (table,) = [n for n in nodes if n.kind == "table"]
    assert table.attrs == {"rows": 5, "columns": 3}
    rows = [n.text for n in nodes if n.kind == "table_row"]
    assert rows[0] == "Part | Weight class | Bin"
    assert rows[1] == "Hinge, brass, pair with a long description | Heavy | B-114"
    cells = [n for n in nodes if n.kind == "table_cell" and n.attrs["column"] == 2]
    assert [c.text for c in cells] == ["Bin", "B-114", "B-120", "C-031", "C-044"]


def test_a_column_of_two_that_ocr_joined_is_split_at_their_gutter() -> None:
    """A short code and its description sit close (a tight gutter): OCR gives each its own
    span but they are nearer than a cell gap, so they read as one column; a gap where every
    row's spans split, wider than a word space, makes two. A time and its AM, one word space
    apart, stay one cell."""
    parts = _layout(
        [
            [("Part", 20, 56), ("Description", 70, 160), ("Bin", 300, 330), ("Qty", 400, 430)],
            [("HNG", 20, 52), ("Hinge, brass", 70, 170), ("B-114", 300, 345), ("12", 400, 420)],
            [("BRK", 20, 52), ("Bracket", 70, 130), ("B-120", 300, 345), ("4", 400, 410)],
            [("GSK", 20, 52), ("Gasket", 70, 125), ("C-031", 300, 345), ("30", 400, 420)],
        ]
    )
    nodes = build_graph(parts)
    assert [n.attrs for n in nodes if n.kind == "table"] == [{"rows": 4, "columns": 4}]
    rows = [n.text for n in nodes if n.kind == "table_row"]
    assert rows[:2] == ["Part | Description | Bin | Qty", "HNG | Hinge, brass | B-114 | 12"]
    slots = _layout(
        [
            [("Slot", 20, 56), ("Room", 300, 340)],
            [("10:00", 20, 65), ("AM", 70, 90), ("Hall", 300, 340)],
            [("11:30", 20, 65), ("AM", 70, 90), ("Annex", 300, 350)],
            [("12:15", 20, 65), ("PM", 70, 90), ("Hall", 300, 340)],
        ]
    )
    nodes = build_graph(slots)
    assert [n.attrs for n in nodes if n.kind == "table"] == [{"rows": 4, "columns": 2}]
    assert [n.text for n in nodes if n.kind == "table_row"][1] == "10:00 AM | Hall"


SET_J = REPO / "evals" / "blind" / "x11j" / "browser" / "bundle"
SMALL_TEXT_PAGE = 2  # frames.jsonl row: a table in 11px text with little cell padding


def test_small_text_table_through_ocr(tmp_path: Path) -> None:
    """The recorded page through the real OCR: its header and first rows are rows of the
    table node, and the cell where a column crosses a row answers."""
    row = json.loads((SET_J / "frames.jsonl").read_text().splitlines()[SMALL_TEXT_PAGE])
    bundle = tmp_path / "bundle"
    (bundle / "images").mkdir(parents=True)
    shutil.copy(SET_J / "bundle.json", bundle / "bundle.json")
    shutil.copy(SET_J / row["image"], bundle / row["image"])
    (bundle / "frames.jsonl").write_text(json.dumps(row) + "\n")
    cfg = load_config(tmp_path / "data")
    cfg.timezone = "UTC"
    app = Autocapture(config=cfg)
    try:
        assert app.ingest([bundle]).added == 1
        tables = app.store.db.execute(
            "SELECT attrs FROM ui_node WHERE kind = 'table' ORDER BY seq"
        ).fetchall()
        sizes = [json.loads(t[0]) for t in tables]
        assert {"rows": 7, "columns": 5} in sizes
        first = app.store.db.execute(
            "SELECT text FROM ui_node WHERE kind = 'table_row' ORDER BY y1 LIMIT 1"
        ).fetchone()[0]
        assert first == "Code | Meaning | UN number | A320 holds | NOTOC"
        ans = app.ask("UN number for ELI?", now=datetime(2026, 11, 25, 6, 0, tzinfo=UTC))
        assert ans.state == "ok" and ans.claims[0].value == "UN3481"
    finally:
        app.close()
