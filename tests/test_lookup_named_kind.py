"""Lookup words a right line may lack (synthetic frames, no OCR): "tomorrow" in a question about
a plan is the asker's framing (the chat says "confirmed", the mail says "Thursday"), and the
kind noun after a name ("the Skyhop 9:40 ferry") names the thing a line calls by its name."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import synthetic_frame
from tests.test_lookup import NOW, app_with

CHAT = [
    "10:02 <ines> RX-7 ferry confirmed: Skyhop 9:40 from Split",
    "10:15 <ines> correction: RX-7 is on Bluewave 8:20, not Skyhop 9:40",
    "10:31 <theo> TZ-4 is the team on Skyhop 9:40 tomorrow",
]


def test_tomorrow_is_not_held_against_a_plan_that_does_not_say_it(tmp_path: Path) -> None:
    app = app_with(tmp_path, synthetic_frame(1, CHAT, title="ada@box: ~/irclogs"))
    ans = app.ask("which ferry is RX-7 on tomorrow, per the chat?", now=NOW)
    assert ans.state == "ok" and "Bluewave" in ans.answer
