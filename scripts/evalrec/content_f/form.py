"""Form scenario content (set f): a biohazard waste pickup request (dark, 10pt) and a
purchase request (light, small 7pt text), with combo boxes, dates, ticked and unticked
checkboxes and a text area; a lab members list with similar names, extensions and badges."""

from __future__ import annotations

FORM1_TITLE = "Biohazard waste pickup request - EHS"
FORM1 = [
    ("Requested by", "", "Mireille Gauthier"),
    ("Lab / room", "", "Whitfield lab, B-317"),
    ("Phone extension", "", "4471"),
    ("Waste type", "CB", "Sharps containers"),
    ("Number of containers", "", "3"),
    ("Pickup date", "DT", "2026-11-26"),
    ("Time window", "CB", "13:00-15:00"),
    ("Autoclaved", "CHK", "FALSE"),
    ("Contains radioisotopes", "CHK", "FALSE"),
    ("Loading dock access needed", "CHK", "TRUE"),
    (
        "Notes",
        "TXT",
        "Autoclave B is down; two extra solid waste bags are in the cold room corridor",
    ),
]
FORM2_TITLE = "Purchase request - Dept. of Cell Biology"
FORM2 = [
    ("Item", "", "Anti-CD45 antibody, clone 30-F11, 100 ug"),
    ("Supplier", "CB", "Cedar Bio Canada"),
    ("Catalogue no.", "", "CB-45-0451"),
    ("Quantity", "", "2"),
    ("Unit price (CAD)", "", "398.00"),
    ("Fund", "CB", "NSERC RGPIN-2023-04418"),
    ("Needed by", "DT", "2026-12-04"),
    ("Hazardous", "CHK", "FALSE"),
    ("Replaces a backordered item", "CHK", "TRUE"),
    ("Approved by PI", "CHK", "FALSE"),
]
OPTIONS = {
    "Waste type": "Solid biohazard bags!Sharps containers!Liquid biological waste!"
    "Animal carcasses!Mixed chemical waste",
    "Time window": "08:00-10:00!10:00-12:00!13:00-15:00",
    "Supplier": "BioNorth Supply!Laurentide Scientific!Cedar Bio Canada!Maple Labware",
    "Fund": "CIHR PJT-180922!NSERC RGPIN-2023-04418!FRQS 312774!Start-up fund",
}
CONTACTS = """name,role,room,ext,badge
Mireille Gauthier,Lab technician,B-317,4471,UVM-20417
Mireille Gauthier-Roy,Department admin,C-102,4417,UVM-21047
Noor Haddad,Postdoc,B-317,4482,UVM-19833
Nour Haddad,MSc student (Pharmacology),D-210,4828,UVM-23390
Lea Bouchard,MSc student,B-319,4476,UVM-22108
Leah Bouchard-Roy,Technician (Anatomy),A-112,4467,UVM-22801
Felix Martel,Biosafety officer (EHS),G-004,4190,UVM-11452
Kofi Mensah,Building facilities,B-021,4410,UVM-15562
"""
LIST_DIR = "people"
LIST_FILE = "lab-members.csv"
LIST_COMMAND = "column -s, -t -R 4 lab-members.csv"
LIST_TERMINAL = ("92x12+700+780", "light", 10)
FORM1_GEOMETRY = "640x700+16+16"
FORM2_GEOMETRY = "440x390+700+80"
FORM1_STYLE: tuple[bool, int | None] = (True, 10)
FORM2_STYLE: tuple[bool, int | None] = (False, 7)
FORM1_PARTIAL = 4
LABELS = {
    "empty": "empty waste pickup request",
    "partial": "waste pickup request half filled",
    "filled": "waste pickup request filled",
    "list": "lab members list",
    "form2": "purchase request filled (light, small)",
    "back": "back to the waste pickup request",
}
