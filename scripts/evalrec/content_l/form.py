"""Form scenario content (set l): a restricted area permit request (dark theme, 12pt text)
and a helicopter evacuation report (light, small 9pt text), with combo boxes, dates, ticked
and unticked checkboxes and a text area; a staff phone list with similar names (Ngima Sherpa
and Nima Sherpa, Dawa Tamang and Dawa Lama, Pasang Lhamu Sherpa, Pasang Lhamu Tamang and
Pasang Lama, Bikash Gurung and Bikesh Gurung), roles and phone numbers."""

from __future__ import annotations

FORM1_TITLE = "Restricted area permit request - Saligram Treks"
FORM1 = [
    ("Group code", "", "MUS-1126"),
    ("Area", "CB", "Upper Mustang"),
    ("Lead trekker", "", "Marguerite Duval"),
    ("Passport number", "", "22FV48190"),
    ("Nationality", "CB", "France"),
    ("Permit from", "DT", "2026-11-27"),
    ("Permit to", "DT", "2026-12-06"),
    ("Fee (USD)", "", "500.00"),
    ("Licensed guide", "", "Tenzing Bhote"),
    ("Insurance checked", "CHK", "TRUE"),
    ("Paid in full", "CHK", "FALSE"),
    (
        "Notes",
        "TXT",
        "Second trekker Paul Duval on the same permit. Immigration will issue it on "
        "Thursday at 11 a.m.; collect it in person with both passports.",
    ),
]
FORM2_TITLE = "Helicopter evacuation report - Saligram Treks"
FORM2 = [
    ("Group", "", "MNS-1115"),
    ("Patient", "", "Lars Eklund"),
    ("Picked up at", "", "Samdo, 3875 m"),
    ("Date", "DT", "2026-11-24"),
    ("Operator", "CB", "Dhaulagiri Heli"),
    ("Reason", "CB", "Suspected HAPE"),
    ("Invoice (USD)", "", "4300.00"),
    ("Insurer claim", "", "AA-55231"),
    ("Guide on scene", "", "Pasang Lama"),
    ("Doctor's note attached", "CHK", "TRUE"),
    ("Claim sent", "CHK", "FALSE"),
]
OPTIONS = {
    "Area": "Manaslu!Upper Mustang!Tsum Valley!Upper Dolpo!Kanchenjunga",
    "Nationality": "Australia!France!Germany!India!United Kingdom!United States",
    "Operator": "Himal Rotor!Dhaulagiri Heli!Kailash Wings",
    "Reason": "AMS!Suspected HAPE!Suspected HACE!Injury!Other",
}
CONTACTS = """name,role,phone,ext
Ngima Sherpa,Guide (EBC-1126),+977 980 555 0142,-
Nima Sherpa,Heli coordinator (Lukla),+977 980 555 0124,-
Dawa Tamang,Guide (EBC-1119),+977 984 555 0167,-
Dawa Lama,Porter sirdar,+977 984 555 0176,-
Pasang Lhamu Sherpa,Accounts,+977 01 555 0133,12
Pasang Lhamu Tamang,Trainee guide,+977 986 555 0191,-
Pasang Lama,Guide (MNS-1115),+977 986 555 0119,-
Bikash Gurung,Guide (ABC-1121),+977 981 555 0158,-
Bikesh Gurung,Jeep driver,+977 981 555 0185,-
Anil Shrestha,Operations manager,+977 980 555 0100,10
Roshan Karki,Training coordinator,+977 01 555 0137,15
"""
LIST_DIR = "staff"
LIST_FILE = "staff.csv"
LIST_COMMAND = "column -s, -t staff.csv"
LIST_TERMINAL = ("96x16+860+860", "light", 10)
FORM1_GEOMETRY = "800x1020+10+10"
FORM2_GEOMETRY = "560x520+880+40"
FORM1_STYLE: tuple[bool, int | None] = (True, 12)
FORM2_STYLE: tuple[bool, int | None] = (False, 9)
FORM1_PARTIAL = 5
LABELS = {
    "empty": "empty permit request",
    "partial": "permit request half filled",
    "filled": "permit request filled",
    "list": "staff phone list",
    "form2": "heli evacuation report filled (light, small)",
    "back": "back to the permit request",
}
