"""Console scenario content (set g): a Rust route and reefer rules crate tested by
``cargo test`` (libtest: green ok, red FAILED with left/right panics, a yellow ignored test),
a Python fleet board printing a coloured truck status table (a breakdown row in black on
yellow, a grey off-duty row, red DELAYED, magenta TEMP HIGH) and a Python route planner with
a git history over three branches, shown with a day-first dated ``git log`` and a word diff."""

from __future__ import annotations

from ..constants import HOLD

CARGO_TOML = """[package]
name = "eta-calc"
version = "0.4.2"
edition = "2021"
description = "ETAs, driving hours and reefer limits for Rota Sul dispatch"

[dependencies]
"""
LIB_RS = """//! ETAs, driving hours and reefer temperature rules for Rota Sul dispatch.

pub mod route;
pub mod reefer;
pub mod hours;
"""
ROUTE_RS = """//! Route times: distance, average speed, loading time and the Sao Paulo rodizio.

/// Minutes from the yard to the customer: driving at `kmh` plus loading.
pub fn eta_minutes(km: f64, kmh: f64, loading_min: u32) -> u32 {
    (km / kmh * 60.0).round() as u32 + loading_min
}

/// Rodizio: a plate ending in these digits may not enter the centre on this weekday
/// (1 = Monday). Mondays 1 and 2, Tuesdays 3 and 4, and so on.
pub fn rodizio_blocked(plate_last_digit: u8, weekday: u8) -> bool {
    match weekday {
        1 => plate_last_digit == 1 || plate_last_digit == 2,
        2 => plate_last_digit == 3 || plate_last_digit == 4,
        3 => plate_last_digit == 5 || plate_last_digit == 6,
        4 => plate_last_digit == 7 || plate_last_digit == 8,
        5 => plate_last_digit == 0,
        _ => false,
    }
}

/// Tolls in reais for a five-axle truck (axles times the per-axle tariff of each plaza).
pub fn toll_total(plazas: &[f64], axles: u32) -> f64 {
    plazas.iter().map(|p| p * axles as f64).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eta_adds_loading_time() {
        assert_eq!(eta_minutes(96.0, 64.0, 45), 135);
    }

    #[test]
    fn rodizio_friday_blocks_nine_and_zero() {
        assert_eq!(rodizio_blocked(9, 5), true, "plate ending 9 on a Friday");
    }

    #[test]
    fn toll_total_gru_to_curitiba() {
        let plazas = [3.40, 2.70, 2.90];
        assert!((toll_total(&plazas, 5) - 45.0).abs() < 1e-9);
    }
}
"""
REEFER_RS = """//! Reefer limits: chilled loads 0 to +8 C, frozen loads -18 C or colder.

pub fn chilled_ok(celsius: f64) -> bool {
    (0.0..=8.0).contains(&celsius)
}

pub fn frozen_ok(celsius: f64) -> bool {
    celsius < -18.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chilled_excursion_over_8c() {
        assert!(!chilled_ok(9.4));
    }

    #[test]
    fn frozen_limit_is_minus_18_inclusive() {
        assert_eq!(frozen_ok(-18.0), true, "-18.0 C is still frozen");
    }

    #[test]
    #[ignore = "needs the probe export fixtures from RS-09"]
    fn probe_gap_counts_as_excursion() {}
}
"""
HOURS_RS = """//! Driving hours (Lei 13.103): a 30 min rest after 5h30 at the wheel.

pub fn rest_due(minutes_driving: u32) -> bool {
    minutes_driving >= 330
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rest_due_after_five_and_a_half_hours() {
        assert!(rest_due(330));
        assert!(!rest_due(329));
    }
}
"""
RUN_TESTS_SH = """#!/bin/sh
# Run the crate's tests with the toolchain in /root (one thread, so the order is stable).
export RUSTUP_HOME=/root/.rustup CARGO_HOME=/root/.cargo RUST_BACKTRACE=0
export PATH=/root/.cargo/bin:$PATH
C="${COLOR:-auto}"
exec cargo test --offline --color="$C" --lib -- --test-threads=1 --color="$C"
"""
FLEETBOARD = r'''#!/usr/bin/env python3
"""fleetboard: where every Rota Sul truck is, from the last tracker ping."""

import argparse
import sys

TRUCKS = [
    # truck, plate, driver, route, status, eta, note
    ("RS-02", "BRA-3F19", "-", "yard", "OFF DUTY", "--", "ANTT inspection Wed 09:00"),
    ("RS-03", "EZB-1C88", "Bruna Carvalho", "yard, dock 3", "LOADING", "21:10", "Taubate run"),
    ("RS-07", "FQX-4J21", "Marcos Tavares", "GRU > Campinas", "ON ROUTE", "20:40", ""),
    ("RS-09", "CLM-7H40", "Rafael Nunes", "GRU > Curitiba", "TEMP HIGH", "04:30",
     "reefer +9.4 C, limit +8"),
    ("RS-11", "GHT-2B57", "Marcio Tavares", "Sorocaba > GRU", "DELAYED", "21:25",
     "Castello Branco km 58, roadworks"),
    ("RS-12", "DKP-9A03", "Joao Batista Lima", "GRU > Taubate", "BREAKDOWN", "--",
     "Dutra km 211, tow 20:30"),
    ("RS-14", "FJR-6E72", "Paulo Henrique Souza", "yard", "IN YARD", "--", "new rear tyre"),
    ("RS-16", "HPN-0D35", "Edson Moura", "GRU > Santos", "ON ROUTE", "20:15",
     "took the Santos load from RS-14"),
]
STYLE = {"ON ROUTE": "32", "LOADING": "34", "IN YARD": "36", "DELAYED": "1;31",
         "TEMP HIGH": "35", "OFF DUTY": "90", "BREAKDOWN": "30;43"}


def main():
    ap = argparse.ArgumentParser(prog="fleetboard")
    ap.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    args = ap.parse_args()
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())

    def paint(code, text):
        return f"\033[{code}m{text}\033[0m" if color else text

    print("fleetboard 2.0  Rota Sul Logistica, Guarulhos yard  (tracker ping every 2 min)")
    head = (f"{'TRUCK':<7}{'PLATE':<10}{'DRIVER':<22}{'ROUTE':<17}{'STATUS':<11}"
            f"{'ETA':<7}NOTE")
    print(paint("4", head))
    for truck, plate, driver, route, status, eta, note in TRUCKS:
        left = f"{truck:<7}{plate:<10}{driver:<22}{route:<17}"
        right = f"{eta:<7}{note}"
        if status in ("BREAKDOWN", "OFF DUTY"):
            print(paint(STYLE[status], left + f"{status:<11}" + right))
        else:
            print(left + paint(STYLE[status], f"{status:<11}") + right)
    counts = {s: sum(1 for t in TRUCKS if t[4] == s)
              for s in ("BREAKDOWN", "DELAYED", "TEMP HIGH", "OFF DUTY")}
    summary = ", ".join(f"{n} {s.lower()}" for s, n in counts.items())
    print(paint("1;33", summary) + "  |  mechanic on call: Wellington Ramos, (11) 95555-0142")


if __name__ == "__main__":
    main()
'''
PROJECTS: dict[str, dict[str, str] | None] = {
    "eta-calc": {
        "Cargo.toml": CARGO_TOML,
        "src/lib.rs": LIB_RS,
        "src/route.rs": ROUTE_RS,
        "src/reefer.rs": REEFER_RS,
        "src/hours.rs": HOURS_RS,
        "run-tests.sh": RUN_TESTS_SH,
        "README.md": "# eta-calc\n\nETAs, rest breaks and reefer limits for the dispatch desk.\n",
        "fixtures/rs07-2026-10.csv": "ts,probe_c\n2026-10-01T06:00,4.1\n2026-10-01T06:05,4.3\n",
        "fixtures/rs16-2026-10.csv": "ts,probe_c\n2026-10-01T05:00,3.8\n",
        "CHANGELOG.md": "0.4.2 rodizio table for 2026\n0.4.1 toll plazas on the Regis\n",
    },
    "fleetboard": {
        "fleetboard": FLEETBOARD,
        "trackers.conf": "RS-02 RS-03 RS-07 RS-09 RS-11 RS-12 RS-14 RS-16\n",
    },
    "rota-planner": None,
}
EXECUTABLES = {"eta-calc": ["run-tests.sh"], "fleetboard": ["fleetboard"]}
SYMLINKS = {"eta-calc": {"latest-probe.csv": "fixtures/rs16-2026-10.csv"}}
REPO_AUTHOR = ("Renata Okamoto", "renata.okamoto@rotasul.example")
REPO_EMAIL_DOMAIN = "rotasul.example"
REPO_BASE_TIME = (17, 25)
REPO_FILES = {
    "planner/limits.py": (
        '"""Limits the planner checks before it offers a truck for a load."""\n\n'
        "REEFER_MAX_C = 7.0\n"
        "MAX_PALLETS = 24\n"
        'RODIZIO_ZONE = "centro expandido"\n'
    ),
    "requirements.txt": "requests==2.32.3\n",
}
REPO_TAG = ("Release 2.1", "v2.1.0")
REPO_LAST_COMMIT = (
    "planner/limits.py",
    '"""Limits the planner checks before it offers a truck for a load."""\n\n'
    "REEFER_MAX_C = 8.0\n"
    "MAX_PALLETS = 26\n"
    'RODIZIO_ZONE = "centro expandido"\n'
    'NIGHT_DELIVERY_FROM = "21:00"\n',
    "Reefer limit back to +8 C, 26 pallets on the new trailers",
)
WEB_COMMITS = [
    # (branch, message, file, author, days_ago); a "merge" row names the branch it merges
    ("main", "Initial load planner", "planner/app.py", "Renata Okamoto", 45),
    ("main", "Read loads from the morning CSV", "planner/loads.py", "Renata Okamoto", 41),
    ("feature/toll-tags", "Import toll tag statements", "planner/tolls.py", "Juliana Brandao", 33),
    (
        "feature/toll-tags",
        "Match toll rows to trips by plate",
        "planner/tolls.py",
        "Juliana Brandao",
        29,
    ),
    (
        "fix/rodizio-plates",
        "Rodizio: use the last plate digit",
        "planner/rodizio.py",
        "Thiago Moreira",
        25,
    ),
    ("main", "Release 2.1", "VERSION", "Renata Okamoto", 21),
    ("merge", "Merge branch 'feature/toll-tags'", "feature/toll-tags", "Renata Okamoto", 19),
    (
        "spike/whatsapp-alerts",
        "Try WhatsApp alerts for late trucks",
        "planner/alerts.py",
        "Diego Figueiredo",
        13,
    ),
    (
        "fix/rodizio-plates",
        "Mercosul plates end in a digit too",
        "planner/rodizio.py",
        "Thiago Moreira",
        10,
    ),
    ("merge", "Merge branch 'fix/rodizio-plates'", "fix/rodizio-plates", "Renata Okamoto", 7),
    (
        "spike/whatsapp-alerts",
        "Alerts: one message per truck",
        "planner/alerts.py",
        "Diego Figueiredo",
        4,
    ),
    (
        "main",
        "Show the reefer set point on the load sheet",
        "planner/sheet.py",
        "Renata Okamoto",
        1,
    ),
]
GIT_FORMAT = (
    "'%C(cyan)%h%C(reset) %C(magenta)%ad%C(reset)%C(auto)%d%C(reset) %s %C(yellow)[%an]%C(reset)'"
)
GIT_LOG = f"log --graph --all --date=format:%d/%m/%y --format={GIT_FORMAT}"
TERMINALS = {
    "eta": ("eta-calc", "84x46+0+0", "light", 10),
    "board": ("fleetboard", "150x13+0+842", "dark", 8),
    "planner": ("rota-planner", "96x50+700+0", "dark", 9),
}
STEPS: list[tuple[str, str | None, str | None, str | None, str, float, list[str]]] = [
    (
        "eta",
        "ls",
        "ls -lS --color=auto",
        "ls -lS --color=always",
        "ls in eta-calc",
        8,
        ["ls"],
    ),
    (
        "board",
        "fleetboard",
        "./fleetboard",
        "./fleetboard --color=always",
        "fleet board in fleetboard",
        HOLD,
        ["fleetboard"],
    ),
    (
        "eta",
        "cargo_test",
        "clear; ./run-tests.sh",
        "COLOR=always ./run-tests.sh",
        "cargo tests in eta-calc",
        HOLD,
        ["cargo_test"],
    ),
    (
        "planner",
        "git_log",
        f"git {GIT_LOG}",
        f"git -c color.ui=always {GIT_LOG}",
        "git log in rota-planner",
        HOLD,
        ["git_log"],
    ),
    (
        "planner",
        "git_diff",
        "git diff --color-words HEAD~1",
        "git -c color.ui=always diff --color-words HEAD~1",
        "word diff in rota-planner",
        12,
        ["git_log", "git_diff"],
    ),
    ("board", None, None, None, "back to the fleet board", HOLD, ["fleetboard"]),
    ("eta", None, None, None, "back to the eta-calc tests", 0, ["cargo_test"]),
]
