"""Parser gaps found on the blind set g recording (evals/blind/x11g), each on real frames run
through the real OCR (one frame per scenario, ingested once per module):

* colour: a console word under a highlighted row (black on yellow) took the yellow of the
  band its OCR box overlaps, not its own cyan;
* title bar: a terminal's prompt line repeats the window title ("user@host:~/dir$ ls") and
  was taken for the title bar;
* tables: a terminal table's widest cell ran into the next column across a two-space gutter
  ("Joao Batista Lemos  Agency driver") and ended the table there;
* calendar: a to-do row beside a terminal calendar's appointments took the time of the
  appointment whose title is under it;
* forms: a label and the time in its entry box ("Time  19:02") read as a chat header that
  swallowed the rows under it (the checkboxes and the text area), a text area's sentence was
  too long to be a value, a tick OCR'd as a glyph ("✓Overnight trip") was no checkbox, and
  window buttons OCR'd as ideographs ("00网") became nodes.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator

import numpy as np
import pytest
from PIL import Image

from autocapture.api import Autocapture
from autocapture.colour import sample_colours
from autocapture.config import load_config
from autocapture.records import SpanRecord, WindowFact
from autocapture.understand import Layout, build_graph
from autocapture.understand.colours import name_colour
from tests.conftest import REPO

SET_G = REPO / "evals" / "blind" / "x11g"
PICKS = {"console": [0], "form": [2, 4], "calendar": [0]}  # frames.jsonl rows per scenario


def _rows(scenario: str) -> list[dict]:
    text = (SET_G / scenario / "bundle" / "frames.jsonl").read_text()
    return [json.loads(x) for x in text.splitlines()]


@pytest.fixture(scope="module")
def graphs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, list[list]]]:
    """Per scenario, the UI graph nodes of each picked frame, in frame order."""
    tmp = tmp_path_factory.mktemp("parser_gaps")
    out: dict[str, list[list]] = {}
    for scenario, picks in PICKS.items():
        src = SET_G / scenario / "bundle"
        bundle = tmp / scenario
        (bundle / "images").mkdir(parents=True)
        shutil.copy(src / "bundle.json", bundle / "bundle.json")
        rows = [_rows(scenario)[k] for k in picks]
        for r in rows:
            shutil.copy(src / r["image"], bundle / r["image"])
        (bundle / "frames.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
        cfg = load_config(tmp / f"data-{scenario}")
        cfg.timezone = "America/Sao_Paulo"
        app = Autocapture(config=cfg)
        try:
            assert app.ingest([bundle]).added == len(rows)
            db = app.store.db
            frames = [r[0] for r in db.execute("SELECT frame_id FROM frame ORDER BY ts_ms")]
            out[scenario] = [
                [
                    (n["kind"], n["text"], json.loads(n["attrs"]))
                    for n in db.execute(
                        "SELECT kind, text, attrs FROM ui_node WHERE frame_id = ? ORDER BY seq",
                        (fid,),
                    )
                ]
                for fid in frames
            ]
        finally:
            app.close()
    yield out


# -- 1. colour sampling stays inside the line's own row ---------------------------------------


def test_a_word_under_a_highlighted_row_keeps_its_own_colour() -> None:
    """The fleet board (dark xterm, 8 pt): RS-12's row is black on yellow; 'IN YARD' on the
    row under it is cyan, and its OCR box (from the recorded frame) reaches 3 px into the
    yellow band. Its neighbours keep their colours: red DELAYED, green ON ROUTE, and the
    highlighted row's own black on yellow."""
    row = _rows("console")[1]
    px = np.asarray(Image.open(SET_G / "console" / "bundle" / row["image"]).convert("RGB"))

    def name(box: tuple[int, int, int, int]) -> tuple[str | None, str | None]:
        fg, bg = sample_colours(px, box)
        return name_colour(fg), name_colour(bg)

    assert name((393, 988, 446, 1005)) == ("cyan", "black")  # IN YARD
    assert name((392, 961, 447, 977)) == ("red", "black")  # DELAYED, above the band
    assert name((392, 974, 461, 991)) == ("black", "yellow")  # BREAKDOWN, the band itself
    assert name((392, 1002, 453, 1019)) == ("green", "black")  # ON ROUTE


def test_a_band_along_either_edge_is_left_out_but_a_rule_inside_is_not() -> None:
    """Synthetic: grey text on white between two selection bars that the box overlaps by a
    quarter of its height each; a box drawing a horizontal rule in its middle stays a rule."""
    img = np.full((40, 120, 3), 255, dtype=np.uint8)
    img[0:14] = (40, 80, 230)  # the row above: a blue selection bar
    img[30:40] = (230, 210, 50)  # the row below: yellow
    img[18:26:2, 10:110:3] = (128, 128, 128)  # this row's glyph strokes, grey
    fg, bg = sample_colours(img, (0, 10, 120, 34))
    assert (name_colour(fg), name_colour(bg)) == ("grey", "white")
    rule = np.full((20, 120, 3), 0, dtype=np.uint8)
    rule[9:11] = (255, 255, 255)
    assert name_colour(sample_colours(rule, (0, 0, 120, 20))[0]) == "white"


# -- 2. the title bar is the window's top row, not its prompt ---------------------------------


