"""Console scenario content (set m): a small Python service-rules package for a wind farm
(crane lift and climbing wind limits, bolt torques, gearbox oil intervals, lost energy) tested
by ``pytest -v --tb=line`` (one line per test: green PASSED, red FAILED, yellow SKIPPED and
XFAIL, parametrised ids such as ``[M36-2800]`` and ``[M42-4400]``, one-line failures and a red
summary), a Python turbine board printing flagged turbines (a lockout row in black on yellow,
red FAULT, bold yellow DERATED, cyan CURTAILED, blue SERVICE, magenta WAITING PARTS, grey
OFFLINE, green RUNNING, a bold blue summary; WTG-07, WTG-17, WTG-70 and WTG-71 look alike) and
a procedures repository shown with ``git log`` ("Wed 25 Nov 13:20" dates, authors cut to 12
columns so that "Wanjiru Kamau" and "Wanjiru Kariuki" both read "Wanjiru Ka..") and a
coloured ``git show`` patch."""

from __future__ import annotations

from ..constants import HOLD

TURBPLAN_PY = '''"""turbplan: service planning rules for Mbaruk Hills wind farm (72 x 3.45 MW)."""

MAX_LIFT_WIND_MS = 12.0  # crane lifts, 10-minute mean at hub height
MAX_CLIMB_WIND_MS = 18.0
TORQUE_NM = {"M30": 1650, "M36": 2800, "M42": 4200}
OIL_CHANGE_HOURS = 26000


def lift_allowed(wind_ms):
    return wind_ms <= MAX_LIFT_WIND_MS


def climb_allowed(wind_ms):
    return wind_ms < MAX_CLIMB_WIND_MS


def torque_nm(bolt):
    return TORQUE_NM[bolt]


def oil_change_due(hours_since_change):
    return hours_since_change >= OIL_CHANGE_HOURS


def lost_mwh(turbines_down, hours, mw=3.45, capacity_factor=0.42):
    return round(turbines_down * hours * mw * capacity_factor, 1)
'''
TEST_LIMITS = """from turbplan import climb_allowed, lift_allowed


def test_lift_allowed_at_9_5_ms():
    assert lift_allowed(9.5)


def test_lift_refused_at_11_ms():
    assert lift_allowed(11.0) is False  # HSE memo 14: 10 m/s


def test_climb_allowed_at_17_ms():
    assert climb_allowed(17.0)


def test_climb_refused_at_18_ms():
    assert not climb_allowed(18.0)
"""
TEST_TORQUE = """import pytest

from turbplan import oil_change_due, torque_nm


@pytest.mark.parametrize("bolt,nm", [("M30", 1650), ("M36", 2800), ("M42", 4400)])
def test_torque(bolt, nm):
    assert torque_nm(bolt) == nm


def test_oil_due_after_26000_h():
    assert oil_change_due(26000)


@pytest.mark.skip(reason="OEM bulletin SB-2027-03 not received yet")
def test_oil_interval_2027():
    assert oil_change_due(30000)
"""
TEST_ENERGY = """import pytest

from turbplan import lost_mwh


def test_lost_mwh_two_turbines_ten_hours():
    assert lost_mwh(2, 10) == 29.0


@pytest.mark.xfail(reason="curtailment losses come from SCADA, not modelled")
def test_lost_mwh_curtailed():
    assert lost_mwh(1, 6, mw=2.0) == 12.0
"""
WTGBOARD = r'''#!/usr/bin/env python3
"""wtgboard: flagged turbines at Mbaruk Hills, from the SCADA 10-minute snapshot."""

import argparse
import sys

ROWS = [
    # turbine, feeder, status, kW now, wind m/s, crew, note
    ("WTG-03", "F1", "RUNNING", "3120", "11.4", "-", "back after blade inspection"),
    ("WTG-07", "F1", "SERVICE", "0", "10.9", "Crew B", "6-month service, 80% done"),
    ("WTG-17", "F2", "FAULT", "0", "11.8", "Crew A", "pitch axis 2, reset failed 14:12"),
    ("WTG-22", "F2", "CURTAILED", "2000", "12.1", "-", "KETRACO limit 2.0 MW till 18:00"),
    ("WTG-35", "F3", "WAITING PARTS", "0", "9.7", "Crew C", "yaw motor YM-4410, ETA Fri"),
    ("WTG-44", "F3", "LOCKOUT", "0", "9.9", "Rift Civils", "crane pad work, LOTO tag 5512"),
    ("WTG-58", "F4", "OFFLINE", "?", "?", "-", "comms lost since 11:40"),
    ("WTG-70", "F4", "RUNNING", "3310", "12.6", "-", ""),
    ("WTG-71", "F4", "DERATED", "2400", "12.4", "Crew B Thu", "gearbox 78 C, crane lift Thu"),
]
STYLE = {"RUNNING": "32", "SERVICE": "34", "FAULT": "31", "CURTAILED": "36",
         "WAITING PARTS": "35", "LOCKOUT": "30;103", "OFFLINE": "90", "DERATED": "1;33"}


def main():
    ap = argparse.ArgumentParser(prog="wtgboard")
    ap.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    args = ap.parse_args()
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())

    def paint(code, text):
        return f"\033[{code}m{text}\033[0m" if color else text

    print("wtgboard 1.8  Mbaruk Hills wind farm - flagged turbines, Wed 25 Nov 2026"
          "  (SCADA snapshot 15:40 EAT)")
    print(paint("1", f"{'WTG':<8}{'FDR':<5}{'STATUS':<15}{'kW':<7}{'WIND':<7}"
                     f"{'CREW':<13}NOTE"))
    for wtg, feeder, status, kw, wind, crew, note in ROWS:
        left = f"{wtg:<8}{feeder:<5}"
        right = f"{kw:<7}{wind:<7}{crew:<13}{note}"
        if status == "LOCKOUT":
            print(paint(STYLE[status], left + f"{status:<15}" + right))
        else:
            print(left + paint(STYLE[status], f"{status:<15}") + right)
    print(paint("1;34", "9 flagged of 72: 2 running, 1 derated, 1 curtailed, 1 service,"
                        " 1 fault, 1 waiting parts, 1 lockout, 1 offline")
          + "  |  farm 148.6 MW")
    print("duty tech tonight: Njeri Wambugu, +254 700 555 213 (control room ext 200)")


if __name__ == "__main__":
    main()
'''
PROJECTS: dict[str, dict[str, str] | None] = {
    "turbplan": {
        "README.md": "# turbplan\n\nService planning rules for Mbaruk Hills.\n",
        "turbplan/__init__.py": TURBPLAN_PY,
        "tests/__init__.py": "",
        "tests/test_limits.py": TEST_LIMITS,
        "tests/test_torque.py": TEST_TORQUE,
        "tests/test_energy.py": TEST_ENERGY,
        "orders/WO-58231.yml": "wo: WO-58231\nturbine: WTG-71\ncrew: B\nfilter: GF-118\n",
        "orders/WO-58213.yml": "wo: WO-58213\nturbine: WTG-17\ncrew: A\npart: PE-2207\n",
        "lift-check.sh": "#!/bin/sh\n# lift-check.sh: is a crane lift allowed at this wind?\n"
        "python3 -c 'import turbplan,sys; "
        'print(turbplan.lift_allowed(float(sys.argv[1])))\' "$@"\n',
    },
    "wtgboard": {
        "wtgboard": WTGBOARD,
        "snapshot.csv": "time,turbines,mw\n15:40,72,148.6\n",
    },
    "procedures": None,
}
EXECUTABLES = {"turbplan": ["lift-check.sh"], "wtgboard": ["wtgboard"]}
SYMLINKS = {"turbplan": {"next-lift": "orders/WO-58231.yml"}}
REPO_AUTHOR = ("Wanjiru Kamau", "wanjiru.kamau@riftbreeze.example")
REPO_EMAIL_DOMAIN = "riftbreeze.example"
REPO_BASE_TIME = (15, 20)
REPO_FILES = {
    "rules/lifting.yml": (
        "# Mbaruk Hills: crane lift rules\n"
        "max_wind_ms: 12\n"
        "measured_at: hub height, 10-minute mean\n"
        "lift_supervisor: required\n"
    ),
    "procedures/gearbox-oil.md": "# Gearbox oil change\n\nOIL-320, filter GF-118.\n",
    "README.md": "# procedures\n\nMbaruk Hills maintenance procedures.\n",
}
REPO_TAG = ("Procedures 2026 Q4", "proc-2026q4")
REPO_LAST_COMMIT = (
    "rules/lifting.yml",
    "# Mbaruk Hills: crane lift rules\n"
    "max_wind_ms: 10\n"
    "measured_at: hub height, 10-minute mean\n"
    "lift_supervisor: required\n"
    "source: HSE memo 14\n",
    "Crane lifts max 10 m/s at hub height (HSE memo 14)",
)
WEB_COMMITS = [
    # (branch, message, file, author, days_ago); a "merge" row names the branch it merges
    ("main", "Gearbox oil change with OIL-320", "procedures/gearbox-oil.md", "Wanjiru Kamau", 41),
    ("main", "Pitch encoder swap, axis 1-3", "procedures/pitch.md", "Otieno Odhiambo", 36),
    (
        "feature/blades",
        "Drone blade inspection draft",
        "procedures/blades.md",
        "Wanjiru Kariuki",
        31,
    ),
    (
        "feature/blades",
        "Leading edge erosion categories",
        "procedures/blades.md",
        "Wanjiru Kamau",
        27,
    ),
    ("fix/yaw", "Yaw motor YM-4410 replaces YM-4401", "procedures/yaw.md", "Odhiambo Otieno", 22),
    ("main", "Procedures 2026 Q4", "VERSION", "Wanjiru Kamau", 19),
    ("merge", "Merge branch 'feature/blades'", "feature/blades", "Otieno Odhiambo", 15),
    ("spike/scada-export", "SCADA alarm export draft", "tools/scada.txt", "Odhiambo Otieno", 11),
    ("fix/yaw", "Yaw brake pads every 12 months", "procedures/yaw.md", "Kipchoge Rotich", 8),
    ("merge", "Merge branch 'fix/yaw'", "fix/yaw", "Wanjiru Kamau", 5),
    ("spike/scada-export", "Export 10-minute means", "tools/scada.txt", "Odhiambo Otieno", 3),
    ("main", "Torque table: M42 at 4400 Nm", "procedures/torque.md", "Wanjiru Kariuki", 1),
]
GIT_FORMAT = (
    "'%C(yellow)%h%C(reset) %C(cyan)%ad%C(reset) %C(green)%<(12,trunc)%an%C(reset)"
    "%C(auto)%d%C(reset) %s'"
)
GIT_LOG = f"log --graph --all --date=format-local:'%a %d %b %H:%M' --format={GIT_FORMAT}"
TERMINALS = {
    "tests": ("turbplan", "86x44+0+0", "dark", 9),
    "board": ("wtgboard", "150x16+0+690", "light", 9),
    "repo": ("procedures", "124x44+730+0", "light", 9),
}
STEPS: list[tuple[str, str | None, str | None, str | None, str, float, list[str]]] = [
    (
        "tests",
        "ls",
        "ls -la --color=auto",
        "ls -la --color=always",
        "ls in turbplan",
        8,
        ["ls"],
    ),
    (
        "board",
        "wtgboard",
        "./wtgboard",
        "./wtgboard --color=always",
        "turbine board",
        HOLD,
        ["wtgboard"],
    ),
    (
        "tests",
        "pytest",
        "clear; pytest -v --tb=line -p no:cacheprovider",
        "pytest -v --tb=line -p no:cacheprovider --color=yes",
        "pytest in turbplan",
        HOLD,
        ["pytest"],
    ),
    (
        "repo",
        "git_log",
        f"git {GIT_LOG}",
        f"git -c color.ui=always {GIT_LOG}",
        "git log in procedures",
        HOLD,
        ["git_log"],
    ),
    (
        "repo",
        "git_show",
        "git show HEAD",
        "git -c color.ui=always show HEAD",
        "git show in procedures",
        12,
        ["git_log", "git_show"],
    ),
    ("board", None, None, None, "back to the turbine board", HOLD, ["wtgboard"]),
    ("tests", None, None, None, "back to the turbplan tests", 0, ["pytest"]),
]
