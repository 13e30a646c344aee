"""Mail scenario content (set l): a trekking agency operations coordinator's mbox in
Kathmandu, with a handover thread whose Everest group is corrected (7 trekkers, not 6; the
jeep at 1:30 a.m., not 2 a.m.), a first aid refresher moved from Friday 11 a.m. to Thursday
4:30 p.m., an insurer's claim request, and unopened tourism board, airline invoice and dinner
mails; and the ops desk chat log (24-hour times) with corrections (the Everest group's
flight, a helicopter invoice)."""

from __future__ import annotations

from ..constants import HOLD

OWNER = "Sushmita Gurung <sushmita.gurung@saligramtreks.example>"
MESSAGE_ID_DOMAIN = "saligramtreks.example"
MUTTRC = (
    "set mbox_type=mbox\nset folder=~/Mail\nset spoolfile=~/Mail/inbox\n"
    'set sort=threads\nset sort_aux=date-sent\nset date_format="%-d %b %-I:%M %p"\n'
    'set index_format="%3C %Z %-15.15D %-24.24n %s"\nset pager_index_lines=10\n'
    "set markers=no\nset pager_stop=yes\nset read_only=yes\nset mark_old=no\n"
    "color index brightmagenta default ~N\ncolor indicator black cyan\n"
    "ignore *\nunignore Date: From: To: Subject:\nhdr_order Date: From: To: Subject:\n"
)
MAILS = [
    # (minute of day, sender name, sender email, subject, reply-to index, body)
    (
        8 * 60 + 42,
        "Anil Shrestha",
        "anil.shrestha@saligramtreks.example",
        "Handover: Thursday departures",
        None,
        "Namaste Sushmita,\n\n"
        "Handover for Thursday:\n"
        "- EBC-1126: 6 pax, guide Ngima Sherpa, Tara Air 7:15 a.m. from Ramechhap\n"
        "- the jeep leaves Thamel at 2 a.m.\n"
        "- GKY-1125: 3 pax, Mingma Dorje, same morning\n"
        "- MUS-1126: permit still at Immigration, please chase it\n"
        "- ABC-1121: weather hold at Deurali, Bikash calls in at 6 p.m.\n"
        "The MNS-1115 heli invoice is with Pasang Lhamu Sherpa in accounts.\n\n"
        "Anil\nOperations manager\n",
    ),
    (
        9 * 60 + 15,
        "Alpine Assist Claims",
        "claims@alpineassist.example",
        "MNS-1115 evacuation - claim AA-55231",
        None,
        "Dear Ms Gurung,\n\n"
        "We have opened claim AA-55231 for the helicopter evacuation of Mr Lars Eklund\n"
        "(MNS-1115) from Samdo on 24 November. Please send the evacuation report, the\n"
        "operator's invoice and the doctor's note by Friday 27 November, 5 p.m. Nepal time.\n\n"
        "Claims team\nAlpine Assist\n",
    ),
    (
        10 * 60 + 4,
        "Roshan Karki",
        "roshan.karki@saligramtreks.example",
        "First aid refresher for guides - Friday",
        None,
        "Hi Sushmita,\n\n"
        "The first aid refresher for the guides is on Friday 27 November at 11 a.m. in the\n"
        "office training room. Please send me the list of guides who are in Kathmandu.\n\n"
        "Roshan Karki\nTraining coordinator\n",
    ),
    (
        11 * 60 + 37,
        "Anil Shrestha",
        "anil.shrestha@saligramtreks.example",
        "Re: Handover: Thursday departures",
        0,
        "Sorry, two corrections: EBC-1126 is 7 pax now, not 6 (Hannah Cole booked at\n"
        "noon), and the jeep leaves Thamel at 1:30 a.m., not 2 a.m.\n\n"
        "Anil\n",
    ),
    (
        12 * 60 + 20,
        "Roshan Karki",
        "roshan.karki@saligramtreks.example",
        "Re: First aid refresher for guides - Friday",
        2,
        "Change of plan: the doctor can only come on Thursday, so the refresher is on\n"
        "Thursday 26 November at 4:30 p.m. instead, same room.\n\n"
        "Roshan\n",
    ),
    (
        12 * 60 + 48,
        "Nepal Tourism Board",
        "tims@ntb.example",
        "TIMS card rules for 2027 - briefing Mon 30/11",
        None,
        "Trekking agencies are invited to a briefing on the 2027 TIMS card rules on\n"
        "Monday 30 November at 2 p.m. at Bhrikutimandap.\n",
    ),
    (
        13 * 60 + 30,
        "Summit Air Sales",
        "sales@summitair.example",
        "Invoice SA-88412, November charters",
        None,
        "Invoice SA-88412 for your November seats: NPR 612,000, due by 10 December.\n",
    ),
    (
        14 * 60 + 10,
        "Thamel Agencies Club",
        "club@thamelagencies.example",
        "Annual dinner - RSVP by 5 December",
        None,
        "The annual dinner is on Friday 18 December at 7 p.m. at Hotel Shanker.\n"
        "Please RSVP by 5 December.\n",
    ),
]
CHAT_CHANNEL = "#ops-desk"
CHAT_DIR = "irclogs"
CHAT_FILE = "ops-desk.log"
CHAT_OPENED = "12:58:10"
CHAT = [
    ("13:02", "anil", "afternoon all, the departures sheet on the wiki is updated"),
    ("13:06", "bikash", "ABC-1121 still at Deurali, fresh snow above MBC"),
    ("13:11", "sushmita", "EBC-1126 flight confirmed: Tara Air 7:15 from Ramechhap"),
    ("13:15", "dlama", "EBC-1126 porters: 4, I am the sirdar"),
    ("13:19", "pasang", "MNS-1115 heli invoice is in: USD 4,800"),
    ("13:24", "sushmita", "correction: EBC-1126 is on Summit Air 6:50, not Tara Air 7:15"),
    ("13:29", "pasang", "sorry, the heli invoice is USD 4,300, not 4,800"),
    ("13:33", "ngima", "EBC-1126 briefing at Kasthamandap Inn, 5:30 pm today"),
    ("13:38", "roshan", "MUS-1126 permit: Immigration says Thursday 11 am"),
    ("13:42", "kamal", "LNG-1124 jeep stuck at Betrawati, landslide, 4 hours"),
    ("13:47", "anil", "GKY-1125 is the group on Tara Air 7:15 tomorrow"),
    ("13:51", "sushmita", "Phakding lodge confirmed for EBC-1126, 4 rooms"),
    ("13:56", "dlama", "reminder: porter loads max 25 kg from this week"),
    ("14:02", "anil", "ops meeting moved to 4:30 pm, not 4"),
    ("14:07", "bikash", "ABC-1121 cleared to move at 7 am tomorrow"),
]
CHAT_ROWS = 20
CHAT_TERMINAL = (92, "+1080+760", "light", 9)
MUTT_TERMINAL = ("120x48+0+0", "dark", 10)
# Threaded index: 1 Anil's handover, 2 Anil's correction, 3 Alpine Assist, 4 Roshan's
# refresher, 5 Roshan's move, 6 tourism board, 7 Summit Air, 8 agencies club.
# The tourism board, Summit Air and agencies club mails are never opened.
READS_BEFORE_CHAT: list[tuple[list[str], int, str, float]] = [
    (["Return"], 0, "reading Anil's handover", HOLD),
    (["j"], 3, "reading Anil's correction", 20),
    (["j"], 1, "reading Alpine Assist's claim mail", 15),
]
READS_AFTER_CHAT: list[tuple[list[str], int, str, float]] = [
    (["i", "4 Return", "Return"], 2, "reading Roshan's refresher mail", 20),
    (["j"], 4, "reading Roshan's move", 15),
]
