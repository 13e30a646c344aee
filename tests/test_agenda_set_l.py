"""Calendar questions met on the blind set l (an agenda printed with "4:30 p.m." times
under "2026-11-25 (Wed):" headings); content invented."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.framekit import Row, text_frame, utc_app

HOUR = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 25, 9, 50, tzinfo=UTC)  # a Wednesday


def _agenda() -> list[Row]:
    return [
        (0, 10, 20, "user@host:~$ calcurse -r4"),
        (0, 10, 40, "2026-11-25 (Wed):"),
        (0, 28, 60, "9:30 a.m. - 10:00 a.m. Morning sales stand-up"),
        (0, 28, 80, "2:00 p.m. - 2:30 p.m. Call the printer about proofs"),
        (0, 28, 100, "4:30 p.m. - 5:00 p.m. Sales meeting - Rua's office"),
        (0, 28, 120, "5:30 p.m. - 6:30 p.m. Launch briefing - Level 3"),
        (0, 28, 140, "6:00 p.m. - 6:20 p.m. Collect launch banners from Tui"),
        (0, 10, 170, "2026-11-28 (Sat):"),
        (0, 28, 190, "(all day)Day off (Saturday)"),
    ]


def test_a_title_that_also_says_the_kind_of_event_wins_a_tie(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(1, [("agenda", (0, 0, 900, 400))], _agenda(), hour=HOUR, bg="#ffffff")
        )
        ans = app.ask("what time's the sales meeting today", now=NOW)
        assert ans.state == "ok" and "4:30 PM" in ans.answer, ans.answer
        # must not change: the question that names the other event still finds it
        other = app.ask("what time's the sales stand-up today", now=NOW)
        assert other.state == "ok" and "9:30 AM" in other.answer, other.answer


def test_an_event_named_with_a_part_of_the_day_is_found_at_its_edge(tmp_path: Path) -> None:
    # the briefing starts at 5:30 p.m., before "tonight" nominally begins
    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(1, [("agenda", (0, 0, 900, 400))], _agenda(), hour=HOUR, bg="#ffffff")
        )
        ans = app.ask("does anything clash with the launch briefing tonight?", now=NOW)
        assert ans.state == "ok" and "Collect launch banners" in ans.answer, ans.answer
        # must not change: with no event named, "tonight" still bounds the events compared
        bare = app.ask("does anything clash tonight?", now=NOW)
        assert bare.state == "ok" and bare.answer.startswith("No"), bare.answer
