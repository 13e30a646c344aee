"""Form scenario content (set m): a permit to work for a crane lift (dark theme, 11pt text)
and a turbine fault report (light, small 9pt text), with combo boxes, dates, ticked and
unticked checkboxes and a text area; a staff phone list with similar names (Baraka Mwangi and
Barasa Mwangi, Njeri Wambui and Njeri Wambugu, Otieno Odhiambo, Odhiambo Otieno and Achieng
Otieno, Kipchoge Rotich and Kiprotich Rono, Wanjiru Kamau and Wanjiru Kariuki), roles and
phone numbers."""

from __future__ import annotations

FORM1_TITLE = "Permit to work - Mbaruk Hills wind farm"
FORM1 = [
    ("Permit number", "", "PTW-2611-071"),
    ("Turbine", "CB", "WTG-71"),
    ("Work order", "", "WO-58231"),
    ("Task", "CB", "Gearbox oil and filter change"),
    ("Permit holder", "", "Barasa Mwangi"),
    ("Valid from", "DT", "2026-11-26"),
    ("Valid to", "DT", "2026-11-27"),
    ("Max wind for lift (m/s)", "", "10"),
    ("Crane contractor", "", "Kilele Cranes"),
    ("Isolation (LOTO) applied", "CHK", "TRUE"),
    ("Rescue plan checked", "CHK", "FALSE"),
    (
        "Notes",
        "TXT",
        "Crane on site 05:30, lift window 06:00 to 11:00. Filter GF-118 and 3 drums of "
        "OIL-320 from stores; toolbox talk 06:15 at the crane pad.",
    ),
]
FORM2_TITLE = "Turbine fault report - Mbaruk Hills"
FORM2 = [
    ("Turbine", "", "WTG-17"),
    ("Fault code", "", "PF-2204"),
    ("First seen", "DT", "2026-11-25"),
    ("Component", "CB", "Pitch system"),
    ("Severity", "CB", "Stop - no restart"),
    ("Energy lost (MWh)", "", "18.6"),
    ("Reported by", "", "Baraka Mwangi"),
    ("OEM ticket", "", "VX-770142"),
    ("Reset attempted", "CHK", "TRUE"),
    ("OEM notified", "CHK", "FALSE"),
]
OPTIONS = {
    "Turbine": "WTG-07!WTG-17!WTG-70!WTG-71",
    "Task": "6-month service!Gearbox oil and filter change!Pitch encoder swap!Yaw motor swap",
    "Component": "Blades!Pitch system!Yaw system!Gearbox!Generator!Converter",
    "Severity": "Warning!Derate!Stop - auto restart!Stop - no restart",
}
CONTACTS = """name,role,phone,ext
Baraka Mwangi,Crew lead (A),+254 711 555 201,-
Barasa Mwangi,Crew lead (B),+254 711 555 210,-
Chebet Kirui,Crew lead (C),+254 711 555 230,-
Njeri Wambui,Stores controller,+254 722 555 134,31
Njeri Wambugu,Technician (standby),+254 700 555 213,-
Otieno Odhiambo,Site manager,+254 722 555 181,10
Odhiambo Otieno,SCADA engineer,+254 722 555 118,22
Achieng Otieno,HSE officer,+254 733 555 162,14
Kipchoge Rotich,Lift supervisor (Kilele Cranes),+254 733 555 140,-
Kiprotich Rono,Crane operator (Kilele Cranes),+254 733 555 104,-
Wanjiru Kariuki,Planner (nights),+254 700 555 129,-
Wanjiru Kamau,Maintenance planner,+254 700 555 192,12
"""
LIST_DIR = "staff"
LIST_FILE = "staff.csv"
LIST_COMMAND = "column -s, -t staff.csv"
LIST_TERMINAL = ("92x17+740+600", "light", 10)
FORM1_GEOMETRY = "700x930+10+5"
FORM2_GEOMETRY = "500x470+740+40"
FORM1_STYLE: tuple[bool, int | None] = (True, 11)
FORM2_STYLE: tuple[bool, int | None] = (False, 9)
FORM1_PARTIAL = 5
LABELS = {
    "empty": "empty permit to work",
    "partial": "permit to work half filled",
    "filled": "permit to work filled",
    "list": "staff phone list",
    "form2": "turbine fault report filled (light, small)",
    "back": "back to the permit to work",
}
