"""Browser scenario content (set c): a hospital pharmacy intranet served to chromium."""

from __future__ import annotations

from typing import Any

from ..content import browser as _default

SITE_DIR = "rx-intranet"
SITE_NAME = "SVH Pharmacy intranet"
PORT = 9177
SERVER_TERMINAL = ("96x12+0+700", "light", 9)
BROWSER_WINDOW = ((360, 0), (1080, 860))
OPEN_AT_START = 5
FIRST_LABEL = "browser opened on the night shift handover page"
DOC_STYLE = (
    "body{font-family:'DejaVu Sans',sans-serif;margin:18px 28px;max-width:940px;color:#20242a}"
    "code,pre{font-family:'DejaVu Sans Mono',monospace;background:#f1eef6;padding:3px 6px}"
    "table{border-collapse:collapse}td,th{border:1px solid #a99cc0;padding:3px 10px;"
    "text-align:left}nav{font-size:13px;color:#5b3f8c;margin-bottom:8px}"
)
DOC_PAGES: list[dict[str, Any]] = [
    {
        "path": "/handover.html",
        "title": "Night shift handover · SVH Pharmacy",
        "style": "",
        "body": [
            ("h1", "Night shift handover, 24 Nov"),
            ("p", "Pharmacist in charge tonight: Arjun Mehta (bleep 2207)."),
            ("p", "Outstanding: 14 discharge prescriptions for Ward 5B, due by 07:30."),
            ("p", "Ward 9 ICU is short of vancomycin 1 g; do not issue more than 4 vials a dose."),
            ("p", "The aseptic unit closes at 21:00; after that, call the on-call technician."),
        ],
    },
    {
        "path": "/high-alert.html",
        "title": "High-alert medicines · SVH Pharmacy",
        "style": "",
        "body": [
            ("h1", "High-alert medicines"),
            ("p", "These need a second check by another registered nurse or pharmacist."),
            (
                "table",
                [
                    ["Medicine", "Usual concentration", "Max rate", "Double check"],
                    ["Heparin", "1,000 units/mL", "2,000 units/h", "Yes"],
                    ["Insulin (IV)", "1 unit/mL", "20 units/h", "Yes"],
                    ["Potassium chloride", "40 mmol/L", "10 mmol/h", "Yes"],
                    ["Morphine (PCA)", "1 mg/mL", "10 mg/h", "Yes"],
                ],
            ),
            ("p", "Concentrated potassium ampoules are kept in the pharmacy only."),
        ],
    },
    {
        "path": "/compatibility.html",
        "title": "IV compatibility · SVH Pharmacy",
        "style": "body{background:#1d1b22;color:#dcd6e6} code,pre{background:#2c2934;"
        "color:#eee8f5} nav{color:#b49ce0} td,th{border-color:#5e5470}",
        "body": [
            ("h1", "Y-site compatibility"),
            (
                "table",
                [
                    ["Drug A", "Drug B", "Result"],
                    ["Vancomycin", "Piperacillin-tazobactam", "Incompatible"],
                    ["Vancomycin", "Meropenem", "Compatible"],
                    ["Heparin", "Dobutamine", "Compatible"],
                    ["Furosemide", "Midazolam", "Incompatible"],
                ],
            ),
            ("p", "When in doubt, flush the line with 10 mL sodium chloride 0.9% between drugs."),
        ],
    },
    {
        "path": "/policy-updates.html",
        "title": "Policy updates · SVH Pharmacy",
        "style": "body{font-size:11px} h1{font-size:15px}",
        "body": [
            ("h1", "Policy updates"),
            ("p", "POL-118 (2026-11-20): Insulin pens are now labelled per patient at the ward."),
            ("p", "POL-117 (2026-11-02): Night courier runs at 23:00 and 03:00 only."),
            ("p", "POL-112 (2026-10-14): Controlled drug counts at every shift change."),
            ("p", "POL-109 (2026-09-30): Antibiotic stewardship round moved to 08:30."),
        ],
    },
    {
        "path": "/formulary-search.html",
        "title": "Formulary search: vancomycin · SVH Pharmacy",
        "style": "",
        "body": [
            ("h1", "Formulary search: vancomycin"),
            (
                "table",
                [
                    ["Product", "Strength", "Form", "Stock (main)", "Restricted"],
                    ["Vancomycin", "500 mg", "vial", "62", "Yes"],
                    ["Vancomycin", "1 g", "vial", "9", "Yes"],
                    ["Vancomycin", "125 mg", "capsule", "140", "No"],
                ],
            ),
            ("p", "Restricted: approval from microbiology (ext. 3310) before the second dose."),
        ],
    },
    {
        "path": "/downtime.html",
        "title": "EHR downtime procedure · SVH Pharmacy",
        "style": "",
        "body": [
            ("h1", "EHR downtime procedure"),
            ("p", "Use the paper drug chart (form RX-27) until the EHR is back."),
            ("p", "Print the downtime MAR report every 4 hours from the backup PC in room G14."),
            ("p", "Scheduled downtime: 25 Nov, 01:00 to 03:30, for the EHR upgrade."),
        ],
    },
]


def page_html(page: dict[str, Any]) -> str:
    return _default.page_html(page, SITE_NAME, DOC_STYLE)


def page_text(page: dict[str, Any]) -> list[str]:
    return _default.page_text(page, SITE_NAME)
