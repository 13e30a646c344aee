"""A window named by the corner it sat in ("which terminal was sitting at the bottom right?"),
met on the blind set l (content invented): two sides at once, answered with its title; a
single side or a window not clearly in that corner keeps its old answer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from autocapture.api import Autocapture
from autocapture.promptops.normalize import normalize
from autocapture.records import WindowFact
from tests.framekit import utc_app
from tests.test_focus_timeline_browser import ask
from tests.test_ui_graph import frame


def _term(title: str, rect: tuple[int, int, int, int], z: int) -> WindowFact:
    return WindowFact(title, rect, f"0x{z + 1}", "xterm", 40 + z, z == 0, z)


@pytest.fixture
def tiled(tmp_path: Path) -> Iterator[Autocapture]:
    wins = [
        _term("ana@box: ~/src/left", (0, 0, 800, 1000), 0),
        _term("ana@box: ~/src/upper", (820, 0, 1600, 700), 1),
        _term("ana@box: ~/src/lower", (820, 740, 1600, 1000), 2),
    ]
    lines = [(i, f"$ ls {i}", (w.rect[0] + 10, w.rect[1] + 30, w.rect[0] + 200, w.rect[1] + 50),
              "#e0e0e0", "#101010") for i, w in enumerate(wins)]  # fmt: skip
    with utc_app(tmp_path) as a:
        a.store.write_frame(frame(0, wins, lines, seconds=0))
        yield a


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("which terminal was sitting at the bottom right, under the other one?", "~/src/lower"),
        ("which terminal was at the top right?", "~/src/upper"),
        ("what was the bottom-right window called?", "~/src/lower"),
        ("which window was on the left?", "~/src/left"),
    ],
)
def test_a_window_named_by_its_corner(tiled: Autocapture, question: str, title: str) -> None:
    ans = ask(tiled, question)
    assert ans.question_class == "window_inventory" and ans.state == "ok", ans.answer
    assert title in ans.answer and ans.answer.count("~/src/") == 1, ans.answer


def test_no_clear_window_that_way_lists_them_all(tiled: Autocapture) -> None:
    # the two right-hand windows reach equally far right: none is "the" right one
    ans = ask(tiled, "which windows were open on the right?")
    assert ans.answer.count("~/src/") == 3, ans.answer


@pytest.mark.parametrize(
    ("question", "normal"),
    [
        ("which terminal was at the top right?", "which terminal was at the top right?"),
        ("the form was on the bottom right?", "the form was on the bottom right?"),
        ("the standup was at 9 right?", "was the standup at 9?"),  # a confirmation still
        ("the form was on the left, right?", "was the form on the left?"),
    ],
)
def test_a_corner_is_no_confirmation_tag(question: str, normal: str) -> None:
    assert normalize(question) == normal
