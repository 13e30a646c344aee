"""Form scenario content: two yad forms' values and a contacts list with similar names."""

from __future__ import annotations

FORM1_TITLE = "New customer - Nordlys CRM"
FORM1 = [
    ("Full name", "", "Maya Lindqvist"),
    ("Email", "", "maya.lindqvist@fjordmail.example"),
    ("Phone", "", "+46 70 555 0182"),
    ("Company", "", "Nordlys Textiles AB"),
    ("Order number", "", "ORD-2026-11873"),
    ("Newsletter", "CHK", "TRUE"),
    ("Notes", "TXT", "Wants delivery after 14:00 on weekdays"),
]
FORM2_TITLE = "Shipping address - Nordlys CRM"
FORM2 = [
    ("Recipient", "", "Maya Lindqvist"),
    ("Street", "", "Kungsgatan 12"),
    ("Postal code", "", "211 49"),
    ("City", "", "Malmö"),
    ("Country", "", "Sweden"),
    ("Delivery instructions", "", "Leave at reception, 3rd floor"),
]
CONTACTS = """name,email,phone,company
Maja Lindgren,maja.lindgren@fjordmail.example,+46 70 555 0128,Lindgren Design
Mats Lind,mats.lind@kustpost.example,+46 31 555 0190,Kustpost AB
Maya Larsen,maya.larsen@northmail.example,+47 45 55 01 82,Larsen Textil AS
Ola Nordin,ola.nordin@fjordmail.example,+46 70 555 0311,Nordin Freight
"""
# Field kinds are yad's (""/TEXT, CHK, TXT, DT, CB); a CB field's options ("a!b!c", the
# first one selected at the start) are in OPTIONS by label. The distractor list: the
# directory under ~, its file and the command that prints it. The windows: geometries, and
# per form its look (dark, font size or None for the default).
OPTIONS: dict[str, str] = {}
LIST_DIR = "crm"
LIST_FILE = "contacts.csv"
LIST_COMMAND = "cat contacts.csv"
LIST_TERMINAL = ("86x14+560+520", "light", 10)
FORM1_GEOMETRY = "520x420+20+20"
FORM2_GEOMETRY = "400x300+560+60"
FORM1_STYLE: tuple[bool, int | None] = (False, None)
FORM2_STYLE: tuple[bool, int | None] = (True, 7)
FORM1_PARTIAL = 3  # fields filled in the half-filled frame
LABELS = {
    "empty": "empty customer form",
    "partial": "customer form half filled",
    "filled": "customer form filled",
    "list": "contacts list",
    "form2": "shipping form filled (dark, small text)",
    "back": "back to the customer form",
}
