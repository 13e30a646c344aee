"""A window named by what it showed ("the ops desk terminal") took focus straight from another
window showing the same words (a mail quoting the channel): that move is the switch asked
about (met on paraphrase m). And an aside ruling out the times shown inside the window is no
part of the question."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.api import Autocapture
from autocapture.promptops.normalize import normalize
from tests.framekit import text_frame, utc_app

HOUR = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
EDIT = ("notes.txt - editor", (0, 0, 640, 800))
MAIL = ("Inbox - Mail", (0, 0, 640, 800))
TERM = ("kim@box: ~/logs", (650, 0, 1280, 800))


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Autocapture]:
    with utc_app(tmp_path) as a:
        a.store.write_frame(
            text_frame(1, [EDIT, TERM], [(0, 10, 40, "hello")], hour=HOUR, bg="#fff")
        )
        quoted = [(0, 10, 40, "Re: the ops desk rota for Friday")]
        a.store.write_frame(text_frame(2, [MAIL, TERM], quoted, hour=HOUR, bg="#fff"))
        log = [(0, 660, 40, "$ tail ops-desk.log"), (0, 660, 60, "ops desk: crane at ten")]
        a.store.write_frame(text_frame(3, [TERM, MAIL], log, hour=HOUR, bg="#fff"))
        yield a


def test_focus_moving_between_two_windows_showing_the_words(app: Autocapture) -> None:
    ans = app.ask("what time did i first switch to the ops desk terminal", now=NOW)
    assert ans.state == "ok" and "09:03:00" in ans.answer, ans.answer
    assert "~/logs" in ans.answer, ans.answer


@pytest.mark.parametrize(
    ("question", "normal"),
    [
        (
            "what time did i open the chat log, not the times in it, when i looked",
            "what time did i open the chat log, when i looked",
        ),
        ("when did i read the mail (not the times in it)?", "when did i read the mail?"),
        # must not change: the times of something else ruled out
        (
            "what time was the call, not the times in the invite?",
            "what time was the call, not the times in the invite?",
        ),
    ],
)
def test_times_inside_it_ruled_out(question: str, normal: str) -> None:
    assert normalize(question) == normal
