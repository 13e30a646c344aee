"""Calendar scenario content (set b): appointments (some overlapping), all-day events,
todos and distractor notes."""

from __future__ import annotations

from ..content.calendar import apts_line, parse_apts

__all__ = ["apts_line", "parse_apts"]

# (day offset, start, end, title); day 0 is the recording day.
APPOINTMENTS = [
    (0, "07:45", "08:15", "Greenhouse walk-through"),
    (0, "09:00", "09:30", "Field ops sync"),
    (0, "10:00", "11:30", "Agrivue soil sensor demo"),
    (0, "11:00", "11:45", "Call with Hiroshi Tanabe - drip line quote"),
    (0, "13:15", "14:00", "Lunch & learn: drone imagery"),
    (0, "16:00", "16:45", "Eye exam - Dr. Varga"),
    (1, "09:00", "09:30", "Field ops sync"),
    (1, "14:30", "15:30", "Budget check-in with Colette"),
    (2, "10:00", "12:00", "Harvest forecast workshop"),
    (2, "11:30", "12:15", "Interview: data analyst (Priyanka Shah)"),
    (2, "15:00", "15:20", "Pick up van from service"),
    (3, "08:00", "08:30", "Field ops sync"),
]
EVENTS = [(1, "Cedar Creek site visit"), (2, "Dad's birthday")]
TODOS = [
    (1, "Submit mileage report"),
    (3, "Order replacement soil probes"),
    (6, "Call plumber about greenhouse 3 leak"),
    (9, "Renew pesticide applicator licence"),
]
NOTES_NAME = "standup-notes.txt"
NOTES_LABEL = "standup notes"
AGENDA_COMMAND = "calcurse -Q --days 4"
AGENDA_LABEL = "agenda for four days"
DAYS_AHEAD = 2
CONF: str | None = "appearance.calendarview=weekly\ngeneral.firstdayofweek=sunday\n"
TERMINALS = {
    "notes": ("72x11+640+560", "dark", 10),
    "agenda": ("62x46+900+10", "light", 8),
    "calcurse": ("110x32+0+0", "light", 10),
}
NOTES_FILE = """Standup notes, last Thursday
* Agrivue demo was first planned for 10:30 Thursday, moved
* Eye exam for Jonah: Dr. Vargas, Monday 15:40
* Field ops sync used to start at 08:45
* Harvest forecast workshop: draft slides due Friday
* Hiroshi's older quote was Q-5508 (expired)
"""
