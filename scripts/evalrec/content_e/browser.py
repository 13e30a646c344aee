"""Browser scenario content (set e): a harbour ferry company's operations intranet served to
chromium."""

from __future__ import annotations

from typing import Any

from ..content import browser as _default

SITE_DIR = "gbf-ops"
SITE_NAME = "Gannet Bay Ferries - operations"
PORT = 8717
SERVER_TERMINAL = ("96x16+0+820", "light", 9)
BROWSER_WINDOW = ((520, 0), (1400, 1000))
OPEN_AT_START = 5
FIRST_LABEL = "browser opened on today's sailings"
DOC_STYLE = (
    "body{font-family:'DejaVu Sans',sans-serif;margin:18px 36px;max-width:1100px;color:#0f2533}"
    "code,pre{font-family:'DejaVu Sans Mono',monospace;background:#e8f1f5;padding:2px 5px}"
    "table{border-collapse:collapse}td,th{border:1px solid #8fb3c4;padding:5px 12px;"
    "text-align:left}th{background:#d7e9f1}nav{font-size:14px;color:#0b6e8a;"
    "margin-bottom:10px;font-weight:bold}"
)
DOC_PAGES: list[dict[str, Any]] = [
    {
        "path": "/sailings.html",
        "title": "Today's sailings · Gannet Bay Ferries",
        "style": "",
        "body": [
            ("h1", "Sailings, Wednesday 25 November"),
            (
                "table",
                [
                    ["Route", "Vessel", "Departs", "Arrives", "Status"],
                    ["Harbour Quay - Rangi Point", "Kea Spirit", "06:10", "06:45", "Sailed"],
                    ["Harbour Quay - Motu Bay", "Tern Express", "07:40", "08:35", "Sailed"],
                    ["Rangi Point - Harbour Quay", "Kea Spirit", "11:15", "11:50", "On time"],
                    ["Harbour Quay - Motu Bay", "Kea Star", "13:30", "14:25", "Delayed 20 min"],
                    ["Motu Bay - Harbour Quay", "Tern Express", "17:05", "18:00", "On time"],
                ],
            ),
            ("p", "Motu Bay wharf: low tide at 11:31, no berthing for Tern Express 10:45-12:15."),
            ("p", "Kea Star is running with the spare deckhand until Friday."),
        ],
    },
    {
        "path": "/fleet.html",
        "title": "Fleet status · Gannet Bay Ferries",
        "style": "",
        "body": [
            ("h1", "Fleet status"),
            (
                "table",
                [
                    ["Vessel", "Passengers", "Crew", "Next survey", "Note"],
                    ["Kea Spirit", "249", "4", "2027-02-14", "Port engine serviced 20 Nov"],
                    ["Kea Star", "180", "3", "2026-12-09", "Radar fault logged"],
                    ["Tern Express", "312", "5", "2027-05-30", "-"],
                    ["Shag Rock II", "60", "2", "2026-11-30", "In dry dock at Westhaven"],
                ],
            ),
            ("p", "Passenger numbers are the surveyed maximum, crew seats not included."),
        ],
    },
    {
        "path": "/marine-forecast.html",
        "title": "Marine forecast · Gannet Bay Ferries",
        "style": "body{background:#0d1b24;color:#cfe3ee} th{background:#1c3442}"
        " td,th{border-color:#3d6275} nav{color:#6fd0ee} code,pre{background:#1c3442}",
        "body": [
            ("h1", "Hauraki Gulf marine forecast"),
            (
                "table",
                [
                    ["Period", "Wind", "Sea", "Swell"],
                    ["Wed morning", "SW 15 knots", "Moderate", "1 m"],
                    ["Wed afternoon", "SW 25 knots, gusts 35", "Rough", "1.5 m"],
                    ["Thu", "W 20 knots easing", "Moderate", "1 m"],
                ],
            ),
            ("p", "Strong wind warning from 14:00 Wednesday for the outer Gulf."),
            ("p", "Skippers decide on the Motu Bay run after 13:00; tell the office by 12:45."),
        ],
    },
    {
        "path": "/fares.html",
        "title": "Fares from 1 December · Gannet Bay Ferries",
        "style": "body{font-size:11px} h1{font-size:15px} td,th{padding:2px 7px}",
        "body": [
            ("h1", "Fares from 1 December 2026"),
            (
                "table",
                [
                    ["Ticket", "Rangi Point", "Motu Bay"],
                    ["Adult single", "$9.50", "$16.00"],
                    ["Child single", "$4.70", "$8.00"],
                    ["Bike", "$3.00", "$5.00"],
                    ["10-trip adult", "$85.00", "$144.00"],
                ],
            ),
            ("p", "Gold card holders travel free after 09:00 on Rangi Point sailings only."),
            ("p", "Fares for vehicles on the Motu Bay barge are set by Pakiri Barges, not by us."),
        ],
    },
    {
        "path": "/crew-roster.html",
        "title": "Crew roster this week · Gannet Bay Ferries",
        "style": "",
        "body": [
            ("h1", "Crew roster, 23-29 November"),
            (
                "table",
                [
                    ["Day", "Kea Spirit master", "Kea Star master", "Tern Express master"],
                    ["Wed 25", "Hone Paewai", "Greta Lindqvist", "Sam Okafor"],
                    ["Thu 26", "Hone Paewai", "Sam Okafor", "Greta Lindqvist"],
                    ["Fri 27", "Ana Folau", "Sam Okafor", "Greta Lindqvist"],
                    ["Sat 28", "Ana Folau", "Relief: Mikael Berg", "Hone Paewai"],
                ],
            ),
            ("p", "Swaps go through Tamsin; rest-hour rules apply to every swap."),
        ],
    },
    {
        "path": "/incidents.html",
        "title": "Incident log · Gannet Bay Ferries",
        "style": "",
        "body": [
            ("h1", "Incident log, November"),
            (
                "table",
                [
                    ["Ref", "Date", "Vessel", "What", "Status"],
                    ["INC-2611", "2026-11-24", "Kea Star", "Passenger slipped on wet ramp", "Open"],
                    ["INC-2609", "2026-11-19", "Tern Express", "Mooring line parted", "Closed"],
                    ["INC-2604", "2026-11-08", "Kea Spirit", "Radio outage 12 min", "Closed"],
                ],
            ),
            ("p", "Report any injury to Maritime NZ within 24 hours; use form MNZ-H&S."),
        ],
    },
]


def page_html(page: dict[str, Any]) -> str:
    return _default.page_html(page, SITE_NAME, DOC_STYLE)


def page_text(page: dict[str, Any]) -> list[str]:
    return _default.page_text(page, SITE_NAME)
