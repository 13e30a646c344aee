"""Browser scenario content (set o): a ferry operator's dispatch wiki served to chromium
(tomorrow's sailings on a dark page with 24-hour times, this week's charters, a small-text
fare table with near-identical rows, the weather limits, the vessel and crew rota with the
Kandilli and the Kanlica, emergency contacts with Aylin Demirci and Aylin Demir; the seventh
page, the evacuation drill checklist, typed into a new tab). Three titles begin "Ops:", and
long titles are cut short in the tab strip."""

from __future__ import annotations

from typing import Any

from ..content import browser as _default

SITE_DIR = "dispatch-wiki"
SITE_NAME = "Bogazici Vapur - dispatch wiki"
PORT = 8171
SERVER_TERMINAL = ("60x16+0+800", "light", 10)
BROWSER_WINDOW = ((500, 0), (1420, 1080))
OPEN_AT_START = 6
FIRST_LABEL = "browser opened on Thursday's sailings"
DOC_STYLE = (
    "body{font-family:'DejaVu Sans',sans-serif;margin:16px 26px;max-width:1200px;"
    "color:#1d2530;font-size:16px;background:#f4f7fa}"
    "h1{font-size:24px;color:#1f4e79;font-weight:700}"
    "code,pre{font-family:'DejaVu Sans Mono',monospace;background:#e3e9ef;padding:1px 4px}"
    "table{border-collapse:collapse;margin:10px 0}"
    "td,th{border:1px solid #c3ccd6;padding:5px 10px;text-align:left}th{background:#dde8f2}"
    "nav{font-size:13px;color:#5b6775;margin-bottom:12px;border-bottom:2px solid #1f4e79}"
)
DOC_PAGES: list[dict[str, Any]] = [
    {
        "path": "/ops/sailings-thu.html",
        "title": "Ops: sailings and relief boats, Thu 26.11 - Bogazici Vapur",
        "style": "body{background:#12171d;color:#d5dde5} h1{color:#6fb3e0} th{background:#233040}"
        " td,th{border-color:#36455a} nav{color:#8b9aab;border-color:#6fb3e0}"
        " code,pre{background:#233040}",
        "body": [
            ("h1", "Sailings, Thursday 26 November (24-hour)"),
            (
                "table",
                [
                    ["Sailing", "Route", "Vessel", "Pier", "Dep", "Captain", "Note"],
                    ["KE-0700", "Kadikoy-Eminonu", "Sarayburnu", "1", "07:00", "Kerim Sahin", ""],
                    [
                        "CH-2611",
                        "Kadikoy-Sariyer",
                        "Kanlica",
                        "4",
                        "09:30",
                        "Murat Yilmaz",
                        "charter, 380 pax",
                    ],
                    [
                        "KE-1010",
                        "Kadikoy-Eminonu",
                        "Fenerbahce",
                        "1",
                        "10:10",
                        "Hakan Ersoy",
                        "relief for Kandilli",
                    ],
                    [
                        "KK-1130",
                        "Kadikoy-Karakoy",
                        "Moda",
                        "2",
                        "11:30",
                        "Kerim Sahin",
                        "off 15:00-16:30 (drill)",
                    ],
                    [
                        "UE-1250",
                        "Uskudar-Eminonu",
                        "Kuzguncuk",
                        "5",
                        "12:50",
                        "Emre Koc (pier)",
                        "subject to swell",
                    ],
                    [
                        "KE-1700",
                        "Sariyer-Kadikoy",
                        "Kanlica",
                        "Sariyer",
                        "17:00",
                        "Murat Yilmaz",
                        "CH-2611 return",
                    ],
                ],
            ),
            ("p", "Kandilli leaves for Pendik dry dock at 07:00; back on 9 December."),
            ("p", "Lodos: if gusts reach 35 kn, the Uskudar sailings stop first."),
        ],
    },
    {
        "path": "/ops/charters.html",
        "title": "Ops: charters 23-29 November - Bogazici Vapur",
        "style": "",
        "body": [
            ("h1", "Charters, 23-29 November 2026"),
            (
                "table",
                [
                    ["Code", "Customer", "Date", "Vessel", "Pax", "Pier", "Route"],
                    [
                        "CH-2611",
                        "Marmara Medical Congress",
                        "Thu 26/11 09:30",
                        "Kanlica",
                        "380",
                        "4",
                        "Kadikoy - Sariyer - Kadikoy",
                    ],
                    [
                        "CH-2616",
                        "Moda Lisesi school trip",
                        "Fri 27/11 10:00",
                        "Caddebostan",
                        "210",
                        "3",
                        "Kadikoy - Buyukada",
                    ],
                    [
                        "CH-2661",
                        "Kadikoy Rotary dinner cruise",
                        "Sat 28/11 19:00",
                        "Moda",
                        "120",
                        "2",
                        "Bosphorus round trip",
                    ],
                    [
                        "CH-2606",
                        "Film crew (Yesilcam Prod.)",
                        "Sun 29/11 06:30",
                        "Kuzguncuk",
                        "35",
                        "5",
                        "Kadikoy - Kiz Kulesi",
                    ],
                ],
            ),
            ("p", "Charters this week: 4, 745 passengers. Deposits due 48 hours before sailing."),
        ],
    },
    {
        "path": "/ops/fares.html",
        "title": "Fares and charter rates 2026 (rev. 4) - Bogazici Vapur",
        "style": "body{font-size:11px} h1{font-size:15px} td,th{padding:1px 6px}"
        " nav{font-size:10px}",
        "body": [
            ("h1", "Fares and charter rates 2026 (rev. 4)"),
            (
                "table",
                [
                    ["Code", "Ticket", "Who", "Price", "Per", "Notes"],
                    ["T-01", "City line", "Full", "TRY 42.50", "trip", "card or token"],
                    ["T-02", "City line", "Student", "TRY 20.50", "trip", "card only"],
                    ["T-03", "City line", "Teacher", "TRY 30.00", "trip", "card only"],
                    ["T-04", "Islands line", "Full", "TRY 62.50", "trip", "card or token"],
                    ["T-05", "Islands line", "Student", "TRY 30.50", "trip", "card only"],
                    [
                        "C-11",
                        "Charter, small boat",
                        "under 500 seats",
                        "TRY 14,500",
                        "hour",
                        "3 hours minimum",
                    ],
                    [
                        "C-12",
                        "Charter, large boat",
                        "500 seats or more",
                        "TRY 18,000",
                        "hour",
                        "3 hours minimum",
                    ],
                    ["C-14", "Dinner cruise", "any boat", "TRY 15,500", "hour", "catering extra"],
                ],
            ),
            ("p", "Prices from 1 September 2026. Student fare TRY 21.00 from 1 January 2027."),
        ],
    },
    {
        "path": "/ops/weather.html",
        "title": "Ops: weather limits and lodos procedure - Bogazici Vapur",
        "style": "",
        "body": [
            ("h1", "Weather limits (rev. 2, 18 November)"),
            (
                "table",
                [
                    ["Condition", "What dispatch does"],
                    ["Gusts 30 kn or more", "Wind hold: the captain decides, review every 15 min"],
                    ["Gusts 35 kn or more", "Cancel all sailings (was 40 kn before rev. 2)"],
                    ["SW swell at Uskudar", "Cancel Uskudar sailings, refund at the pier"],
                    ["Visibility under 500 m", "Radar watch, half speed"],
                    ["Visibility under 200 m", "Stop sailings, tell the harbour master"],
                ],
            ),
            ("p", "Forecasts: MGM marine bulletin at 06:00, 12:00 and 18:00."),
        ],
    },
    {
        "path": "/ops/vessels.html",
        "title": "Vessels and crew rota, week 48 - Bogazici Vapur",
        "style": "",
        "body": [
            ("h1", "Vessels and crew rota, week 48"),
            (
                "table",
                [
                    ["Vessel", "Seats", "Built", "Master", "Chief engineer", "This week"],
                    [
                        "Kandilli",
                        "600",
                        "1998",
                        "Hakan Ersoy",
                        "Murat Yildiz",
                        "Pendik dry dock from Thu 26/11",
                    ],
                    ["Kanlica", "400", "2004", "Murat Yilmaz", "Ozan Kurt", "CH-2611 Thu"],
                    ["Moda", "350", "2011", "Kerim Sahin", "Baris Tan", "dinner cruise Sat"],
                    [
                        "Caddebostan",
                        "450",
                        "2009",
                        "Levent Acar",
                        "Nuri Bal",
                        "KB line, CH-2616 Fri",
                    ],
                    ["Sarayburnu", "800", "2016", "Kerim Sahin", "Ozan Kurt", "KE line"],
                    ["Kuzguncuk", "300", "1989", "Cem Oral", "Baris Tan", "UE line"],
                ],
            ),
            ("p", "Fenerbahce (700 seats) is the relief boat while Kandilli is in dry dock."),
        ],
    },
    {
        "path": "/contacts/emergency.html",
        "title": "Emergency contacts and harbour offices - Bogazici Vapur",
        "style": "",
        "body": [
            ("h1", "Emergency contacts"),
            (
                "table",
                [
                    ["Who", "Name", "Phone", "Notes"],
                    ["Harbour master's office", "Aylin Demirci", "+90 216 555 0113", "permits"],
                    ["Ticket office, Kadikoy", "Aylin Demir", "+90 216 555 0131", "ext 31"],
                    ["Coast guard, Marmara", "duty officer", "158", "24 h"],
                    ["Pendik shipyard", "dock office", "+90 216 555 0192", "8:00 to 18:00"],
                    ["Safety officer", "Kerem Sahin", "+90 216 555 0160", "drills"],
                    ["Port clinic", "Dr Leyla Kaya", "+90 216 555 0150", ""],
                ],
            ),
            (
                "p",
                "Man overboard: the captain calls the coast guard on 158 first, then dispatch.",
            ),
        ],
    },
    {
        "path": "/ops/evacuation-drill.html",
        "title": "Evacuation drill checklist (rev. 2) - Bogazici Vapur",
        "style": "",
        "body": [
            ("h1", "Evacuation drill checklist (rev. 2)"),
            (
                "table",
                [
                    ["Step", "Check"],
                    ["1", "Lifejackets counted: one per seat plus 10% (Moda: 385)"],
                    ["2", "Two liferafts launched and recovered within 30 minutes"],
                    ["3", "Muster in under 8 minutes (under 10 before rev. 2)"],
                    ["4", "Harbour master signs the drill log on board"],
                ],
            ),
            ("p", "The boat stays off the timetable for the whole drill."),
            ("p", "Report the drill time and the muster time to Kerem Sahin the same day."),
        ],
    },
]


def page_html(page: dict[str, Any]) -> str:
    return _default.page_html(page, SITE_NAME, DOC_STYLE)


def page_text(page: dict[str, Any]) -> list[str]:
    return _default.page_text(page, SITE_NAME)
