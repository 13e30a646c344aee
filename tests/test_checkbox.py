"""Checkboxes drawn as pictures beside a label: read from the pixels at ingest (span.mark),
turned into checkbox form fields, and answered yes/no with the field as the citation.

Synthetic images drawn with PIL cover checked, unchecked and filled boxes, radio buttons,
boxes right of their label and a dark theme, and the look-alikes that must not count: no box,
the letter 'O', a '□' that OCR read as text, a bordered table cell and a text entry. A real
GTK form (evals/x11/form) checks the reading against what the recording's truth file says.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jsonschema
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from autocapture.api import Autocapture
from autocapture.checkbox import line_marks, read_mark
from autocapture.config import load_config
from autocapture.extract import build_spans
from autocapture.ocr.base import OcrLine, OcrWord
from autocapture.records import BBox, FrameRecord, SpanRecord, WindowFact
from autocapture.store import Store
from autocapture.store.graphs import load_layout
from autocapture.understand import build_graph
from autocapture.understand.graph import graph_document
from tests.conftest import FONT, REPO, frame_record

GRAPH_SCHEMA = json.loads((REPO / "docs" / "schemas" / "ui_graph.schema.json").read_text())
FORM = REPO / "evals" / "x11" / "form"
LIGHT, DARK = (246, 245, 244), (36, 36, 38)
SIZE = 13  # GTK's default UI font size in these recordings

Draw = Callable[[ImageDraw.ImageDraw, int, int], None]


def hexc(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def scene(
    draw_box: Draw | None,
    text: str = "Newsletter",
    bg: tuple[int, int, int] = LIGHT,
    fg: tuple[int, int, int] = (46, 52, 54),
    box_right: bool = False,
    extra: Callable[[ImageDraw.ImageDraw], None] | None = None,
) -> tuple[np.ndarray, list[BBox], int]:
    """A label (with a box drawn left of it, or right) and its words' OCR-like boxes: the ink
    padded by a pixel sideways and to the line's height, as OCR engines report them."""
    img = Image.new("RGB", (260, 60), bg)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, SIZE)
    x, y = (16, 20) if box_right else (38, 20)
    boxes: list[BBox] = []
    for word in text.split():
        left, _, r, _ = draw.textbbox((x, y), word, font=font)
        draw.text((x, y), word, font=font, fill=fg)
        boxes.append((left - 1, y - 5, r + 1, y + SIZE + 7))
        x = r + int(draw.textlength(" ", font=font))
    if draw_box is not None:
        draw_box(draw, boxes[-1][2] + 6 if box_right else 16, y + 1)
    if extra is not None:
        extra(draw)
    height = boxes[0][3] - boxes[0][1]
    return np.asarray(img), boxes, height


def marks(pixels: np.ndarray, boxes: list[BBox], height: int, bg=LIGHT) -> list:  # type: ignore[no-untyped-def]
    return line_marks(pixels, boxes, [hexc(bg)] * len(boxes), height)


# -- what a toolkit draws ---------------------------------------------------------------------


def empty_box(d: ImageDraw.ImageDraw, x: int, y: int) -> None:  # GTK Adwaita, unchecked
    d.rounded_rectangle((x, y, x + 15, y + 15), 3, fill=(255, 255, 255), outline=(192, 189, 184))


def ticked_box(d: ImageDraw.ImageDraw, x: int, y: int) -> None:  # classic: black square, tick
    d.rectangle((x, y, x + 12, y + 12), fill=(255, 255, 255), outline=(30, 30, 30))
    d.line([(x + 3, y + 6), (x + 5, y + 9), (x + 10, y + 3)], fill=(30, 30, 30), width=2)


def filled_box(d: ImageDraw.ImageDraw, x: int, y: int) -> None:  # Adwaita, checked
    d.rounded_rectangle((x, y, x + 15, y + 15), 3, fill=(53, 132, 228))
    d.line([(x + 4, y + 8), (x + 7, y + 11), (x + 12, y + 4)], fill=(255, 255, 255), width=2)


def radio_on(d: ImageDraw.ImageDraw, x: int, y: int) -> None:
    d.ellipse((x, y, x + 15, y + 15), fill=(255, 255, 255), outline=(80, 80, 80), width=1)
    d.ellipse((x + 5, y + 5, x + 10, y + 10), fill=(40, 40, 40))


def radio_off(d: ImageDraw.ImageDraw, x: int, y: int) -> None:
    d.ellipse((x, y, x + 15, y + 15), fill=(255, 255, 255), outline=(80, 80, 80), width=1)


def letter_o(d: ImageDraw.ImageDraw, x: int, y: int) -> None:  # an 'O' OCR failed to read
    d.text((x, y - 3), "O", font=ImageFont.truetype(FONT, SIZE + 3), fill=(46, 52, 54))


