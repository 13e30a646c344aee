"""Browser scenario content (set k): a regional daily's newsroom intranet served to chromium
(tonight's news budget for the Thursday paper, a dark house style page on te reo Maori and
macrons, a small-text corrections register with near-identical entries, the suppression
orders in force, print deadlines and press slots, late shift contacts with Sam Whaanga and
Sam Whanga; the seventh page, the court reporting checklist, typed into a new tab). Three
titles begin "Newsdesk:", and long titles are cut short in the tab strip."""

from __future__ import annotations

from typing import Any

from ..content import browser as _default

SITE_DIR = "courier-intranet"
SITE_NAME = "The Harbour Courier - newsroom intranet"
PORT = 8152
SERVER_TERMINAL = ("60x16+0+940", "light", 10)
BROWSER_WINDOW = ((520, 0), (1400, 1200))
OPEN_AT_START = 6
FIRST_LABEL = "browser opened on the news budget"
DOC_STYLE = (
    "body{font-family:'DejaVu Serif',serif;margin:16px 30px;max-width:1180px;"
    "color:#1d1d28;font-size:16px;background:#ffffff}"
    "h1{font-size:26px;color:#8a1c1c;font-weight:700;font-family:'DejaVu Sans',sans-serif}"
    "code,pre{font-family:'DejaVu Sans Mono',monospace;background:#eeeeee;padding:1px 4px}"
    "table{border-collapse:collapse;margin:10px 0;font-family:'DejaVu Sans',sans-serif}"
    "td,th{border:1px solid #c8c8d0;padding:5px 10px;text-align:left}th{background:#f1e6e6}"
    "nav{font-size:13px;color:#5a5a66;margin-bottom:12px;border-bottom:2px solid #8a1c1c}"
)
DOC_PAGES: list[dict[str, Any]] = [
    {
        "path": "/desk/budget.html",
        "title": "Newsdesk: news budget for Thursday 26 November - Harbour Courier",
        "style": "",
        "body": [
            ("h1", "News budget, Thursday 26 November 2026"),
            (
                "table",
                [
                    ["Slug", "Page", "Words", "Reporter", "Sub", "Copy due", "Pic"],
                    ["RATES-RISE", "1", "640", "Kiri Te Ao", "Aroha", "6.30pm", "Sam Whaanga"],
                    ["PETONE-WHARF", "2", "420", "Ben Lowe", "Tane", "5.45pm", "file"],
                    ["NAPIER-FLOOD", "3", "550", "Napier bureau", "Lorraine", "8.30pm", "RNZ"],
                    ["HUTT-COURT", "4", "380", "Jess Ruru", "Tane", "7.00pm", "none"],
                    ["COUNCIL-WARDS", "5", "480", "Kiri Te Ao", "Mereana", "6.15pm", "to come"],
                    ["CRICKET-TEST", "18", "700", "Matt Fale", "Mereana", "11.15pm", "Getty"],
                ],
            ),
            ("p", "Front page goes at 9.40pm; the late sport replate at 11.30pm."),
            ("p", "Stories on the budget tonight: 6. Subs on the desk: 5."),
        ],
    },
    {
        "path": "/style/te-reo.html",
        "title": "Newsdesk: te reo M\u0101ori and macrons (style rev. 12) - Harbour Courier",
        "style": "body{background:#14161f;color:#dcdce6} h1{color:#f2a65a} th{background:#262a38}"
        " td,th{border-color:#3a3f52} nav{color:#9a9cb0;border-color:#f2a65a}"
        " code,pre{background:#262a38}",
        "body": [
            ("h1", "Te reo M\u0101ori and macrons (style rev. 12)"),
            (
                "table",
                [
                    ["Write", "Not", "Note"],
                    ["M\u0101ori", "Maori", "Always with the macron"],
                    ["Whanganui", "Wanganui", "Since 2015 for the city and district"],
                    ["P\u014dneke", "Poneke", "Wellington, in headlines only with a gloss"],
                    ["k\u014drero", "korero", "Italics never"],
                    ["Te Papa", "Te Papa museum", "No 'the' before Te Papa"],
                ],
            ),
            ("p", "Headline counts: a macron vowel counts as one character."),
            ("p", "Plurals take no s: two M\u0101ori wards, not two M\u0101oris."),
        ],
    },
    {
        "path": "/desk/corrections.html",
        "title": "Corrections register, November 2026 - Harbour Courier",
        "style": "body{font-size:11px} h1{font-size:15px} td,th{padding:1px 6px}"
        " nav{font-size:10px}",
        "body": [
            ("h1", "Corrections register, November 2026"),
            (
                "table",
                [
                    ["No.", "Published", "Page", "Error", "Correct", "Run on"],
                    ["C-1141", "Mon 2 Nov", "3", "Cr Ngaio Reti's age 42", "43", "Wed 4 Nov"],
                    ["C-1147", "Fri 13 Nov", "5", "Rates rise 8.9pc", "9.8pc", "Sat 14 Nov"],
                    [
                        "C-1149",
                        "Tue 17 Nov",
                        "2",
                        "Petone wharf closed Monday",
                        "Tuesday",
                        "Thu 19 Nov",
                    ],
                    [
                        "C-1152",
                        "Sat 21 Nov",
                        "18",
                        "Photo by Sam Whanga",
                        "Sam Whaanga",
                        "Tue 24 Nov",
                    ],
                    ["C-1153", "Tue 24 Nov", "1", "Rates rise 9.8pc", "8.9pc (Porirua)", "pending"],
                ],
            ),
            (
                "p",
                "A correction runs on page 2 within two days, online the same night.",
            ),
        ],
    },
    {
        "path": "/legal/suppressions.html",
        "title": "Newsdesk: suppression orders in force - Harbour Courier",
        "style": "",
        "body": [
            ("h1", "Suppression orders in force (legal, updated 25/11 5.10pm)"),
            (
                "table",
                [
                    ["Case", "Court", "Order", "Until", "Lawyer"],
                    [
                        "R v [suppressed] (HUTT-COURT)",
                        "Hutt Valley District",
                        "Name, occupation",
                        "Trial",
                        "Ana Fonoti",
                    ],
                    [
                        "Police v M (19)",
                        "Wellington Youth",
                        "Everything identifying",
                        "Always",
                        "Ana Fonoti",
                    ],
                    [
                        "R v Tipene",
                        "Wellington High",
                        "Evidence of witness 3",
                        "Verdict",
                        "Grant Ellery",
                    ],
                    ["Re K (family)", "Porirua Family", "Whole case", "Always", "Grant Ellery"],
                ],
            ),
            ("p", "If in doubt, hold it and ring the duty lawyer: 021 555 0388."),
        ],
    },
    {
        "path": "/production/deadlines.html",
        "title": "Print deadlines and press slots - Harbour Courier production",
        "style": "",
        "body": [
            ("h1", "Print deadlines and press slots"),
            (
                "table",
                [
                    ["Edition", "Last page to press", "Press", "Trucks leave Seaview"],
                    ["Regional (Wairarapa, K\u0101piti)", "9.40pm", "Press 1", "11.20pm"],
                    ["City", "10.50pm", "Press 2", "12.30am"],
                    ["City late sport replate", "11.30pm", "Press 2", "1.05am"],
                    ["Online e-edition", "12.15am", "-", "-"],
                ],
            ),
            ("p", "A page that misses its slot costs the edition its truck; ring the press hall."),
        ],
    },
    {
        "path": "/contacts/late-shift.html",
        "title": "Late shift contacts, Wed 25 November - Harbour Courier",
        "style": "",
        "body": [
            ("h1", "Late shift contacts"),
            (
                "table",
                [
                    ["Role", "Name", "Extension", "Mobile"],
                    ["Night editor", "Lorraine Petersen", "4410", "021 555 0147"],
                    ["Chief sub (days)", "Hemi Walker", "4402", "027 555 0191"],
                    ["Photographer on call", "Sam Whaanga", "4431", "022 555 0164"],
                    ["Sports desk", "Matt Fale", "4450", "021 555 0175"],
                    ["Press hall, Seaview", "Duty printer", "4600", "04 555 0600"],
                    ["Freelance photographer", "Sam Whanga", "-", "022 555 0146"],
                ],
            ),
            ("p", "Newsdesk after 10pm: ext 4400 rings the night editor's mobile."),
        ],
    },
    {
        "path": "/legal/court-checklist.html",
        "title": "Court reporting checklist (rev. 4) - Harbour Courier",
        "style": "",
        "body": [
            ("h1", "Court reporting checklist (rev. 4)"),
            (
                "table",
                [
                    ["Step", "Check"],
                    ["1", "Is there a suppression order? Look it up on the legal page"],
                    ["2", "Charges as laid, never 'guilty' before a verdict"],
                    ["3", "Ages and suburbs only as said in court"],
                    ["4", "Youth Court: no names, no schools, no suburbs"],
                ],
            ),
            ("p", "Court copy is read by the duty lawyer before 9pm, or it waits a day."),
            ("p", "Contempt fines start at NZD 25,000 for the paper."),
        ],
    },
]


def page_html(page: dict[str, Any]) -> str:
    return _default.page_html(page, SITE_NAME, DOC_STYLE)


def page_text(page: dict[str, Any]) -> list[str]:
    return _default.page_text(page, SITE_NAME)
