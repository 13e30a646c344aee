"""Console scenario content: two Python projects with tests and a git history."""

from __future__ import annotations

from ..constants import HOLD

TIDEPOOL_TESTS = {
    "tests/test_tides.py": """from tidepool.tides import (
    high_tide_offset, low_tide_offset, tide_window,
)


def test_low_tide_offset():
    assert low_tide_offset("KEL") == 1.4


def test_high_tide_offset():
    assert high_tide_offset("KEL") == 3.1


def test_tide_window_sorted():
    assert tide_window([5, 2, 9]) == [2, 5, 9]


def test_spring_tide_range():
    assert max(tide_window([1, 4])) - min(tide_window([1, 4])) == 3
""",
    "tests/test_stations.py": """from tidepool.stations import lookup, parse_station_csv


def test_parse_station_csv():
    rows = parse_station_csv("code,name,latitude\\nKEL,Keelung,25.15\\n")
    assert rows[0]["lat"] == 25.15


def test_station_lookup():
    assert lookup("KEL") == "Keelung"


def test_unknown_station_raises():
    try:
        lookup("XXX")
    except KeyError:
        return
    raise AssertionError("no KeyError")
""",
}
TIDEPOOL_SRC = {
    "src/tidepool/__init__.py": '__version__ = "2.7.1"\n',
    "src/tidepool/tides.py": """OFFSETS = {"KEL": (1.4, 2.9)}


def low_tide_offset(code):
    return OFFSETS[code][0]


def high_tide_offset(code):
    return OFFSETS[code][1]


def tide_window(levels):
    return sorted(levels)
""",
    "src/tidepool/stations.py": """import csv
import io

STATIONS = {"KEL": "Keelung", "HUA": "Hualien"}


def parse_station_csv(text):
    return [dict(r, latitude=float(r["latitude"])) for r in csv.DictReader(io.StringIO(text))]


def lookup(code):
    return STATIONS[code]
""",
}
HARBOR_TESTS = {
    "tests/test_auth.py": """def test_login_ok():
    assert "token" in {"token": "abc"}


def test_token_refresh_expired():
    expires_in = 0
    assert expires_in > 0, "refresh returned an already expired token"


def test_logout():
    assert True
""",
    "tests/test_rates.py": """def test_parse_station_csv_header():
    assert "code,name".split(",") == ["code", "name"]


def test_rate_limit_headers():
    headers = {"X-RateLimit-Limit": "100"}
    assert headers.get("X-RateLimit-Remaining") == "99"


def test_rate_window_seconds():
    assert 60 * 1 == 60
""",
}
WEB_COMMITS = [
    # (branch, message, file, author, days_ago); a "merge" row names the branch it merges
    # into main in the file slot
    ("main", "Initial dashboard skeleton", "app.py", "Jonas Berg", 9),
    ("main", "Add tide chart component", "chart.js", "Jonas Berg", 8),
    (
        "feature/retry-budget",
        "Add retry_budget to the fetch client",
        "src/fetch.js",
        "Aiko Tanaka",
        6,
    ),
    ("feature/retry-budget", "Cap retry_budget at 5 attempts", "src/fetch.js", "Aiko Tanaka", 5),
    ("main", "Fix timezone label on station page", "station.js", "Jonas Berg", 4),
    ("merge", "Merge branch 'feature/retry-budget'", "feature/retry-budget", "Jonas Berg", 3),
    ("main", "Bump version to 0.9.2", "package.json", "Jonas Berg", 1),
]

