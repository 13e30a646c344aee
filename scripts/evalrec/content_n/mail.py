"""Mail scenario content (set n): a museum registrar's mbox in Manila, with a crating handover
thread whose crate count and truck are corrected (8 crates, not 7; the truck at 3 a.m., not
2 a.m.), an insurance valuation meeting moved from Friday 10 a.m. to Thursday 3:30 p.m., the
borrower's request for condition reports, and unopened heritage office, shipper invoice and
party mails; and the collections chat log (24-hour times) with corrections (a crate's logger,
the loan's insurance value)."""

from __future__ import annotations

from ..constants import HOLD

OWNER = "Corazon Dizon <corazon.dizon@museobaluarte.example>"
MESSAGE_ID_DOMAIN = "museobaluarte.example"
MUTTRC = (
    "set mbox_type=mbox\nset folder=~/Mail\nset spoolfile=~/Mail/inbox\n"
    'set sort=threads\nset sort_aux=date-sent\nset date_format="%a %d/%m %H:%M"\n'
    'set index_format="%3C %Z %-15.15D %-22.22n %s"\nset pager_index_lines=9\n'
    "set markers=no\nset pager_stop=yes\nset read_only=yes\nset mark_old=no\n"
    "color index brightgreen default ~N\ncolor indicator black yellow\n"
    "ignore *\nunignore Date: From: To: Subject:\nhdr_order Date: From: To: Subject:\n"
)
MAILS = [
    # (minute of day, sender name, sender email, subject, reply-to index, body)
    (
        17 * 60 + 12,
        "Jose Miguel Santos",
        "jm.santos@museobaluarte.example",
        "Handover: LN-2026-031 crating tonight",
        None,
        "Hi Cora,\n\n"
        "Handover for tonight:\n"
        "- LN-2026-031: 7 crates, CR-01 to CR-07, sealed at dock B\n"
        "- Kargada truck at 2 a.m. from dock B\n"
        "- CR-04 (tinalak panel) on condition hold until Dr Liza Manalo signs it off\n"
        "- CR-03 logger reads high, swap the silica gel before sealing\n"
        "- courier Ana Reyes flies PR 501 with the crates\n"
        "Keys for dock B are with the guard desk, local 204.\n\n"
        "JM\nHead preparator\n",
    ),
    (
        17 * 60 + 40,
        "Mei Ling Tan",
        "registrar@straitsheritage.example",
        "LN-2026-031 - arrival and condition reports",
        None,
        "Dear Cora,\n\n"
        "Thank you for the crate list. Please send the outgoing condition reports for all\n"
        "six objects by Friday 27 November, 6 p.m. Singapore time, so our conservator can\n"
        "prepare. The crates will rest 24 hours in our store before we open them.\n\n"
        "Mei Ling Tan\nRegistrar, Straits Heritage Gallery\n",
    ),
    (
        18 * 60 + 5,
        "Ramon Dela Cruz",
        "ramon.delacruz@museobaluarte.example",
        "Insurance valuation meeting - Friday",
        None,
        "Hi Cora,\n\n"
        "The valuation meeting for LN-2026-031 and LN-2026-038 is on Friday 27 November at\n"
        "10 a.m. in the board room. Please bring the signed condition reports.\n\n"
        "Ramon Dela Cruz\nFinance and insurance\n",
    ),
    (
        19 * 60 + 48,
        "Jose Miguel Santos",
        "jm.santos@museobaluarte.example",
        "Re: Handover: LN-2026-031 crating tonight",
        0,
        "Two corrections, sorry: it is 8 crates now, not 7 (CR-08 for the Abel Iloko\n"
        "coverlet was added at 7 p.m.), and Kargada moved the truck to 3 a.m., not 2 a.m.\n\n"
        "JM\n",
    ),
    (
        20 * 60 + 15,
        "Ramon Dela Cruz",
        "ramon.delacruz@museobaluarte.example",
        "Re: Insurance valuation meeting - Friday",
        2,
        "Change of plan: the insurer can only come on Thursday, so the valuation meeting is\n"
        "on Thursday 26 November at 3:30 p.m. instead, same room.\n\n"
        "Ramon\n",
    ),
    (
        20 * 60 + 40,
        "Cultural Heritage Registry",
        "registry@heritage-office.example",
        "Registry of cultural property - workshop Tue 1/12",
        None,
        "Museum registrars are invited to a workshop on the registry of cultural property on\n"
        "Tuesday 1 December at 9 a.m. at the Metropolitan Theater annex.\n",
    ),
    (
        21 * 60 + 5,
        "Kargada Fine Art Billing",
        "billing@kargada.example",
        "Invoice KFA-20931, crates and truck",
        None,
        "Invoice KFA-20931 for 8 crates and the NAIA truck: PHP 184,500, due by 15 December.\n",
    ),
    (
        21 * 60 + 50,
        "Intramuros Museums Network",
        "hello@intramurosmuseums.example",
        "Christmas party - RSVP by 4 December",
        None,
        "The network's Christmas party is on Friday 11 December at 6 p.m. at Casa Manila\n"
        "courtyard. Please RSVP by 4 December.\n",
    ),
]
CHAT_CHANNEL = "#collections"
CHAT_DIR = "irclogs"
CHAT_FILE = "collections.log"
CHAT_OPENED = "21:58:40"
CHAT = [
    ("22:01", "jmsantos", "CR-01 and CR-07 sealed, seals S-440911 and S-440912"),
    ("22:04", "liza", "CR-04 has a loose weft, I need 20 min before it is sealed"),
    ("22:07", "cora", "logger in CR-01 is L-118"),
    ("22:10", "jmsantiago", "CR-03 reads RH 58%, swapping the silica gel now"),
    ("22:13", "cora", "correction: CR-01 logger is L-181, not L-118"),
    ("22:16", "ramon", "insured value for LN-2026-031 is PHP 18.4M"),
    ("22:19", "ramon", "sorry, PHP 14.8M, not 18.4M"),
    ("22:22", "ana", "PR 501 leaves 09:05, I'll be at PAL Cargo by 5:30"),
    ("22:25", "jmsantos", "Kargada confirmed the truck for 3 am at dock B"),
    ("22:28", "guard", "dock B gate stays unlocked till 4 am"),
    ("22:31", "liza", "CR-04 cleared, photos are on the share"),
    ("22:34", "jmsantiago", "CR-03 down to RH 52%, ok to seal"),
    ("22:37", "cora", "CR-05 moth hole is 4 mm, lender told"),
    ("22:40", "ramon", "valuation meeting moved to Thu 3:30 pm, not Fri 10"),
    ("22:43", "jmsantos", "all crates sealed except CR-08, waiting for Ana"),
]
CHAT_ROWS = 19
CHAT_TERMINAL = (76, "+600+420", "light", 8)
MUTT_TERMINAL = ("112x38+0+0", "dark", 9)
# Threaded index: 1 JM's handover, 2 JM's correction, 3 Straits Heritage, 4 Ramon's
# valuation meeting, 5 Ramon's move, 6 heritage registry, 7 Kargada, 8 museums network.
# The heritage registry, Kargada and museums network mails are never opened.
READS_BEFORE_CHAT: list[tuple[list[str], int, str, float]] = [
    (["Return"], 0, "reading JM's handover", HOLD),
    (["j"], 3, "reading JM's correction", 20),
    (["j"], 1, "reading Straits Heritage's mail", 15),
]
READS_AFTER_CHAT: list[tuple[list[str], int, str, float]] = [
    (["i", "4 Return", "Return"], 2, "reading Ramon's valuation mail", 20),
    (["j"], 4, "reading Ramon's move", 15),
]
