"""Form scenario content (set g): a vehicle incident report (light, 11pt) and a fuel advance
request (dark, small 8pt text), with combo boxes, dates, ticked and unticked checkboxes and a
text area; a drivers and contacts list with similar names, trucks and phone numbers."""

from __future__ import annotations

FORM1_TITLE = "Vehicle incident report - Rota Sul"
FORM1 = [
    ("Reported by", "", "Renata Okamoto"),
    ("Truck", "CB", "RS-12"),
    ("Driver", "", "Joao Batista Lima"),
    ("Incident type", "CB", "Mechanical breakdown"),
    ("Location", "", "Via Dutra km 211, northbound"),
    ("Date", "DT", "2026-11-24"),
    ("Time", "", "19:02"),
    ("Cargo at risk", "CHK", "FALSE"),
    ("Police report filed", "CHK", "FALSE"),
    ("Tow truck requested", "CHK", "TRUE"),
    (
        "Description",
        "TXT",
        "Alternator failed; 18 pallets of water for Taubate, delivery moved to Wed 08:00",
    ),
]
FORM2_TITLE = "Fuel advance request - Finance"
FORM2 = [
    ("Driver", "", "Marcos Tavares"),
    ("Truck", "CB", "RS-07"),
    ("Trip", "", "Guarulhos - Campinas - Ribeirao Preto"),
    ("Amount (BRL)", "", "850.00"),
    ("Paid by", "CB", "PIX transfer"),
    ("Departure", "DT", "2026-11-25"),
    ("Overnight trip", "CHK", "TRUE"),
    ("Receipts attached", "CHK", "FALSE"),
    ("Approved by fleet manager", "CHK", "FALSE"),
]
OPTIONS = {
    "Truck": "RS-02!RS-03!RS-07!RS-09!RS-11!RS-12!RS-14!RS-16",
    "Incident type": "Accident!Mechanical breakdown!Tyre!Cargo damage!Theft or robbery",
    "Paid by": "Cash!Fuel card!PIX transfer",
}
CONTACTS = """name,role,truck,mobile,licence
Marcos Tavares,Driver,RS-07,(11) 95555-0107,E
Marcio Tavares,Driver,RS-11,(11) 95555-0171,E
Marcia Tavares,Warehouse lead,-,(11) 95555-0117,-
Joao Batista Lima,Driver,RS-12,(11) 95555-0112,D
Joao Batista Lemos,Agency driver,-,(11) 95555-0121,D
Paulo Henrique Souza,Driver,RS-14,(11) 95555-0114,E
Paula Henriques,Customer QA (Serra Azul),-,(11) 4555-0214,-
Wellington Ramos,Mechanic on call,-,(11) 95555-0142,-
"""
LIST_DIR = "people"
LIST_FILE = "drivers.csv"
LIST_COMMAND = "column -s, -t drivers.csv"
LIST_TERMINAL = ("84x12+660+820", "light", 10)
FORM1_GEOMETRY = "620x800+20+10"
FORM2_GEOMETRY = "470x400+760+60"
FORM1_STYLE: tuple[bool, int | None] = (False, 11)
FORM2_STYLE: tuple[bool, int | None] = (True, 8)
FORM1_PARTIAL = 4
LABELS = {
    "empty": "empty incident report",
    "partial": "incident report half filled",
    "filled": "incident report filled",
    "list": "drivers list",
    "form2": "fuel advance request filled (dark, small)",
    "back": "back to the incident report",
}
