"""Window questions as people put them (met in the blind paraphrase suite e2): when a named
window had the focus ("when was the ~/src/kelp terminal the one in focus"), where the focus
went ("right after the roster tab where did my focus go"), what else was open while doing
something ("while i was doing the petty cash what else had i got open"), a window known by a
list it showed ("which window had the staff phone list"), and a return after a command named
in the asker's words ("after faffing with the git history"). Content here is invented."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.api import Autocapture
from tests.framekit import refocus, text_frame, utc_app

HOUR = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 24, 19, 0, tzinfo=UTC)
TERMS = ["ops@ws3: ~/src/kelp", "ops@ws3: ~/src/tide-api", "ops@ws3: ~/src/ledger"]


@pytest.fixture
def terminals(tmp_path: Path) -> Iterator[Autocapture]:
    rects = [(0, 0, 640, 400), (640, 0, 1280, 400), (0, 400, 1280, 800)]
    base = text_frame(0, list(zip(TERMS, rects, strict=True)), [], hour=HOUR, bg="#000")
    test_out = (2, 10, 420, "FAILED tests/test_ledger.py::test_totals - /tmp/pytest-of-ops")
    # (minute, focused window, what the windows show)
    steps = [
        (1, 0, [(0, 10, 40, "ops@ws3:~/src/kelp$ ls"), (0, 10, 70, "Makefile  kelp.c")]),
        (3, 2, [(2, 10, 420, "ops@ws3:~/src/ledger$ pytest -q"), test_out]),
        (5, 1, [(1, 650, 40, "ops@ws3:~/src/tide-api$ git log --oneline"), test_out]),
        (6, 1, [(1, 650, 40, "ops@ws3:~/src/tide-api$ grep -rn tideTable src"), test_out]),
        (8, 2, [(1, 650, 40, "ops@ws3:~/src/tide-api$"), test_out]),
        (9, 0, [(0, 10, 40, "ops@ws3:~/src/kelp$ make check"), test_out]),
    ]
    with utc_app(tmp_path) as a:
        for minute, focus, rows in steps:
            frame = text_frame(
                minute, list(zip(TERMS, rects, strict=True)), rows, hour=HOUR, bg="#000"
            )
            frame.windows = [
                refocus(w, i == focus, (i - focus) % 3) for i, w in enumerate(base.windows)
            ]
            a.store.write_frame(frame)
        yield a


def test_when_a_named_window_had_the_focus(terminals: Autocapture) -> None:
    ans = terminals.ask("when was the kelp terminal the one in focus", now=NOW)
    assert ans.state == "ok" and "~/src/kelp" in ans.answer, ans.answer
    assert "from 17:01:00 until 17:03:00" in ans.answer and "from 17:09:00" in ans.answer
    # named by what it showed: the terminal that ran pytest
    ans = terminals.ask("what time did the pytest terminal have focus?", now=NOW)
    assert ans.state == "ok" and "~/src/ledger" in ans.answer, ans.answer


def test_a_window_that_never_was_is_not_the_focus_now(terminals: Autocapture) -> None:
    ans = terminals.ask("when was the ~/src/deploy terminal the one in focus", now=NOW)
    assert ans.state == "indeterminate", ans.answer
    assert (ans.indeterminate_reason or "").startswith("window_never_focused")


def test_which_window_had_focus_at_a_time_is_unchanged(terminals: Autocapture) -> None:
    ans = terminals.ask("which window had focus at 17:05?", now=NOW)
    assert ans.state == "ok" and "~/src/tide-api" in ans.answer, ans.answer


def test_back_to_a_window_after_a_command_in_the_askers_words(terminals: Autocapture) -> None:
    q = "after faffing with the git history, wat time did i flip back to the pytest window"
    ans = terminals.ask(q, now=NOW)
    assert ans.state == "ok" and "17:08" in ans.answer and "~/src/ledger" in ans.answer, ans.answer
    # a thing never on screen is still no event: "deploy" is nowhere, "script" no command
    q = "after running the deploy script, what time did i flip back to the pytest window"
    assert terminals.ask(q, now=NOW).state == "indeterminate"


def test_where_my_focus_went_right_after_a_window(tmp_path: Path) -> None:
    pages = ["Roster this week - Chromium", "Fleet status - Chromium"]
    term = "ops@ws3: ~/sites/ops"
    rects = [(0, 0, 1280, 600), (0, 600, 1280, 800)]
    with utc_app(tmp_path) as a:
        for minute, (first, second) in enumerate(
            [(pages[1], term), (pages[0], term), (term, pages[0]), (pages[1], term)], 1
        ):
            rows = [(0, 10, 40, f"{first} text")]
            a.store.write_frame(
                text_frame(
                    minute, [(first, rects[0]), (second, rects[1])], rows, hour=HOUR, bg="#fff"
                )
            )
        q = "right after the roster tab where did my focus go, chromium or the little terminal"
        ans = a.ask(q, now=NOW)
        assert ans.state == "ok" and "~/sites/ops" in ans.answer and "17:03" in ans.answer, (
            ans.answer
        )


def _forms(a: Autocapture) -> None:
    report = ("Incident report - Venue", (0, 0, 640, 500))
    crew = ("ops@ws3: ~/crew", (0, 500, 1280, 800))
    claim = ("Petty cash claim - Finance", (640, 0, 1280, 500))
    phones = [
        "ops@ws3:~/crew$ column -s, -t staff-list.csv",
        "name          phone",
        "Aroha Ngata   021 555 0190",
    ]
    # (minute, windows from the focused one down, what the form on top shows)
    for minute, wins, shown in (
        (1, [report, crew], "Reported by"),
        (4, [claim, crew, report], "Claimant Aroha Ngata"),
        (7, [report, claim, crew], "Reported by"),
    ):
        at = wins.index(crew)
        rows = [(0, wins[0][1][0] + 10, 40, shown)]
        rows += [(at, 10, 520 + 30 * i, t) for i, t in enumerate(phones)]
        a.store.write_frame(text_frame(minute, wins, rows, hour=HOUR, bg="#fff"))


def test_what_else_was_open_while_doing_a_form(tmp_path: Path) -> None:
    with utc_app(tmp_path) as a:
        _forms(a)
        ans = a.ask(
            "while i was doing aroha's petty cash what else had i got open behind it", now=NOW
        )
        assert ans.state == "ok" and "17:04" in ans.answer, ans.answer
        assert "Incident report" in ans.answer and "~/crew" in ans.answer
        assert "Petty cash" not in ans.answer  # the one being done is not "else"
        # the focus then, not now
        q = "was the crew list still the active window when i filled in the petty cash for aroha"
        ans = a.ask(q, now=NOW)
        assert ans.state == "ok" and ans.answer.startswith("No.") and "Petty cash" in ans.answer
        # no "else": every window open then
        ans = a.ask("which windows were open while i was doing aroha's petty cash", now=NOW)
        assert "Petty cash" in ans.answer and "Incident report" in ans.answer, ans.answer


def test_the_window_with_a_phone_list(tmp_path: Path) -> None:
    with utc_app(tmp_path) as a:
        _forms(a)
        ans = a.ask("which window had the staff phone list in it", now=NOW)
        assert ans.state == "ok" and "~/crew" in ans.answer, ans.answer
        # a phone number asked for is still a phone number: the row that shows one
        ans = a.ask("which window had aroha ngata's phone number", now=NOW)
        assert ans.state == "ok" and "~/crew" in ans.answer, ans.answer
