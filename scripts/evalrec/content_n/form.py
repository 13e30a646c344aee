"""Form scenario content (set n): an outgoing loan condition report (dark theme, 11pt text)
and a crate dispatch record (light, small 8pt text), with combo boxes, dates, ticked and
unticked checkboxes and a text area, on a small laptop screen; a staff phone list with similar
names (Jose Miguel Santos and Jose Miguel Santiago, Liza Manalo and Luisa Manalo, Ramon and
Ramil Dela Cruz, Ana Reyes and Anna Reyes), roles and phone numbers."""

from __future__ import annotations

FORM1_TITLE = "Outgoing loan condition report - Museo Baluarte"
FORM1 = [
    ("Loan number", "", "LN-2026-031"),
    ("Object number", "", "MB-2021.007.30"),
    ("Object", "", "Tinalak abaca panel"),
    ("Borrower", "CB", "Straits Heritage Gallery"),
    ("Condition", "CB", "Fair, stable"),
    ("Examined on", "DT", "2026-11-25"),
    ("Examined by", "", "Dr Liza Manalo"),
    ("Size (cm)", "", "212 x 58"),
    ("Insured value (PHP)", "", "2350000"),
    ("Photos taken", "CHK", "TRUE"),
    ("Conservator at venue", "CHK", "FALSE"),
    (
        "Notes",
        "TXT",
        "Loose weft at the lower left corner, 3 cm, secured with a net overlay on 25 Nov. "
        "Photograph it again in Singapore before unrolling.",
    ),
]
FORM2_TITLE = "Crate dispatch record - Museo Baluarte"
FORM2 = [
    ("Crate", "", "CR-08"),
    ("Loan", "", "LN-2026-031"),
    ("Contents", "", "MB-2020.031.9"),
    ("Gross weight (kg)", "", "33.5"),
    ("Logger", "", "L-118"),
    ("Shipper", "CB", "Kargada Fine Art"),
    ("Leaves on", "DT", "2026-11-26"),
    ("Courier", "", "Ana Reyes"),
    ("Seal number", "", "S-440918"),
    ("Fragile labels", "CHK", "TRUE"),
    ("Customs cleared", "CHK", "FALSE"),
]
OPTIONS = {
    "Borrower": "Baguio Highland Museum!Straits Heritage Gallery!Cebu Textile Museum",
    "Condition": "Good!Fair, stable!Fair, unstable!Poor",
    "Shipper": "Manila Fine Art Movers!Kargada Fine Art!In-house van",
}
CONTACTS = """name,role,phone,local
Jose Miguel Santos,Head preparator,+63 917 555 0131,211
Jose Miguel Santiago,Preparator,+63 917 555 0113,212
Liza Manalo,Textile conservator,+63 917 555 0142,230
Luisa Manalo,Paper conservator,+63 917 555 0124,231
Ramon Dela Cruz,Finance and insurance,+63 2 8555 0150,240
Ramil Dela Cruz,Facilities,+63 2 8555 0105,241
Ana Reyes,Courier (LN-2026-031),+63 918 555 0163,-
Anna Reyes,Education officer,+63 918 555 0136,250
Mei Ling Tan,Registrar (Straits Heritage),+65 6555 0148,-
Corazon Dizon,Registrar,+63 2 8555 0101,201
"""
LIST_DIR = "staff"
LIST_FILE = "staff.csv"
LIST_COMMAND = "column -s, -t staff.csv"
LIST_TERMINAL = ("82x13+620+560", "light", 9)
FORM1_GEOMETRY = "600x730+10+10"
FORM2_GEOMETRY = "460x430+640+40"
FORM1_STYLE: tuple[bool, int | None] = (True, 11)
FORM2_STYLE: tuple[bool, int | None] = (False, 8)
FORM1_PARTIAL = 5
LABELS = {
    "empty": "empty condition report",
    "partial": "condition report half filled",
    "filled": "condition report filled",
    "list": "staff phone list",
    "form2": "crate dispatch record filled (light, small)",
    "back": "back to the condition report",
}
