"""TAP output read as test outcomes, and which line a colour question is about.

TAP (Perl's ``prove``, node-tap, bats...) prints one row per test: "ok 1 - name", "not ok 3 -
name", with a directive after '#': "# SKIP reason" or "# TODO reason" (a TODO that fails is
expected to, so it is no failure). ``prove`` heads each test file's rows with "t/x.t ..", so
"which test failed in deadlines.t?" reads that file's section only. A colour question names
its line by its specific words ("the Juneteenth TODO line"), not by the first capitalised
word found anywhere; "highlight" and "background" ask for the colour behind the text when it
differs from the window's, otherwise for the text's own (grep highlights matches in red).

Outcomes are read from laid-out text frames (no OCR, no pixels); colours from the recorded
prove frame of evals/x11d: its rows laid out where OCR found them, coloured by the same
sampler ingest uses on the real pixels.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
from collections.abc import Iterator
from datetime import UTC, datetime

import numpy as np
import pytest
from PIL import Image

from autocapture.answer.console_blocks import Block, Row, section_name, section_named
from autocapture.answer.console_counts import tap_row
from autocapture.api import Autocapture
from autocapture.colour import sample_colours
from autocapture.records import FrameRecord, SpanRecord, WindowFact, make_frame_id, make_span_id
from autocapture.retrieve import Line
from tests.conftest import REPO
from tests.framekit import ask_cited, text_frame, utc_app

HOUR = datetime(2026, 11, 24, 9, tzinfo=UTC)
NOW = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)

# -- pure parts --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "family", "number", "desc"),
    [
        ("ok 1 - response due 30 days", "pass", 1, "response due 30 days"),
        ("not ok 3 - service by mail adds 5 days", "fail", 3, "service by mail adds 5 days"),
        ("not ok 5 - Juneteenth observed # TODO rule for 2027", "xfail", 5, "Juneteenth observed"),
        # OCR reads TODO's O as a zero; the directive is still a TODO.
        ("not ok 5 - Juneteenth observed # ToD0 rule for 2027", "xfail", 5, "Juneteenth observed"),
        ("ok 6 - rolls forward # TODO not written yet", "pass", 6, "rolls forward"),
        ("ok 4 # skip needs the court e-filing API", "skip", 4, ""),
        ("not ok 7 # SKIP no network", "skip", 7, ""),
        ("not ok 2 - issue #12 skip list is empty", "fail", 2, "issue #12 skip list is empty"),
        ("ok 8", "pass", 8, ""),
    ],
)  # fmt: skip
def test_tap_rows(text: str, family: str, number: int, desc: str) -> None:
    tap = tap_row(text)
    assert tap is not None
    assert (tap.family, tap.number, tap.desc) == (family, number, desc)


def test_a_todo_that_fails_is_not_a_failure() -> None:
    tap = tap_row("not ok 5 - Juneteenth observed on Friday 18 June # TODO Juneteenth rule")
    assert tap is not None and tap.family != "fail" and tap.directive == "todo"
    skip = tap_row("ok 4 # skip needs the court e-filing API")
    assert skip is not None and skip.reason == "needs the court e-filing API"


@pytest.mark.parametrize(
    "text",
    [
        "# Failed (TODO) test 'Juneteenth observed on Friday 18 June'",  # a diagnostic
        "1..5",  # the plan
        "ok      github.com/kim/dose     0.012s",  # go test's package line
        "test parse::header ... ok",  # cargo test
        "# Looks like you failed 1 test of 5.",
        "looks ok 3 times",
    ],
)
def test_not_tap_rows(text: str) -> None:
    assert tap_row(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("t/deadlines.t ..", "t/deadlines.t"),
        ("t/deadlines.t .", "t/deadlines.t"),  # OCR kept one dot of the leader
        ("t/holidays.t ..... ok", "t/holidays.t"),
        ("t/api.t ... Dubious, test returned 1 (wstat 256, 0x100)", "t/api.t"),
        ("Files=2, Tests=10,  0 wallclock secs", None),
        ("# at t/deadlines.t line 8.", None),
        ("t/deadlines.t (Wstat: 256 (exited 1) Tests: 5 Failed: 1)", None),
        ("Compiling docket.c ...", None),
    ],
)
def test_section_headers(text: str, name: str | None) -> None:
    assert section_name(text) == name


def _block(texts: list[str]) -> Block:
    """Rows laid out top to bottom; a leading space indents a row by a character."""
    rows = []
    for i, t in enumerate(texts):
        x = 9 * (len(t) - len(t.lstrip()))
        box = (x, 20 * i, x + 9 * len(t.strip()), 20 * i + 18)
        line = Line(i, f"s{i}", "f", t.strip(), "", box, 0.9, None, None, 0, "", 0, None, "w",
                    None, False)  # fmt: skip
        rows.append(Row([line]))
    return Block(None, "", "", rows, "w")


def test_a_named_file_section_holds_its_rows_and_its_report() -> None:
    block = _block(
        ["t/a.t ..", "ok 1 - one", "not ok 2 - two", "t/b.t ..", "not ok 1 - three",
         "Test Summary Report", "t/a.t (Wstat: 256 Tests: 2 Failed: 1)", "  Failed test:  2",
         "t/b.t (Wstat: 256 Tests: 1 Failed: 1)", "  Failed test:  1", "Result: FAIL"]
    )  # fmt: skip
    got = section_named(block, ["a.t"])
    assert got is not None
    part, hits = got
    assert hits == 1
    assert [r.text for r in part.rows] == [
        "t/a.t ..", "ok 1 - one", "not ok 2 - two",
        "t/a.t (Wstat: 256 Tests: 2 Failed: 1)", "Failed test:  2",
    ]  # fmt: skip
    assert section_named(block, ["c.t"]) is None


# -- outcomes in a laid-out prove run --------------------------------------------------------

DOCKET = ("kim@ws: ~/src/docket", (0, 0, 760, 800))
NOTES = ("kim@ws: ~/notes", (760, 0, 1280, 800))
PROVE = [
    "kim@ws:~/src/docket$ prove -lv t/",
    "t/deadlines.t ..",
    "1..3",
    "ok 1 - response due 30 days after personal service",
    "not ok 2 - service by mail adds 5 calendar days",
    "#   Failed test 'service by mail adds 5 calendar days'",
    "ok 3 - a Saturday deadline rolls to Monday",
    "# Looks like you failed 1 test of 3.",
    "Failed 1/3 subtests",
    "t/holidays.t ...",
    "ok 1 - Christmas Day is a court holiday",
    "not ok 2 - Cesar Chavez Day is a court holiday",
    "ok 3 # skip needs the court e-filing API",
    "not ok 4 - Juneteenth observed on Friday # TODO Juneteenth rule for 2027",
    "#   Failed (TODO) test 'Juneteenth observed on Friday'",
    "1..4",
    "Failed 1/4 subtests",
    "Test Summary Report",
    "t/deadlines.t (Wstat: 256 (exited 1) Tests: 3 Failed: 1)",
    "  Failed test:  2",
    "t/holidays.t (Wstat: 256 (exited 1) Tests: 4 Failed: 1)",
    "  Failed test:  2",
    "Files=2, Tests=7,  0 wallclock secs",
    "Result: FAIL",
    "kim@ws:~/src/docket$",
]
# Another window whose rows look like outcomes ("TODO", "failed") but are no test run.
JOTS = ["kim@ws:~/notes$ cat todo.txt", "TODO call the court clerk", "fax failed twice"]


@pytest.fixture(scope="module")
def prove_desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    rows = [(0, 10 + 9 * (len(t) - len(t.lstrip())), 20 + 20 * k, t.strip())
            for k, t in enumerate(PROVE)]  # fmt: skip
    rows += [(1, 770, 20 + 20 * k, t) for k, t in enumerate(JOTS)]
    with utc_app(tmp_path_factory.mktemp("tap")) as a:
        assert a.store.write_frame(text_frame(5, [DOCKET, NOTES], rows, hour=HOUR, bg="#000000"))
        yield a


def test_which_test_failed_in_a_named_file(prove_desk: Autocapture) -> None:
    ans = ask_cited(prove_desk, "which test failed in deadlines.t?", NOW, value_cited=True)
    assert ans.state == "ok"
    assert "service by mail adds 5 calendar days" in ans.answer
    assert "Chavez" not in ans.answer and "Juneteenth" not in ans.answer


def test_a_failing_todo_is_not_listed_as_failed(prove_desk: Autocapture) -> None:
    ans = ask_cited(prove_desk, "which test failed in holidays.t?", NOW, value_cited=True)
    assert ans.state == "ok"
    assert "Cesar Chavez Day is a court holiday" in ans.answer
    assert "Juneteenth" not in ans.answer
    assert "service by mail" not in ans.answer


def test_which_tests_failed_in_the_run(prove_desk: Autocapture) -> None:
    ans = ask_cited(prove_desk, "which tests failed in the prove run?", NOW, value_cited=True)
    assert ans.state == "ok" and len(ans.claims) == 2
    assert "service by mail" in ans.answer and "Cesar Chavez" in ans.answer
    assert "Juneteenth" not in ans.answer


def test_how_many_failed_in_a_file_and_in_the_run(prove_desk: Autocapture) -> None:
    one = ask_cited(prove_desk, "how many tests failed in holidays.t?", NOW, value_cited=False)
    assert one.state == "ok" and "Failed: 1" in one.answer and "holidays.t" in one.answer
    # prove states no total: the run's count is its files' counts summed (the TODO not one).
    run = ask_cited(prove_desk, "how many tests failed in the prove run?", NOW, value_cited=False)
    assert run.state == "ok" and run.answer.startswith("2 failed")


def test_how_many_passed_in_a_file_counts_its_ok_rows(prove_desk: Autocapture) -> None:
    ans = ask_cited(prove_desk, "how many tests passed in deadlines.t?", NOW, value_cited=True)
    assert ans.state == "ok" and ans.answer.startswith("2 passed")
    assert "Christmas" not in ans.answer


def test_a_skip_is_named_by_its_reason(prove_desk: Autocapture) -> None:
    ans = ask_cited(prove_desk, "which tests were skipped in holidays.t?", NOW, value_cited=True)
    assert ans.state == "ok" and "needs the court e-filing API" in ans.answer
    assert "Juneteenth" not in ans.answer


# -- colours: the recorded prove frame -------------------------------------------------------

BUNDLE = REPO / "evals" / "x11d" / "console" / "bundle"
RECORDED = BUNDLE / "images" / "20261124T193204012612.png"  # prove's output, 19:32:04 UTC
# The docket-calc window's rows as OCR read them, where it found them (x1, y1, x2, y2).
PROVE_ROWS = [
    (0, 18, 123, 41, "t/deadlines.t ."),
    (0, 36, 40, 57, "1..5"),
    (0, 54, 407, 74, "ok 1 - response due 30 days after personal service"),
    (1, 72, 340, 89, "ok 2 - a Saturday deadline rolls to Monday"),
    (1, 89, 381, 106, "not ok 3 - service by mail adds 5 calendar days"),
    (31, 123, 435, 142, "Failed test 'service by mail adds 5 calendar days'"),
    (0, 190, 309, 210, "ok 4 - Thanksgiving is a court holiday"),
    (0, 206, 373, 227, "ok 5 - a Thanksgiving deadline rolls to Monday"),
    (0, 275, 132, 295, "t/holidays.t ..."),
    (1, 293, 357, 310, "ok 1 - Christmas Day 2026 is a court holiday"),
    (0, 308, 373, 329, "not ok 2 - Cesar Chavez Day is a court holiday"),
    (29, 343, 426, 362, "Failed test 'Cesar Chavez Day is a court holiday'"),
    (0, 377, 301, 397, "ok 3 - adding a day crosses into 2027"),
    (0, 394, 325, 414, "ok 4 # skip needs the court e-filing API"),
    (0, 412, 645, 431,
     "not ok 5 - Juneteenth observed on Friday 18 June # ToD0 Juneteenth rule for 2027"),
    (0, 427, 498, 448, "# Failed (ToDo) test 'Juneteenth observed on Friday 18 June'"),
    (0, 445, 229, 465, "# at t/holidays.t line 15."),
    (0, 463, 40, 480, "1..5"),
    (0, 480, 291, 497, "# Looks like you failed 1 test of 5."),
    (65, 530, 323, 550, "(less 1 skipped subtest: 3 okay)"),
    (1, 566, 158, 583, "Test Summary Report"),
    (0, 716, 101, 736, "Result: FAIL"),
    (1, 735, 288, 752, "nell@ap-suite410:~/src/docket-calc$"),
]  # fmt: skip
TITLE = "nell@ap-suite410: ~/src/docket-calc"


def recorded_frame() -> FrameRecord:
    """The recorded frame with the prove window's rows as line spans, their colours sampled
    from its pixels as ingest samples them (no OCR: the text is what OCR read there)."""
    raw = RECORDED.read_bytes()
    pixels = np.asarray(Image.open(io.BytesIO(raw)).convert("RGB"))
    sha = hashlib.sha256(raw).hexdigest()
    ts = datetime(2026, 11, 24, 19, 32, 4, tzinfo=UTC)
    fid = make_frame_id(sha, ts, 0)
    spans = []
    for i, (x1, y1, x2, y2, text) in enumerate(PROVE_ROWS):
        fg, bg = sample_colours(pixels, (x1, y1, x2, y2))
        spans.append(SpanRecord(make_span_id(fid, "line", i), "line", i, text, (x1, y1, x2, y2),
                                0.95, fg, bg, window_index=0))  # fmt: skip
    window = WindowFact(TITLE, (0, 0, 886, 845), "0xc0000c", "xterm", 2029, True, 0)
    h, w = pixels.shape[:2]
    return FrameRecord(fid, ts, w, h, sha, raw, "image/png", "synthetic", "synthetic", "0",
                       monitor_id=0, windows=[window], spans=spans)  # fmt: skip


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    with utc_app(tmp_path_factory.mktemp("tap-colour")) as a:
        assert a.store.write_frame(recorded_frame())
        yield a


REC_NOW = datetime(2026, 11, 24, 20, 0, tzinfo=UTC)


def test_the_recorded_rows_carry_their_colours_in_the_graph(recorded: Autocapture) -> None:
    """What the answers below rest on: the graph's console lines and highlight, as sampled."""
    nodes = recorded.store.db.execute("SELECT kind, text, attrs FROM ui_node").fetchall()
    looks = {(r["kind"], r["text"]): r["attrs"] for r in nodes}
    todo = PROVE_ROWS[14][4]
    assert '"colour": "yellow"' in looks[("console_line", todo)]
    assert '"background": "blue"' in looks[("highlight", PROVE_ROWS[13][4])]


