"""Chat, form and calendar answerers on stored frames with laid-out text (no OCR): speakers
versus mentions, distractors in other windows, unanswerable questions, verified citations."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.api import Autocapture
from autocapture.records import FrameRecord
from tests.framekit import Row, ask_cited, text_frame, utc_app

NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)  # a Monday


def frame(n: int, windows: list[tuple[str, tuple]], rows: list[Row]) -> FrameRecord:
    """Rows are (window index, x, y, text), at minute ``n`` past 09:00 on Nov 23."""
    return text_frame(n, windows, rows, hour=datetime(2026, 11, 23, 9, tzinfo=UTC), bg="#fafafa")


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Autocapture]:
    with utc_app(tmp_path) as a:
        yield a


def ask(app: Autocapture, q: str):  # type: ignore[no-untyped-def]
    """Every claim rests on verified spans holding its value."""
    return ask_cited(app, q, NOW, value_cited=True)


CHAT = [
    "Alice Park 10:40",
    "Looking at the refund rounding failure.",
    "Bob Chen 10:42",
    "Thanks Alice. The release is moving to Thursday.",
    "Omar Haddad 10:45",
    "is the staging database still read-only?",
    "Priya Raman 10:46",
    "staging db stays read-only until 15:00 today",
    "Ibrahim Said 10:48",
    "the Harbor Co invoice question goes to priya, not me",
    "Priya Raman 10:50",
    "correct, I'm handling that one",
]


def chat_app(app: Autocapture) -> Autocapture:
    rows = [(0, 30, 60, "# general"), (0, 30, 90, "Alice Park"), (0, 30, 120, "Bob Chen")]
    y = 60
    for i, text in enumerate(CHAT):
        y += 20 if i % 2 else 28
        rows.append((0, 260, y, text))
    notes = [(1, 820, 60, "Meeting notes"), (1, 820, 90, "Alice said the release slips again")]
    app.store.write_frame(
        frame(
            1,
            [("#release - Chat", (0, 0, 800, 700)), ("notes.txt", (800, 0, 1280, 700))],
            rows + notes,
        )
    )
    return app


def test_speaker_is_the_sender_not_a_mention(app: Autocapture) -> None:
    a = ask(chat_app(app), "what did Alice say?")
    assert a.question_class == "chat" and a.state == "ok"
    assert "refund rounding" in a.answer and "moving to Thursday" not in a.answer
    assert "slips again" not in a.answer  # notes that mention her are not her messages
    assert [c.text for c in a.claims[0].context] == ["Alice Park 10:40"]


def test_who_asked_and_who_is_doing(app: Autocapture) -> None:
    chat_app(app)
    asked = ask(app, "who asked about the staging database?")
    assert "Omar" in asked.answer and "Priya" not in asked.answer
    assert asked.claims[0].value == "Omar Haddad"
    doing = ask(app, "who is handling the Harbor Co invoice?")
    assert "Priya" in doing.answer and "Ibrahim" not in doing.answer


def test_until_when_prefers_the_statement_with_a_time(app: Autocapture) -> None:
    a = ask(chat_app(app), "until when is the staging database read-only?")
    assert a.state == "ok" and "15:00" in a.answer and "still read-only?" not in a.answer


def test_unknown_sender_is_indeterminate(app: Autocapture) -> None:
    a = ask(chat_app(app), "what did Marco say about the backfill?")
    assert a.state == "indeterminate" and "marco" in a.indeterminate_reason


def test_mail_body_versus_chat_line(app: Autocapture) -> None:
    mail = [
        (0, 10, 40 + 20 * i, t)
        for i, t in enumerate(
            [
                "From: Dana Whitfield <dana@ledgerly.example>",
                "Date: Mon, 23 Nov 2026 08:12:00 +0000",
                "Subject: Release 4.3 timing",
            ]
        )
    ]
    mail += [(0, 10, 120, "The 4.3 release is moving to Thursday."), (0, 10, 140, "Dana")]
    irc = [
        (1, 660, 40, "10:32 <dana> heads-up: code freeze for 4.3 starts tomorrow"),
        (1, 660, 60, "10:33 <kenji> thanks dana, the 4.3 release notes are drafted"),
    ]
    app.store.write_frame(
        frame(2, [("mutt", (0, 0, 640, 500)), ("irc", (640, 0, 1280, 500))], mail + irc)
    )
    a = ask(app, "what did Dana's email say about the 4.3 release?")
    assert "moving to Thursday" in a.answer and "code freeze" not in a.answer
    b = ask(app, "what did Dana say about the code freeze?")
    assert "tomorrow" in b.answer and "moving to Thursday" not in b.answer


def form_app(app: Autocapture) -> Autocapture:
    rows = []
    for i, (k, v) in enumerate(
        [
            ("Full name", "Maya Lindqvist"),
            ("Email", "maya@fjord.example"),
            ("Phone", "+46 70 555 0182"),
            ("Country", "Sweden"),
            ("Order number", "ORD-2026-11873"),
        ]
    ):
        rows += [(0, 20, 50 + 40 * i, k), (0, 140, 50 + 40 * i, v)]
    for i, (k, v) in enumerate(
        [("Recipient", "Maya Lindqvist"), ("City", "Malmö"), ("Postal code", "211 49")]
    ):
        rows += [(1, 620, 50 + 40 * i, k), (1, 760, 50 + 40 * i, v)]
    rows += [
        (2, 20, 420, "name,email,phone"),
        (2, 20, 440, "Maya Larsen,maya.larsen@north.example,+47 45 55 01 82"),
    ]
    wins = [
        ("New customer - CRM", (0, 0, 600, 400)),
        ("Shipping address - CRM", (600, 0, 1280, 400)),
        ("contacts.csv - terminal", (0, 400, 1280, 800)),
    ]
    app.store.write_frame(frame(3, wins, rows))
    return app


def test_form_fields_with_context_and_distractor(app: Autocapture) -> None:
    form_app(app)
    a = ask(app, "what is Maya's email address?")
    assert a.question_class == "form_kv" and "maya@fjord.example" in a.answer
    assert "larsen" not in a.answer
    assert [c.text for c in a.claims[0].context] == ["Email"]
    assert "Sweden" in ask(app, "which country was selected in the form?").answer
    assert "Malmö" in ask(app, "which city was in the shipping address?").answer
    assert "Lindqvist" in ask(app, "what full name was entered in the customer form?").answer


def test_unknown_field_is_indeterminate(app: Autocapture) -> None:
    a = ask(form_app(app), "what was entered in the VAT number field?")
    assert a.state == "indeterminate"
    # "fax" asks for a phone-like value; a field sharing only "number" is not it.
    assert ask(app, "what was in the fax number field?").state == "indeterminate"


def test_a_field_by_another_name_of_the_same_kind(app: Autocapture) -> None:
    # "mobile" for the Phone field, and "registered" is found nowhere: the asker's wording
    a = ask(form_app(app), "what mobile number did Maya Lindqvist give when I registered her?")
    assert a.state == "ok" and "+46 70 555 0182" in a.answer and "+47" not in a.answer
    assert ask(app, "what mobile number did Maya give for billing invoices?").state == (
        "indeterminate"
    )  # two words shown nowhere: not one paraphrase


def calendar_app(app: Autocapture) -> Autocapture:
    rows = [
        (0, 20, 40, "Monday, November 23, 2026"),
        (0, 30, 70, "Design review"),
        (0, 300, 70, "2:00 PM - 3:00 PM"),
        (0, 20, 110, "Thursday, November 26, 2026"),
        (0, 30, 140, "Dentist - Dr. Okafor"),
        (0, 300, 140, "9:30 AM - 10:15 AM"),
        (0, 30, 170, "Budget review follow-up"),
        (0, 300, 170, "1:00 PM - 2:00 PM"),
        (1, 620, 40, "- Mia's dentist appointment: Friday 16:20"),
        (1, 620, 60, "- Design review moved to 10:00 last week"),
    ]
    app.store.write_frame(
        frame(4, [("Calendar", (0, 0, 600, 400)), ("notes", (600, 0, 1280, 400))], rows)
    )
    return app


def test_event_start_end_and_distractor_notes(app: Autocapture) -> None:
    calendar_app(app)
    a = ask(app, "when does the dentist appointment start?")
    assert a.question_class == "calendar" and "9:30 AM" in a.answer and "16:20" not in a.answer
    assert "Thursday 26 Nov 2026" in a.answer
    assert [c.text for c in a.claims[0].context] == ["Dentist - Dr. Okafor"]
    b = ask(app, "when does the design review end?")
    assert "3:00 PM" in b.answer and "10:00" not in b.answer
    c = ask(app, "what time is the design review?")
    assert "2:00 PM" in c.answer and c.claims[0].citations[0].text == "2:00 PM - 3:00 PM"


def test_events_on_a_named_day(app: Autocapture) -> None:
    a = ask(calendar_app(app), "what is on my calendar on Thursday?")
    assert a.state == "ok" and len(a.claims) == 2
    assert "Dentist" in a.answer and "Budget review" in a.answer and "Design review" not in a.answer


def test_missing_event_is_indeterminate(app: Autocapture) -> None:
    assert ask(calendar_app(app), "when is the board meeting?").state == "indeterminate"


def test_anything_on_at_a_time_is_the_event_spanning_it(app: Autocapture) -> None:
    a = ask(calendar_app(app), "do I have anything on at 9:45 on Thursday?")
    assert a.question_class == "calendar" and "Dentist" in a.answer
    assert "Budget" not in a.answer
    b = ask(app, "am I free at 13:30 on Thursday?")
    assert "Budget review" in b.answer and "Dentist" not in b.answer


def test_an_appointment_only_in_notes_is_read_from_them(app: Autocapture) -> None:
    a = ask(calendar_app(app), "when is Mia's dentist appointment?")
    assert a.state == "ok" and "16:20" in a.answer and "Okafor" not in a.answer


def test_who_sent_the_mail_from_an_index_list(app: Autocapture) -> None:
    rows = []
    for i, (when, who, subject) in enumerate(
        [
            ("Tue 24 Nov 08:12", "Dana Whitfield", "Release 4.3 timing"),
            ("Tue 24 Nov 09:05", "Priya Raman", "Invoice INV-2211 from Harbor Co"),
            ("Tue 24 Nov 10:02", "IT Service Desk", "Scheduled VPN maintenance"),
        ]
    ):
        rows += [
            (0, 40, 30 + 20 * i, when),
            (0, 220, 30 + 20 * i, who),
            (0, 420, 30 + 20 * i, subject),
        ]
    app.store.write_frame(frame(5, [("mutt: inbox", (0, 0, 1280, 400))], rows))
    a = ask(app, "who sent the mail about the VPN maintenance?")
    assert a.question_class == "chat" and "IT Service Desk" in a.answer
    assert a.claims[0].value == "IT Service Desk" and "Priya" not in a.answer


def test_when_question_prefers_the_message_that_names_a_time(app: Autocapture) -> None:
    mail = [
        (0, 10, 40 + 20 * i, t)
        for i, t in enumerate(
            [
                "From: Kenji Mori <kenji@ledgerly.example>",
                "Date: Mon, 23 Nov 2026 08:40:00 +0000",
                "Subject: Re: Release 4.3 timing",
            ]
        )
    ]
    mail += [
        (0, 10, 120, "I can finish the migration review by Wednesday noon."),
        (0, 10, 140, "> Dana wrote: the review is due on Friday"),
    ]
    irc = [(1, 660, 40, "10:41 <kenji> migration review is half done, tests still missing")]
    app.store.write_frame(
        frame(6, [("mutt", (0, 0, 640, 500)), ("irc", (640, 0, 1280, 500))], mail + irc)
    )
    a = ask(app, "when did Kenji say he would finish the migration review?")
    assert "Wednesday noon" in a.answer and "Friday" not in a.answer


def test_a_message_read_twice_with_ocr_noise_is_one_claim(app: Autocapture) -> None:
    """The same chat line on two screens, OCR'd with a letter apart: one message, from the
    screen where its window had the focus."""
    for n, (text, focused) in enumerate(
        [
            ("10:37 <omar> ok, I'll hold the backfill until then", True),
            ("10:37 <omar> ok, I'li hold the backfill until then", False),
        ]
    ):
        wins = [("irc", (0, 0, 640, 500)), ("mutt", (640, 0, 1280, 500))]
        app.store.write_frame(
            frame(10 + n, wins if focused else wins[::-1], [(int(not focused), 10, 40, text)])
        )
    a = ask(app, "what did omar say about the backfill?")
    assert a.state == "ok" and len(a.claims) == 1
    assert "I'll hold" in a.claims[0].value


def test_next_meeting_is_the_first_after_now(app: Autocapture) -> None:
    a = ask(calendar_app(app), "when is my next meeting?")
    assert a.state == "ok" and "Dentist" in a.answer and "9:30 AM" in a.answer


def test_when_a_field_got_its_value(app: Autocapture) -> None:
    win = [("New customer - CRM", (0, 0, 600, 400))]
    empty = [(0, 20, 50, "Full name"), (0, 20, 90, "Phone"), (0, 20, 130, "Email")]
    named = [*empty, (0, 140, 50, "Maya Lindqvist"), (0, 140, 130, "maya@fjord.example")]
    first = [*named, (0, 140, 90, "+46 70 555 0100")]
    fixed = [*named, (0, 140, 90, "+46 70 555 0182")]
    for n, rows in [(1, empty), (2, named), (5, first), (8, fixed)]:
        app.store.write_frame(frame(n, win, rows))
    a = ask(app, "when did I enter the phone number?")
    assert a.question_class == "form_kv" and "09:08" in a.answer and "0182" in a.answer
    assert "+46 70 555 0100" in a.answer  # what it showed before the change
    b = ask(app, "when did I fill in the full name?")
    assert "09:02" in b.answer and "empty at 09:01" in b.answer


def test_how_many_events_on_a_day(app: Autocapture) -> None:
    a = ask(calendar_app(app), "how many meetings do I have on Thursday?")
    assert a.answer.startswith("2 events") and "Design review" not in a.answer


def test_a_title_that_only_repeats_the_question_says_no_place(app: Autocapture) -> None:
    rows = [(0, 20, 40, "Wednesday, November 25, 2026"), (0, 30, 70, "Lunch with Ibrahim"),
            (0, 300, 70, "12:30 - 13:30")]  # fmt: skip
    app.store.write_frame(frame(4, [("Calendar", (0, 0, 600, 400))], rows))
    a = ask(app, "where am I meeting Ibrahim for lunch?")
    assert a.state == "indeterminate" and a.indeterminate_reason == "event_does_not_say"
    assert "12:30" in ask(app, "when is lunch with Ibrahim?").answer


def test_records_a_command_printed_from_a_file(app: Autocapture) -> None:
    lines = [
        "ops@box:~/crm$ cat people.csv",
        "name,email,phone",
        "Ana Lopes,ana@ex.example,+351 21 555 0101",
        "Bo Berg,bo@ex.example,+46 8 555 0102",
        "Cy Dahl,cy@ex.example,+47 22 55 01 03",
        "ops@box:~/crm$",
    ]
    rows = [(0, 10, 20 + 20 * i, t) for i, t in enumerate(lines)]
    app.store.write_frame(frame(3, [("ops@box: ~/crm", (0, 0, 900, 400))], rows))
    a = ask(app, "how many people were listed in people.csv?")
    assert a.answer.startswith("3 people in people.csv") and "header" in a.answer
    assert [c.value for c in a.claims] == ["Ana Lopes", "Bo Berg", "Cy Dahl"]
    assert ask(app, "how many people were listed in staff.csv?").state == "indeterminate"


def test_this_morning_names_todays_events(app: Autocapture) -> None:
    rows = [(0, 20, 40, "Monday, November 23, 2026"), (0, 30, 70, "Standup"),
            (0, 300, 70, "9:00 AM - 9:15 AM")]  # fmt: skip
    app.store.write_frame(frame(4, [("Calendar", (0, 0, 600, 400))], rows))
    a = ask(app, "what time's my standup this morning?")
    assert a.question_class == "calendar" and "9:00 AM" in a.answer
