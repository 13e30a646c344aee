"""A chat log's lines are separate messages: a message is read with the lines wrapped below
it and the message it answers, never with the rest of the log, so a question about the
heparin flushes is not answered by a message about a ward that merely sits near one. A ward,
gate or bed named by its code ("7B") answers "which ward"."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from autocapture.answer.clauses import split_lead
from autocapture.answer.me import my_speech
from autocapture.answer.question import analyse
from autocapture.api import Autocapture
from autocapture.promptops.bundle import load_bundle
from autocapture.promptops.pipeline import normalize
from autocapture.promptops.rules import parse_rules
from autocapture.promptops.service import DEFAULT_BUNDLE_DIR
from autocapture.text import VALUE_TYPES
from tests.framekit import ask_cited, text_frame, utc_app

HOUR = datetime(2026, 11, 23, 21, tzinfo=UTC)
NOW = datetime(2026, 11, 23, 23, 0, tzinfo=UTC)
CHAT = ("devika@ws: ~/chat", (0, 0, 900, 600))
LOG = [
    "21:06 <lalitha> 7A is out of heparin flushes, can someone send 20?",
    "21:08 <devika> sending 20 flushes with the 21:30 porter",
    "21:15 <lalitha> sorry, I meant 7B not 7A for the flushes",
    "21:22 <farhan> devika: please check the gentamicin level for bed 12",
    "21:27 <devika> farhan: level was 1.4 mg/L at 20:00, fine to give",
    "21:34 <kavya> cabinet 4B goes offline at 23:30 tonight",
    "21:41 <arjun> who took the last CD register for Ward 5B?",
    "21:43 <rohan> me, it's in the aseptic office next to the fridge, I'll bring",
    "it back by 22:15",
    "21:46 <owen> who has the Fernwood binder? it's not in the file room",
    "21:47 <devika> owen: it's on Gideon's credenza, blue tabs",
    "21:48 <declan> intake portal is down for 10 minutes at noon for the release",
    "21:49 <ravi> the weather station on plot B stopped reporting at 07:40",
    "21:49 <tomasz> ravi: probably the solar panel again, I'll check it at 14:30",
    "21:50 <lalitha> thanks for the flushes devika!",
    "21:55 <declan> correction: the portal downtime is 12:30, not noon",
    "21:56 <ravi> tomasz: plot B is back, it was the cable not the panel",
    "21:58 <kavya> correction: 4B goes offline at 00:30, not 23:30",
]


@pytest.fixture(scope="module")
def chat(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    rows = [(0, 10, 20 + 20 * k, t) for k, t in enumerate(LOG)]
    with utc_app(tmp_path_factory.mktemp("chat_context")) as a:
        assert a.store.write_frame(text_frame(1, [CHAT], rows, hour=HOUR, bg="#ffffff"))
        yield a


def test_a_ward_named_by_its_code_and_corrected_later(chat: Autocapture) -> None:
    ans = ask_cited(
        chat, "which ward are the heparin flushes going to in the end?", NOW, value_cited=False
    )
    assert ans.state == "ok"
    assert "7B" in ans.answer and "5B" not in ans.answer


def test_a_message_does_not_borrow_the_words_of_its_neighbours(chat: Autocapture) -> None:
    # Only the flushes messages are about flushes; the Ward 5B message is not, however near.
    ans = chat.ask("which ward asked for the heparin flushes?", now=NOW)
    assert "5B" not in ans.answer


def test_a_wrapped_line_belongs_to_the_message_above(chat: Autocapture) -> None:
    ans = ask_cited(chat, "by what time will the CD register be back?", NOW, value_cited=True)
    assert ans.state == "ok" and "22:15" in ans.answer
    ans = ask_cited(chat, "who said they would bring the CD register back?", NOW, value_cited=False)
    assert ans.state == "ok" and "rohan" in ans.answer and "22:15" in ans.answer


@pytest.mark.parametrize(
    "question",
    ["which ward did they go to in the end?", "In the end, which ward was it?"],
)
def test_in_the_end_is_when_it_was_settled_not_a_word(question: str) -> None:
    out = normalize(question)
    assert "finally" in out and " end" not in out.lower()


def test_a_request_is_answered_by_its_reply(chat: Autocapture) -> None:
    ans = ask_cited(chat, "what was the gentamicin level for bed 12?", NOW, value_cited=True)
    assert ans.state == "ok" and "1.4" in ans.answer


def test_the_latest_of_two_statements_is_the_newest_sent(chat: Autocapture) -> None:
    q = "Kavya gave a time for taking cabinet 4B offline, then another - which one is the latest?"
    ans = ask_cited(chat, q, NOW, value_cited=False)
    assert ans.state == "ok" and "00:30" in ans.answer and "21:34" not in ans.answer


def test_a_lead_clause_names_the_person_not_the_topic(chat: Autocapture) -> None:
    q = "Lalitha emailed me about insulin pens - what did she ask for in the chat?"
    ans = ask_cited(chat, q, NOW, value_cited=False)
    assert ans.state == "ok" and "heparin flushes" in ans.answer


@pytest.mark.parametrize(
    ("question", "lead", "source", "latest"),
    [
        ("Ana mailed me - what did she ask in the chat?", "ana mailed me", "chat", False),
        ("two times came up; which one is the latest?", "two times came up", None, True),
        (
            "Bo wrote in the channel - what did he say in his email?",
            "bo wrote in the channel",
            "mail",
            False,
        ),
        ("what did Bo say - and when?", None, None, False),
        ("which ward is 7B?", None, None, False),
    ],
)
def test_split_lead(question: str, lead: str | None, source: str | None, latest: bool) -> None:
    got = split_lead(question)
    if lead is None:
        assert got is None
        return
    assert got is not None and got.lead == lead
    assert got.source() == source and got.wants_latest() == latest


def test_a_lead_clause_counts_where_present_and_names_from_code_keep_their_case() -> None:
    rules = parse_rules(load_bundle(DEFAULT_BUNDLE_DIR).text("query.rules"), set(VALUE_TYPES))
    q = analyse(
        "next to the failing tests, the other terminal grepped for lowStockThreshold"
        " - what is it set to?",
        rules,
    )
    assert {"failing", "terminal", "grepped"} <= q.phrasing
    assert "lowstockthreshold" not in q.phrasing and q.is_code("lowstockthreshold")
    assert not q.wants_line  # "terminal" in the lead does not ask for a whole line
    plain = analyse("what is the failing threshold set to?", rules)
    assert "failing" not in plain.phrasing and not plain.is_code("threshold")


def test_i_is_the_user_and_told_names_whom(chat: Autocapture) -> None:
    ans = ask_cited(chat, "where did I tell Owen the Fernwood binder was?", NOW, value_cited=False)
    assert ans.state == "ok" and "credenza" in ans.answer
    # The user never wrote to rohan: nothing the user said answers it.
    none = chat.ask("when did I reply to Rohan about the register?", now=NOW)
    assert none.state == "indeterminate"


@pytest.mark.parametrize(
    ("question", "verb", "to"),
    [
        ("where did I tell Owen the binder was?", "tell", "owen"),
        ("when did I reply to Gideon about the deposition?", "reply", "gideon"),
        ("what did I say about the copier?", "say", None),
        ("who should I ask for stuff before Lena is back?", None, None),
        ("what did Owen tell me?", None, None),
    ],
)
def test_my_speech(question: str, verb: str | None, to: str | None) -> None:
    got = my_speech(question)
    assert (got.verb if got else None) == verb and (got.to if got else None) == to


def test_how_a_check_came_out_is_its_result_column(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = ("Conflict check log - Browser", (0, 0, 1000, 400))
    cols = (20, 260, 520, 700)
    rows = [
        (0, x, 40, t)
        for x, t in zip(cols, ["Client", "Adverse party", "Checked", "Result"], strict=True)
    ]
    for k, cells in enumerate(
        [
            ("Rosa Green", "Arroyo HOA", "2026-11-23", "Clear"),
            ("Mara Ellis", "Voss Estate", "2026-11-12", "Waiver needed"),
        ]
    ):
        rows += [(0, x, 70 + 30 * k, t) for x, t in zip(cols, cells, strict=True)]
    with utc_app(tmp_path) as a:
        assert a.store.write_frame(text_frame(1, [page], rows, hour=HOUR, bg="#ffffff"))
        ans = ask_cited(
            a, "how did the conflict check for Mara Ellis come out?", NOW, value_cited=True
        )
        assert (
            ans.state == "ok" and "Waiver needed" in ans.answer and "2026-11-12" not in ans.answer
        )


def test_a_line_negating_the_answered_value_corrects_it(chat: Autocapture) -> None:
    q = "what time is the intake portal going down for the release?"
    ans = ask_cited(chat, q, NOW, value_cited=True)
    assert ans.state == "ok" and "12:30" in ans.answer


def test_when_is_answered_with_the_day_stated_before_the_time(tmp_path) -> None:  # type: ignore[no-untyped-def]
    mail = ("mutt: nell@box ~/Mail/inbox", (0, 0, 1000, 400))
    rows = [
        (0, 10, 20, "Subject: Re: Pennock deposition - Delgado v. Sunmark"),
        (0, 10, 60, "Change of plan: opposing counsel is in trial next week. The Pennock"),
        (0, 10, 80, "deposition moves to Monday 30 November at 1:30 PM, same room."),
    ]
    with utc_app(tmp_path) as a:
        assert a.store.write_frame(text_frame(1, [mail], rows, hour=HOUR, bg="#ffffff"))
        ans = ask_cited(a, "so when is the Pennock deposition now?", NOW, value_cited=True)
        assert ans.state == "ok" and "Monday 30 November at 1:30 PM" in ans.answer


def test_how_it_ended_is_a_later_x_not_y_on_it(chat: Autocapture) -> None:
    q = "so what was actually wrong with the plot B weather station in the end?"
    ans = ask_cited(chat, q, NOW, value_cited=False)
    assert ans.state == "ok" and "cable" in ans.answer


def test_what_time_someone_said_needs_a_clock_time(chat: Autocapture) -> None:
    said = ask_cited(chat, "what time did tomasz say he'd check the panel?", NOW, value_cited=False)
    assert said.state == "ok" and "14:30" in said.answer
    # lalitha named no time for the flushes, only where they go
    none = chat.ask("what time did lalitha say the flushes would arrive?", now=NOW)
    assert none.state == "indeterminate"