# The projects under ~/src by directory: their files (a list: the git repository, built
# from REPO_* and WEB_COMMITS), executables and symlinks.
PROJECTS: dict[str, dict[str, str] | None] = {
    "tidepool": {
        **TIDEPOOL_SRC,
        **TIDEPOOL_TESTS,
        "README.md": "# tidepool\n\nTide tables for harbour stations.\n",
        "pyproject.toml": '[project]\nname = "tidepool"\nversion = "2.7.1"\n\n'
        '[tool.pytest.ini_options]\npythonpath = ["src"]\n'
        'addopts = "-p no:cacheprovider -p no:hypothesispytest -p no:timeout"\n',
        "build.sh": "#!/bin/sh\npython -m build\n",
        "deploy.sh": "#!/bin/sh\nrsync -a dist/ tides:/srv/tidepool/\n",
        "docs/index.md": "# Docs\n",
        "dist/tidepool-2.7.1.tar.gz": "",
        "tidepool-2.6.0.tar.gz": "archive",
        "CHANGELOG.md": "## 2.7.1\n- station CSV columns\n",
    },
    "harbor-api": {
        **HARBOR_TESTS,
        "pyproject.toml": '[project]\nname = "harbor-api"\nversion = "1.4.0"\n\n'
        "[tool.pytest.ini_options]\n"
        'addopts = "-p no:cacheprovider -p no:hypothesispytest -p no:timeout"\n',
    },
    "tidepool-web": None,
}
EXECUTABLES = {"tidepool": ["build.sh", "deploy.sh"]}
SYMLINKS = {"tidepool": {"latest": "dist"}}
# The git repository: its author (and the domain of every author's email), the time of day
# its commits are dated back from, its first files, the tag (on the commit whose message
# starts with the given text) and a last commit on top of WEB_COMMITS (file, text, message).
REPO_AUTHOR = ("Jonas Berg", "jonas.berg@tidepool.example")
REPO_EMAIL_DOMAIN = "tidepool.example"
REPO_BASE_TIME = (10, 12)
REPO_FILES = {
    "src/fetch.js": "export const retry_budget = 3;\n// retry_budget: attempts per request\n"
}
REPO_TAG = ("Fix timezone", "v0.9.1")
REPO_LAST_COMMIT = (
    "src/client.js",
    "import { retry_budget } from './fetch.js';\nconst budget = retry_budget; // per call\n",
    "Use retry_budget in the client",
)
# The terminals in the order they open, by role: (project directory, geometry, theme, font).
TERMINALS = {
    "tidepool": ("tidepool", "92x27+0+0", "light", 10),
    "tidepool_web": ("tidepool-web", "96x24+452+150", "dark", 10),
    "harbor_api": ("harbor-api", "118x28+150+340", "light", 8),
}
# The steps: (terminal role, command key, typed command, the same with colour forced, frame
# label, dwell, what the frame shows); a step without a command only moves the focus.
STEPS: list[tuple[str, str | None, str | None, str | None, str, float, list[str]]] = [
    ("tidepool", "ls", "ls -l --color=auto", "ls -l --color=always", "ls in tidepool", 8, ["ls"]),
    (
        "tidepool",
        "pytest_tidepool",
        "clear; pytest -v --tb=line",
        "pytest -v --tb=line --color=yes",
        "pytest in tidepool",
        HOLD,
        ["ls", "pytest_tidepool"],
    ),
    (
        "tidepool_web",
        "git_log",
        "git log --graph --oneline --decorate --all",
        "git -c color.ui=always log --graph --oneline --decorate --all",
        "git log in tidepool-web",
        HOLD,
        ["git_log"],
    ),
    (
        "tidepool_web",
        "grep",
        "grep -rn --color=auto retry_budget src",
        "grep -rn --color=always retry_budget src",
        "grep in tidepool-web",
        10,
        ["git_log", "grep"],
    ),
    (
        "harbor_api",
        "pytest_harbor",
        "pytest -v --tb=line",
        "pytest -v --tb=line --color=yes",
        "pytest in harbor-api",
        HOLD,
        ["pytest_harbor"],
    ),
    ("tidepool", None, None, None, "back to tidepool tests", HOLD, ["pytest_tidepool"]),
    ("tidepool_web", None, None, None, "back to tidepool-web", 0, ["git_log", "grep"]),
]
