"""Colours of table rows and test markers in terminals: a row printed white on a red
background ("which tank was highlighted in red?"), a row greyed out, the cell of a row under
its STATUS heading ("what colour was TK-14's status?"), and test items marked by a short
bracketed code whose colour is the item's ("which of the ledger tests came out red?", "what
colour was the skipped slowImport test?").

The table is drawn in a light terminal as OCR reads such tables: each cell a line span of its
own (OCR splits a row at wide gaps), with the fg/bg sampled for it; the test run is drawn as
in ``test_console_tokens`` (a dark terminal, one line span per row, words coloured by most of
their characters)."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PIL import Image, ImageDraw, ImageFont

import autocapture.promptops.pipeline as pipeline
from autocapture.answer.console_color import _asked_colour, colour_word
from autocapture.answer.console_marks import MARKER, _ident
from autocapture.api import Autocapture
from autocapture.config import load_config
from autocapture.records import FrameRecord, SpanRecord, WindowFact, make_frame_id, make_span_id
from tests.conftest import MONO
from tests.test_console_tokens import T0, ask, console_frame, row, term

LIGHT = {
    "black": (24, 24, 24),
    "white": (255, 255, 255),
    "paper": (254, 254, 254),
    "red": (205, 0, 0),
    "green": (0, 205, 0),
    "yellow": (205, 205, 20),
    "grey": (127, 127, 127),
}
FONT = ImageFont.truetype(MONO, 13)
CW = FONT.getlength("M")
ROW_H = 16

Cell = tuple[str, int, str, str]  # text, column (characters), fg, bg


def cells(*spec: tuple[str, int], fg: str = "black", bg: str = "paper") -> list[Cell]:
    return [(text, col, fg, bg) for text, col in spec]


COLS = (0, 8, 15, 23, 32)
TABLE: list[list[Cell]] = [
    cells(("dev@box:~/ops/tanks$ ./tankmon --all", 0)),
    cells(*zip(("NAME", "ZONE", "LEVEL", "STATUS", "NOTE"), COLS, strict=True)),
    cells(("TK-11", 0), ("east", 8), ("82 %", 15), ("topped up 09:10", 32))
    + cells(("OK", 23), fg="green"),
    cells(
        *zip(("TK-12", "east", "14 %", "DRAIN", "valve stuck"), COLS, strict=True),
        fg="white",
        bg="red",
    ),
    cells(*zip(("TK-13", "west", "--", "PAUSED", "sensor swap"), COLS, strict=True), fg="grey"),
    cells(("TK-14", 0), ("west", 8), ("order placed", 32))
    + cells(("55 %", 15), fg="red")  # a coloured cell nearer the name than its status
    + cells(("LOW", 23), fg="yellow"),
    cells(("1 drain, 1 paused, 1 low", 0), fg="red"),
    cells(("dev@box:~/ops/tanks$", 0)),
]
RUN = [
    row("dev@box:~/src/ledger$ ./run-checks"),
    row("+-- ", ("LedgerSuite", "cyan"), " ", ("[OK]", "green")),
    row("| +-- parsesHeader() ", ("[OK]", "green")),
    row("| +-- rejectsEmpty() ", ("[X] expected: <1> but was: <0>", "red")),
    row("| '-- slowImport() ", ("[S] disabled on CI", "magenta")),
    row(("Failures (1):", "red")),
    row("  LedgerSuite:rejectsEmpty()"),
    row(("1 tests failed", "red")),
    row("dev@box:~/src/ledger$"),
]


def hexof(name: str) -> str:
    return "#{:02x}{:02x}{:02x}".format(*LIGHT[name])


def table_frame(minutes: int) -> FrameRecord:
    """A light terminal showing TABLE, one line span (and its words) per cell."""
    title = "dev@box: ~/ops/tanks"
    rect = (0, 0, 900, 400)
    img = Image.new("RGB", (1280, 800), LIGHT["paper"])
    draw = ImageDraw.Draw(img)
    placed = []
    for i, cs in enumerate(TABLE):
        y = 30 + ROW_H * i
        for text, col, fg, bg in cs:
            x = 4 + col * CW
            box = (int(x), y, int(x + CW * len(text)) + 1, y + ROW_H - 2)
            if bg != "paper":
                draw.rectangle((0, y - 1, 880, y + ROW_H - 2), fill=LIGHT[bg])
            draw.text((x, y), text, font=FONT, fill=LIGHT[fg])
            placed.append((text, box, fg, bg))
    data = io.BytesIO()
    img.save(data, format="PNG")
    raw = data.getvalue()
    sha = hashlib.sha256(raw).hexdigest()
    ts = T0 + timedelta(minutes=minutes)
    fid = make_frame_id(sha, ts, 0)
    spans: list[SpanRecord] = []
    for i, (text, box, fg, bg) in enumerate(placed):
        lid = make_span_id(fid, "line", i)
        spans.append(SpanRecord(lid, "line", i, text, box, 0.95, hexof(fg), hexof(bg),
                                window_index=0))  # fmt: skip
        start = 0
        for j, word in enumerate(text.split(" ")):
            if word:
                x1 = int(box[0] + CW * start)
                wbox = (x1, box[1], int(box[0] + CW * (start + len(word))) + 1, box[3])
                spans.append(
                    SpanRecord(make_span_id(fid, "word", 1000 * i + j), "word", 1000 * i + j,
                               word, wbox, 0.95, hexof(fg), hexof(bg), line_span_id=lid,
                               window_index=0)
                )  # fmt: skip
            start += len(word) + 1
    window = WindowFact(title, rect, title, "xterm", 1, True, 0)
    return FrameRecord(fid, ts, 1280, 800, sha, raw, "image/png", "synthetic", "synthetic", "0",
                       monitor_id=0, windows=[window], spans=spans)  # fmt: skip


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    cfg = load_config(tmp_path_factory.mktemp("set_f") / "data")
    cfg.timezone = "UTC"
    a = Autocapture(config=cfg)
    assert a.store.write_frame(table_frame(0))
    assert a.store.write_frame(console_frame(3, [term("dev@box: ~/src/ledger", (0, 0, 700, 300),
                                                      RUN)]))  # fmt: skip
    yield a
    a.close()


# -- pure parts --------------------------------------------------------------------------------


def test_greyed_out_is_grey() -> None:
    assert colour_word("greyed") == colour_word("grayed") == "grey"
    assert colour_word("gray") == "grey" and colour_word("greedy") is None
    assert _asked_colour("which pump was greyed out in the table?") == "grey"


@pytest.mark.parametrize(
    ("text", "marker", "ident"),
    [("[X]", True, None), ("[OK]", True, None), ("✔", True, None), ("[LONGER]", False, None),
     ("parsesHeader()", False, "parsesHeader"), ("test1()", False, "test1"),
     ("tests/test_a.py::test_b", False, "tests/test_a.py::test_b"), ("Failures", False, None)],
)  # fmt: skip
def test_markers_and_names(text: str, marker: bool, ident: str | None) -> None:
    assert bool(MARKER.fullmatch(text)) is marker
    assert _ident(text) == ident


# -- answers -----------------------------------------------------------------------------------


def test_row_on_a_red_background(desk: Autocapture) -> None:
    ans = ask(desk, "which tank was highlighted in red in the tankmon table?")
    assert ans.state == "ok", ans.answer
    # the row's red is its background ("on a red background", or a table cell "shown on red")
    assert "TK-12" in ans.answer and ("red background" in ans.answer or "on red" in ans.answer)
    assert "TK-11" not in ans.answer and "1 drain" not in ans.answer


def test_row_greyed_out(desk: Autocapture, monkeypatch: pytest.MonkeyPatch) -> None:
    ans = ask(desk, "which tank was shown in grey?")
    assert ans.state == "ok" and "TK-13" in ans.answer, ans.answer
    assert "TK-12" not in ans.answer and "tanks" not in ans.answer  # nor the title bar
    # "greyed out" asks the same; its routing pattern is the bundle's (query_rules.yaml).
    monkeypatch.setattr(pipeline, "classify", lambda q, rules, *_: ("console_color", "test"))
    ans = ask(desk, "which tank was greyed out in the tankmon table?")
    assert ans.state == "ok" and "TK-13" in ans.answer, ans.answer


def test_status_cell_of_a_row(desk: Autocapture) -> None:
    ans = ask(desk, "what colour was TK-14's status in tankmon?")
    assert ans.state == "ok" and "yellow" in ans.answer, ans.answer
    assert "LOW" in ans.answer
    ans = ask(desk, "what colour was TK-11's status?")
    assert ans.state == "ok" and "green" in ans.answer, ans.answer


def test_tests_marked_in_red(desk: Autocapture) -> None:
    ans = ask(desk, "which of the ledger tests came out red?")
    assert ans.state == "ok", ans.answer
    assert "rejectsEmpty" in ans.answer
    assert "parsesHeader" not in ans.answer and "tests failed" not in ans.answer


def test_colour_of_a_plain_test_name_is_its_marker(desk: Autocapture) -> None:
    ans = ask(desk, "what colour was the skipped slowImport test?")
    assert ans.state == "ok" and "magenta" in ans.answer, ans.answer
