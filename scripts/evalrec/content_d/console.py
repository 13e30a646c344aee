"""Console scenario content (set d): a Perl court-deadline calculator tested with
``prove -lv`` (TAP, coloured by prove), a Python billing export tested with a quiet
``pytest -q -rfs`` and a TypeScript client intake portal with a git history over three
branches."""

from __future__ import annotations

from ..constants import HOLD

DEADLINE_PM = r"""package Docket::Deadline;
use strict;
use warnings;
use Exporter 'import';
use POSIX qw(strftime);
use Time::Local qw(timegm);

our @EXPORT_OK = qw(add_days response_due mail_extension_days is_court_holiday next_court_day);

our $RESPONSE_DAYS  = 30;
our $MAIL_EXTENSION = 3;    # days added when served by mail

my %HOLIDAYS = map { $_ => 1 } qw(
    2026-11-11 2026-11-26 2026-11-27 2026-12-25
    2027-01-01 2027-01-18 2027-02-12 2027-02-15
);

sub _epoch { my ($y, $m, $d) = split /-/, shift; return timegm(0, 0, 12, $d, $m - 1, $y) }
sub _date  { return strftime('%Y-%m-%d', gmtime shift) }

sub add_days { my ($date, $n) = @_; return _date(_epoch($date) + $n * 86400) }

sub is_court_holiday { return $HOLIDAYS{ $_[0] } ? 1 : 0 }

sub next_court_day {
    my ($date) = @_;
    while (1) {
        my $wday = (gmtime _epoch($date))[6];
        last if $wday != 0 && $wday != 6 && !is_court_holiday($date);
        $date = add_days($date, 1);
    }
    return $date;
}

sub mail_extension_days { return $MAIL_EXTENSION }

sub response_due {
    my ($served, $by_mail) = @_;
    my $days = $RESPONSE_DAYS + ($by_mail ? $MAIL_EXTENSION : 0);
    return next_court_day(add_days($served, $days));
}

1;
"""
DEADLINE_TESTS = {
    "t/deadlines.t": """use strict;
use warnings;
use Test::More tests => 5;
use Docket::Deadline qw(response_due mail_extension_days is_court_holiday next_court_day);

is(response_due('2026-11-02'), '2026-12-02', 'response due 30 days after personal service');
is(next_court_day('2026-12-05'), '2026-12-07', 'a Saturday deadline rolls to Monday');
is(mail_extension_days(), 5, 'service by mail adds 5 calendar days');
ok(is_court_holiday('2026-11-26'), 'Thanksgiving is a court holiday');
is(next_court_day('2026-11-26'), '2026-11-30', 'a Thanksgiving deadline rolls to Monday');
""",
    "t/holidays.t": """use strict;
use warnings;
use Test::More;
use Docket::Deadline qw(is_court_holiday add_days);

ok(is_court_holiday('2026-12-25'), 'Christmas Day 2026 is a court holiday');
ok(is_court_holiday('2027-03-31'), 'Cesar Chavez Day is a court holiday');
is(add_days('2026-12-31', 1), '2027-01-01', 'adding a day crosses into 2027');
SKIP: {
    skip 'needs the court e-filing API', 1;
    ok(0, 'holiday list matches the Judicial Council calendar');
}
TODO: {
    local $TODO = 'Juneteenth rule for 2027';
    ok(is_court_holiday('2027-06-18'), 'Juneteenth observed on Friday 18 June');
}
done_testing;
""",
}
PYPROJECT_OPTS = (
    "[tool.pytest.ini_options]\n"
    'addopts = "-p no:cacheprovider -p no:hypothesispytest -p no:timeout"\n'
)
BILLING = {
    "billing/__init__.py": '__version__ = "2.0.1"\n',
    "billing/entries.py": '''import math


def to_tenths(minutes):
    """Round a time entry up to the next tenth of an hour (6 minutes)."""
    return math.ceil(minutes / 6) / 10


def amount(hours, rate):
    return round(hours * rate, 2)


def trust_balance(deposits, withdrawals):
    return sum(deposits) - sum(withdrawals)
''',
    "billing/ledes.py": """HEADER = "LEDES1998B[]"


def header():
    return HEADER


def line_total(units, rate):
    return units * rate
""",
    "tests/test_entries.py": """from billing.entries import amount, to_tenths, trust_balance


def test_seven_minutes_bill_as_two_tenths():
    assert to_tenths(7) == 0.2


def test_full_hour():
    assert to_tenths(60) == 1.0


def test_amount_at_partner_rate():
    assert amount(1.3, 525) == 682.5


def test_trust_balance_never_negative():
    assert trust_balance([2500], [1800, 900]) >= 0
""",
    "tests/test_ledes.py": """import pytest

from billing.ledes import header, line_total


def test_ledes_header():
    assert header() == "LEDES1998B[]"


def test_line_total_for_seven_tenths():
    assert line_total(0.7, 345) == 241.5


@pytest.mark.skip(reason="needs the QuickBooks sandbox")
def test_export_to_quickbooks():
    raise AssertionError
""",
}
PROJECTS: dict[str, dict[str, str] | None] = {
    "docket-calc": {
        "lib/Docket/Deadline.pm": DEADLINE_PM,
        **DEADLINE_TESTS,
        "Makefile.PL": "use ExtUtils::MakeMaker;\nWriteMakefile(NAME => 'Docket::Deadline');\n",
        "cpanfile": "requires 'Time::Local';\ntest_requires 'Test::More';\n",
        "README.md": "# docket-calc\n\nCourt deadline calculator for Alvarado Pryce LLP.\n",
        "Changes": "0.9  2026-11-20\n  - court holidays for 2027\n",
        "bin/docket-calc": "#!/usr/bin/env perl\nuse Docket::Deadline;\n",
        "sync-calendar.sh": "#!/bin/sh\necho syncing deadlines to the firm calendar\n",
        "holidays/ca-courts-2027.txt": "2027-01-01 New Year's Day\n",
        "docket-calc-0.8.tar.gz": "archive",
        "last-run.log": "42 deadlines computed\n",
    },
    "billing-export": {
        **BILLING,
        "pyproject.toml": '[project]\nname = "billing-export"\nversion = "2.0.1"\n\n'
        + PYPROJECT_OPTS
        + 'pythonpath = ["."]\n',
    },
    "intake-portal": None,
}
EXECUTABLES = {"docket-calc": ["bin/docket-calc", "sync-calendar.sh"]}
SYMLINKS = {"docket-calc": {"current-holidays.txt": "holidays/ca-courts-2027.txt"}}
REPO_AUTHOR = ("Nell Hargrove", "nell@alvaradopryce.example")
REPO_EMAIL_DOMAIN = "alvaradopryce.example"
REPO_BASE_TIME = (11, 5)
REPO_FILES = {
    "src/intake.ts": "export const matterTypes = "
    "['Employment', 'Probate', 'Construction defect', 'Landlord-tenant'];\n",
    "src/conflicts.ts": "import { conflictRecheckDays } from './config';\n"
    "export const needsRecheck = (ageDays: number) => ageDays > conflictRecheckDays;\n",
}
REPO_TAG = ("Release 1.2.0", "v1.2.0")
REPO_LAST_COMMIT = (
    "src/config.ts",
    "export const conflictRecheckDays = 7; // days before a conflict check goes stale\n",
    "Shorten conflictRecheckDays to 7",
)
WEB_COMMITS = [
    # (branch, message, file, author, days_ago); a "merge" row names the branch it merges
    ("main", "Scaffold intake portal", "index.html", "Nell Hargrove", 18),
    ("main", "Add matter type picker", "src/intake.ts", "Nell Hargrove", 17),
    (
        "feature/conflict-check",
        "Check new clients against the adverse party list",
        "src/conflicts.ts",
        "Declan Shaw",
        15,
    ),
    (
        "feature/conflict-check",
        "Read conflictRecheckDays from config",
        "src/conflicts.ts",
        "Declan Shaw",
        14,
    ),
    ("fix/phone-format", "Accept phone numbers with extensions", "src/phone.ts", "Keiko Arai", 12),
    ("main", "Release 1.2.0", "package.json", "Nell Hargrove", 11),
    (
        "merge",
        "Merge branch 'feature/conflict-check'",
        "feature/conflict-check",
        "Nell Hargrove",
        9,
    ),
    ("spike/e-signature", "Try embedded e-signature", "src/esign.ts", "Declan Shaw", 7),
    ("fix/phone-format", "Strip spaces before validating", "src/phone.ts", "Keiko Arai", 6),
    ("merge", "Merge branch 'fix/phone-format'", "fix/phone-format", "Nell Hargrove", 5),
    (
        "spike/e-signature",
        "Store signed PDFs outside the web root",
        "src/esign.ts",
        "Declan Shaw",
        3,
    ),
    ("main", "Hide SSN field on the public form", "src/intake.ts", "Nell Hargrove", 2),
]
GIT_FORMAT = "'%C(auto)%h%d %s %C(cyan)(%an, %ad)'"
TERMINALS = {
    "docket": ("docket-calc", "110x48+0+0", "dark", 10),
    "billing": ("billing-export", "100x13+40+660", "light", 8),
    "intake": ("intake-portal", "98x42+790+12", "light", 10),
}
STEPS: list[tuple[str, str | None, str | None, str | None, str, float, list[str]]] = [
    (
        "docket",
        "ls",
        "ls -lhF --group-directories-first --color=auto",
        "ls -lhF --group-directories-first --color=always",
        "ls in docket-calc",
        8,
        ["ls"],
    ),
    (
        "intake",
        "git_log",
        f"git log --graph --all --date=short --format={GIT_FORMAT}",
        f"git -c color.ui=always log --graph --all --date=short --format={GIT_FORMAT}",
        "git log in intake-portal",
        HOLD,
        ["git_log"],
    ),
    (
        "docket",
        "prove",
        "clear; prove -lv t/",
        # prove colours its output only on a terminal: rerun it under script(1)
        "script -qec 'prove -lv t/' /dev/null | tr -d '\\r'",
        "prove in docket-calc",
        HOLD,
        ["prove"],
    ),
    (
        "billing",
        "pytest_billing",
        "pytest -q -rfs --tb=no",
        "pytest -q -rfs --tb=no --color=yes",
        "pytest in billing-export",
        HOLD,
        ["pytest_billing"],
    ),
    (
        "intake",
        "grep",
        "git grep -n conflictRecheckDays",
        "git -c color.ui=always grep -n conflictRecheckDays",
        "git grep in intake-portal",
        10,
        ["git_log", "grep"],
    ),
    ("docket", None, None, None, "back to the docket-calc tests", HOLD, ["prove"]),
    ("billing", None, None, None, "back to the billing tests", 0, ["pytest_billing"]),
]
