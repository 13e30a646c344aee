"""Console scenario content (set e): a C berth and tide-window library tested with ``make
check`` (a googletest-style harness coloured on a terminal, a gcc warning in colour), a Python
timetable sync tested with ``pytest --tb=short -ra`` (tracebacks, an error, xfail and xpass)
and a Kotlin crew app with a git history over three branches."""

from __future__ import annotations

from ..constants import HOLD

BERTH_H = """#ifndef BERTH_H
#define BERTH_H
double under_keel_clearance(double chart_depth_m, double tide_m, double draft_m);
int can_berth(double chart_depth_m, double tide_m, double draft_m);
int seats_left(int capacity, int booked, int crew_seats);
int turnaround_minutes(int arrive_hhmm, int depart_hhmm);
double fuel_litres(double nautical_miles, double litres_per_nm);
#endif
"""
BERTH_C = """#include "berth.h"

#define MIN_UKC_M 0.5

double under_keel_clearance(double chart_depth_m, double tide_m, double draft_m)
{
    return chart_depth_m + tide_m - draft_m;
}

int can_berth(double chart_depth_m, double tide_m, double draft_m)
{
    double squat = 0.2;
    return under_keel_clearance(chart_depth_m, tide_m, draft_m) > MIN_UKC_M;
}

int seats_left(int capacity, int booked, int crew_seats)
{
    return capacity - booked;
}

int turnaround_minutes(int arrive_hhmm, int depart_hhmm)
{
    int a = arrive_hhmm / 100 * 60 + arrive_hhmm % 100;
    int d = depart_hhmm / 100 * 60 + depart_hhmm % 100;
    return d - a;
}

double fuel_litres(double nautical_miles, double litres_per_nm)
{
    return nautical_miles * litres_per_nm * 1.1;
}
"""
HARNESS_H = r"""#ifndef HARNESS_H
#define HARNESS_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int h_color, h_run, h_failed, h_skipped, h_cur_failed;
static const char *h_failures[32];
static int h_nfail;

static const char *G(void) { return h_color ? "\033[0;32m" : ""; }
static const char *R(void) { return h_color ? "\033[0;31m" : ""; }
static const char *Y(void) { return h_color ? "\033[0;33m" : ""; }
static const char *N(void) { return h_color ? "\033[m" : ""; }

#define EXPECT_EQ_INT(exp, act) do { int e_ = (exp), a_ = (act); if (e_ != a_) { \
    printf("%s:%d: Failure\n  Expected: %d\n    Actual: %d\n", __FILE__, __LINE__, e_, a_); \
    h_cur_failed = 1; } } while (0)
#define EXPECT_TRUE(c) do { if (!(c)) { \
    printf("%s:%d: Failure\n  Expected: %s to be true\n", __FILE__, __LINE__, #c); \
    h_cur_failed = 1; } } while (0)
#define EXPECT_NEAR(exp, act, tol) do { double e_ = (exp), a_ = (act); \
    if (e_ - a_ > (tol) || a_ - e_ > (tol)) { \
    printf("%s:%d: Failure\n  Expected: %.2f\n    Actual: %.2f\n", __FILE__, __LINE__, e_, a_); \
    h_cur_failed = 1; } } while (0)

static void h_test(const char *name, void (*fn)(void))
{
    printf("%s[ RUN      ]%s %s\n", G(), N(), name);
    h_cur_failed = 0;
    fn();
    h_run++;
    if (h_cur_failed) {
        printf("%s[  FAILED  ]%s %s (0 ms)\n", R(), N(), name);
        h_failures[h_nfail++] = name;
        h_failed++;
    } else {
        printf("%s[       OK ]%s %s (0 ms)\n", G(), N(), name);
    }
}

static void h_skip(const char *name, const char *why)
{
    printf("%s[ RUN      ]%s %s\n", G(), N(), name);
    printf("Skipped: %s\n", why);
    printf("%s[  SKIPPED ]%s %s (0 ms)\n", G(), N(), name);
    h_run++;
    h_skipped++;
}

static void h_begin(int tests, const char *suites)
{
    const char *env = getenv("GTEST_COLOR");
    h_color = env ? strcmp(env, "yes") == 0 : isatty(1);
    printf("%s[==========]%s Running %d tests from %s.\n", G(), N(), tests, suites);
}

static int h_end(const char *suites)
{
    int i;
    printf("%s[==========]%s %d tests from %s ran. (1 ms total)\n", G(), N(), h_run, suites);
    printf("%s[  PASSED  ]%s %d tests.\n", G(), N(), h_run - h_failed - h_skipped);
    if (h_skipped)
        printf("%s[  SKIPPED ]%s %d test, listed below:\n", G(), N(), h_skipped);
    if (h_failed) {
        printf("%s[  FAILED  ]%s %d tests, listed below:\n", R(), N(), h_failed);
        for (i = 0; i < h_nfail; i++)
            printf("%s[  FAILED  ]%s %s\n", R(), N(), h_failures[i]);
        printf("\n %d FAILED TESTS\n", h_failed);
    }
    return h_failed ? 1 : 0;
}
#endif
"""
TEST_BERTH_C = """#include "harness.h"
#include "berth.h"

static void t_ukc(void) { EXPECT_NEAR(1.30, under_keel_clearance(3.1, 0.4, 2.2), 0.001); }
static void t_low_water(void) { EXPECT_TRUE(!can_berth(2.4, 0.2, 2.2)); }
static void t_high_water(void) { EXPECT_TRUE(can_berth(2.4, 1.9, 2.2)); }
static void t_crew_seats(void) { EXPECT_EQ_INT(38, seats_left(249, 207, 4)); }
static void t_turnaround(void) { EXPECT_EQ_INT(25, turnaround_minutes(715, 740)); }
static void t_midnight(void) { EXPECT_EQ_INT(35, turnaround_minutes(2345, 20)); }
static void t_fuel(void) { EXPECT_NEAR(145.2, fuel_litres(12.0, 11.0), 0.01); }

int main(void)
{
    h_begin(8, "3 test suites");
    printf("%s[----------]%s 3 tests from TideWindow\\n", G(), N());
    h_test("TideWindow.UnderKeelClearance", t_ukc);
    h_test("TideWindow.NoBerthAtLowWater", t_low_water);
    h_test("TideWindow.BerthAtHighWater", t_high_water);
    printf("%s[----------]%s 3 tests from Capacity\\n", G(), N());
    h_test("Capacity.CrewSeatsNotSold", t_crew_seats);
    h_test("Capacity.TurnaroundAtRangiPoint", t_turnaround);
    h_test("Capacity.TurnaroundPastMidnight", t_midnight);
    printf("%s[----------]%s 2 tests from Fuel\\n", G(), N());
    h_test("Fuel.WithTenPercentReserve", t_fuel);
    h_skip("Fuel.LiveBunkerPrices", "needs the Harbour Fuels API");
    return h_end("3 test suites");
}
"""
MAKEFILE = (
    "CC ?= cc\nCFLAGS ?= -Wall -O2\n\n"
    "check: test_berth\n\t./test_berth\n\n"
    "test_berth: berth.c test_berth.c berth.h harness.h\n"
    "\t$(CC) $(CFLAGS) -o $@ berth.c test_berth.c\n\n"
    "clean:\n\trm -f test_berth\n\n.PHONY: check clean\n"
)
PYPROJECT_OPTS = (
    "[tool.pytest.ini_options]\n"
    'addopts = "-p no:cacheprovider -p no:hypothesispytest -p no:timeout"\n'
)
TIMETABLE = {
    "timetable/__init__.py": '__version__ = "0.7.3"\n',
    "timetable/sailings.py": """from datetime import time

SUMMER_FROM = (12, 1)  # summer timetable starts 1 December


def is_summer(month, day):
    return (month, day) >= SUMMER_FROM or month < 3


def parse_departure(text):
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def sailings_between(timetable, start, end):
    return [s for s in timetable if start <= s < end]
""",
    "timetable/gtfs.py": """ROUTE_IDS = {
    "RP": "Rangi Point",
    "HQ": "Harbour Quay",
    "MB": "Motu Bay",
}


def route_name(code):
    return ROUTE_IDS[code]


def stop_code(name):
    return {v: k for k, v in ROUTE_IDS.items()}[name]
""",
    "tests/test_sailings.py": """from datetime import time

import pytest

from timetable.sailings import is_summer, parse_departure, sailings_between


def test_summer_starts_first_of_december():
    assert is_summer(12, 1)


def test_november_is_winter():
    assert not is_summer(11, 25)


def test_parse_departure_with_seconds():
    assert parse_departure("07:40:00") == time(7, 40)


def test_last_sailing_included():
    day = [time(6, 10), time(7, 40), time(22, 30)]
    assert sailings_between(day, time(7, 0), time(22, 30)) == [time(7, 40), time(22, 30)]


@pytest.mark.xfail(reason="public holiday timetable not loaded yet")
def test_boxing_day_uses_sunday_timetable():
    assert is_summer(12, 26) is False


@pytest.mark.xfail(reason="old bug with March")
def test_march_is_not_summer():
    assert not is_summer(3, 2)
""",
    "tests/test_gtfs.py": """import json

import pytest

from timetable.gtfs import route_name, stop_code


@pytest.fixture
def feed(tmp_path):
    return json.loads((tmp_path / "feed.json").read_text())


def test_route_name():
    assert route_name("MB") == "Motu Bay"


def test_stop_code_round_trip():
    assert stop_code("Harbour Quay") == "HQ"


def test_feed_has_three_routes(feed):
    assert len(feed["routes"]) == 3
""",
}
PROJECTS: dict[str, dict[str, str] | None] = {
    "berthcalc": {
        "berth.h": BERTH_H,
        "berth.c": BERTH_C,
        "harness.h": HARNESS_H,
        "test_berth.c": TEST_BERTH_C,
        "Makefile": MAKEFILE,
        "README": "berthcalc - tide windows and seats for Gannet Bay Ferries\n",
        "tides/rangi-point-2026.csv": "date,high1,low1,high2,low2\n"
        "2026-11-25,05:12,11:31,17:40,23:55\n",
        "run-nightly.sh": "#!/bin/sh\nmake check > nightly.log 2>&1\n",
        "berthcalc-0.3.tar.gz": "archive",
        "nightly.log": "8 tests, 0 failures\n",
    },
    "timetable-sync": {
        **TIMETABLE,
        "pyproject.toml": '[project]\nname = "timetable-sync"\nversion = "0.7.3"\n\n'
        + PYPROJECT_OPTS
        + 'pythonpath = ["."]\n',
    },
    "crew-app": None,
}
EXECUTABLES = {"berthcalc": ["run-nightly.sh"]}
SYMLINKS = {"berthcalc": {"tides-current.csv": "tides/rangi-point-2026.csv"}}
REPO_AUTHOR = ("Tamsin Kerehoma", "tamsin@gannetbay.example")
REPO_EMAIL_DOMAIN = "gannetbay.example"
REPO_BASE_TIME = (8, 20)
REPO_FILES = {
    "src/Roster.kt": 'val watches = listOf("Early", "Day", "Late")\n',
    "src/Vessel.kt": "data class Vessel(val name: String, val maxPassengers: Int)\n",
}
REPO_TAG = ("Release 2.4", "v2.4.0")
REPO_LAST_COMMIT = (
    "src/Manifest.kt",
    "fun overCapacity(v: Vessel, booked: Int) = booked > v.maxPassengers - CREW_SEATS\n",
    "Keep crew seats out of maxPassengers",
)
WEB_COMMITS = [
    # (branch, message, file, author, days_ago); a "merge" row names the branch it merges
    ("main", "Start the crew roster app", "src/Main.kt", "Tamsin Kerehoma", 21),
    ("main", "Add Early, Day and Late watches", "src/Roster.kt", "Tamsin Kerehoma", 20),
    ("feature/manifest", "Passenger manifest per sailing", "src/Manifest.kt", "Ropata Wiki", 16),
    (
        "feature/manifest",
        "Warn at 95 percent of maxPassengers",
        "src/Manifest.kt",
        "Ropata Wiki",
        15,
    ),
    (
        "fix/rest-hours",
        "Enforce 10 hours rest between watches",
        "src/Roster.kt",
        "Lena Fischer",
        13,
    ),
    ("main", "Release 2.4", "build.gradle.kts", "Tamsin Kerehoma", 12),
    ("merge", "Merge branch 'feature/manifest'", "feature/manifest", "Tamsin Kerehoma", 10),
    ("spike/tide-feed", "Pull tide heights from LINZ", "src/Tides.kt", "Lena Fischer", 8),
    ("fix/rest-hours", "Count split watches once", "src/Roster.kt", "Lena Fischer", 6),
    ("merge", "Merge branch 'fix/rest-hours'", "fix/rest-hours", "Tamsin Kerehoma", 4),
    ("spike/tide-feed", "Cache tide heights for a week", "src/Tides.kt", "Ropata Wiki", 3),
    ("main", "Show deckhand tickets on the roster", "src/Roster.kt", "Tamsin Kerehoma", 1),
]
GIT_FORMAT = (
    "'%C(yellow)%h%C(reset) %C(green)%ad%C(reset) %s %C(bold blue)<%an>%C(reset)%C(auto)%d'"
)
TERMINALS = {
    "berth": ("berthcalc", "112x42+0+0", "dark", 10),
    "timetable": ("timetable-sync", "150x20+0+800", "light", 8),
    "crew": ("crew-app", "100x44+930+8", "light", 11),
}
STEPS: list[tuple[str, str | None, str | None, str | None, str, float, list[str]]] = [
    (
        "berth",
        "ls",
        "ls -lAh --color=auto",
        "ls -lAh --color=always",
        "ls in berthcalc",
        8,
        ["ls"],
    ),
    (
        "timetable",
        "pytest_timetable",
        "pytest --tb=short -ra",
        "pytest --tb=short -ra --color=yes",
        "pytest in timetable-sync",
        HOLD,
        ["pytest_timetable"],
    ),
    (
        "berth",
        "make_check",
        "clear; make check",
        # gcc and the harness colour only on a terminal: rebuild and rerun under script(1)
        "script -qec 'make -B check' /dev/null | tr -d '\\r'",
        "make check in berthcalc",
        HOLD,
        ["make_check"],
    ),
    (
        "crew",
        "git_log",
        f"git log --graph --all --date=format:'%d %b %H:%M' --format={GIT_FORMAT}",
        f"git -c color.ui=always log --graph --all --date=format:'%d %b %H:%M' "
        f"--format={GIT_FORMAT}",
        "git log in crew-app",
        HOLD,
        ["git_log"],
    ),
    (
        "crew",
        "grep",
        "grep -rn --color=auto maxPassengers src",
        "grep -rn --color=always maxPassengers src",
        "grep in crew-app",
        10,
        ["git_log", "grep"],
    ),
    ("timetable", None, None, None, "back to the timetable tests", HOLD, ["pytest_timetable"]),
    ("berth", None, None, None, "back to the berthcalc tests", 0, ["make_check"]),
]
