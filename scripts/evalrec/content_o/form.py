"""Form scenario content (set o): a charter sailing request (dark theme, 12pt text) and a
weather incident report (light, small 9pt text), with combo boxes, dates, ticked and unticked
checkboxes and a text area; a staff phone list with similar names (Murat Yilmaz and Murat
Yildiz, Aylin Demir and Aylin Demirci, Selin Aksoy and Selim Aksoy, Kerem Sahin and Kerim
Sahin), roles and phone numbers."""

from __future__ import annotations

FORM1_TITLE = "Charter sailing request - Bogazici Vapur"
FORM1 = [
    ("Charter code", "", "CH-2611"),
    ("Customer", "", "Marmara Medical Congress"),
    ("Vessel", "CB", "Kanlica"),
    ("Sailing date", "DT", "2026-11-26"),
    ("Departure pier", "CB", "Pier 4"),
    ("Depart at", "", "09:30"),
    ("Destination", "CB", "Sariyer"),
    ("Passengers", "", "380"),
    ("Price (TRY)", "", "43500.00"),
    ("Captain", "", "Murat Yilmaz"),
    ("Manifest sent", "CHK", "TRUE"),
    ("Deposit paid", "CHK", "FALSE"),
    (
        "Notes",
        "TXT",
        "Return from Sariyer at 17:00. Moda Kitchen brings 380 lunch boxes to pier 4 at "
        "08:30; no alcohol on board.",
    ),
]
FORM2_TITLE = "Weather incident report - Bogazici Vapur"
FORM2 = [
    ("Incident no", "", "INC-20731"),
    ("Sailing", "", "UE-1750"),
    ("Boat", "CB", "Kuzguncuk"),
    ("Date", "DT", "2026-11-25"),
    ("Type", "CB", "Weather cancellation"),
    ("Passengers affected", "", "146"),
    ("Refunds (TRY)", "", "6205.00"),
    ("Reported by", "", "Emre Koc"),
    ("Harbour master told", "CHK", "TRUE"),
    ("Closed", "CHK", "FALSE"),
]
OPTIONS = {
    "Vessel": "Kandilli!Kanlica!Moda!Caddebostan!Sarayburnu",
    "Departure pier": "Pier 1!Pier 2!Pier 3!Pier 4!Pier 5",
    "Destination": "Sariyer!Anadolu Kavagi!Buyukada!Bebek",
    "Boat": "Kuzguncuk!Kandilli!Kanlica!Moda",
    "Type": "Weather cancellation!Late departure!Injury!Collision!Other",
}
CONTACTS = """name,role,phone,ext
Murat Yilmaz,Captain (Kanlica),+90 532 555 0147,-
Murat Yildiz,Chief engineer (Kandilli),+90 532 555 0174,-
Aylin Demir,Ticket office,+90 216 555 0131,31
Aylin Demirci,Harbour master's office,+90 216 555 0113,-
Selin Aksoy,Fuel and accounts,+90 216 555 0125,25
Selim Aksoy,Deckhand (Moda),+90 535 555 0152,-
Kerem Sahin,Safety officer,+90 216 555 0160,60
Kerim Sahin,Captain (Moda),+90 533 555 0106,-
Emre Koc,Pier supervisor (Uskudar),+90 534 555 0188,-
Tarik Ozdemir,Operations manager,+90 216 555 0140,40
"""
LIST_DIR = "staff"
LIST_FILE = "crew.csv"
LIST_COMMAND = "column -s, -t crew.csv"
LIST_TERMINAL = ("92x15+800+790", "light", 10)
FORM1_GEOMETRY = "760x960+10+10"
FORM2_GEOMETRY = "540x500+820+40"
FORM1_STYLE: tuple[bool, int | None] = (True, 12)
FORM2_STYLE: tuple[bool, int | None] = (False, 9)
FORM1_PARTIAL = 5
LABELS = {
    "empty": "empty charter request",
    "partial": "charter request half filled",
    "filled": "charter request filled",
    "list": "crew phone list",
    "form2": "weather incident report filled (light, small)",
    "back": "back to the charter request",
}
