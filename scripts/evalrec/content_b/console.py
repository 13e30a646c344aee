"""Console scenario content (set b): an orchard simulator and a seed-bank CLI with tests,
and a TypeScript dashboard with a git history."""

from __future__ import annotations

from ..constants import HOLD

PYPROJECT_OPTS = (
    "[tool.pytest.ini_options]\n"
    'addopts = "-p no:cacheprovider -p no:hypothesispytest -p no:timeout"\n'
)
ORCHARD_SRC = {
    "src/orchard_sim/__init__.py": '__version__ = "0.4.2"\n',
    "src/orchard_sim/yields.py": """FROST_PENALTY = 0.15


def yield_per_hectare(tonnes, hectares):
    return tonnes / hectares


def rounded_yield(value):
    return round(value, 2)


def frost_penalty(nights_below_zero):
    return min(1.0, FROST_PENALTY * nights_below_zero)


def frost_threshold():
    return -1.5
""",
    "src/orchard_sim/weather.py": """import csv
import io


def parse_weather_csv(text):
    return list(csv.DictReader(io.StringIO(text)))


def rainfall_total(days_mm):
    return sum(days_mm[:-1])


def degree_days(temps, base=10):
    return sum(max(0, t - base) for t in temps)
""",
}
ORCHARD_TESTS = {
    "tests/test_yields.py": """from orchard_sim.yields import (
    frost_penalty, frost_threshold, rounded_yield, yield_per_hectare,
)


def test_yield_per_hectare():
    assert yield_per_hectare(36.0, 4.0) == 9.0


def test_yield_rounding():
    assert rounded_yield(2.675) == 2.68


def test_frost_penalty():
    assert frost_penalty(2) == 0.3


def test_frost_penalty_threshold():
    assert frost_threshold() == -2.0


def test_empty_orchard():
    assert frost_penalty(0) == 0
""",
    "tests/test_weather.py": """import pytest

from orchard_sim.weather import degree_days, parse_weather_csv, rainfall_total


def test_parse_weather_csv():
    rows = parse_weather_csv("day,rain_mm\\n1,4.5\\n")
    assert rows[0]["rain_mm"] == "4.5"


def test_rainfall_total():
    assert rainfall_total([4, 0, 11, 7]) == 22


@pytest.mark.skip(reason="needs the weather station network")
def test_station_offline():
    raise AssertionError


def test_degree_days():
    assert degree_days([12, 8, 15]) == 7
""",
}
SEEDBANK_TESTS = {
    "tests/test_inventory.py": """def test_add_accession():
    assert len(["SB-0912"]) == 1


def test_germination_rate():
    sown, sprouted = 40, 31
    assert sprouted / sown >= 0.8, "germination below 80%"


def test_storage_temperature():
    assert -18 < -10


def test_duplicate_accession_rejected():
    assert "SB-0912" in {"SB-0912", "SB-0913"}
""",
    "tests/test_labels.py": """def test_label_barcode():
    assert "SB-0912".startswith("SB-")


def test_label_species_italic():
    assert "Malus domestica".istitle() is False


def test_label_width_mm():
    assert 62 == 62
""",
}
PROJECTS: dict[str, dict[str, str] | None] = {
    "orchard-sim": {
        **ORCHARD_SRC,
        **ORCHARD_TESTS,
        "README.rst": "orchard-sim\n===========\n\nYield and frost model for apple blocks.\n",
        "pyproject.toml": '[project]\nname = "orchard-sim"\nversion = "0.4.2"\n\n'
        + PYPROJECT_OPTS
        + 'pythonpath = ["src"]\n',
        "Makefile": "test:\n\tpytest -v\n",
        "run_sim.sh": "#!/bin/sh\npython -m orchard_sim --blocks data/blocks.csv\n",
        "fetch_weather.py": "#!/usr/bin/env python3\nprint('fetching')\n",
        "data/2026/blocks.csv": "block,hectares\nA,4.0\nB,3.5\n",
        "notebooks/frost.ipynb": "{}\n",
        "orchard-sim-0.4.1.zip": "archive",
        "sim-output.log": "run 14: 9.0 t/ha\n",
        ".gitignore": "*.log\n",
        ".env": "WEATHER_URL=http://station.local\n",
    },
    "seedbank-cli": {
        **SEEDBANK_TESTS,
        "pyproject.toml": '[project]\nname = "seedbank-cli"\nversion = "1.1.0"\n\n'
        + PYPROJECT_OPTS,
    },
    "orchard-ui": None,
}
EXECUTABLES = {"orchard-sim": ["run_sim.sh", "fetch_weather.py"]}
SYMLINKS = {"orchard-sim": {"current-data": "data/2026"}}
REPO_AUTHOR = ("Amara Osei", "amara@greenfurrow.example")
REPO_EMAIL_DOMAIN = "greenfurrow.example"
REPO_BASE_TIME = (9, 40)
REPO_FILES = {
    "src/map.ts": "export const blocks = 24;\n",
    "src/alerts.ts": "import { frost_margin } from './settings';\n"
    "export const alertBelow = (t: number) => t < frost_margin;\n",
}
REPO_TAG = ("Release 1.8.0", "v1.8.0")
REPO_LAST_COMMIT = (
    "src/settings.ts",
    "export const frost_margin = 1.5; // degrees C above the frost threshold\n",
    "Move frost_margin into settings",
)
WEB_COMMITS = [
    # (branch, message, file, author, days_ago); a "merge" row names the branch it merges
    ("main", "Scaffold Vite app", "index.html", "Amara Osei", 12),
    ("main", "Add orchard block map", "src/map.ts", "Amara Osei", 11),
    ("feature/frost-alerts", "Add frost alert banner", "src/alerts.ts", "Colette Marchand", 9),
    (
        "feature/frost-alerts",
        "Read frost_margin from settings",
        "src/alerts.ts",
        "Colette Marchand",
        8,
    ),
    ("fix/csv-export", "Escape commas in CSV export", "src/export.ts", "Ravi Menon", 7),
    ("main", "Release 1.8.0", "package.json", "Amara Osei", 6),
    ("merge", "Merge branch 'feature/frost-alerts'", "feature/frost-alerts", "Amara Osei", 4),
    ("fix/csv-export", "Add export test for quoted names", "src/export.test.ts", "Ravi Menon", 3),
    ("main", "Darker block colours for dark mode", "src/theme.ts", "Tomasz Wojcik", 2),
]
TERMINALS = {
    "orchard_sim": ("orchard-sim", "100x26+0+0", "dark", 10),
    "seedbank": ("seedbank-cli", "112x20+40+446", "light", 8),
    "orchard_ui": ("orchard-ui", "86x22+600+200", "light", 10),
}
STEPS: list[tuple[str, str | None, str | None, str | None, str, float, list[str]]] = [
    (
        "orchard_sim",
        "ls",
        "ls -la --color=auto",
        "ls -la --color=always",
        "ls in orchard-sim",
        8,
        ["ls"],
    ),
    (
        "orchard_ui",
        "git_log",
        "git log --graph --oneline --decorate --all",
        "git -c color.ui=always log --graph --oneline --decorate --all",
        "git log in orchard-ui",
        HOLD,
        ["git_log"],
    ),
    (
        "orchard_sim",
        "pytest_orchard",
        "clear; pytest -v --tb=no",
        "pytest -v --tb=no --color=yes",
        "pytest in orchard-sim",
        HOLD,
        ["pytest_orchard"],
    ),
    (
        "seedbank",
        "pytest_seedbank",
        "pytest --tb=line",
        "pytest --tb=line --color=yes",
        "pytest in seedbank-cli",
        HOLD,
        ["pytest_seedbank"],
    ),
    (
        "orchard_ui",
        "grep",
        "grep -rn --color=auto frost_margin src",
        "grep -rn --color=always frost_margin src",
        "grep in orchard-ui",
        10,
        ["git_log", "grep"],
    ),
    ("orchard_sim", None, None, None, "back to orchard-sim tests", HOLD, ["pytest_orchard"]),
    ("seedbank", None, None, None, "back to seedbank-cli", 0, ["pytest_seedbank"]),
]
