"""Rules met on the blind set m (content invented) for window inventory, focus and timeline:

* "which windows did I have open this morning" asked of an afternoon's frames: "this
  morning" names no text a screen would show, so it is never read as words of the answer.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.framekit import text_frame, utc_app

HOUR = datetime(2026, 11, 25, 15, tzinfo=UTC)  # a Wednesday afternoon
NOW = datetime(2026, 11, 25, 16, 0, tzinfo=UTC)
WIKI = ("Blade checklist - Wiki - Chromium", (0, 0, 1280, 600))
TERM = ("ops@ws2: ~/sites/wiki", (0, 600, 1280, 800))


def test_this_morning_is_not_shown_by_an_afternoons_windows(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        rows = [(0, 10, 80, "Blade inspection checklist"), (1, 10, 620, "$ git pull")]
        assert app.store.write_frame(text_frame(1, [WIKI, TERM], rows, hour=HOUR, bg="#ffffff"))
        q = "which windows did i have open this morning b4 i started, like around 9"
        a = app.ask(q, now=NOW)
        assert a.state == "indeterminate", a.answer
        # must not change: the part of the day that was captured
        b = app.ask("which windows did i have open this afternoon", now=NOW)
        assert b.state == "ok" and "Blade checklist" in b.answer, b.answer
