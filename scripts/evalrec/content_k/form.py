"""Form scenario content (set k): a correction request (dark theme, 12pt text) and a
freelance payment claim (light, small 9pt text), with combo boxes, dates, ticked and unticked
checkboxes and a text area; a newsroom phone list with similar names (Sam Whaanga and Sam
Whanga, Mereana Tawhiri and Mereana Tawhai, Lorraine Petersen and Lorraine Pedersen, Hemi
Walker and Hemi Waaka), extensions and mobiles."""

from __future__ import annotations

FORM1_TITLE = "Correction request - The Harbour Courier"
FORM1 = [
    ("Requested by", "", "Aroha Parata"),
    ("Date published", "DT", "2026-11-24"),
    ("Edition", "CB", "City"),
    ("Page", "", "1"),
    ("Slug", "", "RATES-RISE"),
    ("Error type", "CB", "Wrong figure"),
    ("Reported by reader", "", "Glenys Arthur, Porirua"),
    ("Register number", "", "C-1153"),
    ("Editor approved", "CHK", "TRUE"),
    ("Online story updated", "CHK", "TRUE"),
    ("Reporter told", "CHK", "FALSE"),
    (
        "Correction text",
        "TXT",
        "A story on Tuesday said Porirua rates would rise 9.8pc. The rise is 8.9pc. "
        "The Courier apologises for the error.",
    ),
]
FORM2_TITLE = "Freelance payment claim - Harbour Courier"
FORM2 = [
    ("Contributor", "", "Sam Whanga"),
    ("Work", "CB", "Photograph"),
    ("Published", "DT", "2026-11-21"),
    ("Slug", "", "SURF-LIFESAVING"),
    ("Page", "", "18"),
    ("Amount (NZD)", "", "185.00"),
    ("Cost centre", "CB", "4450 Sport"),
    ("Approved by", "", "Matt Fale"),
    ("GST registered", "CHK", "TRUE"),
    ("Invoice attached", "CHK", "FALSE"),
]
OPTIONS = {
    "Edition": "Regional!City!Weekend!Online only",
    "Error type": "Wrong name!Wrong figure!Wrong date!Wrong caption!Legal",
    "Work": "Story!Photograph!Graphic!Column",
    "Cost centre": "4400 News!4420 Features!4450 Sport!4470 Business",
}
CONTACTS = """name,desk,extension,mobile
Sam Whaanga,Photographer (staff),4431,022 555 0164
Sam Whanga,Photographer (freelance),-,022 555 0146
Mereana Tawhiri,Sub-editor,4423,021 555 0182
Mereana Tawhai,Court reporter,4462,021 555 0128
Lorraine Petersen,Night editor,4410,021 555 0147
Lorraine Pedersen,Advertising,4702,021 555 0174
Hemi Walker,Chief sub (days),4402,027 555 0191
Hemi Waaka,Press hall supervisor,4601,027 555 0119
Ana Fonoti,In-house lawyer,4480,021 555 0388
Matt Fale,Sports editor,4450,021 555 0175
"""
LIST_DIR = "phonelist"
LIST_FILE = "newsroom.csv"
LIST_COMMAND = "column -s, -t -o ' | ' newsroom.csv"
LIST_TERMINAL = ("90x14+800+880", "light", 10)
FORM1_GEOMETRY = "760x960+10+10"
FORM2_GEOMETRY = "520x460+820+60"
FORM1_STYLE: tuple[bool, int | None] = (True, 12)
FORM2_STYLE: tuple[bool, int | None] = (False, 9)
FORM1_PARTIAL = 6
LABELS = {
    "empty": "empty correction request",
    "partial": "correction request half filled",
    "filled": "correction request filled",
    "list": "newsroom phone list",
    "form2": "freelance payment claim filled (light, small)",
    "back": "back to the correction request",
}
