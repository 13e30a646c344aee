"""A named time of day glossed by its clock time ("around lunchtime, 1 pm"), met on the blind
set l: the clock time filters the frames, as "around 1 pm" would; a meal named alone, with no
clock time, stays no time filter."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from autocapture.timeparse import parse_time_intent

NOW = datetime(2026, 11, 25, 9, 50, tzinfo=UTC)


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("which windows did I have open around lunchtime, 1 pm?", "2026-11-25T07:05:00+00:00"),
        ("what was open around 1 pm?", "2026-11-25T07:05:00+00:00"),
        ("what was on screen at lunch - 12:30?", "2026-11-25T06:35:00+00:00"),
        ("what was on screen at lunch?", None),
    ],
)
def test_a_glossed_time_of_day(question: str, start: str | None) -> None:
    intent = parse_time_intent(question, NOW, "Asia/Kathmandu")
    got = intent.start.isoformat() if intent.start else None
    assert got == start, intent.describe()