# -- synthetic images -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("draw_box", "state"),
    [(empty_box, "unchecked"), (ticked_box, "checked"), (filled_box, "checked")],
)
def test_a_box_left_of_its_label_is_read_checked_or_not(draw_box: Draw, state: str) -> None:
    pixels, boxes, h = scene(draw_box)
    [m] = marks(pixels, boxes, h)
    assert m is not None and m.state == state
    x1, y1, x2, y2 = m.bbox
    assert 14 <= x1 <= 18 and 12 <= x2 - x1 <= 17 and abs((x2 - x1) - (y2 - y1)) <= 1


def test_each_word_of_a_line_gets_the_box_beside_it_only() -> None:
    pixels, boxes, h = scene(ticked_box, text="Send me the newsletter")
    found = marks(pixels, boxes, h)
    assert found[0] is not None and found[0].state == "checked"
    assert found[1:] == [None, None, None]


def test_a_box_right_of_its_label() -> None:
    pixels, boxes, h = scene(ticked_box, text="Remember me", box_right=True)
    found = marks(pixels, boxes, h)
    assert found[0] is None and found[1] is not None and found[1].state == "checked"
    assert found[1].bbox[0] > boxes[1][2]


def test_dark_theme() -> None:
    def dark_empty(d: ImageDraw.ImageDraw, x: int, y: int) -> None:
        d.rounded_rectangle((x, y, x + 15, y + 15), 3, fill=(45, 45, 45), outline=(110, 110, 110))

    def dark_filled(d: ImageDraw.ImageDraw, x: int, y: int) -> None:
        d.rounded_rectangle((x, y, x + 15, y + 15), 3, fill=(53, 132, 228))
        d.line([(x + 4, y + 8), (x + 7, y + 11), (x + 12, y + 4)], fill=(255, 255, 255), width=2)

    for draw_box, state in ((dark_empty, "unchecked"), (dark_filled, "checked")):
        pixels, boxes, h = scene(draw_box, bg=DARK, fg=(238, 238, 236))
        [m] = marks(pixels, boxes, h, bg=DARK)
        assert m is not None and m.state == state


def test_a_selected_radio_button_is_read_and_an_empty_ring_is_not() -> None:
    pixels, boxes, h = scene(radio_on, text="Express")
    [m] = marks(pixels, boxes, h)
    assert m is not None and m.state == "selected"
    pixels, boxes, h = scene(radio_off, text="Standard")
    assert marks(pixels, boxes, h) == [None]  # an empty ring looks like the letter O


def test_no_box_no_mark() -> None:
    pixels, boxes, h = scene(None, text="Full name")
    assert marks(pixels, boxes, h) == [None, None]


def test_the_letter_o_is_no_box() -> None:
    pixels, boxes, h = scene(letter_o, text="Newsletter")
    assert marks(pixels, boxes, h) == [None]


def test_a_white_square_that_ocr_read_as_text_is_left_to_the_text_rules() -> None:
    pixels, boxes, h = scene(None, text="□ Newsletter")
    assert marks(pixels, boxes, h) == [None, None]


def test_a_label_in_a_bordered_table_cell_is_no_checkbox() -> None:
    def grid(d: ImageDraw.ImageDraw) -> None:
        for x in (30, 130, 230):  # column rules, and the rules above and below each row
            d.line([(x, 0), (x, 59)], fill=(120, 120, 120))
        for y in (14, 42):
            d.line([(0, y), (259, y)], fill=(120, 120, 120))

    pixels, boxes, h = scene(None, text="Newsletter Yes", extra=grid)
    assert marks(pixels, boxes, h) == [None, None]

    def small_cells(d: ImageDraw.ImageDraw) -> None:  # square cells the size of a checkbox
        for x in range(0, 38, 16):
            d.line([(x, 0), (x, 59)], fill=(120, 120, 120))
        for y in range(5, 60, 16):
            d.line([(0, y), (37, y)], fill=(120, 120, 120))

    pixels, boxes, h = scene(None, extra=small_cells)
    assert marks(pixels, boxes, h) == [None]


def test_text_in_an_entry_box_is_no_checkbox() -> None:
    def entry(d: ImageDraw.ImageDraw) -> None:
        d.rounded_rectangle((30, 8, 250, 48), 4, outline=(205, 199, 194))

    pixels, boxes, h = scene(None, text="Maya Lindqvist", extra=entry)
    assert marks(pixels, boxes, h) == [None, None]


