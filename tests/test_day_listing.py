"""A listing named by its number of days ("when did I print the three-day agenda?", "what
did I look at right after the 3 day agenda?"), on laid-out lines (no OCR): the window holding
that many day headings, a command's printout before a program's week view."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.answer.day_listing import days_named, heading_day
from autocapture.api import Autocapture
from autocapture.records import FrameRecord, WindowFact
from tests.framekit import Row, ask_cited, text_frame, utc_app

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
HOUR = datetime(2026, 11, 25, 9, tzinfo=UTC)
RECTS = {"cal": (0, 0, 600, 400), "term": (640, 0, 1280, 400), "notes": (0, 420, 600, 780)}
TITLES = {"cal": "calcurse", "term": "me@box: ~", "notes": "me@box: ~/notes"}

VIEW: list[Row] = [  # the calendar program's own view: three days, shown first
    (0, 10, 20, "Thu 26 Nov"),
    (0, 10, 40, "9:00 Standup"),
    (0, 10, 60, "Fri 27 Nov"),
    (0, 10, 80, "Sat 28 Nov"),
]
PRINTED: list[Row] = [  # the same three days printed by a command in the terminal
    (1, 650, 20, "me@box:~$ calcurse -r3"),
    (1, 650, 40, "Wednesday 25 November:"),
    (1, 660, 60, "9.00am - 9.15am Standup"),
    (1, 650, 80, "Thursday 26 November:"),
    (1, 650, 100, "Friday 27 November:"),
    (1, 650, 120, "me@box:~$"),
]
NOTES: list[Row] = [(2, 10, 440, "buy milk"), (2, 10, 460, "call the plumber")]


def frame(n: int, focus: str, rows: list[Row]) -> FrameRecord:
    names = ["cal", "term", "notes"]
    f = text_frame(n, [(TITLES[k], RECTS[k]) for k in names], rows, hour=HOUR, bg="#101010")
    f.windows = [
        WindowFact(TITLES[k], RECTS[k], window_id=f"0x{i}", focused=k == focus, z=i)
        for i, k in enumerate(names)
    ]
    return f


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Autocapture]:
    with utc_app(tmp_path) as a:
        a.store.write_frame(frame(1, "cal", VIEW))
        a.store.write_frame(frame(2, "term", VIEW + PRINTED))
        a.store.write_frame(frame(3, "notes", VIEW + PRINTED + NOTES))
        yield a


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Wednesday 25 November:", "11-25"),
        ("2026-11-25 (Wed):", "2026-11-25"),
        ("Thu 26 Nov", "11-26"),
        ("Standup on Wednesday 25 November", None),  # a line saying more than a date
        ("9.00am - 9.15am Standup", None),
    ],
)
def test_a_day_heading_is_a_date_and_little_else(text: str, day: str | None) -> None:
    got = heading_day(text)
    assert (got is None) if day is None else (got is not None and got.endswith(day)), got


def test_days_named() -> None:
    assert days_named("when did I print the five-day agenda?") == 5
    assert days_named("right after the 4 day schedule") == 4
    assert days_named("what did I do for five days") is None


def test_when_a_listing_of_so_many_days_was_printed(app: Autocapture) -> None:
    ans = ask_cited(app, "when did I print the three-day agenda?", NOW, value_cited=True)
    assert ans.state == "ok" and "09:02" in ans.answer, ans.answer
    assert "Wednesday 25 November" in ans.answer  # the printout, not the week view
    none = ask_cited(app, "when did I print the six-day agenda?", NOW, value_cited=False)
    assert none.state == "indeterminate", none.answer


def test_what_came_after_a_listing_of_so_many_days(app: Autocapture) -> None:
    ans = ask_cited(app, "what did I look at right after the three day agenda?", NOW,
                    value_cited=False)  # fmt: skip
    assert ans.state == "ok" and "~/notes" in ans.answer, ans.answer
