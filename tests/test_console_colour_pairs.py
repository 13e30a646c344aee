"""Two looks asked together: text in one colour on a background of another ("which line was
white on blue"), bold and a colour ("which flight was in bold red"), a row on a coloured
background ("which row had a red background"); a coloured word marking its line ("the magenta
compiler warning"), and one line seen again partly covered by a window over it.

Frames are drawn as OCR reads them: each cell a line span of its own (a board's row is split at
its wide gaps), its words with their own colour and, where given, a measured stroke weight.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PIL import Image, ImageDraw, ImageFont

from autocapture.answer.console_question import asked_colour, asked_pair, look_asked
from autocapture.api import Autocapture
from autocapture.config import load_config
from autocapture.records import FrameRecord, SpanRecord, WindowFact, make_frame_id, make_span_id
from tests.conftest import MONO

T0 = datetime(2026, 4, 7, 5, 0, tzinfo=UTC)
NOW = datetime(2026, 4, 7, 6, 0, tzinfo=UTC)
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
}
FONT = ImageFont.truetype(MONO, 14)
CW = FONT.getlength("M")
ROW_H = 19
REGULAR, BOLD = 0.06, 0.14  # stroke weights: clearly regular, clearly bold

# A cell: its column (in characters), its text, colour, background (None: the window's), bold.
Cell = tuple[int, str, str, str | None, bool]


def hexof(name: str) -> str:
    return "#{:02x}{:02x}{:02x}".format(*RGB[name])


def cell(col: int, text: str, fg: str, bg: str | None = None, bold: bool = False) -> Cell:
    return (col, text, fg, bg, bold)


def words(text: str, fg: str, *coloured: tuple[str, str]) -> list[Cell]:
    """One row at column 0 whose words are in ``fg`` but for those named in ``coloured``:
    drawn word by word so that each word span keeps its own colour."""
    out: list[Cell] = []
    col = 0
    for word in text.split(" "):
        out.append(cell(col, word, dict(coloured).get(word, fg)))
        col += len(word) + 1
    return out


Window = tuple[str, tuple[int, int, int, int], str, list[list[Cell]]]


def frame(n: int, windows: list[Window]) -> FrameRecord:
    """Terminals drawn under their title bars from rows of cells; a row of one-word cells
    (``words``) is one line span whose word spans carry their own colours, other cells are
    line spans of their own."""
    img = Image.new("RGB", (1280, 800), RGB["paper"])
    draw = ImageDraw.Draw(img)
    facts: list[WindowFact] = []
    lines: list[tuple[int, list[tuple[float, int, Cell]], str]] = []
    for wi, (title, rect, back, rows) in enumerate(windows):
        facts.append(WindowFact(title, rect, title, "xterm", 200 + wi, wi == 0, wi))
        draw.rectangle(rect, fill=RGB[back])
        # Its title bar, which OCR reads as a line like any other.
        bar = [(rect[0] + 4, rect[1] + 2, cell(0, title, "ink", "paper"))]
        draw.rectangle((rect[0], rect[1], rect[2], rect[1] + 20), fill=RGB["paper"])
        draw.text(bar[0][:2], title, font=FONT, fill=RGB["ink"])
        lines.append((wi, bar, "paper"))
        for i, cells in enumerate(rows):
            y = rect[1] + 24 + ROW_H * i
            placed = []
            for c in cells:
                col, text, fg, bg, _ = c
                x0 = rect[0] + 4 + col * CW
                if bg is not None:
                    draw.rectangle((x0 - 2, y - 1, x0 + CW * len(text) + 2, y + ROW_H - 2),
                                   fill=RGB[bg])  # fmt: skip
                draw.text((x0, y), text, font=FONT, fill=RGB[fg])
                placed.append((x0, y, c))
            joined = all(" " not in c[1] for c in cells) and len(cells) > 1 and cells[0][0] == 0
            groups = [placed] if joined else [[p] for p in placed]
            lines += [(wi, g, back) for g in groups]
    data = io.BytesIO()
    img.save(data, format="PNG")
    raw = data.getvalue()
    sha = hashlib.sha256(raw).hexdigest()
    ts = T0 + timedelta(minutes=n)
    fid = make_frame_id(sha, ts, 0)
    spans: list[SpanRecord] = []
    for i, (wi, group, back) in enumerate(lines):
        lid = make_span_id(fid, "line", i)
        x0, y = group[0][0], group[0][1]
        last = group[-1]
        text = " ".join(c[1] for _, _, c in group)
        box = (int(x0), y, int(last[0] + CW * len(last[2][1])) + 1, y + ROW_H - 2)
        fgs = [c[2] for _, _, c in group for _ in c[1]]
        fg = max(set(fgs), key=fgs.count)
        bg = group[0][2][3] or back
        spans.append(SpanRecord(lid, "line", i, text, box, 0.95, hexof(fg), hexof(bg),
                                window_index=wi))  # fmt: skip
        j = 0
        for wx, _, (_, ctext, fg, cbg, bold) in group:
            at = 0
            for word in ctext.split(" "):
                if word:
                    wbox = (int(wx + CW * at), y, int(wx + CW * (at + len(word))) + 1, box[3])
                    spans.append(
                        SpanRecord(make_span_id(fid, "word", 1000 * i + j), "word", 1000 * i + j,
                                   word, wbox, 0.95, hexof(fg), hexof(cbg or back),
                                   line_span_id=lid, window_index=wi,
                                   weight=BOLD if bold else REGULAR)
                    )  # fmt: skip
                    j += 1
                at += len(word) + 1
    return FrameRecord(fid, ts, 1280, 800, sha, raw, "image/png", "synthetic", "synthetic", "0",
                       monitor_id=0, windows=facts, spans=spans)  # fmt: skip


def flight(name: str, reg: str, stand: str, status: str, fg: str, bold: bool = False,
           bg: str | None = None) -> list[Cell]:  # fmt: skip
    """A board row: flight, registration, stand, the status cell (coloured), a note."""
    plain = "white" if bg else "ink"
    return [cell(0, name, plain, bg), cell(9, reg, plain, bg), cell(19, stand, plain, bg),
            cell(25, status, fg if not bg else "white", bg, bold),
            cell(40, "see ops note", plain, bg)]  # fmt: skip


BOARD = [
    flight("QX 101", "ZX-QAA", "3", "BOARDING", "blue", bold=True),
    flight("QX 150", "ZX-QAB", "5", "LATE +5", "red"),
    flight("RB 702", "ZX-RBA", "4", "GROUNDED", "white", bg="red"),
    flight("QX 231", "ZX-QAK", "1", "DELAYED +15", "red", bold=True),
    flight("QX 215", "ZX-QAF", "2", "ON TIME", "cyan"),
]
TESTS = [
    [cell(0, "gcc -Wall -o t/calc.t t/calc.c src/calc.c", "white")],
    words("src/calc.c:9:5: warning: unused variable 'spare'", "white", ("warning:", "magenta")),
    words(
        "src/rate.c:15:23: warning: comparison of integers of different signedness",
        "white",
        ("warning:", "magenta"),
    ),
    [cell(0, "prove -v t/", "white")],
    [cell(0, "ok 1 - rate of one hour is 12", "white")],
    [cell(0, "not ok 2 - rate of two hours is 25", "red")],
    [cell(0, "ok 3 # skip meter feed offline", "white", "blue")],
    [cell(0, "not ok 4 - weekend rate # TODO after review", "yellow")],
    [cell(0, "Result: FAIL", "white")],
]
DIFF_FULL = [
    [cell(0, "commit 4e579b4 (HEAD -> main)", "yellow")],
    [cell(0, "-PARK_LIMIT_VAN = 35", "red")],
    [cell(0, "+PARK_LIMIT_VAN = 40", "green")],
]
# The same patch a minute later with another window over its left edge: OCR reads the
# removed line's tail only.
DIFF_COVERED = [
    [cell(14, "(HEAD -> main)", "yellow")],
    [cell(6, "LIMIT_VAN = 35", "red")],
]
BOARD_WIN: Window = ("ops@apron: ~/src/flightboard", (0, 0, 620, 140), "paper", BOARD)
TESTS_WIN: Window = ("ops@apron: ~/src/ratecalc", (0, 160, 760, 360), "black", TESTS)
DIFF_WIN: Window = ("ops@apron: ~/src/limits", (780, 160, 1280, 260), "paper", DIFF_FULL)


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    cfg = load_config(tmp_path_factory.mktemp("pairs") / "data")
    cfg.timezone = "UTC"
    a = Autocapture(config=cfg)
    assert a.store.write_frame(frame(1, [BOARD_WIN, TESTS_WIN, DIFF_WIN]))
    covered: Window = ("ops@apron: ~/src/limits", (780, 160, 1280, 260), "paper", DIFF_COVERED)
    assert a.store.write_frame(frame(2, [BOARD_WIN, TESTS_WIN, covered]))
    yield a
    a.close()


def ask(a: Autocapture, q: str):  # type: ignore[no-untyped-def]
    ans = a.ask(q, now=NOW)
    for claim in ans.claims:
        assert claim.citations and all(c.verified for c in claim.citations), claim
    return ans


# -- reading the question ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "pair"),
    [
        ("what line was white on blue in the prove output?", ("white", "blue")),
        ("which row was black text on a yellow background", ("black", "yellow")),
        ("which line was shown on a red background?", None),
        ("which test was red on the dashboard", None),
    ],
)
def test_a_text_colour_on_a_background_colour(question: str, pair: tuple | None) -> None:
    assert asked_pair(question) == pair


@pytest.mark.parametrize(
    ("question", "colour", "look"),
    [
        ("which row on the stand board had a red background?", "red", "background"),
        ("which line was shown on a red background?", "red", "background"),
        ("what colour was the prompt in the terminal with the black background", None, ""),
        ("what colour was the prompt in the black terminal", None, ""),
    ],
)
def test_a_background_asked_about_is_the_colour_asked(
    question: str, colour: str | None, look: str
) -> None:
    assert asked_colour(question) == colour
    assert look_asked(question) == look


# -- answers -----------------------------------------------------------------------------------


def test_the_line_white_on_blue(desk: Autocapture) -> None:
    ans = ask(desk, "what line was white on blue in the prove output?")
    assert ans.question_class == "console_color"
    assert ans.state == "ok" and "skip meter feed offline" in ans.answer
    assert "rate of one hour" not in ans.answer  # white, but not on blue


def test_bold_and_a_colour_together_name_the_boards_row(desk: Autocapture) -> None:
    ans = ask(desk, "which flight was in bold red on the flight board?")
    assert ans.state == "ok" and "QX 231" in ans.answer
    assert "QX 150" not in ans.answer  # red, not bold
    assert "QX 101" not in ans.answer  # bold, not red


def test_the_row_on_a_red_background(desk: Autocapture) -> None:
    ans = ask(desk, "which row on the flight board had a red background?")
    assert ans.state == "ok" and "RB 702" in ans.answer
    assert "QX 231" not in ans.answer and "QX 150" not in ans.answer  # red text, not behind


def test_a_coloured_word_marks_its_warning_line(desk: Autocapture) -> None:
    ans = ask(desk, "what was the magenta compiler warning in src/rate.c about?")
    assert ans.question_class == "console_color"
    assert ans.state == "ok" and "signedness" in ans.answer
    assert "with 'warning:' in magenta" in ans.answer  # the word, not the line, is magenta
    assert "unused variable" not in ans.answer


def test_a_line_partly_covered_later_is_one_line(desk: Autocapture) -> None:
    ans = ask(desk, "in the limits terminal, what line was removed (the red one)?")
    assert ans.state == "ok" and "-PARK_LIMIT_VAN = 35" in ans.answer
    assert len(ans.claims) == 1, ans.answer
