"""The order of things across windows, on stored frames with laid-out text (no OCR): the
command run right after another is the next one typed in any terminal (a test run whose
prompt was cleared counts, named by its output), and a window switched to more than once is
answered for each occasion unless the question says which."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.answer.browser import same_tab
from autocapture.answer.command_order import TEST_OUTPUT, runner_of
from autocapture.answer.console_blocks import Block, Row
from autocapture.answer.console_counts import _TEST_ROW
from autocapture.answer.console_tokens import kind_of
from autocapture.api import Autocapture
from autocapture.records import FrameRecord
from autocapture.retrieve import Line
from tests.framekit import ask_cited, refocus, text_frame, utc_app

HOUR = datetime(2026, 11, 23, 9, tzinfo=UTC)
NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
DOSE = ("kim@ws: ~/src/dose", (0, 0, 640, 400))
BOARD = ("kim@ws: ~/src/board", (640, 0, 1280, 400))
LS = ["kim@ws:~/src/dose$ ls", "README.md  package.json  test"]
LOG = [
    "kim@ws:~/src/board$ git log --oneline",
    "cc49bce Lower the threshold to 12",
    "f1db95f Sort wards by urgent orders",
]
# The screen was cleared before the tests ran: only their output and a waiting prompt show.
NODE = ["✔ adds doses (1.2ms)", "✖ rounds rates (0.3ms)", "ℹ tests 2", "ℹ pass 1",
        "ℹ fail 1", "ℹ duration_ms 17.5", "kim@ws:~/src/dose$"]  # fmt: skip
GREP = ["kim@ws:~/src/board$ grep -n threshold src/config.ts", "1:export const threshold = 12;"]


def _rows(win: int, x: int, lines: list[str]) -> list[tuple[int, int, int, str]]:
    return [(win, x, 20 + 20 * k, t) for k, t in enumerate(lines)]


def _frame(n: int, dose: list[str], board: list[str], on: int = 0) -> FrameRecord:
    rec = text_frame(
        n, [DOSE, BOARD], _rows(0, 10, dose) + _rows(1, 650, board), hour=HOUR, bg="#ffffff"
    )
    rec.windows = [refocus(w, i == on, abs(i - on)) for i, w in enumerate(rec.windows)]
    return rec


@pytest.fixture(scope="module")
def terminals(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    """ls in dose (09:01), git log in board (09:02), node's tests in dose with the prompt
    cleared (09:03), then grep in board under the git log (09:04)."""
    with utc_app(tmp_path_factory.mktemp("order")) as a:
        frames = [
            _frame(1, LS, []),
            _frame(2, LS, LOG, on=1),
            _frame(3, NODE, LOG),
            _frame(4, NODE, LOG + GREP, on=1),
        ]
        for rec in frames:
            assert a.store.write_frame(rec)
        yield a


def test_the_next_command_is_the_next_one_typed_in_any_terminal(terminals: Autocapture) -> None:
    ans = ask_cited(
        terminals, "what did I run right after looking at the git history in board?", NOW,
        value_cited=True,
    )  # fmt: skip
    assert ans.state == "ok"
    assert "node --test" in ans.answer and "grep" not in ans.answer


def test_the_command_before_can_be_a_run_seen_only_by_its_output(terminals: Autocapture) -> None:
    ans = ask_cited(terminals, "what did I run just before the grep?", NOW, value_cited=True)
    assert ans.state == "ok" and "node --test" in ans.answer


def test_the_next_command_in_that_same_terminal_skips_other_windows(
    terminals: Autocapture,
) -> None:
    """A fronted moment without a comma, and "in that same terminal": the next command in
    the named command's window (grep in board), not the next anywhere (the node tests)."""
    q = "right after the git log what did i run in that same terminal"
    ans = ask_cited(terminals, q, NOW, value_cited=True)
    assert ans.state == "ok" and "grep" in ans.answer, ans.answer
    ans = ask_cited(terminals, "right after the git log what did i run", NOW, value_cited=True)
    assert ans.state == "ok" and "node --test" in ans.answer, ans.answer


