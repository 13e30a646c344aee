"""Browser scenario content (set i): a small Lisbon hotel's front office wiki served to
chromium (the night's arrivals and in-house list, a dark night audit checklist, small-text
rate codes, room status and out-of-order rooms, a medical congress group block, on-call
contacts; the seventh page, the night fire procedure, typed into a new tab). Long titles are
cut short in the tab strip."""

from __future__ import annotations

from typing import Any

from ..content import browser as _default

SITE_DIR = "miradouro-wiki"
SITE_NAME = "Hotel Miradouro Alfama - front office wiki"
PORT = 8131
SERVER_TERMINAL = ("60x20+0+540", "dark", 9)
BROWSER_WINDOW = ((380, 0), (1156, 864))
OPEN_AT_START = 6
FIRST_LABEL = "browser opened on the arrivals and in-house list"
DOC_STYLE = (
    "body{font-family:'DejaVu Sans',sans-serif;margin:12px 22px;max-width:980px;"
    "color:#1d2a33;font-size:14px;background:#f7fafb}"
    "h1{font-size:22px;color:#0b5d7a;font-weight:600}"
    "code,pre{font-family:'DejaVu Sans Mono',monospace;background:#e4eef2;padding:1px 4px}"
    "table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #b7c9d1;"
    "padding:4px 10px;text-align:left}th{background:#d9e8ee}"
    "nav{font-size:12px;color:#56707c;margin-bottom:8px;border-bottom:3px solid #e0a526}"
)
DOC_PAGES: list[dict[str, Any]] = [
    {
        "path": "/night/arrivals.html",
        "title": "Arrivals and in-house list, night of 24/11 - Hotel Miradouro Alfama",
        "style": "",
        "body": [
            ("h1", "Arrivals and in-house list, business date Tue 24/11/2026"),
            (
                "table",
                [
                    ["Room", "Guest", "Reservation", "Rate", "Nights", "Status"],
                    ["412", "Joao Pereira", "RSV-558127", "BAR-FLEX", "2", "Checked in 00:28"],
                    ["421", "Joana Pereira", "RSV-558172", "COIMBRA-MED", "3", "In house"],
                    ["508", "Erik Lindqvist", "RSV-558163", "BAR-FLEX", "1", "Due"],
                    ["519", "Ingrid Haraldson", "RSV-557904", "CORP-TAP", "4", "In house, VIP"],
                    ["617", "Ole Haraldsen", "RSV-558136", "BAR-FLEX", "2", "Due, guaranteed"],
                    ["305", "Ana Costa-Reis", "RSV-557988", "BAR-NR", "2", "In house"],
                ],
            ),
            ("p", "Guaranteed late arrivals are held until 06:00; do not run them as no-shows."),
            ("p", "In house tonight: 41 of 58 rooms. Arrivals still due: 2."),
        ],
    },
    {
        "path": "/night/audit-checklist.html",
        "title": "Night audit checklist (rev. 5) - Hotel Miradouro Alfama",
        "style": "body{background:#101820;color:#d6e2e9} h1{color:#f2b134} th{background:#1f2d38}"
        " td,th{border-color:#3a4d5a} nav{color:#8aa3b1;border-color:#f2b134}"
        " code,pre{background:#1f2d38}",
        "body": [
            ("h1", "Night audit checklist (rev. 5)"),
            (
                "table",
                [
                    ["Time", "Step", "Report"],
                    ["01:45", "Print the in-house list and the cash drop sheet", "IH-01"],
                    ["02:00", "Run end of day: post room and city tax", "EOD-10"],
                    ["02:40", "Check open folios and rate variances", "FV-22"],
                    ["03:00", "No-show run (non-guaranteed only)", "NS-04"],
                    ["03:15", "Rate load from the channel manager", "RL-02"],
                    ["05:30", "Breakfast list to the kitchen", "BF-07"],
                ],
            ),
            ("p", "Never roll the business date before every drawer is dropped."),
            ("p", "Night duty manager signs the audit pack before 07:00."),
        ],
    },
    {
        "path": "/rates/rate-codes.html",
        "title": "Rate codes and inclusions, winter 2026/27 - Hotel Miradouro Alfama",
        "style": "body{font-size:11px} h1{font-size:15px} td,th{padding:1px 6px}"
        " nav{font-size:10px}",
        "body": [
            ("h1", "Rate codes and inclusions, winter 2026/27 (EUR per room per night)"),
            (
                "table",
                [
                    ["Code", "Name", "Double", "Breakfast", "Cancellation"],
                    ["BAR-FLEX", "Best available, flexible", "142.00", "Included", "18:00 day"],
                    ["BAR-NR", "Best available, non-refundable", "124.00", "Included", "None"],
                    ["CORP-TAP", "Corporate, airline crew", "118.00", "Not incl.", "16:00 day"],
                    ["CORP-TPA", "Corporate, travel agency", "181.00", "Included", "48 h"],
                    ["COIMBRA-MED", "Congress group block", "109.00", "Included", "Block"],
                ],
            ),
            ("p", "City tax EUR 4.00 per guest aged 13 or over per night, at most 7 nights."),
            ("p", "Rates load from the channel manager every night after the end of day run."),
        ],
    },
    {
        "path": "/rooms/status.html",
        "title": "Room status and out of order rooms - Hotel Miradouro Alfama",
        "style": "",
        "body": [
            ("h1", "Room status and out of order rooms"),
            (
                "table",
                [
                    ["Room", "Status", "Reason", "Since", "Back in service"],
                    ["314", "Out of order", "Shower leak (MT-2291)", "24/11 21:10", "26/11 12:00"],
                    ["341", "Out of service", "Minibar fridge noise", "23/11 15:00", "25/11 14:00"],
                    ["219", "Vacant dirty", "Guest upgraded to 519", "24/11 23:50", "-"],
                    ["602", "Out of order", "Window latch broken", "22/11 10:30", "27/11 12:00"],
                ],
            ),
            ("p", "Out of order rooms are not sellable; out of service rooms can be sold."),
            ("p", "Maintenance on call tonight: Rui Coutinho (ext 240)."),
        ],
    },
    {
        "path": "/groups/coimbra-med.html",
        "title": "Group block COIMBRA-MED, internal medicine congress - Miradouro Alfama",
        "style": "",
        "body": [
            ("h1", "Group block COIMBRA-MED (internal medicine congress)"),
            (
                "table",
                [
                    ["Item", "Value"],
                    ["Organiser", "Sociedade de Medicina Interna, Coimbra"],
                    ["Contact", "Dr Paula Viegas, 910 555 164"],
                    ["Rooms", "24 blocked, 18 picked up, 6 released at 00:00 on 25/11"],
                    ["Arrival", "Mon 23/11/2026"],
                    ["Departure", "Sat 28/11/2026"],
                    ["Rate", "COIMBRA-MED 109.00, breakfast included"],
                    ["Billing", "Room and tax to master account, extras to the guest"],
                ],
            ),
            ("p", "Congress dinner Thursday 26/11: coach leaves the hotel at 19:15."),
        ],
    },
    {
        "path": "/contacts/on-call.html",
        "title": "On-call and emergency contacts - Hotel Miradouro Alfama",
        "style": "",
        "body": [
            ("h1", "On-call and emergency contacts (nights)"),
            (
                "table",
                [
                    ["Who", "Name", "Extension", "Mobile"],
                    ["Night duty manager", "Helena Matos", "201", "910 555 147"],
                    ["Maintenance on call", "Rui Coutinho", "240", "910 555 126"],
                    ["Night porter", "Rui Costa", "205", "910 555 162"],
                    ["Security", "Bruno Almeida", "206", "910 555 109"],
                    ["IT on call", "Filipe Reis", "250", "910 555 115"],
                ],
            ),
            (
                "p",
                "Taxi: Autocoope 21 811 9000. Pharmacy on duty: Farmacia Alfama, Rua dos Remedios.",
            ),
        ],
    },
    {
        "path": "/safety/night-fire.html",
        "title": "Fire procedure, night shift - Hotel Miradouro Alfama",
        "style": "",
        "body": [
            ("h1", "Fire procedure, night shift (rev. 2)"),
            (
                "table",
                [
                    ["Step", "Who", "What"],
                    [
                        "1",
                        "Night auditor",
                        "Reads the panel zone, calls 112, prints the in-house list",
                    ],
                    ["2", "Night porter", "Checks the zone, opens the Rua de Sao Miguel exit"],
                    ["3", "Duty manager", "Takes the in-house list to the assembly point"],
                    ["4", "Security", "Meets the fire brigade at the main door"],
                ],
            ),
            ("p", "Assembly point: Largo das Portas do Sol, by the kiosk."),
            ("p", "Lifts are not used; guests with reduced mobility wait in the level 3 refuge."),
        ],
    },
]


def page_html(page: dict[str, Any]) -> str:
    return _default.page_html(page, SITE_NAME, DOC_STYLE)


def page_text(page: dict[str, Any]) -> list[str]:
    return _default.page_text(page, SITE_NAME)
