"""Everyday wording about windows over time: what came right after X, whether Y was in front
while X was up, which windows were open when I started on X, which others besides X."""

from __future__ import annotations

from autocapture.api import Autocapture
from tests.test_focus_timeline_browser import ask, browsing  # noqa: F401 (fixture)


def test_the_page_moved_on_to_right_after_a_named_one(browsing: Autocapture) -> None:  # noqa: F811
    a = ask(browsing, "which page did I move on to right after the billing overview?")
    assert a.question_class == "focus_state" and "Webhook secrets" in a.answer
    assert "Billing" not in a.claims[0].value
    b = ask(browsing, "which window did I go to right after the rate limits page?")
    assert "Webhook secrets" in b.answer  # 14:01:40 rate limits, then webhooks at 14:02:10


def test_in_front_while_something_else_was_up(browsing: Autocapture) -> None:  # noqa: F811
    # The webhook page stayed up behind the shell at 14:01:10.
    a = ask(browsing, "was the terminal in front while I was reading the webhook secrets page?")
    assert a.answer.startswith("Yes") and "ops@box" in a.claims[0].value
    b = ask(browsing, "was the terminal in front while I was reading the rate limits page?")
    assert b.answer.startswith("No") and "Rate limits" in b.answer


def test_windows_when_i_started_on_a_named_one(browsing: Autocapture) -> None:  # noqa: F811
    a = ask(browsing, "what windows were open when I first opened the rate limits page?")
    assert a.question_class == "window_inventory" and "Rate limits" in a.answer
    assert "Billing overview" not in a.answer  # the state then, not at the start


def test_other_windows_besides_a_named_one(browsing: Autocapture) -> None:  # noqa: F811
    a = ask(browsing, "apart from firefox, what other window did I have open?")
    assert a.question_class == "window_inventory" and "ops@box" in a.answer
    assert "Firefox" not in a.answer


def test_what_else_was_open_besides_a_named_window(browsing: Autocapture) -> None:  # noqa: F811
    a = ask(browsing, "apart from firefox, what else did I have open at 14:00:30?")
    assert a.question_class == "window_inventory" and "ops@box" in a.answer
    assert "Firefox" not in a.answer


def test_tabs_when_i_started_on_a_page(browsing: Autocapture) -> None:  # noqa: F811
    a = ask(browsing, "how many tabs were open when I started reading the rate limits page?")
    assert "3 tabs" in a.answer  # the strip then, not the first frame's two


def test_the_window_after_one_named_by_its_content(browsing: Autocapture) -> None:  # noqa: F811
    # The shell is named by what it showed ("make deploy"), not by its title.
    a = ask(browsing, "which window did I move on to after the make deploy terminal?")
    assert "Rate limits" in a.answer


def test_was_a_window_open_yet(browsing: Autocapture) -> None:  # noqa: F811
    a = ask(browsing, "was the rate limits window open at 14:01:50?")
    assert a.question_class == "window_inventory" and a.answer.startswith("Yes")
    b = ask(
        browsing, "when I was on the billing page at 14:00:10, was the rate limits window open yet?"
    )
    assert b.answer.startswith("No") and "Billing overview" in b.answer
