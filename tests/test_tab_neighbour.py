"""The tab beside another in the strip ("which tab comes right after fares?"): counted left to
right in the latest strip showing the named tab, whose title may be cut short or read by OCR
in one run with its neighbours; being *on* a tab before another is focus order instead."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from autocapture.api import Autocapture
from autocapture.text import SINGLE_QUOTED
from tests.framekit import refocus, utc_app
from tests.test_timeline_set_e import BODY, PAGES, SHELL, ask, page_lines, web
from tests.test_ui_graph import frame


@pytest.fixture
def strip(tmp_path: Path) -> Iterator[Autocapture]:
    with utc_app(tmp_path) as a:
        lines = page_lines(PAGES, "Harbour forecast", BODY["Harbour forecast"], 22)
        assert a.store.write_frame(
            frame(0, [web("Harbour forecast"), refocus(SHELL, False, 1)], lines)
        )
        yield a


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which tab comes right after fares from march?", "Crew roster"),
        ("what's the tab to the left of the fares one?", "Harbour forecast"),
        ("which tab is just before harbour forecast?", "Sailings today"),
        ("which tab is right after the harbour foreca tab?", "Fares from March"),
    ],
)
def test_the_neighbour_in_the_strip(strip: Autocapture, question: str, expected: str) -> None:
    ans = ask(strip, question)
    assert ans.state == "ok" and expected in ans.answer, ans.answer
    assert ans.answer.index(expected) < ans.answer.index("was the tab")


def test_no_neighbour_past_the_end(strip: Autocapture) -> None:
    ans = ask(strip, "which tab comes after crew roster?")
    assert ans.state == "indeterminate" and "last" in (ans.indeterminate_reason or "")


def test_tabs_read_in_one_run(tmp_path: Path) -> None:
    # OCR read three tabs as one line: "Harbour forecast ×Fares from March ×Crew roster ×"
    with utc_app(tmp_path) as a:
        lines = page_lines(PAGES, "Sailings today", BODY["Sailings today"], 22)
        lines[1:4] = [
            (
                0,
                "Harbour forecast ×Fares from March ×Crew roster ×",
                (210, 8, 790, 28),
                "#202020",
                "#dddddd",
            )
        ]
        assert a.store.write_frame(
            frame(0, [web("Sailings today"), refocus(SHELL, False, 1)], lines)
        )
        left = ask(a, "what's the tab to the left of crew roster?")
        assert left.state == "ok" and "Fares from March" in left.answer, left.answer


def test_single_quotes_quote_but_apostrophes_do_not() -> None:
    def quoted(text: str) -> str | None:
        m = SINGLE_QUOTED.search(text)
        return m.group(1) if m else None

    assert quoted("the tab that starts with 'Rehears' - whats its full title?") == "Rehears"
    assert quoted("the 'Wed 10:00, B-240' confocal thing") == "Wed 10:00, B-240"
    assert quoted("what's Paula's phone and Ana's?") is None


def test_the_port_a_page_was_served_on(tmp_path: Path) -> None:
    with utc_app(tmp_path) as a:
        lines = page_lines(PAGES, "Harbour forecast", BODY["Harbour forecast"], 22)
        at = next(i for i, ln in enumerate(lines) if ln[1].startswith("intranet.example/"))
        lines[at] = (0, "127.0.0.1:8123/harbour-forecast", *lines[at][2:])
        assert a.store.write_frame(
            frame(0, [web("Harbour forecast"), refocus(SHELL, False, 1)], lines)
        )
        ans = ask(a, "wat port was the harbour forecast page running on")
        assert ans.state == "ok" and ans.claims[0].value == "8123", ans.answer
    with utc_app(tmp_path / "b") as b:  # an address without a port: none is made up
        lines = page_lines(PAGES, "Harbour forecast", BODY["Harbour forecast"], 22)
        assert b.store.write_frame(
            frame(0, [web("Harbour forecast"), refocus(SHELL, False, 1)], lines)
        )
        assert ask(b, "what port was the harbour forecast page served on").state == "indeterminate"


def test_a_closed_tab_is_one_no_later_strip_shows(strip: Autocapture) -> None:
    # One strip only: no tab left it, so "the tab I closed" has no answer (not the active one).
    none = ask(strip, "what was that tab i closed, the one next to the fares")
    assert none.state == "indeterminate", none.answer
    assert none.indeterminate_reason == "no_tab_closed_while_captured"
    # A later strip without "Crew roster": that tab was closed.
    left = [p for p in PAGES if p != "Crew roster"]
    lines = page_lines(left, "Harbour forecast", BODY["Harbour forecast"], 22)
    frame_1 = frame(1, [web("Harbour forecast"), refocus(SHELL, False, 1)], lines)
    assert strip.store.write_frame(frame_1)
    gone = ask(strip, "which tab did i close")
    assert gone.state == "ok" and "Crew roster" in gone.answer, gone.answer
    # must not change: the neighbour question is no closed-tab question
    beside = ask(strip, "which tab comes right after sailings today?")
    assert beside.state == "ok" and "Harbour forecast" in beside.answer, beside.answer
