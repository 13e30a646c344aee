"""Mail scenario content (set c): an evening mbox with three threads and a night-shift
chat log in which a message is corrected."""

from __future__ import annotations

from ..constants import HOLD

OWNER = "Devika Rao <devika.rao@svh-hospital.example>"
MESSAGE_ID_DOMAIN = "svh-hospital.example"
MUTTRC = (
    "set mbox_type=mbox\nset folder=~/Mail\nset spoolfile=~/Mail/inbox\n"
    'set sort=threads\nset sort_aux=date-sent\nset date_format="%d %b %I:%M %p"\n'
    'set index_format="%4C %Z %-16.16D  %-20.20n  %s"\nset pager_index_lines=8\n'
    "set markers=no\nset pager_stop=yes\nset read_only=yes\nset mark_old=no\n"
    "ignore *\nunignore From: Date: Subject: Cc:\nhdr_order From: Subject: Date: Cc:\n"
)
MAILS = [
    # (minute of day, sender name, sender email, subject, reply-to index, body)
    (
        18 * 60 + 42,
        "Arjun Mehta",
        "arjun.mehta@svh-hospital.example",
        "Vancomycin 1 g vials - supplier shortage",
        None,
        "Hi Devika,\n\n"
        "MedAxis says they can only send 40 vials of vancomycin 1 g, arriving Thursday\n"
        "morning. Until then we have 9 in the main store. Please keep an eye on ICU.\n\n"
        "Arjun\n",
    ),
    (
        19 * 60 + 5,
        "Kavya Menon",
        "kavya.menon@svh-hospital.example",
        "Cabinet 4B offline tonight",
        None,
        "Hello pharmacy,\n\n"
        "The automated cabinet 4B on Ward 7A will be offline from 23:30 to 01:00 for a\n"
        "firmware update. Please stock the ward's emergency box before then.\n\n"
        "Kavya Menon\nClinical IT\n",
    ),
    (
        19 * 60 + 31,
        "Farhan Qureshi",
        "farhan.qureshi@svh-hospital.example",
        "Re: Vancomycin 1 g vials - supplier shortage",
        0,
        "Please ring-fence 10 vials for ICU from the delivery. The two patients on\n"
        "Ward 5B can switch to the 500 mg vials.\n\nDr. Farhan Qureshi\nMicrobiology\n",
    ),
    (
        20 * 60 + 14,
        "Night rota",
        "rota@svh-hospital.example",
        "Rota for week 49 published",
        None,
        "The pharmacy rota for week 49 is published. Swap requests close on Friday at 12:00.\n",
    ),
    (
        21 * 60 + 2,
        "Arjun Mehta",
        "arjun.mehta@svh-hospital.example",
        "Re: Vancomycin 1 g vials - supplier shortage",
        2,
        "Correction to my earlier mail: MedAxis now say 36 vials, not 40, and the\n"
        "delivery is Friday morning, not Thursday. Ring-fencing 10 for ICU still works.\n\n"
        "Arjun\n",
    ),
    (
        21 * 60 + 40,
        "Lalitha Nair",
        "lalitha.nair@svh-hospital.example",
        "Insulin glargine pens on Ward 7A",
        None,
        "Devika,\n\nWe counted 18 insulin glargine pens on 7A tonight, the system says 22.\n"
        "Could pharmacy check the last two deliveries? I'm on until 07:00.\n\n"
        "Sister Lalitha Nair\n",
    ),
    (
        22 * 60 + 5,
        "Kavya Menon",
        "kavya.menon@svh-hospital.example",
        "Re: Cabinet 4B offline tonight",
        1,
        "Update: the firmware window moved to 00:30-02:00. Sorry for the late change.\n\nKavya\n",
    ),
]
CHAT_CHANNEL = "#rx-nightshift"
CHAT_DIR = "chat"
CHAT_FILE = "rx-nightshift.log"
CHAT_OPENED = "21:00:00"
CHAT = [
    ("21:03", "arjun", "evening all, aseptic unit is closed, call Rohan for anything urgent"),
    ("21:06", "lalitha", "7A is out of heparin flushes, can someone send 20?"),
    ("21:08", "devika", "sending 20 flushes with the 21:30 porter"),
    ("21:11", "rohan", "I'm on call until 08:00, bleep 2231"),
    ("21:15", "lalitha", "sorry, I meant 7B not 7A for the flushes"),
    ("21:16", "devika", "ok, flushes go to 7B then"),
    ("21:22", "farhan", "devika: please check the gentamicin level for bed 12 on 9 ICU"),
    ("21:27", "devika", "farhan: level was 1.4 mg/L at 20:00, fine to give"),
    ("21:34", "kavya", "cabinet 4B goes offline at 23:30 tonight"),
    ("21:41", "arjun", "who took the last CD register for Ward 5B?"),
    ("21:43", "rohan", "me, it's in the aseptic office, I'll bring it back by 22:15"),
    ("21:50", "lalitha", "thanks for the flushes devika!"),
    ("21:58", "kavya", "correction: 4B goes offline at 00:30, not 23:30"),
    ("22:04", "arjun", "devika, can you cover the 23:00 courier run?"),
    ("22:05", "devika", "yes, I'll take it"),
]
CHAT_ROWS = 18
CHAT_TERMINAL = (92, "+620+500", "dark", 9)
MUTT_TERMINAL = ("118x40+0+0", "light", 9)
# Threaded index: 1 Arjun, 2 Farhan's reply, 3 Arjun's correction, 4 Kavya, 5 her update,
# 6 Night rota, 7 Lalitha. Kavya's update and the rota mail are never opened.
READS_BEFORE_CHAT: list[tuple[list[str], int, str, float]] = [
    (["Return"], 0, "reading Arjun's shortage mail", HOLD),
    (["j"], 2, "reading Dr. Qureshi's reply", 20),
    (["j"], 4, "reading Arjun's correction", 20),
]
READS_AFTER_CHAT: list[tuple[list[str], int, str, float]] = [
    (["i", "4 Return", "Return"], 1, "reading Kavya's cabinet mail", 20),
    (["i", "/~f lalitha.nair", "Return"], 5, "reading Lalitha's insulin mail", 15),
]
