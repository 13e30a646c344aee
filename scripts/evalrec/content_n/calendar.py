"""Calendar scenario content (set n): a museum registrar's week in Manila, on the night an
outgoing loan is crated: crate sealing overlapping a call to the borrower tonight, a truck at
3 a.m., an insurance valuation meeting moved from Friday 10 a.m. to Thursday 3:30 p.m. where
it overlaps a call to the courier, Bonifacio Day on Monday, all-day events, todos and a notes
file of stale items. calcurse (dark terminal, cyan theme) in its weekly view, one day ahead;
the agenda is printed by ``calcurse -r4`` with 12-hour times ("3:30PM-4:30PM") under ISO day
headings, in a very small (7pt) light terminal."""

from __future__ import annotations

from ..content.calendar import apts_line, parse_apts

__all__ = ["apts_line", "parse_apts"]

# (day offset, start, end, title); day 0 is the recording day.
APPOINTMENTS = [
    (0, "09:00", "09:30", "Collections stand-up"),
    (0, "13:30", "14:30", "Condition check CR-04 with Dr Liza Manalo"),
    (0, "18:00", "20:00", "De-install Gallery 3 (Habi)"),
    (0, "21:30", "22:15", "Call Straits Heritage registrar (Mei Ling Tan)"),
    (0, "22:00", "23:30", "Seal crates CR-01 to CR-08 with Jose Miguel Santos"),
    (1, "03:00", "03:30", "Kargada truck leaves dock B for NAIA"),
    (1, "05:30", "06:00", "PAL Cargo cut-off, NAIA T1"),
    (1, "15:30", "16:30", "Insurance valuation with Ramon - board room"),
    (1, "16:00", "16:20", "Call Ana Reyes in Singapore"),
    (2, "10:00", "11:00", "Dizon family visit - LN-2026-013"),
    (2, "14:00", "15:00", "Acquisitions committee"),
    (4, "08:00", "12:00", "Spot check, Store B2"),
]
EVENTS = [
    (0, "Habi exhibition closed - de-install"),
    (1, "LN-2026-031 flies to Singapore (PR 501)"),
    (5, "Bonifacio Day - museum closed"),
    (6, "December: holiday opening hours"),
]
TODOS = [
    (1, "Send LN-2026-031 condition reports to Straits Heritage"),
    (2, "Pay Kargada invoice KFA-20931"),
    (3, "Set the textile RH floor to 48 in loancheck"),
    (5, "Book Ana Reyes's return flight for 3 December"),
]
NOTES_NAME = "reg-notes.txt"
NOTES_LABEL = "registrar's notes"
AGENDA_COMMAND = (
    "calcurse -r4 --format-apt ' %(start:%-I:%M%p)-%(end:%-I:%M%p)  %m\\n' "
    "--format-event ' all day  %m\\n'"
)
AGENDA_LABEL = "agenda for four days"
DAYS_AHEAD = 1
CONF: str | None = (
    "appearance.calendarview=weekly\ngeneral.firstdayofweek=monday\n"
    "appearance.theme=cyan on default\n"
    "format.dayheading=%a %Y-%m-%d\nformat.outputdate=%Y-%m-%d (%a)\n"
)
TERMINALS = {
    "notes": ("66x9+0+610", "light", 10),
    "agenda": ("60x56+930+0", "light", 7),
    "calcurse": ("118x36+0+0", "dark", 9),
}
NOTES_FILE = """reg notes (Mon 23/11)
- insurance valuation: Fri 27/11, 10 a.m., board room
- Kargada truck 2 a.m. from dock B
- seal crates 9 p.m. with Jose Miguel Santiago
- call Straits Heritage every Tuesday 4 p.m.
- condition reports due Thu 26/11
"""
