"""Calendar scenario content (set e): a ferry operations coordinator's week, with a dry dock
call overlapping an interview, an audit overlapping a roster review, all-day events, todos
and distractor notes."""

from __future__ import annotations

from ..content.calendar import apts_line, parse_apts

__all__ = ["apts_line", "parse_apts"]

# (day offset, start, end, title); day 0 is the recording day.
APPOINTMENTS = [
    (0, "06:00", "06:30", "Pre-departure briefing - Harbour Quay"),
    (0, "10:00", "11:00", "Dry dock call - Shag Rock II (Westhaven)"),
    (0, "10:30", "11:15", "Interview: relief deckhand Mikael Berg"),
    (0, "12:45", "13:00", "Motu Bay go/no-go with skippers"),
    (0, "15:30", "16:30", "Safety committee - INC-2611"),
    (1, "07:00", "08:00", "Kea Star radar technician on board"),
    (1, "14:00", "15:00", "Council wharf lease meeting"),
    (2, "09:00", "09:45", "Roster swaps review with Greta"),
    (2, "09:30", "12:00", "Maritime NZ audit - Kea Spirit"),
    (2, "16:00", "17:00", "Fares change briefing - ticket office"),
    (3, "08:00", "16:00", "First aid refresher (Parnell)"),
    (4, "11:00", "12:00", "Sunday timetable test sailing"),
]
EVENTS = [
    (0, "Kea Star on spare deckhand"),
    (2, "Shag Rock II back from dry dock"),
    (4, "Harbour Festival - extra sailings"),
]
TODOS = [
    (1, "Send INC-2611 report to Maritime NZ"),
    (3, "Book Kea Star survey before 9 Dec"),
    (5, "Print new fare cards"),
    (8, "Order hi-vis vests for Motu Bay wharf"),
]
NOTES_NAME = "radio-notes.txt"
NOTES_LABEL = "radio notes"
AGENDA_COMMAND = "calcurse -d 5"
AGENDA_LABEL = "agenda for five days"
DAYS_AHEAD = 2
CONF: str | None = (
    "appearance.layout=3\nappearance.calendarview=weekly\ngeneral.firstdayofweek=monday\n"
    "format.dayheading=%a %d/%m/%Y\n"
)
TERMINALS = {
    "notes": ("78x9+1010+800", "dark", 10),
    "agenda": ("62x52+1440+6", "light", 8),
    "calcurse": ("124x38+0+0", "dark", 11),
}
NOTES_FILE = """radio notes - what people said on channel 12 and the phone
* Westhaven first offered the dry dock call at 9:00
* Maritime NZ audit: they said Thursday first, now it's Friday
* safety committee is normally 15:00 on Tuesdays
* relief deckhand: Mikaela Berg applied too (interview next week)
* Motu Bay go/no-go used to be 12:30 before the forecast changed
"""
