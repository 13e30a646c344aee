"""Form scenario content (set c): a controlled-drug discrepancy report (light) and a night
courier request (dark, small text), with combos, dates, ticked and unticked checkboxes and
a text area; a night rota with similar names and staff numbers."""

from __future__ import annotations

FORM1_TITLE = "Controlled drug discrepancy - SVH Pharmacy"
FORM1 = [
    ("Reported by", "", "Devika Rao"),
    ("Staff no.", "", "SVH-30582"),
    ("Ward", "CB", "Ward 7A"),
    ("Date of count", "DT", "2026-11-24"),
    ("Drug", "", "Morphine sulfate 10 mg/mL"),
    ("Expected count", "", "25"),
    ("Actual count", "", "23"),
    ("Witness present", "CHK", "TRUE"),
    ("Incident form filed", "CHK", "FALSE"),
    ("What happened", "TXT", "Two ampoules signed out on the 18:00 round but not charted"),
]
FORM2_TITLE = "Night courier request - SVH Pharmacy"
FORM2 = [
    ("Deliver to", "CB", "Ward 9 ICU"),
    ("Item", "", "Vancomycin 1 g vials x 10"),
    ("Needed by", "DT", "2026-11-25"),
    ("Urgent", "CHK", "TRUE"),
    ("Cold chain", "CHK", "FALSE"),
    ("Requested by", "", "Devika Rao"),
    ("Extension", "", "4417"),
]
OPTIONS = {
    "Ward": "Ward 5B!Ward 7A!Ward 7B!Ward 9 ICU",
    "Deliver to": "Main pharmacy!Ward 5B!Ward 7A!Ward 9 ICU!Theatre 2",
}
CONTACTS = """name,staff_no,ward,shift,extension
Devika Rai,SVH-30528,Ward 7B,night,4471
Divya Rao,SVH-35082,Ward 9 ICU,evening,4174
Deepika Rao,SVH-30852,Ward 5B,night,4147
Devika Rao-Pillai,SVH-38052,Theatre 2,day,4714
"""
LIST_DIR = "rota"
LIST_FILE = "night-rota.csv"
LIST_COMMAND = "column -s, -t -o ' | ' night-rota.csv"
LIST_TERMINAL = ("84x8+640+640", "dark", 10)
FORM1_GEOMETRY = "600x620+20+20"
FORM2_GEOMETRY = "500x380+660+80"
FORM1_STYLE: tuple[bool, int | None] = (False, None)
FORM2_STYLE: tuple[bool, int | None] = (True, 8)
FORM1_PARTIAL = 5
LABELS = {
    "empty": "empty discrepancy report",
    "partial": "discrepancy report half filled",
    "filled": "discrepancy report filled",
    "list": "night rota",
    "form2": "courier request filled (dark, small)",
    "back": "back to the discrepancy report",
}
