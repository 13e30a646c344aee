"""A night desk's mail, chat log, agenda and notes (content invented), for rules met on the
blind set k:

* "which story got spiked?": the line naming one by its slug ("TRAM-FARES is spiked"),
  without the word "story";
* "did olek ask the design desk for X?": no, petra did (her message cited); asked of petra,
  her message, no "No";
* "what did the design desk reply?": the log only shows them being asked: indeterminate;
* "when did I read Nina's correction about the strike story?": the mail making the
  correction, not the first mail on the strike story;
* "when did I send X?": routed as the user's own act; a message the user sent is its trace,
  a page that only names X is not;
* "where did I see MAX_RETRIES go from 5 to 3?": a change of value, not a clock range;
* "which window still had the planning meeting on Friday at 3pm?": the time is what was
  shown (the notes), not when;
* a terminal agenda's " all day  Rest day" under a day with no timed event is an event.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from autocapture.answer.chat_roles import only_spoken_to
from autocapture.api import Autocapture
from autocapture.timeparse import parse_time_intent
from autocapture.understand.reader import NodeRow
from tests.framekit import Row, text_frame, utc_app

HOUR = datetime(2026, 11, 25, 9, tzinfo=UTC)  # a Wednesday
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
MAIL_WIN = ("mutt: mika@desk3 ~/Mail/inbox", (0, 0, 840, 540))
CHAT_WIN = ("mika@desk3: ~/irclogs", (470, 560, 1150, 800))
INDEX = [
    ("1 N", "25 Nov 5.10pm", "Nina Rossi", "Roster for the weekend"),
    ("2 N", "25 Nov 5.40pm", "Nina Rossi", "Re: Roster for the weekend"),
    ("3 N", "25 Nov 6.02pm", "Tom Ellery", "Court list: interim suppression"),
]
ROSTER = [
    "From: Nina Rossi <nina.rossi@paper.example>",
    "Subject: Roster for the weekend",
    "",
    "- DOCK-STRIKE: strike story, page 5, 300 words",
    "- MARKET-DAY: page 8, already subbed",
]
CORRECTION = [
    "From: Nina Rossi <nina.rossi@paper.example>",
    "Subject: Re: Roster for the weekend",
    "",
    "Sorry, correction: DOCK-STRIKE is the lead now, 700 words, not page 5.",
]
COURT = [
    "From: Tom Ellery <tom.ellery@paper.example>",
    "Subject: Court list: interim suppression",
    "",
    "Remove the name before it goes out. I will read the page proof at 9pm.",
]
CHAT = [
    "--- Log opened Wed Nov 25 17:30:00 2026",
    "17:38 <olek> the weather story is running late tonight",
    "17:41 <petra> BRIDGE-VOTE needs a graphic, asked the design desk",
    "17:49 <olek> TRAM-FARES is spiked, drop it from page 6",
    "17:52 <mika> correction: the BRIDGE-VOTE graphic is by Lou Vance, not Lou Vane",
    "subs.log (END)",
]


def _index() -> list[Row]:
    out: list[Row] = []
    for k, (num, day, who, subject) in enumerate(INDEX):
        y = 40 + 20 * k
        out += [(0, 20, y, num), (0, 75, y, day), (0, 240, y, who), (0, 420, y, subject)]
    return out


def _text(win: int, x: int, y0: int, lines: list[str]) -> list[Row]:
    return [(win, x, y0 + 20 * k, t) for k, t in enumerate(lines) if t]


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    """09:01 the index; 09:02 the roster mail; 09:03 the court mail; 09:04 the correction;
    09:05 the chat log in front."""
    wins = [MAIL_WIN, CHAT_WIN]
    frames = [
        text_frame(n, wins, rows, hour=HOUR, bg="#ffffff")
        for n, rows in (
            (1, _index()),
            (2, _index() + _text(0, 4, 150, ROSTER)),
            (3, _index() + _text(0, 4, 150, COURT)),
            (4, _index() + _text(0, 4, 150, CORRECTION)),
        )
    ]
    chat = [(0, 480, 580 + 20 * k, t) for k, t in enumerate(CHAT)]
    frames.append(
        text_frame(
            5, [CHAT_WIN, MAIL_WIN], chat + [(1, *r[1:]) for r in _index()], hour=HOUR, bg="#ffffff"
        )
    )
    with utc_app(tmp_path_factory.mktemp("desk")) as a:
        for f in frames:
            assert a.store.write_frame(f)
        yield a


def test_a_thing_named_by_its_slug(desk: Autocapture) -> None:
    for q in ("which story got spiked?", "which story was spiked tonight?"):
        a = desk.ask(q, now=NOW)
        assert a.state == "ok" and a.claims[0].value == "TRAM-FARES", (q, a.answer)
        assert "weather" not in a.answer
        assert all(c.verified for c in a.claims[0].citations)


def test_did_someone_ask_answered_by_who_did(desk: Autocapture) -> None:
    a = desk.ask("did olek ask the design desk for the BRIDGE-VOTE graphic?", now=NOW)
    assert a.state == "ok" and a.answer.startswith("No") and "petra" in a.answer, a.answer
    # Asked of the one who did: their message, not a "No".
    b = desk.ask("did petra ask the design desk for the BRIDGE-VOTE graphic?", now=NOW)
    assert b.state == "ok" and "petra" in b.answer and not b.answer.startswith("No")


def test_a_reply_from_those_only_asked_is_not_on_screen(desk: Autocapture) -> None:
    a = desk.ask("what did the design desk reply about the BRIDGE-VOTE graphic?", now=NOW)
    assert a.state == "indeterminate", a.answer


def _msg(sender: str, body: str) -> NodeRow:
    attrs = {"sender": sender, "body": body}
    return NodeRow(
        "n",
        "f",
        "",
        0,
        "chat_message",
        (0, 0, 1, 1),
        body,
        "",
        [],
        attrs,
        None,
        0,
        None,
        None,
        False,
    )


def test_only_spoken_to() -> None:
    asked = _msg("petra", "BRIDGE-VOTE needs a graphic, asked the design desk")
    relayed = _msg("olek", "the design desk says the graphic is done")
    assert only_spoken_to("design desk", [asked])
    assert not only_spoken_to("design desk", [asked, relayed])  # what they said, relayed
    assert not only_spoken_to("design desk", [asked, _msg("design desk", "done")])
    assert not only_spoken_to("design desk", [_msg("olek", "page 6 is full")])  # unnamed


def test_the_mail_that_is_what_the_question_calls_it(desk: Autocapture) -> None:
    a = desk.ask("when did I read Nina's correction about the strike story?", now=NOW)
    assert a.state == "ok" and "09:04" in a.answer and "Re: Roster" in a.answer, a.answer
    # Not called anything but a mail: the first of hers on the strike story, as before.
    b = desk.ask("when did I read Nina's mail about the strike story?", now=NOW)
    assert b.state == "ok" and "09:02" in b.answer, b.answer


def test_sending_is_shown_only_by_a_trace_of_it(desk: Autocapture) -> None:
    a = desk.ask("when did I send the page proof to the print site?", now=NOW)
    assert a.question_class == "timeline"
    assert a.state == "indeterminate" and "act_not_shown" in (a.indeterminate_reason or "")
    # The user's own message in the log is the trace of sending it.
    b = desk.ask("when did I send the correction about the BRIDGE-VOTE graphic?", now=NOW)
    assert b.state == "ok" and "Lou Vance" in b.answer and "09:05" in b.answer, b.answer


def test_a_value_changing_is_no_clock_range() -> None:
    now = datetime(2026, 11, 25, 6, 37, tzinfo=UTC)
    moved = parse_time_intent("where did I see MAX_RETRIES go from 5 to 3?", now, "UTC")
    assert not moved.active and moved.content == ["from 5 to 3"]
    raised = parse_time_intent("where was the limit raised from 10 to 20?", now, "UTC")
    assert not raised.active
    # What the screen showed between two times is still a range.
    for q in ("what changed from 10 to 11?", "what was on screen from 10 to 11?"):
        assert parse_time_intent(q, now, "UTC").active, q


def test_a_day_and_time_that_were_shown(tmp_path) -> None:  # type: ignore[no-untyped-def]
    notes = [
        (0, 4, 20, "mika@desk3:~/notes$ cat diary.txt"),
        (0, 4, 40, "- planning meeting with Lou: Fri 27/11 3pm, room 2"),
        (0, 4, 60, "- page 1 conference 6.30pm this week"),
    ]
    cal = [
        (1, 500, 20, "Thursday 26 November"),
        (1, 520, 40, "- 16:00 -> 17:00"),
        (1, 540, 60, "Planning meeting with Lou"),
    ]
    wins = [("mika@desk3: ~/notes", (0, 0, 480, 300)), ("calcurse", (490, 0, 1100, 300))]
    with utc_app(tmp_path) as app:
        assert app.store.write_frame(text_frame(1, wins, notes + cal, hour=HOUR, bg="#ffffff"))
        a = app.ask("which window still had the planning meeting on Friday at 3pm?", now=NOW)
        assert a.state == "ok" and "notes" in a.answer and "calcurse" not in a.answer, a.answer
        # A time that names no frame and is not shown with the text stays unanswered.
        b = app.ask("which window had the planning meeting on Monday at 8am?", now=NOW)
        assert b.state == "indeterminate", b.answer


def test_an_all_day_row_under_a_day_without_timed_events(tmp_path) -> None:  # type: ignore[no-untyped-def]
    agenda = [
        (0, 4, 20, "mika@desk3:~$ calcurse -r4"),
        (0, 4, 40, "Friday 27 November:"),
        (0, 4, 60, " 5.30pm - 7.00pm  Leaving drinks for Olek"),
        (0, 4, 100, "Saturday 28 November:"),
        (0, 4, 120, " all day  Rest day"),
        (0, 4, 160, "Sunday 29 November:"),
        (0, 4, 180, " 10.00am - 11.30am  Coast walk"),
    ]
    notes = [
        (1, 600, 40, "Monday 23/11"),
        (1, 600, 60, "all day on the desk, no break"),
    ]
    wins = [("mika@desk3: ~", (0, 0, 580, 300)), ("mika@desk3: ~/notes", (590, 0, 1100, 300))]
    with utc_app(tmp_path) as app:
        assert app.store.write_frame(text_frame(1, wins, agenda + notes, hour=HOUR, bg="#000000"))
        a = app.ask("anything all-day on Saturday?", now=NOW)
        assert a.state == "ok" and "Rest day" in a.answer, a.answer
        titles = [
            r[0]
            for r in app.store.db.execute(
                "SELECT text FROM ui_node WHERE kind = 'calendar_event'"
            ).fetchall()
        ]
        # Prose opening with "all day" in a window with no timed event is no event.
        assert not any("on the desk" in t for t in titles), titles
