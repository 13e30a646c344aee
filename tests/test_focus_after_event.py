"""Focus around something that happened on screen rather than a window's name: "after the
grep, what time did I switch back to the dose-check test output?" (the first return to that
window after the grep's first sighting) and "where did I go straight after the git diff?" (the
window that took the focus from the one showing the diff)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.api import Autocapture
from tests.framekit import refocus, text_frame, utc_app

HOUR = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 24, 19, 0, tzinfo=UTC)
TITLES = ["ops@ws3: ~/src/dose-check", "ops@ws3: ~/src/ward-board", "ops@ws3: ~/src/stock-feed"]


@pytest.fixture
def day(tmp_path: Path) -> Iterator[Autocapture]:
    rects = [(0, 0, 640, 400), (640, 0, 1280, 400), (0, 400, 1280, 800)]
    base = text_frame(0, list(zip(TITLES, rects, strict=True)), [], hour=HOUR, bg="#000")
    # (minute, focused window, what the windows show)
    steps = [
        (2, 0, [(0, 10, 40, "$ node --test"), (0, 10, 70, "not ok 2 - rounds down")]),
        (4, 1, [(1, 650, 40, "$ git log --oneline"), (1, 650, 70, "a1b2c3d fix rounding")]),
        (6, 2, [(2, 10, 420, "$ ./check-stock.sh"), (2, 10, 450, "FAIL cabinet 4B low")]),
        (8, 1, [(1, 650, 40, "$ grep -n lowStock src/*.ts"), (1, 650, 70, "src/a.ts:3: lowStock")]),
        (9, 0, [(0, 10, 40, "$ node --test"), (0, 10, 70, "not ok 2 - rounds down")]),
        (11, 1, [(1, 650, 40, "$ git diff --color-words"), (1, 650, 70, "-3 +5 threshold")]),
        (12, 2, [(2, 10, 420, "$ ./check-stock.sh"), (2, 10, 450, "ok cabinet 4B")]),
    ]
    with utc_app(tmp_path) as a:
        for minute, focus, rows in steps:
            frame = text_frame(
                minute, list(zip(TITLES, rects, strict=True)), rows, hour=HOUR, bg="#000"
            )
            frame.windows = [
                refocus(w, i == focus, (i - focus) % 3) for i, w in enumerate(base.windows)
            ]
            a.store.write_frame(frame)
        yield a


@pytest.mark.parametrize(
    "question",
    [
        "after the grep, what time did I switch back to the dose-check test output?",
        "when did I switch back to the dose-check terminal after the grep?",
        "once the grep was done, when did I go back to the dose-check window?",
    ],
)
def test_back_to_a_window_after_an_event(day: Autocapture, question: str) -> None:
    ans = day.ask(question, now=NOW)
    assert ans.state == "ok" and ans.answer.startswith("At 17:09:00"), ans.answer
    assert "dose-check" in ans.answer


def test_an_event_never_seen_is_no_answer(day: Autocapture) -> None:
    ans = day.ask(
        "after the rebase, what time did I switch back to the dose-check output?", now=NOW
    )
    assert ans.state == "indeterminate"


def test_where_focus_went_after_an_event(day: Autocapture) -> None:
    ans = day.ask("where did I go straight after the git diff?", now=NOW)
    assert ans.state == "ok" and "stock-feed" in ans.answer and "17:12" in ans.answer, ans.answer


def test_before_the_last_return_at_the_very_end(day: Autocapture) -> None:
    # "at the very end" picks the last of the returns, and names no window by "end"
    ans = day.ask("what was i in just before i went back to ward-board at the very end", now=NOW)
    assert ans.state == "ok" and "dose-check" in ans.answer and "17:09" in ans.answer, ans.answer


def test_focus_when_a_command_showed_something(tmp_path: Path) -> None:
    titles = ["ops@ws3: ~/notes", "calcurse"]
    rects = [(0, 0, 640, 800), (640, 0, 1280, 800)]
    cat = [
        (0, 10, 40, "ops@ws3:~/notes$ cat prod-notebook.txt"),
        (0, 10, 70, "production notebook (Monday)"),
    ]
    with utc_app(tmp_path) as a:
        base = text_frame(1, list(zip(titles, rects, strict=True)), [], hour=HOUR, bg="#000")
        for minute, focus in ((1, 1), (3, 0), (5, 1)):
            rows = cat if minute >= 3 else [(0, 10, 40, "ops@ws3:~/notes$")]
            frame = text_frame(
                minute, list(zip(titles, rects, strict=True)), rows, hour=HOUR, bg="#000"
            )
            frame.windows = [
                refocus(w, i == focus, (i - focus) % 2) for i, w in enumerate(base.windows)
            ]
            a.store.write_frame(frame)
        ans = a.ask("which window had the focus when I cat'ed the production notebook?", now=NOW)
        assert ans.state == "ok" and "~/notes" in ans.answer and "17:03" in ans.answer, ans.answer


def test_windows_open_when_a_form_was_still_blank(tmp_path: Path) -> None:
    report = ("Incident report - Venue", (0, 0, 640, 500))
    crew = ("ops@ws3: ~/crew", (0, 500, 1280, 800))
    petty = ("Petty cash claim - Finance", (640, 0, 1280, 500))
    with utc_app(tmp_path) as a:
        a.store.write_frame(
            text_frame(1, [report, crew], [(0, 10, 40, "Reported by")], hour=HOUR, bg="#fff")
        )
        a.store.write_frame(
            text_frame(6, [petty, report, crew], [(0, 650, 40, "Claimant")], hour=HOUR, bg="#fff")
        )
        for q in (
            "which windows were open when the incident report was still blank?",
            "when I was first filling in the incident report, what else was open on the screen?",
            "was there anything else on screen besides mutt when i first opened the report",
        ):
            ans = a.ask(q, now=NOW)
            assert ans.state == "ok" and "~/crew" in ans.answer, (q, ans.answer)
            assert "Petty" not in ans.answer, (q, ans.answer)
