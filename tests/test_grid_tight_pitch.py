"""A terminal board at a tight line pitch (rows 19 px tall, 15 px apart) as OCR splits it: a
column whose cells OCR joined across a narrow gutter ("10.9 Crew B") meets a row whose
narrower text leaves a wider gap ("9.7  Crew C"), and one span runs over a gutter into the
next column ("PU-71 F4"). The board stays one table of all its rows."""

from __future__ import annotations

from autocapture.records import SpanRecord, WindowFact
from autocapture.understand.graph import build_graph
from autocapture.understand.model import Layout

# (x1, x2, text) per cell; rows 15 px apart, spans 19 px tall
ROWS = [
    [(0, 30, "UNIT"), (63, 97, "FDR"), (101, 158, "STATUS"), (224, 246, "kW"),
     (279, 319, "WIND"), (335, 375, "CREW"), (440, 479, "NOTE")],
    [(0, 55, "PU-03"), (61, 87, "F1"), (103, 167, "RUNNING"), (222, 264, "3120"),
     (278, 320, "11.4"), (441, 661, "back after seal swap")],
    [(0, 55, "PU-07"), (62, 86, "F1"), (103, 167, "SERVICE"), (223, 239, "0"),
     (279, 391, "10.9 Crew B"), (440, 647, "6-month service")],
    [(0, 53, "PU-17"), (62, 86, "F2"), (104, 149, "FAULT"), (223, 239, "0"),
     (280, 391, "11.8 Crew A"), (441, 701, "reset failed 14:12")],
    [(0, 54, "PU-35"), (63, 87, "F3"), (104, 214, "ON HOLD"), (224, 238, "0"),
     (279, 311, "9.7"), (336, 391, "Crew C"), (441, 653, "motor due Fri")],
    [(0, 54, "PU-44"), (63, 87, "F3"), (105, 164, "LOCKOUT"), (224, 237, "0"),
     (279, 310, "9.9"), (335, 431, "Rift Civils"), (440, 677, "pad work")],
    [(0, 88, "PU-71 F4"), (103, 166, "DERATED"), (222, 264, "2400"), (279, 320, "12.4"),
     (335, 670, "Crew B Thu gearbox warm")],
]  # fmt: skip


def test_a_tight_board_is_one_table_of_all_its_rows() -> None:
    spans = [
        SpanRecord(f"s_{i}_{j}", "line", 100 * i + j, t, (x1, 40 + 15 * i, x2, 59 + 15 * i), 0.9,
                   window_index=0)
        for i, row in enumerate(ROWS)
        for j, (x1, x2, t) in enumerate(row)
    ]  # fmt: skip
    layout = Layout(
        "f_x", 1280, 800, [WindowFact("ops@box: ~/src/board", (0, 0, 1280, 800))], spans
    )
    nodes = build_graph(layout)
    tables = [n for n in nodes if n.kind == "table"]
    rows = [n for n in nodes if n.kind == "table_row"]
    assert len(tables) == 1 and len(rows) == len(ROWS)
    assert any(r.text.startswith("PU-35") for r in rows)
    assert any(r.text.startswith("PU-71") for r in rows)
