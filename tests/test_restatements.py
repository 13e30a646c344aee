"""A later statement stands: a chat line that says the same thing again with another value
("the review is in the big room, the small one is taken") answers over the first, and a
question that says "actually" wants the corrected value, not the first report."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from autocapture.answer.corrections import _restates
from autocapture.retrieve import Line
from tests.framekit import text_frame, utc_app

HOUR = datetime(2026, 11, 24, 19, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 24, 21, 0, tzinfo=UTC)


def test_a_restated_chat_line_answers_over_the_first(tmp_path: Path) -> None:
    chat = [
        (0, 10, 40, "09:02 <diego> fleet review today 14:30 in the small meeting room"),
        (0, 10, 70, "10:12 <wellington> truck 14 blew a tyre on the ring road"),
        (0, 10, 100, "13:30 <diego> fleet review is in the big room, the small one is taken"),
        (0, 10, 130, "13:31 <ana> ok thanks"),
    ]
    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(1, [("team chat", (0, 0, 1280, 800))], chat, hour=HOUR, bg="#ffffff")
        )
        ans = app.ask("which room is the fleet review in?", now=NOW)
        assert ans.state == "ok" and "big room" in ans.answer, ans.answer
        assert ans.trace["answer"]["was"].startswith("09:02")


def _line(text: str, y: int, title: str = "rota") -> Line:
    return Line(
        1,
        f"s{y}",
        "f1",
        text,
        "",
        (10, y, 600, y + 20),
        0.9,
        None,
        None,
        0,
        "2026-11-24T19:01:00Z",
        0,
        None,
        title,
        "xterm",
        True,
    )


def test_a_label_repeating_the_words_is_no_restatement() -> None:
    asked = ["ward", "9", "icu"]
    row = _line("Ward 9 ICU   Divya Rao   4174", 40)
    assert not _restates(_line("Ward 9 ICU (night)", 160), row, asked)  # a label, no statement
    assert not _restates(_line("09:02 Ward 9 ICU   Divya Rao   4174", 90), row, asked)  # itself
    # the same command line read twice by OCR, spaced differently
    typed = _line("$ git log --graph --date=format:'%d %b' --format='%h'", 40, "shell")
    again = _line("$ git log --graph --date=format:'%d %b'--format='%h'", 90, "shell")
    assert not _restates(again, typed, ["git", "log"])
    said = _line("ward 9 icu is short tonight: divya rao went home", 200)
    assert _restates(said, row, asked)
    assert not _restates(_line("ward 9 icu is short tonight: divya went", 200, "chat"), row, asked)


def test_actually_asks_for_the_corrected_value(tmp_path: Path) -> None:
    mail = [
        (0, 10, 40, "Subject: RS-14 tyre on the ring road"),
        (0, 10, 70, "RS-14 blew the rear left tyre on the ring road at km 32 around 10:50."),
        (0, 10, 100, "Small correction to Wellington's mail: it was km 23, not km 32, just"),
        (0, 10, 130, "before the bridge. RS-14 was back in the yard at 17:20."),
    ]
    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(1, [("mail", (0, 0, 1280, 800))], mail, hour=HOUR, bg="#ffffff")
        )
        ans = app.ask("at which km did RS-14 actually blow its tyre?", now=NOW)
        assert ans.state == "ok" and "km 23" in ans.answer, ans.answer


def test_a_corrected_value_skips_the_message_s_own_time(tmp_path: Path) -> None:
    chat = [
        (0, 10, 40, "09:24 <ngaire> company warm-up at 12:30 on stage"),
        (0, 10, 70, "10:06 <tomasz> SQ 18 now at -9 dB, was -6"),
        (0, 10, 100, "10:13 <ngaire> sorry, warm-up is 12:45, not 12:30"),
    ]
    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(1, [("chat log", (0, 0, 1280, 800))], chat, hour=HOUR, bg="#ffffff")
        )
        ans = app.ask("whats the warm up time today", now=NOW)
        assert ans.state == "ok" and ans.answer.startswith("12:45"), ans.answer
        assert "12:30" not in ans.answer  # the corrected value is cited, not repeated
        changed = app.ask("what did tomasz change SQ 18 to?", now=NOW)
        assert changed.state == "ok" and "-9" in changed.answer, changed.answer


def test_a_correction_on_the_next_row_and_a_clock_is_no_count(tmp_path: Path) -> None:
    # OCR boxes of neighbouring chat rows overlap by a pixel or two
    chat = [
        (0, 10, 40, "15:42 <marcio> finally at Sorocaba, unloaded 22 pallets"),
        (0, 10, 58, "16:10 <marcio> sorry, 24 pallets, not 22"),
    ]
    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(1, [("chat log", (0, 0, 1280, 800))], chat, hour=HOUR, bg="#ffffff")
        )
        ans = app.ask("how many pallets did marcio unload at sorocaba in the end", now=NOW)
        assert ans.state == "ok" and ans.answer.startswith("24"), ans.answer
        assert "42" not in ans.answer.split("(")[0]  # never the minute of "15:42"