def test_read_mark_stays_inside_the_image_and_before_the_neighbour() -> None:
    pixels, boxes, h = scene(empty_box)
    assert read_mark(pixels, boxes[0], hexc(LIGHT), h, "left", boxes[0][0] - 3) is None
    assert read_mark(pixels, (0, 0, 5, 10), hexc(LIGHT), h, "left", 0) is None
    assert read_mark(pixels, boxes[0], None, h, "left", 0) is None


# -- spans, graph, answers --------------------------------------------------------------------

T0 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
WIN = WindowFact("Sign-up form", (0, 0, 260, 60), "0x1", "forms", 7, True, 0)


def marked_frame(draw_box: Draw | None, n: int, text: str = "Newsletter") -> FrameRecord:
    """A frame whose spans come from build_spans over drawn pixels (OCR saw only the words)."""
    pixels, boxes, _ = scene(draw_box, text=text)
    words = text.split()
    line_box = (12, boxes[0][1], boxes[-1][2], boxes[0][3])  # OCR's line may swallow the box
    ocr = [
        OcrLine(
            text,
            line_box,
            0.95,
            tuple(OcrWord(w, b, 0.95) for w, b in zip(words, boxes, strict=True)),
        )
    ]
    return frame_record(
        T0 + timedelta(minutes=n),
        [WIN],
        lambda fid: build_spans(fid, ocr, pixels, [WIN], None),
        f"checkbox-{n}-{text}",
        size=(260, 60),
    )


def test_spans_carry_the_mark_and_the_graph_makes_a_checkbox_field() -> None:
    rec = marked_frame(filled_box, 0)
    word = next(s for s in rec.spans if s.kind == "word")
    line = next(s for s in rec.spans if s.kind == "line")
    assert word.mark == "checked" and word.mark_bbox is not None
    assert line.mark == ""  # looked at, nothing of its own (the word holds the mark)
    from autocapture.understand import Layout

    layout = Layout(rec.frame_id, rec.width, rec.height, rec.windows, rec.spans)
    nodes = build_graph(layout)
    jsonschema.validate(graph_document(layout, nodes), GRAPH_SCHEMA)
    [field] = [n for n in nodes if n.kind == "form_field"]
    assert field.attrs["key"] == "Newsletter" and field.attrs["value"] == "checked"
    assert field.attrs["kind"] == "checkbox" and field.attrs["drawn"] is True
    assert field.span_ids == [line.span_id]
    assert field.bbox[0] == field.attrs["box"][0]  # the field's box takes in the checkbox


def test_marks_survive_the_store_and_reparse(tmp_path: Path) -> None:
    store = Store(tmp_path / "data")
    try:
        rec = marked_frame(empty_box, 0)
        assert store.write_frame(rec)
        cols = {r[1] for r in store.db.execute("PRAGMA table_info(span)")}
        names = {r[0] for r in store.db.execute("SELECT name FROM _migrations")}
        assert {"mark", "mark_bbox"} <= cols and "m006_span_mark" in names
        layout, _ = load_layout(store.db, rec.frame_id)
        word = next(s for s in layout.spans if s.kind == "word")
        assert word.mark == "unchecked" and word.mark_bbox == next(
            s.mark_bbox for s in rec.spans if s.kind == "word"
        )
        [field] = [n for n in build_graph(layout) if n.kind == "form_field"]
        assert field.attrs["value"] == "unchecked"
    finally:
        store.close()


def test_no_field_from_an_unlabelled_or_unmarked_line() -> None:
    from autocapture.understand import Layout

    for rec in (marked_frame(None, 0), marked_frame(filled_box, 1, text="42")):
        layout = Layout(rec.frame_id, rec.width, rec.height, rec.windows, rec.spans)
        assert not [n for n in build_graph(layout) if n.kind == "form_field"]


@pytest.fixture
def drawn_app(tmp_path: Path) -> Iterator[Autocapture]:
    cfg = load_config(tmp_path / "data")
    cfg.timezone = "UTC"
    app = Autocapture(config=cfg)
    yield app
    app.close()


def test_yes_no_answers_on_a_drawn_checkbox_cite_the_field(drawn_app: Autocapture) -> None:
    assert drawn_app.store.write_frame(marked_frame(empty_box, 0))
    now = T0 + timedelta(hours=1)
    for q, want in (
        ("did the customer sign up for the newsletter?", "No"),
        ("was the newsletter box ticked?", "No"),
        ("was the newsletter option unticked?", "Yes"),
    ):
        ans = drawn_app.ask(q, now=now)
        assert ans.state == "ok", (q, ans)
        assert ans.answer.startswith(want), (q, ans.answer)
        [claim] = ans.claims
        assert claim.citations and all(c.verified for c in claim.citations)
        assert "Newsletter" in claim.citations[0].text


# -- a real GTK form --------------------------------------------------------------------------