def test_the_line_holding_the_questions_words_names_the_text(recorded: Autocapture) -> None:
    # "TODO" is also in the white diagnostic under it ("# Failed (ToDo) test 'Juneteenth..."),
    # which holds both words as well: the row that stood out in colour is the one asked about.
    ans = ask_cited(
        recorded, "what colour was the Juneteenth TODO line in the prove run?", REC_NOW,
        value_cited=True,
    )  # fmt: skip
    assert ans.state == "ok" and "yellow" in ans.answer and "white" not in ans.answer
    assert any("not ok 5" in c.text for cl in ans.claims for c in cl.citations + cl.context)


def test_the_highlight_is_the_colour_behind_the_text(recorded: Autocapture) -> None:
    ans = ask_cited(
        recorded,
        "the skipped e-filing API test in prove was highlighted, what colour was the highlight?",
        REC_NOW,
        value_cited=True,
    )
    assert ans.state == "ok" and "highlighted in blue" in ans.answer


def test_which_line_was_highlighted_lists_lines_on_that_background(recorded: Autocapture) -> None:
    ans = ask_cited(recorded, "which test was highlighted in blue?", REC_NOW, value_cited=True)
    assert ans.state == "ok"
    assert '"ok 4 # skip needs the court e-filing API" was shown on a blue background' in ans.answer


