"""'Something said the audit is fri 10am, which window was that': the screen writes the hour
as "10 a.m." or "10:00 AM", and "something" is how it is asked, not a word to find.
Laid-out lines, no OCR."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from autocapture.text import Bag
from tests.framekit import ask_cited, text_frame, utc_app

HOUR = datetime(2026, 11, 25, 9, tzinfo=UTC)
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def test_an_hour_written_apart_is_the_hour_said_together() -> None:
    assert Bag.of("- audit: Fri 27/11, 10 a.m., room 2").has("10am")
    assert Bag.of("at 09:00 PM sharp").has("9pm")
    # must not change: half past is not the hour
    assert not Bag.of("10:30 am standup").has("10am")


def test_which_window_said_a_paraphrased_hour(tmp_path: Path) -> None:
    wins = [("me@box: ~/notes", (0, 0, 640, 400)), ("calendar", (640, 0, 1280, 400))]
    lines = [
        (0, 10, 20, "me@box:~/notes$ cat desk-notes.txt"),
        (0, 10, 40, "- stock audit: Fri 27/11, 10 a.m., back office"),
        (1, 650, 20, "Thursday 26 November:"),
        (1, 660, 40, "3:30 PM - 4:30 PM Stock audit prep"),
    ]
    with utc_app(tmp_path) as a:
        a.store.write_frame(text_frame(1, wins, lines, hour=HOUR, bg="#101010"))
        q = "something said the stock audit is fri 10am, which window was that"
        got = ask_cited(a, q, NOW, value_cited=True)
        assert got.state == "ok" and "~/notes" in got.answer, got.answer
