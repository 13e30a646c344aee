"""Questions measured from an act the screen never showed (met on the blind paraphrase n):
"after I hit OK on the dispatch record, where did focus land" when the form stayed open to
the last frame; an OK-like press closes its form, so an open form shows no press."""

from __future__ import annotations

from datetime import UTC, datetime

from autocapture.api import Autocapture
from tests.framekit import text_frame, utc_app

HOUR = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
FORM = ("Crate dispatch record - Archive", (0, 0, 600, 500))
TERM = ("kim@box: ~/work", (620, 0, 1280, 800))
ROWS = [(0, 10, 40, "Courier: M. Santos"), (0, 10, 60, "Crates: 4")]


def _frames(app: Autocapture, *, form_closes: bool) -> None:
    app.store.write_frame(text_frame(1, [FORM, TERM], ROWS, hour=HOUR, bg="#fff"))
    app.store.write_frame(text_frame(2, [TERM, FORM], ROWS, hour=HOUR, bg="#fff"))
    last = [TERM] if form_closes else [TERM, FORM]
    rows = [(0, 630, 40, "$ ls")] if form_closes else ROWS
    app.store.write_frame(text_frame(3, last, rows, hour=HOUR, bg="#fff"))


def test_a_press_on_a_form_that_stayed_open_was_not_seen(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with utc_app(tmp_path) as app:
        _frames(app, form_closes=False)
        ans = app.ask("after i hit OK on the dispatch record where did focus land", now=NOW)
        assert ans.state == "indeterminate", ans.answer
        assert (ans.indeterminate_reason or "").startswith("press_not_seen"), ans


def test_a_press_that_closed_the_form_is_answered_as_before(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with utc_app(tmp_path) as app:
        _frames(app, form_closes=True)
        ans = app.ask("after i hit OK on the dispatch record where did focus land", now=NOW)
        assert not (ans.indeterminate_reason or "").startswith("press_not_seen"), ans
        assert ans.state == "ok" and "kim@box" in ans.answer, ans.answer
