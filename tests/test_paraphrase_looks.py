"""How the asker describes a window rather than what it prints: its shade or size ("the dark
little form", "the tiny table") and where the value sits ("from the table") are phrasing,
never required of a line. Met in the blind paraphrase suites; content here is invented."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.framekit import Row, text_frame, utc_app

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def _till_rows() -> list[Row]:
    return [
        (0, 20, 40, "Till count - late shift"),
        (0, 20, 70, "Card takings: 1,204.50"),
        (0, 20, 100, "Coin float: 80.00"),
    ]


def test_a_window_named_by_its_look_is_still_read(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        hour = NOW.replace(hour=8)
        wins = [("Till count - late shift", (0, 0, 600, 400))]
        app.store.write_frame(text_frame(1, wins, _till_rows(), hour=hour, bg="#202020"))
        ans = app.ask("i need the card takings off the dark little till thing", now=NOW)
        assert ans.state == "ok" and "1,204.50" in ans.answer, ans.answer
        tiny = app.ask("coin float from the tiny table", now=NOW)
        assert tiny.state == "ok" and "80.00" in tiny.answer, tiny.answer
        # must not change: what was never on screen stays unanswered, however it looks
        gone = app.ask("the cash refunds off the dark little till thing", now=NOW)
        assert gone.state == "indeterminate", gone.answer


def test_the_askers_guess_after_the_ask_is_not_required(tmp_path: Path) -> None:
    rows: list[Row] = [
        (0, 20, 40, "Till handover - late shift"),
        (0, 20, 70, "Counted by: Ines Faria"),
        (0, 20, 100, "Witness: Dario Conti"),
    ]
    with utc_app(tmp_path) as app:
        hour = NOW.replace(hour=8)
        wins = [("Till handover - late shift", (0, 0, 600, 400))]
        app.store.write_frame(text_frame(1, wins, rows, hour=hour, bg="#ffffff"))
        q = "who was witness on the till handover, was it the bar supervisor dario"
        ans = app.ask(q, now=NOW)
        assert ans.state == "ok" and "Dario Conti" in ans.answer, ans.answer
        # must not change: without the guess, the words of the ask are still required
        gone = app.ask("who was the bar supervisor on the till handover", now=NOW)
        assert gone.state == "indeterminate", gone.answer
