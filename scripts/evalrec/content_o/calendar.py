"""Calendar scenario content (set o): a ferry terminal dispatcher's week in Istanbul, with an
ops meeting overlapping a ticket office cash-up tonight, an evacuation drill moved from Friday
10:00 to Thursday 15:30 where it overlaps a call to an engineer, a charter tomorrow morning,
a weekend dinner cruise, all-day events, todos and a notes file of stale items. calcurse
(dark terminal, cyan theme) in layout 3 with its weekly calendar (Monday first), one day
ahead; the agenda is printed by ``calcurse -r4`` with Turkish-style times "15.30 - 16.30" in a
small light terminal."""

from __future__ import annotations

from ..content.calendar import apts_line, parse_apts

__all__ = ["apts_line", "parse_apts"]

# (day offset, start, end, title); day 0 is the recording day.
APPOINTMENTS = [
    (0, "08:30", "09:00", "Morning shift brief - pier office"),
    (0, "11:00", "11:45", "Harbour master - CH-2611 berth permit"),
    (0, "14:00", "14:30", "Call Murat Yilmaz (Kanlica) about the charter"),
    (0, "17:30", "18:00", "Fuel barge for Moda at pier 1"),
    (0, "18:00", "18:45", "Ops meeting - Tarik's office"),
    (0, "18:30", "18:50", "Ticket office cash-up with Aylin Demir"),
    (1, "08:45", "09:15", "CH-2611 boarding - pier 4"),
    (1, "09:30", "12:30", "CH-2611 charter to Sariyer (Kanlica)"),
    (1, "15:30", "16:30", "Evacuation drill with the harbour master - pier 2"),
    (1, "16:00", "16:20", "Call Murat Yildiz about Kandilli's dry dock"),
    (2, "10:00", "11:00", "Monthly fuel accounts with Selin Aksoy"),
    (2, "14:00", "14:30", "CH-2616 school trip safety talk"),
    (3, "19:00", "22:00", "CH-2661 Rotary dinner cruise (Moda)"),
]
EVENTS = [
    (0, "Lodos warning - SW gale from 22:00"),
    (1, "Kandilli to Pendik dry dock"),
    (3, "Weekend timetable starts"),
    (6, "Winter timetable from 1 December"),
]
TODOS = [
    (1, "Send the CH-2611 manifest to the coast guard"),
    (2, "Pay Marmara Yakit invoice MY-40912"),
    (3, "Set the wind limit to 35 kn in ferrycalc"),
    (5, "Book Kandilli's hull survey for 10 December"),
]
NOTES_NAME = "dispatch-notes.txt"
NOTES_LABEL = "dispatch notes"
AGENDA_COMMAND = (
    "calcurse -r4 --format-apt ' %(start:%H.%M) - %(end:%H.%M)   %m\\n' "
    "--format-event ' (all day)   %m\\n'"
)
AGENDA_LABEL = "agenda for four days"
DAYS_AHEAD = 1
CONF: str | None = (
    "appearance.layout=3\nappearance.calendarview=weekly\ngeneral.firstdayofweek=monday\n"
    "appearance.theme=cyan on default\n"
    "format.dayheading=%A %d.%m.%Y\nformat.outputdate=%d.%m.%Y (%a)\n"
)
TERMINALS = {
    "notes": ("70x10+0+880", "light", 10),
    "agenda": ("66x58+1420+0", "light", 8),
    "calcurse": ("150x46+0+0", "dark", 10),
}
NOTES_FILE = """dispatch notes (Mon 23/11)
- evacuation drill: Fri 27/11, 10:00, pier 2
- CH-2611: Kandilli, 420 pax, pier 3
- ops meeting Wednesdays 18:00
- Moda fuel barge 14,000 L
- coast guard manifest deadline Wed 25/11
"""
