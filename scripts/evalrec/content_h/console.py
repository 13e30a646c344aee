"""Console scenario content (set h): a Python cue sheet helper package tested by
``pytest -rA --tb=line`` (green PASSED, red FAILED with their messages, yellow SKIPPED and
XFAIL lines, a red summary), a Python crew callboard printing a coloured sign-in table (an
off-sick row in white on blue, bold red LATE, yellow ON BREAK, magenta COVERING, a bold cyan
summary) and a production schedule repository shown with ``git log`` (short dates, authors
cut to 13 columns) and ``git show --stat``."""

from __future__ import annotations

from ..constants import HOLD

CUES_PY = '''"""Cue sheet helpers for The Salt Orchard: running times, point cues, fly bar loads."""


def running_time(scenes):
    """Minutes of playing time in a list of (scene, minutes); the interval is left out."""
    return sum(minutes for scene, minutes in scenes if scene != "INTERVAL")


def point_cue_after(cue):
    """The point cue inserted after a whole cue: LX 41 -> 41.5."""
    return round(cue + 0.5, 1)


def bar_load_ok(kg, limit_kg=250):
    """A fly bar is within its working load limit (the limit itself is allowed)."""
    return kg < limit_kg


def dmx_clashes(patch):
    """Addresses patched to more than one fixture: {address: [fixture, ...]}."""
    seen = {}
    for fixture, address in patch:
        seen.setdefault(address, []).append(fixture)
    return {a: f for a, f in seen.items() if len(f) > 1}
'''
TEST_CUES_PY = """import pytest

from cuetools.cues import bar_load_ok, dmx_clashes, point_cue_after, running_time

ACT_ONE = [("1.1 Orchard", 14), ("1.2 Kitchen", 22), ("1.3 Jetty", 19)]
ACT_TWO = [("2.1 Storm", 17), ("2.2 Salt flats", 24)]


def test_running_time_act_one():
    assert running_time(ACT_ONE) == 55


def test_running_time_leaves_out_interval():
    assert running_time(ACT_ONE + [("INTERVAL", 20)] + ACT_TWO) == 96


def test_point_cue_after_41():
    assert point_cue_after(41) == 41.5


def test_bar_14_at_its_limit():
    assert bar_load_ok(250), "bar 14 (house border) at 250 kg is within its WLL"


def test_no_dmx_clash_in_rig():
    patch = [("LX 17 profile", 212), ("LX 23 fresnel", 212), ("LX 31 wash", 301)]
    assert dmx_clashes(patch) == {}, "address 212 patched to LX 17 and LX 23"


@pytest.mark.skip(reason="haze fluid SDS not in the repo yet")
def test_haze_warning_sign_text():
    pass


@pytest.mark.xfail(reason="show report PDF export lands after opening night")
def test_show_report_pdf():
    raise NotImplementedError("pdf")


def test_fly_bar_load_under_limit():
    assert bar_load_ok(180)
"""
CALLBOARD = r'''#!/usr/bin/env python3
"""callboard: who has signed in for today's call, from the stage door sign-in tablet."""

import argparse
import sys

CREW = [
    # name, department, call, signed in, status, note
    ("Ngaire Thompson", "Stage management", "08:30", "08:21", "SIGNED IN", "SM, prompt desk"),
    ("Jess Okafor", "Stage management", "08:30", "08:34", "SIGNED IN", "DSM, first aid"),
    ("Jesse Okoro", "Stage management", "09:00", "--", "OFF SICK", "ASM; Priya covers"),
    ("Priya Raman", "Stage management", "09:00", "08:55", "COVERING", "ASM for Jesse"),
    ("Callum Reid", "Lighting", "09:00", "09:02", "SIGNED IN", "LX programmer"),
    ("Calum Reed", "Flys", "09:00", "--", "LATE", "head flys, train from Gawler"),
    ("Dimitri Pappas", "Staging", "08:00", "07:52", "ON BREAK", "back 11:45"),
    ("Tomasz Brandt", "Sound", "10:00", "09:58", "SIGNED IN", "Sound No.1"),
    ("Callie Reid", "Wardrobe", "12:00", "--", "NOT YET", "dresser, call 12:00"),
]
STYLE = {"SIGNED IN": "32", "COVERING": "35", "ON BREAK": "33", "LATE": "1;31",
         "NOT YET": "34", "OFF SICK": "37;44"}


def main():
    ap = argparse.ArgumentParser(prog="callboard")
    ap.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    args = ap.parse_args()
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())

    def paint(code, text):
        return f"\033[{code}m{text}\033[0m" if color else text

    print("callboard 1.3  The Salt Orchard, tech day 1  (Hindley Street Playhouse stage door)")
    head = f"{'NAME':<17}{'DEPARTMENT':<18}{'CALL':<7}{'IN':<7}{'STATUS':<11}NOTE"
    print(paint("1", head))
    for name, dept, call, signed, status, note in CREW:
        left = f"{name:<17}{dept:<18}{call:<7}{signed:<7}"
        if status == "OFF SICK":
            print(paint(STYLE[status], left + f"{status:<11}" + note))
        else:
            print(left + paint(STYLE[status], f"{status:<11}") + note)
    counts = {s: sum(1 for c in CREW if c[4] == s) for s in ("OFF SICK", "LATE", "NOT YET")}
    summary = ", ".join(f"{n} {s.lower()}" for s, n in counts.items())
    print(paint("1;36", summary) + "  |  duty venue tech: Bronwyn Kerr, 0491 570 118")


if __name__ == "__main__":
    main()
'''
PROJECTS: dict[str, dict[str, str] | None] = {
    "cuetools": {
        "cuetools/__init__.py": '"""Cue sheet helpers for the Wattle Lane stage team."""\n',
        "cuetools/cues.py": CUES_PY,
        "tests/__init__.py": "",
        "tests/test_cues.py": TEST_CUES_PY,
        "README.md": "# cuetools\n\nRunning times, point cues and fly bar checks.\n",
        "cue-sheets/salt-orchard-lx-v7.csv": "cue,page,time,label\n41,32,5,storm builds\n",
        "cue-sheets/salt-orchard-sq-v4.csv": "cue,page,level,label\nSQ 18,33,-6,thunder\n",
        "pyproject.toml": '[project]\nname = "cuetools"\nversion = "0.7.0"\n',
    },
    "callboard": {
        "callboard": CALLBOARD,
        "crew-today.csv": "exported from the sign-in tablet 10:58\n",
    },
    "prod-schedule": None,
}
EXECUTABLES = {"callboard": ["callboard"]}
SYMLINKS = {"cuetools": {"current-lx.csv": "cue-sheets/salt-orchard-lx-v7.csv"}}
REPO_AUTHOR = ("Hana Kowalczyk", "hana.kowalczyk@wattlelane.example")
REPO_EMAIL_DOMAIN = "wattlelane.example"
REPO_BASE_TIME = (10, 50)
REPO_FILES = {
    "schedule/calls.py": (
        '"""Call times for production week of The Salt Orchard."""\n\n'
        'TECH_CALL = "09:00"\n'
        'DRESS_CALL = "18:00"\n'
        'HALF_HOUR = "19:00"\n'
    ),
    "requirements.txt": "icalendar==6.0.1\n",
}
REPO_TAG = ("Rehearsal room schedule", "v1.0-rehearsals")
REPO_LAST_COMMIT = (
    "schedule/calls.py",
    '"""Call times for production week of The Salt Orchard."""\n\n'
    'TECH_CALL = "09:00"\n'
    'DRESS_CALL = "17:30"\n'
    'HALF_HOUR = "19:00"\n'
    'OPENING_HOUSE_OPEN = "19:15"\n',
    "Dress call back to 17:30, house opens 19:15 on opening night",
)
WEB_COMMITS = [
    # (branch, message, file, author, days_ago); a "merge" row names the branch it merges
    ("main", "Start the production schedule", "schedule/week.py", "Hana Kowalczyk", 38),
    ("main", "Import rehearsal room bookings", "schedule/rooms.py", "Hana Kowalczyk", 34),
    ("feature/crew-calls", "Crew call sheet per department", "schedule/crew.py", "Jess Okafor", 30),
    ("feature/crew-calls", "Flys and staging calls", "schedule/crew.py", "Calum Reed", 27),
    ("fix/daylight-saving", "Adelaide is UTC+10:30 in summer", "schedule/tz.py", "Callum Reid", 22),
    ("main", "Rehearsal room schedule", "VERSION", "Hana Kowalczyk", 20),
    ("merge", "Merge branch 'feature/crew-calls'", "feature/crew-calls", "Hana Kowalczyk", 16),
    ("spike/ics-export", "Try exporting calls as .ics", "schedule/ics.py", "Callum Reid", 12),
    (
        "fix/daylight-saving",
        "Half-hour offset in the call sheet",
        "schedule/tz.py",
        "Callum Reid",
        9,
    ),
    ("merge", "Merge branch 'fix/daylight-saving'", "fix/daylight-saving", "Hana Kowalczyk", 6),
    ("spike/ics-export", "One event per department", "schedule/ics.py", "Callum Reid", 3),
    ("main", "Tech week calls for The Salt Orchard", "schedule/week.py", "Jess Okafor", 1),
]
GIT_FORMAT = (
    "'%C(yellow)%h%C(reset) %C(blue)%ad%C(reset) %C(green)%<(13,trunc)%an%C(reset)"
    "%C(auto)%d%C(reset) %s'"
)
GIT_LOG = f"log --graph --all --date=short --format={GIT_FORMAT}"
TERMINALS = {
    "tests": ("cuetools", "82x40+0+0", "dark", 10),
    "board": ("callboard", "112x15+0+772", "light", 9),
    "sched": ("prod-schedule", "94x50+604+0", "light", 8),
}
STEPS: list[tuple[str, str | None, str | None, str | None, str, float, list[str]]] = [
    (
        "tests",
        "ls",
        "ls -lA --group-directories-first --color=auto",
        "ls -lA --group-directories-first --color=always",
        "ls in cuetools",
        8,
        ["ls"],
    ),
    (
        "board",
        "callboard",
        "./callboard",
        "./callboard --color=always",
        "crew callboard",
        HOLD,
        ["callboard"],
    ),
    (
        "tests",
        "pytest",
        "clear; pytest -rA --tb=line -p no:cacheprovider",
        "pytest -rA --tb=line -p no:cacheprovider --color=yes",
        "pytest in cuetools",
        HOLD,
        ["pytest"],
    ),
    (
        "sched",
        "git_log",
        f"git {GIT_LOG}",
        f"git -c color.ui=always {GIT_LOG}",
        "git log in prod-schedule",
        HOLD,
        ["git_log"],
    ),
    (
        "sched",
        "git_show",
        "git show --stat HEAD",
        "git -c color.ui=always show --stat HEAD",
        "git show in prod-schedule",
        12,
        ["git_log", "git_show"],
    ),
    ("board", None, None, None, "back to the callboard", HOLD, ["callboard"]),
    ("tests", None, None, None, "back to the cuetools tests", 0, ["pytest"]),
]
