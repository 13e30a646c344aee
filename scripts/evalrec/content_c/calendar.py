"""Calendar scenario content (set c): a night pharmacist's rota over several days, with a
repeating round, an all-day event, todos and distractor notes."""

from __future__ import annotations

from ..content.calendar import apts_line, parse_apts

__all__ = ["apts_line", "parse_apts"]

# (day offset, start, end, title); day 0 is the recording day.
APPOINTMENTS = [
    (0, "08:30", "09:00", "Antibiotic stewardship round"),
    (0, "12:00", "12:45", "Physio - Dr. Banerjee"),
    (0, "19:00", "19:30", "Handover from day team"),
    (0, "23:30", "23:50", "Cabinet 4B firmware check"),
    (1, "08:30", "09:00", "Antibiotic stewardship round"),
    (1, "15:00", "16:00", "Formulary committee"),
    (1, "17:15", "17:45", "School pick-up for Anika"),
    (2, "10:00", "11:30", "Sterile compounding refresher"),
    (3, "09:30", "10:00", "Appraisal with Dr. Qureshi"),
    (3, "19:00", "19:30", "Handover from day team"),
]
EVENTS = [(2, "Night shift off day"), (3, "Audit week starts")]
TODOS = [
    (1, "Reorder vancomycin 1 g vials"),
    (2, "Update heparin nomogram page"),
    (5, "Renew pharmacy council registration"),
]
NOTES_NAME = "handover-scribbles.txt"
NOTES_LABEL = "handover scribbles"
AGENDA_COMMAND = "calcurse -Q --days 5"
AGENDA_LABEL = "agenda for five days"
DAYS_AHEAD = 3
CONF: str | None = "general.firstdayofweek=monday\n"
TERMINALS = {
    "notes": ("70x10+720+660", "light", 10),
    "agenda": ("60x40+960+10", "light", 8),
    "calcurse": ("112x36+0+0", "dark", 10),
}
NOTES_FILE = """scribbles from last week's handovers
- stewardship round was 09:00 before POL-109
- physio with Dr. Banerji moved to Friday 12:30?
- formulary committee used to be 14:00 on Thursdays
- Anika's school pick-up: Rahul does Wednesdays
- appraisal with Dr. Qadri, not Qureshi, is next month
"""
