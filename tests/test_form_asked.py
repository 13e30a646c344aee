"""Form fields named beyond plain content words: a concept word the key prints ("weight"), a
trailing "not the X" setting a place aside, and a key holding only part of a multi-word
asked noun (it is another field)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from autocapture.answer.form_asked import set_aside
from tests.framekit import Row, text_frame, utc_app

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
SHIP = "Pallet shipping sheet - Depot"


def _rows() -> list[Row]:
    return [
        (0, 20, 40, SHIP),
        (0, 20, 70, "Pallet: P-12"),
        (0, 20, 100, "Net weight (kg): 410.5"),
        (0, 20, 130, "Insurance booked: yes"),
        (0, 20, 160, "Driver: Tomas Berg"),
    ]


def test_a_concept_word_and_a_place_set_aside_name_the_field(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        wins = [(SHIP, (0, 0, 700, 400))]
        app.store.write_frame(text_frame(1, wins, _rows(), hour=NOW.replace(hour=8), bg="#ffffff"))
        ans = app.ask("net weight on the small pallet form, not the monitor", now=NOW)
        assert ans.state == "ok" and "410.5" in ans.answer, ans.answer
        # a field sharing one word with a multi-word asked noun is another field
        other = app.ask("what insurance policy number did i put on the shipping form", now=NOW)
        assert other.state == "indeterminate", other.answer
        # must not change: the field asked by its own words
        same = app.ask("what driver did i put on the shipping form", now=NOW)
        assert same.state == "ok" and "Tomas Berg" in same.answer, same.answer


def test_set_aside_reads_a_trailing_not_clause_only() -> None:
    assert set_aside("gross weight on the crate form, not the board") == {"board"}
    assert set_aside("was the box not ticked on the form") == set()
