"""A bare "number for X" on a contacts table is the row's phone number, not the "24 h" of its
hours column: a number in a unit the question does not ask for (a duration) is a measure.
Content is invented."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.framekit import Row, text_frame, utc_app

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
PAGE = "Out of hours contacts - Harbour depot - Chromium"


def _rows() -> list[Row]:
    return [
        (0, 20, 40, "Out of hours contacts"),
        (0, 20, 110, "Tide Vets"),
        (0, 300, 110, "night vet"),
        (0, 500, 110, "24 h"),
        (0, 760, 110, "+44 20 555 0147"),
        (0, 20, 140, "Quay taxis"),
        (0, 300, 140, "late cab"),
        (0, 500, 140, "18 h"),
        (0, 760, 140, "+44 20 555 0182"),
    ]


def test_the_number_for_a_row_is_its_phone_not_its_hours(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        wins = [(PAGE, (0, 0, 1200, 400))]
        app.store.write_frame(text_frame(1, wins, _rows(), hour=NOW.replace(hour=8), bg="#ffffff"))
        ans = app.ask("number for the night vet", now=NOW)
        assert ans.state == "ok" and "555 0147" in ans.answer, ans.answer
        # must not change: the hours asked in hours
        hours = app.ask("how many hours is the late cab on", now=NOW)
        assert "18" in hours.answer, hours.answer
