"""A window that only changed its title (a browser on another tab or page) was not closed:
"when did i close the X tab" has no answer then. Met in the blind paraphrase suites; content
here is invented."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

from tests.framekit import Row, text_frame, utc_app

NOW = datetime(2026, 11, 25, 15, 40, tzinfo=UTC)


def test_a_retitled_window_was_not_closed(tmp_path: Path) -> None:
    browser = ("Guest list - Browser", (0, 0, 1280, 700))
    other = ("Fire drill - Browser", (0, 0, 1280, 700))
    editor = ("notes.txt - editor", (0, 0, 1280, 700))
    shots = [(20, [browser, editor]), (25, [other, editor]), (30, [other])]
    with utc_app(tmp_path) as app:
        hour = datetime(2026, 11, 25, 15, tzinfo=UTC)
        for minute, wins in shots:
            rows: list[Row] = [(0, 10, 40, f"line at {minute}")]
            frame = text_frame(minute, wins, rows, hour=hour, bg="#000000")
            facts = [
                dataclasses.replace(w, app=w.title.split(" - ")[-1], pid=len(w.title.split()[-1]))
                for w in frame.windows
            ]
            app.store.write_frame(dataclasses.replace(frame, windows=facts))
        ans = app.ask("what time did i close the guest list tab", now=NOW)
        assert ans.state == "indeterminate", ans.answer
        assert "title changed" in (ans.indeterminate_reason or "")
        # must not change: a window that went away did close
        ans = app.ask("what time did i close the notes.txt window", now=NOW)
        assert ans.state == "ok" and "15:30" in ans.answer, ans.answer
