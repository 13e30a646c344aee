"""Tables, lists and text blocks in the UI graph, on screens read by real OCR (RapidOCR); and a
table value cited with its cell through ``ask``."""

from __future__ import annotations

import hashlib
import itertools
import json
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from autocapture.api import Autocapture
from autocapture.config import load_config
from autocapture.evals.runner import iou
from autocapture.extract import build_spans
from autocapture.records import FrameRecord, WindowFact, make_frame_id
from autocapture.understand.graph import build_graph, graph_document
from autocapture.understand.model import Layout
from tests.conftest import FONT

SPECS_LEFT = [
    ("INTERIOR", None),
    ("Front head room", '41"'),
    ("Rear head room", '40.5"'),
    ("Front shoulder room", '66"'),
    ("Luggage capacity", "47.2 Cu.Ft."),
    ("Standard seating", "5"),
]
SPECS_RIGHT = [
    ("PERFORMANCE", None),
    ("Base engine size", "3.6 Liters"),
    ("Horsepower", "305 Hp"),
    ("Torque", "269 Lb-Ft."),
    ("Drive type", "Rear-Wheel"),
    ("Turning radius", '19.7"'),
]
PARAGRAPH = [
    "Specifications are provided by the manufacturer and may change",
    "without notice. Check with your dealer before you buy a vehicle.",
]
BULLETS = [
    "• Heated front seats with three settings",
    "• Adaptive cruise control that keeps a set distance",
    "   from the car ahead, even in slow traffic",
    "• Wireless phone charging",
]


def _draw_specs() -> tuple[Image.Image, list[WindowFact]]:
    img = Image.new("RGB", (1000, 640), (255, 255, 255))
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 15)
    for x0, x_value_right, rows in ((50, 470, SPECS_LEFT), (530, 945, SPECS_RIGHT)):
        for i, (label, value) in enumerate(rows):
            y = 40 + 26 * i
            d.text((x0, y), label, font=font, fill=(120, 120, 120) if value else (200, 30, 30))
            if value:
                w = d.textlength(value, font=font)
                d.text((x_value_right - w, y), value, font=font, fill=(40, 40, 40))
    for i, line in enumerate(PARAGRAPH):
        d.text(
            (
                50,
                260 + 22 * i,
            ),
            line,
            font=font,
            fill=(40, 40, 40),
        )
    for i, line in enumerate(BULLETS):
        d.text((50, 360 + 24 * i), line, font=font, fill=(40, 40, 40))
    return img, [WindowFact(title="2021 Sedan Specs - Browser", rect=(0, 0, 1000, 640))]


SCHEMA = json.loads(
    (Path(__file__).parent.parent / "docs/schemas/ui_graph.schema.json").read_text()
)
FID = "f_" + "0" * 20


def _graph(img: Image.Image, windows: list[WindowFact], engine) -> list:  # type: ignore[no-untyped-def]
    spans = build_spans(FID, engine.recognize(img), np.asarray(img), windows, None)
    layout = Layout(FID, *img.size, windows, spans)
    nodes = build_graph(layout)
    jsonschema.validate(graph_document(layout, nodes), SCHEMA)
    return nodes


@pytest.mark.slow
def test_spec_table_cells_reach_their_column_boundaries(rapid_engine) -> None:  # type: ignore[no-untyped-def]
    img, wins = _draw_specs()
    nodes = _graph(img, wins, rapid_engine)
    tables = [n for n in nodes if n.kind == "table"]
    assert len(tables) == 1 and tables[0].attrs["columns"] == 4
    cells = {n.text.replace(" ", ""): n for n in nodes if n.kind == "table_cell"}
    # A right-aligned value's cell keeps its right edge and reaches left past its ink, to the
    # gutter after the labels; its label's cell ends where the value's begins.
    value, label = cells['66"'], cells["Frontshoulderroom"]
    assert value.attrs["align"] == "right" and label.attrs["align"] == "left"
    assert 455 <= value.bbox[2] <= 475 and value.bbox[0] < 400
    assert label.bbox[2] == value.bbox[0]
    assert label.bbox[0] <= 52
    # Section headings sit in the label column; the paragraph below is not part of the table.
    assert "INTERIOR" in cells and "PERFORMANCE" in cells
    assert tables[0].bbox[3] < 250
    assert not any("manufacturer" in n.text for n in nodes if n.kind.startswith("table"))
    # Every cell is inside its row, and cells of a row do not overlap.
    rows = [n for n in nodes if n.kind == "table_row"]
    assert len(rows) == 6
    for r in range(6):
        row = sorted((n for n in cells.values() if n.attrs["row"] == r), key=lambda n: n.bbox[0])
        for a, b in itertools.pairwise(row):
            assert a.bbox[2] <= b.bbox[0]


