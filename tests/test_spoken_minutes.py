"""Clock times said with digits ("10 past 3"), "just after" a time (the state that followed
it), and a guess put right before the ask ("X wasn't in front was it, so what was"). Met in
the blind paraphrase suites; content here is invented."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from autocapture.promptops.pipeline import normalize
from autocapture.timeparse import parse_time_intent
from tests.framekit import Row, text_frame, utc_app

NOW = datetime(2026, 11, 25, 15, 40, tzinfo=UTC)


def test_minutes_said_as_digits() -> None:
    assert normalize("what was open at 10 past 3") == "what was open at 3:10"
    assert normalize("at 25 mins past 3") == "at 3:25"
    assert normalize("around 20 to 8") == "around 7:40"
    # must not change: counts, spans and clocks already written
    assert normalize("errors in the 3 past 5 days") == "errors in the 3 past 5 days"
    assert normalize("ran 10 after 3 minutes") == "ran 10 after 3 minutes"
    assert normalize("at 40 to 8") == "at 40 to 8"
    # a value changing is no clock: "go from 10 to 9"
    assert normalize("where did X go from 10 to 9?") == "where did X go from 10 to 9?"


def test_just_after_a_time_is_marked() -> None:
    assert parse_time_intent("what was up just after 3:25 pm", NOW, "UTC").just_after
    assert not parse_time_intent("what was up after 3:25 pm", NOW, "UTC").just_after


def test_a_guess_put_right_then_what_was(tmp_path: Path) -> None:
    """The browser was in front at 15:20 and 15:30, the terminal from 15:26: "just after 25
    past 3" is the terminal, the first state after the time, not the latest in the range."""
    q = "just after 25 past 3 the browser wasnt in front was it, so what was"
    assert normalize(q) == "what was in front just after 3:25"
    browser = ("Depot rota - Chromium", (0, 0, 1280, 700))
    term = ("me@desk: ~/src/rota", (0, 0, 1280, 700))
    with utc_app(tmp_path) as app:
        hour = datetime(2026, 11, 25, 15, tzinfo=UTC)
        for minute, wins in ((20, [browser, term]), (26, [term, browser]), (30, [browser, term])):
            rows: list[Row] = [(0, 10, 40, f"line at {minute}")]
            app.store.write_frame(text_frame(minute, wins, rows, hour=hour, bg="#000000"))
        ans = app.ask(q, now=NOW)
        assert ans.state == "ok" and "~/src/rota" in ans.answer, ans.answer
        # must not change: plain "after" reads the latest state in the range
        ans = app.ask("what was in front after 3:25 pm", now=NOW)
        assert ans.state == "ok" and "Chromium" in ans.answer, ans.answer
    # must not change: a guess without a following ask
    assert normalize("the invoice wasnt paid was it") == "the invoice wasn't paid was it"
