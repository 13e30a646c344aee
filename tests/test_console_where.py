"""Colour listings placed and named by wording the question's opening does not carry: "the
little terminal at the bottom - the status that's in yellow, which slug is it on" (the
window by its place on the screen, the answer by the column the asked noun heads), "which
story has its whole row highlighted in pink" (pink is magenta; "whole" says how much, not
a word the row holds). Frames are drawn as in ``tests.test_console_boards``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from autocapture.answer.console_labelled import labelled_number
from autocapture.api import Autocapture
from autocapture.config import load_config
from tests.test_console_boards import ask, cell, frame

HEAD = [cell(0, "PAGE", "ink"), cell(6, "DESK", "ink"), cell(14, "SLUG", "ink"),
        cell(28, "STATUS", "ink")]  # fmt: skip


def story(no: str, desk: str, slug: str, status: str, fg: str = "ink", bg: str | None = None):
    text = "white" if bg else "ink"
    return [cell(0, no, text, bg), cell(6, desk, text, bg), cell(14, slug, text, bg),
            cell(28, status, fg if not bg else "white", bg)]  # fmt: skip


PLAN = [
    HEAD,
    story("1", "Front", "HARBOUR-FEE", "SUBBING", fg="yellow"),
    story("2", "News", "TRAIN-DELAY", "SENT", fg="green"),
    story("3", "Biz", "MILL-SALE", "DROPPED", bg="magenta"),
    story("4", "Sport", "ROWING-EIGHT", "LATE", fg="red"),
]
WIRE = [
    HEAD,
    story("7", "World", "QUAKE-CHILE", "CHECKING", fg="yellow"),
    story("8", "World", "SUMMIT-DRAW", "SENT", fg="green"),
    [cell(14, "6 briefs held", "red")],  # a 6 no page labels
]
TOP = ("ana@desk: ~/src/wiredesk", (0, 0, 900, 400), "paper", WIRE)
BOTTOM = ("ana@desk: ~/src/runsheet", (0, 560, 700, 780), "paper", PLAN)


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    cfg = load_config(tmp_path_factory.mktemp("where") / "data")
    cfg.timezone = "UTC"
    a = Autocapture(config=cfg)
    assert a.store.write_frame(frame(1, [TOP, BOTTOM]))
    yield a
    a.close()


def test_the_terminal_by_its_place_and_the_column_asked(desk: Autocapture) -> None:
    ans = ask(
        desk, "little terminal at the bottom - the status thats in yellow, which slug is it on"
    )
    assert ans.state == "ok" and "HARBOUR-FEE" in ans.answer, ans.answer
    assert "QUAKE-CHILE" not in ans.answer
    ans = ask(desk, "the terminal at the top - the status in yellow, which slug is it on")
    assert ans.state == "ok" and "QUAKE-CHILE" in ans.answer, ans.answer
    assert "HARBOUR-FEE" not in ans.answer


def test_a_whole_row_highlighted_in_pink(desk: Autocapture) -> None:
    ans = ask(
        desk, "in the one with the run sheet, which story has its whole row highlighted in pink"
    )
    assert ans.state == "ok" and "MILL-SALE" in ans.answer, ans.answer


def test_a_noun_heading_no_column_keeps_the_first_cell(desk: Autocapture) -> None:
    # unchanged: "story" heads no column, so the row is named by its first cell
    ans = ask(
        desk, "in the one with the run sheet, which story has its whole row highlighted in magenta"
    )
    assert ans.state == "ok" and ans.claims[0].value == "3", ans.answer


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("what colour was page 6 showing in the page plan", "page"),
        ("what colour was row no. 12", "row"),
        # unchanged: a number no noun labels
        ("what colour was 6 in the page plan", None),
        ("what colour was the 2026 release", None),
    ],
)
def test_labelled_number(question: str, noun: str | None) -> None:
    target = re.findall(r"\d+", question)[0]
    terms = [w for w in re.findall(r"[a-z]+", question) if w not in {"what", "was", "the"}]
    assert labelled_number(question, terms, target) == noun


def test_a_numbered_row_absent_is_not_any_number(desk: Autocapture) -> None:
    # No row numbered 6 on the run sheet: a 6 elsewhere is not it.
    ans = ask(desk, "what colour was page 6 showing in the run sheet")
    assert ans.state == "indeterminate", ans.answer


def test_a_numbered_row_by_its_column(desk: Autocapture) -> None:
    ans = ask(desk, "what colour was page 3 showing in the run sheet")
    assert ans.state == "ok" and "magenta" in ans.answer, ans.answer
