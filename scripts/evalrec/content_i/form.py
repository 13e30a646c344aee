"""Form scenario content (set i): a night audit discrepancy report (light, 11pt text) and a
cash drop record (dark theme, small 8pt text), with combo boxes, dates, ticked and unticked
checkboxes and a text area; a staff list with similar names, extensions and mobiles."""

from __future__ import annotations

FORM1_TITLE = "Night audit discrepancy report - Miradouro Alfama"
FORM1 = [
    ("Auditor", "", "Tiago Mendonca"),
    ("Business date", "DT", "2026-11-24"),
    ("Department", "CB", "Front office"),
    ("Room", "", "412"),
    ("Reservation", "", "RSV-558127"),
    ("Discrepancy", "CB", "Rate mismatch"),
    ("Amount (EUR)", "", "33.00"),
    ("Posted by", "", "Evening shift (Marta Sousa)"),
    ("Corrected in PMS", "CHK", "TRUE"),
    ("Guest informed", "CHK", "FALSE"),
    ("Manager notified", "CHK", "TRUE"),
    (
        "Description",
        "TXT",
        "Room 412 was posted at the COIMBRA-MED rate 109.00 instead of BAR-FLEX 142.00 "
        "for 24/11; the difference of 33.00 is posted as a rate adjustment",
    ),
]
FORM2_TITLE = "Cash drop record - night shift"
FORM2 = [
    ("Cashier", "", "Tiago Mendonca"),
    ("Shift", "CB", "Night"),
    ("Drawer", "CB", "Drawer 2"),
    ("Float (EUR)", "", "250.00"),
    ("Cash takings (EUR)", "", "415.60"),
    ("Card slips", "", "37"),
    ("Envelope", "", "CD-20261124-07"),
    ("Witness", "", "Helena Matos"),
    ("Drop date", "DT", "2026-11-25"),
    ("Counted twice", "CHK", "TRUE"),
    ("Variance found", "CHK", "FALSE"),
]
OPTIONS = {
    "Department": "Front office!Housekeeping!Food and beverage!Maintenance!Reservations",
    "Discrepancy": "Missing charge!Duplicate charge!Rate mismatch!Payment not posted!City tax",
    "Shift": "Morning!Evening!Night",
    "Drawer": "Drawer 1!Drawer 2!Drawer 3!Back office safe",
}
CONTACTS = """name,role,extension,mobile
Helena Matos,Night duty manager,201,910 555 147
Helena Mattos,Spa manager,236,910 555 174
Rui Costa,Night porter,205,910 555 162
Rui Coutinho,Maintenance on call,240,910 555 126
Marta Sousa,Front office manager,202,910 555 133
Marta Souza,Revenue manager,232,910 555 138
Filipa Reis,Reservations,210,910 555 151
Filipe Reis,IT support,250,910 555 115
Duarte Ferraz,Finance controller,230,910 555 190
Bruno Almeida,Security,206,910 555 109
"""
LIST_DIR = "staff"
LIST_FILE = "staff.csv"
LIST_COMMAND = "column -s, -t -o ' | ' staff.csv"
LIST_TERMINAL = ("84x14+680+560", "light", 10)
FORM1_GEOMETRY = "640x800+10+10"
FORM2_GEOMETRY = "440x440+720+40"
FORM1_STYLE: tuple[bool, int | None] = (False, 11)
FORM2_STYLE: tuple[bool, int | None] = (True, 8)
FORM1_PARTIAL = 6
LABELS = {
    "empty": "empty discrepancy report",
    "partial": "discrepancy report half filled",
    "filled": "discrepancy report filled",
    "list": "staff list",
    "form2": "cash drop record filled (dark, small)",
    "back": "back to the discrepancy report",
}
