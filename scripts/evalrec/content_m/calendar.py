"""Calendar scenario content (set m): a wind farm maintenance planner's week in Kenya, with
outage planning overlapping a parts call today, a working-at-height refresher moved from
Friday 9 a.m. to Thursday 2 p.m. where it overlaps a call to a crew lead, a crane lift window
from 6 a.m., a substation shutdown on Monday, all-day events, todos and a notes file of stale
items (the old lift limit, the wrong yaw motor). calcurse (dark terminal, green theme) in
layout 3 with a weekly calendar starting on Monday, one day ahead; the agenda is printed by
``calcurse -r5`` with 24-hour times as "[14:00 to 15:30]" under "25.11.2026 Wed" headings, in
a small light terminal."""

from __future__ import annotations

from ..content.calendar import apts_line, parse_apts

__all__ = ["apts_line", "parse_apts"]

# (day offset, start, end, title); day 0 is the recording day.
APPOINTMENTS = [
    (0, "07:30", "08:00", "Toolbox talk - control room"),
    (0, "10:00", "11:00", "WTG-17 pitch fault review with Baraka"),
    (0, "14:00", "14:45", "Call Kilele Cranes about the WTG-71 lift"),
    (0, "16:30", "17:15", "Outage planning with Otieno Odhiambo"),
    (0, "17:00", "17:30", "Parts call - Mombasa yaw motor YM-4410"),
    (1, "06:00", "11:00", "WTG-71 crane lift window"),
    (1, "09:00", "09:30", "KETRACO curtailment call"),
    (1, "14:00", "15:30", "Working at height refresher - training room"),
    (1, "15:00", "15:20", "Call Barasa at WTG-71"),
    (2, "08:30", "09:30", "Stores count with Njeri Wambui"),
    (2, "13:00", "14:00", "Monthly availability report to Rift Breeze HQ"),
    (5, "09:00", "12:00", "Substation shutdown - feeder F3"),
]
EVENTS = [
    (0, "Week 48 - gearbox oil campaign"),
    (1, "WTG-71 crane lift (Kilele Cranes)"),
    (3, "Saturday standby - Njeri Wambugu"),
    (6, "December maintenance freeze starts"),
]
TODOS = [
    (1, "Send the WTG-17 pitch fault report to the OEM"),
    (2, "Approve Kilele Cranes quote KC-4471"),
    (3, "Set the lift limit to 10 m/s in turbplan"),
    (5, "Order 2 spare yaw motors YM-4410"),
]
NOTES_NAME = "planning-notes.txt"
NOTES_LABEL = "planning notes"
AGENDA_COMMAND = (
    "calcurse -r5 --format-apt ' [%(start:%H:%M) to %(end:%H:%M)]  %m\\n' "
    "--format-event ' [all day]  %m\\n'"
)
AGENDA_LABEL = "agenda for five days"
DAYS_AHEAD = 1
CONF: str | None = (
    "appearance.layout=3\nappearance.calendarview=weekly\ngeneral.firstdayofweek=monday\n"
    "appearance.theme=green on default\n"
    "format.dayheading=%d.%m.%Y %a\nformat.outputdate=%d.%m.%Y %a\n"
)
TERMINALS = {
    "notes": ("70x10+0+780", "light", 10),
    "agenda": ("84x66+1160+0", "light", 8),
    "calcurse": ("140x46+0+0", "dark", 10),
}
NOTES_FILE = """planning notes (Mon 23/11)
- working at height refresher: Fri 27/11, 9 a.m., training room
- WTG-71 crane lift Thu from 7 a.m.
- outage planning with Otieno Wed 4 p.m.
- crane lift limit 12 m/s
- yaw motor for WTG-35 is YM-4401
"""
