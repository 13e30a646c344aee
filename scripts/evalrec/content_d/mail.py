"""Mail scenario content (set d): a morning mbox at a small law office with two threads in
which the plan changes (a deposition moved, a filing deadline), and the office chat log."""

from __future__ import annotations

from ..constants import HOLD

OWNER = "Nell Hargrove <nell.hargrove@alvaradopryce.example>"
MESSAGE_ID_DOMAIN = "alvaradopryce.example"
MUTTRC = (
    "set mbox_type=mbox\nset folder=~/Mail\nset spoolfile=~/Mail/inbox\n"
    'set sort=threads\nset sort_aux=date-sent\nset date_format="%b %d %l:%M%p"\n'
    'set index_format="%3C %Z | %-14.14D | %-19.19n | %s"\nset pager_index_lines=9\n'
    "set markers=no\nset pager_stop=yes\nset read_only=yes\nset mark_old=no\n"
    "ignore *\nunignore Date: From: To: Cc: Subject:\nhdr_order Date: From: To: Cc: Subject:\n"
)
MAILS = [
    # (minute of day, sender name, sender email, subject, reply-to index, body)
    (
        7 * 60 + 48,
        "Gideon Pryce",
        "gideon.pryce@alvaradopryce.example",
        "Pennock deposition - Delgado v. Sunmark",
        None,
        "Nell,\n\n"
        "Opposing counsel agreed to produce Gerald Pennock on Wednesday 2 December\n"
        "at 10:00 AM here, Colorado room. Please book Bayside Court Reporters and\n"
        "send the notice of deposition today.\n\n"
        "Gideon\n",
    ),
    (
        8 * 60 + 20,
        "Marisol Vega",
        "marisol.vega@alvaradopryce.example",
        "Re: Pennock deposition - Delgado v. Sunmark",
        0,
        "Bayside can send Denise Fuller for the 2nd, 10:00 to 1:00, realtime\n"
        "included. Rate is $225 an hour plus the transcript. Shall I confirm?\n\n"
        "Marisol\nFront desk\n",
    ),
    (
        8 * 60 + 41,
        "Wendell Ames",
        "wendell.ames@alvaradopryce.example",
        "November pre-bills due Friday",
        None,
        "Hi all,\n\nPre-bills for November go out on Friday. Please have your time\n"
        "entered by Wednesday 5:00 PM. Fernwood Dental is over its budget by $3,180;\n"
        "Owen, please add a note.\n\nWendell\nAccounting\n",
    ),
    (
        9 * 60 + 6,
        "Rosalind Greer",
        "rgreer.design@fastmail.example",
        "Intake call this afternoon",
        None,
        "Hello Ms. Hargrove,\n\nThank you for setting up the call. I am available at 2:00 PM\n"
        "as planned. My HOA case number is ALH-2026-0417 and my cell is\n"
        "(626) 555-0148.\n\nRosalind Greer\n",
    ),
    (
        10 * 60 + 12,
        "Gideon Pryce",
        "gideon.pryce@alvaradopryce.example",
        "Re: Pennock deposition - Delgado v. Sunmark",
        1,
        "Change of plan: opposing counsel is in trial next week. The Pennock\n"
        "deposition moves to Monday 30 November at 1:30 PM, same room. Please ask\n"
        "Bayside whether Denise can do the new date, and re-serve the notice.\n\n"
        "Gideon\n",
    ),
    (
        10 * 60 + 35,
        "LASC e-filing",
        "noreply@efile-lasc.example",
        "Filing accepted: 26PSCV01187",
        None,
        "Your filing in Delgado v. Sunmark Builders (26PSCV01187), Request for Judicial\n"
        "Notice, was accepted on 11/24/2026 at 10:31 AM. Envelope 9913402.\n",
    ),
    (
        11 * 60 + 3,
        "Teresa Alvarado",
        "teresa.alvarado@alvaradopryce.example",
        "Re: Intake call this afternoon",
        3,
        "Nell, I'll join Ms. Greer's call at 2:00 but I have to drop at 2:20.\n"
        "Please run the conflict check against Arroyo Lofts HOA before then.\n\n"
        "Teresa\n",
    ),
]
CHAT_CHANNEL = "#front-office"
CHAT_DIR = "chat"
CHAT_FILE = "front-office.log"
CHAT_OPENED = "08:55:03"
CHAT = [
    ("08:57", "marisol", "good morning! phones forwarded, I'm at the front desk"),
    ("09:02", "owen", "who has the Fernwood binder? it's not in the file room"),
    ("09:04", "nell", "owen: it's on Gideon's credenza, blue tabs"),
    ("09:11", "gideon", "demurrer hearing went fine, judge took it under submission"),
    ("09:15", "wendell", "reminder: time entries by Wednesday 5 PM for pre-bills"),
    ("09:22", "teresa", "nell, can you pull the Voss inventory and appraisal for tomorrow?"),
    ("09:24", "nell", "yes, I'll have it in the binder by 3:30"),
    ("09:40", "marisol", "the copier on 4 is jammed again, use the one by the kitchen"),
    ("09:47", "owen", "EEOC mediation for Fernwood is Monday 10:00, not Tuesday"),
    ("09:55", "declan", "intake portal is down for 10 minutes at noon for the release"),
    ("10:06", "marisol", "Ms. Greer called, she'll be on the 2:00 call from her car"),
    ("10:18", "declan", "correction: the portal downtime is 12:30, not noon"),
    ("10:26", "gideon", "marisol: please send flowers to the Voss family, budget $80"),
    ("10:29", "marisol", "gideon: done, delivery tomorrow morning"),
    ("10:44", "teresa", "who is covering phones on Friday?"),
    ("10:46", "nell", "I am, 9 to noon"),
    ("10:52", "wendell", "lunch order closes at 11:30, it's tacos"),
]
CHAT_ROWS = 20
CHAT_TERMINAL = (88, "+780+470", "light", 9)
MUTT_TERMINAL = ("112x42+0+0", "dark", 10)
# Threaded index: 1 Gideon, 2 Marisol's reply, 3 Gideon's change, 4 Wendell, 5 Rosalind,
# 6 Teresa's reply, 7 LASC e-filing. Wendell's pre-bill mail and the e-filing notice are
# never opened.
READS_BEFORE_CHAT: list[tuple[list[str], int, str, float]] = [
    (["Return"], 0, "reading Gideon's deposition mail", HOLD),
    (["j"], 1, "reading Marisol's reporter reply", 20),
    (["j"], 4, "reading Gideon's change of plan", 20),
]
READS_AFTER_CHAT: list[tuple[list[str], int, str, float]] = [
    (["i", "5 Return", "Return"], 3, "reading Rosalind Greer's mail", 20),
    (["j"], 6, "reading Teresa's reply", 15),
]
