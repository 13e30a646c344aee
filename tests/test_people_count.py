"""'How many trekkers are in EBC-1126?' against a line counting them as pax, on laid-out
lines (no OCR); a count of something else is not a count of people."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.answer.people_count import people_counted
from autocapture.api import Autocapture
from tests.framekit import ask_cited, text_frame, utc_app

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Autocapture]:
    with utc_app(tmp_path) as a:
        rows = [
            (0, 10, 20, "Groups flying Thursday"),
            (0, 10, 40, "- EBC-1126: 7 pax, guide Ngima Sherpa, 19 bags"),
            (0, 10, 60, "- GKY-1125: 3 pax, same morning"),
        ]
        frame = text_frame(
            2, [("mutt: inbox", (0, 0, 900, 300))], rows,
            hour=datetime(2026, 11, 25, 9, tzinfo=UTC), bg="#fafafa",
        )  # fmt: skip
        a.store.write_frame(frame)
        yield a


def test_people_counted_in_another_word(app: Autocapture) -> None:
    ans = ask_cited(app, "how many trekkers are in EBC-1126?", NOW, value_cited=True)
    assert ans.state == "ok" and "7" in ans.answer and "19" not in ans.answer, ans.answer


def test_the_rule_is_for_people_only() -> None:
    line = "EBC-1126: 7 pax, guide Ngima Sherpa"
    assert people_counted("how many trekkers are in EBC-1126", ["trekkers"], line) == "trekkers"
    assert people_counted("how many bags are in EBC-1126", ["bags"], line) is None
    assert people_counted("how many trekkers", ["trekkers"], "EBC-1126 flies at 7") is None
