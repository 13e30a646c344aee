"""Time words become UTC ranges in the configured zone, and leave the search words alone."""

from datetime import UTC, datetime, timedelta

import pytest

from autocapture.timeparse import parse_time_intent

NOW = datetime(2026, 11, 24, 15, 30, tzinfo=UTC)  # 16:30 in Berlin


def local(h: int, m: int = 0, day: int = 24) -> datetime:
    # Europe/Berlin is UTC+1 in November
    return datetime(2026, 11, day, h, m, tzinfo=UTC) - timedelta(hours=1)


@pytest.mark.parametrize(
    ("question", "start", "end", "remainder"),
    [
        (
            "what was the total yesterday afternoon?",
            local(12, day=23),
            local(17, day=23),
            "what was the total ?",
        ),
        ("which test failed this morning", local(5), local(12), "which test failed"),
        ("what was open between 9 and 10", local(9), local(10), "what was open"),
        (
            "what did bob say between 9:30 and 10:15 yesterday",
            local(9, 30, 23),
            local(10, 15, 23),
            "what did bob say",
        ),
        (
            "which window had focus at 14:05?",
            local(13, 55),
            local(14, 6),
            "which window had focus ?",
        ),
        ("error at 2:05 pm", local(13, 55), local(14, 6), "error"),
        ("what did I see today", local(0), local(0, day=25), "what did I see"),
    ],
)
def test_ranges(question: str, start: datetime, end: datetime, remainder: str) -> None:
    intent = parse_time_intent(question, NOW, "Europe/Berlin")
    assert intent.start == start
    assert intent.end == end
    assert intent.remainder == remainder
    assert intent.as_dict()["timezone"] == "Europe/Berlin"


def test_future_clock_time_means_yesterday() -> None:
    intent = parse_time_intent("at 18:00", NOW, "Europe/Berlin")
    assert intent.anchor is not None
    assert intent.anchor < NOW
    assert intent.start == local(17, 50, 23)


def test_no_time_words_no_range() -> None:
    intent = parse_time_intent("what was the total on invoice INV-2026-0042", NOW, "UTC")
    assert not intent.active
    assert intent.remainder == "what was the total on invoice INV-2026-0042"


def test_bare_numbers_are_not_times() -> None:
    intent = parse_time_intent("how many of 9 tests passed", NOW, "UTC")
    assert not intent.active


def test_bare_weekday_is_content_not_time() -> None:
    assert not parse_time_intent("migration kickoff Thursday", NOW, "UTC").active
    intent = parse_time_intent("what did I see on Thursday", NOW, "UTC")
    assert intent.start == datetime(2026, 11, 19, tzinfo=UTC)


@pytest.mark.parametrize(
    ("question", "content"),
    [
        ("who said they would be out until 15:00?", ["until 15:00"]),
        ("who wrote that the VPN will be down from 02:00 to 04:00?", ["from 02:00 to 04:00"]),
        ("who said the deploy is blocked until 3 pm", ["until 3 pm"]),
        ("who asked whether the review is done before 16:30", ["before 16:30"]),
        ("where did I read that the standup is now at 09:15?", ["at 09:15"]),
        ("where did I see that the office closes at 17:00", ["at 17:00"]),
        ("who said the staging db stays read-only until 15:00?", ["until 15:00"]),
    ],
)
def test_time_said_is_content(question: str, content: list[str]) -> None:
    """A time inside a clause reported by a speech verb is what was said: no range, and the
    phrase stays in the question for matching."""
    intent = parse_time_intent(question, NOW, "Europe/Berlin")
    assert not intent.active
    assert intent.content == content
    assert content[0] in intent.remainder


@pytest.mark.parametrize(
    "question",
    [
        "what did Bob say at 14:05?",  # when it was said: no clause of its own
        "what did bob say in the chat between 9:30 and 10:15",
        "which window had focus at 14:05?",
        "what was on screen between 14:00 and 14:02?",
        "what did I write before 14:00?",
        "what did I see when I was in the terminal at 14:05?",  # a time of viewing
        "what was I reading at 14:24?",
        "what did alice write about the deploy at 14:05?",
        "what did alice say this morning at 9:00?",
    ],
)
def test_time_of_the_screen_still_filters(question: str) -> None:
    intent = parse_time_intent(question, NOW, "Europe/Berlin")
    assert intent.active and not intent.content


def test_a_weekday_after_by_is_when_not_who() -> None:
    from autocapture.answer.chat import _name_words

    assert _name_words("did kenji say he would finish by wednesday noon?") == ["kenji"]
    assert _name_words("what did the mail from dana say?") == ["dana"]


@pytest.mark.parametrize(
    ("question", "hour", "minute", "day"),
    [
        ("which window was I in at about 4.20", 16, 20, 24),  # afternoon: the latest 4.20
        ("which window was I in at 9:15", 9, 15, 24),  # 21:15 is still to come: the morning
        ("what was on screen just after 3:40", 15, 40, 24),
        ("which window was I in at 04:20", 4, 20, 24),  # a leading zero is a 24-hour clock
        ("which window was I in at 4.20 am", 4, 20, 24),
        ("which window was I in yesterday at 4.20", 4, 20, 23),  # a dated clock is unchanged
    ],
)
def test_clock_without_am_pm_is_its_latest_half(
    question: str, hour: int, minute: int, day: int
) -> None:
    """An undated 12-hour clock without am/pm ("about 7.27", as a newspaper writes it) is
    the latest of its morning and evening readings at or before now."""
    intent = parse_time_intent(question, NOW, "Europe/Berlin")
    at = local(hour, minute, day)
    if "after" in question:
        assert intent.start == at
    else:
        assert intent.end == at + timedelta(minutes=1)
