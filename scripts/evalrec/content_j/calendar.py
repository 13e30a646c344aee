"""Calendar scenario content (set j): a ground handling duty manager's week, with the first
wave brief overlapping the FY 213 departure watch this morning, a ramp safety audit moved from
Thursday 10:00 to Friday 08:00 where it overlaps a weekly KPI call, a day off on Saturday,
all-day events, todos and a duty notebook of stale items. calcurse (light terminal, green
theme) in layout 7 with its monthly calendar, Sunday first, two days ahead; the agenda is
printed by ``calcurse -r6`` with the title first and "[05:15, 30 min]" style start times and
durations (no end times) in a small dark terminal."""

from __future__ import annotations

from ..content.calendar import apts_line, parse_apts

__all__ = ["apts_line", "parse_apts"]

# (day offset, start, end, title); day 0 is the recording day.
APPOINTMENTS = [
    (0, "04:00", "04:15", "Handover from night duty (Nomvula)"),
    (0, "05:15", "05:45", "First wave brief - ramp office"),
    (0, "05:30", "06:00", "FY 213 departure watch, stand 3"),
    (0, "09:00", "09:30", "Call ACSA ops about stand 7 resurfacing"),
    (0, "11:00", "12:00", "DG refresher: lithium batteries (Johan van Wijk)"),
    (0, "14:00", "14:30", "Optometrist - York Street"),
    (1, "06:00", "06:20", "BL-4 back from the workshop"),
    (1, "13:00", "14:00", "Safety committee - boardroom"),
    (2, "08:00", "09:00", "Ramp safety audit with Nomvuyo Khumalo"),
    (2, "08:30", "09:15", "Weekly KPI call - Karoo Link"),
    (2, "15:00", "16:00", "TUG-12 service window"),
    (4, "12:30", "16:00", "Braai at Sipho's - Blanco"),
]
EVENTS = [
    (0, "Stand 7 closed (resurfacing)"),
    (1, "School holidays start - extra JNB flights"),
    (3, "Day off"),
    (5, "GSE annual inspection due"),
]
TODOS = [
    (1, "Sign the ground damage report for ZS-KVB"),
    (2, "Order two chargers for TUG-12"),
    (3, "Roster wing walkers for the fog season"),
    (6, "Renew airside permit (expires 14/12)"),
]
NOTES_NAME = "duty-notebook.txt"
NOTES_LABEL = "duty notebook"
AGENDA_COMMAND = (
    "calcurse -r6 --format-apt ' > %m  [%S, %(duration:%-EM) min]\\n' "
    "--format-event ' > %m  [all day]\\n'"
)
AGENDA_LABEL = "agenda for six days"
DAYS_AHEAD = 2
CONF: str | None = (
    "appearance.layout=7\nappearance.calendarview=monthly\ngeneral.firstdayofweek=sunday\n"
    "appearance.theme=green on default\n"
    "format.dayheading=%a %-d %b %Y\nformat.outputdate=%A %d/%m\n"
)
TERMINALS = {
    "notes": ("66x10+560+900", "dark", 10),
    "agenda": ("70x74+1120+0", "dark", 8),
    "calcurse": ("124x50+0+0", "light", 11),
}
NOTES_FILE = """duty notebook (Monday 23/11)
- ramp safety audit with Nomvuyo: Thu 26/11 10:00, ramp office
- FY 231 due 06:05, stand 1
- KV 481 on stand 4 for the first wave
- safety committee was Wednesday 13:00 last month
- optometrist first booked for Tue 24/11 at 14:00
"""
