"""Mail scenario content (set b): an mbox with two threads and a team chat log."""

from __future__ import annotations

from ..constants import HOLD

OWNER = "Amara Osei <amara.osei@greenfurrow.example>"
MESSAGE_ID_DOMAIN = "greenfurrow.example"
MUTTRC = (
    "set mbox_type=mbox\nset folder=~/Mail\nset spoolfile=~/Mail/inbox\n"
    'set sort=threads\nset sort_aux=date-sent\nset date_format="%Y-%m-%d %H:%M"\n'
    'set index_format="%4C %Z %D  %-22.22n  %s"\nset pager_index_lines=6\n'
    "set markers=no\nset pager_stop=yes\nset read_only=yes\nset mark_old=no\n"
    "ignore *\nunignore From: Date: To: Subject:\nhdr_order From: Date: To: Subject:\n"
)
MAILS = [
    # (minute of day, sender name, sender email, subject, reply-to index, body)
    (
        7 * 60 + 58,
        "Tomasz Wojcik",
        "tomasz.wojcik@greenfurrow.example",
        "Sensor batch 14 calibration",
        None,
        "Morning Amara,\n\n"
        "The batch 14 soil sensors read about 6% high on moisture. I'll send the\n"
        "corrected calibration file by 15:30 today.\n\nTomasz\n",
    ),
    (
        8 * 60 + 20,
        "Hiroshi Tanabe",
        "hiroshi@tanabe-irrigation.example",
        "Quote Q-5580 drip lines",
        None,
        "Hello Amara,\n\nHere is quote Q-5580: 40 drip line kits, 2,140.00 USD, valid until\n"
        "12 December. How many rows does the Cedar Creek block have? I need the\n"
        "number by Thursday to size the manifold.\n\nHiroshi Tanabe\nTanabe Irrigation\n",
    ),
    (
        8 * 60 + 47,
        "Colette Marchand",
        "colette.marchand@greenfurrow.example",
        "Re: Sensor batch 14 calibration",
        0,
        "Thanks Tomasz. Please put the file on the shared drive too, the Cedar Creek\n"
        "crew needs it on Monday.\n\nColette\n",
    ),
    (
        9 * 60 + 10,
        "Payroll",
        "payroll@greenfurrow.example",
        "Timesheets for week 48",
        None,
        "Timesheets for week 48 are due Friday at 17:00. Late sheets are paid next cycle.\n",
    ),
    (
        9 * 60 + 32,
        "Hiroshi Tanabe",
        "hiroshi@tanabe-irrigation.example",
        "Re: Quote Q-5580 drip lines",
        1,
        "One more thing: delivery takes three weeks from the order date, and the\n"
        "price includes two spare pressure regulators.\n\nHiroshi\n",
    ),
    (
        9 * 60 + 41,
        "Tomasz Wojcik",
        "tomasz.wojcik@greenfurrow.example",
        "Re: Sensor batch 14 calibration",
        2,
        "Will do. Change of plan though: the file will be ready by 16:15, not 15:30.\n\nTomasz\n",
    ),
    (
        10 * 60 + 5,
        "Nadia Farouk",
        "nadia.farouk@greenfurrow.example",
        "Greenhouse 3 access badge",
        None,
        "Hi Amara,\n\nYour badge for greenhouse 3 is ready at the front desk. Please pick it\n"
        "up before 18:00, after that it goes back to security.\n\nNadia\n",
    ),
]
CHAT_CHANNEL = "#field-ops"
CHAT_DIR = "chatlogs"
CHAT_FILE = "field-ops.log"
CHAT_OPENED = "08:00:00"
CHAT = [
    ("08:02", "colette", "morning! who has the van keys for Cedar Creek tomorrow?"),
    ("08:03", "tomasz", "I do, I'll leave them in the key box by 17:00"),
    ("08:05", "nadia", "reminder: greenhouse 3 is closed for fumigation until Thursday"),
    ("08:06", "amara", "noted. colette, do we still need the drone batteries charged?"),
    ("08:08", "colette", "yes, four of them, by 7am tomorrow"),
    ("08:11", "ravi", "the weather station on plot B stopped reporting at 07:40"),
    ("08:12", "tomasz", "ravi: probably the solar panel again, I'll check it at 14:30"),
    ("08:15", "nadia", "can someone sign for the fertilizer delivery at 15:00?"),
    ("08:16", "amara", "I can, I'm in the office all afternoon"),
    ("08:18", "ravi", "plot A station is fine, only plot B is down"),
    ("08:20", "colette", "amara, did Hiroshi send the revised drip line quote?"),
    ("08:21", "amara", "not yet, only Q-5580 so far"),
    ("08:24", "tomasz", "the van needs fuel, it's under a quarter tank"),
    ("08:26", "nadia", "thanks amara!"),
    ("08:31", "ravi", "tomasz: plot B is back, it was the cable not the panel"),
]
CHAT_ROWS = 18  # the log (a heading and one line a message) fits in less on one screen
CHAT_TERMINAL = (78, "+600+430", "light", 10)
MUTT_TERMINAL = ("110x36+0+0", "dark", 9)
# Threaded index: 1 Tomasz, 2 Colette's reply, 3 Tomasz's reply, 4 Hiroshi, 5 his follow-up,
# 6 Payroll, 7 Nadia. Tomasz's second mail and the payroll mail are never opened.
READS_BEFORE_CHAT: list[tuple[list[str], int, str, float]] = [
    (["Return"], 0, "reading Tomasz's calibration mail", HOLD),
    (["j"], 2, "reading Colette's reply", 20),
]
READS_AFTER_CHAT: list[tuple[list[str], int, str, float]] = [
    (["i", "4 Return", "Return"], 1, "reading Hiroshi's quote", 20),
    (["j"], 4, "reading Hiroshi's follow-up", 15),
    (["i", "/~f nadia.farouk", "Return"], 6, "reading Nadia's badge mail", 20),
]
