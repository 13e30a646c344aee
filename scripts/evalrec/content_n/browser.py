"""Browser scenario content (set n): a small museum's collections wiki served to chromium on a
small laptop screen (the object list of loan LN-2026-031 with near-identical accession
numbers, a dark page of Thursday's truck and flight plan with 24-hour times, a small-text
gallery climate table with near-identical rows and loggers, textile handling rules, loan
agreements and insurance values with LN-2026-031 and LN-2026-013, conservators and contacts
with Dr Liza Manalo and Dr Luisa Manalo; the seventh page, the courier checklist, typed into a
new tab). Three titles begin "Reg:", and long titles are cut short in the tab strip."""

from __future__ import annotations

from typing import Any

from ..content import browser as _default

SITE_DIR = "reg-wiki"
SITE_NAME = "Museo Baluarte - registrar's wiki"
PORT = 8247
SERVER_TERMINAL = ("70x12+0+560", "light", 9)
BROWSER_WINDOW = ((250, 0), (1116, 740))
OPEN_AT_START = 6
FIRST_LABEL = "browser opened on the loan object list"
DOC_STYLE = (
    "body{font-family:'DejaVu Sans',sans-serif;margin:14px 22px;max-width:1050px;"
    "color:#2a2420;font-size:14px;background:#fdfaf5}"
    "h1{font-size:21px;color:#7a2e1f;font-weight:700}"
    "code,pre{font-family:'DejaVu Sans Mono',monospace;background:#efe6da;padding:1px 4px}"
    "table{border-collapse:collapse;margin:8px 0}"
    "td,th{border:1px solid #d6c8b4;padding:4px 8px;text-align:left}th{background:#f1e3d3}"
    "nav{font-size:12px;color:#7b6d60;margin-bottom:10px;border-bottom:2px solid #7a2e1f}"
)
DOC_PAGES: list[dict[str, Any]] = [
    {
        "path": "/loans/LN-2026-031.html",
        "title": "Reg: LN-2026-031 object list (Straits Heritage) - Museo Baluarte",
        "style": "",
        "body": [
            ("h1", "Loan LN-2026-031 to Straits Heritage Gallery, Singapore"),
            (
                "table",
                [
                    ["Object no.", "Object", "Crate", "Value (PHP)", "Condition", "Wall label"],
                    ["MB-2019.044.12", "Kalinga blanket", "CR-01", "1,850,000", "Good", "K-12"],
                    ["MB-2019.044.21", "Ifugao wrap skirt", "CR-07", "1,200,000", "Good", "K-21"],
                    ["MB-2021.007.3", "Bontoc pouch", "CR-03", "640,000", "Good", "B-03"],
                    [
                        "MB-2021.007.30",
                        "Tinalak abaca panel",
                        "CR-04",
                        "2,350,000",
                        "Fair, stable",
                        "T-30",
                    ],
                    ["MB-2018.112.6", "Yakan cloth", "CR-05", "980,000", "Fair", "Y-06"],
                    ["MB-2020.031.9", "Abel Iloko coverlet", "CR-08", "760,000", "Good", "A-09"],
                ],
            ),
            ("p", "Exhibition: Threads of the Archipelago, 12 Dec 2026 to 4 Apr 2027."),
            ("p", "Loan period ends 30 April 2027; courier both ways: Ana Reyes."),
        ],
    },
    {
        "path": "/loans/transport-thu.html",
        "title": "Reg: truck and flight plan, Thu 26 Nov - Museo Baluarte",
        "style": "body{background:#1a1714;color:#ddd6cc} h1{color:#e0a96d} th{background:#2d2722}"
        " td,th{border-color:#4a4038} nav{color:#a89a8a;border-color:#e0a96d}"
        " code,pre{background:#2d2722}",
        "body": [
            ("h1", "Truck and flight plan, Thursday 26 November (PHT, 24-hour)"),
            (
                "table",
                [
                    ["Step", "Who", "From", "To", "Time", "Ref", "Status"],
                    [
                        "Truck",
                        "Kargada Fine Art",
                        "Dock B, Museo Baluarte",
                        "NAIA cargo T1",
                        "03:00",
                        "KFA-20931",
                        "Confirmed",
                    ],
                    [
                        "Cargo cut-off",
                        "PAL Cargo",
                        "NAIA cargo T1",
                        "-",
                        "05:30",
                        "AWB 079-5521 3306",
                        "Booked",
                    ],
                    [
                        "Flight",
                        "Philippine Airlines",
                        "MNL",
                        "SIN",
                        "09:05",
                        "PR 501",
                        "Courier seat 14C",
                    ],
                    ["Arrival", "Philippine Airlines", "MNL", "SIN", "12:50", "PR 501", "-"],
                    [
                        "Delivery",
                        "Straits Heritage",
                        "Changi cargo",
                        "Gallery dock",
                        "16:30",
                        "SHG-7718",
                        "Waiting for customs",
                    ],
                ],
            ),
            ("p", "The courier rides with the truck and stays with the crates until loading."),
            ("p", "No crate leaves dock B without the registrar's seal check."),
        ],
    },
    {
        "path": "/galleries/climate-wk48.html",
        "title": "Gallery climate readings, week 48 (rev. 2) - Museo Baluarte",
        "style": "body{font-size:10px} h1{font-size:14px} td,th{padding:1px 5px}"
        " nav{font-size:9px}",
        "body": [
            ("h1", "Gallery climate readings, week 48 (rev. 2)"),
            (
                "table",
                [
                    ["Room", "Logger", "Temp C", "RH %", "Lux", "Read at", "Notes"],
                    ["Gallery 2A", "L-118", "22.1", "51", "48", "Wed 21:00", "Habi cases 1-4"],
                    ["Gallery 2B", "L-181", "22.4", "53", "52", "Wed 21:00", "Habi cases 5-8"],
                    ["Gallery 3", "L-204", "23.0", "56", "45", "Wed 21:00", "de-install"],
                    ["Store B", "L-240", "20.8", "50", "0", "Wed 21:00", "textile store"],
                    ["Store B2", "L-24", "20.9", "61", "0", "Wed 21:00", "dehumidifier off"],
                    ["Crate bay", "L-171", "23.6", "49", "120", "Wed 21:00", "dock B side"],
                ],
            ),
            (
                "p",
                "Textiles: RH 45 to 55 %, 50 lux. Store B2 alarm raised 21:05, dehumidifier "
                "restarted by facilities (Ramil Dela Cruz).",
            ),
        ],
    },
    {
        "path": "/rules/textile-handling.html",
        "title": "Reg: textile handling rules - Museo Baluarte",
        "style": "",
        "body": [
            ("h1", "Textile handling rules"),
            (
                "table",
                [
                    ["Rule", "What the preparator does"],
                    ["Gloves", "Nitrile gloves, never cotton, for beaded or metal-thread pieces"],
                    ["Rolling", "Roll on a 15 cm tube, face out, with acid-free tissue"],
                    ["Crate", "No crate over 45 kg; two people lift above 25 kg"],
                    ["Climate", "Crates rest 24 hours at the venue before opening"],
                    ["Damage", "Stop, photograph, tell the registrar and the lender"],
                ],
            ),
            ("p", "Pests: any frass or holes go to the freezer room, not the crate bay."),
        ],
    },
    {
        "path": "/loans/agreements.html",
        "title": "Loan agreements and insurance values 2026 - Museo Baluarte",
        "style": "",
        "body": [
            ("h1", "Loan agreements and insurance values"),
            (
                "table",
                [
                    ["Loan", "Direction", "Partner", "Objects", "Insured (PHP)", "Ends"],
                    [
                        "LN-2026-031",
                        "Outgoing",
                        "Straits Heritage Gallery",
                        "6",
                        "14,800,000",
                        "30/04/2027",
                    ],
                    ["LN-2026-013", "Incoming", "Dizon family", "2", "3,100,000", "31/01/2027"],
                    [
                        "LN-2025-088",
                        "Incoming",
                        "Santos Heritage Trust",
                        "1",
                        "450,000",
                        "returned 20/11",
                    ],
                    [
                        "LN-2026-038",
                        "Outgoing",
                        "Baguio Highland Museum",
                        "3",
                        "2,200,000",
                        "15/03/2027",
                    ],
                ],
            ),
            ("p", "Insurer: Intramuros Mutual, policy IM-2026-4471, nail to nail."),
        ],
    },
    {
        "path": "/contacts/conservators.html",
        "title": "Conservators, couriers and emergency contacts - Museo Baluarte",
        "style": "",
        "body": [
            ("h1", "Conservators, couriers and emergency contacts"),
            (
                "table",
                [
                    ["Who", "Name", "Phone", "Notes"],
                    [
                        "Textile conservator",
                        "Dr Liza Manalo",
                        "+63 917 555 0142",
                        "on site tonight",
                    ],
                    ["Paper conservator", "Dr Luisa Manalo", "+63 917 555 0124", "off until Mon"],
                    ["Courier", "Ana Reyes", "+63 918 555 0163", "PR 501, seat 14C"],
                    ["Fine art shipper", "Kargada duty desk", "+63 2 8555 0177", "24 h"],
                    ["Insurer", "Intramuros Mutual", "+63 2 8555 0190", "policy IM-2026-4471"],
                    ["Guard desk", "night guard", "local 204", "dock B keys"],
                ],
            ),
            (
                "p",
                "Damage on a loan object: ring Dr Liza Manalo first, then the registrar. "
                "Never open a sealed crate without the courier.",
            ),
        ],
    },
    {
        "path": "/loans/courier-checklist.html",
        "title": "Courier checklist (rev. 4) - Museo Baluarte",
        "style": "",
        "body": [
            ("h1", "Courier checklist (rev. 4)"),
            (
                "table",
                [
                    ["Step", "Check"],
                    ["1", "Seal numbers match the dispatch records (S- numbers)"],
                    ["2", "Loggers running in every crate; note the logger ids"],
                    ["3", "Crates rest 24 hours before opening (12 hours before rev. 4)"],
                    ["4", "Condition check with the borrower's registrar, photos both sides"],
                ],
            ),
            ("p", "Per diem: SGD 120 a day in Singapore, paid before departure."),
            ("p", "The courier never leaves the crates at the airport unattended."),
        ],
    },
]


def page_html(page: dict[str, Any]) -> str:
    return _default.page_html(page, SITE_NAME, DOC_STYLE)


def page_text(page: dict[str, Any]) -> list[str]:
    return _default.page_text(page, SITE_NAME)
