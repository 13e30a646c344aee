"""Calendar scenario content (set f): a lab technician's week, with a cabinet recertification
overlapping the lab meeting, a confocal training moved to Thursday overlapping a safety walk,
a freezer service overlapping an order review on Friday, all-day events, todos and bench
notes of near-misses. calcurse in layout 2 with its monthly calendar, Sunday first; the
agenda is printed in 12-hour times by ``calcurse -Q`` with custom formats."""

from __future__ import annotations

from ..content.calendar import apts_line, parse_apts

__all__ = ["apts_line", "parse_apts"]

# (day offset, start, end, title); day 0 is the recording day.
APPOINTMENTS = [
    (0, "08:30", "09:00", "LN2 levels check - dewars A and B"),
    (0, "09:00", "11:00", "Cyto-4 sort with Noor (CD45+)"),
    (0, "13:00", "14:00", "Lab meeting - Tomas presents"),
    (0, "13:30", "14:15", "BSC-2 recertification (Kessler Air)"),
    (0, "16:30", "17:00", "Autoclave A run - bags from B-317"),
    (1, "09:00", "09:45", "Mycoplasma samples to the core"),
    (1, "15:00", "15:30", "1:1 with Anand"),
    (2, "09:30", "10:30", "Plate reader - IL-6 ELISA plate 3"),
    (2, "14:30", "16:00", "LSM-2 confocal training (Lumetra)"),
    (2, "15:00", "15:45", "Safety walk-through with Felix Martel"),
    (3, "10:00", "11:00", "FZ-02 service visit - Polar Tech"),
    (3, "10:30", "11:15", "Order review with Anand"),
    (3, "15:00", "17:00", "Cold room clean-up and inventory"),
    (5, "10:00", "12:00", "Weekend freezer check (my turn)"),
]
EVENTS = [
    (0, "Autoclave B out of service"),
    (2, "US Thanksgiving - US suppliers closed"),
    (3, "FZ-03 defrost - keep it empty"),
    (4, "Departmental open house (Pavillon Sherbrooke)"),
]
TODOS = [
    (1, "Send confocal trainee list to Lumetra"),
    (2, "Submit PO for anti-CD45 replacement"),
    (4, "Renew WHMIS training"),
    (6, "Relabel FZ-01 rack C boxes"),
]
NOTES_NAME = "bench-notes.txt"
NOTES_LABEL = "bench notes"
AGENDA_COMMAND = (
    "calcurse -Q --days 6 --format-apt '  %(start:%l:%M %p) to %(end:%l:%M %p)  %m\\n' "
    "--format-event '  all day  %m\\n'"
)
AGENDA_LABEL = "agenda for six days"
DAYS_AHEAD = 3
CONF: str | None = (
    "appearance.layout=2\nappearance.calendarview=monthly\ngeneral.firstdayofweek=sunday\n"
    "format.dayheading=%d %b %Y (%A)\nformat.outputdate=%a %d %b %Y\n"
)
TERMINALS = {
    "notes": ("76x10+840+820", "light", 10),
    "agenda": ("64x54+1200+4", "dark", 8),
    "calcurse": ("128x40+0+0", "light", 9),
}
NOTES_FILE = """bench notes (copied off the whiteboard on Monday)
- confocal training with the Lumetra rep: Wed 10:00, B-240 (may move, check mail)
- lab meeting is usually 13:30 on Tuesdays; Tomas presents this week
- BSC-2 recert was first booked for 15:00 Tuesday
- Polar Tech for FZ-03 (or was it FZ-02?) Friday morning
- weekend freezer check: Noor did Sunday last week, Lea next week
"""
