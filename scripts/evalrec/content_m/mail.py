"""Mail scenario content (set m): a wind farm maintenance planner's mbox in Kenya, with a
handover thread whose crane lift is corrected (the crane on site at 5:30 a.m., not 7 a.m.; the
filter GF-118, not GF-181), a working-at-height refresher moved from Friday 9 a.m. to
Thursday 2 p.m., a crane contractor's quote, and unopened grid operator, port logistics and
HR mails; and the maintenance desk chat log (24-hour times) with corrections (the crane's
arrival, the number of oil drums, the lift limit, the outage planning time)."""

from __future__ import annotations

from ..constants import HOLD

OWNER = "Wanjiru Kamau <wanjiru.kamau@riftbreeze.example>"
MESSAGE_ID_DOMAIN = "riftbreeze.example"
MUTTRC = (
    "set mbox_type=mbox\nset folder=~/Mail\nset spoolfile=~/Mail/inbox\n"
    'set sort=threads\nset sort_aux=date-sent\nset date_format="%a %H:%M"\n'
    'set index_format="%3C %Z %-10.10D %-22.22n %s"\nset pager_index_lines=10\n'
    "set markers=no\nset pager_stop=yes\nset read_only=yes\nset mark_old=no\n"
    "color index brightgreen default ~N\ncolor indicator black yellow\n"
    "ignore *\nunignore Date: From: To: Subject:\nhdr_order Date: From: To: Subject:\n"
)
MAILS = [
    # (minute of day, sender name, sender email, subject, reply-to index, body)
    (
        7 * 60 + 48,
        "Otieno Odhiambo",
        "otieno.odhiambo@riftbreeze.example",
        "Handover: WTG-71 crane lift Thursday",
        None,
        "Hi Wanjiru,\n\n"
        "Handover for Thursday's lift:\n"
        "- WO-58231 on WTG-71: gearbox oil and filter change, crew B (Barasa Mwangi)\n"
        "- Kilele Cranes on site at 7 a.m., lift window from 8 a.m.\n"
        "- filter GF-181 and 4 drums of OIL-320 from stores\n"
        "- WTG-17 pitch fault: Baraka is on it, OEM ticket still to be raised\n"
        "- WTG-35 yaw motor: chase Mombasa, shipment MPL-30912\n"
        "Kipchoge Rotich is the lift supervisor.\n\n"
        "Otieno\nSite manager\n",
    ),
    (
        8 * 60 + 35,
        "Kilele Cranes",
        "quotes@kilelecranes.example",
        "Quote KC-4471 - 300 t crawler crane, WTG-71",
        None,
        "Dear Ms Kamau,\n\n"
        "Quote KC-4471: 300 t crawler crane with crew for WTG-71, two days (26-27 November),\n"
        "KES 1,840,000 plus VAT, mobilisation included. Please approve by Thursday\n"
        "26 November, 12:00, or the crane goes to another site.\n\n"
        "Sales desk\nKilele Cranes\n",
    ),
    (
        9 * 60 + 20,
        "Achieng Otieno",
        "achieng.otieno@riftbreeze.example",
        "Working at height refresher - Friday",
        None,
        "Hi Wanjiru,\n\n"
        "The working at height refresher is on Friday 27 November at 9 a.m. in the training\n"
        "room. Please send me the names of the technicians who are not on the tower that day.\n\n"
        "Achieng Otieno\nHSE officer\n",
    ),
    (
        11 * 60 + 5,
        "Otieno Odhiambo",
        "otieno.odhiambo@riftbreeze.example",
        "Re: Handover: WTG-71 crane lift Thursday",
        0,
        "Two corrections: Kilele are on site at 5:30 a.m., not 7, and the lift window opens\n"
        "at 6 a.m. The filter is GF-118 (fine), not GF-181.\n\n"
        "Otieno\n",
    ),
    (
        12 * 60 + 10,
        "Achieng Otieno",
        "achieng.otieno@riftbreeze.example",
        "Re: Working at height refresher - Friday",
        2,
        "Change of plan: the rescue trainer is only free on Thursday, so the refresher is\n"
        "on Thursday 26 November at 2 p.m. instead, same room. Bring your own harness.\n\n"
        "Achieng\n",
    ),
    (
        12 * 60 + 55,
        "KETRACO Grid Control",
        "gridcontrol@ketraco.example",
        "Curtailment notice - Thu 26 Nov",
        None,
        "Mbaruk Hills output is limited to 120 MW on Thursday 26 November from 09:00 to\n"
        "17:00 because of line work on the Isinya circuit.\n",
    ),
    (
        13 * 60 + 40,
        "Mombasa Port Logistics",
        "tracking@mpl.example",
        "Shipment MPL-30912 - customs cleared",
        None,
        "Shipment MPL-30912 (2 x yaw motor) cleared customs; truck leaves Mombasa Thursday.\n",
    ),
    (
        14 * 60 + 25,
        "Rift Breeze HR",
        "hr@riftbreeze.example",
        "Year-end party - RSVP by 4 December",
        None,
        "The year-end party is on Friday 11 December at 6 p.m. at the Kitengela site canteen.\n"
        "Please RSVP by 4 December.\n",
    ),
]
CHAT_CHANNEL = "#maint-desk"
CHAT_DIR = "irclogs"
CHAT_FILE = "maint-desk.log"
CHAT_OPENED = "13:58:10"
CHAT = [
    ("14:02", "otieno", "afternoon, WTG-17 still faulted, pitch axis 2"),
    ("14:06", "baraka", "WTG-17: encoder PE-2207 swapped, reset failed again"),
    ("14:11", "wanjiru", "WTG-71 lift: Kilele crane on site 07:00 tmrw"),
    ("14:15", "kipchoge", "crane crew of 6, 300 t crawler, I'm lift supervisor"),
    ("14:19", "njeriw", "stores: 4 drums OIL-320 ready for WTG-71"),
    ("14:24", "wanjiru", "correction: Kilele on site 05:30, not 07:00"),
    ("14:29", "njeriw", "sorry, 3 drums OIL-320 not 4, one went to WTG-22"),
    ("14:33", "achieng", "toolbox talk tmrw 06:15 at the WTG-71 crane pad"),
    ("14:38", "barasa", "WTG-07 service 80% done, finish tmrw after the lift"),
    ("14:42", "control", "WTG-22 curtailed to 2.0 MW till 18:00 (KETRACO)"),
    ("14:47", "otieno", "WTG-58 comms down since 11:40, send someone before dark"),
    ("14:51", "wanjiru", "Njeri Wambugu going to WTG-58 at 15:30"),
    ("14:56", "kipchoge", "lift limit is 10 m/s now, not 12, per HSE memo 14"),
    ("15:02", "otieno", "outage planning moved to 16:30, not 16:00"),
    ("15:07", "baraka", "WTG-35 yaw motor ETA Friday, Mombasa says"),
]
CHAT_ROWS = 20
CHAT_TERMINAL = (96, "+940+610", "dark", 9)
MUTT_TERMINAL = ("116x44+0+0", "light", 10)
# Threaded index: 1 Otieno's handover, 2 Otieno's correction, 3 Kilele's quote, 4 Achieng's
# refresher, 5 Achieng's move, 6 KETRACO, 7 Mombasa Port Logistics, 8 HR.
# The KETRACO, port logistics and HR mails are never opened.
READS_BEFORE_CHAT: list[tuple[list[str], int, str, float]] = [
    (["Return"], 0, "reading Otieno's handover", HOLD),
    (["j"], 3, "reading Otieno's correction", 20),
    (["j"], 1, "reading Kilele's crane quote", 15),
]
READS_AFTER_CHAT: list[tuple[list[str], int, str, float]] = [
    (["i", "4 Return", "Return"], 2, "reading Achieng's refresher mail", 20),
    (["j"], 4, "reading Achieng's move", 15),
]
