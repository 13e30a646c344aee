"""Mail scenario content (set o): a ferry dispatcher's mbox in Istanbul, with a handover
thread whose conference charter is corrected (380 passengers, not 420; the Kanlica, not the
Kandilli), an evacuation drill moved from Friday 10:00 to Thursday 15:30, a harbour master's
berth permit mail, and unopened port authority, fuel invoice and reception mails; and the
#dispatch chat log (24-hour times) with corrections (the charter's pier, a fuel quantity, the
ops meeting time)."""

from __future__ import annotations

from ..constants import HOLD

OWNER = "Deniz Arslan <deniz.arslan@bogazicivapur.example>"
MESSAGE_ID_DOMAIN = "bogazicivapur.example"
MUTTRC = (
    "set mbox_type=mbox\nset folder=~/Mail\nset spoolfile=~/Mail/inbox\n"
    'set sort=threads\nset sort_aux=date-sent\nset date_format="%d.%m %H:%M"\n'
    'set index_format="%3C %Z %-12.12D %-22.22n %s"\nset pager_index_lines=9\n'
    "set markers=no\nset pager_stop=yes\nset read_only=yes\nset mark_old=no\n"
    "color index brightyellow default ~N\ncolor indicator black green\n"
    "ignore *\nunignore Date: From: To: Subject:\nhdr_order Date: From: To: Subject:\n"
)
MAILS = [
    # (minute of day, sender name, sender email, subject, reply-to index, body)
    (
        8 * 60 + 12,
        "Tarik Ozdemir",
        "tarik.ozdemir@bogazicivapur.example",
        "Handover: Thursday charter and sailings",
        None,
        "Gunaydin Deniz,\n\n"
        "Handover for Thursday:\n"
        "- CH-2611 Marmara Medical Congress: 420 pax on the Kandilli, pier 3, 09:30 to Sariyer\n"
        "- captain Murat Yilmaz, return from Sariyer at 17:00\n"
        "- KE-1910 needs a relief boat, the Kandilli goes to Pendik dry dock at 07:00\n"
        "- Moda takes fuel from the barge at 17:30 tonight\n"
        "- lodos warning from 22:00, watch the Uskudar sailings\n"
        "The fuel invoice is with Selin Aksoy in accounts.\n\n"
        "Tarik\nOperations manager\n",
    ),
    (
        9 * 60 + 5,
        "Aylin Demirci",
        "aylin.demirci@limanbaskanligi.example",
        "CH-2611 berth permit - ref LB-7734",
        None,
        "Dear Ms Arslan,\n\n"
        "Berth permit LB-7734 for charter CH-2611 at Sariyer pier is approved for\n"
        "Thursday 26 November, 11:00 to 16:30. Please send the passenger manifest to the\n"
        "coast guard by 08:00 on the day of sailing.\n\n"
        "Aylin Demirci\nHarbour master's office, Istanbul\n",
    ),
    (
        10 * 60 + 20,
        "Kerem Sahin",
        "kerem.sahin@bogazicivapur.example",
        "Evacuation drill - Friday",
        None,
        "Hi Deniz,\n\n"
        "The evacuation drill with the harbour master is on Friday 27 November at 10:00 at\n"
        "pier 2, on the Moda. Please keep two deckhands free for the lifejacket count.\n\n"
        "Kerem Sahin\nSafety officer\n",
    ),
    (
        11 * 60 + 48,
        "Tarik Ozdemir",
        "tarik.ozdemir@bogazicivapur.example",
        "Re: Handover: Thursday charter and sailings",
        0,
        "Two corrections: CH-2611 is 380 pax now, not 420 (the congress dropped a bus),\n"
        "and it sails on the Kanlica, not the Kandilli.\n\n"
        "Tarik\n",
    ),
    (
        13 * 60 + 5,
        "Kerem Sahin",
        "kerem.sahin@bogazicivapur.example",
        "Re: Evacuation drill - Friday",
        2,
        "Change of plan: the harbour master can only come on Thursday, so the drill is on\n"
        "Thursday 26 November at 15:30 instead, same pier.\n\n"
        "Kerem\n",
    ),
    (
        13 * 60 + 40,
        "Istanbul Port Authority",
        "timetables@port-ist.example",
        "Winter timetable filing - deadline 4 December",
        None,
        "Operators must file their winter timetables by Friday 4 December, 17:00.\n",
    ),
    (
        14 * 60 + 22,
        "Marmara Yakit",
        "billing@marmarayakit.example",
        "Invoice MY-40912, November fuel",
        None,
        "Invoice MY-40912 for November fuel: TRY 1,284,000, due by 10 December.\n",
    ),
    (
        15 * 60 + 10,
        "Kadikoy Traders Association",
        "events@kadikoytraders.example",
        "New Year reception - RSVP by 11 December",
        None,
        "The New Year reception is on Tuesday 22 December at 19:30 at the Moda Sea Club.\n"
        "Please RSVP by 11 December.\n",
    ),
]
CHAT_CHANNEL = "#dispatch"
CHAT_DIR = "irclogs"
CHAT_FILE = "dispatch.log"
CHAT_OPENED = "16:58:10"
CHAT = [
    ("17:02", "tarik", "evening all, tomorrow's sailing sheet is on the wiki"),
    ("17:06", "murat.y", "KB-1745 running 10 min late, Besiktas pier is busy"),
    ("17:11", "deniz", "CH-2611 boards at pier 3 from 08:45"),
    ("17:15", "selin", "fuel barge for Moda: 14,000 L at 17:30"),
    ("17:19", "murat.yz", "Kandilli engine log sent, she leaves for Pendik at 07:00"),
    ("17:24", "deniz", "correction: CH-2611 boards at pier 4, not pier 3"),
    ("17:29", "selin", "sorry, Moda takes 12,500 L, not 14,000"),
    ("17:33", "kerem", "drill tomorrow 15:30, lifejacket count on Moda first"),
    ("17:38", "aylin", "ticket office cash-up at 18:30 tonight"),
    ("17:42", "emre", "UE-1750 cancelled, lodos swell at Uskudar, 146 pax refunded"),
    ("17:47", "tarik", "KE-2315 is the last Eminonu sailing tonight"),
    ("17:51", "deniz", "coast guard has the CH-2611 manifest, 380 pax"),
    ("17:56", "kerem", "reminder: wind limit is 35 kn from this week"),
    ("18:02", "tarik", "ops meeting moved to 18:15, not 18:00"),
    ("18:07", "murat.y", "Kanlica fuelled and ready for CH-2611"),
]
CHAT_ROWS = 20
CHAT_TERMINAL = (88, "+1000+700", "light", 9)
MUTT_TERMINAL = ("112x44+0+0", "dark", 10)
# Threaded index: 1 Tarik's handover, 2 Tarik's correction, 3 the harbour master, 4 Kerem's
# drill, 5 Kerem's move, 6 port authority, 7 Marmara Yakit, 8 traders association.
# The port authority, fuel invoice and traders mails are never opened.
READS_BEFORE_CHAT: list[tuple[list[str], int, str, float]] = [
    (["Return"], 0, "reading Tarik's handover", HOLD),
    (["j"], 3, "reading Tarik's correction", 20),
    (["j"], 1, "reading the harbour master's permit mail", 15),
]
READS_AFTER_CHAT: list[tuple[list[str], int, str, float]] = [
    (["i", "4 Return", "Return"], 2, "reading Kerem's drill mail", 20),
    (["j"], 4, "reading Kerem's move", 15),
]
