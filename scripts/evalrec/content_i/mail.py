"""Mail scenario content (set i): the first hour after midnight in a Lisbon hotel's mbox, with
a handover thread whose group check-out day is corrected, an audit review that moves from
Thursday to Friday, a channel manager booking, and unopened city tax, maintenance and PMS
mails; and the night shift chat log with corrections (a late arrival's ETA, a wake-up time)."""

from __future__ import annotations

from ..constants import HOLD

OWNER = "Tiago Mendonca <tiago.mendonca@miradouro-alfama.example>"
MESSAGE_ID_DOMAIN = "miradouro-alfama.example"
MUTTRC = (
    "set mbox_type=mbox\nset folder=~/Mail\nset spoolfile=~/Mail/inbox\n"
    'set sort=threads\nset sort_aux=date-sent\nset date_format="%d.%m.%y %H:%M"\n'
    'set index_format="%3C %Z %D  %-22.22F (%3l) %s"\nset pager_index_lines=8\n'
    "set markers=no\nset pager_stop=yes\nset read_only=yes\nset mark_old=no\n"
    "ignore *\nunignore Date: From: To: Subject:\nhdr_order Date: From: To: Subject:\n"
)
MAILS = [
    # (minute of day, sender name, sender email, subject, reply-to index, body)
    (
        4,
        "Marta Sousa",
        "marta.sousa@miradouro-alfama.example",
        "Handover, night of Tue 24/11",
        None,
        "Hi Tiago,\n\n"
        "Evening handover:\n"
        "- 3 arrivals still due: 412 Pereira, 508 Lindqvist, 617 Haraldsen (guaranteed).\n"
        "- 219 upgraded to the river-view junior suite 519, keys recoded.\n"
        "- The COIMBRA-MED congress group checks out on Friday 27/11, master account\n"
        "  pays room and city tax, extras go to the guests.\n"
        "- Drawer 2 float is EUR 250.00.\n\n"
        "Marta\nFront office manager\n",
    ),
    (
        9,
        "Channel Hub",
        "bookings@channelhub.example",
        "New booking RSV-558163 - Lindqvist, 1 night",
        None,
        "New booking received from the booking engine.\n\n"
        "Reservation: RSV-558163\nGuest: Erik Lindqvist\n"
        "Arrival: 24/11/2026, departure 25/11/2026\n"
        "Room type: Double, rate BAR-FLEX, EUR 142.00 per night, breakfast included\n"
        "Guarantee: credit card\n",
    ),
    (
        16,
        "Duarte Ferraz",
        "duarte.ferraz@miradouro-alfama.example",
        "Audit review - October no-show fees",
        None,
        "Tiago,\n\n"
        "Can we go through the October no-show fees on Thursday 26/11 at 10:00 in the\n"
        "back office? Please bring the NS-04 reports for 01/10 to 31/10 and the list of\n"
        "guaranteed bookings we did not charge.\n\n"
        "Duarte Ferraz\nFinance controller\n",
    ),
    (
        21,
        "Marta Sousa",
        "marta.sousa@miradouro-alfama.example",
        "Re: Handover, night of Tue 24/11",
        0,
        "Correction: the COIMBRA-MED group checks out on Saturday 28/11, not Friday.\n"
        "They extended by one night this afternoon; the block is updated in the PMS.\n\n"
        "Marta\n",
    ),
    (
        33,
        "Duarte Ferraz",
        "duarte.ferraz@miradouro-alfama.example",
        "Re: Audit review - October no-show fees",
        2,
        "Sorry Tiago, I'm at the bank on Thursday morning. Let's move the review to\n"
        "Friday 27/11 at 09:30, same place. Sent from my phone.\n\n"
        "Duarte\n",
    ),
    (
        39,
        "Camara Municipal de Lisboa",
        "taxaturistica@cm-lisboa.example",
        "Taxa turistica: November return due 30/11",
        None,
        "The monthly city tax return for establishment AL-77213 is due on 30/11/2026.\n"
        "Amount declared for October: EUR 18,436.00.\n",
    ),
    (
        48,
        "Maintenance desk",
        "maintenance@miradouro-alfama.example",
        "MT-2291 room 314 shower leak",
        None,
        "Ticket MT-2291 opened 24/11 21:10 for room 314: shower leak under the tray.\n"
        "Plumber booked for 25/11 08:00; the room stays out of order until 26/11 12:00.\n",
    ),
    (
        52,
        "PMS night audit",
        "pms@miradouro-alfama.example",
        "End of day pre-check: open folios",
        None,
        "Pre-check for business date 24/11/2026:\n"
        "Open folios with a balance: 305 (EUR 36.50), 519 (EUR 212.00).\n"
        "Rate variances: 412 (COIMBRA-MED posted, BAR-FLEX booked).\n",
    ),
]
CHAT_CHANNEL = "#miradouro-night"
CHAT_DIR = "chatlogs"
CHAT_FILE = "miradouro-night.log"
CHAT_OPENED = "00:00:04"
CHAT = [
    ("00:03", "helena", "evening all, night audit starts 02:00 as usual, I'm on until 07:00"),
    ("00:07", "rui", "three arrivals still due: 412 Pereira, 508 Lindqvist, 617 Haraldsen"),
    ("00:11", "sofia", "314 is out of order, shower leak, plumber tomorrow 08:00"),
    ("00:15", "tiago", "helena: drawer 2 counted, 250.00 float ok"),
    ("00:19", "bruno", "car park barrier stuck open again, logged it"),
    ("00:24", "filipa", "COIMBRA-MED released 6 rooms at 00:00, already done"),
    ("00:28", "rui", "412 Pereira checked in, 2 adults 2 nights"),
    ("00:31", "helena", "Joana Pereira in 421 asked for a 06:15 wake-up call"),
    ("00:34", "filipa", "617 Haraldsen ETA 01:30, flight TP1359 from Oslo is late"),
    ("00:38", "tiago", "rate check: 508 is on BAR-FLEX 142.00, not the group rate"),
    ("00:41", "rui", "room service tray outside 305, collected"),
    ("00:44", "filipa", "correction: 617 ETA is 02:30, not 01:30 (TP1359 now lands 01:55)"),
    ("00:47", "sofia", "219 moved to the river-view junior suite 519, keys recoded"),
    ("00:50", "helena", "sorry, the wake-up for 421 is 06:45, not 06:15"),
    ("00:53", "bruno", "fire door round done, the level 3 door sticks"),
    ("00:55", "tiago", "ok, holding 617 as guaranteed, card on file"),
]
CHAT_ROWS = 20
CHAT_TERMINAL = (88, "+700+470", "dark", 10)
MUTT_TERMINAL = ("118x46+0+0", "light", 9)
# Threaded index: 1 Marta's handover, 2 Marta's correction, 3 the Channel Hub booking,
# 4 Duarte's audit review, 5 Duarte's move, 6 city tax, 7 MT-2291, 8 PMS pre-check.
# The city tax, maintenance and PMS mails are never opened.
READS_BEFORE_CHAT: list[tuple[list[str], int, str, float]] = [
    (["Return"], 0, "reading Marta's handover", HOLD),
    (["j"], 3, "reading Marta's correction", 20),
    (["j"], 1, "reading the Channel Hub booking", 15),
]
READS_AFTER_CHAT: list[tuple[list[str], int, str, float]] = [
    (["i", "4 Return", "Return"], 2, "reading Duarte's audit review mail", 20),
    (["j"], 4, "reading Duarte's move", 15),
]
