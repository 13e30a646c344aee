"""Console scenario content (set c): a Node dose checker tested with ``node --test``, a
bash stock-feed check that prints PASS/FAIL in colour with tput, and a TypeScript ward
board with a git history over three branches."""

from __future__ import annotations

from ..constants import HOLD

DOSE_SRC = {
    "package.json": '{\n  "name": "dose-check",\n  "version": "1.4.0",\n  "type": "commonjs",\n'
    '  "scripts": {"test": "node --test"}\n}\n',
    "src/dose.js": """const MAX_PARACETAMOL_MG_PER_DAY = 4000;

function mgPerKg(doseMg, weightKg) {
  return Math.round((doseMg / weightKg) * 10) / 10;
}

function dailyTotal(doseMg, timesPerDay) {
  return doseMg * timesPerDay;
}

function overParacetamolLimit(doseMg, timesPerDay) {
  return dailyTotal(doseMg, timesPerDay) >= MAX_PARACETAMOL_MG_PER_DAY;
}

function infusionRate(volumeMl, hours) {
  return Math.floor(volumeMl / hours);
}

function renalAdjust(doseMg, crcl) {
  return crcl < 30 ? doseMg / 2 : doseMg;
}

module.exports = { mgPerKg, dailyTotal, overParacetamolLimit, infusionRate, renalAdjust };
""",
}
DOSE_TESTS = {
    "test/dose.test.js": """const test = require('node:test');
const d = require('../src/dose.js');

Error.stackTraceLimit = 0;
const assert = {
  strictEqual(actual, expected) {
    if (actual !== expected) throw new Error(`expected ${expected}, got ${actual}`);
  },
};

test('mg per kg for a 70 kg adult', () => {
  assert.strictEqual(d.mgPerKg(700, 70), 10);
});

test('daily total of 1 g four times a day', () => {
  assert.strictEqual(d.dailyTotal(1000, 4), 4000);
});

test('4 g a day is not over the paracetamol limit', () => {
  assert.strictEqual(d.overParacetamolLimit(1000, 4), false);
});

test('renal adjustment halves the dose below CrCl 30', () => {
  assert.strictEqual(d.renalAdjust(500, 25), 250);
});
""",
    "test/infusion.test.js": """const test = require('node:test');
const d = require('../src/dose.js');

Error.stackTraceLimit = 0;
const assert = {
  strictEqual(actual, expected) {
    if (actual !== expected) throw new Error(`expected ${expected}, got ${actual}`);
  },
};

test('infusion rate 1000 mL over 8 h', () => {
  assert.strictEqual(d.infusionRate(1000, 8), 125);
});

test('infusion rate rounds to one decimal', () => {
  assert.strictEqual(d.infusionRate(250, 3), 83.3);
});

test('pump library sync', { skip: 'needs the pump server' }, () => {});

test('heparin nomogram', { todo: 'waiting for the new protocol' }, () => {});
""",
}
STOCK_CHECKS = """#!/bin/bash
# Checks the night stock feed from the wholesaler against the ward cabinets.
ok=$(tput setaf 2; tput bold) bad=$(tput setaf 1; tput bold) warn=$(tput setaf 3)
dim=$(tput setaf 4) off=$(tput sgr0)
check() { printf '%-44s %s\\n' "$1" "$2"; }
echo "${dim}stock-feed checks, feed file feeds/medaxis-20261124.csv${off}"
check "feed header has 9 columns" "${ok}PASS${off}"
check "NDC codes are 11 digits" "${ok}PASS${off}"
check "no negative quantities" "${ok}PASS${off}"
check "cabinet 4B matches feed (insulin glargine)" "${bad}FAIL${off} expected 22, got 18"
check "cabinet 7A matches feed (heparin flush)" "${ok}PASS${off}"
check "expiry dates in the future" "${bad}FAIL${off} 3 lines expired (lot K4471)"
check "controlled drugs flagged" "${ok}PASS${off}"
check "wholesaler price file present" "${warn}SKIP${off} (weekends only)"
echo "${bold}summary:${off} ${ok}6 passed${off}, ${bad}2 failed${off}, ${warn}1 skipped${off}"
exit 1
"""
PROJECTS: dict[str, dict[str, str] | None] = {
    "dose-check": {
        **DOSE_SRC,
        **DOSE_TESTS,
        "README.md": "# dose-check\n\nDose sanity checks for the night pharmacy.\n",
        "CHANGELOG.md": "## 1.4.0\n- renal adjustment\n",
        ".nvmrc": "20\n",
        "bin/dose-check": "#!/usr/bin/env node\nrequire('../src/dose.js');\n",
        "scripts/refresh-formulary.sh": "#!/bin/sh\necho refreshing\n",
        "data/formulary-2026-11/drugs.csv": "drug,strength\nvancomycin,1 g\n",
        "dose-check-1.3.2.tgz": "archive",
        "audit-2026-11-23.log": "2 overrides\n",
        "nightly-check.sh": "#!/bin/sh\nnode --test\n",
    },
    "stock-feed": {
        "run_checks.sh": STOCK_CHECKS,
        "feeds/medaxis-20261124.csv": "ndc,qty\n",
    },
    "ward-board": None,
}
EXECUTABLES = {
    "dose-check": ["bin/dose-check", "scripts/refresh-formulary.sh", "nightly-check.sh"],
    "stock-feed": ["run_checks.sh"],
}
SYMLINKS = {
    "dose-check": {"formulary": "data/formulary-2026-11", "latest.log": "audit-2026-11-23.log"}
}
REPO_AUTHOR = ("Devika Rao", "devika.rao@svh-hospital.example")
REPO_EMAIL_DOMAIN = "svh-hospital.example"
REPO_BASE_TIME = (20, 15)
REPO_FILES = {
    "src/board.ts": "export const wards = ['5B', '7A', '7B', '9 ICU'];\n",
    "src/alerts.ts": "import { lowStockThreshold } from './config';\n"
    "export const isLow = (n: number) => n < lowStockThreshold;\n",
}
REPO_TAG = ("Release 2.3.0", "v2.3.0")
REPO_LAST_COMMIT = (
    "src/config.ts",
    "export const lowStockThreshold = 12; // units per ward cabinet\n",
    "Lower lowStockThreshold to 12",
)
WEB_COMMITS = [
    # (branch, message, file, author, days_ago); a "merge" row names the branch it merges
    ("main", "Initial ward board", "index.html", "Devika Rao", 15),
    ("main", "Show cabinet stock per ward", "src/board.ts", "Devika Rao", 14),
    ("feature/low-stock", "Add low stock badge", "src/alerts.ts", "Arjun Mehta", 12),
    ("feature/low-stock", "Read lowStockThreshold from config", "src/alerts.ts", "Arjun Mehta", 11),
    ("fix/night-colours", "Dim the board after 22:00", "src/theme.ts", "Kavya Menon", 10),
    ("main", "Release 2.3.0", "package.json", "Devika Rao", 9),
    ("merge", "Merge branch 'feature/low-stock'", "feature/low-stock", "Devika Rao", 7),
    ("fix/night-colours", "Keep alerts red in night mode", "src/theme.ts", "Kavya Menon", 6),
    ("merge", "Merge branch 'fix/night-colours'", "fix/night-colours", "Devika Rao", 5),
    ("spike/barcode-scan", "Try camera barcode scanning", "src/scan.ts", "Rohan DSouza", 3),
    ("main", "Sort wards by urgent orders", "src/board.ts", "Arjun Mehta", 2),
]
TERMINALS = {
    "dose": ("dose-check", "104x46+0+0", "dark", 10),
    "stock": ("stock-feed", "84x16+560+560", "light", 8),
    "board": ("ward-board", "92x26+640+20", "light", 10),
}
STEPS: list[tuple[str, str | None, str | None, str | None, str, float, list[str]]] = [
    ("dose", "ls", "ls -l --color=auto", "ls -l --color=always", "ls in dose-check", 8, ["ls"]),
    (
        "board",
        "git_log",
        "git log --graph --oneline --decorate --all",
        "git -c color.ui=always log --graph --oneline --decorate --all",
        "git log in ward-board",
        HOLD,
        ["git_log"],
    ),
    (
        "dose",
        "node_test",
        "clear; node --test",
        # node colours its spec output only on a terminal: rerun it under script(1)
        "script -qec 'node --test' /dev/null | tr -d '\\r'",
        "node --test in dose-check",
        HOLD,
        ["node_test"],
    ),
    (
        "stock",
        "stock_checks",
        "./run_checks.sh",
        "./run_checks.sh",
        "stock-feed checks",
        HOLD,
        ["stock_checks"],
    ),
    (
        "board",
        "grep",
        "grep -n --color=auto lowStockThreshold src/*.ts",
        "grep -n --color=always lowStockThreshold src/*.ts",
        "grep in ward-board",
        10,
        ["git_log", "grep"],
    ),
    ("dose", None, None, None, "back to the dose-check tests", HOLD, ["node_test"]),
    ("stock", None, None, None, "back to the stock-feed checks", 0, ["stock_checks"]),
]
