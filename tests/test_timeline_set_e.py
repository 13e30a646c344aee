"""Timeline and page-look answers from blind set e, checked on synthetic screens: looking at a
tab is having it active (a tab in the strip was only open); "when did the page I typed in come
up" is its first sighting; "when did I print X" needs a trace of printing, never the time X was
up; "the tab with the really small text" is the page whose lines are clearly smaller."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

import autocapture.promptops.pipeline as pipeline
from autocapture.answer.acts import act_verb
from autocapture.answer.page_look import PAGE_ASK, SIZE_ASK
from autocapture.api import Autocapture
from autocapture.records import WindowFact
from tests.framekit import ask_cited, refocus, utc_app
from tests.test_ui_graph import frame

NOW = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)
SHELL = WindowFact("ops@box: ~/deploy", (0, 500, 700, 800), "0x9", "xterm", 21, False, 1)
PAGES = ["Sailings today", "Harbour forecast", "Fares from March", "Crew roster"]


def web(title: str, focused: bool = True, z: int = 0) -> WindowFact:
    return WindowFact(f"{title} - Chromium", (0, 0, 1280, 720), "0x7", "chromium", 33, focused, z)


def page_lines(tabs: list[str], active: str, body: list[str], height: int) -> list:  # type: ignore[type-arg]
    """A tab strip, an address bar, and the page's lines ``height`` px high."""
    lines = [
        (0, f"{t} ×", (10 + 200 * i, 8, 190 + 200 * i, 28), "#202020", "#dddddd")
        for i, t in enumerate(tabs)
    ]
    slug = active.lower().replace(" ", "-")
    lines.append((0, f"intranet.example/{slug}", (300, 45, 700, 65), "#202020", "#f5f5f5"))
    for i, text in enumerate(body):
        y = 120 + i * (height + 12)
        lines.append((0, text, (40, y, 40 + 9 * len(text), y + height), "#202020", "#ffffff"))
    lines.append((1, "$ make deploy", (10, 600, 300, 620), "#e0e0e0", "#101010"))
    return lines


BODY = {
    "Sailings today": ["07:10 Motu Bay on time", "08:30 Kauri Point delayed", "Ferry notes"],
    "Harbour forecast": ["Wind NE 15 knots", "Swell 1.5 m easing", "Visibility good"],
    "Fares from March": ["Adult single $16.00", "Child single $8.00", "10-trip adult $144.00"],
    "Crew roster": ["Kea Star master R Ngata", "Tui master J Hale", "Relief crew on call"],
    "Incident log": ["No incidents today", "Last entry 07:55", "Logged by ops desk"],
}


@pytest.fixture
def browsing(tmp_path: Path) -> Iterator[Autocapture]:
    # All four tabs open from the first frame; each page made active in turn, the fares page
    # in small text; then a fifth tab typed in after a spell in the shell.
    shown = [
        (PAGES, "Sailings today", 22, 0),
        (PAGES, "Harbour forecast", 22, 40),
        (PAGES, "Fares from March", 14, 80),
        (PAGES, "Crew roster", 21, 120),
        ([*PAGES, "Incident log"], "Incident log", 23, 200),
    ]
    with utc_app(tmp_path) as a:
        for i, (tabs, active, height, secs) in enumerate(shown):
            lines = page_lines(tabs, active, BODY[active], height)
            wins = [web(active), refocus(SHELL, False, 1)]
            assert a.store.write_frame(frame(i, wins, lines, seconds=secs))
        lines = page_lines(PAGES, "Crew roster", BODY["Crew roster"], 21)
        wins = [refocus(SHELL, True, 0), web("Crew roster", False, 1)]
        assert a.store.write_frame(frame(9, wins, lines, seconds=160))
        yield a


def ask(a: Autocapture, q: str):  # type: ignore[no-untyped-def]
    return ask_cited(a, q, NOW, value_cited=False)


def ask_as(monkeypatch: pytest.MonkeyPatch, a: Autocapture, q: str, qclass: str):  # type: ignore[no-untyped-def]
    """Ask with the question routed to ``qclass`` (the answerer is tested apart from the
    bundle's routing patterns)."""
    monkeypatch.setattr(pipeline, "classify", lambda question, rules, *_: (qclass, "test"))
    return ask(a, q)


def test_looking_at_a_tab_is_having_it_active(browsing: Autocapture) -> None:
    ans = ask(browsing, "when did I first look at the harbour forecast tab?")
    assert ans.question_class == "timeline" and ans.state == "ok"
    assert "14:00:40" in ans.answer and "14:00:00" not in ans.answer
    # A tab merely open in the strip: the first frame that showed it in the strip.
    had = ask(browsing, "when did I first have the harbour forecast tab open?")
    assert had.state == "ok" and "14:00:00" in had.answer
    # Its label in the tab strip names the page without showing it.
    seen = ask(browsing, "when did I first see the crew roster?")
    assert seen.state == "ok" and "14:02:00" in seen.answer


