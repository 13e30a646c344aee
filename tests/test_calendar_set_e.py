"""Calendar questions first met on the blind set e screens, on laid-out lines (no OCR): an
all-day event asked for by day, where an event is held (only a place the event states), and a
question led by what the user's notes said ("my notes say X moved - what day is it in my
calendar?", "... - what time did they first offer, and when is it in the calendar?").

Some of these questions reach the calendar answerer only with the routing patterns described in
``calendar_lead``/the set e report; here the class is set directly where the routing is not
the point of the test."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

import autocapture.promptops.pipeline as pipeline
from autocapture.answer.calendar_lead import read_lead
from autocapture.answer.calendar_place import asks_place, title_place
from autocapture.api import Autocapture
from autocapture.records import FrameRecord
from tests.framekit import Row, ask_cited, text_frame, utc_app

NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)  # a Monday


def frame(n: int, windows: list[tuple[str, tuple]], rows: list[Row]) -> FrameRecord:
    return text_frame(n, windows, rows, hour=datetime(2026, 11, 23, 9, tzinfo=UTC), bg="#fafafa")


ROWS: list[Row] = [
    (0, 20, 40, "Thursday, November 26, 2026"),
    (0, 30, 70, "Lease renewal meeting"),
    (0, 300, 70, "2:00 PM - 3:00 PM"),
    (0, 30, 100, "Team briefing - Level 2 boardroom"),
    (0, 300, 100, "4:00 PM - 4:30 PM"),
    (0, 20, 140, "Friday, November 27, 2026"),
    (0, 30, 170, "Vendor audit - Northwind"),
    (0, 300, 170, "9:30 AM - 12:00 PM"),
    (0, 20, 210, "Sunday, November 29, 2026"),
    (0, 30, 240, "Street fair"),
    (0, 30, 270, "Market stall setup"),
    (0, 300, 270, "11:00 AM - 12:00 PM"),
    (1, 620, 40, "* Northwind first offered the vendor audit at 8:00"),
    (1, 620, 60, "* Northwind said Thursday first, now it is Friday"),
]


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Autocapture]:
    with utc_app(tmp_path) as a:
        a.store.write_frame(
            frame(4, [("Calendar", (0, 0, 600, 400)), ("~/notes", (600, 0, 1280, 400))], ROWS)
        )
        yield a


@pytest.fixture
def as_calendar(monkeypatch: pytest.MonkeyPatch) -> None:
    """Route every question to the calendar answerer."""
    monkeypatch.setattr(pipeline, "classify", lambda q, rules, *_: ("calendar", "test"))


def ask(app: Autocapture, q: str):  # type: ignore[no-untyped-def]
    return ask_cited(app, q, NOW, value_cited=True)


def test_an_all_day_event_on_a_named_day(app: Autocapture, as_calendar: None) -> None:
    for q in ("is there an all-day thing on Sunday?", "anything all day on Sunday?"):
        a = ask(app, q)
        assert a.state == "ok" and "Street fair" in a.answer, a.answer
        assert "Market stall" not in a.answer


def test_a_place_only_from_what_the_event_states(app: Autocapture, as_calendar: None) -> None:
    a = ask(app, "where is the lease renewal meeting being held?")
    assert a.state == "indeterminate" and a.indeterminate_reason == "event_does_not_say"
    assert "2:00" not in a.answer
    b = ask(app, "where is the team briefing?")
    assert b.state == "ok" and "Level 2 boardroom" in b.answer
    c = ask(app, "which room is the team briefing in?")
    assert c.state == "ok" and "Level 2 boardroom" in c.answer


def test_a_lead_from_the_notes_names_the_calendar_event(
    app: Autocapture, as_calendar: None
) -> None:
    a = ask(
        app,
        "my notes say Northwind changed the audit day - what day and time is it in my calendar?",
    )
    assert a.state == "ok" and "9:30 AM" in a.answer and "Friday 27 Nov" in a.answer, a.answer
    assert "Thursday" not in a.answer


def test_two_asks_one_from_the_notes_and_one_from_the_calendar(
    app: Autocapture, as_calendar: None
) -> None:
    a = ask(
        app,
        "my notes mention the vendor audit - what time did Northwind first offer, and when is it"
        " in the calendar?",
    )
    assert a.state == "ok" and len(a.claims) == 2, a.answer
    assert "8:00" in a.claims[0].text and "9:30 AM" in a.claims[1].text


@pytest.mark.parametrize(
    ("title", "place"),
    [
        ("Pre-departure briefing - Harbour Quay", "Harbour Quay"),
        ("Fares change briefing - ticket office", "ticket office"),
        ("Lunch with Ibrahim at Café Rosa", "Café Rosa"),
        ("Sync at 10:30 in Boardroom", "Boardroom"),
        ("Standup @ Level 3", "Level 3"),
        ("Review in room 4", "room 4"),
        ("Council wharf lease meeting", None),  # a place noun in the topic is no place
        ("Safety committee - INC-2611", None),
        ("Roster swaps review (Greta)", None),
        ("Call at 3pm", None),
        ("Budget check-in With Colette", None),
    ],
)
def test_title_place(title: str, place: str | None) -> None:
    assert title_place(title) == place


def test_place_questions() -> None:
    assert asks_place("where is the lease meeting being held?")
    assert asks_place("which room is the review in?")
    assert asks_place("what's the location of the interview?")
    assert not asks_place("when is the address change deadline?")


def test_read_lead() -> None:
    lead = read_lead(
        "my radio notes mention the dry dock call - what time did they first offer, and when is"
        " it in the calendar?"
    )
    assert lead is not None and lead.topic == "the dry dock call"
    assert lead.calendar_ask.startswith("when is it in the calendar")
    assert lead.other_asks == ("what time did they first offer",)
    one = read_lead("my notes say the audit day changed - what day is it in my calendar?")
    assert one is not None and one.topic == "the audit day changed" and not one.other_asks


def test_a_place_from_the_events_note(tmp_path: Path, as_calendar: None) -> None:
    """A labelled line under the event's title is its note; the next event has none."""
    rows: list[Row] = [
        (0, 20, 40, "Thursday, November 26, 2026"),
        (0, 30, 70, "Lease renewal meeting"),
        (0, 300, 70, "2:00 PM - 3:00 PM"),
        (0, 50, 90, "Location: Harbour Room 3"),
        (0, 30, 120, "Team sync"),
        (0, 300, 120, "4:00 PM - 4:30 PM"),
    ]
    with utc_app(tmp_path) as a:
        a.store.write_frame(frame(4, [("Calendar", (0, 0, 600, 400))], rows))
        got = ask(a, "where is the lease renewal meeting being held?")
        assert got.state == "ok" and "Harbour Room 3" in got.answer
        assert ask(a, "where is the team sync?").state == "indeterminate"
