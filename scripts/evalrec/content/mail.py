"""Mail scenario content: an mbox thread and an IRC log."""

from __future__ import annotations

from ..constants import HOLD

# Whose inbox it is, the domain of the Message-IDs and mutt's settings.
OWNER = "Jonas Berg <jonas.berg@ledgerly.example>"
MESSAGE_ID_DOMAIN = "ledgerly.example"
MUTTRC = (
    "set mbox_type=mbox\nset folder=~/Mail\nset spoolfile=~/Mail/inbox\n"
    'set sort=threads\nset sort_aux=date-sent\nset date_format="%a %d %b %H:%M"\n'
    'set index_format="%4C %Z %D  %-20.20F  %s"\nset pager_index_lines=7\n'
    "set markers=no\nset pager_stop=yes\nset read_only=yes\nset mark_old=no\n"
    "ignore *\nunignore From: To: Date: Subject:\nhdr_order From: To: Date: Subject:\n"
)

MAILS = [
    # (minute of day, sender name, sender email, subject, reply-to index, body)
    (
        8 * 60 + 12,
        "Dana Whitfield",
        "dana.whitfield@ledgerly.example",
        "Release 4.3 timing",
        None,
        "Hi all,\n\nThe 4.3 release is moving to Thursday because the ledger migration needs a\n"
        "second review. Support has been told.\n\nDana\n",
    ),
    (
        8 * 60 + 40,
        "Kenji Mori",
        "kenji.mori@ledgerly.example",
        "Re: Release 4.3 timing",
        0,
        "I can finish the migration review by Wednesday noon.\n\nKenji\n",
    ),
    (
        9 * 60 + 5,
        "Priya Raman",
        "priya.raman@ledgerly.example",
        "Invoice INV-2211 from Harbor Co",
        None,
        "Hi Jonas,\n\nHarbor Co sent invoice INV-2211 for 4,380.00 EUR, due 15 December.\n"
        "Can you approve it before Friday?\n\nPriya\n",
    ),
    (
        9 * 60 + 31,
        "Omar Haddad",
        "omar.haddad@ledgerly.example",
        "Re: Release 4.3 timing",
        0,
        "The release notes draft is in the wiki. Please add your items by 16:00.\n\nOmar\n",
    ),
    (
        10 * 60 + 2,
        "IT Service Desk",
        "servicedesk@ledgerly.example",
        "Scheduled VPN maintenance",
        None,
        "The VPN will be unavailable on Saturday from 02:00 to 04:00 for a firmware update.\n",
    ),
    (
        10 * 60 + 20,
        "Priya Raman",
        "priya.raman@ledgerly.example",
        "Re: Invoice INV-2211 from Harbor Co",
        2,
        "Correction: the amount on INV-2211 is 4,830.00 EUR, not 4,380.00. Sorry!\n\nPriya\n",
    ),
    (
        9 * 60 + 48,
        "Ibrahim Sayed",
        "ibrahim.sayed@ledgerly.example",
        "Support rota for Saturday",
        None,
        "Hi all,\n\nThe VPN maintenance means one of us has to be on call on Saturday.\n"
        "Can someone cover the support rota that morning?\n\nIbrahim\n",
    ),
    (
        10 * 60 + 26,
        "Lena Okafor",
        "lena.okafor@ledgerly.example",
        "Re: Support rota for Saturday",
        6,
        # A reply whose own words never name its topic: the quote and the thread carry it.
        "Yes, put me down for it. I'm at the dentist until 11:30 on Friday though,\n"
        "so ask Omar for anything before then.\n\nLena\n\n"
        "> Can someone cover the support rota that morning?\n",
    ),
]
# The chat log: channel, directory under ~ and file name, the time in its "Log opened" line.
CHAT_CHANNEL = "#payments-dev"
CHAT_DIR = "irclogs"
CHAT_FILE = "payments-dev.log"
CHAT_OPENED = "10:30:00"
CHAT = [
    ("10:31", "lena", "morning all"),
    ("10:32", "dana", "heads-up: code freeze for 4.3 starts tomorrow at 12:00"),
    ("10:34", "omar", "is the staging database still read-only?"),
    ("10:35", "priya", "staging db stays read-only until 15:00 today, backfill after that"),
    ("10:37", "omar", "ok, I'll hold the backfill until then"),
    ("10:41", "kenji", "migration review is half done, the rollback script still needs tests"),
    ("10:44", "dana", "thanks kenji. lena, can you take the release notes for 4.3?"),
    ("10:45", "lena", "sure, draft by 16:00 in the wiki"),
    ("10:52", "ibrahim", "the Harbor Co invoice question goes to priya, not me"),
    ("10:58", "priya", "correct, I'm handling INV-2211"),
    # Replies that carry their topic only through what they answer ("nick:" addressing, or
    # the question put to them by name), each after a similar topic from someone else.
    ("11:02", "omar", "can someone review the VPN firewall rules before Saturday?"),
    ("11:04", "ibrahim", "the office firewall rules went live yesterday, no review needed"),
    ("11:05", "kenji", "omar: I'll take it after lunch"),
    ("11:08", "dana", "the build queue is frozen until 11:30, hold your merges"),
    ("11:10", "dana", "priya, is the Harbor Co refund approved?"),
    ("11:11", "omar", "the Brightline refund is still waiting on finance"),
    ("11:12", "priya", "approved this morning, it goes out tomorrow"),
]
CHAT_ROWS = 21  # the log (a heading and one line a message) fits in less on one screen
# The terminals: mutt (geometry, theme, font size), the chat (columns, position, theme,
# font size; its height is CHAT_ROWS).
CHAT_TERMINAL = (84, "+470+420", "dark", 10)
MUTT_TERMINAL = ("104x34+0+0", "light", 9)
# What is read in mutt, before and after the chat log is looked at: (key presses, the
# message it opens (an index into MAILS), frame label, dwell). Each press is one key
# chord or several separated by spaces; "/TEXT" searches the index for TEXT.
READS_BEFORE_CHAT: list[tuple[list[str], int, str, float]] = [
    (["Return"], 0, "reading Dana's mail", HOLD),  # the first thread's first message
    (["j"], 1, "reading Kenji's reply", 20),  # the next message in the thread
]
READS_AFTER_CHAT: list[tuple[list[str], int, str, float]] = [
    (["i", "5 Return", "Return"], 5, "reading Priya's correction", 20),  # index line 5
    (["i", "/~f ibrahim.sayed", "Return"], 6, "reading Ibrahim's question", 15),
    (["j"], 7, "reading Lena's reply", 20),  # and the reply under it
]
