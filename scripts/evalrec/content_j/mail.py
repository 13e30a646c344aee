"""Mail scenario content (set j): the early shift's mbox at a ground handler at George
airport, with a stand plan thread whose KV 481 stand is corrected (4 to 6, an aircraft on the
ground on stand 4), a ramp safety audit that moves from Thursday 10:00 to Friday 08:00, an
airline's special load message, and unopened licence fee, fuel farm and uniform mails; and
the ramp chat log with corrections (a fuel uplift, an inbound ETA)."""

from __future__ import annotations

from ..constants import HOLD

OWNER = "Thandi Mokoena <thandi.mokoena@outeniqua-gs.example>"
MESSAGE_ID_DOMAIN = "outeniqua-gs.example"
MUTTRC = (
    "set mbox_type=mbox\nset folder=~/Mail\nset spoolfile=~/Mail/inbox\n"
    'set sort=threads\nset sort_aux=date-sent\nset date_format="%b %d %H:%M"\n'
    'set index_format="%4C %Z  %D  %-24.24F %s"\nset pager_index_lines=9\n'
    "set markers=no\nset pager_stop=yes\nset read_only=yes\nset mark_old=no\n"
    "color index brightgreen default ~N\ncolor indicator black green\n"
    "ignore *\nunignore Date: From: To: Subject:\nhdr_order Date: From: To: Subject:\n"
)
MAILS = [
    # (minute of day, sender name, sender email, subject, reply-to index, body)
    (
        3 * 60 + 27,
        "Anele Mthembu",
        "anele.mthembu@grj-aoc.example",
        "Stand plan, first wave Wed 25/11",
        None,
        "Morning Thandi,\n\n"
        "Stand plan for the first wave:\n"
        "- FY 213 (A320 ZS-FYD) stand 3, STD 05:40\n"
        "- KV 418 (ATR72 ZS-KVB) stand 5, STD 05:45\n"
        "- KV 481 (ATR72 ZS-KVE) stand 4, STD 06:10\n"
        "- FY 231 (A320 ZS-FYK) stand 1, STA 06:05\n"
        "Stand 7 is closed all day for resurfacing; cones are out from 04:00.\n\n"
        "Anele\nAOC liaison, George airport\n",
    ),
    (
        3 * 60 + 41,
        "Karoo Link Ops",
        "ops@karoolink.example",
        "KV 418 GRJ-CPT special loads",
        None,
        "Special loads for KV 418, ATR72 ZS-KVB, 25/11/2026:\n\n"
        "AVIH: 2 dogs in crates, 31 kg total, rear hold\n"
        "WCHC: 1 passenger, seat 1A, own wheelchair to the hold\n"
        "ELI: none\n\n"
        "NOTOC to the captain before doors close.\n",
    ),
    (
        3 * 60 + 49,
        "Nomvuyo Khumalo",
        "nomvuyo.khumalo@outeniqua-gs.example",
        "Ramp safety audit - Thursday",
        None,
        "Hi Thandi,\n\n"
        "The quarterly ramp safety audit is on Thursday 26/11 at 10:00, starting in the\n"
        "ramp office. Please have the GSE inspection sheets for October and the last\n"
        "three ground damage reports ready.\n\n"
        "Nomvuyo Khumalo\nSafety officer\n",
    ),
    (
        3 * 60 + 56,
        "Anele Mthembu",
        "anele.mthembu@grj-aoc.example",
        "Re: Stand plan, first wave Wed 25/11",
        0,
        "Correction: KV 481 goes to stand 6, not stand 4. PW 702 (B737 ZS-PWA) is AOG\n"
        "on stand 4 with a hydraulic leak. Tow KV 481 from apron 2 at 05:30.\n\n"
        "Anele\n",
    ),
    (
        4 * 60 + 8,
        "Nomvuyo Khumalo",
        "nomvuyo.khumalo@outeniqua-gs.example",
        "Re: Ramp safety audit - Thursday",
        2,
        "Change of plan: the ACSA inspectors are on site on Thursday, so let's do the\n"
        "audit on Friday 27/11 at 08:00 instead, same place.\n\n"
        "Nomvuyo\n",
    ),
    (
        4 * 60 + 14,
        "ACSA Billing",
        "billing@acsa-grj.example",
        "Invoice GRJ-2611-0448: ground handling licence fee",
        None,
        "Invoice GRJ-2611-0448 for the November ground handling licence fee,\n"
        "ZAR 48,360.00, is due on 10/12/2026.\n",
    ),
    (
        4 * 60 + 22,
        "Pieter Botha",
        "pieter.botha@grj-fuelfarm.example",
        "Hydrant pressure test Thu 26/11 02:00-04:00",
        None,
        "The Jet A-1 hydrant on stands 1 to 3 is tested on Thursday 26/11 from 02:00 to\n"
        "04:00. Bowser fuelling only on those stands during the test.\n",
    ),
    (
        4 * 60 + 30,
        "OGS HR",
        "hr@outeniqua-gs.example",
        "Summer uniform sizes due Friday",
        None,
        "Please send the summer uniform sizes for your ramp team by Friday 27/11.\n",
    ),
]
CHAT_CHANNEL = "#ogs-ramp-grj"
CHAT_DIR = "chatlogs"
CHAT_FILE = "ogs-ramp-grj.log"
CHAT_OPENED = "03:35:12"
CHAT = [
    ("03:40", "nomvula", "morning all, handing over to thandi at 04:00, quiet night"),
    ("03:44", "lerato", "ramp team signed on: 9 agents, 2 tug drivers, 1 loader trainee"),
    ("03:48", "sipho", "TUG-12 battery flat again, using TUG-21 for the FY 213 pushback"),
    ("03:52", "anele", "stand 7 closed all day for resurfacing, cones are out"),
    ("03:55", "thandi", "johan: FY 213 fuel uplift is 4,200 kg per the flight plan"),
    ("03:59", "johan", "FY 213 prelim loadsheet: 142 pax, 96 bags, holds 1 and 4"),
    ("04:02", "lerato", "PW 702 on stand 4 has a hydraulic leak, engineering called"),
    ("04:06", "pieter", "on my way to PW 702, 10 min"),
    ("04:09", "anele", "FY 231 ETA 06:05 from CPT"),
    ("04:13", "sipho", "GPU-03 on stand 3 for FY 213, GPU-30 still charging"),
    ("04:16", "thandi", "correction: FY 213 uplift is 4,800 kg not 4,200, extra for fog at PLZ"),
    ("04:20", "pieter", "PW 702 is AOG, leak on the left main gear, parts come on FY 238"),
    ("04:23", "anele", "sorry, FY 231 ETA is 06:20 not 06:05, late off blocks in CPT"),
    ("04:26", "lerato", "KV 481 tow to stand 6 at 05:30, wing walkers needed in the fog"),
    ("04:29", "johan", "FY 213 final: 142 pax, 104 bags, 1 ELI in hold 4"),
    ("04:33", "thandi", "thanks all, first wave brief at 05:15 in the ramp office"),
]
CHAT_ROWS = 22
CHAT_TERMINAL = (96, "+760+800", "light", 9)
MUTT_TERMINAL = ("124x48+0+0", "dark", 10)
# Threaded index: 1 Anele's stand plan, 2 Anele's correction, 3 the Karoo Link special loads,
# 4 Nomvuyo's audit, 5 Nomvuyo's move, 6 licence fee, 7 hydrant test, 8 uniforms.
# The licence fee, hydrant test and uniform mails are never opened.
READS_BEFORE_CHAT: list[tuple[list[str], int, str, float]] = [
    (["Return"], 0, "reading Anele's stand plan", HOLD),
    (["j"], 3, "reading Anele's correction", 20),
    (["j"], 1, "reading the Karoo Link special loads", 15),
]
READS_AFTER_CHAT: list[tuple[list[str], int, str, float]] = [
    (["i", "4 Return", "Return"], 2, "reading Nomvuyo's audit mail", 20),
    (["j"], 4, "reading Nomvuyo's move", 15),
]
