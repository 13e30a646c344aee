"""Calendar questions that only guess: a clock said without am/pm ("at half 4") may be the
afternoon's 16:30 when nothing is on at 4:30, and a day the asker tags on as a guess ("when
is X again, friday morning right") must not hide an event that is on another day. Laid-out
lines, no OCR."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.api import Autocapture
from autocapture.records import FrameRecord
from tests.framekit import Row, ask_cited, text_frame, utc_app

NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)  # a Wednesday afternoon

AGENDA: list[Row] = [
    (0, 10, 20, "me@box:~$ calcurse -r5"),
    (0, 10, 40, "Wednesday 25 November:"),
    (0, 20, 60, "09:00 - 10:00 Toolbox talk"),
    (0, 20, 80, "16:30 - 17:15 Outage planning with Otieno"),
    (0, 10, 100, "Thursday 26 November:"),
    (0, 20, 120, "14:00 - 15:30 Safety refresher - training room"),
    (0, 20, 140, "09:00 - 09:30 Grid operator call"),
    (0, 10, 160, "Friday 27 November:"),
    (0, 20, 180, "08:30 - 09:30 Stores count"),
]


def frame() -> FrameRecord:
    return text_frame(
        3, [("me@box: ~", (0, 0, 800, 400))], AGENDA,
        hour=datetime(2026, 11, 25, 14, tzinfo=UTC), bg="#101010",
    )  # fmt: skip


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Autocapture]:
    with utc_app(tmp_path) as a:
        a.store.write_frame(frame())
        yield a


def ask(app: Autocapture, q: str):  # type: ignore[no-untyped-def]
    return ask_cited(app, q, NOW, value_cited=True)


def test_a_bare_clock_with_nothing_then_is_read_in_the_afternoon(app: Autocapture) -> None:
    got = ask(app, "what have i got at half 4 today")
    assert got.state == "ok" and "Outage planning" in got.answer, got.answer


def test_a_bare_clock_that_matches_as_written_stays(app: Autocapture) -> None:
    got = ask(app, "what have i got at half 9 today")
    assert got.state == "ok" and "Toolbox talk" in got.answer, got.answer
    assert "Outage" not in got.answer


def test_a_guessed_day_does_not_hide_the_event(app: Autocapture) -> None:
    got = ask(app, "wen is the safety refresher again, friday morning right")
    assert got.state == "ok" and "14:00" in got.answer, got.answer
    assert got.answer.startswith("Not friday morning"), got.answer


def test_a_day_asked_for_still_restricts(app: Autocapture) -> None:
    got = ask(app, "when is the safety refresher on friday")
    assert got.state == "indeterminate", got.answer


def test_which_room_for_a_call_the_event_does_not_place(app: Autocapture) -> None:
    got = ask(app, "which room is the grid operator call tmrw in")
    assert got.state == "indeterminate", got.answer


def test_a_checked_day_and_time_that_moved(app: Autocapture) -> None:
    # a statement put up for confirmation, the day only believed: the event is on another
    got = ask(app, "the safety refresher is still friday 10am right")
    assert got.state == "ok" and "14:00" in got.answer, got.answer
    assert got.answer.startswith("Not on friday"), got.answer


def test_a_checked_day_and_time_that_holds(app: Autocapture) -> None:
    got = ask(app, "the stores count is still friday 8:30am right")
    assert got.state == "ok" and got.answer.startswith("Yes"), got.answer


def test_a_confirming_tag_on_a_bare_day_is_asked_as_a_check() -> None:
    from autocapture.promptops.normalize import normalize

    assert normalize("the review is still friday 10am right") == "is the review on friday at 10am?"
    assert normalize("page 1 conf tonight is at 6.30 yeah") == "is page 1 conf tonight at 6.30?"
    assert normalize("the tab at the top right") == "the tab at the top right"  # a corner
    # a bare day without a clock stays a statement: as a time it would restrict the frames
    said = "so the harbour audit is thursday yeah"
    assert normalize(said) == said
