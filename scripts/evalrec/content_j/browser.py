"""Browser scenario content (set j): a ground handler's ops wiki at George airport served to
chromium (the first wave departures, a dark turnaround standards page, small-text dangerous
goods codes with ELI and ELM, RRY and RRW, the GSE status board with TUG-12 and TUG-21, GPU-03
and GPU-30, weather and lightning procedures, duty contacts; the seventh page, the fuel spill
procedure, typed into a new tab). Three titles begin "Ramp ops:", and long titles are cut
short in the tab strip."""

from __future__ import annotations

from typing import Any

from ..content import browser as _default

SITE_DIR = "ogs-wiki"
SITE_NAME = "Outeniqua Ground Services - GRJ ops wiki"
PORT = 8141
SERVER_TERMINAL = ("52x18+0+880", "light", 10)
BROWSER_WINDOW = ((420, 0), (1180, 1200))
OPEN_AT_START = 6
FIRST_LABEL = "browser opened on the first wave departures"
DOC_STYLE = (
    "body{font-family:'DejaVu Sans',sans-serif;margin:14px 26px;max-width:1040px;"
    "color:#23302a;font-size:15px;background:#fbfaf5}"
    "h1{font-size:23px;color:#2f6b3a;font-weight:600}"
    "code,pre{font-family:'DejaVu Sans Mono',monospace;background:#ece8d9;padding:1px 4px}"
    "table{border-collapse:collapse;margin:10px 0}td,th{border:1px solid #c9c3a8;"
    "padding:5px 11px;text-align:left}th{background:#e6ecd8}"
    "nav{font-size:12px;color:#6b735f;margin-bottom:10px;border-bottom:3px solid #2f6b3a}"
)
DOC_PAGES: list[dict[str, Any]] = [
    {
        "path": "/ops/first-wave.html",
        "title": "Ramp ops: first wave departures, Wed 25/11 - OGS George",
        "style": "",
        "body": [
            ("h1", "First wave departures, Wed 25/11/2026"),
            (
                "table",
                [
                    ["Flight", "Route", "Type", "Reg", "Stand", "STD", "Pax booked", "Dispatcher"],
                    ["FY 213", "GRJ-JNB", "A320", "ZS-FYD", "3", "05:40", "142", "Lerato Molefe"],
                    ["KV 418", "GRJ-CPT", "ATR72", "ZS-KVB", "5", "05:45", "58", "Sipho Dlamini"],
                    ["KV 481", "GRJ-PLZ", "ATR72", "ZS-KVE", "4", "06:10", "44", "Lerato Molefi"],
                    ["CG 115", "GRJ-BFN", "ERJ145", "ZS-CGR", "-", "06:35", "37", "Anele Mthembu"],
                    ["FY 231", "GRJ-JNB", "A320", "ZS-FYK", "1", "06:50", "171", "Sipho Dlamini"],
                ],
            ),
            ("p", "Doors close 10 minutes before STD; late bags go on the next rotation."),
            ("p", "Departures in the first wave: 5. Ramp agents on shift: 9."),
        ],
    },
    {
        "path": "/ops/turnaround-standards.html",
        "title": "Ramp ops: turnaround standards (rev. 7) - OGS George",
        "style": "body{background:#161b18;color:#dfe6dc} h1{color:#9fd36f} th{background:#26302a}"
        " td,th{border-color:#3d4a40} nav{color:#9aa596;border-color:#9fd36f}"
        " code,pre{background:#26302a}",
        "body": [
            ("h1", "Turnaround standards (rev. 7)"),
            (
                "table",
                [
                    ["Type", "Minimum turn", "Fuelling with pax on board", "Cabin clean"],
                    ["ATR72", "25 min", "No", "8 min"],
                    ["ERJ145", "30 min", "No", "10 min"],
                    ["A320", "35 min", "Yes, with fire cover", "12 min"],
                    ["B737-800", "40 min", "Yes, with fire cover", "15 min"],
                ],
            ),
            ("p", "Turn times are on-blocks to off-blocks. Props stop before anyone approaches."),
            ("p", "Chocks and cones on within 1 minute of on-blocks; beacon off first."),
        ],
    },
    {
        "path": "/ops/dg-codes.html",
        "title": "Ramp ops: dangerous goods codes and NOTOC - OGS George",
        "style": "body{font-size:11px} h1{font-size:15px} td,th{padding:1px 6px}"
        " nav{font-size:10px}",
        "body": [
            ("h1", "Dangerous goods and special load codes (NOTOC)"),
            (
                "table",
                [
                    ["Code", "Meaning", "UN number", "A320 holds", "NOTOC"],
                    [
                        "ELI",
                        "Lithium ion batteries packed with equipment",
                        "UN3481",
                        "1, 3, 4",
                        "Yes",
                    ],
                    [
                        "ELM",
                        "Lithium metal batteries packed with equipment",
                        "UN3091",
                        "1, 3",
                        "Yes",
                    ],
                    ["RRY", "Radioactive, category II or III yellow", "UN2915", "4 only", "Yes"],
                    ["RRW", "Radioactive, category I white", "UN2910", "1, 3, 4", "Yes"],
                    ["RFL", "Flammable liquid", "UN1263", "1, 3", "Yes"],
                    ["AVIH", "Live animals (pets) in the hold", "-", "4 (heated)", "Yes"],
                ],
            ),
            (
                "p",
                "The NOTOC goes to the captain before the doors close; a copy stays in the "
                "flight envelope.",
            ),
        ],
    },
    {
        "path": "/ops/gse-status.html",
        "title": "GSE status board, apron 1 and 2 - OGS George",
        "style": "",
        "body": [
            ("h1", "GSE status board, apron 1 and 2"),
            (
                "table",
                [
                    ["Unit", "Type", "Status", "Where", "Note"],
                    ["TUG-12", "Towbarless tug", "Unserviceable", "Workshop", "Battery flat"],
                    ["TUG-21", "Towbar tug", "Serviceable", "Stand 3", "Pushback FY 213"],
                    ["GPU-03", "Ground power unit", "Serviceable", "Stand 3", "-"],
                    ["GPU-30", "Ground power unit", "Charging", "GSE bay", "Ready 06:00"],
                    ["BL-4", "Belt loader", "Unserviceable", "Workshop", "Back Thu 26/11 06:00"],
                    ["BL-7", "Belt loader", "Serviceable", "Stand 5", "-"],
                ],
            ),
            ("p", "Damage to or by GSE goes on the ground damage report the same shift."),
        ],
    },
    {
        "path": "/ops/weather.html",
        "title": "Weather, wind and lightning procedures - OGS George",
        "style": "",
        "body": [
            ("h1", "Weather, wind and lightning procedures"),
            (
                "table",
                [
                    ["Condition", "Action", "Called by"],
                    ["Lightning within 20 km", "Amber: ramp alert, headsets off", "AOC"],
                    ["Lightning within 5 km", "Red: ramp closed, staff indoors", "Duty manager"],
                    ["Wind above 40 kt", "No stairs or passenger ramps", "Ramp supervisor"],
                    ["Wind above 55 kt", "No pushback", "Tower"],
                    ["Visibility below 550 m", "Wing walkers on every tow", "Ramp supervisor"],
                ],
            ),
            ("p", "Fog at George usually lifts by 09:00 in summer."),
        ],
    },
    {
        "path": "/contacts/duty.html",
        "title": "Duty contacts, early shift Wed 25/11 - OGS George",
        "style": "",
        "body": [
            ("h1", "Duty contacts, early shift"),
            (
                "table",
                [
                    ["Role", "Name", "Radio", "Mobile"],
                    ["Duty manager", "Thandi Mokoena", "ch 1", "082 555 0132"],
                    ["Ramp supervisor", "Lerato Molefe", "ch 3", "082 555 0141"],
                    ["Load control", "Johan van Wyk", "ch 4", "083 555 0172"],
                    ["Engineering on call", "Pieter Booysen", "ch 6", "082 555 0166"],
                    ["AOC liaison", "Anele Mthembu", "ch 2", "084 555 0123"],
                    ["Fuel farm", "Pieter Botha", "ch 8", "082 555 0161"],
                ],
            ),
            ("p", "Airport operations centre (AOC): 044 555 0100. Fire station: ext 2222."),
        ],
    },
    {
        "path": "/safety/fuel-spill.html",
        "title": "Fuel spill on the apron (rev. 3) - OGS George",
        "style": "",
        "body": [
            ("h1", "Fuel spill on the apron (rev. 3)"),
            (
                "table",
                [
                    ["Step", "Who", "What"],
                    ["1", "First person on scene", "Stops fuelling, keeps 15 m clear, ext 2222"],
                    ["2", "Ramp supervisor", "Moves passengers away; no GPU switching"],
                    ["3", "Duty manager", "Tells AOC and the airline, logs the stand closure"],
                    ["4", "Fire service", "Covers the spill, declares the stand safe"],
                ],
            ),
            ("p", "A spill more than 2 m across is a notifiable incident."),
            ("p", "The stand re-opens only after the fire service signs the spill log."),
        ],
    },
]


def page_html(page: dict[str, Any]) -> str:
    return _default.page_html(page, SITE_NAME, DOC_STYLE)


def page_text(page: dict[str, Any]) -> list[str]:
    return _default.page_text(page, SITE_NAME)
