"""Mail scenario content (set e): an early-morning mbox at a harbour ferry company with a
thread in which the plan changes (a charter moved to another vessel and time), and the
operations chat log with corrections."""

from __future__ import annotations

from ..constants import HOLD

OWNER = "Tamsin Kerehoma <tamsin.kerehoma@gannetbay.example>"
MESSAGE_ID_DOMAIN = "gannetbay.example"
MUTTRC = (
    "set mbox_type=mbox\nset folder=~/Mail\nset spoolfile=~/Mail/inbox\n"
    'set sort=threads\nset sort_aux=date-sent\nset date_format="%d/%m %H:%M"\n'
    'set index_format="%-4C%Z  %D  %-18.18L %4c  %s"\nset pager_index_lines=8\n'
    "set markers=no\nset pager_stop=yes\nset read_only=yes\nset mark_old=no\n"
    "ignore *\nunignore Date: From: To: Cc: Subject:\nhdr_order Date: From: To: Cc: Subject:\n"
)
MAILS = [
    # (minute of day, sender name, sender email, subject, reply-to index, body)
    (
        5 * 60 + 52,
        "Priya Raman",
        "priya.raman@gannetbay.example",
        "Charter: Rotary Club harbour cruise",
        None,
        "Kia ora Tamsin,\n\n"
        "The Rotary Club has confirmed their harbour cruise for Saturday 28 November:\n"
        "departing Harbour Quay at 18:30 on Tern Express, back by 21:00, 140 guests.\n"
        "Catering by Wharfside Kitchen. Can you roster a crew?\n\n"
        "Priya\nSales\n",
    ),
    (
        6 * 60 + 37,
        "Hone Paewai",
        "hone.paewai@gannetbay.example",
        "Re: Charter: Rotary Club harbour cruise",
        0,
        "I can skipper it. Deckhands Ana and Wiremu are free that evening.\n"
        "Note Tern Express needs 5 crew with 140 on board.\n\nHone\n",
    ),
    (
        7 * 60 + 5,
        "Westhaven Marine",
        "bookings@westhavenmarine.example",
        "Shag Rock II - dry dock invoice",
        None,
        "Invoice WM-88213 for hull cleaning and anodes on Shag Rock II: NZ$7,940.00\n"
        "incl. GST, due 10 December. Vessel ready for collection Friday 27 November.\n",
    ),
    (
        7 * 60 + 48,
        "Greta Lindqvist",
        "greta.lindqvist@gannetbay.example",
        "Swap Thursday for Saturday?",
        None,
        "Hi Tamsin,\n\nCould I swap my Thursday Tern Express shift for Saturday? My son\n"
        "has a school prize-giving on Thursday at 11:00. Sam said he can do Thursday.\n\n"
        "Greta\n",
    ),
    (
        8 * 60 + 14,
        "Priya Raman",
        "priya.raman@gannetbay.example",
        "Re: Charter: Rotary Club harbour cruise",
        1,
        "Change of plan: the Rotary Club now has 95 guests and wants to leave earlier.\n"
        "Let's do it on Kea Spirit instead, departing 17:45 from Harbour Quay, back\n"
        "by 20:15. Tern Express stays on the timetable. Hone is still fine to skipper.\n\n"
        "Priya\n",
    ),
    (
        8 * 60 + 26,
        "Maritime NZ",
        "noreply@maritimenz.example",
        "Audit confirmation MNZ-A-4471",
        None,
        "Your operator audit for Kea Spirit is confirmed for Friday 27 November,\n"
        "09:30-12:00, at Harbour Quay. Auditor: D. Whitcombe.\n",
    ),
    (
        8 * 60 + 52,
        "Sam Okafor",
        "sam.okafor@gannetbay.example",
        "Re: Swap Thursday for Saturday?",
        3,
        "Yes, I'll take Greta's Thursday on Tern Express. That puts me on Kea Star\n"
        "Friday and Tern Express Thursday, so I need Saturday off for rest hours.\n\n"
        "Sam\n",
    ),
]
CHAT_CHANNEL = "#ops-desk"
CHAT_DIR = "chat"
CHAT_FILE = "ops-desk.log"
CHAT_OPENED = "05:58:41"
CHAT = [
    ("06:02", "hone", "Kea Spirit fuelled, 06:10 good to go"),
    ("06:15", "ticketoffice", "Harbour Quay gate B card reader down, selling on paper"),
    ("06:21", "tamsin", "ticketoffice: thanks, I'll call the tech at 8"),
    ("06:48", "greta", "Kea Star radar still flickering, logged it"),
    ("07:05", "sam", "Tern Express 07:40 has 212 booked so far"),
    ("07:12", "lena", "crew app: new roster build goes out at 09:30"),
    ("07:26", "hone", "wind picking up at Rangi Point, about 18 knots"),
    ("07:31", "tamsin", "ok, skippers decide on the 13:30 Motu Bay run at 12:45"),
    ("07:44", "sam", "correction: 221 booked on the 07:40, not 212"),
    ("07:58", "ticketoffice", "card reader fixed, gate B back to normal"),
    ("08:09", "ropata", "who has the key for the Motu Bay wharf shed?"),
    ("08:11", "greta", "ropata: it's in the blue box in the ops office"),
    ("08:20", "lena", "sorry, roster build is 10:15 now, not 09:30"),
    ("08:33", "priya", "Rotary charter moved to Kea Spirit, details in my mail"),
    ("08:40", "hone", "fine by me, Kea Spirit it is"),
    ("08:47", "tamsin", "Mikael Berg's interview stays at 10:30"),
]
CHAT_ROWS = 22
CHAT_TERMINAL = (92, "+960+600", "dark", 10)
MUTT_TERMINAL = ("118x40+0+0", "light", 11)
# Threaded index: 1 Priya's charter, 2 Hone's reply, 3 Priya's change, 4 Westhaven invoice,
# 5 Greta's swap, 6 Sam's reply, 7 Maritime NZ. The invoice and the audit mail are never
# opened.
READS_BEFORE_CHAT: list[tuple[list[str], int, str, float]] = [
    (["Return"], 0, "reading Priya's charter mail", HOLD),
    (["j"], 1, "reading Hone's reply", 20),
    (["j"], 4, "reading Priya's change of plan", 20),
]
READS_AFTER_CHAT: list[tuple[list[str], int, str, float]] = [
    (["i", "5 Return", "Return"], 3, "reading Greta's swap request", 20),
    (["j"], 6, "reading Sam's reply", 15),
]
