"""A yes/no question about whether someone stated a value ("did kofi say how much the door
seal will cost?") is answered only by a message that states one; a message on the topic
without it leaves the question indeterminate (the chat line's own time is no answer to "what
time")."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.framekit import text_frame, utc_app

HOUR = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)
CHAT = [
    (0, 10, 40, "08:52 <kofi> FZ-02 peaked at -68 overnight, the door seal looks worn"),
    (0, 10, 70, "09:10 <ines> the seal for FZ-01 was $240 last time"),
    (0, 10, 100, "09:30 <kofi> tow for RS-12 booked, driver on the way"),
]


def test_a_message_on_the_topic_without_the_value_is_no_answer(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(1, [("team chat", (0, 0, 1280, 800))], CHAT, hour=HOUR, bg="#fff")
        )
        cost = app.ask("did kofi say how much the new door seal for FZ-02 is gonna cost", now=NOW)
        assert cost.state == "indeterminate", cost.answer
        when = app.ask("did anyone say what time the tow for RS-12 would arrive?", now=NOW)
        assert when.state == "indeterminate", when.answer
        said = app.ask("did ines say how much the seal for FZ-01 was?", now=NOW)
        assert said.state == "ok" and "$240" in said.answer, said.answer


def test_which_noun_needs_a_message_naming_it_with_the_person(tmp_path: Path) -> None:
    chat = [
        (
            0,
            10,
            40,
            "00:07 <rui> three arrivals still due: 412 Pereira, 508 Lindqvist, 617 Haraldsen",
        ),
        (0, 10, 70, "00:34 <filipa> 617 Haraldsen ETA 01:30, flight TP1359 from Oslo is late"),
    ]
    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(1, [("night chat", (0, 0, 1280, 800))], chat, hour=HOUR, bg="#fff")
        )
        other = app.ask("did anyone in the chat say which flight Lindqvist is on?", now=NOW)
        assert other.state == "indeterminate", other.answer
        named = app.ask("did anyone in the chat say which flight Haraldsen is on?", now=NOW)
        assert named.state == "ok" and "TP1359" in named.answer, named.answer
