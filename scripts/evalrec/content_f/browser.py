"""Browser scenario content (set f): a university cell biology lab's wiki served to chromium
(instrument bookings, a freezer map, a dark alarm call list, small-text open orders, the lab
meeting rota, a cell line registry; the seventh page typed into a new tab)."""

from __future__ import annotations

from typing import Any

from ..content import browser as _default

SITE_DIR = "whitfield-wiki"
SITE_NAME = "Whitfield Lab wiki - Cell Biology, Universite Ville-Marie"
PORT = 8093
SERVER_TERMINAL = ("52x30+0+500", "light", 9)
BROWSER_WINDOW = ((430, 0), (1250, 1010))
OPEN_AT_START = 6
FIRST_LABEL = "browser opened on the instrument bookings"
DOC_STYLE = (
    "body{font-family:'Liberation Sans',Arial,sans-serif;margin:14px 28px;max-width:1080px;"
    "color:#1d2a1f;font-size:15px}h1{font-size:24px;color:#2f5d34}"
    "code,pre{font-family:'Liberation Mono',monospace;background:#eef3ec;padding:2px 5px}"
    "table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #a9bfa6;"
    "padding:4px 10px;text-align:left}th{background:#dfeadb}"
    "nav{font-size:13px;color:#5d7a5f;margin-bottom:8px;border-bottom:1px solid #a9bfa6}"
)
DOC_PAGES: list[dict[str, Any]] = [
    {
        "path": "/instruments/bookings.html",
        "title": "Instrument bookings | Whitfield Lab",
        "style": "",
        "body": [
            ("h1", "Instrument bookings, week of 23 November"),
            (
                "table",
                [
                    ["Instrument", "Day", "Time", "Booked by", "Project"],
                    [
                        "Cyto-4 cell sorter",
                        "Tue 24 Nov",
                        "09:00-11:00",
                        "Noor Haddad",
                        "CD45+ sort",
                    ],
                    ["LSM-2 confocal", "Tue 24 Nov", "14:00-16:00", "Lea Bouchard", "Organoids"],
                    ["LSM-2 confocal", "Wed 25 Nov", "10:00-12:00", "Tomas Reyes", "Live imaging"],
                    [
                        "Synergy plate reader",
                        "Thu 26 Nov",
                        "09:30-10:30",
                        "Mireille Gauthier",
                        "IL-6 ELISA",
                    ],
                    ["LSM-2 confocal", "Thu 26 Nov", "14:00-16:00", "Lea Bouchard", "Organoids"],
                    [
                        "Optima ultracentrifuge",
                        "Fri 27 Nov",
                        "08:00-13:00",
                        "Noor Haddad",
                        "Exosomes",
                    ],
                ],
            ),
            ("p", "Cancel at least 24 h ahead or the core bills the full slot ($65/h on LSM-2)."),
            (
                "p",
                "The Cyto-4 needs a 20 min clean cycle after every sort; book it into your slot.",
            ),
        ],
    },
    {
        "path": "/storage/freezer-map.html",
        "title": "Freezer map | Whitfield Lab",
        "style": "",
        "body": [
            ("h1", "Freezer map (updated 24 Nov)"),
            (
                "table",
                [
                    ["Unit", "Shelf / rack", "Contents", "Owner"],
                    ["FZ-01 (-80)", "Shelf 2, rack C", "HeLa and HEK293 stocks, P8-P14", "Noor"],
                    ["FZ-01 (-80)", "Shelf 4", "Organoid lines ORG-07 to ORG-12", "Lea"],
                    ["FZ-02 (-80)", "Shelf 1", "Serum samples, cohort B (boxes 1-9)", "Tomas"],
                    ["FZ-03 (-20)", "Top basket", "ELISA kits, IL-6 and TNF", "Mireille"],
                    ["FZ-04 (-20)", "Bottom basket", "Antibody aliquots, primer stocks", "Lab"],
                    ["LN2-B", "Canister 3", "Primary fibroblasts, donors 11-18", "Anand"],
                ],
            ),
            ("p", "FZ-03 is defrosted on Friday 27 Nov: move the kits to FZ-04 on Thursday."),
        ],
    },
    {
        "path": "/safety/alarm-call-list.html",
        "title": "Alarm call list | Whitfield Lab",
        "style": "body{background:#121614;color:#d4e0d2} h1{color:#8fd19a} th{background:#22302a}"
        " td,th{border-color:#3f5a49} nav{color:#7fa487;border-color:#3f5a49}"
        " code,pre{background:#22302a}",
        "body": [
            ("h1", "Freezer alarm call list"),
            (
                "table",
                [
                    ["Week", "First call", "Phone", "Backup", "Phone"],
                    ["16-22 Nov", "Tomas Reyes", "514-555-0147", "Lea Bouchard", "438-555-0913"],
                    ["23-29 Nov", "Lea Bouchard", "438-555-0913", "Noor Haddad", "514-555-0182"],
                    [
                        "30 Nov-6 Dec",
                        "Mireille Gauthier",
                        "514-555-0471",
                        "Tomas Reyes",
                        "514-555-0147",
                    ],
                ],
            ),
            ("p", "Security desk (24 h): 514-555-0100. Polar Tech emergency line: 1-800-555-0199."),
            ("p", "Never move another lab's boxes without calling their first-call person."),
        ],
    },
    {
        "path": "/orders/open.html",
        "title": "Open orders | Whitfield Lab",
        "style": "body{font-size:11px} h1{font-size:15px} td,th{padding:1px 6px}"
        " nav{font-size:10px}",
        "body": [
            ("h1", "Open orders (purchasing, updated Tuesday 24 November 15:00)"),
            (
                "table",
                [
                    ["PO", "Item", "Supplier", "Amount", "Status", "ETA"],
                    [
                        "4500-2231",
                        "Anti-CD45 antibody, 30-F11",
                        "BioNorth Supply",
                        "$825.00",
                        "Backordered",
                        "8 Dec",
                    ],
                    [
                        "4500-2236",
                        "DMEM high glucose, 10 x 500 mL",
                        "Laurentide Scientific",
                        "$312.40",
                        "Shipped",
                        "26 Nov",
                    ],
                    [
                        "4500-2240",
                        "Fetal bovine serum, 500 mL",
                        "Cedar Bio Canada",
                        "$689.00",
                        "Approved",
                        "1 Dec",
                    ],
                    [
                        "4500-2244",
                        "Cryovials 2 mL, case of 500",
                        "Maple Labware",
                        "$148.75",
                        "Waiting for PI",
                        "-",
                    ],
                    [
                        "4500-2245",
                        "IL-6 ELISA kit, 5 plates",
                        "BioNorth Supply",
                        "$1,240.00",
                        "Shipped",
                        "25 Nov",
                    ],
                ],
            ),
            ("p", "US suppliers do not ship on Thursday 26 November (Thanksgiving)."),
            ("p", "Orders over $1,000 need Anand's signature and the fund number on the request."),
        ],
    },
    {
        "path": "/meetings/rota.html",
        "title": "Lab meeting rota | Whitfield Lab",
        "style": "",
        "body": [
            ("h1", "Lab meeting rota, autumn term"),
            (
                "table",
                [
                    ["Date", "Presenter", "Journal club", "Room"],
                    ["Tue 17 Nov", "Noor Haddad", "Lea Bouchard", "B-305"],
                    ["Tue 24 Nov", "Tomas Reyes", "Mireille Gauthier", "B-301"],
                    ["Tue 1 Dec", "Lea Bouchard", "Noor Haddad", "B-305"],
                    ["Tue 8 Dec", "Anand Whitfield (grant update)", "Tomas Reyes", "B-305"],
                ],
            ),
            ("p", "Meetings start at 13:00 sharp and end by 14:00. Bring your own lunch."),
        ],
    },
    {
        "path": "/cells/registry.html",
        "title": "Cell line registry | Whitfield Lab",
        "style": "",
        "body": [
            ("h1", "Cell line registry"),
            (
                "table",
                [
                    ["Line", "Species", "Mycoplasma test", "Result", "Passage limit"],
                    ["HeLa (WL-003)", "Human", "2026-11-02", "Negative", "P25"],
                    ["HEK293 (WL-011)", "Human", "2026-11-02", "Negative", "P30"],
                    ["RAW 264.7 (WL-019)", "Mouse", "2026-10-12", "Positive - discarded", "-"],
                    ["ORG-09 organoids", "Human", "2026-11-16", "Negative", "P12"],
                ],
            ),
            ("p", "Test every line monthly; the next batch goes to the core on 7 December."),
        ],
    },
    {
        "path": "/safety/waste.html",
        "title": "Biohazard waste | Whitfield Lab",
        "style": "",
        "body": [
            ("h1", "Biohazard waste and autoclaves"),
            (
                "table",
                [
                    ["What", "Where", "Pickup"],
                    ["Solid biohazard bags", "Autoclave, then black bin", "Mon and Thu"],
                    ["Sharps containers", "EHS pickup, do not autoclave", "Thu 13:00-15:00"],
                    ["Liquid waste", "10% bleach for 30 min, then drain", "-"],
                ],
            ),
            ("p", "Autoclave B (room B-316) is out of service on 24 November; use A (B-212)."),
            ("p", "Book an EHS pickup with the online form by Wednesday 17:00."),
        ],
    },
]


def page_html(page: dict[str, Any]) -> str:
    return _default.page_html(page, SITE_NAME, DOC_STYLE)


def page_text(page: dict[str, Any]) -> list[str]:
    return _default.page_text(page, SITE_NAME)
