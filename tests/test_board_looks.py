"""A board read by its looks and headings: "which bin was yellow" after a place said first,
"the bin thing" (a vague noun for the board), "plain red text" (the text's own colour, not a
red bar), "white on red" (a light window's row on a colour is a highlight, its letters
white), "dark blue" (the darker of two blues, not a bright blue summary), and a column
heading ("STATUS") that says what a cell is.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from autocapture.api import Autocapture
from tests.test_console_boards import RGB, ask, board_desk, cell

RGB.setdefault("brightblue", (92, 92, 255))


def bin_row(name: str, item: str, status: str, fg: str, bg: str | None = None) -> list:
    ink = "white" if bg else "ink"
    return [cell(0, name, ink, bg), cell(8, item, ink, bg), cell(22, status, fg, bg)]


BOARD = [
    [cell(0, "binlist 0.9  store room 2, Tue 3 Mar", "ink")],
    [cell(0, "BIN", "ink"), cell(8, "ITEM", "ink"), cell(22, "STATUS", "ink")],
    bin_row("BN-11", "QX-7730.4", "FILLED", "green"),
    bin_row("BN-12", "QX-7730.40", "COUNTING", "cyan"),
    bin_row("BN-13", "QX-6121.2", "TEMP ALARM", "red"),
    bin_row("BN-14", "QX-6121.21", "ON HOLD", "yellow"),
    bin_row("BN-15", "QX-5008.9", "BROKEN SEAL", "white", bg="red"),
    bin_row("BN-16", "QX-5008.19", "READY TO SHIP", "blue"),
    bin_row("BN-17", "QX-4410.3", "WAITING PICKUP", "magenta"),
    [cell(0, "7 bins: 1 filled, 1 counting, 1 alarm, 1 hold, 1 broken, 1 ready", "brightblue")],
]
RUN = [
    [cell(0, "tests/test_bins.py::test_bin_weight_limit", "ink"), cell(46, "PASSED", "green")],
    [cell(0, "tests/test_bins.py::test_bin_label_width", "ink"), cell(46, "SKIPPED", "yellow")],
    [cell(0, "tests/test_bins.py::test_bin_reorder", "ink"), cell(46, "x", "magenta")],
    [cell(0, "tests/test_bins.py::test_bin_alarm_code", "ink"), cell(46, "FAILED", "red")],
]
BOARD_WIN = ("kit@store: ~/src/binlist", (0, 420, 760, 640), "paper", BOARD)
RUN_WIN = ("kit@store: ~/src/bincheck", (0, 0, 760, 160), "paper", RUN)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    yield from board_desk(tmp_path_factory.mktemp("looks"), [RUN_WIN, BOARD_WIN])


@pytest.mark.parametrize(
    ("question", "wanted", "not_in"),
    [
        ("on the bin board which bin was yellow", "BN-14", "SKIPPED"),
        ("what status was in purple on the bin thing", "WAITING PICKUP", "test_bin_reorder"),
        ("the row in white on red on the board, whats its item code", "QX-5008.9", "tests/"),
        ("which bin had plain red text, not the red bar one", "BN-13", "BN-15"),
        ("the bin with the dark blue status, not the cyan one", "BN-16", "7 bins"),
    ],
)
def test_a_board_read_by_its_looks(
    store: Autocapture, question: str, wanted: str, not_in: str
) -> None:
    ans = ask(store, question)
    assert ans.state == "ok" and wanted in ans.answer and not_in not in ans.answer


def test_a_test_run_in_yellow_stays_the_test_run(store: Autocapture) -> None:
    """Must not change: asked for tests, the yellow one is the run's."""
    ans = ask(store, "which tests were in yellow")
    assert ans.state == "ok" and "test_bin_label_width" in ans.answer and "BN-14" not in ans.answer


def test_an_item_of_a_listing_is_no_board_row(store: Autocapture) -> None:
    """Must not change: "in the X which entry was red" asks for any item shown in red, not for
    a board's rows (an entry is no kind of thing a board lists)."""
    ans = ask(store, "in the bincheck output which entry was red")
    assert ans.state == "ok" and "FAILED" in ans.answer and "on its row" not in ans.answer
    ans = ask(store, "in the ls of binlist which entry was coloured green")
    assert ans.state == "ok" and "on its row" not in ans.answer
