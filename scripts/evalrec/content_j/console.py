"""Console scenario content (set j): a small C load control library built with ``make`` and
gcc (two bold magenta warnings) whose TAP tests run under Perl's ``prove -v`` (red "not ok"
lines, a skip in white on blue, a yellow TODO, a red failure summary, make's closing error),
a Python stand board printing the morning's first wave (an AOG row in bright white on red,
bold red DELAYED, bold blue BOARDING, green ON STAND, yellow TOWING, magenta DIVERTED, cyan ON
TIME, a bold green summary) and a ramp tools repository shown with ``git log`` (relative
dates, authors cut to 13 columns) and a coloured ``git show`` patch."""

from __future__ import annotations

from ..constants import HOLD

TAP_H = r"""/* tap.h: just enough TAP for prove. */
#include <stdio.h>

static int tap_n = 0, tap_failed = 0;

static inline void plan(int n) { printf("1..%d\n", n); }

static inline void is_long(long got, long expected, const char *name)
{
    tap_n++;
    if (got == expected) {
        printf("ok %d - %s\n", tap_n, name);
        return;
    }
    tap_failed++;
    printf("not ok %d - %s\n#   Failed test '%s'\n#   got %ld, expected %ld\n", tap_n, name, name,
           got, expected);
}

static inline void skip(const char *why) { printf("ok %d # skip %s\n", ++tap_n, why); }

static inline void todo(long got, long expected, const char *name, const char *why)
{
    tap_n++;
    printf("%sok %d - %s # TODO %s\n", got == expected ? "" : "not ", tap_n, name, why);
}

static inline int done(void)
{
    fflush(stdout);
    return tap_failed;
}
"""
LOADCTL_H = """/* loadctl: load control helpers for the GRJ ramp (kg, standard masses). */
long hold_limit(const char *type, int hold);
long bags_mass(int bags);
int dg_allowed(const char *code, int hold);
long pax_mass(int adults, int children, int infants);
int zone_of_row(int row);
"""
HOLDS_C = """#include <string.h>
#include "loadctl.h"

/* Structural hold limits in kg: A320 holds 1, 3, 4; ATR72 forward and rear. */
long hold_limit(const char *type, int hold)
{
    int bulk_limit = 1497;
    if (strcmp(type, "A320") == 0) {
        static const long a320[] = {0, 3402, 0, 2426, 2110};
        return (hold >= 1 && hold <= 4) ? a320[hold] : 0;
    }
    if (strcmp(type, "ATR72") == 0)
        return hold == 1 ? 940 : 1050;
    return 0;
}

/* Standard bag mass: 15 kg a bag. */
long bags_mass(int bags) { return bags * 15L; }

/* Lithium ion (ELI) in holds 1, 3 and 4; radioactive yellow (RRY) in hold 4 only. */
int dg_allowed(const char *code, int hold)
{
    if (strcmp(code, "ELI") == 0)
        return hold == 1 || hold == 3 || hold == 4;
    if (strcmp(code, "RRY") == 0)
        return hold == 4;
    return 0;
}
"""
PAX_C = """#include "loadctl.h"

/* Standard passenger masses (kg): adult 84, child 35, infant 10. */
long pax_mass(int adults, int children, int infants)
{
    (void)infants;
    return adults * 84L + children * 40L;
}

/* Cabin zones for trim: rows 1-10 zone A, 11-20 zone B, 21-30 zone C. */
static const int ZONE_LAST_ROW[] = {10, 20, 30};

int zone_of_row(int row)
{
    for (int z = 0; z < sizeof ZONE_LAST_ROW / sizeof ZONE_LAST_ROW[0]; z++)
        if (row <= ZONE_LAST_ROW[z])
            return 'A' + z;
    return '?';
}
"""
T_HOLDS_C = """#include "tap.h"
#include "loadctl.h"

int main(void)
{
    plan(5);
    is_long(hold_limit("A320", 1), 3402, "A320 hold 1 limit is 3402 kg");
    is_long(bags_mass(96), 1440, "96 bags at 15 kg is 1440 kg");
    is_long(hold_limit("ATR72", 2), 1100, "ATR72 rear hold limit is 1100 kg");
    skip("weighbridge feed offline");
    is_long(dg_allowed("ELI", 4), 1, "ELI allowed in hold 4");
    return done();
}
"""
T_PAX_C = """#include "tap.h"
#include "loadctl.h"

int main(void)
{
    plan(5);
    is_long(pax_mass(1, 0, 0), 84, "adult standard mass is 84 kg");
    is_long(pax_mass(142, 0, 0), 11928, "142 adults is 11928 kg");
    is_long(pax_mass(0, 1, 0), 35, "child standard mass is 35 kg");
    is_long(zone_of_row(14), 'B', "row 14 is in zone B");
    todo(pax_mass(0, 0, 2), 20, "infants add 10 kg each", "after the DCS update");
    return done();
}
"""
MAKEFILE = """CC = gcc
CFLAGS = -std=c11 -Wall -Wextra -O2 -Isrc
TESTS = t/holds.t t/pax.t

all: $(TESTS)

t/%.t: t/%.c src/%.c src/loadctl.h t/tap.h
\t$(CC) $(CFLAGS) -o $@ t/$*.c src/$*.c

check: $(TESTS)
\tprove -v t/

clean:
\trm -f $(TESTS)

.PHONY: all check clean
"""
RUN_WAVE = """#!/bin/sh
# run-wave.sh: print the loadsheets of the first wave
for f in sheets/*.txt; do echo "== $f"; cat "$f"; done
"""
STANDBOARD = r'''#!/usr/bin/env python3
"""standboard: the apron's stand board for the duty manager, from the AODB feed."""

import argparse
import sys

FLIGHTS = [
    # flight, registration, type, stand, STA, STD, status, note
    ("FY 213", "ZS-FYD", "A320", "3", "--", "05:40", "BOARDING", "gate 2, 142 pax, GPU-03"),
    ("KV 418", "ZS-KVB", "ATR72", "5", "--", "05:45", "ON STAND", "night stop, 2 AVIH"),
    ("PW 702", "ZS-PWA", "B737", "4", "22:40", "--", "AOG", "hyd leak L main gear, eng on stand"),
    ("KV 481", "ZS-KVE", "ATR72", "6", "--", "06:10", "TOWING", "from apron 2 at 05:30"),
    ("CG 114", "ZS-CGR", "ERJ145", "--", "05:55", "06:35", "DIVERTED", "inbound to PLZ, fog"),
    ("FY 231", "ZS-FYK", "A320", "1", "06:05", "06:50", "DELAYED +15", "ETA 06:20, late off CPT"),
    ("FY 215", "ZS-FYA", "A320", "2", "06:45", "07:30", "ON TIME", "crew change"),
]
STYLE = {"BOARDING": "1;34", "ON STAND": "32", "AOG": "97;41", "TOWING": "33",
         "DIVERTED": "35", "DELAYED +15": "1;31", "ON TIME": "36"}


def main():
    ap = argparse.ArgumentParser(prog="standboard")
    ap.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    args = ap.parse_args()
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())

    def paint(code, text):
        return f"\033[{code}m{text}\033[0m" if color else text

    print("standboard 3.0  GRJ George, first wave Wed 25/11  (AODB feed 04:40)")
    print(paint("1", f"{'FLIGHT':<8}{'REG':<8}{'TYPE':<8}{'STAND':<7}{'STA':<7}{'STD':<7}"
                     f"{'STATUS':<13}NOTE"))
    for flight, reg, kind, stand, sta, std, status, note in FLIGHTS:
        left = f"{flight:<8}{reg:<8}{kind:<8}{stand:<7}{sta:<7}{std:<7}"
        if status == "AOG":
            print(paint(STYLE[status], left + f"{status:<13}{note}"))
        else:
            print(left + paint(STYLE[status], f"{status:<13}") + note)
    print(paint("1;32", "7 movements: 3 on stand, 1 AOG, 1 diverted, 1 towing")
          + "  |  ramp supervisor on duty: Lerato Molefe, radio ch 3")


if __name__ == "__main__":
    main()
'''
PROJECTS: dict[str, dict[str, str] | None] = {
    "loadctl": {
        "Makefile": MAKEFILE,
        "README.md": "# loadctl\n\nHold limits, standard masses and DG checks for load control.\n",
        "run-wave.sh": RUN_WAVE,
        "src/loadctl.h": LOADCTL_H,
        "src/holds.c": HOLDS_C,
        "src/pax.c": PAX_C,
        "t/tap.h": TAP_H,
        "t/holds.c": T_HOLDS_C,
        "t/pax.c": T_PAX_C,
        "sheets/FY213-25NOV.txt": "FY 213 GRJ-JNB A320 ZS-FYD prelim 142 pax 96 bags\n",
        "sheets/KV418-25NOV.txt": "KV 418 GRJ-CPT ATR72 ZS-KVB prelim 58 pax 41 bags\n",
    },
    "standboard": {
        "standboard": STANDBOARD,
        "aodb-feed.json": '{"feed": "AODB", "at": "04:40"}\n',
    },
    "ramp-tools": None,
}
EXECUTABLES = {"loadctl": ["run-wave.sh"], "standboard": ["standboard"]}
SYMLINKS = {"loadctl": {"current.loadsheet": "sheets/FY213-25NOV.txt"}}
REPO_AUTHOR = ("Thandi Mokoena", "thandi.mokoena@outeniqua-gs.example")
REPO_EMAIL_DOMAIN = "outeniqua-gs.example"
REPO_BASE_TIME = (5, 0)
REPO_FILES = {
    "turnaround/limits.py": (
        '"""Minimum turnaround times (minutes) per aircraft type at GRJ."""\n\n'
        "MIN_TURN_ATR72 = 25\n"
        "MIN_TURN_ERJ145 = 30\n"
        "MIN_TURN_A320 = 35\n"
        "MIN_TURN_B737 = 40\n"
    ),
    "requirements.txt": "pyyaml==6.0.2\n",
}
REPO_TAG = ("Summer schedule", "v3.1-summer")
REPO_LAST_COMMIT = (
    "turnaround/limits.py",
    '"""Minimum turnaround times (minutes) per aircraft type at GRJ."""\n\n'
    "MIN_TURN_ATR72 = 25\n"
    "MIN_TURN_ERJ145 = 30\n"
    "MIN_TURN_A320 = 40\n"
    "MIN_TURN_B737 = 40\n"
    'EFFECTIVE_FROM = "2026-12-01"\n',
    "A320 minimum turn is 40 min from 1 December",
)
WEB_COMMITS = [
    # (branch, message, file, author, days_ago); a "merge" row names the branch it merges
    ("main", "Turnaround timer for the first wave", "turnaround/timer.py", "Thandi Mokoena", 44),
    ("main", "Stand list for GRJ apron 1 and 2", "turnaround/stands.py", "Lerato Molefe", 38),
    ("feature/dg-checks", "NOTOC check for ELI and RRY", "dg/notoc.py", "Johan van Wijk", 33),
    ("feature/dg-checks", "Hold 4 only for RRY", "dg/notoc.py", "Johan van Wyk", 29),
    ("fix/atr-holds", "ATR72 rear hold is 1050 kg", "turnaround/holds.py", "Johan van Wyk", 24),
    ("main", "Summer schedule 2026/27", "VERSION", "Thandi Mokoena", 20),
    ("merge", "Merge branch 'feature/dg-checks'", "feature/dg-checks", "Thandi Mokoena", 16),
    ("spike/aodb-feed", "Poll the AODB feed every 2 minutes", "feed/aodb.py", "Sipho Dlamini", 12),
    ("fix/atr-holds", "Forward hold 940 kg on ZS-KVE", "turnaround/holds.py", "Johan van Wyk", 9),
    ("merge", "Merge branch 'fix/atr-holds'", "fix/atr-holds", "Thandi Mokoena", 6),
    ("spike/aodb-feed", "Ignore diverted flights", "feed/aodb.py", "Sipho Dlamini", 4),
    ("main", "Stand 7 closed for resurfacing", "turnaround/stands.py", "Lerato Molefe", 1),
]
GIT_FORMAT = (
    "'%C(red)%h%C(reset) %C(green)(%ar)%C(reset) %C(blue)%<(13,trunc)%an%C(reset)"
    "%C(auto)%d%C(reset) %s'"
)
GIT_LOG = f"log --graph --all --format={GIT_FORMAT}"
TERMINALS = {
    "tests": ("loadctl", "96x52+0+0", "dark", 10),
    "board": ("standboard", "112x16+0+915", "light", 9),
    "rates": ("ramp-tools", "104x66+720+0", "light", 8),
}
STEPS: list[tuple[str, str | None, str | None, str | None, str, float, list[str]]] = [
    (
        "tests",
        "ls",
        "ls -lF --color=auto",
        "ls -lF --color=always",
        "ls in loadctl",
        8,
        ["ls"],
    ),
    (
        "board",
        "standboard",
        "./standboard",
        "./standboard --color=always",
        "apron stand board",
        HOLD,
        ["standboard"],
    ),
    (
        "tests",
        "make_check",
        "clear; make check",
        "script -qec 'make -B check' /dev/null",
        "make check in loadctl",
        HOLD,
        ["make_check"],
    ),
    (
        "rates",
        "git_log",
        f"git {GIT_LOG}",
        f"git -c color.ui=always {GIT_LOG}",
        "git log in ramp-tools",
        HOLD,
        ["git_log"],
    ),
    (
        "rates",
        "git_show",
        "git show HEAD",
        "git -c color.ui=always show HEAD",
        "git show in ramp-tools",
        12,
        ["git_log", "git_show"],
    ),
    ("board", None, None, None, "back to the stand board", HOLD, ["standboard"]),
    ("tests", None, None, None, "back to the loadctl tests", 0, ["make_check"]),
]
