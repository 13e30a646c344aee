"""Mail scenario content (set k): a night sub-editor's mbox on a Wellington daily, with a
handover thread whose rates story is corrected (page 1 lead at 640 words, not the page 3
story at 460), a page design workshop moved from Friday 2pm to Thursday 3.30pm, a lawyer's
suppression warning, and unopened payroll, press hall and social club mails; and the subs'
desk chat log with corrections (a photographer's name, a Napier flood figure)."""

from __future__ import annotations

from ..constants import HOLD

OWNER = "Aroha Parata <aroha.parata@harbourcourier.example>"
MESSAGE_ID_DOMAIN = "harbourcourier.example"
MUTTRC = (
    "set mbox_type=mbox\nset folder=~/Mail\nset spoolfile=~/Mail/inbox\n"
    'set sort=threads\nset sort_aux=date-sent\nset date_format="%d %b %-I.%M%P"\n'
    'set index_format="%3C %Z %-16.16D %-22.22n %s"\nset pager_index_lines=10\n'
    "set markers=no\nset pager_stop=yes\nset read_only=yes\nset mark_old=no\n"
    "color index brightblue default ~N\ncolor indicator white blue\n"
    "ignore *\nunignore Date: From: To: Subject:\nhdr_order Date: From: To: Subject:\n"
)
MAILS = [
    # (minute of day, sender name, sender email, subject, reply-to index, body)
    (
        17 * 60 + 42,
        "Hemi Walker",
        "hemi.walker@harbourcourier.example",
        "Handover for the Thursday paper",
        None,
        "Kia ora Aroha,\n\n"
        "Handover for tonight:\n"
        "- RATES-RISE: rates story, page 3, 460 words, Kiri Te Ao\n"
        "- PETONE-WHARF: page 2, already subbed, goes off stone by 8pm\n"
        "- HUTT-COURT: page 4, do not run until legal has read it\n"
        "- NAPIER-FLOOD: bureau says copy by 8.30pm\n"
        "Sam Whaanga shot the front page picture; caption still needs his name.\n\n"
        "Hemi\nChief sub (days)\n",
    ),
    (
        17 * 60 + 58,
        "Ana Fonoti",
        "ana.fonoti@harbourcourier.example",
        "HUTT-COURT: interim name suppression",
        None,
        "Aroha,\n\n"
        "The Hutt Valley District Court made an interim order this afternoon: the\n"
        "defendant's name and occupation are suppressed until trial. Remove both from\n"
        "HUTT-COURT and the picture caption before it goes to press. I will read the\n"
        "page proof at 8.45pm.\n\n"
        "Ana Fonoti\nIn-house lawyer\n",
    ),
    (
        18 * 60 + 6,
        "Rawiri Ngata",
        "rawiri.ngata@harbourcourier.example",
        "Page design workshop - Friday",
        None,
        "Hi Aroha,\n\n"
        "The page design workshop for the subs is on Friday 27 November at 2pm in the\n"
        "boardroom. Bring two front pages you would redo.\n\n"
        "Rawiri Ngata\nDesign editor\n",
    ),
    (
        18 * 60 + 21,
        "Hemi Walker",
        "hemi.walker@harbourcourier.example",
        "Re: Handover for the Thursday paper",
        0,
        "Sorry, correction: RATES-RISE is the page 1 lead now, 640 words, not page 3 at\n"
        "460. The night editor moved it up at the 4pm conference.\n\n"
        "Hemi\n",
    ),
    (
        18 * 60 + 40,
        "Rawiri Ngata",
        "rawiri.ngata@harbourcourier.example",
        "Re: Page design workshop - Friday",
        2,
        "Change of plan: the boardroom is taken on Friday, so we will do the workshop on\n"
        "Thursday 26 November at 3.30pm instead, level 3 meeting room.\n\n"
        "Rawiri\n",
    ),
    (
        18 * 60 + 52,
        "Courier Payroll",
        "payroll@harbourcourier.example",
        "November timesheets close Friday 27/11",
        None,
        "Please submit your November timesheet, with night shift allowances, by\n"
        "Friday 27 November at noon.\n",
    ),
    (
        19 * 60 + 1,
        "Seaview Press Hall",
        "presshall@harbourcourier.example",
        "Press 2 maintenance Sat 28/11 1am-5am",
        None,
        "Press 2 is down for maintenance on Saturday 28 November from 1am to 5am.\n"
        "The Saturday city edition prints on Press 1; last page by 10.20pm.\n",
    ),
    (
        19 * 60 + 8,
        "Courier Social Club",
        "social@harbourcourier.example",
        "Christmas party RSVP by 4 December",
        None,
        "The newsroom Christmas party is on Friday 18 December at the Backbencher.\n"
        "RSVP by 4 December.\n",
    ),
]
CHAT_CHANNEL = "#subs-desk"
CHAT_DIR = "irclogs"
CHAT_FILE = "subs-desk.log"
CHAT_OPENED = "18:12:40"
CHAT = [
    ("18:20", "lorraine", "evening subs, budget is up on the intranet, 6 stories tonight"),
    ("18:24", "tane", "PETONE-WHARF subbed and on page 2, 420 words"),
    ("18:27", "mereana", "COUNCIL-WARDS needs a pic, asked the photo desk"),
    ("18:31", "aroha", "front page pic for RATES-RISE is by Sam Whanga"),
    ("18:35", "matt", "cricket: play ends at 11pm, I need the sport replate at 11.30pm"),
    ("18:38", "lorraine", "NAPIER-FLOOD: bureau says 140 homes evacuated"),
    ("18:42", "tane", "HUTT-COURT held for legal, Ana reads it at 8.45pm"),
    (
        "18:46",
        "aroha",
        "correction: the RATES-RISE pic is by Sam Whaanga (two a's), not Sam Whanga",
    ),
    ("18:50", "hemi", "signing off, Aroha has the desk, ka kite"),
    ("18:53", "lorraine", "sorry, NAPIER-FLOOD is 104 homes evacuated, not 140"),
    ("18:57", "mereana", "CYCLONE-FIJI wire copy on page 7, 300 words"),
    ("19:01", "matt", "Black Caps 287 for 4 at tea, Fale's story to come"),
    ("19:04", "aroha", "page 1 conference in 10, bring your headlines"),
    ("19:09", "lorraine", "PORT-PROFIT is spiked, drop it from page 9"),
    ("19:12", "tane", "regional edition off stone target 9.30pm"),
]
CHAT_ROWS = 20
CHAT_TERMINAL = (100, "+1112+780", "dark", 10)
MUTT_TERMINAL = ("122x46+0+0", "light", 11)
# Threaded index: 1 Hemi's handover, 2 Hemi's correction, 3 Ana's suppression, 4 Rawiri's
# workshop, 5 Rawiri's move, 6 payroll, 7 press hall, 8 social club.
# The payroll, press hall and social club mails are never opened.
READS_BEFORE_CHAT: list[tuple[list[str], int, str, float]] = [
    (["Return"], 0, "reading Hemi's handover", HOLD),
    (["j"], 3, "reading Hemi's correction", 20),
    (["j"], 1, "reading Ana's suppression warning", 15),
]
READS_AFTER_CHAT: list[tuple[list[str], int, str, float]] = [
    (["i", "4 Return", "Return"], 2, "reading Rawiri's workshop mail", 20),
    (["j"], 4, "reading Rawiri's move", 15),
]
