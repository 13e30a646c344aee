"""Mail scenario content (set h): a Wednesday's mbox in a theatre's tech week in Adelaide, with
a thread in which a rigging inspection moves to another day and time, a haze isolation thread
whose fire zone and end time are corrected, unopened hire quote, purchase order and festival
mails; and the production chat log with corrections (a cue range, a warm-up time)."""

from __future__ import annotations

from ..constants import HOLD

OWNER = "Hana Kowalczyk <hana.kowalczyk@wattlelane.example>"
MESSAGE_ID_DOMAIN = "wattlelane.example"
MUTTRC = (
    "set mbox_type=mbox\nset folder=~/Mail\nset spoolfile=~/Mail/inbox\n"
    'set sort=threads\nset sort_aux=date-sent\nset date_format="%a %e %b %l:%M%p"\n'
    'set index_format="%4C %Z %-18.18D %-24.24F %s"\nset pager_index_lines=7\n'
    "set markers=no\nset pager_stop=yes\nset read_only=yes\nset mark_old=no\n"
    "ignore *\nunignore Date: From: To: Subject:\nhdr_order From: Date: Subject: To:\n"
)
MAILS = [
    # (minute of day, sender name, sender email, subject, reply-to index, body)
    (
        7 * 60 + 12,
        "Anja Flint",
        "anja@flintrigging.example",
        "Bar 14 inspection - Wed 25/11 2pm",
        None,
        "Hi Hana,\n\n"
        "Confirming the load inspection of bar 14 (house border) at the Hindley Street\n"
        "Playhouse on Wednesday 25/11 at 2pm. Please have the counterweight sheet and\n"
        "the drape's fire certificate ready, and keep the fly floor clear for an hour.\n\n"
        "Anja Flint\nFlint & Co Rigging\n",
    ),
    (
        7 * 60 + 40,
        "Calum Reed",
        "calum.reed@wattlelane.example",
        "Re: Bar 14 inspection - Wed 25/11 2pm",
        0,
        "Hana,\n\nI'll meet Anja on the fly floor. Bar 14 is at 250 kg with the new drape,\n"
        "right at its limit, so she will want the counterweight sheet from Tuesday.\n\nCalum\n",
    ),
    (
        8 * 60 + 5,
        "Stagecraft Hire SA",
        "hire@stagecraftsa.example",
        "Quote Q-7712 - LED profiles x4",
        None,
        "Quote Q-7712: four LED profiles with 19 and 26 degree lenses, two weeks,\n"
        "AUD 1,120.00 incl. GST, delivered to the Playhouse dock by Thursday 10am.\n",
    ),
    (
        8 * 60 + 26,
        "Bronwyn Kerr",
        "bronwyn.kerr@hindleyplayhouse.example",
        "Haze in the storm - detector isolation today",
        None,
        "Hi Hana,\n\n"
        "For the haze in the storm sequence the smoke detectors in zone 3 (stage) will\n"
        "be isolated today from 1pm to 10pm. Isolation code ISO-2204. A fire warden has\n"
        "to stay on the fly floor for as long as the zone is isolated.\n\n"
        "Bronwyn Kerr\nVenue technical manager, Hindley Street Playhouse\n",
    ),
    (
        9 * 60 + 18,
        "Anja Flint",
        "anja@flintrigging.example",
        "Re: Bar 14 inspection - Wed 25/11 2pm",
        1,
        "Hi Hana,\n\n"
        "Change of plan, sorry: our tester is stuck on a job in Port Adelaide, so the\n"
        "bar 14 inspection moves to Thursday 26/11 at 10am. Same scope, same paperwork.\n\n"
        "Anja\n",
    ),
    (
        9 * 60 + 50,
        "Sunil Varma",
        "sunil.varma@wattlelane.example",
        "PO-30481 needs your OK",
        None,
        "Hana, PO-30481 (Stagecraft, LED profiles, AUD 1,120.00) is over the limit,\n"
        "can you confirm we need all four? I have to sign it by 3pm.\n\nSunil\n",
    ),
    (
        10 * 60 + 17,
        "Bronwyn Kerr",
        "bronwyn.kerr@hindleyplayhouse.example",
        "Re: Haze in the storm - detector isolation today",
        3,
        "Correction to my mail this morning: it is zone 4 (stage and fly floor), not\n"
        "zone 3, and the isolation runs from 1pm to 10.30pm. The code stays ISO-2204.\n\n"
        "Bronwyn\n",
    ),
    (
        10 * 60 + 39,
        "Adelaide Fringe venues",
        "venues@adlfringe.example",
        "Venue registrations close Tue 01/12",
        None,
        "A reminder that venue registrations close on Tuesday 01/12 at 5pm.\n"
        "Your draft registration AF27-3318 is 80% complete.\n",
    ),
]
CHAT_CHANNEL = "#salt-orchard-prod"
CHAT_DIR = "chatlogs"
CHAT_FILE = "salt-orchard-prod.log"
CHAT_OPENED = "06:58:10"
CHAT = [
    ("07:02", "ngaire", "morning all, stage door opens 07:45, tech is 13:00 cue to cue"),
    ("07:15", "dimitri", "jetty truck squeak fixed, new castor on the downstage track"),
    ("07:31", "hana", "ngaire: thanks, I'm in the stage door office from 08:15"),
    ("07:58", "jess", "first aid kit restocked, it lives at the prompt desk"),
    ("08:12", "callum", "focus notes done, LX 41.5 is in, the storm runs LX 41 to LX 57"),
    ("08:40", "tomasz", "SQ 18 thunder retest at 11:00 from row M"),
    ("08:52", "jess", "Jesse is off sick today, Priya covers ASM"),
    ("09:10", "calum", "running late, Gawler train stuck at Salisbury, ETA 10:15"),
    ("09:24", "ngaire", "company warm-up at 12:30 on stage"),
    ("09:35", "callum", "correction: storm is LX 41 to LX 58, not 57 (58 is the lightning snap)"),
    ("09:50", "hana", "bar 14 inspection moved to Thu 10:00, Anja's tester is stuck"),
    ("09:58", "sunil", "PO-30481 is the LED profiles, I need a yes or no by 15:00"),
    ("10:06", "tomasz", "SQ 18 now at -9 dB, was -6"),
    ("10:13", "ngaire", "sorry, warm-up is 12:45, not 12:30"),
    ("10:21", "priya", "got two canvas salt sacks at Bunnings, receipt to petty cash"),
    ("10:29", "calum", "on the fly floor now, bar 14 counterweights checked"),
    ("10:36", "fenella", "notes after the cue to cue in the Green Room, 30 minutes max"),
    ("10:41", "bronte", "preview is at 212 sold, opening night 340 of 352"),
]
CHAT_ROWS = 21
CHAT_TERMINAL = (92, "+470+640", "light", 9)
MUTT_TERMINAL = ("104x44+0+0", "dark", 10)
# Threaded index: 1 Anja's inspection mail, 2 Calum's reply, 3 Anja's change, 4 Stagecraft
# quote, 5 Bronwyn's haze mail, 6 Bronwyn's correction, 7 Sunil's PO mail, 8 Fringe reminder.
# The quote, PO and Fringe mails are never opened.
READS_BEFORE_CHAT: list[tuple[list[str], int, str, float]] = [
    (["Return"], 0, "reading Anja's inspection mail", HOLD),
    (["j"], 1, "reading Calum's reply", 20),
    (["j"], 4, "reading Anja's change of plan", 20),
]
READS_AFTER_CHAT: list[tuple[list[str], int, str, float]] = [
    (["i", "5 Return", "Return"], 3, "reading Bronwyn's haze mail", 20),
    (["j"], 6, "reading Bronwyn's correction", 15),
]