def test_the_same_line_asked_plainly_is_its_text_colour(recorded: Autocapture) -> None:
    ans = ask_cited(
        recorded, "what colour was the e-filing API skip line?", REC_NOW, value_cited=True
    )
    assert ans.state == "ok" and "white" in ans.answer and "blue" not in ans.answer


def test_a_highlight_on_the_usual_background_is_the_text_colour(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """grep "highlights" its matches by drawing them in red on the usual background."""
    rows = [(0, 10, 20 + 20 * k, t) for k, t in enumerate(
        ["kim@ws:~/src/web$ grep -n retry_budget src/app.py", "12:retry_budget = 3",
         "40:use(retry_budget)", "kim@ws:~/src/web$"])]  # fmt: skip
    rec = text_frame(1, [("kim@ws: ~/src/web", (0, 0, 640, 400))], rows, hour=HOUR, bg="#000000")
    rec.spans = [dataclasses.replace(s, fg="#cd0000" if s.text[0].isdigit() else "#e5e5e5")
                 for s in rec.spans]  # fmt: skip
    with utc_app(tmp_path) as a:
        assert a.store.write_frame(rec)
        ans = ask_cited(
            a, "what colour was retry_budget highlighted in, in the grep output?", NOW,
            value_cited=True,
        )  # fmt: skip
    assert ans.state == "ok" and "red" in ans.answer and "black" not in ans.answer
