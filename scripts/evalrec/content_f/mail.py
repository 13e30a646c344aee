"""Mail scenario content (set f): a Tuesday's mbox in a university cell biology lab, with a
thread in which a vendor's confocal training moves to another day and time, a freezer alarm
thread whose peak temperature is corrected, unopened delivery, backorder and biosafety mails;
and the lab's chat log with corrections (a meeting room, a cell count)."""

from __future__ import annotations

from ..constants import HOLD

OWNER = "Mireille Gauthier <mireille.gauthier@biocell.uvm.example>"
MESSAGE_ID_DOMAIN = "biocell.uvm.example"
MUTTRC = (
    "set mbox_type=mbox\nset folder=~/Mail\nset spoolfile=~/Mail/inbox\n"
    'set sort=threads\nset sort_aux=date-sent\nset date_format="%a %d %b %Hh%M"\n'
    'set index_format="%4C %Z [%D] %-24.24F (%3l) %s"\nset pager_index_lines=5\n'
    "set markers=no\nset pager_stop=yes\nset read_only=yes\nset mark_old=no\n"
    "ignore *\nunignore Date: From: To: Cc: Subject:\nhdr_order From: Date: Subject: To: Cc:\n"
)
MAILS = [
    # (minute of day, sender name, sender email, subject, reply-to index, body)
    (
        8 * 60 + 12,
        "Yusuf Demir",
        "yusuf.demir@lumetra.example",
        "LSM-2 confocal training - Wednesday",
        None,
        "Bonjour Mireille,\n\n"
        "Confirming the on-site LSM-2 training for Wednesday 25 November at 10:00\n"
        "in room B-240 (imaging core), until about 12:00. Up to six trainees.\n"
        "Please send me the trainees' names by Tuesday noon.\n\n"
        "Yusuf Demir\nApplication specialist, Lumetra Microsystems\n",
    ),
    (
        9 * 60 + 41,
        "Anand Whitfield",
        "anand.whitfield@biocell.uvm.example",
        "Re: LSM-2 confocal training - Wednesday",
        0,
        "Mireille,\n\nPlease put Lea, Tomas and Noor on the list, and yourself if you want.\n"
        "I can't come: I'm on the CIHR grant panel all day Wednesday.\n\nAnand\n",
    ),
    (
        10 * 60 + 5,
        "Nordgaz Cryo dispatch",
        "dispatch@nordgaz.example",
        "LN2 delivery NG-55810 - Pavillon Sherbrooke",
        None,
        "Your liquid nitrogen delivery (order NG-55810, two 180 L dewars) is scheduled\n"
        "for Thursday 26 November between 09:00 and 11:00 at the loading dock on\n"
        "rue Durocher. Someone must sign for it.\n",
    ),
    (
        11 * 60 + 20,
        "Kofi Mensah",
        "kofi.mensah@biocell.uvm.example",
        "FZ-02 alarm overnight",
        None,
        "Hi Mireille,\n\n"
        "FZ-02 alarmed at 04:10 last night and peaked at -68 C before the compressor\n"
        "caught up. The door seal is worn. Polar Tech can come Friday 27 Nov at 10:00\n"
        "to replace it; I booked it. Please keep rack C out of FZ-02 until then.\n\n"
        "Kofi Mensah\nBuilding facilities, Pavillon Sherbrooke\n",
    ),
    (
        13 * 60 + 47,
        "Yusuf Demir",
        "yusuf.demir@lumetra.example",
        "Re: LSM-2 confocal training - Wednesday",
        1,
        "Hello again,\n\n"
        "Change of plan, sorry: my flight from Toronto was cancelled, so the training\n"
        "moves to Thursday 26 November at 14:30, same room B-240, until about 16:00.\n"
        "Lea, Tomas and Noor are on the list; six places is still the limit.\n\n"
        "Yusuf\n",
    ),
    (
        14 * 60 + 25,
        "BioNorth Supply orders",
        "orders@bionorth.example",
        "Backorder: PO 4500-2231 anti-CD45 (30-F11)",
        None,
        "The anti-CD45 antibody, clone 30-F11 (BN-10345-F), on PO 4500-2231 is on\n"
        "backorder. New ship date: 8 December. Reply to cancel or keep the order.\n",
    ),
    (
        15 * 60 + 10,
        "Noor Haddad",
        "noor.haddad@biocell.uvm.example",
        "Re: FZ-02 alarm overnight",
        3,
        "Small correction to Kofi's note: the logger says the peak was -61 C, not -68,\n"
        "at 04:40. I moved rack C (HeLa and HEK293 stocks) to FZ-01, shelf 2.\n\n"
        "Noor\n",
    ),
    (
        16 * 60 + 2,
        "Felix Martel",
        "felix.martel@ehs.uvm.example",
        "BSC-2 recertification done",
        None,
        "BSC-2 in B-317 passed recertification today (inflow 0.52 m/s). The next one is\n"
        "due in November 2027. Certificate KA-77314 is taped to the sash.\n\n"
        "Felix Martel, biosafety officer\n",
    ),
]
CHAT_CHANNEL = "#whitfield-lab"
CHAT_DIR = "chat"
CHAT_FILE = "whitfield-lab.log"
CHAT_OPENED = "08:01:17"
CHAT = [
    ("08:05", "noor", "morning! FZ-02 beeped overnight, Kofi is looking at it"),
    ("08:14", "mireille", "noor: thanks, I'll check the logger after the LN2 round"),
    ("08:31", "tomas", "can someone take my LSM-2 slot Wed 10-12? the training needs the room"),
    ("08:36", "lea", "tomas: I'll take your Wed slot, you take my Thu 14:00"),
    ("08:52", "kofi", "FZ-02 peaked at -68 overnight, the door seal looks worn"),
    ("09:20", "anand", "lab meeting today 13:00 in B-301, Tomas presents"),
    ("09:47", "lea", "autoclave B is down all day, use A on the 2nd floor (B-212)"),
    ("10:12", "noor", "sort went well, 4.2 million CD45+ cells in tube 3"),
    ("10:30", "mireille", "BSC-2 is being recertified 13:30-14:15, don't use it then"),
    ("11:02", "tomas", "correction: lab meeting is in B-305, B-301 is taken"),
    ("11:15", "kofi", "Polar Tech confirmed for Friday 10:00 for FZ-02"),
    ("12:40", "lea", "has anyone seen the P200 multichannel? it was on bench 4"),
    ("12:44", "noor", "lea: it's in BSC-1, left side"),
    ("14:20", "anand", "thanks Tomas, good talk. Lea, send me the ELISA plan by Thursday"),
    ("14:52", "mireille", "confocal training moved to Thu 14:30, lea/tomas/noor still on it"),
    ("15:06", "lea", "mireille: then my Thu 14:00 slot clashes, I'll move it to Fri 09:00"),
    ("15:40", "noor", "sorry, typo: the CD45+ count was 2.4 million, not 4.2"),
    ("16:18", "kofi", "FZ-02 back at -79 after the door reset"),
]
CHAT_ROWS = 21
CHAT_TERMINAL = (90, "+800+640", "light", 10)
MUTT_TERMINAL = ("112x40+0+0", "dark", 9)
# Threaded index: 1 Yusuf's training mail, 2 Anand's reply, 3 Yusuf's change, 4 Nordgaz,
# 5 Kofi's alarm, 6 Noor's correction, 7 BioNorth backorder, 8 Felix. The Nordgaz, BioNorth
# and Felix mails are never opened.
READS_BEFORE_CHAT: list[tuple[list[str], int, str, float]] = [
    (["Return"], 0, "reading Yusuf's training mail", HOLD),
    (["j"], 1, "reading Anand's reply", 20),
    (["j"], 4, "reading Yusuf's change of plan", 20),
]
READS_AFTER_CHAT: list[tuple[list[str], int, str, float]] = [
    (["i", "5 Return", "Return"], 3, "reading Kofi's alarm mail", 20),
    (["j"], 6, "reading Noor's correction", 15),
]
