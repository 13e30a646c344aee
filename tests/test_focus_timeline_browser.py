"""Timeline, focus and browser answers over window titles and tab strips: when a named window
or page was first up, when it took focus, which page a browser showed at a time, which tab was
opened last, and abstaining on a page no title or URL names."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.api import Autocapture
from autocapture.records import WindowFact
from tests.framekit import ask_cited, refocus, utc_app
from tests.test_ui_graph import frame

NOW = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)
SHELL = WindowFact("ops@box: ~/deploy", (0, 500, 700, 800), "0x9", "xterm", 21, False, 1)


def web(title: str, focused: bool, z: int) -> WindowFact:
    return WindowFact(f"{title} - Firefox", (200, 0, 1280, 720), "0x7", "firefox", 33, focused, z)


def shell(focused: bool, z: int) -> WindowFact:
    return refocus(SHELL, focused, z)


def browser_lines(tabs: list[str], url: str, body: str) -> list:  # type: ignore[type-arg]
    lines = [
        (0, t, (210 + 200 * i, 8, 390 + 200 * i, 28), "#202020", "#dddddd")
        for i, t in enumerate(tabs)
    ]
    lines.append((0, url, (300, 45, 700, 65), "#202020", "#f5f5f5"))
    lines.append((0, body, (240, 120, 900, 140), "#202020", "#ffffff"))
    lines.append((1, "$ make deploy", (10, 600, 300, 620), "#e0e0e0", "#101010"))
    return lines


TWO = ["Billing overview ×", "Webhook secrets ×"]
THREE = ["Billing overvi ×", "Webhook secr ×", "Rate limits ×"]


@pytest.fixture
def browsing(tmp_path: Path) -> Iterator[Autocapture]:
    frames = [
        # 14:00:00 the billing page; 14:00:40 the webhook page; 14:01:10 the shell;
        # 14:01:40 a new tab with the rate limits page; 14:02:10 back to the webhook page.
        (
            [web("Billing overview", True, 0), shell(False, 1)],
            browser_lines(TWO, "acme.example/billing", "Monthly invoices are listed below"),
            0,
        ),
        (
            [web("Webhook secrets", True, 0), shell(False, 1)],
            browser_lines(TWO, "acme.example/webhooks", "Rotate the signing secret often"),
            40,
        ),
        (
            [web("Webhook secrets", False, 1), shell(True, 0)],
            browser_lines(TWO, "acme.example/webhooks", "Rotate the signing secret often"),
            70,
        ),
        (
            [web("Rate limits", True, 0), shell(False, 1)],
            browser_lines(THREE, "acme.example/limits", "Each key may send 600 requests"),
            100,
        ),
        (
            [web("Webhook secrets", True, 0), shell(False, 1)],
            browser_lines(THREE, "acme.example/webhooks", "Rotate the signing secret often"),
            130,
        ),
    ]
    with utc_app(tmp_path) as a:
        for i, (wins, lines, secs) in enumerate(frames):
            assert a.store.write_frame(frame(i, wins, lines, seconds=secs))
        yield a


def ask(a: Autocapture, q: str):  # type: ignore[no-untyped-def]
    return ask_cited(a, q, NOW, value_cited=False)


def test_switch_to_a_page_is_the_moment_it_took_focus(browsing: Autocapture) -> None:
    ans = ask(browsing, "what time did I switch to the webhook secrets page?")
    assert ans.state == "ok" and "14:00:40" in ans.answer
    assert ans.claims[0].citations[0].evidence_kind == "ui_node"
    assert ans.claims[0].citations[0].text == "Webhook secrets - Firefox"
    assert "14:02:10" in ans.answer  # the later switch back is listed, not picked
    last = ask(browsing, "when did I last switch to the webhook secrets page?")
    assert last.answer.index("14:02:10") < last.answer.index("14:00:40")
    went = ask(browsing, "when did I go to the rate limits page?")
    assert went.question_class == "timeline" and "14:01:40" in went.answer
    assert "Rate limits - Firefox" in went.claims[0].citations[0].text


def test_page_open_at_a_time_names_the_page_and_its_url(browsing: Autocapture) -> None:
    ans = ask(browsing, "what page was open in Firefox at 14:01:00?")
    assert ans.question_class == "browser_chrome" and ans.state == "ok"
    assert "Webhook secrets" in ans.answer and "acme.example/webhooks" in ans.answer
    assert "Rate limits" not in ans.answer and "Rotate" not in ans.answer
    # The shell had focus then; the browser behind it still showed its page.
    behind = ask(browsing, "which page was the browser showing at 14:01:20?")
    assert "Webhook secrets" in behind.answer


def test_last_tab_opened_is_the_newest_in_the_strip(browsing: Autocapture) -> None:
    ans = ask(browsing, "what was the last tab I opened?")
    assert ans.question_class == "browser_chrome" and ans.state == "ok"
    # Named in full from the window title, not the tab's cut-short text.
    assert "'Rate limits'" in ans.answer and "14:01:40" in ans.answer
    # No tab was added before 14:01:30: the most recently activated one, and it says so.
    early = ask(browsing, "what was the last tab I opened before 14:01:30?")
    assert "Webhook secrets" in early.answer and "no tab was added" in early.answer


def test_the_page_typed_in_is_the_tab_added(browsing: Autocapture) -> None:
    # "the tab I typed in (at the end)": a typed address opens a tab; its URL is the answer
    ans = ask(browsing, "url of the tab i typed in at the end")
    assert ans.state == "ok" and "rate" in ans.answer.lower(), ans.answer
    assert "14:01:40" in ans.answer
    new = ask(browsing, "need the address of that page, the one i opened in a new tab")
    assert new.state == "ok" and "14:01:40" in new.answer, new.answer


def test_url_of_a_page_that_was_never_open_is_indeterminate(browsing: Autocapture) -> None:
    # "invoices" is on the billing page, but no page title or URL names an invoices archive.
    ans = ask(browsing, "what was the URL of the invoices archive page?")
    assert ans.state == "indeterminate"
    ok = ask(browsing, "what was the URL of the webhook secrets page?")
    assert ok.state == "ok" and "acme.example/webhooks" in ok.answer


@pytest.fixture
def forms(tmp_path: Path) -> Iterator[Autocapture]:
    orders = WindowFact("Orders - Acme Portal", (0, 0, 800, 600), "0x4", "portal", 40, True, 0)
    delivery = WindowFact(
        "Delivery details - Acme Portal", (100, 100, 700, 500), "0x5", "portal", 41, True, 0
    )
    behind = refocus(orders, False, 1)
    with utc_app(tmp_path) as a:
        a.store.write_frame(
            frame(
                0,
                [orders],
                [(0, "Delivery details come after checkout", (20, 80, 600, 100), "#000", "#fff")],
                seconds=0,
            )
        )
        a.store.write_frame(
            frame(
                1,
                [delivery, behind],
                [(0, "Street", (120, 160, 200, 180), "#000", "#fff")],
                seconds=50,
            )
        )
        yield a


def test_first_time_a_form_was_up_matches_its_window_title(forms: Autocapture) -> None:
    ans = ask(forms, "when did I first have the delivery details form up?")
    assert ans.question_class == "timeline" and ans.state == "ok"
    # The window titled so, not the earlier line that mentions the words.
    assert "14:00:50" in ans.answer
    [c] = ans.claims[0].citations
    assert c.evidence_kind == "ui_node" and c.text == "Delivery details - Acme Portal"
    never = ask(forms, "when did I first have the refund form up?")
    assert never.state == "indeterminate"
    # Seeing the words is not having the window up: the earlier line answers.
    seen = ask(forms, "when did I first see the delivery details?")
    assert "14:00:00" in seen.answer


def test_switch_to_a_window_that_never_had_focus(browsing: Autocapture) -> None:
    ans = ask(browsing, "what time did I switch to the payroll window?")
    assert ans.state == "indeterminate"  # not the window in focus now


def test_the_window_before_a_switch_to_a_kind_of_window(browsing: Autocapture) -> None:
    """'The terminal' names no title: it is the window holding console lines; the answer is
    the window in focus before the switch to it, not the terminal itself."""
    a = browsing.ask(
        "which page was I reading just before I switched over to the terminal?", now=NOW
    )
    assert a.state == "ok" and a.question_class == "focus_state"
    assert "Webhook secrets" in a.answer and "ops@box" not in a.claims[0].value


def test_the_nth_tab_counts_left_to_right(browsing: Autocapture) -> None:
    a = browsing.ask("what was the second tab in Firefox?", now=NOW)
    assert a.state == "ok" and "Webhook secr" in a.answer and "Tab 2 of 3" in a.answer
    assert browsing.ask("what was the fifth tab?", now=NOW).state == "indeterminate"


def test_which_mail_was_i_reading_names_the_opened_mail(tmp_path: Path) -> None:
    mutt = WindowFact("mutt: ops@box ~/Mail", (0, 0, 900, 500), "0x5", "xterm", 40, True, 0)
    rows = [
        "From: Ines Duarte <ines@harbor.example>",
        "Date: Tue, 24 Nov 2026 09:12:00 +0000",
        "Subject: Pallet count for Thursday",
        "",
        "We will send 14 pallets, not 12.",
        "Ines",
    ]
    lines = [
        (0, t, (6, 10 + 20 * i, 6 + 9 * len(t), 28 + 20 * i), "#202020", "#ffffff")
        for i, t in enumerate(rows)
        if t
    ]
    with utc_app(tmp_path) as a:
        assert a.store.write_frame(frame(0, [mutt], lines, seconds=0))
        ans = a.ask("which email was I reading at 14:00:20?", now=NOW)
        assert ans.state == "ok" and "Pallet count for Thursday" in ans.answer
        assert "Ines" in ans.answer
        assert ans.claims[0].citations[0].text == "Subject: Pallet count for Thursday"


def test_which_tab_had_a_dark_page_is_a_look(browsing: Autocapture) -> None:
    # "which tab had X" asks where X was shown, unless X is how the page looked
    ans = ask(browsing, "which tab had the dark page?")
    assert ans.question_class == "browser_chrome", ans.question_class


def test_the_last_tab_opened_asked_for_its_address(browsing: Autocapture) -> None:
    # "the tab I opened at the end - what did I type in the address bar": its URL
    ans = ask(browsing, "the tab i opened at the end - what did i type in the address bar")
    assert ans.state == "ok" and "rate" in ans.answer.lower(), ans.answer
    assert "14:01:40" in ans.answer and "last tab opened showed" in ans.answer


def test_the_page_i_typed_in_by_hand_is_a_browser_question(browsing: Autocapture) -> None:
    # "typed in" says how the page was reached, not a form's field: the tab added
    ans = ask(browsing, "the page i typed in by hand at the end, what was it")
    assert ans.question_class == "browser_chrome", ans.question_class
    assert ans.state == "ok" and "Rate limits" in ans.answer, ans.answer
    # must not change: what was typed into a box is a form question
    box = ask(browsing, "what did i type in the search box")
    assert box.question_class != "browser_chrome", box.question_class
