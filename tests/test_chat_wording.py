"""Everyday wording of chat and mail questions on stored frames with laid-out text (no OCR):
"who said they'd do X" is the message doing (or accepting) X, its topic carried by what it
answers; "when did X ask if Y" is X's question about Y; "what did X say in the mail" needs
the mail opened, never only its index row."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from autocapture.answer.chat import ASK_ACT, REPORTED_ACT, _asks
from autocapture.api import Autocapture
from autocapture.records import FrameRecord
from tests.framekit import Row, ask_cited, text_frame, utc_app

NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
MAIL_WIN = ("mutt: ada@box ~/Mail/inbox", (0, 0, 840, 540))
CHAT_WIN = ("ada@box: ~/irclogs", (470, 420, 1150, 800))
INDEX = [
    ("1 N", "Mon 23 Nov 08:05", "Mara Lind", "Quarterly budget"),
    ("2 N", "Mon 23 Nov 08:40", "Theo Brandt", "Re: Quarterly budget"),
]
CHAT = [
    "09:10 <mara> can anyone review the backup cron jobs before Friday?",
    "09:12 <theo> the old cron jobs were removed last week, nothing to do",
    "09:13 <sven> mara: I'll take it this afternoon",
    "09:20 <mara> is the test cluster still frozen?",
    "09:21 <ines> test cluster stays frozen until 14:00 today",
    "09:23 <mara> ok, I'll wait with the upgrade until then",
    "backup.log (END)",
]


def _frame(n: int, rows: list[Row]) -> FrameRecord:
    return text_frame(
        n, [CHAT_WIN, MAIL_WIN], rows, hour=datetime(2026, 11, 23, 9, tzinfo=UTC), bg="#ffffff"
    )


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    """The chat log in front of a mail index whose mails were never opened."""
    index: list[Row] = []
    for k, (num, day, who, subject) in enumerate(INDEX):
        y = 40 + 20 * k
        index += [(1, 20, y, num), (1, 75, y, day), (1, 240, y, who), (1, 420, y, subject)]
    chat: list[Row] = [(0, 480, 460 + 20 * k, t) for k, t in enumerate(CHAT)]
    with utc_app(tmp_path_factory.mktemp("chat_wording")) as a:
        for n in (1, 2):
            assert a.store.write_frame(_frame(n, index + chat))
        yield a


@pytest.mark.parametrize(
    ("question", "act"),
    [
        ("who said they'd take the backup review?", "take"),
        ("who said he would check the logs?", "check"),
        ("who volunteered to cover the rota?", "cover"),
        ("who agreed to write the notes?", "write"),
        ("who said the build was broken?", None),
        ("who said they would be out until 15:00?", None),  # a state, not an act
    ],
)
def test_reported_act(question: str, act: str | None) -> None:
    m = REPORTED_ACT.search(question)
    assert (m.group("act") if m else None) == act


def test_ask_act_and_asking_messages() -> None:
    assert ASK_ACT.search("what time did mara ask if the cluster was frozen?")
    assert ASK_ACT.search("when did theo ask about the budget?")
    assert not ASK_ACT.search("what did mara say about the cluster?")
    assert _asks("is the test cluster still frozen")  # OCR lost the "?"
    assert _asks("mara: can you check it?")
    assert not _asks("ok, I'll wait with the upgrade until then")


@pytest.mark.parametrize(
    "question",
    [
        "who said they'd take the backup cron review?",
        "who volunteered to take the backup cron review?",
    ],
)
def test_taker_is_the_reply_not_the_request(app: Autocapture, question: str) -> None:
    ans = ask_cited(app, question, NOW, value_cited=True)
    assert ans.state == "ok", ans.indeterminate_reason
    assert ans.answer.lower().startswith("sven"), ans.answer
    # The request the reply takes on is cited as what it answers.
    cited = [c.text for claim in ans.claims for c in claim.citations]
    assert any("backup cron" in t for t in cited), cited


def test_ask_if_is_the_question_not_a_later_reply(app: Autocapture) -> None:
    ans = ask_cited(
        app, "what time did Mara ask if the test cluster was still frozen?", NOW, value_cited=True
    )
    assert ans.state == "ok", ans.indeterminate_reason
    assert "09:20" in ans.answer and "09:23" not in ans.answer, ans.answer


def test_what_a_mail_said_needs_it_opened(app: Autocapture) -> None:
    ans = app.ask("what did Theo say in his email reply about the quarterly budget?", now=NOW)
    assert ans.state == "indeterminate", ans.answer
    assert "mail_not_opened" in (ans.indeterminate_reason or "")


def test_what_someone_said_in_chat_still_answers(app: Autocapture) -> None:
    ans = ask_cited(app, "what did Ines say about the test cluster?", NOW, value_cited=True)
    assert ans.state == "ok" and "14:00" in ans.answer, ans.answer
