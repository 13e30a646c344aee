"""'Which pump was in red on the board': the board is the table of the things asked for (its
caption or its rows say them), not another table sharing the colour (a test run's rows, whose
names merely hold the word); a light terminal's grey status counts as coloured; "in yellow
letters" is the text's colour, "highlighted" the row's; the thing asked may come last ("...
and for which unit") or lead ("the greyed out pump, the faint one, which is it").
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from autocapture.api import Autocapture
from tests.test_console_boards import ask, board_desk, cell


def unit_row(unit: str, status: str, fg: str, note: str, bg: str | None = None) -> list:
    ink = "black" if bg else "ink"
    return [cell(0, unit, ink, bg), cell(9, status, fg, bg), cell(26, note, ink, bg)]


BOARD = [
    [cell(0, "pumpboard 2.1 - flagged pumps, Mon 2 Mar", "ink")],
    [cell(0, "UNIT", "ink"), cell(9, "STATUS", "ink"), cell(26, "NOTE", "ink")],
    unit_row("PU-11", "RUNNING", "green", "back after seal swap"),
    unit_row("PU-14", "TRIPPED", "red", "overcurrent at 21:10"),
    unit_row("PU-20", "ON HOLD", "magenta", "impeller due Fri"),
    unit_row("PU-23", "ISOLATED", "black", "valve work, tag 88", bg="yellow"),
    unit_row("PU-31", "NO SIGNAL", "grey", "telemetry lost 20:40"),
    unit_row("PU-37", "REDUCED", "yellow", "bearing warm"),
]
RUN = [
    [cell(0, "tests/test_flow.py::test_two_pumps_share_load", "ink"), cell(52, "PASSED", "green")],
    [cell(0, "tests/test_flow.py::test_head_at_40_m", "ink"), cell(52, "FAILED", "red")],
    [cell(0, "tests/test_flow.py::test_restart_delay", "ink"), cell(52, "FAILED", "red")],
    [cell(0, "tests/test_flow.py::test_dry_run_alarm", "ink"), cell(52, "PASSED", "green")],
]
BOARD_WIN = ("ops@box: ~/src/pumpboard", (0, 420, 760, 600), "paper", BOARD)
RUN_WIN = ("ops@box: ~/src/pumpcalc", (0, 0, 760, 160), "paper", RUN)


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    yield from board_desk(tmp_path_factory.mktemp("things"), [RUN_WIN, BOARD_WIN])


@pytest.mark.parametrize(
    ("question", "unit", "not_in"),
    [
        ("which pump was in red on the board", "PU-14", "test_head"),
        ("the greyed out pump, the faint one, which is it", "PU-31", "ops@box"),
        ("purple status on the board, what was it and for which unit", "PU-20", "PU-14"),
        ("which pump had its status in yellow letters", "PU-37", "PU-23"),
        (
            "the row highlighted in yellow on the pump board, which pump - not the yellow text one",
            "PU-23",
            "PU-37",
        ),
    ],
)
def test_the_board_names_the_thing_asked_for(
    desk: Autocapture, question: str, unit: str, not_in: str
) -> None:
    ans = ask(desk, question)
    assert ans.state == "ok" and unit in ans.answer and not_in not in ans.answer


def test_a_test_run_asked_for_stays_the_test_run(desk: Autocapture) -> None:
    """Must not change: asked for a test, the red rows are the run's."""
    ans = ask(desk, "which tests were in red")
    assert ans.state == "ok" and "test_head_at_40_m" in ans.answer and "PU-14" not in ans.answer
