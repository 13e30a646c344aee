"""Requests put as questions, replies that say what a question asked about, and values an
index row cannot hold; met on the set e paraphrases (content invented):

* "I need the staff no. off wiremu's claim": a request, read as "what is the staff number on
  wiremu's claim" (a form field, not the name on the form);
* "who said the shed key's in the blue box": the reply "it's in the blue box" under "who has
  the key?", not the question, which asks and says nothing;
* "what did ropata say back after greta told him": his next message, or none;
* "the twenty to eight sailing": 7:40 is the 07:40 a screen prints;
* "how much is westhaven charging": a mail index row's size is no amount of money.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.promptops.normalize import normalize
from autocapture.text import token_match
from tests.framekit import Row, text_frame, utc_app

HOUR = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
CHAT: list[Row] = [
    (0, 10, 20, "07:05 <sam> Tern Express 07:40 has 212 booked so far"),
    (0, 10, 40, "07:44 <sam> correction: 221 booked on the 07:40, not 212"),
    (0, 10, 60, "08:09 <ropata> who has the key for the Motu Bay wharf shed?"),
    (0, 10, 80, "08:11 <greta> ropata: it's in the blue box in the ops office"),
    (0, 10, 100, "08:20 <lena> sorry, roster build is 10:15 now, not 09:30"),
    (0, 10, 120, "08:33 <priya> Rotary charter moved to Kea Spirit, details in my mail"),
    (0, 10, 140, "08:40 <hone> fine by me, Kea Spirit it is"),
]


def _chat(app) -> None:  # type: ignore[no-untyped-def]
    app.store.write_frame(
        text_frame(1, [("~/chat", (0, 0, 1280, 400))], CHAT, hour=HOUR, bg="#ffffff")
    )


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        (
            "I need the staff no. off wiremu's overtime claim",
            "what is the staff number on wiremu's",
        ),
        ("grab me her mobile", "what is her mobile"),
        ("remind me when the audit is", "when is the audit"),
        ("can you tell me who sent the invoice", "who sent the invoice"),
        # not requests for a thing: left as they are
        ("tell me if the box was ticked", "tell me if the box was ticked"),
        ("need a hand with the rota", "need a hand with the rota"),
    ],
)
def test_a_request_is_read_as_the_question_it_asks(asked: str, read: str) -> None:
    assert normalize(asked).startswith(read)


def test_a_clock_with_or_without_its_leading_zero_is_one_time() -> None:
    assert token_match("7:40", "07:40") and token_match("07:40", "7:40")
    assert not token_match("7:40", "17:40") and not token_match("7:40", "7:45")


def test_the_reply_says_what_the_question_asked_about(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        _chat(app)
        ans = app.ask("who said the wharf shed key's in the blue box", now=NOW)
        assert ans.state == "ok" and ans.answer.startswith("greta"), ans.answer
        asked = app.ask("who asked about the key for the wharf shed", now=NOW)
        assert asked.state == "ok" and asked.answer.startswith("ropata"), asked.answer


def test_what_someone_said_after_another(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        _chat(app)
        none = app.ask("what did ropata say back after greta told him where the key was", now=NOW)
        assert none.state == "indeterminate", none.answer
        assert none.indeterminate_reason.startswith("no_message_after"), none.indeterminate_reason
        hone = app.ask("what did hone say after priya said the charter moved", now=NOW)
        assert hone.state == "ok" and "Kea Spirit it is" in hone.answer, hone.answer


def test_a_spoken_time_finds_the_printed_one(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        _chat(app)
        ans = app.ask("how many had booked on the twenty to eight tern express", now=NOW)
        assert ans.state == "ok" and "221" in ans.answer, ans.answer


_ROWS = [
    ("1   Nov 25", "Priya Naidoo", "0.4K Charter: Rotary Club harbour cruise"),
    ("2 N Nov 25", "Westhaven Marine", "0.1K Shag Rock II - dry dock invoice"),
    ("3   Nov 25", "Greta Lindahl", "0.3K Swap Thursday for Saturday?"),
    ("4 N Nov 25", "Maritime NZ", "0.2K Audit confirmation MNZ-A-4471"),
]
INDEX: list[Row] = [
    cell
    for i, row in enumerate(_ROWS)
    for cell in zip([0] * 3, [10, 190, 370], [40 + 22 * i] * 3, row, strict=True)
]


def test_an_index_row_holds_no_amount(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(1, [("mutt: inbox", (0, 0, 1280, 300))], INDEX, hour=HOUR, bg="#ffffff")
        )
        ans = app.ask("how much is westhaven charging us for the shag rock dry dock", now=NOW)
        assert ans.state == "indeterminate", ans.answer
        assert ans.indeterminate_reason.startswith("mail_not_opened"), ans.indeterminate_reason
        ref = app.ask("what's the audit confirmation number from maritime nz", now=NOW)
        assert ref.state == "ok" and "MNZ-A-4471" in ref.answer, ref.answer
