"""Question classes end to end through PromptOps: classified, answered from the UI graph and
the index, cited with verified spans or window nodes, or indeterminate."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.answer.classify import classify
from autocapture.api import Autocapture
from autocapture.promptops.bundle import load_bundle
from autocapture.promptops.rules import parse_rules
from autocapture.promptops.service import DEFAULT_BUNDLE_DIR
from autocapture.records import WindowFact
from autocapture.text import VALUE_TYPES
from tests.framekit import ask_cited, refocus, utc_app
from tests.test_ui_graph import BROWSER, EDITOR, TERM, desk_frame, frame

NOW = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def rules():  # type: ignore[no-untyped-def]
    return parse_rules(load_bundle(DEFAULT_BUNDLE_DIR).text("query.rules"), set(VALUE_TYPES))


@pytest.mark.parametrize(
    ("question", "qclass"),
    [
        ("which window had focus?", "focus_state"),
        ("what did the red summary line at the end of the test run say?", "console_color"),
        ("which tab had the night guard's phone number?", "cross_window"),
        ("which tab had the focus at 10:20?", "focus_state"),
        ("what port was the lab wiki running on", "browser_chrome"),
        ("which tab was up right before i flipped over to the terminal", "focus_state"),
        ("what time did the near miss happen", "form_kv"),
        ("what was the active window", "focus_state"),
        ("how long did the editor have focus", "focus_state"),
        ("which page was I reading just before I switched over to the editor?", "focus_state"),
        ("when did I switch back to the inbox?", "focus_state"),
        ("how many terminal windows did I have open at 14:19?", "window_inventory"),
        ("when did I go back to the invoice form?", "timeline"),
        ("what terminal was I working in at 14:21?", "focus_state"),
        ("which deploy steps showed a green OK?", "console_color"),
        ("where did I read Ana saying the build is green?", "cross_window"),
        ("what did Ana say about the build?", "chat"),
        ("which windows were open", "window_inventory"),
        ("how many windows were open on screen", "window_inventory"),
        ("what changed between and", "timeline"),
        ("when did I first see the offline sync note", "timeline"),
        ("what was on the screen", "timeline"),
        ("which tests failed in red", "console_color"),
        ("what colour was 'passed' in the terminal", "console_color"),
        ("which tab was active in the browser", "browser_chrome"),
        ("what was the URL of the release notes page", "browser_chrome"),
        ("when does the dentist appointment start", "calendar"),
        ("what did Dana say about the release", "chat"),
        ("what was in the Email field of the form", "form_kv"),
        ("which window showed the failing test", "cross_window"),
        ("what was the total on the invoice", "lookup"),
        # a quoted label is read as a placeholder: the tick asks about a box
        ('did I tick "Incident form filed"?', "form_kv"),
        ("did I tick 'Reporter told' on the correction request?", "form_kv"),
        ("did I check 'Urgent'?", "form_kv"),
        ("at 7.25pm, was the focus on mutt or on the chat window?", "focus_state"),
        ("which test crashed?", "console_color"),
    ],
)
def test_classifier(rules, question: str, qclass: str) -> None:  # type: ignore[no-untyped-def]
    assert classify(question, rules)[0] == qclass


def focus(*wins: WindowFact, on: int) -> list[WindowFact]:
    return [refocus(w, i == on, i) for i, w in enumerate(wins)]


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Autocapture]:
    with utc_app(tmp_path) as a:
        f0 = desk_frame(0, seconds=0)
        f0.windows = focus(TERM, EDITOR, on=1)
        f1 = desk_frame(1, seconds=30)  # the terminal has focus
        f2 = frame(
            2,
            focus(BROWSER, TERM, EDITOR, on=0),
            [
                (0, "Release notes", (10, 8, 200, 28), "#202020", "#ffffff"),
                (0, "Install guide", (220, 8, 420, 28), "#202020", "#dddddd"),
                (0, "127.0.0.1:8000/release-notes.html", (90, 45, 500, 65), "#202020", "#f5f5f5"),
                (0, "Version 2.4 adds offline sync", (40, 120, 600, 140), "#202020", "#ffffff"),
            ],
            seconds=90,
        )
        for rec in (f0, f1, f2):
            assert a.store.write_frame(rec)
        yield a


def ask(a: Autocapture, q: str):  # type: ignore[no-untyped-def]
    return ask_cited(a, q, NOW, value_cited=False)


def test_focus_at_a_time(desk: Autocapture) -> None:
    ans = ask(desk, "which window had focus at 14:00:10?")
    assert ans.question_class == "focus_state" and ans.state == "ok"
    assert "notes.md - Editor" in ans.answer
    [c] = ans.claims[0].citations
    assert c.evidence_kind == "ui_node" and c.bbox == list(EDITOR.rect)
    assert "build@host" in ask(desk, "which window had focus at 14:00:45?").answer
    assert "Chromium" in ask(desk, "which window had focus at 14:05?").answer
    before = ask(desk, "which window had focus at 13:10?")
    assert before.state == "indeterminate"


def test_window_inventory_and_duration(desk: Autocapture) -> None:
    ans = ask(desk, "which windows were open at 14:00:40?")
    assert ans.state == "ok" and len(ans.claims) == 2
    assert {c.citations[0].text for c in ans.claims} == {EDITOR.title, TERM.title}
    dur = ask(desk, "how long did the editor have focus?")
    assert dur.state == "ok" and "30 s" in dur.answer


def test_console_colour_questions(desk: Autocapture) -> None:
    red = ask(desk, "which tests failed in red?")
    assert red.question_class == "console_color" and red.state == "ok"
    assert red.claims[0].citations[0].text == "FAILED tests/test_pay.py::test_refund"
    word = ask(desk, "what colour was 'passed,' in the terminal?")
    assert word.state == "ok" and "green" in word.answer
    assert word.claims[0].citations[0].text == "passed,"
    assert ask(desk, "which lines were shown in magenta?").state == "indeterminate"


def test_cross_window_prefers_the_window_that_shows_it(desk: Autocapture) -> None:
    ans = ask(desk, "which window showed the failing test_refund?")
    assert ans.question_class == "cross_window" and ans.state == "ok"
    assert ans.claims[0].citations[0].text == TERM.title
    assert "FAILED" in ans.claims[0].context[0].text


def test_browser_chrome(desk: Autocapture) -> None:
    url = ask(desk, "what was the URL in the browser?")
    assert url.state == "ok" and "127.0.0.1:8000/release-notes.html" in url.answer
    named = ask(desk, "what was the URL of the release notes page?")
    assert "release-notes.html" in named.answer
    other = ask(desk, "what was the URL of the pricing page?")
    assert other.state == "indeterminate"  # no page title or URL names it
    assert other.indeterminate_reason == "page_not_seen"
    tab = ask(desk, "which tab was active?")
    assert tab.state == "ok" and "Release notes" in tab.answer


def test_timeline(desk: Autocapture) -> None:
    first = ask(desk, "when did I first see FAILED test_refund?")
    assert first.question_class == "timeline" and "14:00:00" in first.answer
    last = ask(desk, "when did I last see FAILED test_refund?")
    assert "14:00:30" in last.answer
    changed = ask(desk, "what changed between 14:00:40 and 14:02?")
    assert changed.state == "ok"
    assert "Release notes - Chromium' opened" in changed.answer
    assert "focus moved" in changed.answer
    state = ask(desk, "what was on the screen at 14:00:10?")
    assert "notes.md - Editor' (focused)" in state.answer
    assert ask(desk, "when did I first see the quarterly forecast?").state == "indeterminate"


def test_focus_order(desk: Autocapture) -> None:
    ans = ask(desk, "which window was I in just before I switched to the last one?")
    assert ans.question_class == "focus_state" and ans.state == "ok"
    assert ans.claims[0].citations[0].text == TERM.title  # terminal, then the browser
    after = ask(desk, "which window did I switch to after the editor?")
    assert after.claims[0].citations[0].text == TERM.title


def test_cross_window_by_content_kind(desk: Autocapture) -> None:
    ans = ask(desk, "which window was the browser running in?")
    assert ans.state == "ok" and ans.claims[0].citations[0].text == BROWSER.title
    none = ask(desk, "which window showed the Grafana dashboard?")
    assert none.state == "indeterminate"


def test_named_terminal_limits_colour_answers_and_message_is_a_kind(desk: Autocapture) -> None:
    # The build terminal holds the red FAILED line; no window is the "editor terminal" by
    # title words, so naming one that exists narrows, one that does not changes nothing.
    red = ask(desk, "which tests failed in red in the build terminal?")
    assert red.state == "ok" and "test_refund" in red.answer
    ans = ask(desk, "which window showed the message about offline sync?")
    assert ans.state == "ok" and ans.claims[0].citations[0].text == BROWSER.title


def test_page_named_partly_by_a_word_never_on_screen(desk: Autocapture) -> None:
    # "digest" was never on screen: "release" alone picks the one page
    ans = ask(desk, "what was the URL of the tab with the release digest?")
    assert ans.state == "ok" and "release-notes.html" in ans.answer, ans.answer
    # none of the words was seen: still no page
    none = ask(desk, "what was the URL of the tab with the pricing digest?")
    assert none.indeterminate_reason == "page_not_seen"
