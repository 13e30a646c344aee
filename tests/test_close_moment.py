"""A close named as the moment asked about ("when i quit the editor, which window got focus
after that"): when the window is still open in the last frame, nothing shows that moment.
Met in the blind paraphrase suites; content here is invented."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.framekit import Row, text_frame, utc_app

NOW = datetime(2026, 11, 25, 15, 40, tzinfo=UTC)


def test_a_close_never_seen_is_no_moment(tmp_path: Path) -> None:
    planner = ("planner", (0, 0, 1280, 700))
    shell = ("me@desk: ~", (0, 0, 1280, 700))
    notes = ("notesview", (0, 0, 1280, 700))
    shots = [(20, [planner, shell, notes]), (25, [shell, planner, notes]), (30, [planner, shell])]
    with utc_app(tmp_path) as app:
        hour = datetime(2026, 11, 25, 15, tzinfo=UTC)
        for minute, wins in shots:
            rows: list[Row] = [(0, 10, 40, f"line at {minute}")]
            app.store.write_frame(text_frame(minute, wins, rows, hour=hour, bg="#000000"))
        ans = app.ask("when i quit planner which window got focus after that", now=NOW)
        assert ans.state == "indeterminate", ans.answer
        assert "not_closed" in (ans.indeterminate_reason or "")
        # must not change: a window that did close is not refused for it
        ans = app.ask("when i quit notesview which window got focus after that", now=NOW)
        assert "not_closed" not in (ans.indeterminate_reason or ""), ans.indeterminate_reason
        ans = app.ask("after i left planner which window got focus", now=NOW)
        assert ans.state == "ok", ans.indeterminate_reason
