"""A chat sender named by initials ("what did tk say ...") is any sender whose handle opens
with them (tkwong, tkwilde); the message's content then decides between them. A short
name with a vowel is a name, not initials, and matches no handle by its opening."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from autocapture.answer.chat_initials import by_initials
from autocapture.api import Autocapture
from tests.framekit import Row, ask_cited, text_frame, utc_app

NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
CHAT_WIN = ("ada@box: ~/irclogs", (0, 0, 900, 400))
CHAT = [
    "09:10 <tkwong> crane hire confirmed the lift for 14:00 at gate C",
    "09:12 <tkwilde> pallet 4 is wrapped, waiting for the forklift",
    "09:15 <annika> the gate C pass is on the desk",
]


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    chat: list[Row] = [(0, 20, 40 + 20 * k, t) for k, t in enumerate(CHAT)]
    with utc_app(tmp_path_factory.mktemp("chat_initials")) as a:
        hour = datetime(2026, 11, 23, 9, tzinfo=UTC)
        assert a.store.write_frame(text_frame(1, [CHAT_WIN], chat, hour=hour, bg="#ffffff"))
        yield a


def test_initials_match_handles_and_names() -> None:
    senders = {"tkwong", "tkwilde", "annika", "Jose Miguel Santos"}
    assert by_initials(["tk"], senders) == {"tkwong", "tkwilde"}
    assert by_initials(["jm"], senders) == {"Jose Miguel Santos"}
    assert by_initials(["ann"], senders) == set()  # a name, not initials


def test_a_sender_by_initials_the_content_decides(app: Autocapture) -> None:
    ans = ask_cited(app, "what did tk say crane hire confirmed in the chat", NOW, value_cited=False)
    assert ans.state == "ok", ans.indeterminate_reason
    assert "14:00" in ans.answer and "forklift" not in ans.answer, ans.answer


def test_a_sender_nobody_is_still_nobody(app: Autocapture) -> None:
    ans = ask_cited(app, "what did bo say about the crane in the chat", NOW, value_cited=False)
    assert ans.state == "indeterminate", ans.answer
