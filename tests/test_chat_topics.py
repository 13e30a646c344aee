"""Chat questions whose wording carries words no message prints, on a laid-out chat log (no
OCR): "what did X say happened to Y" asks for what X said about Y; "happened" is the asker's
framing, never held against a message. "By when does X need Y" is X's one deadline when no
message of X's names Y in the question's words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from autocapture.api import Autocapture
from tests.framekit import Row, ask_cited, text_frame, utc_app

NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
CHAT_WIN = ("ada@box: ~/irclogs", (0, 0, 1000, 700))
CHAT = [
    "09:10 <mara> BRS-221 van broke down at Severn bridge, towed to Chepstow",
    "09:12 <theo> the ferry booking is confirmed for Friday",
    "09:20 <mara> the Cardiff store opens at 10 tomorrow",
    "09:30 <lena> please leave the receipts and the logbook at the depot by Friday 5 pm",
    "09:40 <theo> the rota is due by Monday",
    "09:41 <theo> and the timesheets before Wednesday noon",
    "ops.log (END)",
]


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    rows: list[Row] = [(0, 10, 40 + 20 * k, t) for k, t in enumerate(CHAT)]
    with utc_app(tmp_path_factory.mktemp("chat_topics")) as a:
        a.store.write_frame(
            text_frame(1, [CHAT_WIN], rows, hour=datetime(2026, 11, 23, 9, tzinfo=UTC), bg="#fff")
        )
        yield a


def test_what_someone_said_happened_to_a_thing(app: Autocapture) -> None:
    """The van is named by its code and its kind, not the place the question calls it by."""
    ans = ask_cited(app, "what did mara say happened to the Bristol van", NOW, value_cited=False)
    assert ans.state == "ok" and "Severn bridge" in ans.answer


def test_happened_to_a_thing_nobody_mentioned_stays_unanswered(app: Autocapture) -> None:
    ans = app.ask("what did mara say happened to the Bristol train", now=NOW)
    assert ans.state == "indeterminate"


def test_by_when_someone_needs_something_is_their_one_deadline(app: Autocapture) -> None:
    ans = ask_cited(app, "by when does lena need the expense papers?", NOW, value_cited=False)
    assert ans.state == "ok" and "Friday 5 pm" in ans.answer


def test_two_deadlines_of_the_sender_leave_it_unanswered(app: Autocapture) -> None:
    ans = app.ask("by when does theo need the expense papers?", now=NOW)
    assert ans.state == "indeterminate"


def test_a_deadline_for_an_id_the_sender_never_named_stays_unanswered(app: Autocapture) -> None:
    ans = app.ask("by when does lena need INV-2211 approved?", now=NOW)
    assert ans.state == "indeterminate"
