"""'What address did I type into the new tab (at the end)': the address typed into a new tab
is that of the tab added last (met on paraphrase m)."""

from __future__ import annotations

from autocapture.api import Autocapture
from tests.test_focus_timeline_browser import ask, browsing

__all__ = ["browsing"]


def test_the_address_typed_into_the_new_tab(browsing: Autocapture) -> None:
    ans = ask(browsing, "what address did i type into the new tab at the end")
    assert ans.question_class == "browser_chrome", ans.question_class
    assert ans.state == "ok" and "14:01:40" in ans.answer and "rate" in ans.answer.lower(), (
        ans.answer
    )


def test_a_typed_search_is_no_new_tab(browsing: Autocapture) -> None:
    # must not change: what was typed into a box is a form question
    box = ask(browsing, "what did i type in the search box")
    assert box.question_class != "browser_chrome", box.question_class