def test_the_title_bar_is_not_the_prompt_repeating_the_title(graphs: dict) -> None:
    [nodes] = graphs["console"]
    bars = {a["title"]: text for kind, text, a in nodes if kind == "title_bar"}
    title = "renata@rotasul-desp2: ~/src/eta-calc"
    assert title in bars
    assert "$" not in bars[title] and "ls" not in bars[title].split(), bars[title]


def _layout(texts: list[tuple[int, int, str]], title: str) -> Layout:
    spans = [
        SpanRecord(
            f"s{i}", "line", i, t, (x, y, x + 9 * len(t), y + 18), 0.9, "#000", "#fff", None, 0
        )
        for i, (x, y, t) in enumerate(texts)
    ]
    win = WindowFact(title=title, rect=(0, 0, 700, 400), window_id="0x1", app="xterm")
    return Layout("f", 700, 400, [win], spans)


def test_a_prompt_alone_is_no_title_bar_and_a_title_cut_short_still_is() -> None:
    title = "ana@box: ~/work"
    only_prompt = _layout([(0, 20, "ana@box:~/work$ make test"), (0, 38, "ok")], title)
    assert not [n for n in build_graph(only_prompt) if n.kind == "title_bar"]
    cut = _layout([(200, 1, "ana@box: ~/wo"), (0, 20, "ana@box:~/work$")], title)
    [bar] = [n for n in build_graph(cut) if n.kind == "title_bar"]
    assert bar.text == "ana@box: ~/wo"


# -- 3. every row of a terminal table is a table_row ------------------------------------------


def test_every_row_of_a_column_t_listing_is_a_table_row(graphs: dict) -> None:
    """`column -s, -t drivers.csv` in the light xterm beside the form (frame 'fuel advance
    request filled'): a header and eight rows; the widest name cell ('Joao Batista Lemos',
    'Paulo Henrique Souza') sits two spaces from the role column."""
    truth = json.loads((SET_G / "form" / "truth.json").read_text())["distractor_contacts"]
    people = [line.split(",")[0] for line in truth["lines"][1:]]
    nodes = graphs["form"][1]
    rows = [text for kind, text, _ in nodes if kind == "table_row"]
    firsts = {r.split(" | ")[0] for r in rows}
    assert set(people) <= firsts, sorted(set(people) - firsts)
    lemos = next(r for r in rows if r.startswith("Joao Batista Lemos"))
    assert lemos.split(" | ")[1] == "Agency driver"


# -- 4. a to-do row takes no appointment's time -----------------------------------------------


def test_todo_rows_beside_a_terminal_calendar_take_no_time(graphs: dict) -> None:
    """calcurse: the to-do panel's '7. Update the rodizio sheet' is on the row of the
    appointment time '07:30 -> 08:00', whose title 'Morning dispatch huddle' is under it."""
    [nodes] = graphs["calendar"]
    events = [a for kind, _, a in nodes if kind == "calendar_event"]
    by_title = {e["title"]: e for e in events}
    assert "Morning dispatch huddle" in by_title
    huddle = by_title["Morning dispatch huddle"]
    assert (huddle["start"], huddle["end"]) == ("07:30", "08:00")
    todo = [e for e in events if "rodizio" in e["title"].lower() or "spare tyres" in e["title"]]
    assert not todo, todo


# -- 5. the set g forms: checkboxes, the text area, no noise ----------------------------------


def _fields(nodes: list) -> dict[str, str]:
    return {a["key"]: a["value"] for kind, _, a in nodes if kind == "form_field"}


def test_the_filled_incident_report_keeps_its_checkboxes_and_text_area(graphs: dict) -> None:
    """Frame 'incident report filled': every field of truth.json, the checkboxes too (the
    'Time  19:02' row is no chat header over them) and the description under its label."""
    form = json.loads((SET_G / "form" / "truth.json").read_text())["forms"][0]
    fields = _fields(graphs["form"][0])
    for f in form["fields"]:
        want = {"TRUE": "checked", "FALSE": "unchecked"}.get(f["value"], f["value"])
        assert fields.get(f["label"]) == want, (f["label"], fields.get(f["label"]))
    assert not [t for kind, t, _ in graphs["form"][0] if kind == "chat_message"]


def test_the_dark_form_reads_a_tick_ocr_read_as_a_glyph(graphs: dict) -> None:
    """Frame 'fuel advance request filled (dark, small)': 'Overnight trip' was ticked."""
    assert _fields(graphs["form"][1]).get("Overnight trip") == "checked"


def test_window_buttons_read_as_ideographs_make_no_nodes(graphs: dict) -> None:
    for frames in graphs.values():
        for nodes in frames:
            noisy = [(k, t) for k, t, _ in nodes if any("\u2e80" <= c <= "\u9fff" for c in t)]
            assert not noisy, noisy


def test_a_window_whose_own_text_is_cjk_keeps_its_short_lines() -> None:
    lay = _layout([(0, 40, "会议记录"), (0, 60, "下午三点"), (0, 80, "网")], "会议")
    assert [s.text for s in lay.lines] == ["会议记录", "下午三点", "网"]


def test_an_ideograph_glyph_in_a_latin_window_is_dropped() -> None:
    texts = ["Name", "Ana Lima", "Email", "ana@lima.example", "Phone"]
    lay = _layout([(600, 0, "00网")] + [(0, 40 + 20 * k, t) for k, t in enumerate(texts)], "Form")
    assert [s.text for s in lay.lines] == texts
