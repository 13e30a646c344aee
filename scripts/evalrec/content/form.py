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
