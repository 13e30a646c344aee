"""Calendar scenario content (set k): a night sub-editor's week on a Wellington daily, with
the page 1 conference overlapping a call to the Napier bureau tonight, a page design workshop
moved from Friday 2pm to Thursday 3.30pm where it overlaps the style committee, a day off on
Saturday, all-day events, todos and a desk diary of stale items. calcurse (light terminal,
blue theme) in layout 6 with its weekly calendar, Monday first, one day ahead; the agenda is
printed by ``calcurse -r5`` with NZ newspaper times ("6.45pm - 7.15pm") and the title last,
under long day headings ("Wednesday 25 November"), in a small dark terminal."""

from __future__ import annotations

from ..content.calendar import apts_line, parse_apts

__all__ = ["apts_line", "parse_apts"]

# (day offset, start, end, title); day 0 is the recording day.
APPOINTMENTS = [
    (0, "15:00", "15:20", "Afternoon news conference - editor's office"),
    (0, "16:30", "16:45", "Handover from Hemi (day chief sub)"),
    (0, "18:45", "19:15", "Page 1 conference"),
    (0, "19:00", "19:30", "Call Napier bureau about flood copy"),
    (0, "21:30", "21:45", "Regional edition off stone"),
    (0, "22:50", "23:10", "City edition front page replate"),
    (1, "10:30", "11:15", "Dentist - Willis Street"),
    (1, "15:30", "16:30", "Page design workshop with Rawiri Ngata"),
    (1, "16:00", "16:45", "Style committee - level 3 meeting room"),
    (1, "17:00", "17:15", "Check the cricket replate plan with Matt"),
    (2, "17:30", "19:00", "Farewell drinks for Lorraine - Backbencher"),
    (4, "10:00", "11:30", "Kapiti Coast walk with Tane"),
]
EVENTS = [
    (0, "By-election results night (Mana)"),
    (1, "Black Caps v England, first test day 1"),
    (3, "Day off"),
    (5, "Summer roster starts"),
]
TODOS = [
    (1, "Run correction C-1153 on page 2"),
    (2, "Chase the Napier stringer's invoice"),
    (4, "Update the macron list in subcheck"),
    (7, "Book leave for January"),
]
NOTES_NAME = "desk-diary.txt"
NOTES_LABEL = "desk diary"
AGENDA_COMMAND = (
    "calcurse -r5 --format-apt ' %(start:%-I.%M%P) - %(end:%-I.%M%P)  %m\\n' "
    "--format-event ' all day  %m\\n'"
)
AGENDA_LABEL = "agenda for five days"
DAYS_AHEAD = 1
CONF: str | None = (
    "appearance.layout=6\nappearance.calendarview=weekly\ngeneral.firstdayofweek=monday\n"
    "appearance.theme=blue on default\n"
    "format.dayheading=%A %-d %B\nformat.outputdate=%A %-d %B\n"
)
TERMINALS = {
    "notes": ("70x10+0+1020", "dark", 10),
    "agenda": ("64x70+1380+0", "dark", 8),
    "calcurse": ("150x50+0+0", "light", 11),
}
NOTES_FILE = """desk diary (Monday 23/11)
- page design workshop with Rawiri: Fri 27/11 2pm, boardroom
- page 1 conference 6.30pm this week
- Napier bureau files flood copy by 8pm
- style committee was Tuesday 4pm last month
- dentist first booked for Wed 25/11 10.30am
"""
