"""A time after capture stopped is not the last frame's time: "which window had focus at
11:30?" is indeterminate when nothing was being captured then."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from autocapture.api import Autocapture
from autocapture.config import load_config
from autocapture.store.sessions import record_session
from tests.framekit import text_frame

HOUR = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)


def _app(tmp_path: Path, session: bool) -> Autocapture:
    cfg = load_config(tmp_path / "data")
    cfg.timezone = "UTC"
    app = Autocapture(config=cfg)
    wins = [("notes - editor", (0, 0, 800, 800)), ("shell", (800, 0, 1280, 800))]
    rows = [(0, 10, 40, "shopping list: milk, eggs"), (1, 810, 40, "$ make test")]
    for n in (1, 5):
        app.store.write_frame(
            text_frame(n, wins, [*rows, (0, 10, 80, f"edit {n}")], hour=HOUR, bg="#ffffff")
        )
    if session:
        record_session(app.store.db, "test", HOUR, HOUR + timedelta(minutes=20))
    return app


def test_after_the_session_ended_focus_is_indeterminate(tmp_path: Path) -> None:
    app = _app(tmp_path, session=True)
    late = app.ask("which window had focus at 11:30?", now=NOW)
    assert late.state == "indeterminate"
    assert late.indeterminate_reason.startswith("not_recording")
    assert "09:20" in late.indeterminate_reason  # when capture stopped
    during = app.ask("which window had focus at 9:15?", now=NOW)  # unchanged screen, recorded
    assert during.state == "ok" and "notes - editor" in during.answer


def test_without_sessions_the_last_frame_still_answers(tmp_path: Path) -> None:
    app = _app(tmp_path, session=False)
    ans = app.ask("which window had focus at 11:30?", now=NOW)
    assert ans.state == "ok" and "notes - editor" in ans.answer
