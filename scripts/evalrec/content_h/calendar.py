"""Calendar scenario content (set h): a production manager's tech week, with a supplier call
overlapping a fly floor safety walk and the budget check-in inside the tech rehearsal today,
a rigging inspection moved to Thursday, a front of house briefing overlapping notes before
the preview on Friday, all-day events, todos and a production notebook of near-misses.
calcurse in layout 1 with its weekly calendar, Sunday first; the agenda is printed by
``calcurse -d 4`` with "2.30pm" style times."""

from __future__ import annotations

from ..content.calendar import apts_line, parse_apts

__all__ = ["apts_line", "parse_apts"]

# (day offset, start, end, title); day 0 is the recording day.
APPOINTMENTS = [
    (0, "08:30", "09:00", "Production meeting (stage door office)"),
    (0, "11:45", "12:15", "Call: Stagecraft Hire re LED profiles"),
    (0, "12:00", "12:30", "Fly floor safety walk with Calum"),
    (0, "13:00", "22:00", "Tech rehearsal - cue to cue"),
    (0, "17:30", "18:00", "Budget check-in with Sunil"),
    (1, "10:00", "10:45", "Bar 14 inspection - Flint & Co Rigging"),
    (1, "14:00", "15:00", "Marketing photo call (Act 1 costumes)"),
    (1, "18:30", "22:30", "Dress rehearsal 1"),
    (2, "09:30", "10:00", "Production meeting"),
    (2, "16:00", "17:00", "Front of house briefing with Bronte"),
    (2, "16:30", "17:15", "Notes with Fenella before the preview"),
    (2, "19:30", "22:00", "Preview - The Salt Orchard"),
    (3, "17:00", "18:00", "Opening night drinks set-up (foyer)"),
    (3, "19:30", "22:00", "Opening night - The Salt Orchard"),
    (5, "10:00", "11:00", "Bump-out planning with Dimitri"),
]
EVENTS = [
    (0, "Tech day 1"),
    (2, "Preview night"),
    (3, "OPENING NIGHT"),
    (6, "Fringe venue registrations close"),
]
TODOS = [
    (1, "Approve PO-30481 (LED profiles) with Sunil"),
    (2, "Book Flint & Co re-test for bar 14"),
    (4, "Print show report templates for opening week"),
    (6, "Order opening night flowers for Fenella"),
]
NOTES_NAME = "prod-notebook.txt"
NOTES_LABEL = "production notebook"
AGENDA_COMMAND = (
    "calcurse -d 4 --format-apt ' - %(start:%l.%M%P) to %(end:%l.%M%P)  %m\\n' "
    "--format-event ' - all day  %m\\n'"
)
AGENDA_LABEL = "agenda for four days"
DAYS_AHEAD = 2
CONF: str | None = (
    "appearance.layout=1\nappearance.calendarview=weekly\ngeneral.firstdayofweek=sunday\n"
    "appearance.theme=magenta on default\n"
    "format.dayheading=%a %e %b %Y\nformat.outputdate=%a %d/%m/%Y\n"
)
TERMINALS = {
    "notes": ("78x9+600+830", "light", 10),
    "agenda": ("56x40+860+0", "dark", 9),
    "calcurse": ("106x44+0+0", "light", 10),
}
NOTES_FILE = """production notebook (Monday 23/11)
- Bar 14 inspection: Wed 25/11 14:00 with Anja (she may move it)
- production meetings are usually 09:00 in the Green Room
- Stagecraft want to call about the LED profiles on Thursday
- photo call was first booked for Friday 27/11 at 11:00
- bump-out Tue 01/12, Port Fabrics collect the storm drape
"""
