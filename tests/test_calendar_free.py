"""Free or busy at a time ("am I free at 2 this afternoon?"), on laid-out calendar lines (no
OCR): busy cites the event then; free is said only for a day whose events were on screen,
citing the events around the time; a day never shown is indeterminate."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.answer.calendar_free import FREE_ASK
from autocapture.api import Autocapture
from tests.framekit import Row, text_frame, utc_app

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)  # Thursday morning

ROWS: list[Row] = [
    (0, 20, 40, "Thursday, November 26, 2026"),
    (0, 30, 70, "Supplier call - Northwind"),
    (0, 300, 70, "1:30 PM - 2:30 PM"),
    (0, 30, 100, "Team briefing"),
    (0, 300, 100, "4:00 PM - 4:30 PM"),
    (0, 20, 140, "Friday, November 27, 2026"),
    (0, 30, 170, "Vendor audit"),
    (0, 300, 170, "9:30 AM - 12:00 PM"),
]


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Autocapture]:
    with utc_app(tmp_path) as a:
        hour = datetime(2026, 11, 26, 8, tzinfo=UTC)
        a.store.write_frame(
            text_frame(1, [("Calendar", (0, 0, 800, 400))], ROWS, hour=hour, bg="#fafafa")
        )
        yield a


def test_busy_names_the_event_then(app: Autocapture) -> None:
    ans = app.ask("am I free at 2 this afternoon?", now=NOW)
    assert ans.state == "ok" and ans.answer.startswith("No") and "Supplier call" in ans.answer


def test_free_cites_the_events_around_it(app: Autocapture) -> None:
    ans = app.ask("am I free at 3 this afternoon?", now=NOW)
    assert ans.state == "ok" and ans.answer.startswith("Yes"), ans.answer
    assert "Team briefing" in ans.answer and ans.claims[0].citations


def test_a_day_never_shown_is_indeterminate(app: Autocapture) -> None:
    ans = app.ask("am I free at 3 on Saturday?", now=NOW)
    assert ans.state == "indeterminate", ans.answer


def test_free_questions() -> None:
    assert FREE_ASK.search("am i free at 2?")
    assert FREE_ASK.search("is anything booked at 10:30 tomorrow?")
    assert not FREE_ASK.search("what's free on the menu?")


def test_what_have_i_got_tomorrow_morning(tmp_path: Path) -> None:
    with utc_app(tmp_path) as a:
        hour = datetime(2026, 11, 25, 8, tzinfo=UTC)
        a.store.write_frame(
            text_frame(1, [("Calendar", (0, 0, 800, 400))], ROWS, hour=hour, bg="#fafafa")
        )
        ans = a.ask(
            "what have I got tomorrow morning?", now=datetime(2026, 11, 26, 20, 0, tzinfo=UTC)
        )
        assert ans.state == "ok" and "Vendor audit" in ans.answer, ans.answer
        assert "Supplier call" not in ans.answer
