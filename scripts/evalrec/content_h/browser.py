"""Browser scenario content (set h): a small theatre company's production wiki served to
chromium (production week schedule, the crew call sheet, a dark rehearsal report, small-text
purchase orders, the venue's fly plot, venue and supplier contacts; the seventh page, the
show stop procedure, typed into a new tab). Long titles are cut short in the tab strip."""

from __future__ import annotations

from typing import Any

from ..content import browser as _default

SITE_DIR = "wattlelane-wiki"
SITE_NAME = "Wattle Lane Theatre Company - production wiki (The Salt Orchard)"
PORT = 8123
SERVER_TERMINAL = ("52x22+0+600", "light", 10)
BROWSER_WINDOW = ((330, 0), (950, 990))
OPEN_AT_START = 6
FIRST_LABEL = "browser opened on the production week schedule"
DOC_STYLE = (
    "body{font-family:'Liberation Sans',sans-serif;margin:14px 26px;max-width:880px;"
    "color:#2b2118;font-size:15px;background:#fffdf7}"
    "h1{font-family:'Liberation Serif',serif;font-size:24px;color:#7a1f2b}"
    "code,pre{font-family:'Liberation Mono',monospace;background:#f3ece0;padding:2px 5px}"
    "table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #c9b9a3;"
    "padding:4px 9px;text-align:left}th{background:#efe3cf}"
    "nav{font-size:12px;color:#7a6a58;margin-bottom:8px;border-bottom:2px solid #7a1f2b}"
)
DOC_PAGES: list[dict[str, Any]] = [
    {
        "path": "/production/week.html",
        "title": "Production week schedule - The Salt Orchard - Wattle Lane Theatre",
        "style": "",
        "body": [
            ("h1", "Production week: The Salt Orchard"),
            (
                "table",
                [
                    ["Day", "Session", "Time", "Where", "Called"],
                    ["Mon 23/11", "Bump-in and rig", "08:00-22:00", "Stage", "All crew"],
                    ["Tue 24/11", "Focus and plotting", "09:00-23:00", "Stage", "LX, SM"],
                    [
                        "Wed 25/11",
                        "Tech rehearsal (cue to cue)",
                        "13:00-22:00",
                        "Stage",
                        "Full company",
                    ],
                    ["Thu 26/11", "Dress rehearsal 1", "18:30-22:30", "Stage", "Full company"],
                    ["Fri 27/11", "Preview", "19:30", "Stage", "Full company"],
                    ["Sat 28/11", "Opening night", "19:30", "Stage", "Full company"],
                ],
            ),
            ("p", "Notes session after every run in the Green Room, 30 minutes."),
            ("p", "Half-hour call is 19:00 for a 19:30 curtain. Running time about 2h 15m."),
        ],
    },
    {
        "path": "/crew/call-sheet.html",
        "title": "Crew call sheet, tech day 1 - Wattle Lane Theatre",
        "style": "",
        "body": [
            ("h1", "Crew call sheet, Wednesday 25/11 (tech day 1)"),
            (
                "table",
                [
                    ["Name", "Role", "Call", "Mobile"],
                    ["Ngaire Thompson", "Stage manager", "08:30", "0491 570 101"],
                    ["Jess Okafor", "Deputy stage manager", "08:30", "0491 570 156"],
                    ["Jesse Okoro", "Assistant stage manager", "09:00", "0491 570 165"],
                    ["Callum Reid", "LX programmer", "09:00", "0491 570 132"],
                    ["Calum Reed", "Head flys", "09:00", "0491 570 123"],
                    ["Dimitri Pappas", "Head carpenter", "08:00", "0491 570 144"],
                    ["Tomasz Brandt", "Sound No.1", "10:00", "0491 570 177"],
                    ["Callie Reid", "Dresser", "12:00", "0491 570 138"],
                ],
            ),
            ("p", "Callum Reid (lighting) and Calum Reed (flys) are two different people."),
            ("p", "Meal break 17:30-18:30. Company warm-up on stage at 12:30."),
        ],
    },
    {
        "path": "/reports/rehearsal-14.html",
        "title": "Rehearsal report 14 (Tue 24/11) - Wattle Lane Theatre",
        "style": "body{background:#16131a;color:#d9d2e3} h1{color:#e8a33d} th{background:#2a2433}"
        " td,th{border-color:#4a4157} nav{color:#9c90ad;border-color:#e8a33d}"
        " code,pre{background:#2a2433}",
        "body": [
            ("h1", "Rehearsal report 14, Tuesday 24/11 (plotting session)"),
            (
                "table",
                [
                    ["Dept", "Note"],
                    ["Lighting", "LX 41.5 added for the storm; LX 57 fade now 8 seconds"],
                    ["Sound", "SQ 18 thunder 3 dB too loud in row M; retest Wed"],
                    ["Flys", "Bar 14 (house border) reweighed: 250 kg with the new drape"],
                    ["Props", "Second salt sack split; Jesse to source a canvas one"],
                    ["Wardrobe", "Act 2 quick change in the OP wing, 45 seconds"],
                    ["Staging", "Jetty truck squeaks on the downstage track"],
                ],
            ),
            ("p", "Rehearsal started 09:07, finished 23:12. Injuries: none."),
            ("p", "Next call: Wednesday 09:00 for LX and flys, company 13:00."),
        ],
    },
    {
        "path": "/finance/purchase-orders.html",
        "title": "Purchase orders, production budget - Wattle Lane Theatre",
        "style": "body{font-size:11px} h1{font-size:15px} td,th{padding:1px 6px}"
        " nav{font-size:10px}",
        "body": [
            ("h1", "Purchase orders, production budget (as of Wed 25/11 08:00)"),
            (
                "table",
                [
                    ["PO", "Supplier", "For", "Amount (AUD)", "Status"],
                    [
                        "PO-30418",
                        "Stagecraft Hire SA",
                        "Haze machine, 2 weeks",
                        "640.00",
                        "Approved",
                    ],
                    [
                        "PO-30481",
                        "Stagecraft Hire SA",
                        "Extra LED profiles x4",
                        "1,120.00",
                        "Awaiting approval",
                    ],
                    ["PO-30422", "Flint & Co Rigging", "Bar 14 inspection", "385.00", "Paid"],
                    ["PO-30437", "Port Fabrics", "Storm drape, 12 m", "2,214.50", "Approved"],
                    ["PO-30440", "Bunnings Mile End", "Canvas, rope, salt sacks", "212.35", "Paid"],
                ],
            ),
            ("p", "Production budget remaining: AUD 3,908.15 of 18,500.00."),
            ("p", "POs over AUD 1,000 need Sunil's approval before the supplier delivers."),
        ],
    },
    {
        "path": "/venue/fly-plot.html",
        "title": "Fly plot and bar loads - Hindley Street Playhouse",
        "style": "",
        "body": [
            ("h1", "Fly plot and bar loads"),
            (
                "table",
                [
                    ["Bar", "Item", "Load (kg)", "WLL (kg)"],
                    ["3", "LX 1 (front wash)", "212", "250"],
                    ["7", "Storm drape", "96", "250"],
                    ["11", "LX 2 (specials)", "238", "250"],
                    ["14", "House border", "250", "250"],
                    ["18", "Orchard cloth", "74", "250"],
                    ["22", "LX 3 (back light)", "199", "250"],
                ],
            ),
            ("p", "Counterweight checked by Calum Reed on 24/11. Bar 14 may not take more."),
            ("p", "Fly floor is off limits during the storm sequence (cue LX 41 to LX 57)."),
        ],
    },
    {
        "path": "/venue/contacts.html",
        "title": "Venue and supplier contacts - Wattle Lane Theatre",
        "style": "",
        "body": [
            ("h1", "Venue and supplier contacts"),
            (
                "table",
                [
                    ["Who", "Contact", "Phone", "Hours"],
                    [
                        "Hindley Street Playhouse",
                        "Bronwyn Kerr (venue tech)",
                        "0491 570 118",
                        "Mon-Sat 08:00-23:00",
                    ],
                    [
                        "Hindley Street Playhouse",
                        "Bronte Kerr (front of house)",
                        "0491 570 181",
                        "Tue-Sat 16:00-23:00",
                    ],
                    ["Stagecraft Hire SA", "Mick Delaney", "(08) 5550 4172", "Mon-Fri 07:30-16:00"],
                    ["Flint & Co Rigging", "Anja Flint", "(08) 5550 4127", "Mon-Fri 07:00-15:30"],
                    ["Port Fabrics", "Lorraine Chu", "(08) 5550 4390", "Mon-Fri 09:00-17:00"],
                ],
            ),
            ("p", "After 23:00 call the venue's duty manager line: (08) 5550 4000."),
        ],
    },
    {
        "path": "/safety/show-stop.html",
        "title": "Show stop procedure - Wattle Lane Theatre",
        "style": "",
        "body": [
            ("h1", "Show stop procedure (rev. 3)"),
            (
                "table",
                [
                    ["Step", "Who", "What"],
                    ["1", "DSM", "Calls 'Stand by show stop', then 'Go show stop'"],
                    ["2", "LX", "Snap to state LX 900 (working lights plus house at 50%)"],
                    ["3", "Sound", "Fades all playback, opens the god mic to the DSM"],
                    ["4", "Stage manager", "Makes the announcement from the OP side"],
                ],
            ),
            ("p", "The show stop announcement is read from the prompt book, page 2."),
            ("p", "Resume only when the stage manager and the venue tech both agree."),
        ],
    },
]


def page_html(page: dict[str, Any]) -> str:
    return _default.page_html(page, SITE_NAME, DOC_STYLE)


def page_text(page: dict[str, Any]) -> list[str]:
    return _default.page_text(page, SITE_NAME)
