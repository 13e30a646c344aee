"""'What was open before I started X' (met on paraphrase m): the screen just before the
window named X first shows, and indeterminate when X is already there in the first frame
captured, since what came before the recording is not known."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.api import Autocapture
from tests.framekit import text_frame, utc_app

HOUR = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
SRV = ("kim@box: ~/sites/docs", (700, 0, 1280, 800))
EDIT = ("notes.txt - editor", (0, 0, 680, 800))
MAIL = ("Inbox - Mail", (0, 0, 680, 800))


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Autocapture]:
    log = [(1, 710, 40, '127.0.0.1 - - "GET /index.html HTTP/1.1" 200')]
    with utc_app(tmp_path) as a:
        a.store.write_frame(
            text_frame(1, [EDIT, SRV], [(0, 10, 40, "plan"), *log], hour=HOUR, bg="#fff")
        )
        a.store.write_frame(
            text_frame(2, [MAIL, EDIT, SRV], [(0, 10, 40, "hello")], hour=HOUR, bg="#fff")
        )
        yield a


def test_started_before_the_recording_is_unknown(app: Autocapture) -> None:
    ans = app.ask("what windows did i have open b4 i kicked off the docs server", now=NOW)
    assert ans.question_class == "window_inventory" and ans.state == "indeterminate", ans.answer
    assert "before_capture" in (ans.indeterminate_reason or "")


def test_the_screen_just_before_a_later_start(app: Autocapture) -> None:
    ans = app.ask("what windows did i have open before i opened the inbox", now=NOW)
    assert ans.state == "ok", ans.answer
    assert "notes.txt" in ans.answer and "Inbox" not in ans.answer, ans.answer


def test_no_start_named_keeps_the_latest_screen(app: Autocapture) -> None:
    ans = app.ask("what windows did i have open", now=NOW)
    assert ans.state == "ok" and "Inbox" in ans.answer, ans.answer


def test_a_described_start_is_named_by_its_identifying_word(app: Autocapture) -> None:
    # "the little web server for the docs": size and sort words do not name the window
    q = "what did i have open right before i fired up the little web server for the docs"
    ans = app.ask(q, now=NOW)
    assert ans.state == "indeterminate", ans.answer
    assert "before_capture" in (ans.indeterminate_reason or "")


def test_a_start_never_seen_is_not_answered_from_another_moment(app: Autocapture) -> None:
    ans = app.ask("what windows did i have open before i launched the spreadsheet", now=NOW)
    assert ans.state == "indeterminate", ans.answer
    assert "start_not_seen" in (ans.indeterminate_reason or "")
