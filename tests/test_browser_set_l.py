"""Browser chrome questions met on the blind set l; content invented."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from autocapture.records import WindowFact
from tests.framekit import utc_app
from tests.test_ui_graph import T0, Line, frame


def _browser(n: int, active: int) -> object:
    names = ["Release notes", "Install guide", "API reference", "Release plan"]
    bg = ["#dddddd"] * len(names)
    bg[active] = "#ffffff"
    lines: list[Line] = [
        (0, name, (10 + 210 * i, 8, 200 + 210 * i, 28), "#202020", bg[i])
        for i, name in enumerate(names)
    ]
    slug = names[active].lower().replace(" ", "-")
    lines += [
        (0, f"127.0.0.1:8000/{slug}.html", (90, 45, 500, 65), "#202020", "#f5f5f5"),
        (0, f"About the {names[active]} page", (40, 120, 600, 140), "#202020", "#ffffff"),
    ]
    win = WindowFact(f"{names[active]} - Chromium", (0, 0, 1280, 800), "0x3", "chromium", 13,
                     True, 0)  # fmt: skip
    return frame(n, [win], lines)


def test_the_active_tab_when_the_browser_first_came_up(tmp_path: Path) -> None:
    now = T0 + timedelta(minutes=10)
    with utc_app(tmp_path) as app:
        app.store.write_frame(_browser(0, 1))  # type: ignore[arg-type]
        app.store.write_frame(_browser(1, 0))  # type: ignore[arg-type]
        first = app.ask("which tab was active when chromium first came up?", now=now)
        assert first.state == "ok" and "Install guide" in first.answer, first.answer
        # must not change: with no "first", the latest strip
        last = app.ask("which tab was active?", now=now)
        assert last.state == "ok" and "Release notes" in last.answer, last.answer


def test_tabs_counted_by_the_quoted_start_of_their_titles(tmp_path: Path) -> None:
    now = T0 + timedelta(minutes=10)
    with utc_app(tmp_path) as app:
        app.store.write_frame(_browser(0, 1))  # type: ignore[arg-type]
        app.store.write_frame(_browser(1, 0))  # type: ignore[arg-type]
        ans = app.ask("how many of the tab titles started with 'Release'?", now=now)
        assert ans.state == "ok" and ans.answer.startswith("2 of the 4 tabs"), ans.answer
        # must not change: with nothing quoted, every tab of the strip is counted
        every = app.ask("how many tabs were open?", now=now)
        assert every.state == "ok" and "4 tabs" in every.answer, every.answer
