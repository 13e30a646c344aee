"""Browser chrome questions met on the blind set n; content invented. Tab strips cut titles
short; the window's title names the active tab's page in full."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from autocapture.api import Autocapture
from autocapture.records import WindowFact
from tests.framekit import utc_app
from tests.test_ui_graph import T0, Line, frame

PAGES = [
    ("Ops: pump station log", "Ops: pump st ×", "ops/pump-log.html"),
    ("Reservoir levels, week 12 (rev. 3)", "Reservoir lev ×", "levels/wk12.html"),
    ("Ops: valve maintenance rules", "Ops: valve m ×", "rules/valves.html"),
    ("Staff phone list", "Staff phone ×", "staff/phones.html"),
]
NOW = T0 + timedelta(minutes=10)


def _browser(n: int, active: int) -> object:
    bg = ["#dddddd"] * len(PAGES)
    bg[active] = "#ffffff"
    lines: list[Line] = [
        (0, short, (10 + 210 * i, 8, 200 + 210 * i, 28), "#202020", bg[i])
        for i, (_, short, _) in enumerate(PAGES)
    ]
    title, _, path = PAGES[active]
    lines += [
        (0, f"127.0.0.1:8100/{path}", (90, 45, 500, 65), "#202020", "#f5f5f5"),
        (0, f"About {title}, last checked 06:00", (40, 120, 600, 140), "#202020", "#ffffff"),
    ]
    win = WindowFact(f"{title} - Chromium", (0, 0, 1280, 800), "0x3", "chromium", 13, True, 0)
    return frame(n, [win], lines, seconds=30 * n)


@pytest.fixture
def strip(tmp_path: Path) -> Iterator[Autocapture]:
    with utc_app(tmp_path) as app:
        for n, active in enumerate([1, 2, 3, 0]):
            app.store.write_frame(_browser(n, active))  # type: ignore[arg-type]
        yield app


def test_the_last_page_had_up_is_a_time_not_a_page_name(strip: Autocapture) -> None:
    ans = strip.ask("whats in the address bar on the last page i had up", now=NOW)
    assert ans.state == "ok" and "ops/pump-log.html" in ans.answer, ans.answer
    # must not change: a page named by its words is that page, whenever it was up
    named = strip.ask("what was the url of the valve maintenance rules page", now=NOW)
    assert named.state == "ok" and "rules/valves.html" in named.answer, named.answer


def test_a_tab_beside_one_named_by_words_its_strip_cut_off(strip: Autocapture) -> None:
    ans = strip.ask("which tab sat just left of the valve rules one", now=NOW)
    assert ans.state == "ok" and "Reservoir levels" in ans.answer, ans.answer
    # must not change: a name the strip itself shows
    shown = strip.ask("which tab is right after the staff phone one", now=NOW)
    assert shown.state == "indeterminate", shown.answer
    left = strip.ask("which tab is just left of the staff phone one", now=NOW)
    assert left.state == "ok" and "valve maintenance" in left.answer, left.answer


def test_full_title_of_a_tab_named_by_what_it_is_about(strip: Autocapture) -> None:
    q = "full title of the tab with the reservoir week figures, the strip cuts it off"
    ans = strip.ask(q, now=NOW)
    assert ans.state == "ok" and "week 12 (rev. 3)" in ans.answer, ans.answer
    # must not change: two tabs fit the words, so this branch does not pick one
    both = strip.ask("full title of the ops tab, the strip cuts it off", now=NOW)
    assert "week 12" not in both.answer, both.answer
    # must not change: a tab named by the text its strip showed
    quoted = strip.ask("what was the full title of the tab that said 'Ops: valve m...'", now=NOW)
    assert quoted.state == "ok" and "valve maintenance rules" in quoted.answer, quoted.answer
