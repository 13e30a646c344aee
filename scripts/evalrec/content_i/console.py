"""Console scenario content (set i): a small JavaScript night audit package tested by Node's
own test runner (``node --test``: green check marks, red crosses with their messages, a grey
skipped test, a todo, blue summary lines and a "failing tests" recap), a Python housekeeping
room board printing a coloured status table (an out-of-order row in white on red, yellow
VACANT DIRTY, bold magenta DND, bold cyan ARRIVING, green VACANT CLEAN, a bold yellow summary)
and a rate loader repository shown with ``git log`` (day.month times, bold authors) and
``git show --stat``."""

from __future__ import annotations

from ..constants import HOLD

TAX_JS = """'use strict';
// Lisbon city tax (taxa turistica): EUR 4.00 per guest aged 13+ per night, at most 7 nights.
const RATE = 4.0;
const MAX_NIGHTS = 7;

function cityTax(adults, nights, children = 0) {
  // children under 13 are exempt
  return (adults * nights * RATE).toFixed(2);
}

module.exports = { cityTax, RATE, MAX_NIGHTS };
"""
FOLIO_JS = """'use strict';
const RATES = { 'BAR-FLEX': 142.0, 'BAR-NR': 124.0, 'COIMBRA-MED': 109.0, 'CORP-TAP': 118.0 };

function balance(postings) {
  return postings.reduce((sum, p) => sum + p.amount, 0).toFixed(2);
}

function noShowFee(res) {
  // one night at the booked rate; guaranteed bookings only
  if (!res.guaranteed) return '0.00';
  return RATES[res.group || res.rate].toFixed(2);
}

module.exports = { balance, noShowFee, RATES };
"""
TEST_JS = """'use strict';
const { describe, it } = require('node:test');
const { cityTax } = require('../src/tax');
const { balance, noShowFee } = require('../src/folio');

Error.stackTraceLimit = 0;
function eq(got, expected, what) {
  if (got !== expected) {
    const e = new Error(`${what}: got ${got}, expected ${expected}`);
    e.stack = e.message;
    throw e;
  }
}

describe('city tax', () => {
  it('2 adults x 2 nights is 16.00', () => eq(cityTax(2, 2), '16.00', 'room 412'));
  it('children under 13 are exempt', () => eq(cityTax(2, 3, 1), '24.00', 'room 421'));
  it('is capped at 7 nights', () => eq(cityTax(1, 9), '28.00', 'city tax for 9 nights'));
});

describe('folio', () => {
  it('room 412 balances to 0.00', () =>
    eq(balance([{ amount: 284.0 }, { amount: 16.0 }, { amount: -300.0 }]), '0.00', 'folio 412'));
  it('no-show fee is the first night', () =>
    eq(noShowFee({ rate: 'BAR-FLEX', group: 'COIMBRA-MED', guaranteed: true }), '142.00',
      'no-show fee for RSV-558136'));
  it('exports the PMS day file', { skip: 'PMS share not mounted on this PC' }, () => {});
  it('splits folios for the group master account', { todo: 'after the COIMBRA-MED stay' });
});
"""
ROOMBOARD = r'''#!/usr/bin/env python3
"""roomboard: housekeeping room status for the night shift, from the PMS export."""

import argparse
import sys

ROOMS = [
    # room, type, status, guest, note
    ("219", "Double", "VACANT DIRTY", "--", "vacated by upgrade to 519"),
    ("305", "Double", "OCCUPIED", "Costa-Reis", "room service tray collected"),
    ("314", "Double", "OUT OF ORDER", "--", "shower leak, ticket MT-2291"),
    ("341", "Double", "VACANT CLEAN", "--", "inspected 18:40"),
    ("412", "Twin", "OCCUPIED", "J. Pereira", "2 adults, 2 nights"),
    ("421", "Twin", "DND", "J. Pereira", "wake-up call 06:45"),
    ("508", "Double", "ARRIVING", "E. Lindqvist", "RSV-558163, BAR-FLEX"),
    ("519", "Jr suite", "OCCUPIED", "I. Haraldson", "VIP, river view"),
    ("617", "Double", "ARRIVING", "O. Haraldsen", "guaranteed, ETA 02:30"),
]
STYLE = {"OCCUPIED": "0", "VACANT CLEAN": "32", "VACANT DIRTY": "33", "DND": "1;35",
         "ARRIVING": "1;36", "OUT OF ORDER": "37;41"}


def main():
    ap = argparse.ArgumentParser(prog="roomboard")
    ap.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    args = ap.parse_args()
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())

    def paint(code, text):
        return f"\033[{code}m{text}\033[0m" if color else text

    print("roomboard 2.1  Hotel Miradouro Alfama, night of Tue 24/11  (PMS export 00:40)")
    head = f"{'ROOM':<6}{'TYPE':<10}{'STATUS':<14}{'GUEST':<14}NOTE"
    print(paint("4", head))
    for room, kind, status, guest, note in ROOMS:
        left = f"{room:<6}{kind:<10}"
        if status == "OUT OF ORDER":
            print(paint(STYLE[status], left + f"{status:<14}{guest:<14}{note}"))
        else:
            print(left + paint(STYLE[status], f"{status:<14}") + f"{guest:<14}{note}")
    print(paint("1;33", "in house 41 of 58 rooms (70.7%), 2 arriving, 1 out of order")
          + "  |  maintenance on call: Rui Coutinho, ext 240")


if __name__ == "__main__":
    main()
'''
PROJECTS: dict[str, dict[str, str] | None] = {
    "nightaudit": {
        "package.json": '{\n  "name": "nightaudit",\n  "version": "0.4.2",\n'
        '  "private": true,\n  "scripts": { "test": "node --test" }\n}\n',
        "src/tax.js": TAX_JS,
        "src/folio.js": FOLIO_JS,
        "test/audit.test.js": TEST_JS,
        "README.md": "# nightaudit\n\nCity tax, folio and no-show checks for the night audit.\n",
        "exports/day-2026-11-23.csv": "room,guest,rate,amount\n412,Pereira,BAR-FLEX,142.00\n",
    },
    "roomboard": {
        "roomboard": ROOMBOARD,
        "pms-export.csv": "exported from the PMS 00:40\n",
    },
    "rate-loader": None,
}
EXECUTABLES = {"roomboard": ["roomboard"]}
SYMLINKS = {"nightaudit": {"latest-day.csv": "exports/day-2026-11-23.csv"}}
REPO_AUTHOR = ("Tiago Mendonca", "tiago.mendonca@miradouro-alfama.example")
REPO_EMAIL_DOMAIN = "miradouro-alfama.example"
REPO_BASE_TIME = (0, 45)
REPO_FILES = {
    "loader/rates.py": (
        '"""Nightly rate load from the channel manager into the PMS."""\n\n'
        'LOAD_AT = "01:30"\n'
        'CURRENCY = "EUR"\n'
        "CITY_TAX = 4.00\n"
    ),
    "requirements.txt": "requests==2.32.3\n",
}
REPO_TAG = ("Winter rates 2026/27", "v2.0-winter")
REPO_LAST_COMMIT = (
    "loader/rates.py",
    '"""Nightly rate load from the channel manager into the PMS."""\n\n'
    'LOAD_AT = "03:15"\n'
    'CURRENCY = "EUR"\n'
    "CITY_TAX = 4.00\n"
    "CITY_TAX_MAX_NIGHTS = 7\n",
    "Load rates at 03:15, after the end of day run",
)
WEB_COMMITS = [
    # (branch, message, file, author, days_ago); a "merge" row names the branch it merges
    ("main", "First rate loader for the PMS", "loader/load.py", "Tiago Mendonca", 41),
    ("main", "Read BAR and corporate codes", "loader/codes.py", "Filipa Reis", 36),
    (
        "feature/group-blocks",
        "Group block codes (COIMBRA-MED)",
        "loader/groups.py",
        "Filipa Reis",
        31,
    ),
    (
        "feature/group-blocks",
        "Release dates for group blocks",
        "loader/groups.py",
        "Filipe Reis",
        27,
    ),
    ("fix/city-tax", "City tax is 4.00 per adult per night", "loader/tax.py", "Marta Souza", 23),
    ("main", "Winter rates 2026/27", "VERSION", "Tiago Mendonca", 19),
    ("merge", "Merge branch 'feature/group-blocks'", "feature/group-blocks", "Tiago Mendonca", 15),
    ("spike/ota-sync", "Try pulling OTA rates every hour", "loader/ota.py", "Filipe Reis", 11),
    ("fix/city-tax", "Cap city tax at 7 nights", "loader/tax.py", "Marta Souza", 8),
    ("merge", "Merge branch 'fix/city-tax'", "fix/city-tax", "Tiago Mendonca", 5),
    ("spike/ota-sync", "Skip closed-out dates", "loader/ota.py", "Filipe Reis", 3),
    ("main", "BAR-FLEX 142.00 from 1 December", "loader/codes.py", "Filipa Reis", 1),
]
GIT_FORMAT = (
    "'%C(bold magenta)%h%C(reset) %C(cyan)%ad%C(reset) %C(bold)%an%C(reset)%C(auto)%d%C(reset) %s'"
)
GIT_LOG = f"log --graph --all --date=format:'%d.%m %H:%M' --format={GIT_FORMAT}"
TERMINALS = {
    "tests": ("nightaudit", "84x36+0+0", "light", 11),
    "board": ("roomboard", "104x12+0+668", "dark", 9),
    "rates": ("rate-loader", "104x62+770+0", "dark", 8),
}
STEPS: list[tuple[str, str | None, str | None, str | None, str, float, list[str]]] = [
    (
        "tests",
        "ls",
        "ls -lhF --color=auto src test",
        "ls -lhF --color=always src test",
        "ls in nightaudit",
        8,
        ["ls"],
    ),
    (
        "board",
        "roomboard",
        "./roomboard",
        "./roomboard --color=always",
        "housekeeping room board",
        HOLD,
        ["roomboard"],
    ),
    (
        "tests",
        "node_test",
        "clear; node --test",
        "script -qec 'node --test' /dev/null",
        "node --test in nightaudit",
        HOLD,
        ["node_test"],
    ),
    (
        "rates",
        "git_log",
        f"git {GIT_LOG}",
        f"git -c color.ui=always {GIT_LOG}",
        "git log in rate-loader",
        HOLD,
        ["git_log"],
    ),
    (
        "rates",
        "git_show",
        "git show --stat HEAD",
        "git -c color.ui=always show --stat HEAD",
        "git show in rate-loader",
        12,
        ["git_log", "git_show"],
    ),
    ("board", None, None, None, "back to the room board", HOLD, ["roomboard"]),
    ("tests", None, None, None, "back to the nightaudit tests", 0, ["node_test"]),
]
