"""Browser scenario content (set g): a small refrigerated freight company's dispatch intranet
served to chromium (today's loads, drivers and licences, a dark night gate log, small-text fuel
card transactions, route restrictions, customer contacts; the seventh page typed into a new
tab)."""

from __future__ import annotations

from typing import Any

from ..content import browser as _default

SITE_DIR = "rotasul-intranet"
SITE_NAME = "Rota Sul Logistica - dispatch intranet (Guarulhos)"
PORT = 8117
SERVER_TERMINAL = ("56x26+0+600", "dark", 9)
BROWSER_WINDOW = ((360, 0), (1040, 1010))
OPEN_AT_START = 6
FIRST_LABEL = "browser opened on today's loads"
DOC_STYLE = (
    "body{font-family:'DejaVu Sans',sans-serif;margin:12px 22px;max-width:980px;"
    "color:#202a33;font-size:14px}h1{font-size:22px;color:#0b5d8c}"
    "code,pre{font-family:'DejaVu Sans Mono',monospace;background:#eef4f8;padding:2px 5px}"
    "table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #9fb6c6;"
    "padding:4px 9px;text-align:left}th{background:#d9e8f2}"
    "nav{font-size:12px;color:#4f6b80;margin-bottom:8px;border-bottom:2px solid #0b5d8c}"
)
DOC_PAGES: list[dict[str, Any]] = [
    {
        "path": "/loads/today.html",
        "title": "Loads for Tue 24/11 - Rota Sul",
        "style": "",
        "body": [
            ("h1", "Loads for Tuesday 24/11"),
            (
                "table",
                [
                    ["Load", "Customer", "Pickup", "Deliver to", "Window", "Truck", "Pallets"],
                    [
                        "L-5520",
                        "Laticinios Serra Azul",
                        "Jundiai",
                        "GRU DC",
                        "06:00-08:00",
                        "RS-07",
                        "18",
                    ],
                    [
                        "L-5523",
                        "Laticinios Serra Alta",
                        "Braganca Paulista",
                        "Campinas",
                        "09:00-11:00",
                        "RS-07",
                        "12",
                    ],
                    [
                        "L-5527",
                        "Frutas Vale do Ribeira",
                        "Registro",
                        "CEAGESP",
                        "13:00-15:00",
                        "RS-11",
                        "22",
                    ],
                    [
                        "L-5531",
                        "Aguas Mantiqueira",
                        "GRU DC",
                        "Taubate",
                        "20:00-22:00",
                        "RS-12",
                        "18",
                    ],
                    [
                        "L-5534",
                        "Frigorifico Campo Limpo",
                        "Guarulhos",
                        "Curitiba",
                        "04:00-06:00 Wed",
                        "RS-09",
                        "20",
                    ],
                    [
                        "L-5536",
                        "Porto Seguro Pescados",
                        "Santos",
                        "GRU DC",
                        "19:00-21:00",
                        "RS-16",
                        "14",
                    ],
                ],
            ),
            ("p", "Serra Azul and Serra Alta are different customers: check the invoice CNPJ."),
            ("p", "Any load over 24 pallets needs one of the new 26-pallet trailers."),
        ],
    },
    {
        "path": "/fleet/drivers.html",
        "title": "Drivers and licences - Rota Sul",
        "style": "",
        "body": [
            ("h1", "Drivers and licences"),
            (
                "table",
                [
                    ["Driver", "Truck", "Licence", "MOPP course valid to", "Mobile"],
                    ["Marcos Tavares", "RS-07", "E", "03/2027", "(11) 95555-0107"],
                    ["Marcio Tavares", "RS-11", "E", "12/2026", "(11) 95555-0171"],
                    ["Rafael Nunes", "RS-09", "E", "08/2027", "(11) 95555-0109"],
                    ["Joao Batista Lima", "RS-12", "D", "expired 10/2026", "(11) 95555-0112"],
                    ["Paulo Henrique Souza", "RS-14", "E", "05/2027", "(11) 95555-0114"],
                    ["Edson Moura", "RS-16", "E", "01/2027", "(11) 95555-0116"],
                    ["Bruna Carvalho", "RS-03", "D", "none", "(11) 95555-0103"],
                ],
            ),
            (
                "p",
                "Joao's MOPP refresher is booked for Thursday 26/11; no hazmat loads until then.",
            ),
        ],
    },
    {
        "path": "/yard/gate-log.html",
        "title": "Night gate log - Rota Sul",
        "style": "body{background:#101418;color:#cfd8df} h1{color:#f0b429} th{background:#1f2a33}"
        " td,th{border-color:#3a4a57} nav{color:#8aa0b2;border-color:#f0b429}"
        " code,pre{background:#1f2a33}",
        "body": [
            ("h1", "Gate log, night of 23 to 24/11"),
            (
                "table",
                [
                    ["Time", "Truck", "Plate", "In / out", "Seal no.", "Guard"],
                    ["22:14", "RS-09", "CLM-7H40", "In", "SL-480213", "Severino"],
                    ["23:52", "RS-16", "HPN-0D35", "In", "SL-480227", "Severino"],
                    ["03:05", "RS-11", "GHT-2B57", "Out", "SL-480231", "Gilmar"],
                    ["05:40", "RS-09", "CLM-7H40", "Out", "SL-480236", "Gilmar"],
                    ["05:58", "RS-07", "FQX-4J21", "Out", "SL-480238", "Gilmar"],
                ],
            ),
            ("p", "Gate 2 (Rua Cachoeira side) is closed at night; use gate 1 only."),
            ("p", "Night guard phone: (11) 4555-0190. Alarm company code: AZ-7713."),
        ],
    },
    {
        "path": "/finance/fuel-cards.html",
        "title": "Fuel card transactions - Rota Sul",
        "style": "body{font-size:11px} h1{font-size:15px} td,th{padding:1px 6px}"
        " nav{font-size:10px}",
        "body": [
            ("h1", "Fuel card transactions, 23/11 and 24/11 (card statement, 18:00)"),
            (
                "table",
                [
                    ["Card", "Truck", "Date", "Station", "Litres", "Amount (R$)"],
                    [
                        "**** 4471",
                        "RS-07",
                        "23/11",
                        "Posto Graal, Anhanguera km 42",
                        "212",
                        "1,286.84",
                    ],
                    [
                        "**** 4417",
                        "RS-11",
                        "24/11",
                        "Posto Castelo, Castello Branco km 71",
                        "186",
                        "1,131.20",
                    ],
                    [
                        "**** 4490",
                        "RS-09",
                        "24/11",
                        "Posto Frango Assado, Regis km 357",
                        "240",
                        "1,452.00",
                    ],
                    ["**** 4433", "RS-16", "24/11", "Posto Imigrantes, km 40", "98", "601.72"],
                    ["**** 4412", "RS-12", "24/11", "Posto Dutra, km 175", "150", "913.50"],
                ],
            ),
            ("p", "Card 4417 is RS-11's; card 4471 is RS-07's. Do not swap them between trucks."),
            ("p", "Any fill over 250 litres needs Diego's approval in the app."),
        ],
    },
    {
        "path": "/routes/restrictions.html",
        "title": "Route restrictions - Rota Sul",
        "style": "",
        "body": [
            ("h1", "Route restrictions in Sao Paulo (rodizio and ZMRC)"),
            (
                "table",
                [
                    ["Weekday", "Plates ending in", "Blocked hours"],
                    ["Monday", "1 and 2", "07:00-10:00 and 17:00-20:00"],
                    ["Tuesday", "3 and 4", "07:00-10:00 and 17:00-20:00"],
                    ["Wednesday", "5 and 6", "07:00-10:00 and 17:00-20:00"],
                    ["Thursday", "7 and 8", "07:00-10:00 and 17:00-20:00"],
                    ["Friday", "9 and 0", "07:00-10:00 and 17:00-20:00"],
                ],
            ),
            (
                "p",
                "Trucks may not enter the ZMRC (inner zone) 05:00-21:00 on weekdays without a"
                " permit. RS-07 and RS-16 hold VUC permits.",
            ),
            ("p", "Marginal Tiete: trucks banned from the express lanes 16:00-20:00."),
        ],
    },
    {
        "path": "/customers/contacts.html",
        "title": "Customer contacts - Rota Sul",
        "style": "",
        "body": [
            ("h1", "Customer contacts"),
            (
                "table",
                [
                    ["Customer", "Contact", "Phone", "Receiving hours"],
                    [
                        "Laticinios Serra Azul",
                        "Paula Henriques (QA)",
                        "(11) 4555-0214",
                        "Mon-Sat 06:00-14:00",
                    ],
                    [
                        "Laticinios Serra Alta",
                        "Paulo Henriques (purchasing)",
                        "(11) 4555-0241",
                        "Mon-Fri 08:00-17:00",
                    ],
                    ["Frigorifico Campo Limpo", "Sergio Matsuda", "(41) 3555-0188", "24 h, dock 7"],
                    ["Aguas Mantiqueira", "Denise Rocha", "(12) 3555-0150", "Mon-Fri 07:00-19:00"],
                    [
                        "Porto Seguro Pescados",
                        "Ivan Albuquerque",
                        "(13) 3555-0166",
                        "Mon-Sat 05:00-12:00",
                    ],
                ],
            ),
            ("p", "Serra Azul wants reefer logs for every October trip at the audit."),
        ],
    },
    {
        "path": "/sop/cold-chain.html",
        "title": "Cold chain SOP - Rota Sul",
        "style": "",
        "body": [
            ("h1", "Cold chain standard operating procedure (rev. 7)"),
            (
                "table",
                [
                    ["Load type", "Set point", "Allowed range", "Max. excursion"],
                    ["Chilled dairy", "+4 C", "0 to +8 C", "30 min"],
                    ["Frozen meat", "-20 C", "-18 C or colder", "15 min"],
                    ["Fresh fish on ice", "0 C", "-1 to +2 C", "20 min"],
                ],
            ),
            (
                "p",
                "On an excursion call the customer's QA contact and log the probe reading"
                " every 10 minutes until the unit recovers.",
            ),
            ("p", "Pre-cool every reefer for 45 minutes before loading."),
        ],
    },
]


def page_html(page: dict[str, Any]) -> str:
    return _default.page_html(page, SITE_NAME, DOC_STYLE)


def page_text(page: dict[str, Any]) -> list[str]:
    return _default.page_text(page, SITE_NAME)
