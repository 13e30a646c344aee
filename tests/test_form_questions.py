"""Form questions on stored frames with laid-out text (no OCR): an intake form and a fee request
side by side, beside a client list of near-identical names and numbers.

A form is named by its title ("the filing fee request") or by a value in it ("Mira Okafor's
intake"); the words naming it neither name a field nor set the kind of value asked for ("fee"
there asks for no money). "When did I fill out X" is when the form got its final values; a
yes/no about a box is its tick; a label the parser left unpaired ("Matter no.") still answers
by the text right of it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from autocapture.answer.classify import classify
from autocapture.answer.form_state import FILL_ASK, caretless, form_named, shown
from autocapture.answer.forms import WHEN_SET, _in_key
from autocapture.api import Autocapture
from autocapture.promptops import pipeline
from autocapture.promptops.bundle import load_bundle
from autocapture.promptops.rules import parse_rules
from autocapture.promptops.service import DEFAULT_BUNDLE_DIR
from autocapture.records import FrameRecord
from autocapture.text import VALUE_TYPES
from autocapture.understand.reader import NodeRow
from tests.framekit import Row, ask_cited, text_frame, utc_app

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
INTAKE_WIN = ("New client intake - Byrne Legal", (0, 0, 600, 480))
FEE_WIN = ("Filing fee request - Byrne Legal", (620, 0, 1280, 480))
LIST_WIN = ("ada@office: ~/clients", (0, 500, 1280, 800))
FIELD = "#ffffff"  # a text box's background, unlike the form's
PAPER = "#f0efee"


def _intake(filled: int) -> list[Row]:
    """The intake form with its first ``filled`` text fields typed in."""
    pairs = [
        ("Client name", "Mira Okafor"),
        ("Phone", "(555) 010-2233"),
        ("Adverse party", "Harbor Point HOA"),
        ("Matter type", "Landlord-tenant"),
    ]
    rows: list[Row] = []
    for k, (label, value) in enumerate(pairs):
        rows.append((0, 20, 70 + 40 * k, label))
        rows.append((0, 200, 70 + 40 * k, value if k < filled else "", FIELD))
    ticked = "[x]" if filled == len(pairs) else "[ ]"
    rows += [(0, 20, 240, f"{ticked} Conflict check cleared")]
    rows += [(0, 20, 270, "[ ] Engagement letter signed")]
    return [r for r in rows if r[3]]


def _fee(caret: bool) -> list[Row]:
    """The fee request, filled in; ``caret`` leaves the text cursor after the last field."""
    pairs = [
        ("Matter no.", "MX-2026-0311"),
        ("Case", "Okafor v. Harbor Point"),
        ("Fee (USD)", "60.00"),
        ("Requested by", "Ada Byrne|" if caret else "Ada Byrne"),
    ]
    rows: list[Row] = []
    for k, (label, value) in enumerate(pairs):
        rows.append((1, 640, 70 + 40 * k, label))
        rows.append((1, 800, 70 + 40 * k, value, FIELD))
    return [*rows, (1, 640, 240, "[ ] Rush"), (1, 640, 270, "[x] Charge to client")]


CLIENTS: list[Row] = [
    (2, 10, 520, "client         matter_no     phone           adverse_party"),
    (2, 10, 540, "Mira Okafer    MX-2026-0331  (555) 010-2323  Harbor View HOA"),
    (2, 10, 560, "Mira Okafor    MX-2025-0113  (555) 010-3322  Sunmark Builders"),
]


def _frame(n: int, rows: list[Row], fee: bool) -> FrameRecord:
    wins = [INTAKE_WIN, FEE_WIN, LIST_WIN] if fee else [INTAKE_WIN, LIST_WIN]
    if not fee:  # the list is the second window when the fee request is not open
        rows = [(1 if r[0] == 2 else r[0], *r[1:]) for r in rows]
    return text_frame(n, wins, rows, hour=datetime(2026, 11, 24, 8, tzinfo=UTC), bg=PAPER)


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    """08:01 the intake half typed, 08:02 finished; 08:03 the fee request opens filled in
    with the caret after its last field, 08:04 the same without the caret."""
    with utc_app(tmp_path_factory.mktemp("form_questions")) as a:
        frames = [
            _frame(1, _intake(2) + CLIENTS, fee=False),
            _frame(2, _intake(4) + CLIENTS, fee=False),
            _frame(3, _intake(4) + _fee(caret=True) + CLIENTS, fee=True),
            _frame(4, _intake(4) + _fee(caret=False) + CLIENTS, fee=True),
        ]
        for f in frames:
            assert a.store.write_frame(f)
        yield a


@pytest.fixture
def as_form(monkeypatch: pytest.MonkeyPatch) -> None:
    """Route every question to form_kv: what the form answerer does once a question reaches
    it (which class a wording gets is the query rules' business)."""
    monkeypatch.setattr(pipeline, "classify", lambda q, rules, *_: ("form_kv", None))


def ask(app: Autocapture, q: str):  # type: ignore[no-untyped-def]
    return ask_cited(app, q, NOW, value_cited=True)


def test_when_a_form_was_filled_out_is_when_it_got_its_values(app: Autocapture) -> None:
    a = ask(app, "around what time did I fill out the filing fee request?")
    assert a.state == "ok" and a.question_class == "form_kv", a.answer
    # first seen filled at 08:03; the caret gone at 08:04 changes no value
    assert "08:03" in a.answer and "08:04" not in a.answer, a.answer
    b = ask(app, "when did I fill out the intake form?")
    assert b.state == "ok" and "08:02" in b.answer and "08:01" in b.answer, b.answer
    # a field, not a form: the Phone field's own time (typed by 08:01)
    c = ask(app, "when did I fill in the phone on the intake form?")
    assert c.state == "ok" and "Phone" in c.answer and "08:01" in c.answer, c.answer


def test_a_form_named_by_a_value_in_it(app: Autocapture, as_form: None) -> None:
    a = ask(app, "who's the adverse party on Mira Okafor's intake?")
    assert a.state == "ok" and "Harbor Point HOA" in a.answer, a.answer
    assert "Harbor View" not in a.answer and "Sunmark" not in a.answer
    b = ask(app, "what phone did I enter on Mira Okafor's intake form?")
    assert b.state == "ok" and "(555) 010-2233" in b.answer and "2323" not in b.answer


def test_title_words_name_the_form_not_the_field_or_the_kind_of_value(app: Autocapture) -> None:
    # "fee" names the form: no money is asked for, and the Fee field is not the one named
    a = ask(app, "which matter number is on the filing fee request?")
    assert a.state == "ok" and a.question_class == "form_kv", a.answer
    assert "MX-2026-0311" in a.answer and "0331" not in a.answer and "0113" not in a.answer
    assert [c.text for c in a.claims[0].citations][:1] == ["MX-2026-0311"]
    b = ask(app, "what fee did I put on the filing fee request?")
    assert b.state == "ok" and "60.00" in b.answer, b.answer


def test_yes_or_no_about_a_box_is_its_tick(app: Autocapture, as_form: None) -> None:
    no = ask(app, "did I mark the filing fee request as rush?")
    assert no.state == "ok" and no.answer.startswith("No"), no.answer
    assert "Rush" in no.answer and "60.00" not in no.answer
    yes = ask(app, "did I mark the filing fee request as charge to client?")
    assert yes.state == "ok" and yes.answer.startswith("Yes"), yes.answer
    ticked = ask(app, "did I tick conflict check cleared on the intake form?")
    assert ticked.answer.startswith("Yes"), ticked.answer
    unticked = ask(app, "did I tick engagement letter signed on the intake form?")
    assert unticked.answer.startswith("No"), unticked.answer


def test_which_box_got_a_tick_names_the_ticked_box(app: Autocapture, as_form: None) -> None:
    """The form named first and the tick said as a noun: still the whole-form question."""
    a = ask(app, "on the intake form which box got a tick")
    assert a.state == "ok" and "'Conflict check cleared' was ticked" in a.answer, a.answer
    assert "Engagement" not in a.answer


def _node(title: str, key: str) -> NodeRow:
    return NodeRow(
        "n", "f", "2026-11-24T08:00:00Z", 0, "form_field", (0, 0, 1, 1), key, "", [],
        {"key": key}, None, 0, title, None, True,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("question", "words", "naming", "left"),
    [
        (
            "which matter number is on the filing fee request?",
            ["matter", "number", "filing", "fee", "request"],
            ("filing", "fee", "request"),
            ("matter", "number"),
        ),
        # "fee" asked for stays: only the run that is the title names the form
        (
            "what fee did I put on the filing fee request?",
            ["fee", "filing", "request"],
            ("filing", "fee", "request"),
            ("fee",),
        ),
        (
            "who's the adverse party on Mira Okafor's intake?",
            ["adverse", "party", "mira", "okafor", "intake"],
            ("intake",),
            ("adverse", "party", "mira", "okafor"),
        ),
    ],
)
def test_words_naming_a_form(
    question: str, words: list[str], naming: tuple[str, ...], left: tuple[str, ...]
) -> None:
    fields = [_node(INTAKE_WIN[0], "Phone"), _node(FEE_WIN[0], "Fee (USD)")]
    got = form_named(question, fields, words)
    assert got is not None and (got.naming, got.words) == (naming, left)
    assert form_named("what's the phone?", fields, ["phone"]) is None


def test_wording_of_form_times_and_labels() -> None:
    assert FILL_ASK.search("around what time did i fill out the filing fee request?")
    assert FILL_ASK.search("when had i filled in the claim?")
    assert WHEN_SET.search("around what time did i tick the rush box?")
    assert caretless("Ada Byrne|") == "Ada Byrne" and shown("Ada  Byrne |") == "ada byrne"
    assert caretless("A|B") == "A|B"  # a bar inside a value is the value's own
    assert _in_key(["matter", "number"], "Matter no.") == ["matter", "number"]
    assert _in_key(["mobile"], "Phone") == ["mobile"]


@pytest.mark.parametrize(
    ("question", "qclass"),
    [
        ("did I mark the filing fee request as rush?", "form_kv"),
        ("who's the adverse party on Rosalind Greer's intake?", "form_kv"),
        ("did I mark it in the log?", "lookup"),
        ("on the intake which box got a tick", "form_kv"),  # the tick said as a noun
        ("which option has a check mark on the fee request", "form_kv"),
        ("which box was the cable in", "lookup"),  # must not change: a box, no tick
        ("which window had the adverse party on Rosalind Greer's intake?", "cross_window"),
    ],
)
def test_form_questions_route_to_forms(question: str, qclass: str) -> None:
    rules = parse_rules(load_bundle(DEFAULT_BUNDLE_DIR).text("query.rules"), set(VALUE_TYPES))
    assert classify(question, rules)[0] == qclass
