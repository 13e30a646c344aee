"""Chat, form and calendar parsers on rendered screens read by real OCR (RapidOCR): the layouts
each parser is meant to handle, and the distractors it must leave alone."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from autocapture.extract import build_spans
from autocapture.records import WindowFact
from autocapture.understand.graph import build_graph
from autocapture.understand.model import Layout
from tests.conftest import FONT, MONO

pytestmark = pytest.mark.slow


class Screen:
    """A screen drawn window by window: text at known places, boxes, colours."""

    def __init__(self, size: tuple[int, int] = (1000, 620), bg=(40, 40, 40)) -> None:  # type: ignore[no-untyped-def]
        self.img = Image.new("RGB", size, bg)
        self.draw = ImageDraw.Draw(self.img)
        self.windows: list[WindowFact] = []

    def window(self, title: str, rect, bg=(250, 250, 250)) -> None:  # type: ignore[no-untyped-def]
        self.draw.rectangle(rect, fill=bg)
        self.windows.append(WindowFact(title=title, rect=rect, focused=not self.windows, z=0))

    def text(self, x, y, text, size=16, fg=(20, 20, 20), mono=False) -> None:  # type: ignore[no-untyped-def]
        font = ImageFont.truetype(MONO if mono else FONT, size)
        self.draw.text((x, y), text, font=font, fill=fg)

    def box(self, rect, fill=(255, 255, 255), outline=(160, 160, 160)) -> None:  # type: ignore[no-untyped-def]
        self.draw.rectangle(rect, fill=fill, outline=outline)

    def graph(self, engine) -> list:  # type: ignore[no-untyped-def]
        spans = build_spans(
            "f_t", engine.recognize(self.img), np.asarray(self.img), self.windows, None
        )
        layout = Layout("f_t", *self.img.size, self.windows, spans)
        return build_graph(layout)


def attrs(nodes, kind: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return [n.attrs for n in nodes if n.kind == kind]


def test_chat_log_rows_dark_small_text(rapid_engine) -> None:  # type: ignore[no-untyped-def]
    s = Screen()
    s.window("irc: #payments-dev", (0, 0, 1000, 300), bg=(0, 0, 0))
    rows = [
        "10:31 <lena> morning all",
        "10:32 <dana> heads-up: code freeze for 4.3 starts tomorrow at 12:00",
        "10:34 <omar> is the staging database still read-only?",
        "10:44 <dana> thanks kenji. lena, can you take the release notes?",
    ]
    for i, r in enumerate(rows):
        s.text(6, 8 + 17 * i, r, size=13, fg=(230, 230, 230), mono=True)
    msgs = attrs(s.graph(rapid_engine), "chat_message")
    assert [(m["sender"], m["time"]) for m in msgs] == [
        ("lena", "10:31"),
        ("dana", "10:32"),
        ("omar", "10:34"),
        ("dana", "10:44"),
    ]
    # The body is the message; a name mentioned in it is not its sender.
    assert "kenji" in msgs[3]["body"] and msgs[3]["sender"] == "dana"
    assert all(m["body_span_ids"] and m["sender_span_id"] for m in msgs)


def test_header_and_body_messages_beside_a_sidebar(rapid_engine) -> None:  # type: ignore[no-untyped-def]
    s = Screen()
    s.window("#release - Chat", (0, 0, 1000, 420))
    s.draw.rectangle((0, 0, 200, 420), fill=(60, 20, 70))
    for i, name in enumerate(["# general", "# release", "Alice Park", "Bob Chen"]):
        s.text(16, 60 + 30 * i, name, fg=(230, 220, 235))
    s.text(240, 40, "Alice Park  10:40", size=16)
    s.text(240, 62, "Looking at the refund rounding failure.", size=16)
    s.text(240, 110, "Bob Chen  10:42", size=16)
    s.text(240, 132, "Thanks Alice. The release is moving to Thursday,", size=16)
    s.text(240, 154, "QA found a blocker in the payments flow.", size=16)
    msgs = attrs(s.graph(rapid_engine), "chat_message")
    assert [(m["sender"], m["time"]) for m in msgs] == [
        ("Alice Park", "10:40"),
        ("Bob Chen", "10:42"),
    ]
    assert "moving to Thursday" in msgs[1]["body"] and "blocker" in msgs[1]["body"]
    assert not any("general" in m["body"] for m in msgs)


def test_mail_header_block_and_body_without_quotes(rapid_engine) -> None:  # type: ignore[no-untyped-def]
    s = Screen()
    s.window("mutt: inbox", (0, 0, 1000, 400), bg=(255, 255, 255))
    lines = [
        "From: Kenji Mori <kenji.mori@example.org>",
        "Date: Tue, 24 Nov 2026 08:40:00 +0800",
        "Subject: Re: Release 4.3 timing",
        "",
        "I can finish the migration review by Wednesday noon.",
        "> The 4.3 release is moving to Thursday",
        "Kenji",
    ]
    for i, r in enumerate(lines):
        s.text(6, 10 + 20 * i, r, size=14, mono=True)
    nodes = s.graph(rapid_engine)
    (m,) = attrs(nodes, "chat_message")
    assert (m["sender"], m["time"], m["source"]) == ("Kenji Mori", "08:40", "mail")
    assert m["date"] == "2026-11-24" and "Release 4.3" in m["subject"]
    assert "Wednesday noon" in m["body"] and "moving to Thursday" not in m["body"]
    assert not attrs(nodes, "form_field")  # the header rows belong to the message


def test_form_columns_inline_fields_and_checkbox(rapid_engine) -> None:  # type: ignore[no-untyped-def]
    s = Screen()
    s.window("New customer - CRM", (0, 0, 600, 420), bg=(245, 244, 243))
    fields = [
        ("Full name", "Maya Lindqvist"),
        ("Email", "maya@fjordmail.example"),
        ("Order number", "ORD-2026-11873"),
        ("Country", "Sweden ▾"),
    ]
    for i, (label, value) in enumerate(fields):
        y = 20 + 40 * i
        s.text(16, y + 6, label)
        s.box((130, y, 560, y + 32))
        s.text(138, y + 6, value)
    s.text(16, 190, "[x] Subscribe to newsletter")
    s.window("notes", (620, 0, 1000, 300), bg=(255, 255, 255))
    s.text(630, 20, "Reference: INV-2211")
    s.text(630, 50, "Due: 15 December")
    got = {a["key"]: (a["value"], a["kind"]) for a in attrs(s.graph(rapid_engine), "form_field")}
    assert got["Full name"][0] == "Maya Lindqvist"
    assert got["Email"][0] == "maya@fjordmail.example"
    assert got["Order number"][0] == "ORD-2026-11873"
    assert got["Country"][0] == "Sweden"
    assert got["Subscribe to newsletter"] == ("checked", "checkbox")
    assert got["Reference"][0] == "INV-2211" and got["Due"][0] == "15 December"


def test_calendar_agenda_list_and_terminal_agenda(rapid_engine) -> None:  # type: ignore[no-untyped-def]
    s = Screen()
    s.window("Calendar", (0, 0, 480, 330))
    s.text(10, 10, "Monday, November 23, 2026", fg=(90, 90, 90))
    s.text(14, 40, "Standup")
    s.text(300, 40, "9:15 AM - 9:30 AM")
    s.text(14, 70, "Design review")
    s.text(300, 70, "2:00 PM - 3:00 PM")
    s.text(10, 110, "Tuesday, November 24, 2026", fg=(90, 90, 90))
    s.text(14, 140, "Dentist")
    s.text(300, 140, "8:00 AM - 9:00 AM")
    s.window("agenda", (500, 0, 1000, 330), bg=(0, 0, 0))
    agenda = [
        "11/25/26:",
        " - 10:00 -> 11:00",
        "       Vendor call: Brightline",
        " - 12:30 -> 13:30",
        "       Lunch with Ibrahim",
    ]
    for i, r in enumerate(agenda):
        s.text(506, 10 + 18 * i, r, size=13, fg=(235, 235, 235), mono=True)
    s.window("notes", (0, 340, 1000, 620), bg=(255, 255, 255))
    s.text(10, 350, "- Mia's dentist appointment: Thursday 16:20, Dr. Baptiste", mono=True)
    s.text(10, 375, "- Standup (platform team) now at 09:15", mono=True)
    events = {a["title"]: a for a in attrs(s.graph(rapid_engine), "calendar_event")}
    assert set(events) == {
        "Standup",
        "Design review",
        "Dentist",
        "Vendor call: Brightline",
        "Lunch with Ibrahim",
    }
    assert (events["Design review"]["start"], events["Design review"]["end"]) == (
        "2:00 PM",
        "3:00 PM",
    )
    assert events["Design review"]["date"] == "2026-11-23"
    assert events["Dentist"]["date"] == "2026-11-24" and events["Dentist"]["day"] == "tuesday"
    assert (events["Lunch with Ibrahim"]["start"], events["Lunch with Ibrahim"]["end"]) == (
        "12:30",
        "13:30",
    )
    assert events["Vendor call: Brightline"]["date"] == "2026-11-25"


def test_week_grid_takes_the_day_from_the_column_header(rapid_engine) -> None:  # type: ignore[no-untyped-def]
    s = Screen(size=(900, 300))
    s.window("Week", (0, 0, 900, 300))
    for i, day in enumerate(["Mon 23 Nov", "Tue 24 Nov", "Wed 25 Nov"]):
        s.text(20 + 290 * i, 10, day, fg=(80, 80, 80))
    s.text(20, 60, "09:30 Planning")
    s.text(310, 100, "14:00 Design review")
    s.text(600, 60, "11:00 Vendor call")
    events = {a["title"]: a for a in attrs(s.graph(rapid_engine), "calendar_event")}
    assert events["Planning"]["date_hint"]["month_day"] == [11, 23]
    assert events["Design review"]["date_hint"]["month_day"] == [11, 24]
    assert events["Vendor call"]["date_hint"]["month_day"] == [11, 25]


def test_mail_index_rows_are_messages(rapid_engine) -> None:  # type: ignore[no-untyped-def]
    s = Screen(size=(1000, 200))
    s.window("mutt: inbox", (0, 0, 1000, 200), bg=(255, 255, 255))
    rows = [
        "   1 N   Tue 24 Nov 08:12  Dana Whitfield        Release 4.3 timing",
        "   2 N   Tue 24 Nov 09:05  Priya Raman           Invoice INV-2211 from Harbor Co",
        "   3 N   Tue 24 Nov 10:02  IT Service Desk       Scheduled VPN maintenance",
    ]
    for i, r in enumerate(rows):
        s.text(4, 8 + 18 * i, r, size=13, mono=True)
    nodes = s.graph(rapid_engine)
    msgs = attrs(nodes, "chat_message")
    assert [(m["sender"], m["time"], m["body"].lower()) for m in msgs] == [
        ("Dana Whitfield", "08:12", "release 4.3 timing"),
        ("Priya Raman", "09:05", "invoice inv-2211 from harbor co"),
        ("IT Service Desk", "10:02", "scheduled vpn maintenance"),
    ]
    assert {m["source"] for m in msgs} == {"mail_index"} and not attrs(nodes, "form_field")


def _layout(rows: list[tuple[int, int, str]]) -> Layout:
    from autocapture.records import SpanRecord

    spans = [
        SpanRecord(f"s_{i}", "line", i, t, (x, y, x + 9 * len(t), y + 20), 0.9, window_index=0)
        for i, (x, y, t) in enumerate(rows)
    ]
    return Layout("f_x", 1280, 800, [WindowFact("Team notes - Editor", (0, 0, 1280, 800))], spans)


def test_name_colon_rows_are_a_transcript_only_when_they_read_as_one() -> None:
    chat = _layout(
        [
            (10, 10, "Alice: are we shipping the release today?"),
            (10, 40, "Bob: not before QA signs off on the payments flow"),
            (10, 70, "Alice: ok, I will tell support about the delay"),
            (10, 100, "[10:42] Carol: the fix is merged"),
        ]
    )
    nodes = build_graph(chat)
    assert [a["sender"] for a in attrs(nodes, "chat_message")] == ["Alice", "Bob", "Alice", "Carol"]
    assert attrs(nodes, "chat_message")[3]["time"] == "10:42"
    form = _layout(
        [
            (10, 10, "Name: Maria Gonzalez"),
            (10, 40, "Email: maria@example.org"),
            (10, 70, "Status: Due in 27 days"),
        ]
    )
    nodes = build_graph(form)
    assert not attrs(nodes, "chat_message")
    assert {a["key"]: a["value"] for a in attrs(nodes, "form_field")} == {
        "Name": "Maria Gonzalez",
        "Email": "maria@example.org",
        "Status": "Due in 27 days",
    }


def test_titles_above_or_below_their_times_follow_the_window() -> None:
    cards = _layout(
        [
            (10, 10, "Thursday, November 26, 2026"),
            (10, 40, "Design review"),
            (10, 60, "14:00 - 15:00"),
            (10, 80, "Dentist"),
            (10, 100, "16:00 - 16:30"),
        ]
    )
    got = {a["title"]: (a["start"], a["date"]) for a in attrs(build_graph(cards), "calendar_event")}
    assert got == {"Design review": ("14:00", "2026-11-26"), "Dentist": ("16:00", "2026-11-26")}
    agenda = _layout(
        [
            (10, 10, "11/26/26:"),
            (20, 28, "- 14:00 -> 15:00"),
            (60, 46, "Design review"),
            (20, 64, "- 16:00 -> 16:30"),
            (60, 82, "Dentist"),
        ]
    )
    got = {a["title"]: a["start"] for a in attrs(build_graph(agenda), "calendar_event")}
    assert got == {"Design review": "14:00", "Dentist": "16:00"}
