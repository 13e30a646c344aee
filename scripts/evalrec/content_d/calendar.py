"""Calendar scenario content (set d): a paralegal's week before Thanksgiving, with a hearing,
a deposition overlapping a client call, all-day holidays, todos and distractor notes."""

from __future__ import annotations

from ..content.calendar import apts_line, parse_apts

__all__ = ["apts_line", "parse_apts"]

# (day offset, start, end, title); day 0 is the recording day.
APPOINTMENTS = [
    (0, "08:30", "09:15", "Delgado demurrer hearing - Dept. P"),
    (0, "10:00", "10:20", "Docket review with Gideon"),
    (0, "13:00", "15:30", "Prep binder: Voss probate hearing"),
    (0, "14:00", "14:30", "Client call - Rosalind Greer intake"),
    (0, "17:45", "18:30", "Pilates (Lake Ave studio)"),
    (1, "09:00", "09:30", "Docket review with Gideon"),
    (1, "13:30", "15:00", "Voss probate hearing - Stanley Mosk Dept. 9"),
    (1, "16:00", "16:30", "Courier pickup: Sunmark opposition exhibits"),
    (3, "09:00", "12:00", "Office open half day - phones"),
    (3, "10:30", "11:00", "Call with court reporter (Pennock depo)"),
]
EVENTS = [(2, "Thanksgiving - office closed"), (3, "Court holiday (day after Thanksgiving)")]
TODOS = [
    (1, "Serve Sunmark opposition by mail"),
    (2, "Order Pennock deposition transcript"),
    (4, "Update conflict log for Greer"),
    (7, "Renew notary commission"),
]
NOTES_NAME = "desk-notes.txt"
NOTES_LABEL = "desk notes"
AGENDA_COMMAND = "calcurse -r4"
AGENDA_LABEL = "agenda for four days"
DAYS_AHEAD = 3
CONF: str | None = (
    "appearance.layout=5\nappearance.sidebarwidth=55\ngeneral.firstdayofweek=sunday\n"
    "format.dayheading=%A %d %B %Y\n"
)
TERMINALS = {
    "notes": ("74x9+820+700", "dark", 10),
    "agenda": ("58x44+1140+6", "dark", 8),
    "calcurse": ("120x34+0+0", "light", 11),
}
NOTES_FILE = """desk notes - things people said on the phone
* Delgado hearing was first set for 9:00 in Dept. R
* Gideon's docket review used to be Mondays at 10:30
* Greer intake call: she asked for 2:30, Teresa said 2:00?
* Voss hearing continued once, from 20 November
* Pilates moved to Thursday 6:15 PM (not this week)
"""
