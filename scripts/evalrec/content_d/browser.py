"""Browser scenario content (set d): a small law office's intranet served to chromium."""

from __future__ import annotations

from typing import Any

from ..content import browser as _default

SITE_DIR = "ap-intranet"
SITE_NAME = "Alvarado Pryce LLP - office intranet"
PORT = 9241
SERVER_TERMINAL = ("92x22+0+500", "dark", 9)
BROWSER_WINDOW = ((430, 0), (1170, 880))
OPEN_AT_START = 5
FIRST_LABEL = "browser opened on this week's hearings"
DOC_STYLE = (
    "body{font-family:'DejaVu Serif',serif;margin:16px 30px;max-width:1000px;color:#1f1a17}"
    "code,pre{font-family:'DejaVu Sans Mono',monospace;background:#f4efe6;padding:3px 6px}"
    "table{border-collapse:collapse}td,th{border:1px solid #b8a98f;padding:4px 11px;"
    "text-align:left}th{background:#efe6d6}nav{font-size:13px;color:#7a2e1f;"
    "margin-bottom:8px;font-family:'DejaVu Sans',sans-serif}"
)
DOC_PAGES: list[dict[str, Any]] = [
    {
        "path": "/hearings.html",
        "title": "Hearings this week · Alvarado Pryce",
        "style": "",
        "body": [
            ("h1", "Hearings and deadlines, week of 23 November"),
            (
                "table",
                [
                    ["Matter", "Court", "Dept.", "Date", "Time", "Attorney"],
                    [
                        "Delgado v. Sunmark Builders",
                        "LASC Pasadena",
                        "P",
                        "Tue 24 Nov",
                        "8:30 AM",
                        "G. Pryce",
                    ],
                    [
                        "Estate of Harold Voss",
                        "LASC Stanley Mosk",
                        "9",
                        "Wed 25 Nov",
                        "1:30 PM",
                        "T. Alvarado",
                    ],
                    [
                        "Fernwood Dental (EEOC)",
                        "EEOC Los Angeles",
                        "-",
                        "Mon 30 Nov",
                        "10:00 AM",
                        "O. Castillo",
                    ],
                    [
                        "Kessler v. Arroyo Lofts",
                        "LASC Pasadena",
                        "R",
                        "Tue 1 Dec",
                        "9:00 AM",
                        "G. Pryce",
                    ],
                ],
            ),
            ("p", "Opposition to the Sunmark demurrer is due Monday 30 November by 4:00 PM."),
            ("p", "Courtroom P moved to the 3rd floor; allow ten extra minutes for security."),
        ],
    },
    {
        "path": "/efiling.html",
        "title": "E-filing checklist · Alvarado Pryce",
        "style": "",
        "body": [
            ("h1", "E-filing checklist (LASC)"),
            ("p", "1. Convert every exhibit to text-searchable PDF, bookmarked, under 25 MB."),
            (
                "p",
                "2. File through Journal Technologies before 11:59 PM; later counts as the next "
                "court day.",
            ),
            ("p", "3. First-paper fee for an unlimited civil case is $435; motions are $60."),
            ("p", "4. Send the conformed copy to the client and save it under 08 Pleadings."),
            ("p", "Firm e-filing account: efile@alvaradopryce.example (ask Marisol for the code)."),
        ],
    },
    {
        "path": "/conflicts.html",
        "title": "Conflict check log · Alvarado Pryce",
        "style": "body{background:#16181d;color:#d9dde4} th{background:#262a33}"
        " td,th{border-color:#4a5160} nav{color:#e08a6d} code,pre{background:#262a33}",
        "body": [
            ("h1", "Conflict checks, November"),
            (
                "table",
                [
                    ["Prospective client", "Adverse party", "Checked", "Result"],
                    ["Rosalind Greer", "Arroyo Lofts HOA", "2026-11-23", "Clear"],
                    ["Tobias Wren", "Sunmark Builders", "2026-11-20", "Conflict - declined"],
                    ["Pinecrest Bakery LLC", "Dale Huang", "2026-11-17", "Clear"],
                    ["Marguerite Ellison", "Estate of Harold Voss", "2026-11-12", "Waiver needed"],
                ],
            ),
            ("p", "Re-run a check if the engagement letter is not signed within 7 days."),
        ],
    },
    {
        "path": "/rates.html",
        "title": "Billing rates 2027 · Alvarado Pryce",
        "style": "body{font-size:11px} h1{font-size:15px} td,th{padding:2px 8px}",
        "body": [
            ("h1", "Hourly rates from 1 January 2027"),
            (
                "table",
                [
                    ["Timekeeper", "Role", "2026", "2027"],
                    ["Teresa Alvarado", "Partner", "$525", "$560"],
                    ["Gideon Pryce", "Partner", "$525", "$560"],
                    ["Owen Castillo", "Associate", "$345", "$375"],
                    ["Nell Hargrove", "Senior paralegal", "$185", "$195"],
                ],
            ),
            ("p", "Time is billed in tenths of an hour; the minimum entry is 0.1."),
            ("p", "Clients on a flat-fee plan keep their 2026 rates until their matter closes."),
        ],
    },
    {
        "path": "/court-holidays.html",
        "title": "Court holidays · Alvarado Pryce",
        "style": "",
        "body": [
            ("h1", "California court holidays"),
            ("p", "Thursday 26 November 2026: Thanksgiving Day (office closed)."),
            (
                "p",
                "Friday 27 November 2026: Day after Thanksgiving (courts closed, office open "
                "until 1:00 PM).",
            ),
            ("p", "Friday 25 December 2026: Christmas Day."),
            ("p", "Friday 1 January 2027: New Year's Day."),
            ("p", "A deadline that falls on a court holiday moves to the next court day."),
        ],
    },
    {
        "path": "/conference-rooms.html",
        "title": "Conference room bookings · Alvarado Pryce",
        "style": "",
        "body": [
            ("h1", "Conference rooms, Monday 30 November"),
            (
                "table",
                [
                    ["Room", "Time", "Booked by", "For"],
                    ["Arroyo (large)", "9:00-12:00", "Owen Castillo", "Fernwood Dental prep"],
                    [
                        "Colorado (small)",
                        "1:30-4:30 PM",
                        "Nell Hargrove",
                        "Deposition of Gerald Pennock",
                    ],
                    ["Arroyo (large)", "2:00-3:00 PM", "Teresa Alvarado", "Voss heirs meeting"],
                ],
            ),
            (
                "p",
                "The court reporter needs the Colorado room's wall socket; do not move the table.",
            ),
        ],
    },
]


def page_html(page: dict[str, Any]) -> str:
    return _default.page_html(page, SITE_NAME, DOC_STYLE)


def page_text(page: dict[str, Any]) -> list[str]:
    return _default.page_text(page, SITE_NAME)
