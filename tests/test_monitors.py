"""Another monitor than the one recorded: "what did I have open on my second monitor?" of a
one-screen recording is indeterminate (its windows never reached the store); with frames of
two monitors it is answered as before."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

from autocapture.records import make_frame_id
from tests.framekit import text_frame, utc_app

HOUR = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)
WINS = [("dev@box: ~/src/app", (0, 0, 640, 800)), ("notes", (640, 0, 1280, 800))]


def test_a_second_monitor_of_a_one_screen_recording(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        app.store.write_frame(text_frame(1, WINS, [(0, 10, 40, "$ make")], hour=HOUR, bg="#000"))
        for q in (
            "what did I have open on my second monitor?",
            "which window had focus on the other screen at 09:01?",
        ):
            ans = app.ask(q, now=NOW)
            assert ans.state == "indeterminate", ans.answer
            assert (ans.indeterminate_reason or "").startswith("one_monitor")
        assert app.ask("what did I have open?", now=NOW).state == "ok"


def test_two_monitors_recorded_are_not_refused(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        first = text_frame(1, WINS, [(0, 10, 40, "$ make")], hour=HOUR, bg="#000")
        app.store.write_frame(first)
        other = text_frame(2, WINS[1:], [(0, 650, 40, "draft")], hour=HOUR, bg="#fff")
        other = dataclasses.replace(
            other, monitor_id=1, frame_id=make_frame_id(other.image_sha256, other.ts_utc, 1)
        )
        app.store.write_frame(other)
        ans = app.ask("what did I have open on my second monitor?", now=NOW)
        assert not (ans.indeterminate_reason or "").startswith("one_monitor"), ans.answer
