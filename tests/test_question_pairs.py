"""Two questions in one ("which bin is X in, oh and how many left"): each part answered on
its own, the claims together; a part that finds nothing abstains without sinking the other."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from autocapture.answer.pair import split_pair
from autocapture.api import Autocapture
from tests.framekit import Row, ask_cited, text_frame, utc_app

NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
WIN = ("Stores stock list - Browser", (0, 0, 1000, 600))
TABLE = [
    ("Part no.", "Description", "Qty", "Bin"),
    ("PM-1102", "Pump motor 1.5 kW", "7", "C-03"),
    ("PM-1120", "Pump motor 3 kW", "2", "C-05"),
    ("VB-330", "V-belt 33 inch", "12", "D-11"),
]


@pytest.mark.parametrize(
    ("question", "first", "then"),
    [
        (
            "which bin is the 3 kW pump motor in, oh and how many left",
            "which bin is the 3 kW pump motor in?",
            "how many left of the 3 kW pump motor?",
        ),
        (
            "what room is the crane briefing in and also who is running it",
            "what room is the crane briefing in?",
            "who is running the crane briefing?",
        ),
        ("where is the audit, plus what time does it start", "where is the audit?",
         "what time does the audit start?"),
    ],
)  # fmt: skip
def test_split_pair(question: str, first: str, then: str) -> None:
    pair = split_pair(question)
    assert pair is not None and (pair.first, pair.then) == (first, then)


@pytest.mark.parametrize(
    "question",
    [
        "what did alice and bob say",  # one question about two people
        "who sent the invoice and when",  # "and when" asks no question of its own
        "the person on the claim - and what is their phone",  # a chain, not a pair
    ],
)
def test_one_question_is_not_split(question: str) -> None:
    assert split_pair(question) is None


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    rows: list[Row] = []
    for k, cells in enumerate(TABLE):
        y = 60 + 22 * k
        rows += [(0, x, y, c) for x, c in zip((20, 140, 420, 500), cells, strict=True)]
    frame = text_frame(1, [WIN], rows, hour=datetime(2026, 11, 23, 9, tzinfo=UTC), bg="#ffffff")
    with utc_app(tmp_path_factory.mktemp("pairs")) as a:
        assert a.store.write_frame(frame)
        yield a


def test_both_parts_answered(app: Autocapture) -> None:
    a = ask_cited(app, "which bin is the 3 kW pump motor in, oh and how many left", NOW,
                  value_cited=False)  # fmt: skip
    assert a.state != "indeterminate" and "C-05" in a.answer, a.answer
    assert a.trace["pair"]["parts"][0] == "which bin is the 3 kW pump motor in?"
    assert "C-03" not in a.answer
    assert "2" in a.answer.split("; ")[-1], a.answer  # how many of that motor


def test_an_unanswerable_part_still_abstains(app: Autocapture) -> None:
    a = ask_cited(app, "which bin is the 3 kW pump motor in, and also who approved the order",
                  NOW, value_cited=False)  # fmt: skip
    assert a.state == "partial" and "C-05" in a.answer, a.answer
    assert a.trace["pair"]["states"][1] == "indeterminate"
    assert "Indeterminate" in a.answer.split("; ")[-1]  # the second part claims nothing
    # must not change: nothing on screen answers either part, so the whole is indeterminate
    b = app.ask("which bin is the heat exchanger in, oh and who approved the order", now=NOW)
    assert b.state == "indeterminate", b.answer
