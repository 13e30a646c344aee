"""Browser scenario content (set m): a wind farm's maintenance wiki served to chromium (this
week's work orders with near-identical numbers WO-58213, WO-58230 and WO-58231, a dark page
of Thursday's hub-height wind and crane lift windows with 24-hour times, a small-text spare
parts table with near-identical part numbers, the climbing and lifting rules, the crew rota
with Baraka and Barasa Mwangi, emergency contacts with Otieno Odhiambo, Odhiambo Otieno and
Achieng Otieno; the seventh page, the blade inspection checklist, typed into a new tab).
Three titles begin "Maint:", and long titles are cut short in the tab strip."""

from __future__ import annotations

from typing import Any

from ..content import browser as _default

SITE_DIR = "maint-wiki"
SITE_NAME = "Mbaruk Hills wind farm - maintenance wiki"
PORT = 8177
SERVER_TERMINAL = ("60x14+0+760", "light", 10)
BROWSER_WINDOW = ((470, 0), (1290, 990))
OPEN_AT_START = 6
FIRST_LABEL = "browser opened on the work orders"
DOC_STYLE = (
    "body{font-family:'DejaVu Sans',sans-serif;margin:16px 24px;max-width:1180px;"
    "color:#1d2327;font-size:15px;background:#f4f7f9}"
    "h1{font-size:24px;color:#1f5f8b;font-weight:700}"
    "code,pre{font-family:'DejaVu Sans Mono',monospace;background:#e3e9ee;padding:1px 4px}"
    "table{border-collapse:collapse;margin:10px 0}"
    "td,th{border:1px solid #c3ccd3;padding:5px 9px;text-align:left}th{background:#dde8f0}"
    "nav{font-size:13px;color:#5b6770;margin-bottom:12px;border-bottom:2px solid #1f5f8b}"
)
DOC_PAGES: list[dict[str, Any]] = [
    {
        "path": "/maint/work-orders.html",
        "title": "Maint: work orders, week 48 - Mbaruk Hills",
        "style": "",
        "body": [
            ("h1", "Work orders, week 48 (23-29 November 2026)"),
            (
                "table",
                [
                    ["WO", "Turbine", "Task", "Crew", "Planned", "Status"],
                    [
                        "WO-58213",
                        "WTG-17",
                        "Pitch encoder swap, axis 2 (PE-2207)",
                        "A - Baraka Mwangi",
                        "Wed 25/11",
                        "In progress",
                    ],
                    [
                        "WO-58230",
                        "WTG-07",
                        "6-month service",
                        "B - Barasa Mwangi",
                        "Wed 25/11",
                        "In progress",
                    ],
                    [
                        "WO-58231",
                        "WTG-71",
                        "Gearbox oil and filter change (crane)",
                        "B - Barasa Mwangi",
                        "Thu 26/11",
                        "Planned",
                    ],
                    [
                        "WO-58244",
                        "WTG-35",
                        "Yaw motor swap (YM-4410)",
                        "C - Chebet Kirui",
                        "Fri 27/11",
                        "Waiting parts",
                    ],
                    [
                        "WO-58250",
                        "WTG-44",
                        "Crane pad regrade",
                        "Rift Civils (contractor)",
                        "Mon 30/11",
                        "Planned",
                    ],
                ],
            ),
            ("p", "Crane for WO-58231: Kilele Cranes, 300 t crawler, quote KC-4471."),
            ("p", "Week 48: 5 work orders, 3 crews, 1 contractor."),
        ],
    },
    {
        "path": "/maint/lift-windows-thu.html",
        "title": "Maint: hub-height wind and lift windows, Thu 26 Nov - Mbaruk Hills",
        "style": "body{background:#121a21;color:#d3dde5} h1{color:#6fb3e0} th{background:#22303b}"
        " td,th{border-color:#34434f} nav{color:#8d9ba6;border-color:#6fb3e0}"
        " code,pre{background:#22303b}",
        "body": [
            ("h1", "Hub-height wind, Thursday 26 November (EAT, 24-hour)"),
            (
                "table",
                [
                    ["Time", "Mean m/s", "Gust m/s", "Crane lift", "Climb"],
                    ["06:00", "6.8", "9.1", "Yes", "Yes"],
                    ["08:00", "8.2", "11.0", "Yes", "Yes"],
                    ["10:00", "9.6", "13.4", "Yes", "Yes"],
                    ["12:00", "11.3", "15.2", "No", "Yes"],
                    ["14:00", "12.9", "17.0", "No", "Yes"],
                    ["16:00", "10.4", "14.1", "No", "Yes"],
                    ["18:00", "8.9", "12.2", "Yes", "Yes"],
                ],
            ),
            (
                "p",
                "Crane lift limit: 10 m/s 10-minute mean at hub height (12 m/s before HSE "
                "memo 14).",
            ),
            ("p", "Lift window for WO-58231 (WTG-71 gearbox): 06:00 to 11:00."),
        ],
    },
    {
        "path": "/maint/spares.html",
        "title": "Spare parts stock, Mbaruk stores (rev. 9) - Mbaruk Hills",
        "style": "body{font-size:11px} h1{font-size:15px} td,th{padding:1px 6px}"
        " nav{font-size:10px}",
        "body": [
            ("h1", "Spare parts stock, Mbaruk stores (rev. 9)"),
            (
                "table",
                [
                    ["Part no.", "Description", "Qty", "Bin", "Notes"],
                    ["YM-4401", "Yaw motor 2.2 kW", "3", "B-12", "old platform only"],
                    ["YM-4410", "Yaw motor 4 kW", "0", "B-14", "on order, ETA Fri 27/11"],
                    ["PE-2207", "Pitch encoder, axis 1-3", "2", "C-03", "3.45 MW"],
                    ["PE-2270", "Pitch encoder (old type)", "5", "C-07", "does not fit 3.45 MW"],
                    ["GF-118", "Gearbox oil filter, fine", "6", "D-01", "WO-58231"],
                    ["GF-181", "Gearbox oil filter, coarse", "1", "D-02", ""],
                    ["OIL-320", "Gear oil ISO VG 320, 208 L drum", "3", "yard", "main gearbox"],
                    ["OIL-220", "Gear oil ISO VG 220, 208 L drum", "2", "yard", "yaw gears only"],
                ],
            ),
            (
                "p",
                "Counted by Njeri Wambui (stores) on 23 Nov 2026. Ask stores before you "
                "take the last one.",
            ),
        ],
    },
    {
        "path": "/maint/climb-lift-rules.html",
        "title": "Maint: climbing and lifting rules - Mbaruk Hills",
        "style": "",
        "body": [
            ("h1", "Climbing and lifting rules"),
            (
                "table",
                [
                    ["Rule", "What the crew does"],
                    ["Climbing", "Only below 18 m/s (10-minute mean), always two people"],
                    [
                        "Crane lifts",
                        "Only at 10 m/s or less at hub height, lift supervisor on site",
                    ],
                    ["Lightning within 10 km", "Stop work and leave the tower"],
                    ["Rescue kit", "At the tower base before anyone climbs"],
                    ["Hot work in the nacelle", "Fire watch for 30 minutes afterwards"],
                ],
            ),
            ("p", "Lightning alerts come from the control room, ext 200."),
        ],
    },
    {
        "path": "/maint/crew-rota.html",
        "title": "Crew rota, week 48, technicians and standby - Mbaruk Hills",
        "style": "",
        "body": [
            ("h1", "Crew rota, week 48"),
            (
                "table",
                [
                    ["Day", "Crew", "Lead", "Techs", "Shift", "Turbines"],
                    ["Wed 25/11", "A", "Baraka Mwangi", "3", "07:00-16:00", "WTG-17"],
                    ["Wed 25/11", "B", "Barasa Mwangi", "3", "07:00-16:00", "WTG-07"],
                    ["Thu 26/11", "B", "Barasa Mwangi", "4", "05:30-15:00", "WTG-71 (crane)"],
                    ["Thu 26/11", "A", "Baraka Mwangi", "3", "07:00-16:00", "WTG-17, WTG-07"],
                    ["Fri 27/11", "C", "Chebet Kirui", "2", "07:00-16:00", "WTG-35"],
                    ["Sat 28/11", "Standby", "Njeri Wambugu", "1", "on call", "all"],
                ],
            ),
            ("p", "Swaps go through the planner (Wanjiru Kamau), not the crew leads."),
        ],
    },
    {
        "path": "/contacts/emergency.html",
        "title": "Emergency contacts and contractors - Mbaruk Hills",
        "style": "",
        "body": [
            ("h1", "Emergency contacts"),
            (
                "table",
                [
                    ["Who", "Name", "Phone", "Notes"],
                    ["Control room", "duty operator", "+254 700 555 200", "ext 200, 24 h"],
                    ["Site manager", "Otieno Odhiambo", "+254 722 555 181", ""],
                    ["SCADA engineer", "Odhiambo Otieno", "+254 722 555 118", "comms faults"],
                    ["HSE officer", "Achieng Otieno", "+254 733 555 162", "permits to work"],
                    ["Kilele Cranes", "Kipchoge Rotich", "+254 733 555 140", "lift supervisor"],
                    ["Flying Medics EA", "air ambulance", "+254 20 555 0199", "24 h"],
                    ["Kajiado referral hospital", "casualty", "+254 20 555 0160", "55 min by road"],
                ],
            ),
            (
                "p",
                "Rescue from height: the crew starts the rescue, then rings the control room. "
                "Never wait for the air ambulance to start a rescue.",
            ),
        ],
    },
    {
        "path": "/maint/blade-checklist.html",
        "title": "Blade inspection checklist (rev. 4) - Mbaruk Hills",
        "style": "",
        "body": [
            ("h1", "Blade inspection checklist (rev. 4)"),
            (
                "table",
                [
                    ["Step", "Check"],
                    ["1", "Drone flights only below 12 m/s mean wind"],
                    ["2", "Photograph all three blades, both sides, root to tip"],
                    ["3", "Leading edge erosion category 3 or worse: raise a WO within 24 h"],
                    ["4", "Lightning receptor damage: stop the turbine (was: log only, rev. 3)"],
                ],
            ),
            ("p", "Photos go to the blades folder under the turbine number, e.g. WTG-71/2026-11."),
            ("p", "Crack longer than 30 cm: ring the site manager at once."),
        ],
    },
]


def page_html(page: dict[str, Any]) -> str:
    return _default.page_html(page, SITE_NAME, DOC_STYLE)


def page_text(page: dict[str, Any]) -> list[str]:
    return _default.page_text(page, SITE_NAME)
