"""A believed value, word that it changed, then the ask for the value now ("the van arrival
tmrw is 8 right.. no wait someone changed it in the chat, what's the final time"); a crew on
site has arrived. Met in the blind paraphrase suite m; content here is invented."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from autocapture.promptops.normalize import normalize
from tests.framekit import Row, text_frame, utc_app

ASK = "van arrival tmrw is 8 right.. no wait someone changed it in the chat, what's the final time"

HOUR = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


def test_the_ask_is_the_settled_value_of_the_thing_named_first() -> None:
    assert normalize(ASK) == "what time is the van arrival tomorrow finally in the chat?"
    q = "the budget is 40k right? no wait ana updated it, what is the new figure"
    assert normalize(q) == "what is the budget finally?"
    # must not change: a guess to confirm, with no change said
    assert normalize("the bus is at 7 right") == "is the bus at 7?"


VANS: list[Row] = [
    (0, 10, 20, "09:05 <rua> BLK-17 pour: Tahi Concrete van on site 08:00 tmrw"),
    (0, 10, 40, "09:12 <mere> skip for BLK-17 booked"),
    (0, 10, 60, "09:20 <rua> correction: Tahi on site 06:45, not 08:00"),
]


def test_on_site_is_an_arrival_and_its_correction_answers(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(1, [("~/irclogs", (0, 0, 1280, 400))], VANS, hour=HOUR, bg="#ffffff")
        )
        ans = app.ask(ASK, now=NOW)
        assert ans.state == "ok" and "06:45" in ans.answer, ans.answer
        # must not change: an arrival of something never on screen
        ans = app.ask("what time is the crane arrival tomorrow", now=NOW)
        assert ans.state == "indeterminate", ans.answer


def test_a_fixed_it_aside_after_the_ask_names_the_source() -> None:
    got = normalize("which pump is on line 3 in the end, somebody fixed it in the chat")
    assert got == "which pump is on line 3 finally per the chat?", got
    assert normalize("what time is the crane, ravi changed it") == "what time is the crane?"
    # people who moved are not a value put right
    assert normalize("which room is it, they moved") == "which room is it, they moved"


def test_the_value_put_right_in_the_chat_answers(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(1, [("~/irclogs", (0, 0, 1280, 400))], VANS, hour=HOUR, bg="#ffffff")
        )
        q = "when is tahi on site for BLK-17 in the end, somebody fixed it in the chat"
        ans = app.ask(q, now=NOW)
        assert ans.state == "ok" and "06:45" in ans.answer, ans.answer
