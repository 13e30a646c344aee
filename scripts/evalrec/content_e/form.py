"""Form scenario content (set e): a passenger incident report (light, large text) and an
overtime claim (dark, small text), with combos, dates, ticked and unticked checkboxes and a
text area; a crew list with similar names, staff numbers and vessels."""

from __future__ import annotations

FORM1_TITLE = "Passenger incident report - Gannet Bay Ferries"
FORM1 = [
    ("Reference", "", "INC-2611"),
    ("Vessel", "CB", "Kea Star"),
    ("Sailing", "", "13:30 Harbour Quay - Motu Bay"),
    ("Date of incident", "DT", "2026-11-24"),
    ("Incident type", "CB", "Slip, trip or fall"),
    ("Passenger name", "", "Marjorie Tuhoe"),
    ("Injury", "CHK", "TRUE"),
    ("Ambulance called", "CHK", "FALSE"),
    ("Reported to Maritime NZ", "CHK", "TRUE"),
    ("Follow-up by", "DT", "2026-12-01"),
    (
        "Description",
        "TXT",
        "Slipped on the wet ramp at Motu Bay, grazed left wrist; first aid by deckhand",
    ),
]
FORM2_TITLE = "Overtime claim - Gannet Bay Ferries"
FORM2 = [
    ("Staff no.", "", "GB-0417"),
    ("Name", "", "Wiremu Hetaraka"),
    ("Vessel", "CB", "Tern Express"),
    ("Date worked", "DT", "2026-11-21"),
    ("Hours", "", "3.5"),
    ("Reason", "CB", "Late sailing"),
    ("Public holiday", "CHK", "FALSE"),
    ("Approved by", "", "Tamsin Kerehoma"),
]
OPTIONS = {
    "Vessel": "Kea Spirit!Kea Star!Tern Express!Shag Rock II",
    "Incident type": "Medical!Slip, trip or fall!Lost property!Behaviour!Near miss",
    "Reason": "Cover for sick crew!Late sailing!Charter!Training",
}
CONTACTS = """staff_no,name,role,vessel,phone
GB-0471,Wiremu Hetaraki,Deckhand,Kea Spirit,021 555 0417
GB-0147,Wiremu Te Hata,Engineer,Tern Express,022 555 0714
GB-0417,Wiremu Hetaraka,Deckhand,Tern Express,027 555 1470
GB-0398,Marjorie Tuhoe-Reid,Ticket office,Harbour Quay,021 555 0398
GB-0452,Ana Folau,Master,Kea Spirit,029 555 0452
"""
LIST_DIR = "crew"
LIST_FILE = "crew-list.csv"
LIST_COMMAND = "column -s, -t crew-list.csv"
LIST_TERMINAL = ("96x9+760+760", "dark", 11)
FORM1_GEOMETRY = "720x780+16+16"
FORM2_GEOMETRY = "500x380+800+100"
FORM1_STYLE: tuple[bool, int | None] = (False, 12)
FORM2_STYLE: tuple[bool, int | None] = (True, 8)
FORM1_PARTIAL = 5
LABELS = {
    "empty": "empty incident report",
    "partial": "incident report half filled",
    "filled": "incident report filled",
    "list": "crew list",
    "form2": "overtime claim filled (dark, small)",
    "back": "back to the incident report",
}
