"""Wording first met in the paraphrase k suite, on laid-out lines (no OCR): a time put up
for confirmation ("page 1 conf tonight is at 6.30 yeah"), which the calendar answers yes or
no from the event's own time; "wen's"; "the top of my todo list" under a heading centred
over a wide pane; "the tab I opened at the end" is the last one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.answer.classify import classify
from autocapture.api import Autocapture
from autocapture.promptops.bundle import load_bundle
from autocapture.promptops.normalize import normalize
from autocapture.promptops.rules import parse_rules
from autocapture.promptops.service import DEFAULT_BUNDLE_DIR
from autocapture.records import FrameRecord
from autocapture.text import VALUE_TYPES
from tests.framekit import Row, ask_cited, text_frame, utc_app

NOW = datetime(2026, 11, 25, 21, 0, tzinfo=UTC)  # a Wednesday evening

ROWS: list[Row] = [
    # A wide to-do pane with its heading centred over it, and an agenda pane to its right.
    (0, 500, 20, "TODO"),
    (0, 10, 60, "1. Run correction C-1153 on page 2"),
    (0, 10, 80, "2. Chase the stringer's invoice"),
    (0, 10, 100, "4. Update the macron list"),
    (0, 1080, 20, "Appointments"),
    (0, 1080, 60, "Wednesday 25 November 2026"),
    (0, 1080, 80, "6.45pm - 7.15pm Page 1 conference"),
    (0, 1080, 100, "9.30pm - 9.45pm Regional edition off stone"),
]


def frame(n: int) -> FrameRecord:
    return text_frame(
        n, [("calcurse", (0, 0, 1280, 400))], ROWS,
        hour=datetime(2026, 11, 25, 20, tzinfo=UTC), bg="#fafafa",
    )  # fmt: skip


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Autocapture]:
    with utc_app(tmp_path) as a:
        a.store.write_frame(frame(4))
        yield a


def ask(app: Autocapture, q: str):  # type: ignore[no-untyped-def]
    return ask_cited(app, q, NOW, value_cited=True)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("page 1 conf tonight is at 6.30 yeah", "is page 1 conf tonight at 6.30?"),
        ("the dentist is on friday, right?", "is the dentist on friday?"),
        ("wen's the style committee tomorrow", "when is the style committee tomorrow"),
        ("which tests failed yeah", "which tests failed yeah"),  # no statement to confirm
        ("the tab i opened at the end", "the tab i opened last"),
        ("what was at the end of the list", "what was at the end of the list"),
        (
            "which mail did I open after I left the chat log",
            "which mail did I open after I switched away from the chat log",
        ),
        ("who left the chat", "who left the chat"),
        ("which one did i end up in at the very end", "which one did i end up in at the very end"),
    ],
)
def test_wording(typed: str, read: str) -> None:
    assert normalize(typed) == read


def test_a_time_to_confirm_routes_to_the_calendar() -> None:
    rules = parse_rules(load_bundle(DEFAULT_BUNDLE_DIR).text("query.rules"), set(VALUE_TYPES))
    # The time phrase is gone from the text the patterns usually read; this one reads it.
    assert classify("is page 1 conf", rules, "is page 1 conf at 6.30?")[0] == "calendar"
    assert classify("is page 1 conf", rules)[0] == "lookup"
    assert classify("is the build green", rules, "is the build green at 10:05?")[0] != "calendar"
    assert classify("is there anything", rules, "is there anything at 3pm?")[0] != "calendar"
    # adding something is an act the screen must show, like printing or sending
    assert classify("when did i add the committee into calcurse", rules)[0] == "timeline"


def test_a_time_put_up_for_confirmation_is_answered_yes_or_no(app: Autocapture) -> None:
    no = ask(app, "page 1 conf tonight is at 6.30 yeah")
    assert no.state == "ok" and no.answer.startswith("No, not at 6.30"), no.answer
    assert "6:45 PM" in no.answer
    yes = ask(app, "is the page 1 conference at 6.45pm?")
    assert yes.state == "ok" and yes.answer.startswith("Yes"), yes.answer
    # Said without am/pm, a clock is either half of the day.
    assert ask(app, "is the regional edition off stone at 9.30 tonight?").answer.startswith("Yes")


def test_the_top_and_bottom_of_a_list_under_a_centred_heading(app: Autocapture) -> None:
    top = ask(app, "whats top of my todo list")
    assert top.state == "ok" and "Run correction C-1153" in top.answer, top.answer
    last = ask(app, "what's the last thing on my to-do list?")
    assert last.state == "ok" and "macron" in last.answer, last.answer
    assert "Appointments" not in top.answer and "Wednesday" not in last.answer