@pytest.mark.slow
def test_bullet_list_with_a_wrapped_item_and_a_paragraph_block(rapid_engine) -> None:  # type: ignore[no-untyped-def]
    img, wins = _draw_specs()
    nodes = _graph(img, wins, rapid_engine)
    lists = [n for n in nodes if n.kind == "list"]
    assert len(lists) == 1 and lists[0].attrs["items"] == 3
    items = [n.text for n in nodes if n.kind == "list_row"]
    assert "slow traffic" in items[1] and "Adaptive" in items[1]  # the wrapped line joins its item
    assert items[2].endswith("charging")
    blocks = [n for n in nodes if n.kind == "text_block"]
    assert any("manufacturer" in b.text and "dealer" in b.text for b in blocks)
    assert not any("Heated" in b.text for b in blocks)


def _layout(rows: list[tuple[int, int, str]]) -> Layout:
    from autocapture.records import SpanRecord

    spans = [
        SpanRecord(f"s_{i}", "line", i, t, (x, y, x + 8 * len(t), y + 18), 0.9, window_index=0)
        for i, (x, y, t) in enumerate(rows)
    ]
    return Layout("f_x", 1280, 800, [WindowFact("Notes - Editor", (0, 0, 1280, 800))], spans)


def test_running_text_in_two_columns_is_not_a_table() -> None:
    left = "The committee met on Tuesday to discuss the budget for next year and"
    right = "Other news: the library will close early on Friday for the staff party"
    rows = [(10, 10 + 22 * i, left) for i in range(6)] + [
        (640, 10 + 22 * i, right) for i in range(6)
    ]
    nodes = build_graph(_layout(rows))
    assert not [n for n in nodes if n.kind.startswith("table")]
    assert len([n for n in nodes if n.kind == "text_block"]) == 2


def test_numbered_list_needs_one_marker_kind_at_one_edge() -> None:
    nodes = build_graph(
        _layout(
            [
                (10, 10, "1. Install the package"),
                (10, 32, "2. Run the demo"),
                (10, 54, "3. Ask a question"),
                (300, 90, "- a dash far to the right"),
            ]
        )
    )
    lists = [n for n in nodes if n.kind == "list"]
    assert [n.attrs["items"] for n in lists] == [3]
    assert lists[0].attrs["marker"] == "number."


@pytest.mark.slow
def test_a_table_value_is_cited_with_its_cell(tmp_path: Path, rapid_engine) -> None:  # type: ignore[no-untyped-def]
    img, wins = _draw_specs()
    ts = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    import io

    buf = io.BytesIO()
    img.save(buf, format="PNG")
    png = buf.getvalue()
    sha = hashlib.sha256(png).hexdigest()
    fid = make_frame_id(sha, ts, 0)
    spans = build_spans(fid, rapid_engine.recognize(img), np.asarray(img), wins, None)
    cfg = load_config(tmp_path / "data")
    cfg.timezone = "UTC"
    app = Autocapture(config=cfg)
    try:
        app.store.write_frame(
            FrameRecord(
                fid,
                ts,
                *img.size,
                sha,
                png,
                "image/png",
                "test",
                "rapidocr",
                "3",
                0,
                windows=wins,
                spans=spans,
            )
        )
        ans = app.ask("what is the turning radius?", now=datetime(2026, 11, 23, 12, tzinfo=UTC))
        assert ans.state == "ok" and "19.7" in ans.answer
        cites = [c for cl in ans.claims for c in cl.citations]
        span = next(c for c in cites if c.evidence_kind == "span")
        cell = next(c for c in cites if c.evidence_kind == "ui_node")
        assert all(c.verified for c in cites)
        assert "19.7" in cell.text
        # The cell holds the text's box and is wider (it reaches the gutter on its ragged side).
        sx1, sy1, sx2, sy2 = span.bbox
        cx1, cy1, cx2, cy2 = cell.bbox
        assert cx1 < sx1 - 40 and cx2 >= sx2 - 3 and cy1 <= sy1 and cy2 >= sy2
        assert iou(cell.bbox, span.bbox) < 0.6
    finally:
        app.close()
