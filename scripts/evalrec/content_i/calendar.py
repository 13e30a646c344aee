"""Calendar scenario content (set i): a night auditor's week, with a guaranteed late arrival
overlapping the end of day run tonight, an audit review moved from Thursday to Friday where it
overlaps a revenue meeting, a group check-out and a night off on Saturday, all-day events,
todos and a night notebook of stale items. calcurse (dark terminal, cyan theme) in layout 8
with its monthly calendar, Monday first, three days ahead; the agenda is printed by
``calcurse -d 5`` with "0200-0300" style times in a small light terminal."""

from __future__ import annotations

from ..content.calendar import apts_line, parse_apts

__all__ = ["apts_line", "parse_apts"]

# (day offset, start, end, title); day 0 is the recording day.
APPOINTMENTS = [
    (0, "00:30", "00:45", "Fire door round with Bruno"),
    (0, "02:00", "03:00", "Night audit - end of day run"),
    (0, "02:30", "02:45", "Meet late arrival 617 Haraldsen"),
    (0, "05:30", "06:00", "Breakfast list to the kitchen"),
    (0, "07:00", "07:15", "Handover to Marta (morning shift)"),
    (0, "15:00", "15:30", "Dentist - Rua da Prata"),
    (1, "16:00", "16:45", "Payroll hours check with Marta Sousa"),
    (1, "22:45", "23:00", "Shift briefing with Helena"),
    (2, "09:00", "09:45", "Revenue meeting - Marta Souza"),
    (2, "09:30", "10:15", "Audit review with Duarte (no-show fees)"),
    (2, "22:45", "23:00", "Shift briefing with Helena"),
    (3, "11:00", "12:00", "COIMBRA-MED group check-out"),
    (3, "21:00", "23:30", "Night off - fado at Tasca do Chico"),
    (4, "13:00", "14:00", "Lunch with Ines - Cais do Sodre"),
]
EVENTS = [
    (0, "Business date 24/11 closes"),
    (2, "COIMBRA-MED last night"),
    (3, "Night off"),
    (5, "City tax return due"),
]
TODOS = [
    (1, "Chase card authorisation for RSV-558136 (room 617)"),
    (2, "Reprint breakfast vouchers for COIMBRA-MED"),
    (4, "Ask Rui Coutinho about the level 3 fire door"),
    (7, "Renew first aid certificate"),
]
NOTES_NAME = "night-notebook.txt"
NOTES_LABEL = "night notebook"
AGENDA_COMMAND = (
    "calcurse -d 5 --format-apt ' * %(start:%H%M)-%(end:%H%M)  %m\\n' "
    "--format-event ' * (all day)  %m\\n'"
)
AGENDA_LABEL = "agenda for five days"
DAYS_AHEAD = 3
CONF: str | None = (
    "appearance.layout=8\nappearance.calendarview=monthly\ngeneral.firstdayofweek=monday\n"
    "appearance.theme=cyan on default\n"
    "format.dayheading=%A %d %B %Y\nformat.outputdate=%d.%m.%Y\n"
)
TERMINALS = {
    "notes": ("64x9+940+690", "light", 11),
    "agenda": ("62x52+940+0", "light", 8),
    "calcurse": ("116x50+0+0", "dark", 10),
}
NOTES_FILE = """night notebook (Sunday 22/11)
- audit review with Duarte: Thu 26/11 10:00, back office
- 617 Haraldsen lands about 01:30, keep the room
- COIMBRA-MED checks out Fri 27/11 (check with Marta)
- payroll hours with Marta usually Wednesday 16:00
- dentist was first booked for Tue 24/11 at 11:00
"""
