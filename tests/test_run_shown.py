"""'When did the pytest results show up': the first frame showing the run's output (its
runner's format), not a listing naming a file after the runner. Laid-out lines, no OCR."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.api import Autocapture
from tests.framekit import ask_cited, text_frame, utc_app

HOUR = datetime(2026, 11, 25, 9, tzinfo=UTC)
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
TERM = [("me@box: ~/src/kiln", (0, 0, 800, 400))]


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Autocapture]:
    """ls listing pytest.ini at 09:02; the screen cleared and pytest's output at 09:05."""
    with utc_app(tmp_path) as a:
        listing = [(0, 10, 20, "me@box:~/src/kiln$ ls"), (0, 10, 40, "kiln  pytest.ini  tests")]
        run = [
            (0, 10, 20, "============ test session starts ============"),
            (0, 10, 40, "tests/test_kiln.py::test_cone_six PASSED"),
            (0, 10, 60, "============ 1 passed in 0.02s ============"),
            (0, 10, 80, "me@box:~/src/kiln$"),
        ]
        a.store.write_frame(text_frame(2, TERM, listing, hour=HOUR, bg="#101010"))
        a.store.write_frame(text_frame(5, TERM, run, hour=HOUR, bg="#101010"))
        yield a


def test_a_runs_results_showed_up_with_its_output(app: Autocapture) -> None:
    got = ask_cited(app, "when did the pytest results show up", NOW, value_cited=True)
    assert got.state == "ok" and "09:05" in got.answer, got.answer


def test_a_file_named_like_the_runner_is_still_found_by_its_name(app: Autocapture) -> None:
    got = ask_cited(app, "when did pytest.ini first show up", NOW, value_cited=True)
    assert got.state == "ok" and "09:02" in got.answer, got.answer