def test_the_next_command_in_the_same_frame_reads_top_to_bottom(terminals: Autocapture) -> None:
    ans = ask_cited(terminals, "what did I type right after ls?", NOW, value_cited=True)
    assert ans.state == "ok" and "git log" in ans.answer


def test_before_or_after_compares_when_two_things_were_first_seen(
    terminals: Autocapture,
) -> None:
    """ "Did I look at X before or after Y": X and Y as first seen (a command, a test run
    known by its output), each cited; a thing never seen is not guessed at."""
    q = "did i look at the board git log before or after the test run"
    ans = ask_cited(terminals, q, NOW, value_cited=True)
    assert ans.question_class == "timeline" and ans.state == "ok", ans.answer
    assert ans.answer.startswith("Before") and "09:02" in ans.answer, ans.answer
    ans = ask_cited(
        terminals, "did i run the grep before or after the tests?", NOW, value_cited=True
    )
    assert ans.state == "ok" and ans.answer.startswith("After"), ans.answer
    never = terminals.ask("did i look at the invoice before or after the test run", now=NOW)
    assert never.state == "indeterminate"


def test_runners_are_named_by_their_output() -> None:
    def block(texts: list[str]) -> Block:
        lines = [
            Line(
                0, "s", "f", t, "", (0, 0, 1, 1), 0.9, None, None, 0, "", 0, None, "t", None, False
            )
            for t in texts
        ]
        return Block(None, "", "", [Row([ln]) for ln in lines], "t")

    assert runner_of(block(["ℹ tests 8", "ℹ duration_ms 175.2"])) == "node --test"
    assert runner_of(block(["===== test session starts ====="])) == "pytest"
    assert runner_of(block(["Ran 12 tests in 0.031s"])) == "python -m unittest"
    assert runner_of(block(["t/deadlines.t ..", "not ok 3 - x", "Result: FAIL"])) == "prove"
    assert runner_of(block(["running 7 tests", "test result: FAILED. 4 passed"])) == "cargo test"
    assert runner_of(block(["total 44", "drwxr-xr-x 2 kim kim 4096 bin"])) is None
    assert TEST_OUTPUT.search("ℹ fail 2") and not TEST_OUTPUT.search("failed to fetch 2 files")


MAIL = ("mutt: kim@ws ~/Mail/inbox", (0, 0, 640, 400))
CHAT = ("kim@ws: ~/chat", (640, 0, 1280, 400))
NOTES = ("notes.txt - Editor", (0, 400, 640, 800))


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    """Focus: notes (09:01), chat (09:02), mail (09:03), chat again (09:04)."""
    rows = _rows(0, 10, ["1 N Nov 23 Ana Berg Budget"]) + _rows(1, 650, ["09:00 <ana> hi"])
    rows += _rows(2, 10, ["buy milk"])
    with utc_app(tmp_path_factory.mktemp("desk")) as a:
        for n, on in ((1, 2), (2, 1), (3, 0), (4, 1)):
            rec = text_frame(n, [MAIL, CHAT, NOTES], rows, hour=HOUR, bg="#ffffff")
            rec.windows = [refocus(w, i == on, abs(i - on)) for i, w in enumerate(rec.windows)]
            assert a.store.write_frame(rec)
        yield a


def test_a_window_switched_to_twice_answers_each_occasion(desk: Autocapture) -> None:
    ans = ask_cited(
        desk, "which window was I in just before I switched to the chat?", NOW, value_cited=True
    )
    assert ans.state == "ok" and len(ans.claims) == 2
    assert "notes.txt" in ans.claims[0].text and "mutt" in ans.claims[1].text


@pytest.mark.parametrize(
    ("question", "window"),
    [
        ("which window was I in just before I switched to the chat the first time?", "notes.txt"),
        ("which window was I in just before I switched to the chat again?", "mutt"),
        ("which window was I in just before I opened the chat?", "notes.txt"),
    ],
)
def test_a_named_occasion_answers_only_that_one(
    desk: Autocapture, question: str, window: str
) -> None:
    ans = ask_cited(desk, question, NOW, value_cited=True)
    assert ans.state == "ok" and len(ans.claims) == 1 and window in ans.answer


