"""'What was I doing at 09:02?' names the windows on screen and, for a terminal in front,
the last command typed at its prompt (what its owner was doing), on laid-out lines."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.api import Autocapture
from tests.framekit import ask_cited, text_frame, utc_app

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
HOUR = datetime(2026, 11, 25, 9, tzinfo=UTC)
WINDOWS = [("me@box: ~/src/app", (0, 0, 640, 400)), ("Inbox - mail", (640, 0, 1280, 400))]


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Autocapture]:
    with utc_app(tmp_path) as a:
        rows = [
            (0, 10, 20, "me@box:~/src/app$ make test"),
            (0, 10, 40, "3 passed"),
            (0, 10, 60, "me@box:~/src/app$ git log --oneline"),
            (0, 10, 80, "3f9a2c1 Add retry budget"),
            (0, 10, 100, "me@box:~/src/app$"),
            (1, 650, 20, "Quarterly figures from Ana"),
        ]
        a.store.write_frame(text_frame(2, WINDOWS, rows, hour=HOUR, bg="#101010"))
        mail_first = [WINDOWS[1], WINDOWS[0]]
        rows = [(0, 650, 20, "Quarterly figures from Ana"), (1, 10, 20, "me@box:~/src/app$")]
        a.store.write_frame(text_frame(5, mail_first, rows, hour=HOUR, bg="#fafafa"))
        yield a


def test_a_terminal_in_front_is_doing_its_last_command(app: Autocapture) -> None:
    ans = ask_cited(app, "what was I doing at 09:02?", NOW, value_cited=True)
    assert ans.state == "ok" and "`git log --oneline`" in ans.answer, ans.answer
    assert "make test" not in ans.answer  # an earlier command, not the last one


def test_another_window_in_front_names_no_command(app: Autocapture) -> None:
    ans = ask_cited(app, "what was I doing at 09:05?", NOW, value_cited=True)
    assert ans.state == "ok" and "Inbox - mail" in ans.answer, ans.answer
    assert "last command" not in ans.answer
