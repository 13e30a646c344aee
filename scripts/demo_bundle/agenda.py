"""Calendar content (the GNOME Calendar window): the agenda for the demo day and the next."""

from __future__ import annotations

from .layout import Body


def calendar_body(with_go_no_go: bool) -> Body:
    """Agenda view for today and tomorrow."""
    b = Body()
    b.raw('<div class="agenda">')
    b.line("Monday, November 23, 2026", cls="day")
    events = [
        ("Standup", "9:15 AM - 9:30 AM", "e1"),
        ("1:1 with Dana", "11:30 AM - 12:00 PM", "e2"),
        ("Lunch with Sam", "12:30 PM - 1:30 PM", "e3"),
        ("Design review", "2:00 PM - 3:00 PM", "e1"),
    ]
    if with_go_no_go:
        events.append(("Release go/no-go", "4:00 PM - 4:30 PM", "e4"))
    for title, when, color in events:
        b.line(title, when, cls=f"ev split {color}", cell_cls=("evt", "evw"))
    b.line("Tuesday, November 24, 2026", cls="day")
    for title, when, color in (
        ("Dentist", "8:00 AM - 9:00 AM", "e3"),
        ("Sprint planning", "10:00 AM - 11:30 AM", "e1"),
    ):
        b.line(title, when, cls=f"ev split {color}", cell_cls=("evt", "evw"))
    b.raw("</div>")
    return b
