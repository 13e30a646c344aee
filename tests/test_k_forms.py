"""Forms, tables and corrections met on the blind set k (content invented here):

* a quoted label is a name, not the question's verb ("did I tick 'Driver told'?" is a form
  question, not one about who told whom);
* "which cost centre is X charged to?" asks for an id, not a sum;
* "who's the claimant on the expense claim, Dana Kowalski?": the name after the question is a
  guess to check, the field answers whatever it holds;
* "what receipt number is on the claim?" when the form has only a "Receipt attached" box:
  no such field;
* "the city route" is the row "City", not "City night rider"; a word heading the row's
  column ("route") describes the row;
* "what was ticket T-310 about?": the row's cells of words;
* "how many words is X?": the count beside "words" in a correction, not another number;
* "in Otaki" matches an all-capitals slug "OTAKI-STORM", never a double name's part.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from autocapture.answer.classify import classify
from autocapture.answer.question import analyse
from autocapture.answer.value_shapes import has_own, in_longer_name
from autocapture.api import Autocapture
from autocapture.promptops.rules import parse_rules
from autocapture.text import VALUE_TYPES, Bag
from tests.conftest import REPO
from tests.framekit import Row, ask_cited, text_frame, utc_app

HOUR = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
RULES = parse_rules(
    (REPO / "autocapture/promptops/default_bundle/query_rules.yaml").read_text(), set(VALUE_TYPES)
)
FIELD = "#ffffff"
PAPER = "#f0efee"
CLAIM_WIN = ("Travel expense claim - Kestrel Freight", (0, 0, 600, 400))
DEFECT_WIN = ("Vehicle defect report - Kestrel Freight", (620, 0, 1280, 400))
STAFF_WIN = ("ops@depot: ~/staff", (0, 420, 1280, 800))


def _claim() -> list[Row]:
    pairs = [
        ("Claimant", "Dana Kowalsky"),
        ("Item", "Taxi fare"),
        ("Amount (EUR)", "42.50"),
        ("Cost centre", "3120 Facilities"),
        ("Approved by", "Ivo Marsh"),
    ]
    rows: list[Row] = []
    for k, (label, value) in enumerate(pairs):
        rows += [(0, 20, 60 + 40 * k, label), (0, 200, 60 + 40 * k, value, FIELD)]
    return [*rows, (0, 20, 280, "[x] VAT registered"), (0, 20, 310, "[ ] Receipt attached")]


def _defect() -> list[Row]:
    rows: list[Row] = [(1, 640, 60, "Vehicle"), (1, 800, 60, "KF-12", FIELD)]
    return [*rows, (1, 640, 110, "[x] Workshop booked"), (1, 640, 140, "[ ] Driver told")]


STAFF: list[Row] = [
    (2, 10, 440, "name            desk             extension"),
    (2, 10, 460, "Dana Kowalski   Accounts         3121"),
    (2, 10, 480, "Dana Kowalsky   Drivers          -"),
]


@pytest.fixture(scope="module")
def forms(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    with utc_app(tmp_path_factory.mktemp("k_forms")) as a:
        rows = _claim() + _defect() + STAFF
        assert a.store.write_frame(
            text_frame(5, [CLAIM_WIN, DEFECT_WIN, STAFF_WIN], rows, hour=HOUR, bg=PAPER)
        )
        yield a


def test_a_quoted_label_is_no_verb_of_the_question() -> None:
    got, _ = classify("did I tick 'Driver told' on the defect report?", RULES)
    assert got == "form_kv"
    # unquoted, the verb still asks who said what
    assert classify("what did Ivo say about the taxi fare?", RULES)[0] == "chat"
    assert classify("who told the driver about the workshop?", RULES)[0] == "chat"


def test_an_id_asked_for_is_no_sum() -> None:
    assert analyse("which cost centre is the taxi fare charged to?", RULES).value_type is None
    assert analyse("what was the fee charged?", RULES).value_type == "money"
    assert analyse("what date was the invoice paid?", RULES).value_type == "date"
    assert analyse("which tax code was the fee charged under?", RULES).value_type == "number"


def test_a_name_after_a_who_question_is_a_guess() -> None:
    a = analyse("who's the claimant on the expense claim, Dana Kowalski?", RULES)
    assert {"dana", "kowalski"} <= a.phrasing
    b = analyse("what's the extension for Dana Kowalski, the accountant?", RULES)
    assert "kowalski" not in b.phrasing


def test_form_fields_asked_in_other_words(forms: Autocapture) -> None:
    centre = ask_cited(
        forms, "which cost centre is the taxi fare charged to?", NOW, value_cited=True
    )
    assert centre.state == "ok" and "3120 Facilities" in centre.answer, centre.answer
    told = ask_cited(
        forms, "did I tick 'Driver told' on the defect report?", NOW, value_cited=False
    )
    assert told.state == "ok" and told.answer.startswith("No"), told.answer
    booked = ask_cited(
        forms, "did I tick 'Workshop booked' on the defect report?", NOW, value_cited=False
    )
    assert booked.answer.startswith("Yes"), booked.answer
    who = ask_cited(
        forms, "who's the claimant on the expense claim, Dana Kowalski?", NOW, value_cited=True
    )
    assert who.state == "ok" and "Dana Kowalsky" in who.answer, who.answer
    assert "Accounts" not in who.answer and "3121" not in who.answer
    amount = ask_cited(forms, "what amount is on the expense claim?", NOW, value_cited=True)
    assert amount.state == "ok" and "42.50" in amount.answer, amount.answer


def test_a_number_the_named_form_has_no_field_for(forms: Autocapture) -> None:
    none = forms.ask("what receipt number is on Dana's expense claim?", now=NOW)
    assert none.state == "indeterminate", none.answer
    assert none.indeterminate_reason.startswith("field_not_on_form"), none.indeterminate_reason


LAST_BUS: list[Row] = [
    (0, 20, 60, "Route"),
    (0, 300, 60, "Last bus"),
    (0, 420, 60, "Stop"),
    (0, 20, 80, "Harbour (Eastbourne, Days Bay)"),
    (0, 300, 80, "10.40pm"),
    (0, 420, 80, "Stop A"),
    (0, 20, 100, "City"),
    (0, 300, 100, "11.15pm"),
    (0, 420, 100, "Stop B"),
    (0, 20, 120, "City night rider"),
    (0, 300, 120, "1.30am"),
    (0, 420, 120, "Stop B"),
]
TICKETS: list[Row] = [
    (0, 20, 260, "No."),
    (0, 100, 260, "Opened"),
    (0, 220, 260, "Problem"),
    (0, 460, 260, "Fix"),
    (0, 640, 260, "Closed"),
    (0, 20, 280, "T-309"),
    (0, 100, 280, "Mon 2 Nov"),
    (0, 220, 280, "Monitor flickers"),
    (0, 460, 280, "Cable swapped"),
    (0, 640, 280, "Mon 2 Nov"),
    (0, 20, 300, "T-310"),
    (0, 100, 300, "Tue 3 Nov"),
    (0, 220, 300, "Paper jam in tray 2"),
    (0, 460, 300, "Roller replaced"),
    (0, 640, 300, "Wed 4 Nov"),
]


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    with utc_app(tmp_path_factory.mktemp("k_tables")) as a:
        win = [("Depot notices - Chromium", (0, 0, 1280, 800))]
        assert a.store.write_frame(text_frame(5, win, LAST_BUS + TICKETS, hour=HOUR, bg=FIELD))
        yield a


def test_the_row_a_question_names_wholly(tables: Autocapture) -> None:
    city = ask_cited(
        tables, "when does the last bus on the city route leave?", NOW, value_cited=True
    )
    assert city.state == "ok" and "11.15pm" in city.answer, city.answer
    night = ask_cited(
        tables, "when does the last bus on the city night rider route leave?", NOW, value_cited=True
    )
    assert night.state == "ok" and "1.30am" in night.answer, night.answer


def test_what_a_row_is_about(tables: Autocapture) -> None:
    about = ask_cited(tables, "what was ticket T-310 about?", NOW, value_cited=True)
    assert about.state == "ok", about.answer
    assert "Paper jam in tray 2" in about.answer and "Roller replaced" in about.answer
    assert "Monitor" not in about.answer and "Tue 3 Nov" not in about.answer
    # a date of the row is still read as one
    opened = ask_cited(tables, "when was ticket T-310 opened?", NOW, value_cited=True)
    assert "3 Nov" in opened.answer and "4 Nov" not in opened.answer, opened.answer


CHAT: list[Row] = [
    (0, 10, 40, "10:01 <ana> BRIDGE-WORKS: page 5, 300 words, Kim Lee"),
    (0, 10, 60, "10:05 <tom> OTAKI-STORM: council says 53 trees down"),
    (0, 10, 80, "10:12 <ana> correction: BRIDGE-WORKS is page 2 now, 520 words, not 300"),
    (0, 10, 100, "10:15 <tom> sorry, OTAKI-STORM is 35 trees down, not 53"),
]


def test_counts_and_slugs_in_corrections(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with utc_app(tmp_path) as app:
        win = [("~/irclogs", (0, 0, 1000, 300))]
        assert app.store.write_frame(text_frame(5, win, CHAT, hour=HOUR, bg="#000000"))
        words = ask_cited(app, "how many words is the BRIDGE-WORKS story?", NOW, value_cited=True)
        assert words.state == "ok" and "520" in words.answer, words.answer
        trees = ask_cited(app, "how many trees came down in Otaki?", NOW, value_cited=True)
        assert trees.state == "ok" and "35" in trees.answer, trees.answer


def test_a_part_of_a_capitalised_code_is_a_word_not_a_name() -> None:
    assert not in_longer_name("otaki", "OTAKI-STORM")
    assert in_longer_name("tuhoe", "Tuhoe-Reid")
    assert has_own(Bag.of("OTAKI-STORM: 35 trees"), "otaki")
    assert not has_own(Bag.of("Marjorie Tuhoe-Reid"), "tuhoe")
