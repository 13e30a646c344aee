"""A chat log whose values are put right by later messages, and a team speaking through a
person: "what time ... per the chat" reads the chat (not a mail line) and takes the
correction ("05:30, not 07:00"); "what did dispatch say" is the sender whose message opens
"dispatch: ..."."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from autocapture.answer.chat_corrected import _corrects
from autocapture.answer.chat_roles import speaking_for
from autocapture.api import Autocapture
from tests.framekit import Row, ask_cited, text_frame, utc_app

NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
MAIL_WIN = ("mutt: ada@box ~/Mail/inbox", (0, 0, 840, 400))
CHAT_WIN = ("ada@box: ~/irclogs", (0, 420, 900, 800))
MAIL = [
    "Subject: Pump P-4 swap",
    "The pump truck reaches the depot at 12:00 unless the road is closed.",
]
CHAT = [
    "09:10 <ada> P-4 swap: pump truck at depot 08:00 tmrw",
    "09:12 <lena> dispatch: 6 pallets of filter media ready for P-4",
    "09:15 <ada> correction: pump truck at depot 06:45, not 08:00",
    "09:18 <lena> sorry, 5 pallets filter media not 6, one went to P-9",
    "09:20 <omar> the P-7 valve is at 40 %",
    "09:21 <ravi> back from P-2, all fine",
    "09:22 <omar> P-9 flow meter dead, someone go before dark",
    "09:24 <ada> Ravi Menon going to P-9 at 15:30",
]


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    mail: list[Row] = [(1, 20, 40 + 20 * k, t) for k, t in enumerate(MAIL)]
    chat: list[Row] = [(0, 20, 440 + 20 * k, t) for k, t in enumerate(CHAT)]
    with utc_app(tmp_path_factory.mktemp("chat_corrections")) as a:
        hour = datetime(2026, 11, 23, 9, tzinfo=UTC)
        assert a.store.write_frame(
            text_frame(1, [CHAT_WIN, MAIL_WIN], chat + mail, hour=hour, bg="#ffffff")
        )
        yield a


def test_time_per_the_chat_is_the_corrected_one(app: Autocapture) -> None:
    ans = ask_cited(
        app,
        "what time is the pump truck getting to the depot tomorrow per the chat",
        NOW,
        value_cited=False,
    )
    assert ans.state == "ok", ans.indeterminate_reason
    assert "06:45" in ans.answer and "12:00" not in ans.answer, ans.answer


def test_team_named_in_the_message_is_its_sender(app: Autocapture) -> None:
    ans = ask_cited(
        app,
        "how many pallets of filter media did dispatch say are ready for P-4",
        NOW,
        value_cited=False,
    )
    assert ans.state == "ok", ans.indeterminate_reason
    assert "5 pallets" in ans.answer, ans.answer


def test_uncorrected_value_stands(app: Autocapture) -> None:
    ans = ask_cited(app, "what did omar say about the P-7 valve", NOW, value_cited=False)
    assert ans.state == "ok" and "40" in ans.answer, ans.answer


def test_corrects_needs_the_ruled_out_value_and_a_shared_word() -> None:
    assert _corrects("correction: truck at depot 06:45, not 08:00", "truck at depot 08:00 tmrw")
    assert _corrects("sorry, 5 pallets not 6", "6 pallets ready")
    assert not _corrects("5 pallets, not 6 crates", "7 pallets ready")  # not its value
    assert not _corrects("not 6", "6 pallets ready")  # says nothing of what


def test_a_ruled_out_phrase_corrects_the_message_stating_it() -> None:
    """ "..., not Tara Air 7:15": the phrase with its value, as the earlier message put it."""
    later = "correction: K-12 is on Summit Air 6:50, not Tara Air 7:15"
    assert _corrects(later, "K-12 flight confirmed: Tara Air 7:15 from Ramechhap")
    assert not _corrects(later, "K-12 porters: 4, guide booked")  # states no such phrase
    assert not _corrects(later, "K-12 on Tara Air 8:15")  # another value
    assert not _corrects("not the blue one", "the blue one is K-12")  # no value ruled out


def test_speaking_for_reads_a_label_at_the_start() -> None:
    class N:
        def __init__(self, sender: str, body: str) -> None:
            self.attrs = {"sender": sender, "body": body}

    msgs = [N("lena", "dispatch: 6 pallets ready"), N("omar", "ask dispatch: they know")]
    assert speaking_for(["dispatch"], msgs) == {"lena"}  # type: ignore[arg-type]
    assert speaking_for(["stores"], msgs) == set()  # type: ignore[arg-type]


def test_who_with_candidates_offered_is_who_the_chat_says(app: Autocapture) -> None:
    q = "who's heading out to P-9, the dispatch lena or the other one"
    ans = ask_cited(app, q, NOW, value_cited=False)
    assert ans.state == "ok", ans.indeterminate_reason
    assert "Ravi Menon" in ans.answer, ans.answer


def test_a_struck_value_may_carry_its_unit_or_currency() -> None:
    """ "sorry, PHP 14.8M, not 18.4M": the value struck keeps its scale letter; the answer
    that stated "PHP 18.4M" is corrected, in chat and in lookup's correction step."""
    from autocapture.answer.corrections import _negates

    assert _corrects("sorry, PHP 14.8M, not 18.4M", "insured value for K-31 is PHP 18.4M")
    assert not _corrects("sorry, PHP 14.8M, not 18.4M", "insured value for K-31 is PHP 12.1M")
    assert _negates("sorry, PHP 14.8M, not 18.4M", "22:16 <ramon> insured value is PHP 18.4M")
    assert not _negates("sorry, not 16", "22:16 <ramon> insured value is PHP 18.4M")  # stamp
    assert not _negates("not 2026", "loan LN-2026-031 is PHP 18.4M")  # part of a code
