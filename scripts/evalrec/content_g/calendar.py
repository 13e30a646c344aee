"""Calendar scenario content (set g): a dispatcher's week, with a tyre supplier call overlapping
the fleet review, a customer's cold chain audit moved to Thursday overlapping a tyre supplier
visit, a peak-day shift overlapping a yard meeting on Friday, all-day events, todos and
whiteboard notes of near-misses. calcurse in layout 4 with its monthly calendar, Monday first
and day-first dates; the agenda is printed by ``calcurse -Q`` with "14h30" style times."""

from __future__ import annotations

from ..content.calendar import apts_line, parse_apts

__all__ = ["apts_line", "parse_apts"]

# (day offset, start, end, title); day 0 is the recording day.
APPOINTMENTS = [
    (0, "07:30", "08:00", "Morning dispatch huddle"),
    (0, "14:30", "15:30", "Fleet review with Diego"),
    (0, "15:00", "15:30", "Call: Pneus Bandeirante tyre contract"),
    (0, "19:00", "19:30", "Night shift handover to Thiago"),
    (0, "21:00", "21:20", "RS-09 reefer check-in call (Rafael)"),
    (1, "06:30", "07:00", "Early loads: Campinas x2"),
    (1, "09:00", "10:00", "ANTT inspection RS-02 (Guarulhos)"),
    (1, "16:00", "16:30", "1:1 with Diego"),
    (2, "08:00", "12:00", "MOPP refresher - Joao and Marcio"),
    (2, "15:00", "16:00", "Cold chain audit at Serra Azul (Jundiai)"),
    (2, "15:30", "16:15", "Pneus Bandeirante visit - tyre samples"),
    (3, "06:00", "14:00", "Black Friday peak shift"),
    (3, "11:00", "11:30", "Yard safety meeting"),
    (4, "08:00", "12:00", "Saturday dispatch cover (my turn)"),
]
EVENTS = [
    (0, "RS-02 off the road"),
    (2, "ZMRC permit renewal deadline"),
    (3, "Black Friday - peak volume"),
    (6, "Santos port workers' assembly"),
]
TODOS = [
    (1, "Send MOPP refresher list to Diego"),
    (3, "Renew RS-09 reefer calibration certificate"),
    (5, "Order two spare tyres 295/80 R22.5"),
    (7, "Update the rodizio sheet for December"),
]
NOTES_NAME = "whiteboard.txt"
NOTES_LABEL = "whiteboard notes"
AGENDA_COMMAND = (
    "calcurse -Q --days 5 --format-apt ' . %(start:%Hh%M)-%(end:%Hh%M)  %m\\n' "
    "--format-event ' . (all day)  %m\\n'"
)
AGENDA_LABEL = "agenda for five days"
DAYS_AHEAD = 2
CONF: str | None = (
    "appearance.layout=4\nappearance.calendarview=monthly\ngeneral.firstdayofweek=monday\n"
    "format.dayheading=%A, %d/%m/%Y\nformat.outputdate=%d/%m/%Y\n"
)
TERMINALS = {
    "notes": ("70x9+700+880", "light", 10),
    "agenda": ("60x46+930+0", "light", 8),
    "calcurse": ("118x46+0+0", "dark", 9),
}
NOTES_FILE = """whiteboard (copied Monday evening)
- Serra Azul audit: Wed 25/11 09:00 in Jundiai, gate 2 (Paula may move it)
- fleet review is usually 15:00 on Tuesdays, small meeting room
- Pneus Bandeira (not Bandeirante?) want to visit Friday afternoon
- ANTT inspection was first booked for RS-03
- Saturday cover: Thiago did last week, Bruna next week
"""
