"""'When did I add X to the calendar' (met on the blind paraphrase n): the act of adding is
never shown by a calendar listing X, so it is indeterminate, while X's own time is still
answered; the question shapes are matched without a store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.answer.calendar_added import ADDED_ASK
from autocapture.api import Autocapture
from tests.framekit import Row, text_frame, utc_app

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
ROWS: list[Row] = [
    (0, 20, 40, "Thursday, November 26, 2026"),
    (0, 30, 70, "Supplier call - Northwind"),
    (0, 300, 70, "1:30 PM - 2:30 PM"),
]


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Autocapture]:
    with utc_app(tmp_path) as a:
        hour = datetime(2026, 11, 26, 8, tzinfo=UTC)
        a.store.write_frame(
            text_frame(1, [("Calendar", (0, 0, 800, 400))], ROWS, hour=hour, bg="#fafafa")
        )
        yield a


def test_adding_an_event_is_not_shown_by_the_event(app: Autocapture) -> None:
    q = "remind me wen i added the supplier call with northwind to the calendar"
    ans = app.ask(q, now=NOW)
    assert ans.state == "indeterminate", ans.answer
    assert (ans.indeterminate_reason or "").startswith("act_not_shown"), ans


def test_the_event_time_is_still_answered(app: Autocapture) -> None:
    ans = app.ask("when is the supplier call with northwind", now=NOW)
    assert ans.state == "ok" and "1:30 PM" in ans.answer, ans.answer


def test_added_questions() -> None:
    assert ADDED_ASK.search("when did i put the dentist appointment into the calendar")
    assert ADDED_ASK.search("when was the review added to my diary")
    assert not ADDED_ASK.search("when is the call i added to the calendar")
    assert not ADDED_ASK.search("when is the dentist on my calendar")
