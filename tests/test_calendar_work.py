"""'Am I working on saturday?' from the calendar's own marks, on laid-out lines (no OCR): an
agenda row "(all day)Day off" (no space after the mark, as one agenda format prints it) is an
all-day event, and a day holding such a mark is a day off."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.api import Autocapture
from autocapture.records import FrameRecord
from tests.framekit import Row, ask_cited, text_frame, utc_app

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)  # a Wednesday

AGENDA: list[Row] = [
    (0, 10, 20, "me@box:~$ calcurse -r5"),
    (0, 10, 40, "Friday 27 November:"),
    (0, 20, 60, "10:00 AM - 11:00 AM Month-end accounts"),
    (0, 10, 80, "Saturday 28 November:"),
    (0, 20, 100, "(all day)Day off"),
    (0, 10, 120, "Sunday 29 November:"),
    (0, 20, 140, "9:00 AM - 10:00 AM Walk with Tane"),
]


def frame() -> FrameRecord:
    return text_frame(
        3, [("me@box: ~", (0, 0, 800, 400))], AGENDA,
        hour=datetime(2026, 11, 25, 9, tzinfo=UTC), bg="#101010",
    )  # fmt: skip


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Autocapture]:
    with utc_app(tmp_path) as a:
        a.store.write_frame(frame())
        yield a


def ask(app: Autocapture, q: str):  # type: ignore[no-untyped-def]
    return ask_cited(app, q, NOW, value_cited=True)


def test_a_day_marked_off_is_not_a_working_day(app: Autocapture) -> None:
    no = ask(app, "am I working on saturday?")
    assert no.state == "ok" and no.answer.startswith("No") and "Day off" in no.answer, no.answer
    off = ask(app, "am I off on saturday?")
    assert off.state == "ok" and off.answer.startswith("Yes"), off.answer


def test_a_day_with_other_events_is_a_working_day(app: Autocapture) -> None:
    yes = ask(app, "am I working on friday?")
    assert yes.state == "ok" and yes.answer.startswith("Yes"), yes.answer
    assert "Month-end accounts" in yes.answer


def test_a_day_never_shown_is_not_known(app: Autocapture) -> None:
    assert ask(app, "am I working on monday?").state == "indeterminate"
