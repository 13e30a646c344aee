"""Form scenario content (set b): an equipment loan request (dark, small text) and a
mileage claim, with combos, dates and checkboxes; a loan roster with similar names."""

from __future__ import annotations

FORM1_TITLE = "Equipment loan request - Greenfurrow Ops"
FORM1 = [
    ("Borrower", "", "Amara Osei"),
    ("Employee ID", "", "GF-20417"),
    ("Equipment", "CB", "Thermal camera"),
    ("Pickup date", "DT", "2026-12-08"),
    ("Return by", "DT", "2026-12-19"),
    ("Insurance needed", "CHK", "TRUE"),
    ("Training required", "CHK", "FALSE"),
    ("Purpose", "TXT", "Leak survey of the greenhouse 3 roof"),
]
FORM2_TITLE = "Mileage claim - Greenfurrow Ops"
FORM2 = [
    ("Trip", "", "Cedar Creek site visit"),
    ("Trip date", "DT", "2026-11-19"),
    ("Vehicle", "CB", "Company van"),
    ("Distance (km)", "", "184"),
    ("Cost centre", "", "CC-4471"),
    ("Meals claimed", "CHK", "FALSE"),
    ("Parking receipt attached", "CHK", "TRUE"),
]
OPTIONS = {
    "Equipment": "Soil probe kit!Survey drone!Thermal camera!Field laptop",
    "Vehicle": "Own car!Company van!Rental car",
}
CONTACTS = """borrower,employee_id,equipment,pickup,return
Amara Osei-Bonsu,GF-20471,Survey drone,2026-12-01,2026-12-05
Amira Oseni,GF-21047,Thermal camera,2026-12-09,2026-12-18
Tamara Oses,GF-20147,Soil probe kit,2026-11-30,2026-12-02
Omar Osei,GF-24017,Field laptop,2026-12-08,2026-12-19
"""
LIST_DIR = "ops"
LIST_FILE = "loan-roster.csv"
LIST_COMMAND = "column -s, -t loan-roster.csv"
LIST_TERMINAL = ("80x10+620+560", "light", 10)
FORM1_GEOMETRY = "560x520+20+20"
FORM2_GEOMETRY = "470x360+640+60"
FORM1_STYLE: tuple[bool, int | None] = (True, 9)
FORM2_STYLE: tuple[bool, int | None] = (False, None)
FORM1_PARTIAL = 4
LABELS = {
    "empty": "empty loan request",
    "partial": "loan request half filled",
    "filled": "loan request filled",
    "list": "loan roster",
    "form2": "mileage claim filled (light)",
    "back": "back to the loan request",
}
