"""Who an event is with: "who's sealing the crates with me tonight" asks the calendar (not
the chat), and a title cut off by a narrow column ("... with Jose Migue") gives way to the
same event's whole title shown elsewhere. Laid-out lines, no OCR."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.answer.classify import classify
from autocapture.api import Autocapture
from autocapture.promptops.pipeline import normalize
from tests.framekit import Row, ask_cited, text_frame, utc_app
from tests.test_paraphrase_rules import _rules

NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)  # a Wednesday afternoon
NARROW = ("agenda", (0, 0, 300, 300))
WIDE = ("calendar", (320, 0, 1200, 300))
ROWS: list[Row] = [
    (0, 10, 20, "Wednesday 25 November:"),
    (0, 10, 40, "18:00 - 19:00 Pack crates with Dana Kowalc"),
    (1, 330, 20, "Wednesday 25 November:"),
    (1, 330, 40, "18:00 - 19:00 Pack crates with Dana Kowalczyk"),
    (1, 330, 60, "09:00 - 09:30 Stand-up"),
]


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Autocapture]:
    with utc_app(tmp_path) as a:
        hour = datetime(2026, 11, 25, 14, tzinfo=UTC)
        a.store.write_frame(text_frame(3, [NARROW, WIDE], ROWS, hour=hour, bg="#101010"))
        yield a


def test_who_is_doing_something_with_me_is_a_calendar_ask() -> None:
    rules = _rules()
    q = normalize("whos packing the crates with me tonite, dana or dan")
    assert classify(q, rules)[0] == "calendar", q
    # must not change: who is doing something, said in a chat
    assert classify("who is bringing the cake", rules)[0] == "chat"


def test_the_whole_title_answers_who_it_is_with(app: Autocapture) -> None:
    got = ask_cited(app, "who is packing the crates with me tonight", NOW, value_cited=False)
    assert got.state == "ok" and "Kowalczyk" in got.answer, got.answer
