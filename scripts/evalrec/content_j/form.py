"""Form scenario content (set j): a ground damage report (dark theme, 12pt text) and a delay
code record (light, small 9pt text), with combo boxes, dates, ticked and unticked checkboxes
and a text area; a staff list with similar names, radio channels, extensions and mobiles."""

from __future__ import annotations

FORM1_TITLE = "Ground damage report - OGS George"
FORM1 = [
    ("Reported by", "", "Thandi Mokoena"),
    ("Date of occurrence", "DT", "2026-11-25"),
    ("Flight", "", "KV 418"),
    ("Aircraft registration", "", "ZS-KVB"),
    ("Stand", "CB", "Stand 5"),
    ("Equipment", "CB", "Belt loader"),
    ("Equipment ID", "", "BL-7"),
    ("Damage", "CB", "Dent within limits"),
    ("Engineer inspected", "CHK", "TRUE"),
    ("Photos taken", "CHK", "TRUE"),
    ("Flight delayed", "CHK", "FALSE"),
    (
        "Description",
        "TXT",
        "Belt loader BL-7 touched the aft cargo door frame of ZS-KVB at 04:12 while "
        "positioning; Pieter Booysen inspected, dent within limits, aircraft released",
    ),
]
FORM2_TITLE = "Delay code record - OGS George"
FORM2 = [
    ("Flight", "", "FY 238"),
    ("Date", "DT", "2026-11-24"),
    ("STD", "", "18:40"),
    ("ATD", "", "19:16"),
    ("Delay (min)", "", "36"),
    ("Delay code", "CB", "93 Late inbound aircraft"),
    ("Second code", "CB", "33 Loading equipment"),
    ("Entered by", "", "Thandi Mokoena"),
    ("Checked by", "", "Lerato Molefe"),
    ("Sent to airline", "CHK", "TRUE"),
    ("Charged to handler", "CHK", "FALSE"),
]
OPTIONS = {
    "Stand": "Stand 1!Stand 2!Stand 3!Stand 4!Stand 5!Stand 6!Stand 7",
    "Equipment": "Tug!Ground power unit!Belt loader!Passenger stairs!Baggage cart!Fuel bowser",
    "Damage": "No visible damage!Scratch!Dent within limits!Dent beyond limits!Puncture",
    "Delay code": "15 Boarding!18 Baggage processing!33 Loading equipment!"
    "93 Late inbound aircraft!71 Weather at departure",
    "Second code": "None!15 Boarding!18 Baggage processing!33 Loading equipment",
}
CONTACTS = """name,role,radio,extension,mobile
Lerato Molefe,Ramp supervisor,ch 3,3101,082 555 0141
Lerato Molefi,Passenger services,ch 5,3140,082 555 0114
Johan van Wyk,Load controller,ch 4,3120,083 555 0172
Johan van Wijk,DG trainer,-,3125,083 555 0127
Nomvula Khumalo,Duty manager (nights),ch 1,3100,084 555 0190
Nomvuyo Khumalo,Safety officer,-,3150,084 555 0109
Pieter Booysen,Engineering on call,ch 6,3170,082 555 0166
Pieter Botha,Fuel farm supervisor,ch 8,3180,082 555 0161
Sipho Dlamini,Tug driver lead,ch 3,3112,083 555 0158
Anele Mthembu,AOC liaison,ch 2,3190,084 555 0123
"""
LIST_DIR = "staff"
LIST_FILE = "ramp-staff.csv"
LIST_COMMAND = "column -s, -t -o '  ' ramp-staff.csv"
LIST_TERMINAL = ("88x14+760+820", "dark", 9)
FORM1_GEOMETRY = "700x900+10+10"
FORM2_GEOMETRY = "480x470+780+60"
FORM1_STYLE: tuple[bool, int | None] = (True, 12)
FORM2_STYLE: tuple[bool, int | None] = (False, 9)
FORM1_PARTIAL = 7
LABELS = {
    "empty": "empty ground damage report",
    "partial": "ground damage report half filled",
    "filled": "ground damage report filled",
    "list": "ramp staff list",
    "form2": "delay code record filled (light, small)",
    "back": "back to the ground damage report",
}
