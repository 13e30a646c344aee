"""A night worker's calendar: asked at 01:15, "tonight" is the night still going on (today's
events before dawn), a day heading run into a to-do panel beside it on its row still dates
the events under it, and "dentist today at what time?" is the calendar's 15:00, not a note's
stale 11:00."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.api import Autocapture
from autocapture.timeparse import parse_time_intent
from tests.framekit import text_frame, utc_app

NOW = datetime(2026, 11, 25, 1, 15, tzinfo=UTC)  # a Wednesday, 01:15


@pytest.fixture
def night(tmp_path: Path) -> Iterator[Autocapture]:
    panel = [
        (0, 40, 40, "Appointments"),
        (0, 47, 72, "Wednesday 25 November 2026"),
        (0, 280, 71, "1. Chase card authorisation for room 617"),  # the to-do panel, same row
        (0, 38, 123, "02:00 -> 03:00"),
        (0, 39, 140, "Night audit - end of day run"),
        (0, 36, 177, "15:00 -> 15:30"),
        (0, 40, 194, "Dentist - Rua da Prata"),
        (0, 58, 263, "Thursday 26 November 2026"),
        (0, 35, 280, "16:00 -> 16:45"),
        (0, 41, 297, "Payroll hours check"),
    ]
    notes = [(1, 700, 40, "dentist: 11:00 (moved, see calendar)")]
    wins = [("calcurse", (0, 0, 680, 800)), ("tiago@desk: ~/notes", (680, 0, 1280, 800))]
    with utc_app(tmp_path) as a:
        hour = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)
        a.store.write_frame(text_frame(5, wins, panel + notes, hour=hour, bg="#101010"))
        yield a


def test_tonight_in_the_small_hours_is_the_night_going_on() -> None:
    i = parse_time_intent("what time is the end of day run tonight", NOW, "UTC")
    assert i.start == datetime(2026, 11, 24, 18, tzinfo=UTC)
    evening = parse_time_intent("who is on call tonight", NOW.replace(hour=15), "UTC")
    assert evening.start == datetime(2026, 11, 25, 18, tzinfo=UTC)


def test_the_night_s_events_and_the_calendar_over_a_note(night: Autocapture) -> None:
    run = night.ask("what time is the end of day run tonight", now=NOW)
    assert run.state == "ok" and "02:00" in run.answer, run.answer
    dentist = night.ask("dentist today at what time?", now=NOW)
    assert dentist.state == "ok" and "15:00" in dentist.answer, dentist.answer
    assert "11:00" not in dentist.answer


def test_clashes_named_by_an_acronym_once_per_appointment(tmp_path: Path) -> None:
    day = [
        (0, 40, 40, "Friday 27 November 2026"),
        (0, 38, 70, "16:00 -> 17:00"),
        (0, 40, 87, "Front of house briefing with Bronte"),
        (0, 38, 120, "16:30 -> 17:15"),
        (0, 40, 137, "Notes with Fenella before the preview"),
        # the same day again in an agenda beside it, titles cut short, 12-hour times
        (1, 700, 40, "Fri 27 Nov 2026"),
        (1, 700, 70, "4:00 PM-5:00 PM  Front of house briefing with"),
        (1, 700, 100, "4:30 PM-5:15 PM  Notes with Fenella before the"),
    ]
    wins = [("calcurse", (0, 0, 680, 800)), ("agenda", (680, 0, 1280, 800))]
    with utc_app(tmp_path) as a:
        a.store.write_frame(
            text_frame(5, wins, day, hour=datetime(2026, 11, 25, 1, tzinfo=UTC), bg="#111")
        )
        ans = a.ask("have i got anything clashing with the FOH briefing on fri", now=NOW)
        assert ans.state == "ok" and ans.answer.startswith("Yes"), ans.answer
        assert ans.answer.count("overlaps") == 1, ans.answer  # one clash, not one per view
        run = a.ask("anything clashing with the end of day run?", now=NOW)
        assert run.state == "indeterminate", run.answer  # no such event on screen
