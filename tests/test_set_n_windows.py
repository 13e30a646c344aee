"""Window and focus questions met on set n: the page a browser showed at an event named after
the question ("which tab was active wen i switched over to the terminal"), a count of tabs
that also describes one of them, a window named by what covered it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from autocapture.answer.classify import classify
from autocapture.api import Autocapture
from autocapture.promptops.bundle import DEFAULT_BUNDLE_DIR, load_bundle
from autocapture.promptops.normalize import normalize
from autocapture.promptops.rules import parse_rules
from autocapture.text import VALUE_TYPES
from tests.framekit import text_frame, utc_app
from tests.test_focus_timeline_browser import NOW, browsing  # noqa: F401

HOUR = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
LATER = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


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


def test_window_half_hidden_behind_another_at_the_start(tmp_path: Path) -> None:
    """Occlusion is the stacking order: the windows lower in z whose box overlaps the named
    one's, in the first frame when asked "at the start"."""
    mail = ("mutt: kim ~/Mail/inbox", (0, 0, 900, 600))
    chat = ("kim@box: ~/irclogs", (600, 420, 1140, 715))
    apart = ("notes.txt - editor", (950, 0, 1280, 300))  # no overlap with mutt
    with utc_app(tmp_path) as a:
        a.store.write_frame(
            text_frame(1, [mail, chat, apart], [(0, 10, 40, "inbox")], hour=HOUR, bg="#fff")
        )
        a.store.write_frame(
            text_frame(2, [mail, apart], [(0, 10, 40, "inbox")], hour=HOUR, bg="#fff")
        )
        q = "there was a window half hidden behind mutt at the start, what was it"
        ans = a.ask(q, now=LATER)
        assert ans.question_class == "window_inventory", ans.question_class
        assert ans.state == "ok" and "~/irclogs" in ans.answer, ans.answer
        assert "notes.txt" not in ans.answer, ans.answer  # must not change: beside, not behind
        # must not change: a colour behind a line is no window's stacking
        rules = parse_rules(load_bundle(DEFAULT_BUNDLE_DIR).text("query.rules"), set(VALUE_TYPES))
        line = "which line in the prove output had the blue highlight behind it?"
        assert classify(line, rules)[0] != "window_inventory"


def test_last_thing_i_was_looking_at_is_the_window_in_focus_at_the_end(tmp_path: Path) -> None:
    form = ("Condition report - Museum", (0, 0, 700, 700))
    other = ("Crate dispatch record - Museum", (710, 0, 1280, 500))
    with utc_app(tmp_path) as a:
        a.store.write_frame(
            text_frame(1, [other, form], [(0, 720, 40, "Crate")], hour=HOUR, bg="#fff")
        )
        a.store.write_frame(
            text_frame(2, [form, other], [(0, 10, 40, "Object")], hour=HOUR, bg="#fff")
        )
        q = "the last thing i was looking at in the forms session, which window"
        ans = a.ask(q, now=LATER)
        assert ans.question_class == "focus_state", ans.question_class
        assert ans.state == "ok" and "Condition report" in ans.answer, ans.answer
        # must not change: which window showed a text is still where it was shown
        rules = parse_rules(load_bundle(DEFAULT_BUNDLE_DIR).text("query.rules"), set(VALUE_TYPES))
        assert classify("which window showed the crate number last", rules)[0] != "focus_state"
