"""Calendar scenario content: calcurse appointments, events, todos and distractor notes."""

from __future__ import annotations

import re
from datetime import date

# (day offset, start, end, title); day 0 is the recording day.
APPOINTMENTS = [
    (0, "08:45", "09:00", "Standup (payments team)"),
    (0, "11:15", "12:00", "Dentist - Dr. Okafor"),
    (0, "14:00", "15:30", "Budget review FY27"),
    (0, "16:30", "17:00", "1:1 with Lena"),
    (1, "10:00", "11:00", "Vendor call: Brightline Logistics"),
    (1, "12:30", "13:30", "Lunch with Ibrahim"),
    (1, "15:00", "15:45", "Interview: backend candidate"),
    (2, "09:30", "10:30", "Budget review follow-up"),
    (2, "13:00", "14:00", "Quarterly planning"),
]
EVENTS = [(1, "Payroll cut-off")]
TODOS = [(2, "Renew passport"), (5, "Book flights to Lisbon")]
# The distractor notes (file name under ~/notes), the agenda command, how many days calcurse
# moves ahead (ctrl+l) after the first frame, and the terminals: (geometry, theme, font size).
# CONF, if set, is written to calcurse's conf file.
NOTES_NAME = "last-week.md"
NOTES_LABEL = "last week's notes"
AGENDA_COMMAND = "calcurse -Q --days 3"
AGENDA_LABEL = "agenda for three days"
DAYS_AHEAD = 1
CONF: str | None = None
TERMINALS = {
    "notes": ("70x14+560+470", "light", 10),
    "agenda": ("64x30+700+20", "light", 8),
    "calcurse": ("100x30+0+0", "dark", 10),
}
NOTES_FILE = """# Notes from last week

- Budget review FY26 was moved to 10:00 on Friday (done)
- Mia's dentist appointment: Thursday 16:20, Dr. Baptiste
- Vendor call with Northwind Freight: 09:00, cancelled
- Standup (platform team) now at 09:15
- Ask Lena about the quarterly planning agenda
"""


def apts_line(day: date, start: str, end: str, title: str) -> str:
    d = day.strftime("%m/%d/%Y")
    return f"{d} @ {start} -> {d} @ {end} |{title}"


def parse_apts(text: str) -> list[dict[str, str]]:
    out = []
    pat = re.compile(
        r"(\d\d)/(\d\d)/(\d{4}) @ (\d\d:\d\d) -> (\d\d)/(\d\d)/(\d{4}) @ (\d\d:\d\d) \|(.*)"
    )
    for line in text.splitlines():
        m = pat.fullmatch(line.strip())
        if m:
            out.append(
                {
                    "date": f"{m.group(3)}-{m.group(1)}-{m.group(2)}",
                    "start": m.group(4),
                    "end_date": f"{m.group(7)}-{m.group(5)}-{m.group(6)}",
                    "end": m.group(8),
                    "title": m.group(9),
                }
            )
    return out
