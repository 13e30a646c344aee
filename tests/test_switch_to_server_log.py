"""A window named as "the server log" is the one showing request lines, which never say
"server" or "log": a switch to it is found by that shape (met on paraphrase m, "when I was
looking at the server log, which tab ...")."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.api import Autocapture
from tests.framekit import text_frame, utc_app

HOUR = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
EDIT = ("notes.txt - editor", (0, 0, 640, 800))
TERM = ("kim@box: ~/sites/docs", (650, 0, 1280, 800))


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Autocapture]:
    req = '127.0.0.1 - - [02/Mar/2026 09:00:10] "GET /index.html HTTP/1.1" 200 -'
    with utc_app(tmp_path) as a:
        a.store.write_frame(
            text_frame(
                1, [EDIT, TERM], [(0, 10, 40, "plan"), (1, 660, 40, req)], hour=HOUR, bg="#fff"
            )
        )
        a.store.write_frame(
            text_frame(
                2, [TERM, EDIT], [(0, 660, 40, req), (1, 10, 40, "plan")], hour=HOUR, bg="#fff"
            )
        )
        yield a


def test_switch_to_the_server_log_by_its_lines(app: Autocapture) -> None:
    ans = app.ask("what time did i switch to the server log", now=NOW)
    assert ans.state == "ok" and "09:02:00" in ans.answer and "~/sites/docs" in ans.answer, (
        ans.answer
    )


def test_another_kind_of_log_is_not_a_server_log(app: Autocapture) -> None:
    # must not change: a build log is not named by request lines
    ans = app.ask("what time did i switch to the build log", now=NOW)
    assert "09:02:00" not in ans.answer, ans.answer
