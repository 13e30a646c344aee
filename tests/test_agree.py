"""Two sources compared on one value: "does the chat agree with the mail on the X, what is
it" asks each source for X and says whether their clock times agree. Content is invented."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from autocapture.answer.agree import _clock, split_agree
from tests.framekit import Row, text_frame, utc_app

NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
MAIL_WIN = ("mutt: ada@box ~/Mail/inbox", (0, 0, 840, 400))
CHAT_WIN = ("ada@box: ~/irclogs", (0, 420, 900, 800))
MAIL = ["Subject: Pump swap moved", "The crane now reaches the yard at 6 a.m., not 5 a.m."]
CHAT = ["09:10 <ada> crane confirmed for the yard at 6 am", "09:12 <lena> pallets ready"]


def test_the_two_asks_and_the_clock_each_states() -> None:
    pair = split_agree("does the chat agree with omar's mail on the crane time, what is it")
    assert pair is not None
    assert pair.first == "what is the crane time per the chat?"
    assert pair.then == "what is the crane time in omar's mail?"
    assert _clock('ada (09:10) said: "crane at 6 am"') == (6, 0)
    assert _clock("17:30 (on screen at 18:00)") == (17, 30)
    # must not change: no source compared with another
    assert split_agree("does the crane time agree") is None


def test_both_sources_answer_and_agree(tmp_path: Path) -> None:
    mail: list[Row] = [(1, 20, 40 + 20 * k, t) for k, t in enumerate(MAIL)]
    chat: list[Row] = [(0, 20, 440 + 20 * k, t) for k, t in enumerate(CHAT)]
    with utc_app(tmp_path) as app:
        hour = datetime(2026, 11, 23, 9, tzinfo=UTC)
        app.store.write_frame(
            text_frame(1, [CHAT_WIN, MAIL_WIN], chat + mail, hour=hour, bg="#fff")
        )
        q = "does the chat agree with the pump swap mail on the crane time, what is it"
        ans = app.ask(q, now=NOW)
        assert ans.state == "ok" and ans.answer.startswith("They agree"), ans.answer
        assert "6 am" in ans.answer, ans.answer
