"""Form scenario content (set d): a new-client intake form (dark) and a filing fee request
(light, small text), with combos, dates, ticked and unticked checkboxes and a text area; a
client list with similar names, matter numbers and phone numbers."""

from __future__ import annotations

FORM1_TITLE = "New client intake - Alvarado Pryce LLP"
FORM1 = [
    ("Client name", "", "Rosalind Greer"),
    ("Phone", "", "(626) 555-0148"),
    ("Matter type", "CB", "Landlord-tenant"),
    ("Adverse party", "", "Arroyo Lofts HOA"),
    ("Date of first contact", "DT", "2026-11-19"),
    ("Referred by", "CB", "Former client"),
    ("Responsible attorney", "", "Teresa Alvarado"),
    ("Conflict check cleared", "CHK", "TRUE"),
    ("Engagement letter signed", "CHK", "FALSE"),
    ("Limitations deadline", "DT", "2027-03-15"),
    ("Summary", "TXT", "HOA fined her $2,400 for a balcony planter; wants the fine reversed"),
]
FORM2_TITLE = "Filing fee request - Alvarado Pryce LLP"
FORM2 = [
    ("Matter no.", "", "AP-2026-0311"),
    ("Case", "", "Delgado v. Sunmark Builders"),
    ("Filing", "CB", "Opposition to demurrer"),
    ("Fee (USD)", "", "60.00"),
    ("File by", "DT", "2026-11-30"),
    ("Rush", "CHK", "FALSE"),
    ("Charge to client", "CHK", "TRUE"),
    ("Requested by", "", "Nell Hargrove"),
]
OPTIONS = {
    "Matter type": "Employment!Probate!Construction defect!Landlord-tenant!Business dispute",
    "Referred by": "Website!Former client!Bar referral!Other attorney",
    "Filing": "Complaint!Answer!Motion!Opposition to demurrer!Ex parte application",
}
CONTACTS = """client,matter_no,phone,adverse_party,opened
Rosalyn Greer,AP-2026-0331,(626) 555-0184,Arroyo Vista HOA,2026-10-02
Rosalind Grier,AP-2025-0113,(323) 555-0148,Sunmark Builders,2025-04-17
Ros Greene,AP-2026-0113,(626) 555-1048,Arroyo Lofts LLC,2026-06-30
Luis Delgado,AP-2026-0311,(818) 555-0472,Sunmark Builders,2026-03-09
"""
LIST_DIR = "clients"
LIST_FILE = "client-list.csv"
LIST_COMMAND = "column -s, -t client-list.csv"
LIST_TERMINAL = ("92x8+700+700", "light", 10)
FORM1_GEOMETRY = "660x700+16+16"
FORM2_GEOMETRY = "480x360+720+90"
FORM1_STYLE: tuple[bool, int | None] = (True, None)
FORM2_STYLE: tuple[bool, int | None] = (False, 8)
FORM1_PARTIAL = 6
LABELS = {
    "empty": "empty intake form",
    "partial": "intake form half filled",
    "filled": "intake form filled",
    "list": "client list",
    "form2": "filing fee request filled (light, small)",
    "back": "back to the intake form",
}
