"""When a named sender's trip leaves, asked in words no message prints ("her flight goes"):
the sender's one message saying something leaves at a time; two such messages, or none,
leave it unanswered."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.framekit import Row, text_frame, utc_app

NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
CHAT_WIN = ("ada@box: ~/irclogs", (0, 0, 1000, 700))
CHAT = [
    "09:10 <mara> the van is loaded, two pallets",
    "09:12 <ines> LH 1193 leaves 07:40, I'll be at the desk by 6",
    "09:20 <theo> the coach leaves 8:15 from platform 2",
    "09:21 <theo> the 9:40 departs at 9:45 today",
    "ops.log (END)",
]


def test_when_her_trip_goes_is_her_one_departure(tmp_path: Path) -> None:
    rows: list[Row] = [(0, 10, 40 + 20 * k, t) for k, t in enumerate(CHAT)]
    with utc_app(tmp_path) as app:
        hour = datetime(2026, 11, 23, 9, tzinfo=UTC)
        app.store.write_frame(text_frame(1, [CHAT_WIN], rows, hour=hour, bg="#fff"))
        ans = app.ask("ines said wen her flight goes, what time was it", now=NOW)
        assert ans.state == "ok" and "07:40" in ans.answer, ans.answer
        # two departures of the sender: which one is meant cannot be told
        two = app.ask("theo said when his train goes, what time was it", now=NOW)
        assert two.state == "indeterminate", two.answer
        # must not change: no departure said by the sender
        none = app.ask("mara said when her flight goes, what time was it", now=NOW)
        assert none.state == "indeterminate", none.answer
