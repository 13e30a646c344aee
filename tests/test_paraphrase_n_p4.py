"""Paraphrase set n: wording the rule-based answerers must read in general."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from autocapture.answer.classify import classify
from autocapture.answer.command_order import NEXT_ASK
from autocapture.api import Autocapture
from autocapture.config import load_config
from autocapture.promptops.clock_fixed import clock_put_right
from autocapture.promptops.normalize import normalize
from tests.test_console_colour_pairs import NOW, Cell, Window, cell, frame
from tests.test_paraphrase_rules import _rules


def test_clock_put_right_keeps_the_corrected_time() -> None:
    # minutes alone keep the hour said first
    assert normalize(
        "at quarter past 11, no wait, more like 13 past, which terminal was i in"
    ).startswith("at 11:13, which terminal")
    assert clock_put_right("at 3:15pm, sorry, ten to, which tab") == "at 2:50pm, which tab"
    # a whole clock replaces the first one
    assert clock_put_right("around 9:40 no wait 9:50 what was open") == "around 9:50 what was open"


def test_clock_not_put_right_without_a_slip() -> None:
    # must not change: two times with no correction between them, or a slip about something else
    assert clock_put_right("between 11:15 and 11:30 what ran") == "between 11:15 and 11:30 what ran"
    assert clock_put_right("at 11:15, which terminal, no") == "at 11:15, which terminal, no"
    assert normalize("which window was in front at quarter past ten") == (
        "which window was in front at 10:15"
    )


# -- a cell of a row named by its colour -------------------------------------------------------


def _crate(name: str, status: str, note: str, fg: str, bg: str | None = None) -> list[Cell]:
    """A board row: crate, status, note; a marked row is printed white on its colour."""
    plain = "white" if bg else "ink"
    return [cell(0, name, plain, bg), cell(9, status, fg if not bg else "white", bg),
            cell(26, note, plain, bg)]  # fmt: skip


BOARD: list[list[Cell]] = [
    [cell(0, "CRATE", "ink"), cell(9, "STATUS", "ink"), cell(26, "NOTE", "ink")],
    _crate("BX-11", "PACKED", "two straps", "green"),
    _crate("BX-12", "DAMAGED", "dent on lid, photo sent", "white", bg="red"),
    _crate("BX-13", "LATE", "carrier called", "red"),
]
PLAIN: list[list[Cell]] = [[cell(0, "make check", "ink")], [cell(0, "all 4 passed", "green")]]


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    cfg = load_config(tmp_path_factory.mktemp("row_cell") / "data")
    cfg.timezone = "UTC"
    a = Autocapture(config=cfg)
    wins: list[Window] = [
        ("ops@dock: ~/src/boxboard", (0, 0, 620, 120), "paper", BOARD),
        ("ops@dock: ~/src/tools", (0, 160, 620, 260), "paper", PLAIN),
    ]
    assert a.store.write_frame(frame(1, wins))
    yield a
    a.close()


def test_the_cell_of_a_row_named_by_its_background(board: Autocapture) -> None:
    ans = board.ask("the row with the red background on boxboard, whats the note on it", now=NOW)
    assert ans.state == "ok" and "note of the red row" in ans.answer, ans.answer
    assert "dent on lid, photo sent" in ans.answer
    assert "carrier called" not in ans.answer  # red text, not a red background
    assert all(c.verified for claim in ans.claims for c in claim.citations)


def test_a_row_colour_question_without_a_column_is_unchanged(board: Autocapture) -> None:
    # must not change: no cell asked for, the row itself answers
    ans = board.ask("which row on the boxboard had a red background?", now=NOW)
    assert ans.state == "ok" and "BX-12" in ans.answer and "NOTE" not in ans.answer


# -- "after X, what did I switch to and what did I run there" ---------------------------------


def test_switched_to_and_ran_there_is_the_next_command() -> None:
    """The command run next names the window it ran in: both parts of the question."""
    q = normalize("right after the test run what did i switch to and what did i run there")
    assert q == "right after the test run what did i switch to and what did i run there"
    assert classify(q, _rules())[0] == "console_color"
    m = NEXT_ASK.match(q)
    assert m is not None and m.group("what2") == "the test run" and m.group("dir2") == "after"
    m = NEXT_ASK.match("what did i switch to and what did i run there right after the git log")
    assert m is not None and m.group("what") == "the git log"


def test_a_switch_alone_or_a_fronted_run_is_unchanged() -> None:
    # must not change: a switch alone is a focus question; a fronted moment before a
    # command ask is still moved after it
    assert classify("right after the test run what did i switch to", _rules())[0] == "focus_state"
    assert normalize("right after the git log what did i run in that terminal") == (
        "what did i run right after the git log in that terminal"
    )
