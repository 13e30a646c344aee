"""Windows counted by kind, focus asked as "was the focus on X or Y", when a form was started
on, and browser settings no screen showed; met on the blind set k (content invented):

* "how many terminal windows were open": the terminals, not the form in front of them (whose
  dark text can read like console lines);
* "at 14:01, was the focus on the browser or the terminal";
* "what time did I start on the delivery details form": when it was first up;
* "what was the browser's home page set to": no settings page showed it;
* "the terminal along the bottom of the screen - its title": a window named by its place.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from autocapture.answer.window_kinds import asked_kind
from autocapture.api import Autocapture
from autocapture.records import WindowFact
from tests.framekit import refocus, utc_app
from tests.test_focus_timeline_browser import NOW, ask, browsing, forms, shell, web  # noqa: F401
from tests.test_ui_graph import frame

assert browsing and forms  # fixtures, used by name below


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("how many terminal windows were open?", "terminal"),
        ("which xterms were up at 10:00", "terminal"),
        ("how many browser windows did I have", "browser"),
        ("how many forms were open", "form"),
        ("how many windows were open?", None),
        ("which terminal had focus", None),  # one window asked about, not a kind counted
    ],
)
def test_the_kind_a_count_names(question: str, kind: str | None) -> None:
    assert asked_kind(question) == kind


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Autocapture]:
    form = WindowFact("Correction request", (0, 0, 700, 900), "0x3", "yad", 30, True, 0)
    with utc_app(tmp_path) as a:
        lines = [
            (0, "Story slug", (20, 40, 200, 60), "#e0e0e0", "#101010"),
            (0, "RATES-RISE", (220, 40, 400, 60), "#e0e0e0", "#101010"),
            (1, "$ cat phones.txt", (10, 610, 300, 630), "#e0e0e0", "#101010"),
            (1, "news desk 4410", (10, 630, 300, 650), "#e0e0e0", "#101010"),
        ]
        a.store.write_frame(frame(0, [form, refocus(shell(False, 1), False, 1)], lines, seconds=0))
        yield a


def test_a_count_of_terminals_counts_terminals(desk: Autocapture) -> None:
    ans = ask(desk, "how many terminal windows were open?")
    assert ans.state == "ok" and "1 window open" in ans.answer, ans.answer
    assert "Correction request" not in ans.answer
    every = ask(desk, "how many windows were open?")
    assert "2 windows open" in every.answer, every.answer
    none = ask(desk, "how many browser windows were open?")
    assert none.state == "indeterminate" and none.indeterminate_reason.startswith("no_window_of")


def test_was_the_focus_on_one_or_the_other(browsing: Autocapture) -> None:
    ans = ask(browsing, "at 14:01:20, was the focus on firefox or on the terminal?")
    assert ans.question_class == "focus_state" and "ops@box" in ans.answer, ans.answer


def test_when_i_started_on_a_form(forms: Autocapture) -> None:
    ans = ask(forms, "what time did I start on the delivery details form?")
    assert ans.question_class == "timeline" and "14:00:50" in ans.answer, ans.answer


def test_a_browser_setting_never_shown(browsing: Autocapture) -> None:
    ans = ask(browsing, "what was the browser's home page set to?")
    assert ans.state == "indeterminate", ans.answer
    assert ans.indeterminate_reason.startswith("setting_not_shown")
    page = ask(browsing, "what page was open in Firefox at 14:01:00?")
    assert page.state == "ok"  # a page asked about is no setting


def test_a_window_named_by_where_it_sat(desk: Autocapture) -> None:
    ans = ask(desk, "the terminal along the bottom of the screen - what was its full title?")
    assert ans.question_class == "window_inventory" and "ops@box: ~/deploy" in ans.answer
    top = ask(desk, "what was the top window called?")
    assert "Correction request" in top.answer, top.answer
