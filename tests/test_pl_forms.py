"""Form questions met on the blind paraphrase set l (content invented here): "the insurance
POLICY number" when the form has a Passport number and an "Insurance checked" box: the word
right before the asked kind says which number, and shown nowhere it is no phrasing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from autocapture.api import Autocapture
from tests.framekit import Row, ask_cited, text_frame, utc_app

HOUR = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
FIELD = "#ffffff"
PAPER = "#f0efee"
WIN = ("Dive site permit request - Reefline Tours", (0, 0, 800, 500))


def _permit() -> list[Row]:
    pairs = [
        ("Group code", "RF-0412"),
        ("Lead diver", "Oskar Lindqvist"),
        ("Passport number", "PX7731920"),
        ("Permit from", "2026-12-02"),
        ("Fee (USD)", "120.00"),
    ]
    rows: list[Row] = []
    for k, (label, value) in enumerate(pairs):
        rows += [(0, 20, 60 + 40 * k, label), (0, 200, 60 + 40 * k, value, FIELD)]
    return [
        *rows,
        (0, 20, 280, "[x] Insurance checked"),
        (0, 20, 320, "[ ] Approved by operations manager"),
    ]


@pytest.fixture(scope="module")
def permit(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    with utc_app(tmp_path_factory.mktemp("pl_forms")) as a:
        assert a.store.write_frame(text_frame(5, [WIN], _permit(), hour=HOUR, bg=PAPER))
        yield a


def test_a_number_named_by_a_word_shown_nowhere_is_not_another(permit: Autocapture) -> None:
    q = "I need the insurance policy number i put on the permit request"
    none = permit.ask(q, now=NOW)
    assert none.state == "indeterminate", none.answer
    # must not change: the number the form has
    got = ask_cited(
        permit, "I need the passport number i put on the permit request", NOW, value_cited=True
    )
    assert got.state == "ok" and "PX7731920" in got.answer, got.answer


def test_a_word_before_the_key_is_no_kind(permit: Autocapture) -> None:
    # "already approved": only a word before the asked kind ("policy number") names another
    # field; before the key's own word it is phrasing
    got = permit.ask("is the dive permit already approved by the operations manager?", now=NOW)
    assert got.state == "ok" and got.answer.startswith("No"), got.answer


EVAC_WIN = ("Ambulance transfer report - Reefline Tours", (820, 0, 1400, 400))


def test_a_form_and_field_named_in_everyday_short_words(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from autocapture.promptops.pipeline import normalize

    assert normalize("the chopper bill on the little white evac form") == (
        "the chopper bill on the evac form"
    )
    # must not change: a window's look may be what picks it
    assert (
        normalize("what was on the dark terminal window") == "what was on the dark terminal window"
    )
    rows: list[Row] = [
        (0, 840, 60, "Patient"),
        (0, 1000, 60, "Mara Quist", FIELD),
        (0, 840, 100, "Invoice (USD)"),
        (0, 1000, 100, "780.00", FIELD),
    ]
    with utc_app(tmp_path) as app:
        assert app.store.write_frame(text_frame(5, [EVAC_WIN], rows, hour=HOUR, bg=PAPER))
        got = ask_cited(
            app, "how much was the bill on the little white amb form", NOW, value_cited=True
        )
        assert got.state == "ok" and "780.00" in got.answer, got.answer


def test_a_form_named_only_by_its_look(permit: Autocapture) -> None:
    from autocapture.promptops.pipeline import normalize

    # "per the small white form": no name, only how it looked; no field prints that
    assert normalize("how much was the fee per the small white form") == (
        "how much was the fee per the form"
    )
    got = ask_cited(permit, "how much was the fee per the small white form", NOW, value_cited=True)
    assert got.state == "ok" and "120.00" in got.answer, got.answer
    # must not change: a window's look may be what picks it
    assert normalize("which was the white dialog") == "which was the white dialog"


def test_a_limit_written_on_a_permit_beside_a_label_with_its_unit(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from autocapture.answer.forms import _label_words
    from tests.test_asides_in_questions import _classify

    # a unit in brackets is no word of the label: it stays short enough to have a value
    assert _label_words("Max load for hoist (kg)") == 4
    assert _label_words("Name of the second witness on site") == 7  # must not change
    # what I wrote on a permit is a form's field, not something said in a chat
    assert _classify("what load limit did i write on the permit for the hoist") == "form_kv"
    assert _classify("what did sam write about the hoist") == "chat"  # must not change
    win = ("Permit to work - Dockside", (0, 0, 800, 500))
    rows: list[Row] = [
        (0, 20, 60, "Permit number"),
        (0, 240, 60, "HP-0091", FIELD),
        (0, 20, 100, "Permit holder"),
        (0, 240, 100, "Ines Moreau", FIELD),
        (0, 20, 140, "Valid from"),
        (0, 240, 140, "2026-11-26", FIELD),
        (0, 20, 180, "Max load for hoist (kg)"),
        (0, 240, 180, "750", FIELD),
    ]
    with utc_app(tmp_path) as app:
        assert app.store.write_frame(text_frame(5, [win], rows, hour=HOUR, bg=PAPER))
        got = ask_cited(
            app, "what load limit did i write on the permit for the hoist", NOW, value_cited=True
        )
        assert got.state == "ok" and "750" in got.answer, got.answer
