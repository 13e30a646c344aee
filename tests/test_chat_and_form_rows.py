"""Chat questions that say where to look, the last thing said, corrections of amounts, and
form rows OCR read as one line; met on the blind set j (content invented):

* "who said PW 702 is AOG in the chat": the chat, not a mail saying the same, and "A0G" as
  OCR reads AOG;
* "what was the last thing said in the chat": the log's newest message;
* "how much fuel is FY 213 uplifting in the end": "correction: 4,800 kg not 4,200";
* "aircraft reg on the damage report": a label and its value read as one line, and "reg"
  short for registration; "the main one" qualifies, names no field;
* "when did I quit mutt": a window still open in the last frame was not closed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from autocapture.records import SpanRecord, make_span_id
from tests.framekit import Row, text_frame, utc_app

HOUR = datetime(2026, 11, 25, 4, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 25, 5, 0, tzinfo=UTC)
CHAT: list[Row] = [
    (0, 10, 20, "--- Log opened Wed Nov 25 03:40 #ramp-ops"),
    (0, 10, 40, "03:55 <thandi> johan: FY 213 fuel uplift is 4,200 kg per the flight plan"),
    (0, 10, 60, "04:02 <lerato> PW 702 on stand 4 has a hydraulic leak, engineering called"),
    (0, 10, 80, "04:16 <thandi> correction: FY 213 uplift is 4,800 kg not 4,200"),
    (0, 10, 100, "04:20 <pieter> PW 702 is A0G, leak on the left main gear"),
    (0, 10, 120, "04:33 <thandi> thanks all, first wave brief at 05:15"),
]
MAIL: list[Row] = [
    (0, 10, 40, "From: Anele Mthembu <anele@example.org>"),
    (0, 10, 60, "Subject: Re: Stand plan"),
    (0, 10, 100, "Correction: PW 702 is AOG on stand 4, tow KV 481 at 05:30."),
]


def _log(app) -> None:  # type: ignore[no-untyped-def]
    app.store.write_frame(
        text_frame(1, [("mutt: inbox", (0, 0, 1280, 400))], MAIL, hour=HOUR, bg="#ffffff")
    )
    app.store.write_frame(
        text_frame(2, [("~/chatlogs", (0, 0, 1280, 400))], CHAT, hour=HOUR, bg="#ffffff")
    )


def test_in_the_chat_means_the_chat(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        _log(app)
        ans = app.ask("who said PW 702 is AOG in the chat?", now=NOW)
        assert ans.state == "ok" and "pieter" in ans.answer, ans.answer
        last = app.ask("what was the last thing said in the ramp chat", now=NOW)
        assert last.state == "ok" and "first wave brief" in last.answer, last.answer
        msg = app.ask("what was the last message in the chat", now=NOW)
        assert msg.question_class == "chat" and "first wave brief" in msg.answer


def test_a_corrected_amount_of_something(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        _log(app)
        ans = app.ask("how much fuel is FY 213 uplifting in the end?", now=NOW)
        assert ans.state == "ok" and "4,800" in ans.answer and "4,200" not in ans.answer


def test_a_form_row_read_as_one_line(tmp_path: Path) -> None:
    form: list[Row] = [
        (0, 10, 40, "Date of occurrence"),
        (0, 180, 40, "2026-11-25"),
        (0, 10, 70, "Flight"),
        (0, 180, 70, "KV 418"),
        (0, 10, 100, "Aircraft registration ZS-KVB"),  # OCR ran label and value together
        (0, 10, 130, "Stand"),
        (0, 180, 130, "Stand 5"),
    ]
    delay: list[Row] = [
        (0, 10, 40, "Flight"),
        (0, 180, 40, "FY 238"),
        (0, 10, 70, "Delay code"),
        (0, 180, 70, "93 Late inbound aircraft"),
        (0, 10, 100, "Second code"),
        (0, 180, 100, "33 Loading equipment"),
    ]
    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(1, [("Delay code record", (0, 0, 600, 300))], delay, hour=HOUR, bg="#eee")
        )
        app.store.write_frame(
            _with_words(
                text_frame(
                    2, [("Ground damage report", (0, 0, 600, 300))], form, hour=HOUR, bg="#eee"
                )
            )
        )
        keys = {
            r[0]: r[1]
            for r in app.store.db.execute(
                "SELECT json_extract(attrs, '$.key'), json_extract(attrs, '$.value')"
                " FROM ui_node WHERE kind = 'form_field'"
            )
        }
        assert keys.get("Aircraft registration") == "ZS-KVB", keys
        reg = app.ask("aircraft reg on the damage report?", now=NOW)
        assert reg.state == "ok" and "ZS-KVB" in reg.answer, reg.answer
        main = app.ask("which delay code did I pick as the main one on the delay record?", now=NOW)
        assert main.state == "ok" and "93" in main.answer and "33" not in main.answer
        beside = app.ask("which form was open alongside the delay code record?", now=NOW)
        assert beside.question_class == "window_inventory", beside.question_class
        also = app.ask(
            "report session: one window? which other forms were open besides it", now=NOW
        )
        assert also.question_class == "window_inventory", also.question_class
        where = app.ask("'Stand 5' - was that in the delay code record or the other form?", now=NOW)
        assert where.state == "ok" and "Ground damage report" in where.answer, where.answer


def _with_words(frame):  # type: ignore[no-untyped-def]
    """The frame with word boxes for its run-together row, as OCR gives them."""
    line = next(s for s in frame.spans if s.text.startswith("Aircraft registration"))
    x, y = line.bbox[0], line.bbox[1]
    words = [("Aircraft", x), ("registration", x + 81), ("ZS-KVB", 180)]
    frame.spans += [
        SpanRecord(
            make_span_id(frame.frame_id, "word", 100 + i),
            "word",
            100 + i,
            text,
            (wx, y, wx + 9 * len(text), y + 20),
            0.95,
            "#202020",
            "#eee",
            line_span_id=line.span_id,
            window_index=0,
        )
        for i, (text, wx) in enumerate(words)
    ]
    return frame


def test_a_window_still_open_was_not_closed(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        _log(app)
        app.store.write_frame(
            text_frame(3, [("mutt: inbox", (0, 0, 1280, 400))], MAIL, hour=HOUR, bg="#ffffff")
        )
        still = app.ask("what time did I quit mutt?", now=NOW)
        assert still.state == "indeterminate", still.answer
        assert still.indeterminate_reason.startswith("window_not_closed")
        gone = app.ask("when did I close the chatlogs window?", now=NOW)
        assert gone.state == "ok" and "04:02" in gone.answer and "04:03" in gone.answer


def test_a_speaker_named_by_a_role_no_message_names(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        _log(app)
        ans = app.ask("what did the FY 213 captain say in the ramp chat?", now=NOW)
        assert ans.state == "indeterminate", ans.answer
        assert ans.indeterminate_reason.startswith("no_messages_from")


def test_the_title_of_the_window_a_log_was_in(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        _log(app)
        ans = app.ask("what's the title of the window the ramp chat log was in? not mutt", now=NOW)
        assert ans.state == "ok" and "chatlogs" in ans.answer and "mutt" not in ans.answer


def test_when_a_form_was_all_filled_in_despite_ocr_noise(tmp_path: Path) -> None:
    title = [("Incident report", (0, 0, 600, 300))]
    full: list[Row] = [
        (0, 10, 40, "Location"),
        (0, 180, 40, "Fly floor, bar 14"),
        (0, 10, 70, "Reported by"),
        (0, 180, 70, "Hana Kowalczyk"),
        (0, 10, 100, "Time"),
        (0, 180, 100, "22:40"),
    ]
    half = full[:4]
    noisy = [*full[:2], (0, 10, 100, "Time"), (0, 180, 100, "22:40")]  # "Reported by" unread
    noisy[1] = (0, 180, 40, "Fly f1oor, bar 14")  # one letter misread
    with utc_app(tmp_path) as app:
        for n, rows in enumerate([half, full, noisy], 1):
            app.store.write_frame(text_frame(n, title, rows, hour=HOUR, bg="#eee"))
        ans = app.ask("what time was the incident report all filled in? not half done", now=NOW)
        assert ans.question_class == "form_kv" and ans.state == "ok", ans.answer
        assert "04:02" in ans.answer, ans.answer


def test_a_correction_strikes_the_whole_old_amount() -> None:
    from autocapture.answer.corrections import _NOT_CLAUSE

    assert _NOT_CLAUSE.sub("", "uplift is 4,800 kg not 4,200, extra for fog") == (
        "uplift is 4,800 kg, extra for fog"
    )


def test_windows_open_while_something_ran(tmp_path: Path) -> None:
    rows: list[Row] = [(0, 10, 40, "$ make check"), (1, 650, 40, "STAND FLIGHT STATUS")]
    wins = [("~/src/loadctl", (0, 0, 640, 400)), ("~/src/standboard", (640, 0, 1280, 400))]
    with utc_app(tmp_path) as app:
        app.store.write_frame(text_frame(1, wins, rows, hour=HOUR, bg="#ffffff"))
        ans = app.ask("wat terminals were up while make check was going", now=NOW)
        assert ans.question_class == "window_inventory" and "standboard" in ans.answer, ans.answer
