"""A question put to someone in a chat names the thing asked about but holds no value; the
one it is put to answers right after it, and a count may be written as a word ("yes, four of
them")."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.framekit import text_frame, utc_app

HOUR = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
WINS = [("irc: #crew", (0, 0, 900, 800))]


def _chat(reply: str) -> list[tuple[int, int, int, str]]:
    return [
        (0, 10, 40, "07:58 <tomas> morning all, forklift is back from service"),
        (0, 10, 58, "08:06 <ines> noted. tomas, do we still need the radio packs charged?"),
        (0, 10, 76, f"08:08 <tomas> {reply}"),
        (0, 10, 94, "08:15 <ines> ok, the van leaves at nine"),
    ]


def test_the_reply_holds_the_count_asked_for(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(1, WINS, _chat("yes, six of them by noon"), hour=HOUR, bg="#ffffff")
        )
        ans = app.ask("how many radio packs did tomas want charged", now=NOW)
        assert ans.state == "ok" and "six of them" in ans.answer, ans.answer


def test_a_reply_with_no_count_gives_none(tmp_path: Path) -> None:
    # must not change: a reply that names no number does not answer "how many"
    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(1, WINS, _chat("yes, all of them please"), hour=HOUR, bg="#ffffff")
        )
        ans = app.ask("how many radio packs did tomas want charged", now=NOW)
        assert ans.state == "indeterminate", ans.answer
