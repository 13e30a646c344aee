"""Time words that name what the screen said, not when it was seen: when a question's time
phrase leaves no frame ("what did kofi say at 08:12?" asked of a chat read at 09:00), it is
asked again with the phrase as words, and that answer counts only when the phrase is on
screen with it (the chat line's time, the agenda heading the entry sits under)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from autocapture.api import Autocapture
from autocapture.config import load_config
from tests.framekit import text_frame

HOUR = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # a Monday
NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)


def _app(tmp_path: Path) -> Autocapture:
    cfg = load_config(tmp_path / "data")
    cfg.timezone = "UTC"
    app = Autocapture(config=cfg)
    chat = [
        (0, 10, 40, "08:05 <ines> morning all"),
        (0, 10, 70, "08:12 <kofi> cold room door reset, back to 4 C"),
        (0, 10, 100, "08:30 <ines> thanks kofi"),
    ]
    agenda = [
        (1, 700, 40, "Wed 25 Nov 2026:"),
        (1, 720, 60, "10:00 AM  Plate reader booking"),
        (1, 700, 90, "Thu 26 Nov 2026:"),
        (1, 720, 110, "2:00 PM  Fire drill walk-round with Felix Ortega"),
        (1, 700, 140, "Sat 28 Nov 2026:"),
        (1, 720, 160, "all day  Open day"),
    ]
    wins = [("team chat", (0, 0, 640, 800)), ("agenda", (640, 0, 1280, 800))]
    app.store.write_frame(text_frame(1, wins, chat + agenda, hour=HOUR, bg="#ffffff"))
    return app


def test_a_chat_line_named_by_its_time(tmp_path: Path) -> None:
    app = _app(tmp_path)
    ans = app.ask("what did kofi say at 08:12?", now=NOW)
    assert ans.state == "ok" and "cold room door reset" in ans.answer, ans.answer
    assert ans.trace["time_as_content"]["phrases"] == ["at 08:12"]
    missing = app.ask("what did kofi say at 08:40?", now=NOW)
    assert missing.state == "indeterminate"


def test_an_agenda_entry_named_by_its_day_heading(tmp_path: Path) -> None:
    app = _app(tmp_path)
    ans = app.ask("who's the fire drill walk-round with on Thursday?", now=NOW)
    assert ans.state == "ok" and "Felix Ortega" in ans.answer, ans.answer
    other_day = app.ask("who's the fire drill walk-round with on Friday?", now=NOW)
    assert other_day.state == "indeterminate", other_day.answer


def test_last_night_is_shown_by_that_day_s_date(tmp_path: Path) -> None:
    cfg = load_config(tmp_path / "data")
    cfg.timezone = "UTC"
    app = Autocapture(config=cfg)
    report = [
        (0, 10, 40, "Rehearsal report 14, Sunday 22/11 (plotting session)"),
        (0, 10, 70, "Rehearsal started 09:07, finished 23:12. Injuries: none."),
    ]
    # read on Monday morning: nothing was captured last night
    app.store.write_frame(
        text_frame(1, [("Rehearsal report 14", (0, 0, 1280, 800))], report, hour=HOUR, bg="#fff")
    )
    ans = app.ask("what time did last night's rehearsal finish?", now=NOW)
    assert ans.state == "ok" and "23:12" in ans.answer, ans.answer
    cfg = load_config(tmp_path / "other")
    cfg.timezone = "UTC"
    friday = Autocapture(config=cfg)  # the report of another night is not last night's
    report[0] = (0, 10, 40, "Rehearsal report 13, Friday 20/11 (plotting session)")
    friday.store.write_frame(
        text_frame(1, [("Rehearsal report 13", (0, 0, 1280, 800))], report, hour=HOUR, bg="#fff")
    )
    other = friday.ask("what time did last night's rehearsal finish?", now=NOW)
    assert other.state == "indeterminate", other.answer


def test_a_message_named_by_its_time_among_the_sender_s_others(tmp_path: Path) -> None:
    cfg = load_config(tmp_path / "data")
    cfg.timezone = "UTC"
    app = Autocapture(config=cfg)
    chat = [
        (0, 10, 40, "08:05 <kofi> night shift handover done"),
        (0, 10, 70, "08:12 <kofi> cold room door reset, back to 4 C"),
        (0, 10, 100, "08:30 <kofi> night log uploaded"),
    ]
    app.store.write_frame(
        text_frame(1, [("team chat", (0, 0, 1280, 800))], chat, hour=HOUR, bg="#fff")
    )
    ans = app.ask("what did kofi say at 08:12 in the night chat?", now=NOW)
    assert ans.state == "ok" and "cold room door reset" in ans.answer, ans.answer
    assert "handover" not in ans.answer and "uploaded" not in ans.answer, ans.answer


def test_a_part_of_the_day_needs_the_messages_of_that_part() -> None:
    """ "what did anil post this morning": a chat line stamped 13:24 is no message of the
    morning, so it cannot show the phrase; one stamped 09:24 can."""
    from autocapture.answer.time_content import _stamps_in_part

    assert not _stamps_in_part(["13:24 <sushmita> correction: K-12 on 6:50"], ["this morning"])
    assert _stamps_in_part(["09:24 <sushmita> K-12 on 6:50"], ["this morning"])
    assert _stamps_in_part(["01:10 <ops> gate closed"], ["last night"])  # past midnight
    assert _stamps_in_part(["13:24 <ops> gate closed"], ["yesterday"])  # no part named
    assert _stamps_in_part(["Gate closed at 13:24"], ["this morning"])  # no stamp: no say
