"""Console scenario content: two Python projects with tests and a git history."""

from __future__ import annotations

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
    # (branch, message, file, author, days_ago)
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
    ("merge", "Merge branch 'feature/retry-budget'", None, "Jonas Berg", 3),
    ("main", "Bump version to 0.9.2", "package.json", "Jonas Berg", 1),
]
