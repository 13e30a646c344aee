"""Boards and test runs in terminals, asked about by colour: a table whose header scrolled
away, each status cell coloured on its own (white on red, yellow, magenta, cyan), and node's
test runner (``node --test``), whose marks OCR drops and whose outcomes show as the colour of
each test's name (green passed, red failed, grey skipped, with "# reason" after a skip or a
todo) and its "ℹ pass 2" summary rows.

Frames are drawn as OCR reads them: a board's cells are line spans of their own (OCR splits a
row at its wide gaps), with the colour sampled for each; a test run is one line span per row
whose words carry their own colour (the name's, the duration's grey, a directive's black).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from autocapture.answer.console_question import CODE, aside_words
from autocapture.answer.console_rows import _present, joined
from autocapture.answer.console_runners import runner_in, runner_words
from autocapture.answer.console_unseen_run import asked_program
from autocapture.api import Autocapture
from autocapture.config import load_config
from autocapture.records import FrameRecord, SpanRecord, WindowFact, make_frame_id, make_span_id
from autocapture.text import Bag
from autocapture.understand.reader import GraphReader
from tests.conftest import MONO

T0 = datetime(2026, 3, 2, 22, 0, tzinfo=UTC)
NOW = datetime(2026, 3, 2, 23, 30, tzinfo=UTC)
RGB = {
    "black": (0, 0, 0),
    "ink": (24, 24, 24),
    "white": (229, 229, 229),
    "paper": (255, 255, 255),
    "red": (205, 0, 0),
    "green": (0, 205, 0),
    "yellow": (205, 205, 0),
    "blue": (0, 0, 238),
    "magenta": (205, 0, 205),
    "cyan": (0, 205, 205),
    "grey": (127, 127, 127),
}
FONT = ImageFont.truetype(MONO, 14)
CW = FONT.getlength("M")
ROW_H = 19

Run = tuple[str, str]  # text, colour
# A cell: its column (in characters), its runs, its background (None: the window's).
Cell = tuple[int, list[Run], str | None]


def hexof(name: str) -> str:
    return "#{:02x}{:02x}{:02x}".format(*RGB[name])


def cell(col: int, text: str, fg: str = "white", bg: str | None = None) -> Cell:
    return (col, [(text, fg)], bg)


def runs(*parts: Run | str, fg: str = "ink") -> list[Cell]:
    """One row of coloured runs (a bare string in FG) as a single cell at column 0."""
    return [(0, [(p, fg) if isinstance(p, str) else p for p in parts], None)]


def frame(n: int, windows: list[tuple[str, tuple[int, int, int, int], str, list[list[Cell]]]]):
    """Terminals drawn from rows of cells: each cell a line span (fg: its commonest character
    colour, bg: its own or the window's), each space-separated word a word span coloured by
    most of its characters."""
    img = Image.new("RGB", (1280, 800), RGB["paper"])
    draw = ImageDraw.Draw(img)
    facts: list[WindowFact] = []
    placed = []
    for wi, (title, rect, back, rows) in enumerate(windows):
        facts.append(WindowFact(title, rect, title, "xterm", 100 + wi, wi == 0, wi))
        draw.rectangle(rect, fill=RGB[back])
        for i, cells in enumerate(rows):
            y = rect[1] + 24 + ROW_H * i
            for col, parts, bg in cells:
                x0 = rect[0] + 4 + col * CW
                text = "".join(t for t, _ in parts)
                if bg is not None:
                    draw.rectangle((x0 - 2, y - 1, x0 + CW * len(text) + 2, y + ROW_H - 2),
                                   fill=RGB[bg])  # fmt: skip
                colours: list[str] = []
                at = 0
                for t, c in parts:
                    draw.text((x0 + at * CW, y), t, font=FONT, fill=RGB[c])
                    colours += [c] * len(t)
                    at += len(t)
                placed.append((wi, x0, y, text, colours, bg or back))
    data = io.BytesIO()
    img.save(data, format="PNG")
    raw = data.getvalue()
    sha = hashlib.sha256(raw).hexdigest()
    ts = T0 + timedelta(minutes=n)
    fid = make_frame_id(sha, ts, 0)
    spans: list[SpanRecord] = []
    for i, (wi, x0, y, text, colours, bg) in enumerate(placed):
        lid = make_span_id(fid, "line", i)
        box = (int(x0), y, int(x0 + CW * len(text)) + 1, y + ROW_H - 2)
        common = max(set(colours), key=colours.count)
        spans.append(SpanRecord(lid, "line", i, text, box, 0.95, hexof(common), hexof(bg),
                                window_index=wi))  # fmt: skip
        start = 0
        for j, word in enumerate(text.split(" ")):
            if word:
                cs = colours[start : start + len(word)]
                wbox = (int(x0 + CW * start), y, int(x0 + CW * (start + len(word))) + 1, box[3])
                spans.append(
                    SpanRecord(make_span_id(fid, "word", 1000 * i + j), "word", 1000 * i + j, word,
                               wbox, 0.95, hexof(max(set(cs), key=cs.count)), hexof(bg),
                               line_span_id=lid, window_index=wi)
                )  # fmt: skip
            start += len(word) + 1
    return FrameRecord(fid, ts, 1280, 800, sha, raw, "image/png", "synthetic", "synthetic", "0",
                       monitor_id=0, windows=facts, spans=spans)  # fmt: skip


def host_row(name: str, kind: str, status: str, note: str, fg: str = "white",
             bg: str | None = None, who: str = "") -> list[Cell]:  # fmt: skip
    """A board row: the host and its kind, the status cell (coloured), who, a note."""
    row = [cell(0, name, "white", bg), cell(8, kind, "white", bg), cell(16, status, fg, bg)]
    if who:
        row.append(cell(31, who, "white", bg))
    return [*row, cell(46, note, "white", bg)]


# The board's header scrolled away: only its rows, a summary and a note below.
BOARD = [
    host_row("db-03", "bulk", "OFFLINE", "disk array fault, ticket OPS-4471", bg="red"),
    host_row("web-02", "edge", "DRAINING", "moved to pool b", fg="yellow"),
    host_row("cache-1", "edge", "READY", "checked 21:40", fg="green"),
    host_row("api-07", "core", "PAUSED", "kernel patch at 02:00", fg="magenta", who="R. Okafor"),
    host_row("api-09", "core", "BOOTING", "image v41, ETA 23:10", fg="cyan", who="L. Brandt"),
    host_row("api-11", "core", "SERVING", "canary 5%", who="L. Brandt"),
    host_row("job-04", "bulk", "BOOTING", "image v41, queued", fg="cyan", who="R. Okafor"),
    [cell(0, "fleet 12 of 14 hosts up, 2 booting, 1 offline", "yellow")],
    [cell(0, "on call: Dana Reyes, ext 4471", "white")],
]
# node --test in a light terminal (its spec reporter), the prompt cleared before the run.
NODE_RUN = [
    runs(("▶ billing", "ink")),
    runs(("  ✔ adds the nightly tax ", "green"), ("(1.20ms)", "grey")),
    runs(("  ✖ caps the stay at 7 nights ", "red"), ("(0.31ms)", "grey")),
    runs("    [expected 28.00, got 36.00]"),
    runs(("✖ billing ", "red"), ("(6.38ms)", "grey")),
    runs(("  ✔ balances the folio ", "green"), ("(0.22ms)", "grey")),
    runs(("  ✖ charges the late fee once ", "red"), ("(0.11ms)", "grey")),
    runs(("  ﹣ exports the day file ", "grey"), ("(0.07ms) ", "grey"), "# share not mounted"),
    runs(("  ✔ splits the group folio ", "green"), ("(0.12ms) ", "grey"), "# after the audit"),
    runs(("ℹ tests 6", "blue")),
    runs(("ℹ pass 2", "blue")),
    runs(("ℹ fail 2", "blue")),
    runs(("ℹ skipped 1", "blue")),
    runs(("ℹ todo 1", "blue")),
    runs(("ℹ duration_ms 20.51", "blue")),
    runs("ops@box:~/src/billing$"),
]
# Light terminals: a unit list with one row white on red (no console line of its own: only
# its highlight tells it), and a rota whose late person's status is red.
PUMPS = [
    [cell(0, "PU-01 hall A", "ink"), cell(16, "4.1 bar", "ink"), cell(26, "OK", "green")],
    [cell(0, "PU-02 hall B", "white", "red"), cell(16, "0.3 bar", "white", "red"),
     cell(26, "ALARM", "white", "red")],
    [cell(0, "PU-03 hall C", "ink"), cell(16, "3.9 bar", "ink"), cell(26, "OK", "green")],
    [cell(0, "PU-04 hall D", "ink"), cell(16, "4.0 bar", "ink"), cell(26, "OK", "green")],
]  # fmt: skip
ROTA = [
    [cell(0, "Ana Silva", "ink"), cell(14, "network", "ink"), cell(24, "LATE", "red")],
    [cell(0, "Bo Lindgren", "ink"), cell(14, "storage", "ink"), cell(24, "IN", "green")],
    [cell(0, "Chidi Okeke", "ink"), cell(14, "network", "ink"), cell(24, "IN", "green")],
]
BOARD_WIN = ("ops@box: ~/src/hostboard", (0, 0, 760, 300), "black", BOARD)
NODE_WIN = ("ops@box: ~/src/billing", (0, 320, 760, 760), "paper", NODE_RUN)
PUMP_WIN = ("ops@box: ~/src/pump-watch", (780, 0, 1280, 160), "paper", PUMPS)
ROTA_WIN = ("ops@box: ~/src/rota", (780, 180, 1280, 320), "paper", ROTA)


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    cfg = load_config(tmp_path_factory.mktemp("boards") / "data")
    cfg.timezone = "UTC"
    a = Autocapture(config=cfg)
    for n in (1, 5):
        assert a.store.write_frame(frame(n, [BOARD_WIN, NODE_WIN, PUMP_WIN, ROTA_WIN]))
    yield a
    a.close()


def ask(a: Autocapture, q: str):  # type: ignore[no-untyped-def]
    ans = a.ask(q, now=NOW)
    for claim in ans.claims:
        assert claim.citations and all(c.verified for c in claim.citations), claim
    return ans


# -- pure parts --------------------------------------------------------------------------------


def test_words_in_capitals_run_together_are_one_name() -> None:
    assert CODE.findall("what colour was the OUT OF ORDER row") == ["OUT OF ORDER"]
    assert CODE.findall("what colour was INC-2's status, and DND?") == ["INC-2", "DND"]


def test_two_question_words_in_order_are_a_titles_one_word() -> None:
    terms = ["host", "one", "board"]
    assert "hostboard" in joined(terms)
    assert _present(Bag.of("ops@box: ~/src/hostboard"), terms) == {"host", "board"}


@pytest.mark.parametrize(
    ("rows", "words"),
    [
        (["ℹ tests 6", "ℹ pass 2", "ℹ duration_ms 20.51"], {"node"}),
        (["i tests 7", "i suites 2", "i cancelled 0"], {"node"}),  # OCR reads ℹ as i
        (["running 7 tests", "test result: FAILED. 4 passed"], {"cargo"}),
        (["===== test session starts ====="], {"pytest"}),
        (["ok 1 - parses", "not ok 2 - rounds"], {"tap"}),
        (["total 44", "drwxr-xr-x 2 kim kim 4096 bin"], set()),
    ],
)
def test_a_runner_is_named_by_its_output(rows: list[str], words: set[str]) -> None:
    assert runner_words(runner_in(rows)) == words


# -- a board's rows ----------------------------------------------------------------------------


def test_the_graph_reads_the_board_as_a_table(desk: Autocapture) -> None:
    rows = [n for n in GraphReader(desk.store.db).nodes(("table_row",)) if "db-03" in n.text]
    assert rows and "OFFLINE" in rows[0].text


def test_a_rows_colour_names_its_background(desk: Autocapture) -> None:
    ans = ask(desk, "what colour was the OFFLINE row on the host board")
    assert ans.state == "ok" and "white on red" in ans.answer


def test_a_status_in_capitals_is_the_cell_not_the_summary(desk: Autocapture) -> None:
    ans = ask(desk, "what color were the BOOTING statuses")
    assert ans.state == "ok" and "cyan" in ans.answer and "yellow" not in ans.answer


@pytest.mark.parametrize(
    ("question", "host", "not_in"),
    [
        ("which host was shown in yellow on the host board?", "web-02", "fleet 12"),
        ("which host was teh red one on the board", "db-03", "caps the stay"),
    ],
)
def test_which_x_in_a_colour_is_the_rows_first_cell(
    desk: Autocapture, question: str, host: str, not_in: str
) -> None:
    ans = ask(desk, question)
    assert ans.state == "ok" and host in ans.answer and not_in not in ans.answer
    assert ans.claims and any(host in c.text for c in ans.claims[0].citations)


@pytest.mark.parametrize(
    ("question", "first", "not_in"),
    [
        ("the red one in the pump list - which unit was it", "PU-02", "PU-01"),
        ("who's the red one on the rota", "Ana Silva", "Bo Lindgren"),
        ("which hosts were shown in cyan?", "api-09", "fleet 12"),
    ],
)
def test_a_boards_row_is_named_by_its_first_cell(
    desk: Autocapture, question: str, first: str, not_in: str
) -> None:
    ans = ask(desk, question)
    assert ans.state == "ok" and first in ans.answer and not_in not in ans.answer


def test_the_status_in_a_colour_is_the_coloured_cell(desk: Autocapture) -> None:
    ans = ask(desk, "the status in magenta on the host board, what was it")
    assert ans.state == "ok" and "PAUSED" in ans.answer


def test_purple_is_the_terminals_magenta_and_a_board_is_any_table(desk: Autocapture) -> None:
    # "on the board" is met by a table's cell, whatever the window's title; a terminal's
    # magenta is what people call purple.
    ans = ask(desk, "the purple status on the board, which host was that and what did it say")
    assert ans.state == "ok" and "api-07" in ans.answer and "PAUSED" in ans.answer, ans.answer
    # must not change: no kin colour for blue, no purple or blue status on the board
    blue = ask(desk, "the blue status on the board, which host was that")
    assert "api-07" not in blue.answer, blue.answer


def test_an_afterthought_comparison_does_not_name_the_text(desk: Autocapture) -> None:
    # "..., same bluish as the summary or no": the compared text is a reference, not words
    # that must lie near the asked status.
    ans = ask(
        desk, "what colour was the PAUSED on the host board, same bluish as the summary or no"
    )
    assert ans.state == "ok" and "magenta" in ans.answer, ans.answer
    assert aside_words("what colour was the PAUSED, same pinkish as the hashes?") >= {"hashes"}
    # must not change: a comparison that is the question itself keeps its words
    assert aside_words("was PAUSED the same colour as the summary") == set()
    plain = ask(desk, "what colour was the PAUSED on the host board")
    assert plain.state == "ok" and "magenta" in plain.answer, plain.answer


# -- node's test runner ------------------------------------------------------------------------


def test_node_tests_that_failed_are_the_red_names(desk: Autocapture) -> None:
    ans = ask(desk, "which node tests failed")
    assert ans.state == "ok"
    assert "caps the stay at 7 nights" in ans.answer and "charges the late fee once" in ans.answer
    # the suite's closing row and the skipped test are no failed tests
    assert "billing" not in ans.answer and "exports" not in ans.answer


def test_how_many_passed_in_the_node_run_is_its_summary(desk: Autocapture) -> None:
    ans = ask(desk, "how many tests passed in the node run")
    assert ans.state == "ok" and "pass 2" in ans.answer


def test_the_grey_test_is_the_skipped_one(desk: Autocapture) -> None:
    ans = ask(desk, "which test was skipped (the grey one)")
    assert ans.question_class == "console_color"
    assert ans.state == "ok" and "exports the day file" in ans.answer
    assert "splits the group folio" not in ans.answer  # a todo, not a skip


def test_the_red_ones_not_the_grey_one(desk: Autocapture) -> None:
    ans = ask(desk, "which tests failed, the red ones with the x, not the grey colour one")
    assert ans.state == "ok" and "caps the stay at 7 nights" in ans.answer
    assert "exports the day file" not in ans.answer


def test_a_run_of_a_program_never_on_screen_is_not_answered(desk: Autocapture) -> None:
    # The billing terminal ran node's runner; no pytest run was ever shown, so its red
    # lines were never seen: another runner's red names are no answer.
    for q in (
        "which tests were red when i ran pytest",
        "wat colour were the failures when i ran pytest in billing",
    ):
        ans = ask(desk, q)
        assert ans.state == "indeterminate", ans.answer
    assert asked_program("what colour was it when we ran cargo test") == "cargo"
    assert asked_program("what colour was it when I ran it") is None
    # must not change: a runner told by its output (node's summary rows), no prompt shown
    node = ask(desk, "which tests were red when i ran node")
    assert node.state == "ok" and "caps the stay at 7 nights" in node.answer, node.answer


def board_desk(tmp: Path, windows: list) -> Iterator[Autocapture]:
    """A UTC store holding one frame of WINDOWS (a board beside a test run, say)."""
    cfg = load_config(tmp / "data")
    cfg.timezone = "UTC"
    a = Autocapture(config=cfg)
    assert a.store.write_frame(frame(3, windows))
    yield a
    a.close()
