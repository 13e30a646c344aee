"""Asks met on the blind paraphrase set k (content invented here):

* "can you dig up the duty lawyer number": a request for the thing, read as "what is the duty
  lawyer number", never a yes/no about the asker's ability;
* a "number" is never a date or a clock time ("2026-11-21", "9pm"), and one starting a phone
  number ("021 555 0388") is the whole of it;
* "the GST number off the claim" when the form has only a "GST registered" box and a date:
  no such number;
* "rua's claim, who signed it off": the "Approved by" field (to sign off is to approve),
  also when the "who" clause follows what the question is about.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from autocapture.answer.doer_verbs import asked_doer
from autocapture.answer.value_shapes import typed_matches
from autocapture.api import Autocapture
from autocapture.promptops.normalize import normalize
from autocapture.text import VALUE_TYPES
from tests.framekit import Row, ask_cited, text_frame, utc_app

HOUR = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
FIELD = "#ffffff"
PAPER = "#f0efee"
PAGE_WIN = ("Court rules (rev. 2) - Bay Herald - Chromium", (0, 0, 700, 300))
CLAIM_WIN = ("Contributor payment claim - Bay Herald", (720, 0, 1280, 400))

PAGE: list[Row] = [
    (0, 20, 60, "Court copy is read by the duty solicitor before 9pm, or it waits."),
    (0, 20, 90, "If unsure, hold the story and ring the duty solicitor: 027 555 0142."),
    (0, 20, 120, "Invoice number: INV-2026-0042"),
]


def _claim() -> list[Row]:
    pairs = [
        ("Contributor", "Rua Tane"),
        ("Published", "2026-11-21"),
        ("Amount (NZD)", "95.00"),
        ("Approved by", "Hine Moana"),
    ]
    rows: list[Row] = []
    for k, (label, value) in enumerate(pairs):
        rows += [(1, 740, 60 + 40 * k, label), (1, 920, 60 + 40 * k, value, FIELD)]
    return [*rows, (1, 740, 240, "[x] GST registered")]


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    with utc_app(tmp_path_factory.mktemp("pk_b")) as a:
        frame = text_frame(3, [PAGE_WIN, CLAIM_WIN], PAGE + _claim(), hour=HOUR, bg=PAPER)
        assert a.store.write_frame(frame)
        yield a


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("can you dig up the duty lawyer number", "what is the duty lawyer number"),
        ("could you please track down her mobile", "what is her mobile"),
        ("find the invoice total", "what is the invoice total"),
        ("can you find when the audit is", "when is the audit"),
        # not a request for a thing: left as it is
        ("can you check the box was ticked", "can you check the box was ticked"),
        ("find out if the box was ticked", "find out if the box was ticked"),
    ],
)
def test_a_request_to_fetch_is_the_question_it_asks(asked: str, read: str) -> None:
    assert normalize(asked) == read


def test_a_number_is_no_date_nor_clock_time() -> None:
    number = VALUE_TYPES["number"].pattern
    got = [m.group(0) for m in typed_matches(number, "by 9pm on 2026-11-21, 3 homes", "number")]
    assert got == ["3"]
    phone = [m.group(0) for m in typed_matches(number, "ring 027 555 0142 now", "number")]
    assert phone == ["027 555 0142"]
    # other types read as before
    dates = typed_matches(VALUE_TYPES["date"].pattern, "on 2026-11-21", "date")
    assert [m.group(0) for m in dates] == ["2026-11-21"]


def test_a_number_asked_for_in_a_request(app: Autocapture) -> None:
    ans = ask_cited(app, "can you dig up the duty solicitor number", NOW, value_cited=True)
    assert ans.state == "ok" and "027 555 0142" in ans.answer, ans.answer
    # must not change: an id is a number
    inv = ask_cited(app, "what is the invoice number", NOW, value_cited=True)
    assert inv.state == "ok" and "INV-2026-0042" in inv.answer, inv.answer


def test_a_date_never_answers_a_number_not_on_the_form(app: Autocapture) -> None:
    ans = app.ask("I need the GST number off the contributor payment claim", now=NOW)
    assert ans.state == "indeterminate", ans.answer
    # must not change: a field the form has
    paid = ask_cited(app, "how much is the contributor payment claim for", NOW, value_cited=True)
    assert paid.state == "ok" and "95.00" in paid.answer, paid.answer


def test_to_sign_off_is_to_approve() -> None:
    got = asked_doer("rua's claim, who signed it off")
    assert got is not None and "approved" in got.labels
    okayed = asked_doer("who okayed the overtime?")
    assert okayed is not None and "approved" in okayed.labels
    # must not change: signing is not approving; a who without an act asks for no doer
    signed = asked_doer("who signed the contract")
    assert signed is not None and signed.labels == ("signed",)
    assert asked_doer("who is the contributor") is None


def test_who_signed_off_reads_the_approved_by_field(app: Autocapture) -> None:
    ans = ask_cited(app, "rua's contributor claim, who signed it off", NOW, value_cited=True)
    assert ans.state == "ok" and "Hine Moana" in ans.answer, ans.answer
    # must not change: the contributor is who the claim is from
    who = ask_cited(app, "who is the contributor on the payment claim", NOW, value_cited=True)
    assert who.state == "ok" and "Rua Tane" in who.answer, who.answer
