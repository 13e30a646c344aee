"""All-day events under a date heading, questions about an event's title (who / which person)
and its day, and form values read from the box by their label (a notes area under its label,
a stray glyph that is no value): parsers on laid-out and rendered screens, answers with
verified citations."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.api import Autocapture
from autocapture.records import FrameRecord, WindowFact
from autocapture.understand.graph import build_graph
from autocapture.understand.model import Layout
from tests.framekit import Row, ask_cited, line_spans, text_frame, utc_app
from tests.test_structured_parsers import Screen, attrs

NOW = datetime(2026, 3, 9, 8, 0, tzinfo=UTC)  # a Monday
PAPER = "#f5f4f3"  # the background of a row that names none


def frame(n: int, windows: list[tuple[str, tuple]], rows: list[Row]) -> FrameRecord:
    """Rows are (window, x, y, text[, background]), at minute ``n`` past 07:00 on Mar 9."""
    return text_frame(n, windows, rows, hour=datetime(2026, 3, 9, 7, tzinfo=UTC), bg=PAPER)


def layout(rows: list[tuple], title: str = "Planner") -> Layout:
    return Layout(
        "f_x", 1280, 800, [WindowFact(title, (0, 0, 1280, 800))], line_spans("f_x", rows, PAPER)
    )


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Autocapture]:
    with utc_app(tmp_path) as a:
        yield a


def ask(app: Autocapture, q: str):  # type: ignore[no-untyped-def]
    return ask_cited(app, q, NOW, value_cited=True)


DAY_PANEL = [
    (0, 300, 20, "March 10, 2026"),  # right-aligned over the day's list
    (0, 30, 40, "Quarterly VAT return due"),
    (0, 20, 80, "- 08:30 -> 09:15"),
    (0, 30, 100, "Vet checkup - Dr. Moreau"),
    (0, 20, 140, "- 13:00 -> 14:00"),
    (0, 30, 160, "Supplier call: Tern Shipping"),
]


def test_all_day_events_sit_under_the_heading_before_the_timed_ones() -> None:
    got = {a["title"]: a for a in attrs(build_graph(layout(DAY_PANEL)), "calendar_event")}
    assert set(got) == {
        "Quarterly VAT return due",
        "Vet checkup - Dr. Moreau",
        "Supplier call: Tern Shipping",
    }
    vat = got["Quarterly VAT return due"]
    assert (vat["start"], vat["end"], vat["date"], vat["day"]) == (
        None,
        None,
        "2026-03-10",
        "tuesday",
    )
    assert vat["date_span_id"] and vat["time_span_id"] is None
    agenda = layout(
        [
            (0, 10, 10, "03/21/26:"),
            (0, 20, 28, "* Rent transfer"),
            (0, 20, 46, "- 10:00 -> 10:30"),
            (0, 60, 64, "Dentist - Dr. Sato"),
        ]
    )
    got = {a["title"]: a for a in attrs(build_graph(agenda), "calendar_event")}
    assert got["Rent transfer"]["date"] == "2026-03-21" and got["Rent transfer"]["start"] is None
    # A date over prose, with no timed event under it, is no calendar.
    notes = layout([(0, 10, 10, "March 12, 2026"), (0, 10, 30, "Remember to water the plants")])
    assert not attrs(build_graph(notes), "calendar_event")


def planner_app(app: Autocapture) -> Autocapture:
    notes = [
        (1, 700, 40, "- Mia's vet checkup: Friday 16:20, Dr. Lindahl"),
        (1, 700, 60, "- VAT return draft sent to Jonas"),
    ]
    app.store.write_frame(
        frame(1, [("Planner", (0, 0, 600, 400)), ("notes", (600, 0, 1280, 400))], DAY_PANEL + notes)
    )
    return app


def test_which_person_an_event_is_with_is_its_title(app: Autocapture) -> None:
    a = ask(planner_app(app), "which vet is my checkup appointment with?")
    assert a.state == "ok" and a.question_class == "calendar"
    assert "Moreau" in a.answer and "Lindahl" not in a.answer
    assert a.claims[0].citations[0].text == "Vet checkup - Dr. Moreau"


def test_the_day_of_an_event_comes_from_its_heading(app: Autocapture) -> None:
    a = ask(planner_app(app), "what day is the quarterly VAT return due?")
    assert a.state == "ok" and a.question_class == "calendar"
    assert "Tuesday 10 Mar 2026" in a.answer
    assert a.claims[0].citations[0].text == "March 10, 2026"
    b = ask(app, "when is the VAT return?")
    assert b.state == "ok" and "10 Mar" in b.answer
    c = ask(app, "what is on my calendar tomorrow?")
    assert c.state == "ok" and len(c.claims) == 3 and "all day" in c.answer
    d = ask(app, "when does the supplier call wrap up?")
    assert "14:00" in d.answer and "ends" in d.answer
    e = ask(app, "what time will I be done with the supplier call?")
    assert "14:00" in e.answer and "ends" in e.answer


def test_a_field_value_is_no_stray_glyph_and_a_notes_box_under_its_label() -> None:
    box = "#ffffff"
    rows = [
        (0, 20, 10, "ó"),  # a window icon read as a letter
        (0, 20, 40, "Supplier name"),
        (0, 160, 40, "Orla Quinn", box),
        (0, 20, 80, "Contact"),
        (0, 160, 80, "•", box),
        (0, 20, 120, "Phone"),
        (0, 160, 120, "+353 1 555 0142", box),
        (0, 24, 160, "Send receipts"),  # a checkbox drawn as a picture
        (0, 20, 181, "Comments"),
        (0, 20, 198, "Pallets only, no Saturday delivery", box),
    ]
    lay = Layout(
        "f_x",
        1280,
        800,
        [WindowFact("New supplier - Ledger", (0, 0, 600, 400))],
        line_spans("f_x", rows, PAPER),
    )
    got = {a["key"]: a["value"] for a in attrs(build_graph(lay), "form_field")}
    assert got["Supplier name"] == "Orla Quinn"
    assert "Contact" not in got
    assert got["Comments"] == "Pallets only, no Saturday delivery"
    assert "Send receipts" not in got


def test_form_questions_about_what_was_typed_or_written(app: Autocapture) -> None:
    box = "#ffffff"
    rows = [
        (0, 20, 40, "Supplier name"),
        (0, 160, 40, "Orla Quinn", box),
        (0, 20, 80, "Phone"),
        (0, 160, 80, "+353 1 555 0142", box),
        (0, 20, 120, "Comments"),
        (0, 20, 140, "Pallets only, no Saturday delivery", box),
        (1, 700, 40, "Orla Quinlan,orla@quin.example,+353 1 555 0199"),
    ]
    wins = [("New supplier - Ledger", (0, 0, 600, 400)), ("contacts", (600, 0, 1280, 400))]
    app.store.write_frame(frame(2, wins, rows))
    a = ask(app, "what name did I enter for the new supplier?")
    assert a.question_class == "form_kv" and "Orla Quinn" in a.answer and "Quinlan" not in a.answer
    b = ask(app, "what did I write in the comments box on the supplier form?")
    assert b.question_class == "form_kv" and "Pallets only" in b.answer
    c = ask(app, "what did Orla say about the delivery?")
    assert c.question_class == "chat"


def test_all_day_event_and_notes_box_read_by_ocr(rapid_engine) -> None:  # type: ignore[no-untyped-def]
    s = Screen()
    s.window("agenda", (0, 0, 480, 300), bg=(0, 0, 0))
    rows = ["04/22/26:", " * Tax filing deadline", " - 09:00 -> 09:30", "       Team sync"]
    for i, r in enumerate(rows):
        s.text(6, 10 + 18 * i, r, size=13, fg=(235, 235, 235), mono=True)
    s.window("Order - Ledger", (500, 0, 1000, 400), bg=(245, 244, 243))
    s.text(510, 20, "Customer")
    s.box((620, 14, 980, 46))
    s.text(628, 20, "Ines Duarte")
    s.text(510, 60, "Reference")
    s.box((620, 54, 980, 86))
    s.text(628, 60, "PO-7731")
    s.text(510, 100, "Notes")
    s.box((510, 122, 980, 260))
    s.text(514, 126, "Call before noon")
    nodes = s.graph(rapid_engine)
    events = {a["title"]: a for a in attrs(nodes, "calendar_event")}
    assert events["Tax filing deadline"]["start"] is None
    assert events["Tax filing deadline"]["date"] == "2026-04-22"
    assert events["Team sync"]["start"] == "09:00"
    fields = {a["key"]: a["value"] for a in attrs(nodes, "form_field")}
    assert fields["Customer"] == "Ines Duarte" and fields["Notes"] == "Call before noon"


def test_which_room_when_the_title_names_none_and_the_first_event_of_a_day(
    app: Autocapture,
) -> None:
    rows = [*DAY_PANEL, (0, 20, 180, "- 16:00 -> 17:00"), (0, 30, 200, "Design review")]
    app.store.write_frame(frame(1, [("Planner", (0, 0, 600, 400))], rows))
    # "Design review" names no room: the calendar does not say where it is.
    a = ask(app, "which meeting room is the design review in?")
    assert a.state == "indeterminate"
    b = ask(app, "who is the vet checkup with?")
    assert b.state == "ok" and "Dr. Moreau" in b.answer
    c = ask(app, "what's my first appointment tomorrow?")
    assert c.state == "ok" and "Vet checkup" in c.answer and "Design" not in c.answer
    d = ask(app, "what's my last meeting tomorrow?")
    assert d.state == "ok" and "Design review" in d.answer and "Vet" not in d.answer
    e = ask(app, "what's the last thing in my calendar tomorrow?")  # "thing" is phrasing
    assert e.state == "ok" and "Design review" in e.answer and "Vet" not in e.answer


def test_yes_no_about_a_checkbox_after_lookup_finds_no_text(app: Autocapture) -> None:
    rows = [
        (0, 20, 40, "Name: Orla Quinn"),
        (0, 20, 80, "[x] Marketing emails"),
        (0, 20, 120, "[ ] Paper invoices"),
    ]
    app.store.write_frame(frame(3, [("New supplier - Ledger", (0, 0, 600, 400))], rows))
    a = ask(app, "did the new supplier opt in to marketing emails?")
    assert a.state == "ok" and a.answer.startswith("Yes") and "checked" in a.answer
    assert a.trace["answer"]["after_lookup"]  # free text found no yes/no answer first
    b = ask(app, "did the new supplier ask for paper invoices?")
    assert b.state == "ok" and b.answer.startswith("No")


def test_the_event_after_a_named_one(app: Autocapture) -> None:
    planner_app(app)
    a = ask(app, "what's next on my calendar tomorrow after the vet checkup?")
    assert a.state == "ok" and "Supplier call" in a.answer and "Vet" not in a.answer
    b = ask(app, "what is next on my calendar tomorrow after the supplier call?")
    assert b.state == "indeterminate"


def test_what_clashes_with_a_named_event(app: Autocapture) -> None:
    rows = [
        *DAY_PANEL,
        (0, 20, 180, "- 13:30 -> 14:30"),
        (0, 30, 200, "Prep binder for the hearing"),
        (0, 20, 220, "- 16:00 -> 17:00"),
        (0, 30, 240, "Design review"),
    ]
    app.store.write_frame(frame(1, [("Planner", (0, 0, 600, 400))], rows))
    a = ask_cited(
        app, "is anything else booked at the same time as the supplier call?", NOW,
        value_cited=False,
    )  # fmt: skip
    assert a.state == "ok" and a.answer.startswith("Yes") and "Prep binder" in a.answer
    assert "Design review" not in a.answer and "Vet" not in a.answer
    b = ask_cited(
        app, "is anything else booked at the same time as the design review?", NOW,
        value_cited=False,
    )  # fmt: skip
    assert b.state == "ok" and b.answer.startswith("No")