def test_a_page_coming_up_is_its_first_sighting(
    browsing: Autocapture, monkeypatch: pytest.MonkeyPatch
) -> None:
    ans = ask(browsing, "when did the incident log page I typed in first show up?")
    assert ans.state == "ok" and "14:03:20" in ans.answer
    put = ask_as(
        monkeypatch,
        browsing,
        "at what time did the incident log page I typed in come up?",
        "timeline",
    )
    assert put.state == "ok" and "14:03:20" in put.answer


def test_the_tab_with_small_text_is_the_page_whose_lines_are_smaller(
    browsing: Autocapture,
) -> None:
    ans = ask(browsing, "what was the tab called that had the really small text?")
    assert ans.question_class == "browser_chrome" and ans.state == "ok"
    assert "Fares from March" in ans.answer
    assert not any(p in ans.answer for p in PAGES if p != "Fares from March")
    url = ask(browsing, "what was the url of the tab with the tiny font?")
    assert "intranet.example/fares-from-march" in url.answer
    big = ask(browsing, "which tab had the big text?")
    assert big.state == "indeterminate"  # no page is clearly larger than the others


@pytest.mark.parametrize(
    ("question", "page_asked"),
    [
        ("what was the tab called that had the really small text?", True),
        ("which page had the smallest font?", True),
        ("what's the address of the site whose text was tiny?", True),
        ("what did the small print on the fares page say?", False),
        ("how big was the swell?", False),
    ],
)
def test_text_size_questions(question: str, page_asked: bool) -> None:
    q = question.lower()
    assert bool(SIZE_ASK.search(q) and PAGE_ASK.search(q)) is page_asked


@pytest.fixture
def forms(tmp_path: Path) -> Iterator[Autocapture]:
    report = WindowFact("Passenger incident report - Ferries", (0, 0, 700, 800), "0x1", "yad")
    body = [
        (0, "Passenger incident report", (20, 40, 400, 60), "#202020", "#ffffff"),
        (0, "Vessel: Kea Star", (20, 80, 300, 100), "#202020", "#ffffff"),
        (0, "Print", (20, 700, 80, 720), "#202020", "#dddddd"),  # a button, always there
    ]
    with utc_app(tmp_path) as a:
        for i in range(3):
            wins = [refocus(report, True, 0), refocus(SHELL, False, 1)]
            assert a.store.write_frame(frame(i, wins, body, seconds=60 * i))
        yield a


def test_an_act_the_screens_never_show_is_indeterminate(
    forms: Autocapture, monkeypatch: pytest.MonkeyPatch
) -> None:
    for q in (
        "when did I print the passenger incident report?",
        "what time did I send the passenger incident report?",
        "when did I first save the incident report?",
    ):
        ans = ask_as(monkeypatch, forms, q, "timeline")
        assert ans.state == "indeterminate", (q, ans.answer, ans.trace.get("strategy"))
        assert (ans.indeterminate_reason or "").startswith("act_not_shown"), q
    # Seeing it is answered by the time it was up.
    seen = ask_as(
        monkeypatch, forms, "when did I look at the passenger incident report?", "timeline"
    )
    assert seen.state == "ok" and "14:00:00" in seen.answer


def test_a_trace_of_the_act_answers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report = WindowFact("Passenger incident report - Ferries", (0, 0, 700, 800), "0x1", "yad")
    dialog = WindowFact("Print", (200, 200, 600, 500), "0x2", "yad")
    body = [(0, "Passenger incident report", (20, 40, 400, 60), "#202020", "#ffffff")]
    printed = [*body, (0, "Printed 14:02 to ops-laser", (20, 740, 320, 760), "#202020", "#ffffff")]
    with utc_app(tmp_path) as a:
        assert a.store.write_frame(frame(0, [report], body, seconds=0))
        wins = [refocus(dialog, True, 0), refocus(report, False, 1)]
        assert a.store.write_frame(frame(1, wins, body, seconds=60))
        assert a.store.write_frame(frame(2, [report], printed, seconds=120))
        ans = ask_as(monkeypatch, a, "when did I print the passenger incident report?", "timeline")
        assert ans.state == "ok" and "14:01:00" in ans.answer and "Print" in ans.answer
        line = ask_as(monkeypatch, a, "when did I send the incident report?", "timeline")
        assert line.state == "indeterminate"  # printing is no trace of sending


@pytest.mark.parametrize(
    ("question", "act"),
    [
        ("when did I print the passenger incident report?", "print"),
        ("what time did we send the charter confirmation?", "send"),
        ("when was the timesheet submitted?", "submitted"),
        ("when did I look at the incident report?", None),
        ("when did I open the chat log?", None),
        ("when did I type in the incident log page?", None),
        ("when did I print the 3-day agenda in the terminal?", None),  # shown, not printed
    ],
)
def test_which_act_is_asked(question: str, act: str | None) -> None:
    assert act_verb(question) == act