def expected_newsletter(truth: dict, frame: dict) -> str:
    """What the truth file says the Newsletter box showed in a frame: the form's fields are
    filled in order, and 'form1:N' says the first N were filled when the frame was taken."""
    fields = truth["forms"][0]["fields"]
    k = next(i for i, f in enumerate(fields) if f["kind"] == "CHK")
    filled = max(int(s.split(":")[1]) for s in frame["shows"] if s.startswith("form1:"))
    ticked = k < filled and fields[k]["value"] == "TRUE"
    return "checked" if ticked else "unchecked"


def test_the_recorded_gtk_form_checkbox(tmp_path: Path) -> None:
    """OCR (the real engine) and the checkbox pass over two frames of the recorded yad form:
    before the box was ticked and after; the states must be those in truth.json."""
    truth = json.loads((FORM / "truth.json").read_text())
    rows = [json.loads(x) for x in (FORM / "bundle" / "frames.jsonl").read_text().splitlines()]
    frames = {f["image"]: f for f in truth["frames"]}
    picked = [rows[0], rows[2]]
    want = [expected_newsletter(truth, frames[r["image"]]) for r in picked]
    assert want == ["unchecked", "checked"]
    bundle = tmp_path / "bundle"
    (bundle / "images").mkdir(parents=True)
    shutil.copy(FORM / "bundle" / "bundle.json", bundle / "bundle.json")
    for r in picked:
        shutil.copy(FORM / "bundle" / r["image"], bundle / r["image"])
    (bundle / "frames.jsonl").write_text("".join(json.dumps(r) + "\n" for r in picked))
    cfg = load_config(tmp_path / "data")
    cfg.timezone = truth["timezone"]
    app = Autocapture(config=cfg)
    try:
        assert app.ingest([bundle]).added == 2
        got = {}
        for row in app.store.db.execute(
            "SELECT f.ts_utc, n.attrs FROM ui_node n JOIN frame f USING (frame_id)"
            " WHERE n.kind = 'form_field' ORDER BY f.ts_ms"
        ):
            attrs = json.loads(row["attrs"])
            if attrs.get("drawn"):
                got[row["ts_utc"]] = (attrs["key"], attrs["value"])
        assert list(got.values()) == [("Newsletter", w) for w in want]
        ans = app.ask(
            "did the new customer sign up for the newsletter?",
            now=datetime.fromisoformat(picked[1]["ts_utc"].replace("Z", "+00:00")),
        )
        assert ans.state == "ok" and ans.answer.startswith("Yes"), ans
        assert all(c.verified for c in ans.claims[0].citations)
    finally:
        app.close()


def test_a_carried_span_keeps_its_checkbox_where_it_moved() -> None:
    """Live capture copies unchanged lines into the next frame; a box beside one moves too."""
    from autocapture.capture.agent import CaptureAgent

    line = SpanRecord("s_l", "line", 0, "Newsletter", (40, 100, 140, 120), 0.9,
                      mark="checked", mark_bbox=(20, 102, 36, 118))  # fmt: skip
    word = SpanRecord("s_w", "word", 1, "Newsletter", (40, 100, 140, 120), 0.9,
                      line_span_id="s_l", mark="checked", mark_bbox=(20, 102, 36, 118))  # fmt: skip
    agent = CaptureAgent.__new__(CaptureAgent)
    agent._prev_spans = [line, word]
    out = agent._carry("f_next", {"s_l": (40, 130, 140, 150)}, [], 0)
    assert [s.mark for s in out] == ["checked", "checked"]
    assert all(s.mark_bbox == (20, 132, 36, 148) for s in out)


def test_a_dark_themes_filled_checkbox_is_read_past_its_white_tick() -> None:
    """Adwaita-dark draws a ticked box as a blue square with a white tick: the tick, not the
    fill, is the strongest ink, yet the square is the box. From the recorded set b form,
    after 'Insurance needed' was ticked, beside 'Training required', left unticked."""
    form = REPO / "evals" / "x11b" / "form"
    truth = json.loads((form / "truth.json").read_text())
    fields = {f["label"]: f["value"] for f in truth["forms"][0]["fields"]}
    assert fields["Insurance needed"] == "TRUE" and fields["Training required"] == "FALSE"
    img = Image.open(form / "bundle" / "images" / "20261124T165039845570.png").convert("RGB")
    pixels = np.array(img)
    bg = "#353535"  # the dark form's background, as OCR's colour pass reads it
    ticked = read_mark(pixels, (44, 234, 108, 258), bg, 24, "left", 0)
    assert ticked is not None and ticked.state == "checked"
    untouched = read_mark(pixels, (48, 260, 118, 284), bg, 24, "left", 0)
    assert untouched is not None and untouched.state == "unchecked"
