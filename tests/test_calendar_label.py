"""A labelled detail asked of a calendar event (met on the blind paraphrase n: "ana's flying
PR 501 per the calendar, what seat is she in"): an event that never names the label does
not state it; one that does still answers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.answer.calendar_label import asked_label
from autocapture.api import Autocapture
from tests.framekit import Row, text_frame, utc_app

NOW = datetime(2026, 11, 26, 6, 0, tzinfo=UTC)
ROWS: list[Row] = [
    (0, 20, 40, "Thursday, November 26, 2026"),
    (0, 30, 70, "Kim flies to Oslo (SK 812)"),
    (0, 300, 70, "9:00 AM - 11:00 AM"),
    (0, 30, 100, "Train to Bergen platform 4"),
    (0, 300, 100, "1:00 PM - 6:00 PM"),
]


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Autocapture]:
    with utc_app(tmp_path) as a:
        hour = datetime(2026, 11, 26, 5, tzinfo=UTC)
        a.store.write_frame(
            text_frame(1, [("Calendar", (0, 0, 800, 400))], ROWS, hour=hour, bg="#fafafa")
        )
        yield a


def test_a_detail_the_event_does_not_name_is_not_stated(app: Autocapture) -> None:
    ans = app.ask("kim's flying SK 812 per the calendar, what seat is she in", now=NOW)
    assert ans.state == "indeterminate", ans.answer
    assert (ans.indeterminate_reason or "").startswith("event_does_not_say"), ans


def test_an_event_naming_the_label_still_answers(app: Autocapture) -> None:
    ans = app.ask("which platform is the train to bergen on in my calendar", now=NOW)
    assert not (ans.indeterminate_reason or "").startswith("event_does_not_say"), ans
    when = app.ask("when does kim fly to oslo", now=NOW)
    assert when.state == "ok" and "9:00" in when.answer, when.answer


def test_asked_labels() -> None:
    assert asked_label("what seat is she in") == "seat"
    assert asked_label("what's her seat number") == "seat"
    assert asked_label("which gate does it leave from") == "gate"
    assert asked_label("what time is her flight") is None
    assert asked_label("which room is the review in") is None
