"""Browser scenario content (set l): a trekking agency's operations wiki served to chromium
(this week's departures, a dark page of Thursday's Lukla and Pokhara flights with 24-hour
times, a small-text permit fee table with near-identical rows, the acclimatisation rules,
Khumbu lodge bookings, emergency contacts with Nima Sherpa and Ngima Sherpa; the seventh
page, the porter welfare checklist, typed into a new tab). Three titles begin "Ops:", and long
titles are cut short in the tab strip."""

from __future__ import annotations

from typing import Any

from ..content import browser as _default

SITE_DIR = "ops-wiki"
SITE_NAME = "Saligram Treks - operations wiki"
PORT = 8163
SERVER_TERMINAL = ("64x16+0+880", "light", 10)
BROWSER_WINDOW = ((560, 0), (1488, 1152))
OPEN_AT_START = 6
FIRST_LABEL = "browser opened on the departures"
DOC_STYLE = (
    "body{font-family:'DejaVu Sans',sans-serif;margin:18px 28px;max-width:1250px;"
    "color:#22201c;font-size:16px;background:#fbf8f1}"
    "h1{font-size:25px;color:#2f5d50;font-weight:700}"
    "code,pre{font-family:'DejaVu Sans Mono',monospace;background:#ece6d8;padding:1px 4px}"
    "table{border-collapse:collapse;margin:10px 0}"
    "td,th{border:1px solid #cfc6b0;padding:5px 10px;text-align:left}th{background:#e3ecdf}"
    "nav{font-size:13px;color:#6b6455;margin-bottom:12px;border-bottom:2px solid #2f5d50}"
)
DOC_PAGES: list[dict[str, Any]] = [
    {
        "path": "/ops/departures.html",
        "title": "Ops: departures 23-29 November - Saligram Treks",
        "style": "",
        "body": [
            ("h1", "Departures, 23-29 November 2026"),
            (
                "table",
                [
                    ["Group", "Trek", "Starts", "Pax", "Guide", "Porters", "Transport"],
                    [
                        "LNG-1124",
                        "Langtang Valley",
                        "Wed 25/11",
                        "3",
                        "Kamal Rai",
                        "2",
                        "Jeep to Syabrubesi 7:00 a.m.",
                    ],
                    [
                        "EBC-1126",
                        "Everest Base Camp",
                        "Thu 26/11",
                        "7",
                        "Ngima Sherpa",
                        "4",
                        "Summit Air 6:50 a.m. Ramechhap-Lukla",
                    ],
                    [
                        "GKY-1125",
                        "Gokyo Lakes",
                        "Thu 26/11",
                        "3",
                        "Mingma Dorje",
                        "2",
                        "Tara Air 7:15 a.m. Ramechhap-Lukla",
                    ],
                    [
                        "MUS-1126",
                        "Upper Mustang",
                        "Fri 27/11",
                        "2",
                        "Tenzing Bhote",
                        "2",
                        "Buddha Air 10:30 a.m. Kathmandu-Pokhara",
                    ],
                    [
                        "TSM-1128",
                        "Tsum Valley",
                        "Sat 28/11",
                        "4",
                        "Phurba Tamang",
                        "3",
                        "Jeep to Machhakhola 6:00 a.m.",
                    ],
                ],
            ),
            ("p", "Ramechhap (Manthali) departures: the jeep leaves Thamel at 1:30 a.m."),
            ("p", "Departures this week: 5 groups, 19 trekkers, 13 porters."),
        ],
    },
    {
        "path": "/ops/flights-thu.html",
        "title": "Ops: Lukla and Pokhara flights, Thu 26 Nov - Saligram Treks",
        "style": "body{background:#15191c;color:#d9dee2} h1{color:#7fc8a9} th{background:#263036}"
        " td,th{border-color:#3b474e} nav{color:#94a3ab;border-color:#7fc8a9}"
        " code,pre{background:#263036}",
        "body": [
            ("h1", "Flights, Thursday 26 November (times NPT, 24-hour)"),
            (
                "table",
                [
                    ["Flight", "Airline", "Route", "Dep", "Arr", "Group", "Seats", "Status"],
                    [
                        "SMA 511",
                        "Summit Air",
                        "RHP-LUA",
                        "06:50",
                        "07:10",
                        "EBC-1126",
                        "7",
                        "Confirmed",
                    ],
                    [
                        "TRA 213",
                        "Tara Air",
                        "RHP-LUA",
                        "07:15",
                        "07:35",
                        "GKY-1125",
                        "3",
                        "Confirmed",
                    ],
                    [
                        "TRA 216",
                        "Tara Air",
                        "LUA-RHP",
                        "08:05",
                        "08:25",
                        "EBC-1108",
                        "7",
                        "Confirmed",
                    ],
                    [
                        "SIT 402",
                        "Sita Air",
                        "RHP-LUA",
                        "09:40",
                        "10:00",
                        "spare seats",
                        "2",
                        "Held till 17:00",
                    ],
                    [
                        "BHA 601",
                        "Buddha Air",
                        "KTM-PKR",
                        "10:30",
                        "10:55",
                        "MUS-1126",
                        "2",
                        "Waitlisted (permit)",
                    ],
                ],
            ),
            ("p", "Lukla flights leave from Ramechhap (RHP) until 15 December."),
            ("p", "Cloud at Lukla after 11:00 usually stops all landings."),
        ],
    },
    {
        "path": "/ops/permit-fees.html",
        "title": "Permit and entry fees 2026/27 (rev. 5) - Saligram Treks",
        "style": "body{font-size:11px} h1{font-size:15px} td,th{padding:1px 6px}"
        " nav{font-size:10px}",
        "body": [
            ("h1", "Permit and entry fees 2026/27 (rev. 5)"),
            (
                "table",
                [
                    ["Code", "Area", "Who", "Fee", "Per", "Notes"],
                    ["F-01", "Sagarmatha NP", "Foreign", "NPR 3,000", "person", "paid at Monjo"],
                    ["F-02", "Sagarmatha NP", "SAARC", "NPR 1,500", "person", "paid at Monjo"],
                    [
                        "F-03",
                        "Khumbu Pasang Lhamu RM",
                        "All",
                        "NPR 2,000",
                        "person",
                        "paid at Lukla",
                    ],
                    ["F-04", "ACAP", "Foreign", "NPR 3,000", "person", "Annapurna"],
                    ["F-05", "ACAP", "SAARC", "NPR 1,000", "person", "Annapurna"],
                    [
                        "F-11",
                        "Manaslu RAP, Sep-Nov",
                        "Foreign",
                        "USD 100",
                        "first 7 days",
                        "then USD 15 a day",
                    ],
                    [
                        "F-12",
                        "Manaslu RAP, Dec-Aug",
                        "Foreign",
                        "USD 75",
                        "first 7 days",
                        "then USD 10 a day",
                    ],
                    [
                        "F-14",
                        "Upper Mustang RAP",
                        "Foreign",
                        "USD 500",
                        "first 10 days",
                        "then USD 50 a day",
                    ],
                ],
            ),
            (
                "p",
                "Checked against the DNPWC notice of 2 Nov 2026. Restricted areas need two "
                "trekkers or more and a licensed guide.",
            ),
        ],
    },
    {
        "path": "/ops/altitude.html",
        "title": "Ops: altitude and acclimatisation rules - Saligram Treks",
        "style": "",
        "body": [
            ("h1", "Altitude and acclimatisation rules"),
            (
                "table",
                [
                    ["Rule", "What the guide does"],
                    ["Above 3,000 m", "Sleep no more than 500 m higher than the night before"],
                    ["Every 1,000 m gained", "One rest day (Namche and Dingboche on EBC)"],
                    ["AMS score 3 or more", "No ascent; ring the office"],
                    ["SpO2 below 80% at rest", "No ascent until it recovers"],
                    ["HAPE or HACE suspected", "Descend at once; heli via Nima Sherpa (Lukla)"],
                ],
            ),
            ("p", "Diamox: clients ask their own doctor; guides never hand it out."),
        ],
    },
    {
        "path": "/ops/lodges.html",
        "title": "Lodge bookings, Khumbu, late November - Saligram Treks",
        "style": "",
        "body": [
            ("h1", "Lodge bookings, Khumbu"),
            (
                "table",
                [
                    ["Night", "Place", "Lodge", "Group", "Rooms", "Confirmed by"],
                    ["Wed 25/11", "Lobuche", "Himalayan Eco Lodge", "EBC-1119", "3", "Dawa Tamang"],
                    [
                        "Wed 25/11",
                        "Namche Bazaar",
                        "Khumbu Summit Lodge",
                        "EBC-1122",
                        "2",
                        "Lakpa Sherpa",
                    ],
                    [
                        "Thu 26/11",
                        "Phakding",
                        "River View Lodge",
                        "EBC-1126",
                        "4",
                        "Sushmita (phone)",
                    ],
                    ["Thu 26/11", "Lukla", "Tenzing View Lodge", "GKY-1125", "2", "Mingma Dorje"],
                    ["Fri 27/11", "Namche Bazaar", "Khumbu Summit Lodge", "EBC-1126", "4", "email"],
                ],
            ),
            ("p", "Peak season: pay the deposit within 24 hours or the rooms go."),
        ],
    },
    {
        "path": "/contacts/emergency.html",
        "title": "Emergency contacts and heli operators - Saligram Treks",
        "style": "",
        "body": [
            ("h1", "Emergency contacts"),
            (
                "table",
                [
                    ["Who", "Name", "Phone", "Notes"],
                    ["Heli coordinator, Lukla", "Nima Sherpa", "+977 980 555 0124", "24 h"],
                    ["Guide, EBC-1126", "Ngima Sherpa", "+977 980 555 0142", "from Thu 26/11"],
                    ["Dhaulagiri Heli", "duty desk", "+977 01 555 0177", "24 h"],
                    ["Himal Rotor", "duty desk", "+977 01 555 0171", "6 a.m. to 6 p.m."],
                    [
                        "Alpine Assist (insurer)",
                        "claims",
                        "+44 20 5550 0184",
                        "claim AA-55231 (MNS-1115)",
                    ],
                    ["Thamel travel clinic", "Dr Sabina Joshi", "+977 01 555 0150", ""],
                ],
            ),
            (
                "p",
                "Evacuation: the guide rings Nima Sherpa first, then the office. Never wait "
                "for the insurer when HAPE or HACE is suspected.",
            ),
        ],
    },
    {
        "path": "/ops/porter-welfare.html",
        "title": "Porter welfare checklist (rev. 3) - Saligram Treks",
        "style": "",
        "body": [
            ("h1", "Porter welfare checklist (rev. 3)"),
            (
                "table",
                [
                    ["Step", "Check"],
                    ["1", "Load no more than 25 kg (30 kg before rev. 3)"],
                    ["2", "Boots, down jacket, sunglasses and a sleeping bag issued"],
                    ["3", "Every porter insured; policy number on the group sheet"],
                    ["4", "Porters sleep indoors above 3,500 m"],
                ],
            ),
            ("p", "The sirdar weighs every load at Lukla with the hanging scale."),
            ("p", "A sick porter goes down with a paid companion, never alone."),
        ],
    },
]


def page_html(page: dict[str, Any]) -> str:
    return _default.page_html(page, SITE_NAME, DOC_STYLE)


def page_text(page: dict[str, Any]) -> list[str]:
    return _default.page_text(page, SITE_NAME)
