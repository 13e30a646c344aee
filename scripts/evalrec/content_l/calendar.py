"""Calendar scenario content (set l): a trekking agency operations coordinator's week in
Kathmandu, with a group briefing overlapping a permit pick-up tonight, a first aid refresher
moved from Friday 11 a.m. to Thursday 4:30 p.m. where it overlaps a call to a guide, a jeep at
1:30 a.m., Saturday off (Nepal's weekend; the week starts on Sunday), all-day events, todos and
a notes file of stale items. calcurse (dark terminal, yellow theme) in layout 5 with its
monthly calendar, one day ahead; the agenda is printed by ``calcurse -r4`` with times as
"4:30 p.m. - 5:00 p.m." (AM/PM rewritten by sed) under ISO day headings, in a small light
terminal."""

from __future__ import annotations

from ..content.calendar import apts_line, parse_apts

__all__ = ["apts_line", "parse_apts"]

# (day offset, start, end, title); day 0 is the recording day.
APPOINTMENTS = [
    (0, "09:30", "10:00", "Morning ops stand-up"),
    (0, "11:00", "12:00", "Immigration office - MUS-1126 permit papers"),
    (0, "14:00", "14:30", "Call Alpine Assist about claim AA-55231"),
    (0, "16:30", "17:00", "Ops meeting - Anil's office"),
    (0, "17:30", "18:30", "EBC-1126 briefing - Kasthamandap Inn"),
    (0, "18:00", "18:20", "Collect EBC-1126 permits from Pasang Lhamu"),
    (1, "01:30", "02:00", "EBC-1126 jeep leaves Thamel for Ramechhap"),
    (1, "11:00", "11:45", "Collect MUS-1126 permit at Immigration"),
    (1, "16:30", "17:30", "First aid refresher with Roshan - training room"),
    (1, "17:00", "17:20", "Call Ngima at Phakding"),
    (2, "10:00", "11:00", "Month-end accounts with Pasang Lhamu Sherpa"),
    (2, "15:00", "15:30", "Send heli report to Alpine Assist"),
    (4, "07:00", "10:00", "Nagarjun hike with the trainee guides"),
]
EVENTS = [
    (0, "Peak season - Khumbu lodges full"),
    (1, "EBC-1126 and GKY-1125 fly to Lukla"),
    (3, "Day off (Saturday)"),
    (6, "Winter rates from 1 December"),
]
TODOS = [
    (1, "Send MNS-1115 evacuation report to Alpine Assist"),
    (2, "Pay Summit Air invoice SA-88412"),
    (3, "Set the porter load limit to 25 kg in trekcalc"),
    (5, "Book EBC-1126 return flights for 8 December"),
]
NOTES_NAME = "ops-notes.txt"
NOTES_LABEL = "ops notes"
AGENDA_COMMAND = (
    "calcurse -r4 --format-apt ' %(start:%-I:%M %p) - %(end:%-I:%M %p)   %m\\n' "
    "--format-event ' (all day)   %m\\n' | sed -e 's/AM/a.m./g' -e 's/PM/p.m./g'"
)
AGENDA_LABEL = "agenda for four days"
DAYS_AHEAD = 1
CONF: str | None = (
    "appearance.layout=5\nappearance.calendarview=monthly\ngeneral.firstdayofweek=sunday\n"
    "appearance.theme=yellow on default\n"
    "format.dayheading=%a %Y-%m-%d\nformat.outputdate=%Y-%m-%d (%a)\n"
)
TERMINALS = {
    "notes": ("74x10+0+940", "light", 10),
    "agenda": ("78x60+1480+0", "light", 8),
    "calcurse": ("160x52+0+0", "dark", 10),
}
NOTES_FILE = """ops notes (Mon 23/11)
- first aid refresher: Fri 27/11, 11 a.m., training room
- EBC-1126 jeep 2 a.m. from Thamel
- EBC-1126 briefing 6 p.m. at the office
- ops meeting Wednesdays 4 p.m.
- Alpine Assist claim deadline Thu 26/11
"""
