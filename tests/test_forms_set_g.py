"""Form questions on stored frames with laid-out text (no OCR): an equipment report with a
notes text area and a travel advance claim whose amount has no currency sign.

A question whose words all name a form ("how much was the travel advance for?") is answered
by the form's one field of the asked kind; "how will X be paid" asks for the way chosen, not a
sum; a text area's value is the line under its label; a form with a field that only shares a
word with the asked one ("Claim type" for "claim number") leaves the answer indeterminate.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from autocapture.api import Autocapture
from autocapture.promptops import pipeline
from tests.framekit import Row, ask_cited, text_frame, utc_app

NOW = datetime(2026, 3, 10, 18, 0, tzinfo=UTC)
REPORT_WIN = ("Equipment report - Harbour Labs", (0, 0, 620, 520))
CLAIM_WIN = ("Travel advance claim - Accounts", (640, 0, 1280, 520))
LOAN_WIN = ("Tool loan request - Depot", (0, 540, 620, 800))
FIELD = "#ffffff"
PAPER = "#eeeeec"


def _report() -> list[Row]:
    pairs = [("Filed by", "Ines Varga"), ("Event", "Laptop loss"), ("Claim type", "Theft")]
    rows: list[Row] = []
    for k, (label, value) in enumerate(pairs):
        rows.append((0, 20, 60 + 40 * k, label))
        rows.append((0, 160, 60 + 40 * k, value, FIELD))
    rows.append((0, 20, 200, "Notes"))
    rows.append((0, 20, 218, "Left on the tram; serial HL-4471 reported to security", FIELD))
    return rows


def _claim() -> list[Row]:
    pairs = [
        ("Traveller", "Ivo Marsh"),
        ("Destination", "Porto"),
        ("Amount (EUR)", "420.50"),
        ("Paid via", "Bank transfer"),
        ("Leaving", "2026-03-14"),
    ]
    rows: list[Row] = []
    for k, (label, value) in enumerate(pairs):
        rows.append((1, 660, 60 + 40 * k, label))
        rows.append((1, 820, 60 + 40 * k, value, FIELD))
    return rows


def _loan() -> list[Row]:
    pairs = [("Borrower", "Ines Varga"), ("Tool", "Core drill"), ("Return by", "2026-03-20")]
    rows: list[Row] = []
    for k, (label, value) in enumerate(pairs):
        rows.append((2, 20, 580 + 40 * k, label))
        rows.append((2, 160, 580 + 40 * k, value, FIELD))
    return rows


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    with utc_app(tmp_path_factory.mktemp("forms_set_g")) as a:
        hour = datetime(2026, 3, 10, 17, tzinfo=UTC)
        for n in (1, 2):
            rows = _report() + _claim() + _loan()
            f = text_frame(n, [REPORT_WIN, CLAIM_WIN, LOAN_WIN], rows, hour=hour, bg=PAPER)
            assert a.store.write_frame(f)
        yield a


@pytest.fixture
def as_form(monkeypatch: pytest.MonkeyPatch) -> None:
    """Route every question to form_kv (the routing itself is the query rules' business)."""
    monkeypatch.setattr(pipeline, "classify", lambda q, rules, *_: ("form_kv", None))


def test_a_sum_asked_of_a_named_form_is_its_money_field(office: Autocapture, as_form: None) -> None:
    a = ask_cited(office, "how much was the travel advance for?", NOW, value_cited=True)
    assert a.state == "ok" and "420.50" in a.answer, a.answer


def test_how_it_will_be_paid_is_the_way_chosen_not_a_sum(
    office: Autocapture, as_form: None
) -> None:
    a = ask_cited(office, "how will Ivo's travel advance be paid?", NOW, value_cited=True)
    assert a.state == "ok" and "Bank transfer" in a.answer and "420.50" not in a.answer, a.answer


def test_a_text_area_is_read_under_its_label(office: Autocapture, as_form: None) -> None:
    q = "what did I type in the notes box of the laptop report?"
    a = ask_cited(office, q, NOW, value_cited=True)
    assert a.state == "ok" and "Left on the tram" in a.answer, a.answer


def test_a_field_sharing_only_a_word_is_not_the_asked_one(
    office: Autocapture, as_form: None
) -> None:
    a = ask_cited(office, "what claim number did the report get?", NOW, value_cited=False)
    assert a.state == "indeterminate", a.answer
    assert "Theft" not in a.answer


def test_a_verb_matching_a_key_is_not_the_field_the_form_word_names(
    office: Autocapture, as_form: None
) -> None:
    # "tool" names the form and its Tool field; "borrow" only the Borrower's key
    a = ask_cited(office, "what tool did I ask to borrow?", NOW, value_cited=True)
    assert a.state == "ok" and "Core drill" in a.answer and "Ines" not in a.answer, a.answer


def test_words_on_the_form_itself_leave_the_kind_to_pick_the_field(
    office: Autocapture, as_form: None
) -> None:
    # "ivo" is the Traveller's value and "claiming" the title's verb: both are on the form
    a = ask_cited(office, "how much is ivo claiming on the travel advance?", NOW, value_cited=True)
    assert a.state == "ok" and "420.50" in a.answer, a.answer


def test_where_asked_of_a_named_form_is_its_place_field(office: Autocapture) -> None:
    a = ask_cited(
        office, "where is ivo going according to the travel advance claim", NOW, value_cited=True
    )
    assert a.state == "ok" and "Porto" in a.answer, a.answer


def test_when_and_where_of_a_named_form_are_its_time_and_place(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    pairs = [("Reported by", "Hana K"), ("Type", "Near miss"), ("Location", "Fly floor, bar 14"),
             ("Date", "2026-03-09"), ("Time", "22:40")]  # fmt: skip
    rows: list[Row] = []
    for k, (label, value) in enumerate(pairs):
        rows.append((0, 20, 60 + 40 * k, label))
        rows.append((0, 160, 60 + 40 * k, value, FIELD))
    win = ("Incident and near-miss report - Venue", (0, 0, 620, 520))
    with utc_app(tmp_path_factory.mktemp("incident")) as a:
        hour = datetime(2026, 3, 10, 17, tzinfo=UTC)
        assert a.store.write_frame(text_frame(1, [win], rows, hour=hour, bg=PAPER))
        when = ask_cited(a, "wat time did the near miss happen", NOW, value_cited=True)
        assert when.state == "ok" and "22:40" in when.answer, when.answer
        where = ask_cited(a, "where did the near miss happen according to the report", NOW,
                          value_cited=True)  # fmt: skip
        assert where.state == "ok" and "Fly floor" in where.answer, where.answer
