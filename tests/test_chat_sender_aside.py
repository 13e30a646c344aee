"""Senders named in passing: "..., ramon posted it" (an aside naming the source) and "did jm
post" (initials of a handle or full name). Both route to the chat and pick that sender's
messages; initials keep every sender they could stand for, and the content decides."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from autocapture.answer.chat_initials import by_initials, stands_for
from autocapture.answer.chat_question import _name_words
from autocapture.answer.classify import classify
from autocapture.api import Autocapture
from autocapture.promptops.bundle import DEFAULT_BUNDLE_DIR, load_bundle
from autocapture.promptops.rules import parse_rules
from autocapture.text import VALUE_TYPES
from tests.framekit import Row, ask_cited, text_frame, utc_app

NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
CHAT_WIN = ("ada@box: ~/irclogs", (0, 0, 900, 400))
CHAT = [
    "09:10 <tkwong> drum D-3 pressure is 4.1 bar",
    "09:12 <tkwalsh> drum D-5 pressure is 3.2 bar",
    "09:15 <priya> budget for the pump refit is EUR 41k",
    "09:18 <priya> sorry, EUR 14k, not 41k",
    "09:20 <omar> budget for the fence is EUR 9k",
]


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    chat: list[Row] = [(0, 20, 20 + 20 * k, t) for k, t in enumerate(CHAT)]
    with utc_app(tmp_path_factory.mktemp("chat_sender_aside")) as a:
        hour = datetime(2026, 11, 23, 9, tzinfo=UTC)
        assert a.store.write_frame(text_frame(1, [CHAT_WIN], chat, hour=hour, bg="#ffffff"))
        yield a


def test_aside_names_the_sender() -> None:
    assert _name_words("whats the budget for the pump refit, priya posted it") == ["priya"]
    # must not change: a plain question names nobody
    assert _name_words("whats the budget for the pump refit") == []


def test_initials_stand_for_handles_and_full_names() -> None:
    assert stands_for("tk", "tkwong") and stands_for("jm", "Jose Miguel Santos")
    assert not stands_for("tk", "tk")  # the word itself is matched elsewhere
    assert not stands_for("ana", "anabel")  # a short handle: a name's start, not initials
    assert not stands_for("priya", "priyanka")  # a whole name is not initials
    assert by_initials(["tk"], {"tkwong", "tkwalsh", "omar"}) == {"tkwong", "tkwalsh"}


def test_posted_routes_to_chat() -> None:
    rules = parse_rules(load_bundle(DEFAULT_BUNDLE_DIR).text("query.rules"), set(VALUE_TYPES))
    for q in (
        "what pressure did tk post for drum D-5",
        "whats the budget for the pump refit, priya posted it",
    ):
        assert classify(q, rules)[0] == "chat", q
    # must not change: a tab or page posting is not a chat message
    assert classify("which page did the form post to", rules)[0] != "chat"


def test_aside_sender_takes_the_correction(app: Autocapture) -> None:
    ans = ask_cited(
        app, "whats the budget for the pump refit, priya posted it", NOW, value_cited=False
    )
    assert ans.state == "ok", ans.indeterminate_reason
    assert "14k" in ans.answer, ans.answer


def test_initials_content_decides(app: Autocapture) -> None:
    ans = ask_cited(app, "what pressure did tk post for drum D-5", NOW, value_cited=False)
    assert ans.state == "ok", ans.indeterminate_reason
    assert "3.2" in ans.answer and "4.1" not in ans.answer, ans.answer
