"""Tabs listed by the start of their titles, less the ones the asker named ("besides the
release notes, which other tab title starts with Rel"); content invented."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from autocapture.records import WindowFact
from tests.framekit import utc_app
from tests.test_ui_graph import T0, Line, frame

NAMES = ["Ops: release notes", "Install guide", "Ops: pager rota", "Ops: backup plan"]


def _browser(n: int) -> object:
    lines: list[Line] = [
        (0, name, (10 + 210 * i, 8, 200 + 210 * i, 28), "#202020",
         "#ffffff" if i == 1 else "#dddddd")
        for i, name in enumerate(NAMES)
    ]  # fmt: skip
    lines += [
        (0, "127.0.0.1:8000/install.html", (90, 45, 500, 65), "#202020", "#f5f5f5"),
        (0, "About the install guide page", (40, 120, 600, 140), "#202020", "#ffffff"),
    ]
    win = WindowFact("Install guide - Chromium", (0, 0, 1280, 800), "0x3", "chromium", 13,
                     True, 0)  # fmt: skip
    return frame(n, [win], lines)


def test_other_tabs_starting_with_an_unquoted_prefix(tmp_path: Path) -> None:
    now = T0 + timedelta(minutes=10)
    with utc_app(tmp_path) as app:
        app.store.write_frame(_browser(0))  # type: ignore[arg-type]
        q = "besides the release notes and the pager one, which other tab title starts with Ops:"
        ans = app.ask(q, now=now)
        assert ans.state == "ok" and "backup plan" in ans.answer, ans.answer
        assert "pager" not in ans.answer and "release" not in ans.answer, ans.answer
        every = app.ask("which tab titles start with Ops:", now=now)
        assert every.state == "ok" and "pager" in every.answer and "backup" in every.answer
        # must not change: the active tab, when no prefix is asked
        active = app.ask("which tab was active?", now=now)
        assert active.state == "ok" and "Install guide" in active.answer, active.answer
