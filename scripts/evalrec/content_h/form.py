"""Form scenario content (set h): an incident and near-miss report (dark theme, default font)
and a petty cash claim (light, small 8pt text), with combo boxes, dates, ticked and unticked
checkboxes and a text area; a crew list with similar names and mobile numbers."""

from __future__ import annotations

FORM1_TITLE = "Incident and near-miss report - Wattle Lane"
FORM1 = [
    ("Reported by", "", "Hana Kowalczyk"),
    ("Department", "CB", "Flys"),
    ("Person involved", "", "Calum Reed"),
    ("Type", "CB", "Near miss"),
    ("Location", "", "Fly floor, stage left lock rail, bar 14"),
    ("Date", "DT", "2026-11-24"),
    ("Time", "", "22:40"),
    ("First aid given", "CHK", "FALSE"),
    ("Reported to venue", "CHK", "TRUE"),
    ("Work stopped", "CHK", "TRUE"),
    (
        "Description",
        "TXT",
        "Rope lock on bar 14 slipped about 20 cm during the reset; nobody under the bar. "
        "Lock serviced, bar re-weighed at 250 kg",
    ),
]
FORM2_TITLE = "Petty cash claim - Finance"
FORM2 = [
    ("Claimant", "", "Priya Raman"),
    ("Department", "CB", "Stage management"),
    ("Purchased from", "", "Bunnings Mile End"),
    ("Items", "", "2 canvas sacks, 30 m sash cord"),
    ("Amount (AUD)", "", "86.40"),
    ("Paid with", "CB", "Own card"),
    ("Purchase date", "DT", "2026-11-25"),
    ("Receipt attached", "CHK", "TRUE"),
    ("GST included", "CHK", "TRUE"),
    ("Manager approved", "CHK", "FALSE"),
]
OPTIONS = {
    "Department": "Stage management!Lighting!Sound!Flys!Staging!Wardrobe",
    "Type": "Injury!Near miss!Property damage!Hazard",
    "Paid with": "Cash!Own card!Company card",
}
CONTACTS = """name,role,mobile,extension
Calum Reed,Head flys,0491 570 123,231
Callum Reid,LX programmer,0491 570 132,213
Callie Reid,Dresser,0491 570 138,238
Jess Okafor,Deputy stage manager,0491 570 156,214
Jesse Okoro,Assistant stage manager,0491 570 165,241
Priya Raman,ASM (cover),0491 570 196,216
Priya Ramesh,Marketing,0491 570 169,261
Bronwyn Kerr,Venue technical manager,0491 570 118,-
Bronte Kerr,Front of house manager,0491 570 181,-
"""
LIST_DIR = "crew"
LIST_FILE = "crew.csv"
LIST_COMMAND = "column -s, -t crew.csv"
LIST_TERMINAL = ("76x14+640+790", "dark", 9)
FORM1_GEOMETRY = "600x820+10+10"
FORM2_GEOMETRY = "460x440+690+40"
FORM1_STYLE: tuple[bool, int | None] = (True, None)
FORM2_STYLE: tuple[bool, int | None] = (False, 8)
FORM1_PARTIAL = 5
LABELS = {
    "empty": "empty incident report",
    "partial": "incident report half filled",
    "filled": "incident report filled",
    "list": "crew list",
    "form2": "petty cash claim filled (light, small)",
    "back": "back to the incident report",
}
