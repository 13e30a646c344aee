"""Console scenario content (set n): a small Python library for a museum registrar (relative
humidity bands, light limits, accession and loan number formats, crate weights, insurance
values in USD) whose tests run under pytest in verbose mode (green PASSED, red FAILED, yellow
SKIPPED, a short summary of failures), a Python crate board printing the crates of an outgoing
loan (a damage row in bright white on red, bold yellow CONDITION HOLD, green SEALED, cyan
PACKING, red HUMIDITY ALARM, blue READY FOR TRUCK, magenta AWAITING COURIER, grey RETURNED, a
bold blue summary) and a condition-reports repository shown with ``git log`` (ISO dates with
24-hour times, authors cut to 14 columns so that "Jose Miguel Santos" and "Jose Miguel
Santiago" look alike) and a coloured ``git show`` patch, all in small 8pt terminals."""

from __future__ import annotations

from ..constants import HOLD

LOANCHECK_PY = (
    (
        '"""loancheck: climate, light, numbering and crate rules for outgoing loans'
        ' (Museo Baluarte)."""'
    )
    + """

import math
import re

# Relative humidity bands (%), by material.
RH_BAND = {"textile": (45, 55), "paper": (45, 55), "metal": (35, 45)}
# Light limits (lux), by material.
LUX_LIMIT = {"textile": 50, "paper": 150, "oil": 200}
MAX_CRATE_KG = 45
PHP_PER_USD = 58.4

ACCESSION = re.compile(r"^MB-(19|20)\\d\\d\\.\\d{3}\\.\\d{1,3}$")
LOAN = re.compile(r"^LN-20\\d\\d-\\d{3}$")


def rh_ok(material, rh):
    lo, hi = RH_BAND[material]
    return lo <= rh <= hi


def lux_limit(material):
    return LUX_LIMIT[material]


def valid_accession(number):
    return bool(ACCESSION.match(number))


def valid_loan(number):
    return bool(LOAN.match(number))


def crate_ok(kg):
    return kg <= MAX_CRATE_KG


def crates_needed(total_kg):
    return math.ceil(total_kg / MAX_CRATE_KG)


def php_to_usd(php):
    return round(php / PHP_PER_USD, 2)
"""
)
TEST_CLIMATE = """from loancheck import lux_limit, rh_ok


def test_textile_rh_band_45_to_55():
    assert rh_ok("textile", 45) and rh_ok("textile", 55)


def test_textile_rh_58_is_too_damp():
    assert not rh_ok("textile", 58)


def test_lux_limit_paper_is_50():
    assert lux_limit("paper") == 50


def test_metal_rh_40_ok():
    assert rh_ok("metal", 40)
"""
TEST_NUMBERS = """from loancheck import valid_accession, valid_loan


def test_accession_mb_2019_044_12():
    assert valid_accession("MB-2019.044.12")


def test_accession_rejects_missing_dot():
    assert not valid_accession("MB-2019044.12")


def test_loan_number_with_part():
    assert valid_loan("LN-2026-013/02")
"""
TEST_CRATES = """import pytest

from loancheck import crate_ok, crates_needed, php_to_usd


def test_crate_41_kg_ok():
    assert crate_ok(41)


def test_crates_needed_for_250_kg():
    assert crates_needed(250) == 6


def test_insurance_14_8m_php_in_usd():
    assert php_to_usd(14_800_000) == 255172.41


def test_courier_per_diem_sgd():
    pytest.skip("per diem table 2027 not approved by finance")
"""
CRATETRACK = r'''#!/usr/bin/env python3
"""cratetrack: the crates of an outgoing loan, from the preparators' tablet."""

import argparse
import sys

CRATES = [
    # crate, object, description, kg, RH %, status, note
    ("CR-01", "MB-2019.044.12", "Kalinga blanket", "38", "51", "SEALED", "logger L-181"),
    ("CR-07", "MB-2019.044.21", "Ifugao wrap skirt", "41", "49", "PACKING", "tissue and Tyvek"),
    ("CR-03", "MB-2021.007.3", "Bontoc pouch", "22", "58", "HUMIDITY ALARM",
     "silica gel swap 10:15 p.m."),
    ("CR-04", "MB-2021.007.30", "Tinalak abaca panel", "45", "52", "CONDITION HOLD",
     "loose weft, Dr Manalo"),
    ("CR-05", "MB-2018.112.6", "Yakan cloth", "19", "50", "DAMAGE FOUND",
     "moth hole 4 mm, lender told"),
    ("CR-06", "LN-2026-013/02", "Maranao malong", "27", "50", "READY FOR TRUCK", "dock B"),
    ("CR-08", "MB-2020.031.9", "Abel Iloko coverlet", "33", "48", "AWAITING COURIER",
     "Ana Reyes, PR 501"),
    ("CR-02", "LN-2025-088/01", "Pina barong", "12", "47", "RETURNED", "to lender 20/11"),
]
STYLE = {"SEALED": "32", "PACKING": "36", "HUMIDITY ALARM": "31", "CONDITION HOLD": "1;33",
         "DAMAGE FOUND": "97;41", "READY FOR TRUCK": "34", "AWAITING COURIER": "35",
         "RETURNED": "90"}


def main():
    ap = argparse.ArgumentParser(prog="cratetrack")
    ap.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    args = ap.parse_args()
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())

    def paint(code, text):
        return f"\033[{code}m{text}\033[0m" if color else text

    print("cratetrack 1.4  Museo Baluarte - loan LN-2026-031 to Straits Heritage Gallery"
          "  (tablet sync 10:40 p.m.)")
    print(paint("1", f"{'CRATE':<7}{'OBJECT':<16}{'DESCRIPTION':<21}{'KG':<4}{'RH%':<5}"
                     f"{'STATUS':<18}NOTE"))
    for crate, obj, desc, kg, rh, status, note in CRATES:
        left = f"{crate:<7}{obj:<16}{desc:<21}{kg:<4}{rh:<5}"
        if status == "DAMAGE FOUND":
            print(paint(STYLE[status], left + f"{status:<18}{note}"))
        else:
            print(left + paint(STYLE[status], f"{status:<18}") + note)
    print(paint("1;34", "8 crates: 1 sealed, 1 packing, 1 alarm, 1 hold, 1 damage, 1 ready,"
                        " 1 courier, 1 returned")
          + "  |  guard desk: local 204")


if __name__ == "__main__":
    main()
'''
PROJECTS: dict[str, dict[str, str] | None] = {
    "loancheck": {
        "pytest.ini": "[pytest]\npythonpath = .\naddopts = -p no:cacheprovider\n",
        "README.md": "# loancheck\n\nClimate, light, numbering and crate rules for loans.\n",
        "loancheck/__init__.py": LOANCHECK_PY,
        "tests/test_climate.py": TEST_CLIMATE,
        "tests/test_numbers.py": TEST_NUMBERS,
        "tests/test_crates.py": TEST_CRATES,
        "crates/CR-08.yml": "crate: CR-08\nobject: MB-2020.031.9\nlogger: L-118\n",
        "crates/CR-07.yml": "crate: CR-07\nobject: MB-2019.044.21\nlogger: L-171\n",
        "export.sh": "#!/bin/sh\n# export.sh: the loan list as CSV\npython3 -c 'print(0)' \"$@\"\n",
    },
    "cratetrack": {
        "cratetrack": CRATETRACK,
        "sync.csv": "crate,time,by\nCR-01,22:40,tablet\n",
    },
    "condition-reports": None,
}
EXECUTABLES = {"loancheck": ["export.sh"], "cratetrack": ["cratetrack"]}
SYMLINKS = {"loancheck": {"next-crate": "crates/CR-08.yml"}}
REPO_AUTHOR = ("Corazon Dizon", "corazon.dizon@museobaluarte.example")
REPO_EMAIL_DOMAIN = "museobaluarte.example"
REPO_BASE_TIME = (21, 10)
REPO_FILES = {
    "rules/climate.yml": (
        "# Museo Baluarte: climate rules for loans\n"
        "textile_rh_min: 45\n"
        "textile_rh_max: 55\n"
        "textile_lux_max: 50\n"
    ),
    "reports/LN-2026-031.md": "# LN-2026-031 condition reports\n\nCR-01 Kalinga blanket: good\n",
    "README.md": "# condition-reports\n\nMuseo Baluarte condition reports and loan rules.\n",
}
REPO_TAG = ("Habi exhibition closing reports", "habi-closing")
REPO_LAST_COMMIT = (
    "rules/climate.yml",
    "# Museo Baluarte: climate rules for loans\n"
    "textile_rh_min: 48\n"
    "textile_rh_max: 55\n"
    "textile_lux_max: 50\n"
    "lender_condition: LN-2026-031 facility report p. 4\n",
    "Textile RH floor 48% (Straits Heritage facility report)",
)
WEB_COMMITS = [
    # (branch, message, file, author, days_ago); a "merge" row names the branch it merges
    ("main", "Habi exhibition: incoming reports", "reports/HABI.md", "Corazon Dizon", 44),
    (
        "main",
        "Loan LN-2026-013 from the Dizon family",
        "reports/LN-2026-013.md",
        "Ramon Dela Cruz",
        37,
    ),
    ("feature/courier", "Courier checklist draft", "rules/courier.md", "Jose Miguel Santiago", 31),
    ("feature/courier", "Courier per diem in SGD", "rules/courier.md", "Jose Miguel Santos", 27),
    ("fix/lux", "Textile lux limit 50 (was 80)", "rules/light.txt", "Liza Manalo", 22),
    ("main", "Habi exhibition closing reports", "VERSION", "Corazon Dizon", 17),
    ("merge", "Merge branch 'feature/courier'", "feature/courier", "Ramon Dela Cruz", 13),
    ("spike/loggers", "Logger table draft", "tools/loggers.txt", "Jose Miguel Santos", 9),
    (
        "fix/lux",
        "Paper stays at 150 lux until the rev. 3 rules",
        "rules/light.txt",
        "Liza Manalo",
        6,
    ),
    ("merge", "Merge branch 'fix/lux'", "fix/lux", "Corazon Dizon", 4),
    (
        "spike/loggers",
        "Loggers L-118 and L-181 recalibrated",
        "tools/loggers.txt",
        "Jose Miguel Santiago",
        2,
    ),
    ("main", "CR-05: moth damage photos", "reports/LN-2026-031.md", "Luisa Manalo", 1),
]
GIT_FORMAT = (
    "'%C(red)%h%C(reset) %C(green)%ad%C(reset) %C(bold blue)%<(14,trunc)%an%C(reset)"
    "%C(auto)%d%C(reset) %s'"
)
GIT_LOG = f"log --graph --all --date=format-local:'%Y-%m-%d %H:%M' --format={GIT_FORMAT}"
TERMINALS = {
    "tests": ("loancheck", "96x44+0+0", "dark", 8),
    "board": ("cratetrack", "118x13+250+560", "light", 8),
    "repo": ("condition-reports", "108x38+560+0", "light", 8),
}
STEPS: list[tuple[str, str | None, str | None, str | None, str, float, list[str]]] = [
    (
        "tests",
        "ls",
        "ls -la --color=auto",
        "ls -la --color=always",
        "ls in loancheck",
        8,
        ["ls"],
    ),
    (
        "board",
        "cratetrack",
        "./cratetrack",
        "./cratetrack --color=always",
        "crate board",
        HOLD,
        ["cratetrack"],
    ),
    (
        "tests",
        "pytest",
        "clear; pytest -v --tb=no -rfs",
        "pytest -v --tb=no -rfs --color=yes",
        "pytest in loancheck",
        HOLD,
        ["pytest"],
    ),
    (
        "repo",
        "git_log",
        f"git {GIT_LOG}",
        f"git -c color.ui=always {GIT_LOG}",
        "git log in condition-reports",
        HOLD,
        ["git_log"],
    ),
    (
        "repo",
        "git_show",
        "git show HEAD",
        "git -c color.ui=always show HEAD",
        "git show in condition-reports",
        12,
        ["git_log", "git_show"],
    ),
    ("board", None, None, None, "back to the crate board", HOLD, ["cratetrack"]),
    ("tests", None, None, None, "back to the loancheck tests", 0, ["pytest"]),
]