@pytest.mark.parametrize(
    ("row", "name"),
    [
        ("* 4 g a day is over the limit (0.253426ms)", "4 g a day is over the limit"),
        ("✔ infusion rate 1000 mL over 8 h (1.06ms)", "infusion rate 1000 mL over 8 h"),
        ("heparin nomogram (0.116483ms) # waiting for the new protocol", None),  # a todo
        ("tests 8", None),
        ("[Error: expected 83.3, got 83]", None),
    ],
)  # fmt: skip
def test_a_test_row_is_a_name_and_its_duration(row: str, name: str | None) -> None:
    m = _TEST_ROW.match(row)
    assert (m.group("name") if m else None) == name


def test_summary_lines_are_a_kind_of_console_token() -> None:
    found = kind_of("what colour were the summary lines at the end of the node test run?")
    assert found is not None and found[0].name == "summary lines"
    block = Block(None, "", "", [], "t")
    for text, hit in [("ℹ pass 4", "pass 4"), ("1 failed, 4 passed in 0.12s", "1 failed"),
                      ("duration 4", None), ("passed the 4 tests", None)]:  # fmt: skip
        ranges = found[0].find(text, block)
        assert (text[ranges[0][0] : ranges[0][1]] if ranges else None) == hit


def test_the_moment_i_was_looking_at_a_window_is_when_it_first_had_focus(desk: Autocapture) -> None:
    ans = ask_cited(
        desk, "what windows were open at the moment I was looking at the chat?", NOW,
        value_cited=False,
    )  # fmt: skip
    assert ans.state == "ok" and "09:02" in ans.answer


@pytest.mark.parametrize(
    ("shown", "title", "same"),
    [
        ("Conflict checl", "Conflict check log", True),  # the last letter cut through
        ("Billing rates 2", "Billing rates 2027", True),
        ("Report 1", "Report 2", False),  # a digit is never a cut letter
        ("Hearings this", "Court holidays", False),
    ],
)
def test_a_tab_strip_label_is_the_start_of_its_title(shown: str, title: str, same: bool) -> None:
    assert same_tab(shown, title) is same


def test_tests_named_by_the_runner_their_output_shows(tmp_path: Path) -> None:

    rows = [
        (0, 10, 40, "Compiling eta-calc v0.4.2"),
        (0, 10, 60, "running 7 tests"),
        (0, 10, 80, "test route::tests::eta_adds_loading_time ... ok"),
        (0, 10, 100, "test result: FAILED. 4 passed; 2 failed; 1 ignored"),
    ]
    with utc_app(tmp_path) as a:
        hour = datetime(2026, 11, 24, 19, 0, tzinfo=UTC)
        a.store.write_frame(
            text_frame(
                36, [("ana@box: ~/src/eta-calc", (0, 0, 1280, 800))], rows, hour=hour, bg="#fff"
            )
        )
        ans = a.ask("when did i kick off the cargo tests", now=hour.replace(hour=22))
        assert ans.state == "ok" and "19:36" in ans.answer, ans.answer


def test_tests_kicked_off_the_first_time(tmp_path: Path) -> None:
    """ "When did I kick off the specs in X the first time": the first run is the one this
    answers with; "the last time" is not read as the first."""
    rows = [
        (0, 10, 40, "running 7 tests"),
        (0, 10, 60, "test result: FAILED. 4 passed; 2 failed; 1 ignored"),
    ]
    with utc_app(tmp_path) as a:
        hour = datetime(2026, 11, 24, 19, 0, tzinfo=UTC)
        win = [("ana@box: ~/src/eta-calc", (0, 0, 1280, 800))]
        for minute in (36, 41):
            shown = [*rows, (0, 10, 80, f"run at {minute}")]
            a.store.write_frame(text_frame(minute, win, shown, hour=hour, bg="#fff"))
        now = hour.replace(hour=22)
        ans = a.ask("wen did i kick off the tests in eta-calc the first time", now=now)
        assert ans.state == "ok" and "19:36" in ans.answer, ans.answer
        ans = a.ask("when did i kick off the tests in eta-calc the last time", now=now)
        assert "19:36" not in ans.answer, ans.answer
