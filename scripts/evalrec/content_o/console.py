"""Console scenario content (set o): a small JavaScript library for a Bosphorus ferry
operator (licensed capacity, crew, fares, charter prices, wind limits) tested by Node's own
test runner (``node --test``: green check marks, red crosses with their messages, a skipped
test, a todo, the summary lines), a Python pier board printing the evening's sailings (a
cancelled row in bright white on red, yellow DELAYED next to bold yellow WIND HOLD, green
BOARDING, cyan ON TIME, magenta VESSEL SWAP, blue READY, grey DEPARTED, a bold blue summary)
and a timetables repository shown with ``git log`` (day.month.year dates with 24-hour times,
authors cut to 10 columns so that "Murat Yilmaz" and "Murat Yildiz", "Selin Aksoy" and
"Selim Aksoy" look alike) and a coloured ``git show`` patch."""

from __future__ import annotations

from ..constants import HOLD

FLEET_JS = """'use strict';
// ferrycalc: licensed capacity, crew, fares and wind limits for Bogazici Vapur.
const CAPACITY = {
  Kandilli: 600, Kanlica: 400, Moda: 350, Caddebostan: 450, Sarayburnu: 800, Kuzguncuk: 300,
};
const WIND_LIMIT_KN = 40;

function canCarry(vessel, pax) {
  return pax <= CAPACITY[vessel];
}

function crewNeeded(pax) {
  // a master, an engineer, a mate, and one deckhand per 150 passengers
  return 3 + Math.ceil(pax / 150);
}

function sails(gustKn) {
  return gustKn < WIND_LIMIT_KN;
}

module.exports = { CAPACITY, WIND_LIMIT_KN, canCarry, crewNeeded, sails };
"""
FARES_JS = """'use strict';
const FARES_TRY = { full: 42.5, student: 20.5, teacher: 30.0 };

function fare(kind) {
  return FARES_TRY[kind].toFixed(2);
}

function charterPrice(hours, capacity) {
  // TRY per hour: large boats (500 seats or more) 18,000, small boats 14,500
  return (hours * (capacity >= 500 ? 18000 : 14500)).toFixed(2);
}

module.exports = { fare, charterPrice };
"""
TEST_JS = """'use strict';
const { describe, it } = require('node:test');
const { CAPACITY, canCarry, crewNeeded, sails } = require('../src/fleet');
const { fare, charterPrice } = require('../src/fares');

Error.stackTraceLimit = 0;
function eq(got, expected, what) {
  if (got !== expected) {
    const e = new Error(`${what}: got ${got}, expected ${expected}`);
    e.stack = e.message;
    throw e;
  }
}

describe('capacity', () => {
  it('Kanlica takes the 380 of CH-2611', () => eq(canCarry('Kanlica', 380), true, 'CH-2611'));
  it('Kanlica refuses 420', () => eq(canCarry('Kanlica', 420), false, 'Kanlica 420'));
  it('380 passengers need 6 crew', () => eq(crewNeeded(380), 6, 'crew for 380'));
});

describe('fares', () => {
  it('full fare is 42.50', () => eq(fare('full'), '42.50', 'full fare'));
  it('student fare is 21.00', () => eq(fare('student'), '21.00', 'student fare'));
  it('3 hours on Kanlica is 43500.00', () =>
    eq(charterPrice(3, CAPACITY.Kanlica), '43500.00', 'CH-2611 price'));
});

describe('weather', () => {
  it('sails in 33 kn gusts', () => eq(sails(33), true, 'gusts 33 kn'));
  it('holds in 36 kn gusts (limit 35 kn)', () => eq(sails(36), false, 'wind limit at 36 kn'));
  it('reads the lodos forecast feed', { skip: 'MGM feed offline since 16:40' }, () => {});
  it('loads the winter timetable', { todo: 'after 1 December' });
});
"""
PIERBOARD = r'''#!/usr/bin/env python3
"""pierboard: the evening's sailings from the Kadikoy terminal, from the dispatch sheet."""

import argparse
import sys

SAILINGS = [
    # sailing, route, vessel, pier, dep, pax, status, note
    ("KE-1804", "Kadikoy-Eminonu", "Sarayburnu", "1", "18:04", "512", "DEPARTED",
     "arrived Eminonu 18:27"),
    ("KB-1745", "Kadikoy-Besiktas", "Caddebostan", "3", "17:45", "288", "DELAYED",
     "+10 min, Besiktas pier busy"),
    ("UE-1750", "Uskudar-Eminonu", "Kuzguncuk", "5", "17:50", "146", "CANCELLED",
     "lodos swell at Uskudar, INC-20731"),
    ("KE-1840", "Kadikoy-Eminonu", "Sarayburnu", "1", "18:40", "312", "BOARDING",
     "gangway 2"),
    ("KK-1850", "Kadikoy-Karakoy", "Moda", "2", "18:50", "97", "DELAYED",
     "fuel barge, +15 min"),
    ("KE-1910", "Kadikoy-Eminonu", "Fenerbahce", "1", "19:10", "-", "VESSEL SWAP",
     "relief for Kandilli (dry dock)"),
    ("KB-1915", "Kadikoy-Besiktas", "Caddebostan", "3", "19:15", "-", "ON TIME",
     ""),
    ("KK-1930", "Kadikoy-Karakoy", "Moda", "2", "19:30", "-", "WIND HOLD",
     "gusts 33 kn, review 19:15"),
    ("CH-2611", "Kadikoy-Sariyer", "Kanlica", "4", "Thu 09:30", "380", "READY",
     "Marmara Medical Congress"),
]
STYLE = {"DEPARTED": "90", "DELAYED": "33", "CANCELLED": "97;41", "BOARDING": "32",
         "VESSEL SWAP": "35", "ON TIME": "36", "WIND HOLD": "1;33", "READY": "34"}


def main():
    ap = argparse.ArgumentParser(prog="pierboard")
    ap.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    args = ap.parse_args()
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())

    def paint(code, text):
        return f"\033[{code}m{text}\033[0m" if color else text

    print("pierboard 1.8  Bogazici Vapur - Kadikoy terminal, Wed 25.11.2026"
          "  (dispatch sheet 18:40)")
    print(paint("1", f"{'SAILING':<9}{'ROUTE':<18}{'VESSEL':<13}{'PIER':<6}{'DEP':<11}"
                     f"{'PAX':<6}{'STATUS':<13}NOTE"))
    for sailing, route, vessel, pier, dep, pax, status, note in SAILINGS:
        left = f"{sailing:<9}{route:<18}{vessel:<13}{pier:<6}{dep:<11}{pax:<6}"
        if status == "CANCELLED":
            print(paint(STYLE[status], left + f"{status:<13}{note}"))
        else:
            print(left + paint(STYLE[status], f"{status:<13}") + note)
    print(paint("1;34", "9 sailings: 1 departed, 2 delayed, 1 cancelled, 1 boarding,"
                        " 1 swap, 1 on time, 1 hold, 1 charter")
          + "  |  duty: Tarik Ozdemir, ext 40")


if __name__ == "__main__":
    main()
'''
PROJECTS: dict[str, dict[str, str] | None] = {
    "ferrycalc": {
        "package.json": '{\n  "name": "ferrycalc",\n  "version": "1.3.0",\n'
        '  "private": true,\n  "scripts": { "test": "node --test" }\n}\n',
        "src/fleet.js": FLEET_JS,
        "src/fares.js": FARES_JS,
        "test/ferry.test.js": TEST_JS,
        "README.md": "# ferrycalc\n\nCapacity, crew, fares and wind limits for dispatch.\n",
        "charters/CH-2611.json": '{"charter": "CH-2611", "vessel": "Kanlica", "pax": 380}\n',
        "charters/CH-2661.json": '{"charter": "CH-2661", "vessel": "Moda", "pax": 120}\n',
    },
    "pierboard": {
        "pierboard": PIERBOARD,
        "sheet.csv": "sailing,checked\nKE-1840,18:40\n",
    },
    "timetables": None,
}
EXECUTABLES = {"pierboard": ["pierboard"]}
SYMLINKS = {"ferrycalc": {"next-charter.json": "charters/CH-2611.json"}}
REPO_AUTHOR = ("Deniz Arslan", "deniz.arslan@bogazicivapur.example")
REPO_EMAIL_DOMAIN = "bogazicivapur.example"
REPO_BASE_TIME = (18, 20)
REPO_FILES = {
    "lines/KE.yml": ("# Kadikoy - Eminonu\nfirst: '07:00'\nlast: '23:45'\nevery_min: 20\n"),
    "lines/KB.yml": "# Kadikoy - Besiktas\nfirst: '07:15'\nlast: '23:15'\nevery_min: 30\n",
    "README.md": "# timetables\n\nBogazici Vapur line timetables and weather rules.\n",
}
REPO_TAG = ("Summer timetable 2026 final", "summer-2026")
REPO_LAST_COMMIT = (
    "lines/KE.yml",
    "# Kadikoy - Eminonu\nfirst: '07:00'\nlast: '23:15'\nevery_min: 20\nseason: winter 2026/27\n",
    "KE last sailing 23:15 for the winter timetable",
)
WEB_COMMITS = [
    # (branch, message, file, author, days_ago); a "merge" row names the branch it merges
    ("main", "Kadikoy-Eminonu every 20 minutes", "lines/KE.yml", "Deniz Arslan", 42),
    ("main", "Kadikoy-Besiktas timetable", "lines/KB.yml", "Tarik Ozdemir", 37),
    ("feature/charters", "Charter berths at Sariyer", "charters/berths.txt", "Selin Aksoy", 31),
    ("feature/charters", "Charter fuel surcharge", "charters/fuel.txt", "Selim Aksoy", 27),
    ("fix/lodos", "Cancel Uskudar sailings in SW swell", "rules/weather.txt", "Murat Yilmaz", 22),
    ("main", "Summer timetable 2026 final", "VERSION", "Deniz Arslan", 19),
    ("merge", "Merge branch 'feature/charters'", "feature/charters", "Tarik Ozdemir", 15),
    ("spike/dry-dock", "Relief boat table for dry docks", "rules/relief.txt", "Murat Yildiz", 11),
    ("fix/lodos", "Wind limit 35 kn (was 40)", "rules/weather.txt", "Murat Yilmaz", 7),
    ("merge", "Merge branch 'fix/lodos'", "fix/lodos", "Deniz Arslan", 4),
    ("spike/dry-dock", "Kandilli to Pendik, 26 Nov", "rules/relief.txt", "Murat Yildiz", 2),
    ("main", "Moda dinner cruise berths", "charters/berths.txt", "Selim Aksoy", 1),
]
GIT_FORMAT = (
    "'%C(yellow)%h%C(reset) %C(cyan)%ad%C(reset) %C(bold green)%<(10,trunc)%an%C(reset)"
    "%C(auto)%d%C(reset) %s'"
)
GIT_LOG = f"log --graph --all --date=format-local:'%d.%m.%Y %H:%M' --format={GIT_FORMAT}"
TERMINALS = {
    "tests": ("ferrycalc", "96x60+0+0", "dark", 9),
    "board": ("pierboard", "134x15+790+830", "light", 9),
    "repo": ("timetables", "134x50+790+0", "light", 9),
}
STEPS: list[tuple[str, str | None, str | None, str | None, str, float, list[str]]] = [
    (
        "tests",
        "ls",
        "ls -lF --color=auto src test charters",
        "ls -lF --color=always src test charters",
        "ls in ferrycalc",
        8,
        ["ls"],
    ),
    (
        "board",
        "pierboard",
        "./pierboard",
        "./pierboard --color=always",
        "pier board",
        HOLD,
        ["pierboard"],
    ),
    (
        "tests",
        "node_test",
        "clear; node --test",
        "script -qec 'node --test' /dev/null",
        "node --test in ferrycalc",
        HOLD,
        ["node_test"],
    ),
    (
        "repo",
        "git_log",
        f"git {GIT_LOG}",
        f"git -c color.ui=always {GIT_LOG}",
        "git log in timetables",
        HOLD,
        ["git_log"],
    ),
    (
        "repo",
        "git_show",
        "git show HEAD",
        "git -c color.ui=always show HEAD",
        "git show in timetables",
        12,
        ["git_log", "git_show"],
    ),
    ("board", None, None, None, "back to the pier board", HOLD, ["pierboard"]),
    ("tests", None, None, None, "back to the ferrycalc tests", 0, ["node_test"]),
]
