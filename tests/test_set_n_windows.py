"""Window and focus questions met on set n: the page a browser showed at an event named after
the question ("which tab was active wen i switched over to the terminal")."""

from __future__ import annotations

from autocapture.api import Autocapture
from autocapture.promptops.normalize import normalize
from tests.test_focus_timeline_browser import NOW, browsing  # noqa: F401


def test_tab_active_when_an_event_named_after_the_ask(browsing: Autocapture) -> None:  # noqa: F811
    q = "which tab was active wen i switched over to the terminal"
    ans = browsing.ask(q, now=NOW)
    assert ans.state == "ok" and "Webhook secrets" in ans.answer, ans.answer
    assert "14:01:10" in ans.answer, ans.answer


def test_wen_before_a_subject_reads_as_when() -> None:
    assert normalize("which tab was up wen i switched") == "which tab was up when i switched"
    # must not change: a name "Wen" is not the word
    assert "Wen" in normalize("did Wen say the truck was late")


def test_tab_count_counting_the_typed_one(browsing: Autocapture) -> None:  # noqa: F811
    q = "how many tabs did firefox have open by the end, counting the one i typed in"
    ans = browsing.ask(q, now=NOW)
    assert ans.state == "ok" and "3 tabs" in ans.answer, ans.answer
    # must not change: the tab typed in, asked alone, is the newest tab
    one = browsing.ask("what was the tab i typed in by hand", now=NOW)
    assert "Rate limits" in one.answer and "3 tabs" not in one.answer, one.answer
